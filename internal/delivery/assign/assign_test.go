package assign

import (
	"os"
	"strings"
	"testing"
)

const sample = `
regions:
  dach: [DE, Austria, ch]
teams:
  ent:
    members:
      - {name: A, email: a@x.example}
      - {name: B, email: B@X.example}
      - {name: C, email: c@x.example}
  dach:
    members:
      - {name: D, email: d@x.example}
  smb:
    members:
      - {name: E, email: e@x.example}
      - {name: F, email: f@x.example}
  inbound:
    members:
      - {name: G, email: g@x.example}
rules:
  - name: big
    company_size: {min: 1000}
    team: ent
  - name: dach-demo
    forms: [demo]
    regions: [dach]
    team: dach
  - name: small-us
    countries: [US, Canada]
    company_size: {max: 50}
    team: smb
  - name: edu
    segments: [education]
    team: smb
default_team: inbound
`

func TestTeam(t *testing.T) {
	r, err := Parse("routing.yaml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		l    RouteLead
		want string
	}{
		{"big anywhere", RouteLead{CompanySize: "1000+", Country: "BR"}, "ent"},
		{"big range", RouteLead{CompanySize: "1,001-5,000"}, "ent"},
		{"not quite big", RouteLead{CompanySize: "501-1000"}, "inbound"},
		{"dach demo", RouteLead{FormID: "demo", Country: "Deutschland"}, "dach"},
		{"dach demo code", RouteLead{FormID: "demo", Country: "at"}, "dach"},
		{"dach other form", RouteLead{FormID: "newsletter", Country: "DE"}, "inbound"},
		{"demo non-dach", RouteLead{FormID: "demo", Country: "FR"}, "inbound"},
		{"small us", RouteLead{Country: "United States", CompanySize: "11-50"}, "smb"},
		{"small us under", RouteLead{Country: "US", CompanySize: "under 10"}, "smb"},
		{"mid us", RouteLead{Country: "US", CompanySize: "51-200"}, "inbound"},
		{"us unknown size", RouteLead{Country: "US", CompanySize: "lots"}, "inbound"},
		{"edu segment", RouteLead{Segment: "education"}, "smb"},
		{"unknown country", RouteLead{FormID: "demo", Country: "Atlantis"}, "inbound"},
		{"empty", RouteLead{}, "inbound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, members := r.Team(tt.l)
			if got != tt.want || len(members) == 0 {
				t.Fatalf("Team = %q (%d members), want %q", got, len(members), tt.want)
			}
		})
	}
	if got := strings.Join(r.Teams(), ","); got != "dach,ent,inbound,smb" {
		t.Fatalf("Teams = %s", got)
	}
	_, m := r.Team(RouteLead{CompanySize: "5000+"})
	if m[1].Email != "b@x.example" {
		t.Fatalf("emails not lower-cased: %v", m)
	}
	m[0].Name = "mutated"
	if _, m2 := r.Team(RouteLead{CompanySize: "5000+"}); m2[0].Name != "A" {
		t.Fatal("Team exposes internal slice")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"unknown key", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrulez: []\n", []string{"r.yaml:3:1: unknown key \"rulez\" (did you mean \"rules\"?)"}},
		{"missing default", "teams: {a: {members: [{name: x, email: a@b.co}]}}\n", []string{"default_team is required"}},
		{"default undefined", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: b\n", []string{"r.yaml:2:15: default_team \"b\" is not a defined team"}},
		{"bad email", "teams:\n  a:\n    members:\n      - name: x\n        email: not-an-email\ndefault_team: a\n", []string{"r.yaml:5:16: team \"a\": invalid email"}},
		{"email with name", "teams:\n  a:\n    members:\n      - {name: x, email: 'X <x@y.co>'}\ndefault_team: a\n", []string{"invalid email"}},
		{"duplicate member", "teams:\n  a:\n    members:\n      - {name: x, email: x@y.co}\n      - {name: y, email: X@y.co}\ndefault_team: a\n", []string{"listed twice"}},
		{"empty team", "teams:\n  a:\n    members: []\ndefault_team: a\n", []string{"team \"a\" has no members"}},
		{"no teams", "default_team: a\n", []string{"no teams defined"}},
		{"rule team", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrules:\n  - team: zz\n", []string{"r.yaml:4:11: rule #1: team \"zz\" is not defined"}},
		{"rule country", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrules:\n  - {name: r1, team: a, countries: [Narnia]}\n", []string{"rule r1: unknown country \"Narnia\""}},
		{"rule region", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrules:\n  - {team: a, regions: [mars]}\n", []string{"region \"mars\" is not defined"}},
		{"region country", "regions: {r: [ZZ]}\nteams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\n", []string{"unknown country \"ZZ\""}},
		{"size", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrules:\n  - {team: a, company_size: {min: 50, max: 10}}\n", []string{"company_size needs"}},
		{"size empty", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrules:\n  - {team: a, company_size: {}}\n", []string{"company_size needs"}},
		{"name crlf", "teams: {a: {members: [{name: \"x\\r\\nBcc: y\", email: a@b.co}]}}\ndefault_team: a\n", []string{"line break"}},
		{"type", "teams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\nrules:\n  - {team: a, company_size: {min: lots}}\n", []string{"r.yaml:4:"}},
		{"weight zero", "teams:\n  a:\n    members:\n      - {name: x, email: a@b.co, weight: 0}\ndefault_team: a\n", []string{"r.yaml:4:42: team \"a\": a@b.co: weight must be a whole number from 1 to 100"}},
		{"weight too big", "teams:\n  a:\n    members:\n      - {name: x, email: a@b.co, weight: 1000000000}\ndefault_team: a\n", []string{"r.yaml:4:42: ", "weight must be"}},
		{"weight not a number", "teams:\n  a:\n    members:\n      - {name: x, email: a@b.co, weight: lots}\ndefault_team: a\n", []string{"r.yaml:4:"}},
		{"cap zero", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        daily_cap: 0\ndefault_team: a\n", []string{"r.yaml:6:20: team \"a\": a@b.co: daily_cap must be 1 or more"}},
		{"cap negative", "teams:\n  a:\n    members:\n      - {name: x, email: a@b.co, daily_cap: -3}\ndefault_team: a\n", []string{"daily_cap must be 1 or more"}},
		{"away without until", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        away: {from: 2026-12-20}\ndefault_team: a\n", []string{"r.yaml:6:15: team \"a\": a@b.co: away needs until"}},
		{"away until not a date", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        away: {until: 4 January}\ndefault_team: a\n", []string{"r.yaml:6:23: ", "away until \"4 January\" is not a date (YYYY-MM-DD)"}},
		{"away impossible date", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        away: {until: 2027-02-30}\ndefault_team: a\n", []string{"is not a date"}},
		{"away from not a date", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        away: {from: 20.12.2026, until: 2027-01-04}\ndefault_team: a\n", []string{"r.yaml:6:22: ", "away from \"20.12.2026\" is not a date"}},
		{"away backwards", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        away:\n          from: 2027-01-04\n          until: 2026-12-20\ndefault_team: a\n", []string{"r.yaml:8:18: team \"a\": a@b.co: away until 2026-12-20 is before from 2027-01-04"}},
		{"away unknown key", "teams:\n  a:\n    members:\n      - name: x\n        email: a@b.co\n        away: {untill: 2027-01-04}\ndefault_team: a\n", []string{"r.yaml:6:16: unknown key \"untill\" (did you mean \"until\"?)"}},
		{"overflow email", "teams:\n  a:\n    overflow: {name: A team, email: not-an-inbox}\n    members: [{name: x, email: a@b.co}]\ndefault_team: a\n", []string{"r.yaml:3:37: team \"a\": overflow: invalid email \"not-an-inbox\""}},
		{"overflow name", "teams:\n  a:\n    overflow: {name: \"A\\nBcc: z@z.co\", email: t@b.co}\n    members: [{name: x, email: a@b.co}]\ndefault_team: a\n", []string{"overflow: name contains a line break"}},
		{"time zone", "time_zone: Europe/Atlantis\nteams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\n", []string{"r.yaml:1:12: time_zone \"Europe/Atlantis\" is not a time zone"}},
		{"time zone local", "time_zone: Local\nteams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\n", []string{"is not a time zone"}},
		{"cap differs between teams", "teams:\n  a:\n    members: [{name: x, email: x@b.co, daily_cap: 5}]\n  b:\n    members: [{name: x, email: X@b.co, daily_cap: 6}]\ndefault_team: a\n", []string{"r.yaml:5:32: team \"b\": x@b.co has a different daily_cap or away in another team"}},
		{"away differs between teams", "teams:\n  a:\n    members: [{name: x, email: x@b.co, away: {until: 2026-01-01}}]\n  b:\n    members: [{name: x, email: x@b.co}]\ndefault_team: a\n", []string{"r.yaml:5:", "different daily_cap or away"}},
		{"owner_first not a bool", "owner_first: sometimes\nteams: {a: {members: [{name: x, email: a@b.co}]}}\ndefault_team: a\n", []string{"r.yaml:1:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("r.yaml", []byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestSizeBand(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi int64
		ok     bool
	}{
		{"51-200", 51, 200, true},
		{"1-10 employees", 1, 10, true},
		{"10", 10, 10, true},
		{"1000+", 1000, -1, true},
		{"1,000+", 1000, -1, true},
		{"10,001 or more", 10001, -1, true},
		{"over 5000", 5000, -1, true},
		{"<10", 0, 10, true},
		{"under 10", 0, 10, true},
		{"5k+", 5000, -1, true},
		{"200 - 51", 200, 200, true},
		{"", 0, 0, false},
		{"just me", 0, 0, false},
	}
	for _, tt := range tests {
		lo, hi, ok := SizeBand(tt.in)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("SizeBand(%q) = %d, %d, %v; want %d, %d, %v", tt.in, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}

func TestSampleConfig(t *testing.T) {
	data, err := os.ReadFile("../../../config/routing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse("config/routing.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		l    RouteLead
		want string
	}{
		{RouteLead{CompanySize: "5000+", Country: "DE"}, "enterprise"},
		{RouteLead{FormID: "contact-sales", Country: "Sweden"}, "emea"},
		{RouteLead{FormID: "newsletter", Country: "Sweden"}, "inbound"},
		{RouteLead{Country: "Brazil"}, "americas"},
		{RouteLead{Country: "JP"}, "apac"},
		{RouteLead{Country: "FR"}, "inbound"},
	} {
		if got, _ := r.Team(tt.l); got != tt.want {
			t.Errorf("Team(%+v) = %q, want %q", tt.l, got, tt.want)
		}
	}
	// The file shows every routing feature.
	if !r.OwnerFirst() || r.Location().String() != "Europe/London" {
		t.Errorf("owner_first %v, time zone %s", r.OwnerFirst(), r.Location())
	}
	if got := strings.Join(r.TurnOrder("enterprise"), ", "); got != "Priya Raman, Marcus Hale, Priya Raman" {
		t.Errorf("enterprise turn order: %s", got)
	}
	if inbox, ok := r.Overflow("emea"); !ok || inbox.Email != "emea-sales@northwind.example" {
		t.Errorf("emea overflow %+v, %v", inbox, ok)
	}
	if _, ok := r.Overflow("inbound"); ok {
		t.Error("inbound has an overflow inbox: it should show the default sales address")
	}
	_, emea := r.Team(RouteLead{FormID: "contact-sales", Country: "DE"})
	if len(emea) != 2 || emea[0].DailyCap != 15 || !emea[1].Away.On("2026-08-14") || emea[1].Away.On("2026-12-07") {
		t.Errorf("emea members %+v: want Lena capped at 15, Tomás away in August only", emea)
	}
}

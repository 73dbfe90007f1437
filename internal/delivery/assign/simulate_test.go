package assign

import (
	"context"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

const dryRun = "time_zone: Europe/Berlin\nowner_first: true\n" +
	"teams:\n" +
	"  sales:\n    overflow: {name: Sales inbox, email: inbox@x.example}\n    members:\n" +
	"      - {name: A, email: a@x.example, weight: 2, daily_cap: 3}\n" +
	"      - {name: B, email: b@x.example, away: {from: 2026-12-20, until: 2027-01-04}}\n" +
	"      - {name: C, email: c@x.example, daily_cap: 2}\n" +
	"  big:\n    members:\n" +
	"      - {name: D, email: d@x.example}\n" +
	"rules:\n  - {name: big, company_size: {min: 1000}, team: big}\n" +
	"default_team: sales\n"

// dryRunLeads are leads whose ids all pick the same rotation of team
// sales (dryRunRotation), so that the turns they take follow one another.
func dryRunLeads() []RouteLead {
	leads := []RouteLead{
		{Email: "ana@p.example"},
		{Email: "bo@p.example", CompanySize: "5000+"},
		{Email: "cy@p.example"},
		{Email: "Ana@p.example"},
		{Email: "di@p.example", EarlierOwner: "d@x.example"},
		{},
		{Email: "ed@p.example"},
		{Email: "fa@p.example"},
	}
	n := 0
	for i := range leads {
		for rotation("sales", strconv.Itoa(n)) != dryRunRotation {
			n++
		}
		leads[i].Key = strconv.Itoa(n)
		n++
	}
	return leads
}

const dryRunRotation = "sales#2"

// TestSimulateIsRoute: a dry run decides what routing the same leads one
// by one would, and leaves the snapshot as it was.
func TestSimulateIsRoute(t *testing.T) {
	r := mustParse(t, dryRun)
	now := time.Date(2026, 12, 21, 10, 0, 0, 0, time.UTC)
	snap := Snapshot{Day: "2026-12-21", Turns: map[string]int64{dryRunRotation: 4, "sales#0": 1}, Counts: map[string]int64{"a@x.example": 1}}
	before := Snapshot{Day: snap.Day, Turns: maps.Clone(snap.Turns), Counts: maps.Clone(snap.Counts)}

	got := Simulate(r, now, dryRunLeads(), snap)
	if !reflect.DeepEqual(snap, before) {
		t.Errorf("the snapshot changed: %+v", snap)
	}

	live := NewMemoryCounters(before)
	owners := map[string]string{}
	for i, l := range dryRunLeads() {
		// Live, a returning person's earlier owner is read from their
		// earlier lead.
		if o := owners[strings.ToLower(l.Email)]; o != "" {
			l.EarlierOwner = o
		}
		want, err := r.Route(context.Background(), live, l, now)
		if err != nil {
			t.Fatal(err)
		}
		if l.Email != "" {
			owners[strings.ToLower(l.Email)] = want.Member.Email
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("lead %s: dry run %+v, live %+v", l.Key, got[i], want)
		}
	}

	var reasons []string
	for _, d := range got {
		reasons = append(reasons, d.Member.Name+": "+d.Reason())
	}
	want := []string{
		// The turn order is A B C A; turn 5 is A's: A's second lead today.
		"A: default team",
		"D: rule big",
		// Turn 6 is B's, who is away: C, and turn 7 is taken too.
		"C: default team; skipped B: away until 2027-01-04",
		// Ana again: back to A, taking no turn and no count.
		"A: owner-first",
		// An owner from an earlier lead outside the dry run.
		"D: owner-first",
		// Turn 8: A's third and last lead under the cap.
		"A: default team",
		// Turn 9: A at the cap, B away: C's second and last.
		"C: default team; skipped A: daily cap of 3 reached; skipped B: away until 2027-01-04",
		// Turn 12: nobody left.
		"Sales inbox: default team; overflow: all away or capped; skipped A: daily cap of 3 reached; skipped B: away until 2027-01-04; skipped C: daily cap of 2 reached",
	}
	if !slices.Equal(reasons, want) {
		t.Errorf("dry run\n%q\nwant\n%q", reasons, want)
	}
}

// TestSimulateSnapshotOfAnotherDay: counts of another day do not apply.
func TestSimulateSnapshotOfAnotherDay(t *testing.T) {
	r := mustParse(t, dryRun)
	now := time.Date(2026, 12, 21, 10, 0, 0, 0, time.UTC)
	snap := Snapshot{Day: "2026-12-20", Counts: map[string]int64{"a@x.example": 3, "c@x.example": 2}}
	if d := Simulate(r, now, []RouteLead{{}}, snap); d[0].Member.Name != "A" {
		t.Errorf("yesterday's counts capped today's lead: %+v", d[0])
	}
	snap.Day = "2026-12-21"
	if d := Simulate(r, now, []RouteLead{{}}, snap); d[0].Overflow == "" {
		t.Errorf("today's counts ignored: %+v", d[0])
	}
}

type reader struct {
	teams, emails []string
	day           string
}

func (rd *reader) Read(_ context.Context, teams, emails []string, day string) (map[string]int64, map[string]int64, error) {
	rd.teams, rd.emails, rd.day = teams, emails, day
	return map[string]int64{"sales#3": 7}, map[string]int64{"c@x.example": 1}, nil
}

func TestReadSnapshot(t *testing.T) {
	r := mustParse(t, dryRun)
	rd := &reader{}
	// 23:30 UTC on the 20th is the 21st in Berlin.
	snap, err := ReadSnapshot(context.Background(), r, rd, time.Date(2026, 12, 20, 23, 30, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	rotations := []string{"big#0", "big#1", "big#2", "big#3", "sales#0", "sales#1", "sales#2", "sales#3"}
	if !slices.Equal(rd.teams, rotations) || !slices.Equal(rd.emails, []string{"a@x.example", "c@x.example"}) || rd.day != "2026-12-21" {
		t.Errorf("read teams %v, emails %v (those with a cap), day %s", rd.teams, rd.emails, rd.day)
	}
	if snap.Day != "2026-12-21" || snap.Turns["sales#3"] != 7 || snap.Counts["c@x.example"] != 1 {
		t.Errorf("snapshot %+v", snap)
	}
}

// FuzzParse: whatever the file, Parse returns rules or errors, and rules it
// returns route every lead to somebody or overflow, with a turn order as
// long as the weights add up to.
func FuzzParse(f *testing.F) {
	shipped, err := os.ReadFile("../../../config/routing.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{sample, dryRun, string(shipped), oneTeam("", ", weight: 3", ", away: {until: 2026-12-01}")} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("routing.yaml", data)
		if err != nil {
			return
		}
		for _, name := range r.Teams() {
			total := 0
			for _, m := range r.teams[name].members {
				total += m.Weight
			}
			if n := len(r.TurnOrder(name)); n != total || n == 0 {
				t.Fatalf("team %s: %d turns, weights add up to %d", name, n, total)
			}
		}
		c := NewMemoryCounters(Snapshot{})
		for _, l := range []RouteLead{{}, {FormID: "demo", Country: "DE", CompanySize: "1000+"}, {EarlierOwner: "a@x.example"}} {
			for range 3 {
				d, err := r.Route(context.Background(), c, l, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
				if err != nil || (d.Member.Email == "" && d.Overflow == "") || d.Team == "" {
					t.Fatalf("lead %+v: %+v, %v", l, d, err)
				}
			}
		}
	})
}

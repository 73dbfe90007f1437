package region

import (
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"de", "DE", true},
		{" US ", "US", true},
		{"UK", "GB", true},
		{"EL", "GR", true},
		{"deu", "DE", true},
		{"USA", "US", true},
		{"GBR", "GB", true},
		{"United Kingdom", "GB", true},
		{"Britain", "GB", true},
		{"U.K.", "GB", true},
		{"U.S.A.", "US", true},
		{"Deutschland", "DE", true},
		{"Österreich", "AT", true},
		{"Osterreich", "AT", true},
		{"Côte d'Ivoire", "CI", true},
		{"Cote d’Ivoire", "CI", true},
		{"Bosnia & Herzegovina", "BA", true},
		{"korea (south)", "KR", true},
		{"South Korea", "KR", true},
		{"대한민국", "KR", true},
		{"united states", "US", true},
		{"États-Unis", "US", true},
		{"Estados Unidos", "US", true},
		{"アメリカ", "US", true},
		{"Brasil", "BR", true},
		{"Großbritannien", "GB", true},
		{"Việt Nam", "VN", true},
		{"People's Republic of China", "CN", true},
		{"中国", "CN", true},
		{"Россия", "RU", true},
		{"Türkiye", "TR", true},
		{"España", "ES", true},
		{"México", "MX", true},
		{"Virgin Islands (UK)", "VG", true},
		{"", "", false},
		{"XX", "", false},
		{"Atlantis", "", false},
		{"AQ", "", false},    // Antarctica: no country a lead lives in
		{"YUG", "", false},   // Yugoslavia: no longer exists
		{"276", "", false},   // numeric codes are not read
		{"Congo", "", false}, // two countries
		{"Samoa", "WS", true},
		{"American Samoa", "AS", true},
		{"Virgin Islands", "", false}, // two territories
		{"Samoa (American)", "AS", true},
	}
	for _, tt := range tests {
		got, ok := Normalize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestGermanyInManyLanguages is the case issue 10 names: every spelling
// reads as DE and so reaches the same zone.
func TestGermanyInManyLanguages(t *testing.T) {
	for _, in := range []string{"Allemagne", "Deutschland", "Germany", "DE", "de", "Alemania", "ドイツ", "DEU", "Germania", "Niemcy", "Германия", "독일", "德国"} {
		if got, ok := Normalize(in); got != "DE" || !ok {
			t.Errorf("Normalize(%q) = %q, %v; want DE", in, got, ok)
		}
		if got := Zone(in); got != "Europe/Berlin" {
			t.Errorf("Zone(%q) = %q, want Europe/Berlin", in, got)
		}
	}
}

func TestCode(t *testing.T) {
	for in, want := range map[string]string{"de": "DE", "DE": "DE", "uk": "GB", "el": "GR", "fra": "FR", "USA": "US", "jpn": "JP"} {
		if got, ok := Code(in); got != want || !ok {
			t.Errorf("Code(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "D", "Germany", "XX", "ZZ", "AQ", "SUN", "276", "EU"} {
		if got, ok := Code(in); ok {
			t.Errorf("Code(%q) = %q, want not a code", in, got)
		}
	}
}

func TestNames(t *testing.T) {
	var n Names
	if err := n.Add("Bayern", "DE"); err != nil {
		t.Fatal(err)
	}
	if err := n.Add("Niederbayern", "Germany"); err == nil {
		t.Error("Add accepted a name as the code")
	}
	for in, want := range map[string]string{"Bayern": "DE", "BAYERN": "DE", "Allemagne": "DE", "at": "AT"} {
		if got, ok := n.Normalize(in); got != want || !ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := Normalize("Bayern"); ok {
		t.Error("a name added to one Names is known to all")
	}
}

// TestNamesAreUnambiguous checks that no spelling in names names two
// countries, nor a country other than the one whose English short name it
// is, and that every code in names is in table.
func TestNamesAreUnambiguous(t *testing.T) {
	seen := map[string]string{}
	for code, e := range table {
		seen[key(e.name)] = code
	}
	for code, list := range names {
		if _, ok := table[code]; !ok {
			t.Errorf("names lists %s, which is not in table", code)
		}
		for _, n := range list {
			k := key(n)
			if c, ok := seen[k]; ok && c != code {
				t.Errorf("%q names both %s and %s", n, c, code)
			}
			seen[k] = code
			if _, ok := Code(n); ok {
				t.Errorf("%q (%s) is read as a code first: leave it out of names", n, code)
			}
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"  Côte d'Ivoire ":     "cote divoire",
		"Bosnia & Herzegovina": "bosnia and herzegovina",
		"U.S.A.":               "u s a",
		"Großbritannien":       "grossbritannien",
		"ドイツ":                  "ドイツ",
		"Ελλάδα":               "ελλάδα",
		"Łódź":                 "lodz",
	} {
		if got := key(in); got != want {
			t.Errorf("key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestZoneAndLocation(t *testing.T) {
	tests := []struct{ in, zone string }{
		{"US", "America/New_York"},
		{"Australia", "Australia/Sydney"},
		{"ca", "America/Toronto"},
		{"Japan", "Asia/Tokyo"},
		{"Allemagne", "Europe/Berlin"},
		{"nowhere", "UTC"},
		{"", "UTC"},
	}
	for _, tt := range tests {
		if got := Zone(tt.in); got != tt.zone {
			t.Errorf("Zone(%q) = %q, want %q", tt.in, got, tt.zone)
		}
		if got := Location(tt.in).String(); got != tt.zone {
			t.Errorf("Location(%q) = %q, want %q", tt.in, got, tt.zone)
		}
	}
}

func TestEveryZoneLoads(t *testing.T) {
	for code, e := range table {
		if _, err := time.LoadLocation(e.zone); err != nil {
			t.Errorf("%s: zone %q: %v", code, e.zone, err)
		}
		if c, ok := Normalize(e.name); !ok || c != code {
			t.Errorf("English name %q of %s reads as %q, %v", e.name, code, c, ok)
		}
	}
	if Name("de") != "Germany" {
		t.Errorf("Name(de) = %q", Name("de"))
	}
}

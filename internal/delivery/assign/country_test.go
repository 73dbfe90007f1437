package assign

import (
	"os"
	"testing"
)

// germany is Germany as leads write it, in several languages and scripts.
var germany = []string{"Allemagne", "Deutschland", "Germany", "DE", "de", "Alemania", "ドイツ", "DEU", "Германия"}

// TestCountryNamesReachTheDACHTeam checks that every spelling of Germany
// reaches the team of the DACH rule, in the sample and in the shipped
// config/routing.yaml, and that a region listed by name ("Austria") holds
// the same country as its code.
func TestCountryNamesReachTheDACHTeam(t *testing.T) {
	shipped, err := os.ReadFile("../../../config/routing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, cfg := range []struct {
		name, data, form, want string
	}{
		{"sample", sample, "demo", "dach"},
		{"config/routing.yaml", string(shipped), "contact-sales", "emea"},
	} {
		r, err := Parse(cfg.name, []byte(cfg.data))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range append(germany, "Österreich", "Autriche", "AT", "Schweiz", "Suisse") {
			if got, _ := r.Team(RouteLead{FormID: cfg.form, Country: c}); got != cfg.want {
				t.Errorf("%s: Team(%q) = %q, want %q", cfg.name, c, got, cfg.want)
			}
		}
		if got, _ := r.Team(RouteLead{FormID: cfg.form, Country: "France"}); got == cfg.want {
			t.Errorf("%s: France reached the DACH team", cfg.name)
		}
	}
}

package qualify_test

import (
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestCountryNamesEarnTheSameRegion scores leads that write Germany, or a
// name the rules file adds (Bayern), in several languages with the
// embedded rules: each earns the DACH region reason and the same fit.
func TestCountryNamesEarnTheSameRegion(t *testing.T) {
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	m, err := rs.Qualifier("")
	if err != nil {
		t.Fatal(err)
	}
	s := lead.Screening{Verdict: lead.ScreenPass}
	var first *lead.Fit
	for _, c := range []string{"Allemagne", "Deutschland", "Germany", "DE", "de", "Alemania", "ドイツ", "DEU", "Германия", "Bayern"} {
		fit, facts := m.Evaluate(&lead.Fields{Email: "jane@acme.example", JobTitle: "CTO", Country: c}, s)
		if facts.Country != "DE" {
			t.Errorf("%q: country %q, want DE", c, facts.Country)
		}
		var region *lead.Reason
		for i := range fit.Reasons {
			if fit.Reasons[i].Code == "region" {
				region = &fit.Reasons[i]
			}
		}
		if region == nil || region.Points != 10 || region.Detail != "Country '"+c+"' (DE) in DACH: +10" {
			t.Errorf("%q: region reason %+v, want DACH +10", c, region)
		}
		if first == nil {
			first = &fit
		} else if fit.Score != first.Score || fit.Segment != first.Segment || fit.Grade != first.Grade {
			t.Errorf("%q: fit %d %s %s, want %d %s %s like %q", c, fit.Score, fit.Segment, fit.Grade, first.Score, first.Segment, first.Grade, "Allemagne")
		}
	}
}

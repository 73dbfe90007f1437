package screen

import "testing"

// TestRegionOfNamesInLanguages checks that the phone check reads country
// names in several languages with the shared country table.
func TestRegionOfNamesInLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"Allemagne": "DE", "Deutschland": "DE", "Alemania": "DE", "ドイツ": "DE", "DEU": "DE",
		"États-Unis": "US", "Royaume-Uni": "GB", "Österreich": "AT", "Schweiz": "CH", "España": "ES",
		"AQ": "", "Atlantis": "",
	} {
		if got := regionOf(in); got != want {
			t.Errorf("regionOf(%q) = %q, want %q", in, got, want)
		}
	}
}

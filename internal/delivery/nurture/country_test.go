package nurture

import (
	"testing"
	"time"
)

// TestCountryNamesShareASendWindow checks that every spelling of Germany
// puts the send window in Berlin time: Saturday 12:00 UTC moves to Monday
// 09:00 CEST.
func TestCountryNamesShareASendWindow(t *testing.T) {
	s := seqWithWindow(t, "send_window: {start: \"09:00\", end: \"17:00\", days: [mon, tue, wed, thu, fri]}\n", "0")
	want := utc("2026-03-30T07:00:00Z")
	for _, c := range []string{"Allemagne", "Deutschland", "Germany", "DE", "de", "Alemania", "ドイツ", "DEU", "Германия"} {
		if got := s.DueAt(0, utc("2026-03-28T12:00:00Z"), time.Time{}, c); !got.Equal(want) {
			t.Errorf("DueAt for %q = %v, want %v", c, got, want)
		}
		if got := countryName(c); got != "Germany" {
			t.Errorf("countryName(%q) = %q, want Germany", c, got)
		}
	}
}

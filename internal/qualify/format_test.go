package qualify

import "testing"

func TestFormatters(t *testing.T) {
	for p, want := range map[int]string{0: "+0", 5: "+5", -10: "-10", 250: "+250", -1000: "-1000"} {
		if got := signed(p); got != want {
			t.Errorf("signed(%d) = %q, want %q", p, got, want)
		}
	}
	tests := []struct {
		f            float64
		group, short string
	}{
		{0, "0", "0"},
		{0.4, "0", "0.4"},
		{0.5, "1", "0.5"},
		{999, "999", "999"},
		{999.5, "1,000", "999.5"},
		{1000, "1,000", "1k"},
		{1500, "1,500", "1.5k"},
		{25000, "25,000", "25k"},
		{99999.9, "100,000", "99.9999k"},
		{100000, "100,000", "100k"},
		{1234567, "1,234,567", "1.234567m"},
		{1.5e6, "1,500,000", "1.5m"},
		{2.25e9, "2,250,000,000", "2250m"},
	}
	for _, tt := range tests {
		if got := groupNum(tt.f); got != tt.group {
			t.Errorf("groupNum(%v) = %q, want %q", tt.f, got, tt.group)
		}
		if got := shortNum(tt.f); got != tt.short {
			t.Errorf("shortNum(%v) = %q, want %q", tt.f, got, tt.short)
		}
	}
	for b, want := range map[Band]string{
		{Min: 0, Max: 5000}:       "0–5k",
		{Min: 25000, Max: 100000}: "25k–100k",
		{Min: 100000}:             "100k+",
		{Min: 1, Max: 10}:         "1–10",
		{Min: 1001}:               "1.001k+",
	} {
		if got := bandLabel(b); got != want {
			t.Errorf("bandLabel(%+v) = %q, want %q", b, got, want)
		}
	}
}

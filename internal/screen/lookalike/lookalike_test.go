package lookalike

import "testing"

func TestTrick(t *testing.T) {
	for _, tc := range []struct {
		domain string
		trick  bool
	}{
		{"g\u043e\u043egle.com", true},                         // Cyrillic о in a Latin word
		{"\uff47\uff4d\uff41\uff49\uff4c.com", true},           // full-width letters
		{"\u0430\u0441\u0435.com", true},                       // асе.com: look-alikes only, Latin TLD
		{"\u03b1\u03c1\u03bf.net", true},                       // αρο.net: Greek look-alikes only
		{"\u043f\u043e\u0447\u0442\u0430.\u0440\u0444", false}, // почта.рф: Cyrillic domain, Cyrillic TLD
		{"\u0430\u0441\u0435.\u0440\u0444", false},             // асе.рф: a Cyrillic word under a Cyrillic TLD
		{"\u044f\u043d\u0434\u0435\u043a\u0441.com", false},    // яндекс.com: letters with no Latin twin
		{"m\u00fcller.de", false},
		{"k\u0131rm\u0131z\u0131.com.tr", false}, // dotless ı alone is Turkish
		{"corp-2024.example", false},
	} {
		if got := Trick(tc.domain) != ""; got != tc.trick {
			t.Errorf("Trick(%q) = %q, want a trick: %v", tc.domain, Trick(tc.domain), tc.trick)
		}
	}
}

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{
		"g\u043e\u043egle.com":               "google.com",
		"\uff47\uff4d\uff41\uff49\uff4c.com": "gmail.com",
		"g\u0131thub.com":                    "github.com",
	} {
		if got := Skeleton(in); got != want {
			t.Errorf("Skeleton(%q) = %q, want %q", in, got, want)
		}
	}
}

package screen

import (
	"strings"
	"testing"
)

// FuzzParseEmail checks ParseEmail's promises on any input: a valid
// address has a lower-cased local part and domain within the length
// limits, and parses again to itself; an invalid one says why.
func FuzzParseEmail(f *testing.F) {
	for _, s := range []string{"maria.garcia@northwind-logistics.com", " Ana@Example.ORG. ", "a@b", "x@[1.2.3.4]", "ünï@bücher.de", "a..b@c.de", `"q"@x.io`, ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := ParseEmail(s)
		if e.Present != (strings.TrimSpace(s) != "") {
			t.Fatalf("%q: Present %v", s, e.Present)
		}
		if !e.Valid {
			if e.Present && e.Problem == "" {
				t.Fatalf("%q: invalid without a problem", s)
			}
			return
		}
		if e.Local != strings.ToLower(e.Local) || e.Domain != strings.ToLower(e.Domain) {
			t.Fatalf("%q: not lower-cased: %q @ %q", s, e.Local, e.Domain)
		}
		if len(e.Local) > 64 || len(e.Domain) > 253 || !strings.Contains(e.Domain, ".") {
			t.Fatalf("%q: bad parts %q @ %q", s, e.Local, e.Domain)
		}
		if again := ParseEmail(e.Local + "@" + e.Domain); !again.Valid || again.Local != e.Local || again.Domain != e.Domain {
			t.Fatalf("%q: %s@%s does not parse to itself: %+v", s, e.Local, e.Domain, again)
		}
	})
}

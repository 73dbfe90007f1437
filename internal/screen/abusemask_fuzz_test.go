package screen

import (
	"strings"
	"testing"
)

// FuzzUnmask: unmask never panics, leaves a message in which it found
// nothing as it was, and spells out only words of the swear and insult
// lists, each of which stands in its result.
func FuzzUnmask(f *testing.F) {
	for _, s := range []string{"f*ck you", "f u c k   o f f", "sh1t", "a$$holes!", "С у к и", "Go f.u.c.k yourselves.",
		"R2-D2 24/7 $5k", "p*ssw0rd", "w w w . a b c . c o m", "***", "a * b", "x@y.z", "é*è 1!1", "",
		"\xff*\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		out, found := unmask(msg)
		if len(found) == 0 {
			if out != msg && strings.Join(strings.Fields(out), " ") != strings.Join(strings.Fields(msg), " ") {
				t.Fatalf("unmask(%q) = %q with nothing found", msg, out)
			}
			return
		}
		for _, w := range found {
			if !isSwearWord(w) {
				t.Errorf("unmask(%q) spelt out %q, not a listed word", msg, w)
			}
			if !strings.Contains(out, w) {
				t.Errorf("unmask(%q) = %q, without %q it found", msg, out, w)
			}
		}
	})
}

package screen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAppendNormalizedMessageMatchesReference holds appendNormalizedMessage
// to the reference folding when appending after existing bytes and with
// little or plenty of room: ASCII-only messages (folded in place), and
// messages whose non-ASCII runes come after ASCII words and separators
// (the rune-by-rune part takes over with a space pending or not), among
// them runes whose lower case is longer than they are (Ⱥ → ⱥ).
func TestAppendNormalizedMessageMatchesReference(t *testing.T) {
	parts := []string{"a", "Z", "0", " ", "  ", "\t", "!", "Hello,", "WORLD", "x9", "É", "ß", "Ⱥ", "Ⱦ", "\u00a0", "\xff", "🙂", "\xe2\x80"}
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 20000 {
		var b strings.Builder
		for range r.IntN(14) {
			p := parts[r.IntN(len(parts))]
			if i%2 == 0 && p[0] >= 0x80 {
				p = "Ab" // half the cases ASCII only
			}
			b.WriteString(p)
		}
		s := b.String()
		want := refNormalizeMessage(s)
		for _, dst := range [][]byte{nil, []byte("pre"), append(make([]byte, 0, 512), "pre fix"...)} {
			prefix := string(dst)
			if got := string(appendNormalizedMessage(dst, s)); got != prefix+want {
				t.Fatalf("appendNormalizedMessage(%q, %q) = %q, want %q", prefix, s, got, prefix+want)
			}
		}
	}
	if got := string(appendNormalizedMessage(nil, strings.Repeat("Ⱥ", 300))); got != strings.Repeat("ⱥ", 300) {
		t.Errorf("300 Ⱥ folded to %q", got)
	}
}

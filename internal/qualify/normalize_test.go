package qualify

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// refNormalize is normalize as first written, rune by rune; the tuned one
// must match it.
func refNormalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading space
	for _, r := range s {
		var out string
		switch {
		case r < 0x80:
			c := byte(r)
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 32)
				space = false
				continue
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				b.WriteByte(c)
				space = false
				continue
			}
		case r >= 0xC0 && r < 0x300 && foldLatin[r-0xC0] != "":
			out = foldLatin[r-0xC0]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		}
		if out != "" {
			b.WriteString(out)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	out := b.String()
	if strings.HasSuffix(out, " ") {
		out = out[:len(out)-1]
	}
	return out
}

func TestNormalizeMatchesReference(t *testing.T) {
	fixed := []string{"", " ", "a", "a ", " a", "a  b", "a b", "Head of Revenue Operations", "€25k–50k", "this quarter",
		"Geschäftsführerin", "ÆØÅ straße", "e\u0301", "東京 本社", "\xff", "a\xffb", "51-200", "Vice-President, Sales"}
	for _, s := range fixed {
		if got, want := normalize(s), refNormalize(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
	}
	parts := []string{"a", "z", "A", "Q", "0", "9", " ", "  ", "-", ",", "\n", "é", "É", "ß", "Æ", "ı", "\u0301", "Ж", "東", "한",
		"٣", "\u00a0", "\xff", "€", "ǅ", "ł"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(9) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := normalize(s), refNormalize(s); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNormalizeTwoByteTable holds normalize, which reads characters
// U+0080..U+07FF from twoByteNorm, to the reference on every such
// character alone and between letters, and on random mixes with broken
// sequences.
func TestNormalizeTwoByteTable(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "B", string(r) + string(r) + " x"} {
			if got, want := normalize(s), refNormalize(s); got != want {
				t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(61, 62))
	for range 5000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			switch r.IntN(5) {
			case 0:
				b.WriteRune(rune(0x80 + r.IntN(0x780)))
			case 1:
				b.WriteByte(byte(0x80 + r.IntN(0x80)))
			case 2:
				b.WriteRune(rune(0x800 + r.IntN(0x3000)))
			default:
				b.WriteString([]string{"a", "Z", " ", "-", "9"}[r.IntN(5)])
			}
		}
		s := b.String()
		if got, want := normalize(s), refNormalize(s); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

package gibberish

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDenseMatchesLogProbs holds every entry of the dense table to
// logProbs, to the bit.
func TestDenseMatchesLogProbs(t *testing.T) {
	m := Default()
	if m.dense == nil {
		t.Fatal("the embedded model has no dense table")
	}
	runes := []rune{boundary}
	for c := 'a'; c <= 'z'; c++ {
		runes = append(runes, c)
	}
	for a, ra := range runes {
		for b, rb := range runes {
			for c, rc := range runes {
				ln, lm := m.logProbs(ra, rb, rc)
				p := m.dense[denseIndex(a, b, c)]
				if math.Float64bits(float64(p.name)) != math.Float64bits(ln) || math.Float64bits(float64(p.mash)) != math.Float64bits(lm) {
					t.Fatalf("dense(%q,%q,%q) = %v, logProbs %v %v", ra, rb, rc, p, ln, lm)
				}
			}
		}
	}
	for l := range 26 {
		if got, want := m.knownLatin>>l&1 != 0, m.known('a'+rune(l)); got != want {
			t.Fatalf("knownLatin of %q = %v, want %v", 'a'+rune(l), got, want)
		}
	}
}

// TestFeaturesMatchReferenceLatin compares features with the reference on
// random words of every ASCII letter, mixed with letters that fold into
// a-z, letters outside it and separators, so that words take the dense
// path, the general path, or switch mid-word.
func TestFeaturesMatchReferenceLatin(t *testing.T) {
	m := Default()
	var alphabet []string
	for c := 'a'; c <= 'z'; c++ {
		alphabet = append(alphabet, string(c), string(c-'a'+'A'))
	}
	alphabet = append(alphabet, "é", "Ü", "ß", "ø", "д", "ễ", " ", " ", "-", "'", "1", "\u0301", "山", "\xff")
	// Seven of eight parts are ASCII letters; one in fifty strings runs
	// past MaxRunes.
	r := rand.New(rand.NewPCG(3, 4))
	part := func() string {
		if r.IntN(8) == 0 {
			return alphabet[52+r.IntN(len(alphabet)-52)]
		}
		return alphabet[r.IntN(52)]
	}
	for k := range 5000 {
		parts := make([]string, r.IntN(30)+k%50/49*120)
		for i := range parts {
			parts[i] = part()
		}
		checkFeatures(t, m, strings.Join(parts, ""))
	}
	// A model without the dense table (as the trainer builds it) scores
	// as before too.
	general := *m
	general.dense = nil
	for _, s := range []string{"Marianna", "wzkdjt qwerty", "Northwind Traders Inc", "Müller-Lüdenscheidt"} {
		checkFeatures(t, &general, s)
		if got, want := general.Score(s), m.Score(s); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Score(%q) without the dense table = %v, want %v", s, got, want)
		}
	}
}

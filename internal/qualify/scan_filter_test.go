package qualify

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMatcherWordsMatchReference holds scan, which matches phrases by
// word numbers, to the reference scan comparing text, on random texts
// from a vocabulary of phrase words, near misses and accented words.
func TestMatcherWordsMatchReference(t *testing.T) {
	vocab := []string{"a", "i", "vp", "head", "of", "sales", "vice", "president", "chief", "officer", "demo", "next", "week",
		"asap", "q4", "2026", "é", "über", "ß", "ops", "operations", "budget", "no", "none", "x", "héad", "heads", "dem"}
	r := rand.New(rand.NewPCG(51, 52))
	m := newMatcher()
	for id := range int32(40) {
		var words []string
		for range 1 + r.IntN(3) {
			words = append(words, vocab[r.IntN(len(vocab))])
		}
		if err := m.add(strings.Join(words, " "), id); err != nil {
			t.Fatal(err)
		}
	}
	found := 0
	for range 20000 {
		var words []string
		for range r.IntN(12) {
			words = append(words, vocab[r.IntN(len(vocab))])
		}
		text := normalize(strings.Join(words, " "))
		got, want := m.scan(text, nil), m.scanRef(text, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("scan(%q) = %v, want %v", text, got, want)
		}
		found += len(got)
	}
	if found < 1000 {
		t.Errorf("only %d hits: the comparison proves little", found)
	}
	if got := m.scan("", nil); len(got) != 0 {
		t.Errorf("scan(\"\") = %v", got)
	}
	if got := newMatcher().scan("demo next week", nil); len(got) != 0 {
		t.Errorf("empty matcher found %v", got)
	}
}

// TestLookupNormalizedMatchesMap holds lookupNormalized to indexing with
// normalize, on keys that need folding, are already normal, or are longer
// than its stack buffer.
func TestLookupNormalizedMatchesMap(t *testing.T) {
	m := map[string]int{"51 200": 1, "this quarter": 2, "ueber": 3, "uber": 4, strings.Repeat("x", 80): 5, "25k 100k": 6}
	parts := []string{"51", "-", "200", " ", "This", "quarter", "Über", "über", "25k", "–", "100k", strings.Repeat("X", 80), "é", "\xff"}
	r := rand.New(rand.NewPCG(91, 92))
	hits := 0
	for range 20000 {
		var b strings.Builder
		for range r.IntN(4) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		want, wantOK := m[normalize(s)]
		got, ok := lookupNormalized(m, s)
		if got != want || ok != wantOK {
			t.Fatalf("lookupNormalized(%q) = %d %v, want %d %v", s, got, ok, want, wantOK)
		}
		if ok {
			hits++
		}
	}
	if hits < 100 {
		t.Errorf("only %d hits: the comparison proves little", hits)
	}
}

// TestCountryCodeCacheMatchesParse holds the cached country codes to the
// parser for every two-byte string.
func TestCountryCodeCacheMatchesParse(t *testing.T) {
	valid := 0
	for a := range 256 {
		for b := range 256 {
			s := string([]byte{byte(a), byte(b)})
			got, ok := countryCode(s)
			want, wantOK := parseCountryCode(s)
			if got != want || ok != wantOK {
				t.Fatalf("countryCode(%q) = %q %v, want %q %v", s, got, ok, want, wantOK)
			}
			if ok {
				valid++
			}
		}
	}
	if valid < 200 {
		t.Errorf("only %d valid codes", valid)
	}
}

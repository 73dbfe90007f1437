package main

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"
)

func TestGenerateMash(t *testing.T) {
	a := generateMash(rand.New(rand.NewPCG(1, 2)), 500)
	b := generateMash(rand.New(rand.NewPCG(1, 2)), 500)
	if !slices.Equal(a, b) {
		t.Fatal("generateMash is not deterministic for a fixed seed")
	}
	if len(a) != 500 {
		t.Fatalf("got %d strings, want 500", len(a))
	}
	for _, s := range a {
		letters := 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
			} else if r != ' ' {
				t.Errorf("mash %q holds a non-letter %q", s, r)
			}
		}
		if letters < 4 {
			t.Errorf("mash %q is shorter than 4 letters", s)
		}
	}
}

func TestSweepStaysOnRow(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	l := layouts[0]
	for i := 0; i < 200; i++ {
		s := sweep(r, l, 12)
		if len(s) != 12 {
			t.Fatalf("sweep length %d, want 12", len(s))
		}
		row := -1
		for ri, keys := range l {
			if slices.Contains(keys, s[0]) {
				row = ri
			}
		}
		for _, k := range s {
			if !slices.Contains(l[row], k) {
				t.Fatalf("sweep %q leaves its row", string(s))
			}
		}
	}
}

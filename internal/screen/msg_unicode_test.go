package screen

import (
	"testing"
	"unicode"
)

// TestLowerKeepsRuneClasses checks, over every rune, the facts about
// unicode.ToLower that scanMessage relies on to classify a rune once
// instead of once before and once after lowering it: lowering keeps a
// rune a letter or not and a word rune or not, and changes no white space,
// no digit and no letter that is neither upper nor title case.
func TestLowerKeepsRuneClasses(t *testing.T) {
	changed := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		lr := unicode.ToLower(r)
		if lr != r {
			changed++
		}
		if unicode.IsLetter(lr) != unicode.IsLetter(r) || isWordRune(lr) != isWordRune(r) {
			t.Errorf("ToLower(%U) = %U changes the rune's class", r, lr)
		}
		if lr != r && (unicode.IsSpace(r) || unicode.IsDigit(r) ||
			unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r)) {
			t.Errorf("ToLower(%U) = %U changes a rune scanMessage does not lower", r, lr)
		}
	}
	if changed < 1000 {
		t.Errorf("only %d runes change: the check proves little", changed)
	}
}

package gibberish

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// boundary is the rune that marks the start and the end of a word in the
// n-gram model. It is a control character, so it never occurs as a letter.
const boundary rune = 0x01

// foldLimit bounds the precomputed fold table: every alphabetic script the
// model is trained on (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
// Thaana, Devanagari, Bengali, Tamil, Thai, Georgian and the Vietnamese
// letters of Latin Extended Additional) lies below it.
const foldLimit = 0x2000

// foldTable maps a rune below foldLimit to its folded form: lower-cased,
// with generic combining diacritics removed ("É" -> "e", "Ø" -> "ø"). A
// zero entry means the rune is not a letter and separates words; skipRune
// means the rune is a mark to drop without breaking the word.
var foldTable = buildFoldTable()

// skipRune marks runes that are dropped without breaking a word.
const skipRune rune = -1

func buildFoldTable() *[foldLimit]rune {
	var t [foldLimit]rune
	var buf [16]byte
	for r := rune(0); r < foldLimit; r++ {
		switch {
		case isDroppedMark(r):
			t[r] = skipRune
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			lr := unicode.ToLower(r)
			n := encodeRune(buf[:], lr)
			d := norm.NFD.Bytes(buf[:n])
			base := firstRune(d)
			if !unicode.IsLetter(base) && !unicode.Is(unicode.Mn, base) && !unicode.Is(unicode.Mc, base) {
				base = lr
			}
			if base >= foldLimit {
				base = unscored
			}
			t[r] = base
		}
	}
	return &t
}

// isDroppedMark reports marks that carry no identity in names as typed: the
// generic combining diacritics, Hebrew points and Arabic harakat, which are
// optional in everyday writing.
func isDroppedMark(r rune) bool {
	return (r >= 0x0300 && r <= 0x036F) || // combining diacritical marks
		(r >= 0x0591 && r <= 0x05C7 && unicode.Is(unicode.Mn, r)) || // Hebrew points
		(r >= 0x064B && r <= 0x065F) || r == 0x0670 || // Arabic harakat
		r == 0x0640 // Arabic tatweel
}

func encodeRune(b []byte, r rune) int {
	s := string(r)
	return copy(b, s)
}

func firstRune(b []byte) rune {
	for _, r := range string(b) {
		return r
	}
	return 0
}

// fold returns the folded form of r: a letter to score, 0 for a word
// separator, skipRune for a mark to drop, or unscored for a letter of a
// script the model does not score.
func fold(r rune) rune {
	if r < foldLimit {
		return foldTable[r]
	}
	if unicode.IsLetter(r) || unicode.Is(unicode.M, r) {
		return unscored
	}
	return 0
}

// unscored marks a letter from a script the model does not score:
// logographic and syllabic scripts (Han, Kana, Hangul) where keyboard mash
// does not occur as typed letters, and every rarer script.
const unscored rune = -2

package gibberish

import "unicode"

// boundary is the rune that marks the start and the end of a word in the
// n-gram model. It is a control character, so it never occurs as a letter.
const boundary rune = 0x01

// foldLimit bounds the precomputed fold table (foldTable, generated into
// fold_table.go by TestFoldTable; see foldRune): every alphabetic script the
// model is trained on (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
// Thaana, Devanagari, Bengali, Tamil, Thai, Georgian and the Vietnamese
// letters of Latin Extended Additional) lies below it.
const foldLimit = 0x2000

// skipRune marks runes that are dropped without breaking a word.
const skipRune rune = -1

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

package gibberish

import (
	"strings"
	"unicode"
)

// Keyboard mash is often not random at all: people and bots sweep a row
// ("asdfgh"), run down the columns ("qazwsx", "1qaz2wsx"), walk a few keys
// back and forth ("hjkl", "asdasd") or drum two neighbouring keys
// ("jkjkj"). The character model scores such strings, but short ones slip
// under its threshold. This file finds them from the geometry of the
// layouts themselves, so every layout listed is covered without a list of
// mashes.

// layout is a keyboard layout: its rows of unshifted keys, top (digits)
// first. Keys in the same position of consecutive rows form a column,
// following the slant of a real keyboard (1, q, a, z).
type layout struct {
	name string
	rows []string
}

// layouts are the layouts whose geometry is checked.
var layouts = []layout{
	{"QWERTY", []string{"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"}},
	{"QWERTZ", []string{"1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnm"}},
	{"AZERTY", []string{"1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"}},
	{"ЙЦУКЕН", []string{"1234567890", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"}},
}

// key is a position on a layout.
type key struct{ row, col int }

// positions maps each layout's keys to their positions.
var positions = func() []map[rune]key {
	out := make([]map[rune]key, len(layouts))
	for i, l := range layouts {
		m := map[rune]key{}
		for r, row := range l.rows {
			for c, k := range []rune(row) {
				m[k] = key{r, c}
			}
		}
		out[i] = m
	}
	return out
}()

// Shapes of keyboard patterns, as KeyboardPattern reports them.
const (
	ShapeRow     = "row sweep"
	ShapeColumn  = "column run"
	ShapeMixed   = "row and column sweeps"
	ShapeDrum    = "two neighbouring keys repeated"
	ShapeChunk   = "repeated chunk"
	minSweepKeys = 3 // a sweep covers at least three keys
	minDrumKeys  = 5 // a drum strikes at least five times
	minChunks    = 3 // a chunk is repeated at least three times
)

// Pattern is a keyboard pattern found in a string.
type Pattern struct {
	// Layout is the layout on which the string is a pattern.
	Layout string
	// Shape says what kind of pattern it is (ShapeRow, ...).
	Shape string
}

// KeyboardPattern reports whether s, ignoring case, spaces and
// punctuation, is made entirely of keyboard sweeps on one layout: straight
// runs of at least three neighbouring keys along a row or down a column
// (each run may turn back where the last one ended), or two neighbouring
// keys struck alternately at least five times. A chunk of keys typed
// three times or more ("opzxopzxopzx", "hahaha") is reported too, on any
// layout: no name repeats itself so. Strings of fewer than four
// keys, and strings of digits alone, are never patterns: "123" and "qwe"
// prove nothing on their own. Four keys that alternate consonants and
// vowels are left alone too: they spell pronounceable names that happen to
// sit in a row ("Reza" on AZERTY).
func KeyboardPattern(s string) (Pattern, bool) {
	keys := compactKeys(s)
	if len(keys) < 4 || !hasLetter(keys) || len(keys) == 4 && pronounceable(keys) {
		return Pattern{}, false
	}
	var pos []key // made once needed, reused for every layout
	for i, l := range layouts {
		// Drums and sweeps both begin with two neighbouring keys; most
		// names do not, and need not be placed further.
		var first [2]key
		if !keyPositions(first[:], keys[:2], positions[i]) || !neighbours(first[0], first[1]) {
			continue
		}
		if pos == nil {
			pos = make([]key, len(keys))
		}
		if !keyPositions(pos, keys, positions[i]) {
			continue
		}
		if drum(pos) {
			return Pattern{l.name, ShapeDrum}, true
		}
		if shape, ok := sweeps(pos); ok {
			return Pattern{l.name, shape}, true
		}
	}
	if repeatedChunk(keys) {
		return Pattern{"any layout", ShapeChunk}, true
	}
	return Pattern{}, false
}

// IsShortKeyboardRun reports a value of exactly three keys in a straight
// row or column run on some layout ("qwe", "asd", "zxc") or of a single
// letter: what people type into every field of a form they only want to
// get past. It is evidence only when every field looks so.
func IsShortKeyboardRun(s string) bool {
	keys := compactKeys(s)
	if len(keys) == 1 {
		return unicode.IsLetter(keys[0])
	}
	if len(keys) != minSweepKeys || !hasLetter(keys) {
		return false
	}
	pos := make([]key, len(keys))
	for i := range layouts {
		if keyPositions(pos, keys, positions[i]) && straight(pos) {
			return true
		}
	}
	return false
}

// vowels are the vowel letters of the layouts' alphabets.
const vowels = "aeiouyäöüéèàаеёиоуыэюя"

// pronounceable reports keys that alternate consonants and vowels.
func pronounceable(keys []rune) bool {
	for i := 1; i < len(keys); i++ {
		if strings.ContainsRune(vowels, keys[i]) == strings.ContainsRune(vowels, keys[i-1]) {
			return false
		}
	}
	return true
}

// compactKeys lower-cases s and keeps its letters and digits.
func compactKeys(s string) []rune {
	keys := make([]rune, 0, len(s)) // no more keys than bytes
	for _, r := range s {
		// Rune by rune, as strings.ToLower lower-cases.
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			keys = append(keys, r)
		}
	}
	return keys
}

func hasLetter(keys []rune) bool {
	for _, r := range keys {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// keyPositions places every key on a layout, in pos (as long as keys);
// false if one is not on it.
func keyPositions(pos []key, keys []rune, m map[rune]key) bool {
	for i, r := range keys {
		p, ok := m[r]
		if !ok {
			return false
		}
		pos[i] = p
	}
	return true
}

// step is the move from one key to the next: one key along a row, or one
// row down or up the same column. Anything else is not a sweep.
func step(a, b key) (key, bool) {
	d := key{b.row - a.row, b.col - a.col}
	switch d {
	case key{0, 1}, key{0, -1}, key{1, 0}, key{-1, 0}:
		return d, true
	}
	return d, false
}

// straight reports keys that all follow one step in one direction.
func straight(pos []key) bool {
	if len(pos) < 2 {
		return false
	}
	first, ok := step(pos[0], pos[1])
	if !ok {
		return false
	}
	for i := 2; i < len(pos); i++ {
		if d, ok := step(pos[i-1], pos[i]); !ok || d != first {
			return false
		}
	}
	return true
}

// sweeps reports whether pos can be cut into straight runs of at least
// minSweepKeys keys, each starting where the previous one ended (turning
// back: "asdfdsa") or on the next key ("qazwsx"), and names the shape.
func sweeps(pos []key) (string, bool) {
	n := len(pos)
	// covered[i]: pos[:i] is cut into runs; kinds[i]: the kinds of run
	// used on the way (1 row, 2 column).
	covered := make([]bool, n+1)
	kinds := make([]int, n+1)
	covered[0] = true
	for i := 0; i < n; i++ {
		if !covered[i] {
			continue
		}
		starts := []int{i}
		if i > 0 {
			starts = append(starts, i-1) // turn back on the last key
		}
		for _, start := range starts {
			for end := start + minSweepKeys; end <= n; end++ {
				if !straight(pos[start:end]) {
					break // a longer run is not straight either
				}
				kind := 1
				if pos[start].row != pos[start+1].row {
					kind = 2
				}
				covered[end] = true
				kinds[end] |= kinds[i] | kind
			}
		}
	}
	if !covered[n] {
		return "", false
	}
	switch kinds[n] {
	case 1:
		return ShapeRow, true
	case 2:
		return ShapeColumn, true
	}
	return ShapeMixed, true
}

// neighbours reports two different keys that touch, diagonals included:
// how every drum and every sweep begins.
func neighbours(a, b key) bool {
	return a != b && abs(a.row-b.row) <= 1 && abs(a.col-b.col) <= 1
}

// drum reports two neighbouring keys struck alternately ("jkjkj",
// "asasas"): at least minDrumKeys strikes.
func drum(pos []key) bool {
	if len(pos) < minDrumKeys || pos[0] == pos[1] {
		return false
	}
	a, b := pos[0], pos[1]
	if !neighbours(a, b) {
		return false
	}
	for i, p := range pos {
		if want := [2]key{a, b}[i%2]; p != want {
			return false
		}
	}
	return true
}

// repeatedChunk reports keys that are one chunk of two or more keys typed
// minChunks times or more, possibly cut short at the end ("opzxopzxop").
func repeatedChunk(keys []rune) bool {
	for size := 2; size*minChunks <= len(keys); size++ {
		same := true
		for i := size; i < len(keys); i++ {
			if keys[i] != keys[i-size] {
				same = false
				break
			}
		}
		if same && !allSame(keys[:size]) {
			return true
		}
	}
	return false
}

// allSame reports a run of one key (left to the repeated-character check).
func allSame(keys []rune) bool {
	for _, k := range keys[1:] {
		if k != keys[0] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

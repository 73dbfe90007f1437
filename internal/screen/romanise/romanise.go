// Package romanise reads text of other scripts in Latin letters, roughly
// as it sounds: "කැසිනෝ" as "kaesinoo", "ቴሌግራም" as "teeleegeraame",
// "казино" as "kazino", "카지노" as "kajino".
//
// Spam sells a few international trades (casinos, bonuses, crypto,
// Telegram) and writes their names as loanwords in the local script; a
// word list per script always trails the scripts spam arrives in. Read in
// Latin letters, the loanwords of every script look alike, so one list
// of the trades' international words reads them all. The reading is
// loose on purpose (no standard romanisation, no vowel length): it serves
// a phonetic comparison, not a reader.
//
// The table (table.go) is generated from Unicode character names by ./gen
// for Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic (with Persian
// and Urdu letters), the Brahmic scripts from Devanagari to Sinhala,
// Thai, Lao, Tibetan, Myanmar, Khmer, Ethiopic and Kana; Hangul is read
// by its syllables' parts. Han characters say nothing of their sound in
// their names and are left as they are.
package romanise

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind says how a letter joins its neighbours.
type kind uint8

const (
	// plain is read as it stands.
	plain kind = iota
	// consonant carries an inherent a unless a vowel sign or a virama follows.
	consonant
	// consonantO carries an inherent o (Bengali, Oriya).
	consonantO
	// vowelSign replaces the inherent vowel of the consonant before it.
	vowelSign
	// virama removes the inherent vowel of the consonant before it.
	virama
	// prevowel is written before the consonant it follows in speech (Thai, Lao).
	prevowel
	// medial joins the consonant before it without a vowel between (Myanmar, Tibetan).
	medial
)

// entry is one letter or sign of the table.
type entry struct {
	r     rune
	kind  kind
	latin string
}

const (
	hangulFirst  = 0xAC00
	hangulLast   = 0xD7A3
	hangulFinals = 28
	hangulBlock  = 21 * hangulFinals // syllables per initial
)

// lookup returns r's entry, or false.
func lookup(r rune) (entry, bool) {
	i, ok := slices.BinarySearchFunc(letters[:], r, func(l entry, r rune) int { return int(l.r - r) })
	if !ok {
		return entry{}, false
	}
	return letters[i], true
}

// Needed reports whether s holds a letter the table reads (outside the
// Latin and Han scripts): text without one is left as it is, and most
// leads are written in Latin letters.
func Needed(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ContainsFunc(s[i:], otherScript)
		}
	}
	return false
}

func otherScript(r rune) bool {
	return r >= 0x0370 && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Han, r)
}

// String returns s read in Latin letters, lower case. Letters the table
// does not know (Latin, Han) and everything else are kept as they are.
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	inherent := byte(0) // the vowel a consonant waits for
	before := ""        // a Thai or Lao vowel waits for its consonant
	flush := func() {
		if inherent != 0 {
			b.WriteByte(inherent)
			inherent = 0
		}
	}
	for _, r := range s {
		if hangulFirst <= r && r <= hangulLast {
			flush()
			n := r - hangulFirst
			b.WriteString(hangulInitial[n/hangulBlock])
			b.WriteString(hangulMedial[n%hangulBlock/hangulFinals])
			b.WriteString(hangulFinal[n%hangulFinals])
			continue
		}
		r = unicode.ToLower(r)
		l, ok := lookup(r)
		if !ok {
			flush()
			b.WriteString(before)
			before = ""
			b.WriteRune(r)
			continue
		}
		switch l.kind {
		case consonant, consonantO, plain:
			flush()
			b.WriteString(l.latin)
			switch l.kind {
			case consonant:
				inherent = 'a'
			case consonantO:
				inherent = 'o'
			}
			if before != "" && l.latin != "" {
				b.WriteString(before)
				before, inherent = "", 0
			}
		case vowelSign:
			inherent = 0
			b.WriteString(l.latin)
		case virama:
			inherent = 0
		case prevowel:
			flush()
			b.WriteString(before)
			before = l.latin
		case medial:
			b.WriteString(l.latin)
		}
	}
	flush()
	b.WriteString(before)
	return b.String()
}

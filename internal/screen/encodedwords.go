package screen

import (
	"encoding/base64"
	"encoding/hex"
	"html"
	"net/url"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Test words typed encoded (issue 11, task identity6): developers who try
// a form type what their tools print, "dGVzdA==" (base64), "74657374"
// (hex), "grfg" (rot13), "%74%65%73%74" (percent-encoding), "&#116;..."
// (HTML entities), and people "tset" (backwards) or "t3st" (leetspeak)
// for "test", in the name and the message. No
// person's name or question is an encoding of a test word, so a field that
// decodes to one is a test entry on its own: two pieces. The decoding is
// the standard library's; a value is only tried when its shape allows the
// encoding (a base64 or hex token, ASCII letters for rot13), which most
// names and messages do not.

// encodedMinLen is the shortest encoded token tried: "dGVzdA==" and
// "74657374" are eight.
const encodedMinLen = 8

// encodedMaxLen bounds the tokens tried: an encoded test message is a
// line, not a page.
const encodedMaxLen = 160

// decodedTest returns the encoding's name and the decoded text when v, a
// field's value (folded: the same folded), is one base64 or hex token, or
// ASCII words in rot13, that decode to a word or message that says "test"
// (or "example"); "", "" otherwise.
func decodedTest(v, folded string) (scheme, decoded string) {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > encodedMaxLen {
		return "", ""
	}
	if len(v) >= encodedMinLen { // the token checks refuse spaces
		if isHexToken(v) {
			if b, err := hex.DecodeString(v); err == nil && saysTestDecoded(b) {
				return "hex", string(b)
			}
		} else if len(v)%4 == 0 && isBase64Token(v) {
			for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
				if b, err := enc.DecodeString(v); err == nil && saysTestDecoded(b) {
					return "base64", string(b)
				}
			}
		}
	}
	if turned := turnedTest(folded); turned != 0 && isASCIILetters(v) {
		if r := rot13(v); turned&turnedRot13 != 0 && saysTestDecoded([]byte(r)) && !saysTestDecoded([]byte(v)) {
			return "rot13", r
		}
		if r := reversed(v); turned&turnedBackwards != 0 && saysTestDecoded([]byte(r)) && !saysTestDecoded([]byte(v)) {
			return "reversed", r
		}
	}
	percent, entity := strings.IndexByte(v, '%') >= 0, strings.Contains(v, "&#")
	leet := len(v) <= leetMaxLen && hasLeetWord(v)
	if percent {
		if r, err := url.PathUnescape(v); err == nil && r != v && saysTestDecoded([]byte(r)) {
			return "percent-encoding", r
		}
	}
	if entity {
		if r := html.UnescapeString(v); r != v && saysTestDecoded([]byte(r)) {
			return "HTML entities", r
		}
	}
	if leet {
		if r := unleetWords(v); saysTestDecoded([]byte(r)) {
			return "leetspeak", r
		}
	}
	return "", ""
}

// reversedMin is the shortest test word looked for backwards: shorter
// ones backwards are words ("tes" is "set").
const reversedMin = 4

// reversed returns the ASCII string s backwards, word order too.
func reversed(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// unleet returns the letter a leetspeak character stands for ("t3st",
// "d3m0"), or r.
func unleet(r rune) rune {
	switch r {
	case '0':
		return 'o'
	case '1':
		return 'i'
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7':
		return 't'
	case '9':
		return 'g'
	}
	return r
}

// unleetWords returns v with the leetspeak characters of its words that
// hold a letter turned to letters: "t3st1ng 123" reads "testing 123".
func unleetWords(v string) string {
	words := strings.Split(v, " ")
	for i, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
			words[i] = strings.Map(unleet, w)
		}
	}
	return strings.Join(words, " ")
}

// leetMaxLen bounds the values read for leetspeak: a name, a firm, a
// line ("t3st m3ss4g3"), not a message.
const leetMaxLen = 40

// hasLeetWord reports a word of v that mixes ASCII letters with the
// characters unleet turns ("t3st"): a number beside a word, "10 users",
// is none.
func hasLeetWord(v string) bool {
	letter, leet := false, false
	for i := 0; i <= len(v); i++ {
		if i == len(v) || v[i] == ' ' {
			if letter && leet {
				return true
			}
			letter, leet = false, false
			continue
		}
		switch c := v[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c == '0' || c == '1' || c == '3' || c == '4' || c == '5' || c == '7' || c == '9' || c == '@' || c == '$':
			leet = true
		}
	}
	return false
}

// turnedRot13 and turnedBackwards mark the ways a word of turnedWords
// was turned.
const (
	turnedRot13 uint8 = 1 << iota
	turnedBackwards
)

// turnedWords are the ASCII test words of the package and the table and
// the filler words of a test message, folded and turned by rot13 ("grfg"
// for "test") or written backwards ("tset"; test words of reversedMin
// letters or more, not the example words: "omed" is a name), each with
// how it was turned. A folded value whose every word is here may be
// turned, and only then is it: most names cost a look-up and no copy.
var turnedWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(w string, backwards bool) {
		if !isASCII(w) || strings.Contains(w, " ") {
			return
		}
		m[rot13(w)] |= turnedRot13
		if backwards {
			m[reversed(w)] |= turnedBackwards
		}
	}
	for w := range testMessageCore.words() {
		add(w, len(w) >= reversedMin)
	}
	v := testVocab()
	for w := range v.test {
		add(w, len(w) >= reversedMin)
	}
	for w := range v.example {
		add(w, false)
	}
	for w := range testMessageFiller.words() {
		add(w, true)
	}
	return m
})

// turnedTest returns the ways of turning that every word of a folded
// value is in turnedWords by, or 0.
func turnedTest(folded string) uint8 {
	words := turnedWords()
	turned := words[firstWord(folded)]
	if turned == 0 {
		return 0 // most values: the map holds ASCII words only
	}
	for w := range strings.FieldsSeq(folded) {
		if turned &= words[w]; turned == 0 {
			return 0
		}
	}
	return turned
}

// isHexToken reports an even number of hex digits.
func isHexToken(v string) bool {
	if len(v)%2 != 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// isBase64Token reports a token of base64's alphabets (standard and URL)
// with a letter of each case or a digit: a word of one case is a word.
func isBase64Token(v string) bool {
	upper, lower, digit := false, false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '+' || c == '/' || c == '-' || c == '_' || c == '=':
		default:
			return false
		}
	}
	return upper && lower || digit && (upper || lower)
}

// isASCIILetters reports ASCII letters and spaces only, with a letter.
func isASCIILetters(v string) bool {
	letter := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c == ' ':
		default:
			return false
		}
	}
	return letter
}

// rot13 turns each ASCII letter of s thirteen places on.
func rot13(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}, s)
}

// saysTestDecoded reports decoded bytes that are printable text saying
// "test": a test word, a test or example word of the test-entry table, or
// a message that only says it is a test.
func saysTestDecoded(b []byte) bool {
	if len(b) == 0 || !utf8.Valid(b) {
		return false
	}
	s := string(b)
	if strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) && !unicode.IsSpace(r) }) {
		return false
	}
	folded := foldText(s)
	if folded == "" {
		return false
	}
	return isTestMessageIntl(folded) || vocabPlaceholderWord(folded)
}

// encodedPieces lists the pieces of this file found in in.
func encodedPieces(in *Input) []piece {
	f := &in.Sub.Fields
	fields := [...]struct {
		typed, folded string
		of            pieceSubject
	}{{f.FirstName, in.names.first, pieceName}, {f.LastName, in.names.last, pieceName}, {f.Name, in.names.name, pieceName},
		{f.Company, in.names.company, pieceFirm}, {f.Message, in.msg.folded, pieceMessage}}
	for _, v := range fields {
		if scheme, decoded := decodedTest(v.typed, v.folded); scheme != "" {
			return []piece{twoPieces(v.of, "a test word encoded as "+scheme+": "+quote(v.typed, 20)+" reads "+quote(decoded, 20))}
		}
	}
	return nil
}

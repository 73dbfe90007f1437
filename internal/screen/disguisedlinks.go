package screen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Links disguised by the way they are typed rather than by a word for the
// dot (round twenty-five of testdata/kinds/direction), which
// obfuscatedLinkPatterns do not read:
//
//   - written in full-width letters ("ｔｒａｆｆｉｃ．ｃｏｍ"), which a
//     person reads as a link and a link filter does not;
//   - a dot word of a script written without spaces, with no space
//     around it ("bc888点com");
//   - a spaced dot before a top-level domain that is also an English word
//     ("giri-gratis . it"), which the spelled-TLD patterns leave out: a
//     label with a hyphen or a digit in it is a host name, not prose;
//   - spaced dots around a host whose "www" or top-level domain is spelt
//     letter by letter ("w w w . bestloans4u . c o m", round twenty-nine):
//     nobody spaces out the letters of a domain but to hide it.
//
// Each names a real top-level domain (see tldExists), so "v2 . so" or a
// Chinese sentence that says "点" before a Latin word is no link.

// cjkDotLink is a host label, a dot word of a script written without
// spaces, and a top-level domain, with no spaces needed between them.
var cjkDotLink = newLazyRegexp(`(?i)([a-z0-9][a-z0-9-]*[a-z][a-z0-9-]*|[a-z][a-z0-9-]*[0-9][a-z0-9-]*)\s*(?:点|點|ドット|닷)\s*([a-z]{2,6})\b`)

// minHostLabel is the shortest host label read before a dot word
// without spaces: "v2点com" is a version, not a host.
const minHostLabel = 3

// spacedHostLink is a host label with a hyphen or a digit, a dot with
// spaces on both sides, and a top-level domain.
var spacedHostLink = newLazyRegexp(`(?i)(?:^|[^\p{L}\p{N}-])([\p{L}\p{N}]+[-0-9][\p{L}\p{N}-]*)\s+\.\s+([a-z]{2,6})\b`)

// spelledHostLink is a host label between spaced dots with "www" or the
// top-level domain (or both) spelt letter by letter: group 1 the spaced
// "w w w" if any, 2 the label, 3 the top-level domain's letters.
var spelledHostLink = newLazyRegexp(`(?i)(?:^|[^\p{L}\p{N}])(w\s+w\s+w\s*\.\s*)?([a-z0-9][a-z0-9-]{2,})\s*\.\s*((?:[a-z]\s+){1,5}[a-z]|[a-z]{2,6})(?:[^\p{L}\p{N}]|$)`)

// spelledHost returns a host of msg whose "www" or top-level domain is
// spelt letter by letter between spaced dots, rebuilt, or "". A
// two-letter domain spelt out ("simple . I n short") needs a label with a
// digit or a hyphen, as spacedHostLink's do: prose has spaced letters
// too.
func spelledHost(msg string) string {
	for _, m := range spelledHostLink.compiled().FindAllStringSubmatch(msg, -1) {
		tld := strings.Join(strings.Fields(m[3]), "")
		spelt := len(tld) != len(m[3])
		hostLike := strings.ContainsAny(m[2], "-0123456789")
		if !(m[1] != "" || spelt && (len(tld) >= 3 || hostLike)) {
			continue
		}
		if tldExists(strings.ToLower(tld)) {
			return strings.ToLower(m[2] + "." + tld)
		}
	}
	return ""
}

// fullWidthHost is a host name after full-width letters are read as
// ASCII (NFKC).
var fullWidthHost = newLazyRegexp(`(?i)[a-z0-9][a-z0-9-]*\.([a-z]{2,6})\b`)

// disguisedByTyping describes the first link in msg disguised by the way
// it is typed, or "".
func disguisedByTyping(msg string) string {
	if hasAnyOf(msg, "点點ドット닷") {
		for _, m := range cjkDotLink.compiled().FindAllStringSubmatch(msg, -1) {
			if len(m[1]) >= minHostLabel && tldExists(strings.ToLower(m[2])) {
				return "a dot word without spaces " + quote(m[0], 40)
			}
		}
	}
	if strings.Contains(msg, " . ") {
		for _, m := range spacedHostLink.compiled().FindAllStringSubmatch(msg, -1) {
			if hasLetter(m[1]) && tldExists(strings.ToLower(m[2])) {
				return "spaces around the dot of a host " + quote(strings.TrimSpace(m[0]), 40)
			}
		}
		if h := spelledHost(msg); h != "" {
			return "a host spelt letter by letter between spaced dots " + quote(h, 40)
		}
	}
	if hasFullWidth(msg) {
		folded := norm.NFKC.String(msg)
		for _, m := range fullWidthHost.compiled().FindAllStringSubmatch(folded, -1) {
			if tldExists(strings.ToLower(m[1])) && !strings.Contains(msg, m[0]) {
				return "a link in full-width letters " + quote(m[0], 40)
			}
		}
	}
	return ""
}

// hasFullWidth reports a full-width ASCII letter, digit or sign
// (U+FF01–U+FF5E) in s.
func hasFullWidth(s string) bool {
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			return true
		}
	}
	return false
}

// hasLetter reports a letter in s.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// Whole messages written letter by letter ("t e l e g r a m  @ c a s h",
// "l o a n s   a p p r o v e d") hide every word from every check at
// once; the writer marks the word breaks with wider gaps, as a reader
// needs them. respaced rebuilds such a message before any message check
// reads it: the letters of each word joined, the wide gaps single
// spaces. A message with a few initials ("A B C Ltd") is left as it is.

// minSpacedRun is the fewest one-letter tokens a message must have, and
// spacedShare the percentage of its tokens they must be, to be read as
// written letter by letter.
const (
	minSpacedRun = 8
	spacedShare  = 60
)

// wideGap is a gap of two spaces or more: a word break in a message
// written letter by letter.
var wideGap = newLazyRegexp(`\s{2,}`)

// respaced returns text with words written letter by letter joined, or
// text itself when it is not written so.
func respaced(text string) string {
	if !strings.Contains(text, " ") {
		return text
	}
	tokens := strings.Fields(text)
	single := 0
	for _, t := range tokens {
		if utf8.RuneCountInString(t) == 1 {
			single++
		}
	}
	if single < minSpacedRun || single*100 < len(tokens)*spacedShare || !strings.Contains(text, "  ") {
		return text
	}
	groups := wideGap.Split(strings.TrimSpace(text), -1)
	for i, g := range groups {
		groups[i] = joinLetters(strings.Fields(g))
	}
	return strings.Join(groups, " ")
}

// joinLetters joins the runs of one-letter tokens of a word group and
// leaves the words written whole as they are ("b e t  —  free spins").
func joinLetters(tokens []string) string {
	var b strings.Builder
	prevSingle := false
	for i, t := range tokens {
		single := utf8.RuneCountInString(t) == 1
		if i > 0 && !(single && prevSingle) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		prevSingle = single
	}
	return b.String()
}

// letterByLetterLink describes a link in a message written letter by letter,
// or "": the writing that hid it from link filters is the disguise, though
// the rebuilt text shows a plain link.
func letterByLetterLink(v messageViews, lower string) string {
	if !v.spaced || countLinks(lower) == 0 {
		return ""
	}
	return "a link in a message written letter by letter"
}

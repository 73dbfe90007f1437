// Package lookalike knows which letters of other alphabets are drawn like
// Latin ones, and so which e-mail domains only look like what they are
// not. Screening scores a domain that imitates a well-known one; intake
// refuses an address whose domain is spelled with such tricks, because the
// address a person reads is not the one a reply goes to.
package lookalike

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// twins maps letters of other alphabets to the ASCII letter they are drawn
// like in the fonts mail clients and browsers use: Cyrillic and Greek
// letters that phishing domains substitute, and Latin letters without their
// dot. Only lower-case forms are listed: Skeleton lower-cases first.
// Written for this project from the shapes of the letters (compare
// Unicode's confusables.txt, which lists far more).
var twins = map[rune]rune{
	// Cyrillic.
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
	'к': 'k', 'м': 'm', 'н': 'h', 'т': 't', 'ь': 'b', 'г': 'r', 'п': 'n',
	// Greek.
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p',
	'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'γ': 'y', 'ς': 'c',
	// Latin letters that lost or changed a mark.
	'ı': 'i', 'ȷ': 'j', 'ɡ': 'g', 'ɑ': 'a', 'ɩ': 'i', 'ʟ': 'l', 'ɪ': 'i', 'ᴏ': 'o',
}

// Skeleton returns domain as it reads on screen: compatibility forms
// (full-width letters, ligatures) folded by NFKC, lower-cased, and every
// look-alike letter replaced by its ASCII twin.
func Skeleton(domain string) string {
	d := strings.ToLower(norm.NFKC.String(domain))
	return strings.Map(func(r rune) rune {
		if a, ok := twins[r]; ok {
			return a
		}
		return r
	}, d)
}

// Compatibility reports a domain (lower-cased) written in compatibility
// characters: full-width letters or ligatures that fold to others.
func Compatibility(domain string) bool {
	return domain != strings.ToLower(norm.NFKC.String(domain))
}

// MixesLatin reports a label with both Latin letters and Cyrillic or Greek
// letters: no real word is spelled so, look-alike spoofing is.
func MixesLatin(label string) bool {
	latin, other := false, false
	for _, r := range label {
		switch {
		case r < 0x80 && unicode.IsLetter(r), r == 'ı', r == 'ȷ':
			latin = true
		case unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Greek, r):
			other = true
		}
	}
	return latin && other
}

// OnlyTwins reports a label (lower-cased) of Cyrillic or Greek letters that
// are all drawn like Latin ones ("асе" in Cyrillic reads as "ace"): a whole
// word that reads as Latin, which no word of those languages needs to be
// in a domain that also has a Latin top-level domain.
func OnlyTwins(label string) bool {
	other := false
	for _, r := range label {
		switch {
		case r == '-' || unicode.IsDigit(r):
		case unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Greek, r):
			if _, ok := twins[r]; !ok {
				return false
			}
			other = true
		default:
			return false
		}
	}
	return other
}

// Trick explains how domain (lower-cased, as typed) is spelled to look like
// another, or returns "": compatibility characters, a label mixing Latin
// with Cyrillic or Greek letters, or, under a Latin top-level domain, a
// label spelled only with letters drawn like Latin ones.
func Trick(domain string) string {
	if Compatibility(domain) {
		return "is written in full-width or compatibility characters"
	}
	labels := strings.Split(domain, ".")
	for _, label := range labels {
		if MixesLatin(label) {
			return "mixes Latin letters with look-alike letters of another alphabet"
		}
	}
	if tld := labels[len(labels)-1]; isASCII(tld) {
		for _, label := range labels[:len(labels)-1] {
			if OnlyTwins(label) {
				return "is spelled in another alphabet with letters drawn like Latin ones"
			}
		}
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Package region is leadsieve's one list of countries. It reads what a
// lead typed in a country field (an ISO 3166-1 alpha-2 or alpha-3 code, or
// a name in one of several languages and scripts: "DE", "deu",
// "Deutschland", "Allemagne", "ドイツ") as an ISO alpha-2 code, and maps a
// country to a representative IANA time zone.
//
// Qualification (fit regions), sales assignment, nurture send windows and
// phone checks all read countries here, so that a lead who writes
// "Allemagne" earns the DACH fit points, reaches the DACH sales team and
// gets e-mails in German working hours alike. The tz database is embedded
// (time/tzdata), so zone lookups work on Lambda images without
// /usr/share/zoneinfo.
package region

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // Lambda's provided runtimes may lack a zoneinfo directory.
	"unicode"

	"golang.org/x/text/unicode/norm"
)

type entry struct {
	name string
	zone string
}

// byName returns the code of the country whose English short name (in
// table) or spelling (in names) folds to k, looked up in index, the
// sorted list generated from both (index.go): building a map of them at
// run time, 6,700 allocations, cost each cold start that read a country
// name about a millisecond.
func byName(k string) (string, bool) {
	i, found := slices.BinarySearchFunc(index[:], k, func(e indexEntry, k string) int { return strings.Compare(e.key, k) })
	if !found {
		return "", false
	}
	return index[i].code, true
}

// indexEntry is one name in index: its key and its code.
type indexEntry struct{ key, code string }

// key folds s for name lookups: lower case; accents removed from Latin
// letters; ß, æ, œ, ø, ł and similar letters spelled out in ASCII; "&"
// read as "and"; apostrophes dropped ("Côte d'Ivoire" is "cote divoire");
// every other run of characters that are not letters or digits made one
// space. Other scripts keep their letters.
func key(s string) string {
	var b strings.Builder
	space := false
	word := func(w string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(w)
	}
	for _, r := range s {
		switch {
		case r == '&':
			space = true
			word("and")
			space = true
		case r == '\'' || r == '\u2019' || unicode.Is(unicode.Mn, r):
			// dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word(foldLetter(r))
		default:
			space = true
		}
	}
	return b.String()
}

// latinLetters spells out the Latin letters that have no decomposition
// into an ASCII letter and an accent.
var latinLetters = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
}

// foldLetter returns the lower-case letter r without its accent when r is
// a Latin letter, and lower-case r otherwise.
func foldLetter(r rune) string {
	r = unicode.ToLower(r)
	if s, ok := latinLetters[r]; ok {
		return s
	}
	if unicode.Is(unicode.Latin, r) && r >= 0x80 {
		if d := norm.NFD.String(string(r)); d[0] < 0x80 {
			return d[:1]
		}
	}
	return string(r)
}

// Code returns the upper-case ISO 3166-1 alpha-2 code for s, which may be
// an alpha-2 or alpha-3 code in any case. "UK" (United Kingdom) and "EL"
// (Greece), the codes the European Union uses, are read as GB and GR. ok
// is false for anything else, including codes of countries that no longer
// exist.
func Code(s string) (code string, ok bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch len(s) {
	case 2:
		switch s {
		case "UK":
			return "GB", true
		case "EL":
			return "GR", true
		}
		_, ok := table[s]
		return s, ok
	case 3:
		// The alpha-3 codes are golang.org/x/text's, generated into
		// alpha3.go; numeric codes are not read as countries.
		i, found := slices.BinarySearchFunc(alpha3[:], s, func(e indexEntry, s string) int { return strings.Compare(e.key, s) })
		if !found {
			return "", false
		}
		return alpha3[i].code, true
	}
	return "", false
}

// Normalize returns the ISO 3166-1 alpha-2 code for s: a code as Code
// reads it, or a name ("Deutschland", "United States", "Allemagne",
// "ドイツ"). ok is false when s is not recognized.
func Normalize(s string) (code string, ok bool) {
	return Names{}.Normalize(s)
}

// Names are country spellings added by configuration, such as the rules
// file's firmographics.country_names ("Bayern: DE"). The zero value adds
// none.
type Names struct {
	byKey map[string]string
}

// Add makes name a spelling of the country code, which must be an ISO
// 3166-1 alpha-2 code Code accepts.
func (n *Names) Add(name, code string) error {
	cc, ok := Code(code)
	if !ok || len(code) != 2 {
		return fmt.Errorf("%q is not an ISO 3166 country code", code)
	}
	if n.byKey == nil {
		n.byKey = map[string]string{}
	}
	n.byKey[key(name)] = cc
	return nil
}

// Normalize is the package's Normalize, trying the added spellings after
// codes and before the built-in names.
func (n Names) Normalize(s string) (code string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return "", false
	}
	if c, ok := Code(s); ok {
		return c, true
	}
	k := key(s)
	if c, ok := n.byKey[k]; ok {
		return c, true
	}
	return byName(k)
}

// Name returns the English short name of an alpha-2 code, or "".
func Name(code string) string {
	return table[strings.ToUpper(code)].name
}

// Zone returns the representative IANA zone name for a country given as a
// code or a name, or "UTC" when the country is unknown.
func Zone(s string) string {
	if c, ok := Normalize(s); ok {
		return table[c].zone
	}
	return "UTC"
}

var (
	locMu    sync.Mutex
	locCache = map[string]*time.Location{}
)

// Location returns the representative time zone for a country given as a
// code or a name. Unknown countries, and zones missing from the embedded
// database, yield time.UTC; Location never returns nil. Locations are kept
// once loaded, since loading parses the embedded database.
func Location(s string) *time.Location {
	z := Zone(s)
	if z == "UTC" {
		return time.UTC
	}
	locMu.Lock()
	defer locMu.Unlock()
	if l, ok := locCache[z]; ok {
		return l
	}
	l, err := time.LoadLocation(z)
	if err != nil {
		l = time.UTC
	}
	locCache[z] = l
	return l
}

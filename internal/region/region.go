// Package region normalizes free-form country values (ISO 3166-1 alpha-2
// codes, a few alpha-3 codes and common English or native names) and maps a
// country to a representative IANA time zone, so that emails can be sent in
// the recipient's working hours. The tz database is embedded (time/tzdata),
// so zone lookups work on Lambda images without /usr/share/zoneinfo.
package region

import (
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

// aliases are common spellings that the ISO short names do not cover.
var aliases = map[string]string{
	"usa": "US", "united states of america": "US", "america": "US", "u s a": "US", "u s": "US",
	"uk": "GB", "u k": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB",
	"scotland": "GB", "wales": "GB", "northern ireland": "GB", "gbr": "GB",
	"deutschland": "DE", "germany": "DE", "deu": "DE",
	"osterreich": "AT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
	"espana": "ES", "italia": "IT", "brasil": "BR", "mexico": "MX",
	"nederland": "NL", "holland": "NL", "the netherlands": "NL",
	"south korea": "KR", "korea": "KR", "republic of korea": "KR", "north korea": "KP",
	"czechia": "CZ", "russian federation": "RU", "uae": "AE",
	"ivory coast": "CI", "cote divoire": "CI", "viet nam": "VN",
	"turkiye": "TR", "swaziland": "SZ", "eswatini": "SZ", "timor leste": "TL",
	"macedonia": "MK", "burma": "MM", "myanmar": "MM", "vatican": "VA", "holy see": "VA",
	"drc": "CD", "dr congo": "CD", "democratic republic of the congo": "CD",
	"republic of the congo": "CG", "cape verde": "CV", "cabo verde": "CV",
	"bosnia": "BA", "bosnia and herzegovina": "BA", "hong kong sar": "HK",
	"prc": "CN", "peoples republic of china": "CN", "polska": "PL", "sverige": "SE",
	"norge": "NO", "danmark": "DK", "suomi": "FI", "magyarorszag": "HU",
	"can": "CA", "aus": "AU", "fra": "FR", "ind": "IN", "jpn": "JP", "chn": "CN",
}

var (
	indexOnce sync.Once
	byName    map[string]string
)

// key folds s for name lookups: lower case, diacritics removed, "&" spelled
// "and", punctuation dropped, spaces collapsed.
func key(s string) string {
	s = strings.ReplaceAll(s, "&", " and ")
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019':
			// "Côte d'Ivoire" folds to "cote divoire".
		default:
			space = true
		}
	}
	return b.String()
}

func buildIndex() {
	byName = make(map[string]string, len(table)*2+len(aliases))
	for code, e := range table {
		byName[key(e.name)] = code
		// "Britain (UK)" is also known as "Britain" and "UK".
		if i := strings.IndexByte(e.name, '('); i > 0 {
			byName[key(e.name[:i])] = code
		}
	}
	for k, code := range aliases {
		byName[key(k)] = code
	}
}

// Normalize returns the ISO 3166-1 alpha-2 code for s, which may be a code
// in any case or a common name ("Deutschland", "United States", "UK"). ok is
// false when s is not recognized.
func Normalize(s string) (code string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) == 2 {
		c := strings.ToUpper(s)
		if _, ok := table[c]; ok {
			return c, true
		}
		if c == "UK" {
			return "GB", true
		}
	}
	if s == "" || len(s) > 64 {
		return "", false
	}
	indexOnce.Do(buildIndex)
	c, ok := byName[key(s)]
	return c, ok
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
// database, yield time.UTC; Location never returns nil.
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

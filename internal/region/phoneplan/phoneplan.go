// Package phoneplan reads phone numbers by the world's numbering plans: it
// parses what a person typed, with the region they are presumably in, into
// a calling code and a national number, tells which region the number
// belongs to and whether it is valid there.
//
// The plans are libphonenumber's metadata, generated into plans.go by
// ./gen, and the reading follows that of github.com/nyaruka/phonenumbers
// (v1.8.1), which the tests compare it with number by number. The library
// itself is not linked: its package initialisation decodes the metadata of
// every region and compiles its patterns before main runs, most of a
// function's cold start; here a region's patterns are compiled when a
// number first needs them.
package phoneplan

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// nonGeographic is the region of calling codes that belong to no country
// (+800 freephone, +882 international networks...).
const nonGeographic = "001"

const (
	maxInput       = 250 // bytes of text read at most, as the library
	minNational    = 2   // digits of the shortest national number
	maxNational    = 17  // and of the longest (the ITU says 15; Germany has longer)
	maxCallingCode = 3   // digits
)

// Number is a phone number as Parse reads it.
type Number struct {
	// CallingCode is the country calling code (44 for the UK); 0 when the
	// number was written nationally with no default region known.
	CallingCode int
	// National is the national significant number: the digits after the
	// calling code, without trunk prefix or formatting.
	National string
}

// Supported reports whether region (ISO 3166 alpha-2) has a numbering plan.
func Supported(region string) bool {
	return region != nonGeographic && planOf(region, 0) >= 0
}

// CallingCode is region's country calling code, 0 if it has no plan.
func CallingCode(region string) int {
	if !Supported(region) {
		return 0
	}
	return plans[planOf(region, 0)].callingCode
}

// Parse reads a phone number written as people write them: "+44 20 7946
// 0958", "0044...", or nationally ("020 7946 0958") under defaultRegion,
// the region the writer is presumably in (ignored if it has no plan, in
// which case the number must start with "+"). Punctuation, an extension
// and a tel: URI's parameters are set aside. It reports false if the text
// is not a phone number; a number that parses may still be invalid.
func Parse(raw, defaultRegion string) (Number, bool) {
	if raw == "" || len(raw) > maxInput {
		return Number{}, false
	}
	s, ok := candidate(raw)
	if !ok || !viable(s) {
		return Number{}, false
	}
	def := -1
	if Supported(defaultRegion) {
		def = planOf(defaultRegion, 0)
	} else if !strings.ContainsAny(s, plusSigns) {
		return Number{}, false // no way to tell the country
	}
	s = withoutExtension(s)

	code, national, err := splitCallingCode(s, def)
	if err == errUnknownCallingCode {
		// "+0044...": what follows the plus may start with an
		// international prefix.
		if i := strings.IndexAny(s, plusSigns); i >= 0 {
			code, national, err = splitCallingCode(strings.TrimLeft(s[i:], plusSigns), def)
			if err == nil && code == 0 {
				return Number{}, false
			}
		}
	}
	if err != nil {
		return Number{}, false
	}
	p := def
	if code != 0 {
		p = mainPlanOf(code)
	} else {
		national = normalize(s)
		if def >= 0 {
			code = plans[def].callingCode
		}
	}
	if len(national) < minNational {
		return Number{}, false
	}
	if p >= 0 {
		// Keep the national prefix unless the rest has a possible length:
		// the whole may be a short number.
		if rest, ok := stripNationalPrefix(p, national); ok {
			if fit := plans[p].lengthFit(len(rest)); fit == possibleLength || fit == tooLong {
				national = rest
			}
		}
	}
	if len(national) < minNational || len(national) > maxNational {
		return Number{}, false
	}
	return Number{CallingCode: code, National: significant(national)}, true
}

// significant is the national number as the library stores and rebuilds
// it: as an integer, with its leading zeros counted apart (all of them but
// the last digit's).
func significant(national string) string {
	zeros := 0
	if len(national) >= 2 && national[0] == '0' {
		zeros = 1
		for zeros < len(national)-1 && national[zeros] == '0' {
			zeros++
		}
	}
	// Digits of other scripts than ASCII, Arabic-Indic and full-width
	// survive normalization; the library's integer is then 0.
	v, _ := strconv.ParseUint(national, 10, 64)
	return strings.Repeat("0", zeros) + strconv.FormatUint(v, 10)
}

// Region is the region the number belongs to: for a calling code shared by
// several regions, the first whose leading digits the number has or, for
// a region without leading digits, whose plan it is valid in; "" if none,
// "001" for a non-geographic calling code.
func (n Number) Region() string {
	regions := regionsOf(n.CallingCode)
	if len(regions) <= 1 {
		if len(regions) == 0 {
			return ""
		}
		return regions[0]
	}
	for _, region := range regions {
		i := planOf(region, n.CallingCode)
		if plans[i].leadingDigits != "" {
			if leadingDigits(i).MatchString(n.National) {
				return region
			}
		} else if hasType(i, n.National) {
			return region
		}
	}
	return ""
}

// ValidFor reports whether the number is in region's numbering plan
// ("001": in its non-geographic calling code's).
func (n Number) ValidFor(region string) bool {
	i := planOf(region, n.CallingCode)
	if i < 0 || region != nonGeographic && plans[i].callingCode != n.CallingCode {
		return false
	}
	return hasType(i, n.National)
}

// parseError is why splitCallingCode could not split: Parse tries again
// after the plus for one of them, and reports only that the text is not a
// number.
type parseError string

func (e parseError) Error() string { return string(e) }

const (
	// a "+" or an international prefix followed by no calling code in use
	errUnknownCallingCode parseError = "unknown calling code"
	errTooShortAfterIDD   parseError = "too short after the international prefix"
)

// splitCallingCode finds the calling code s is written with, if any, and
// the national number after it. A number starting with "+" or the default
// region's international prefix must have one; a number written
// nationally may start with the default region's calling code without
// "+", and it is taken as such when the rest fits the region's plan
// better than the whole does.
func splitCallingCode(s string, def int) (code int, national string, err error) {
	if s == "" {
		return 0, "", nil
	}
	full, international := withoutInternationalPrefix(s, def)
	if international {
		if len(full) <= minNational {
			return 0, "", errTooShortAfterIDD
		}
		if code, national, ok := leadingCallingCode(full); ok {
			return code, national, nil
		}
		return 0, "", errUnknownCallingCode
	}
	if def < 0 {
		return 0, "", nil
	}
	p := &plans[def]
	prefix := strconv.Itoa(p.callingCode)
	if !strings.HasPrefix(full, prefix) {
		return 0, "", nil
	}
	rest, _ := stripNationalPrefix(def, full[len(prefix):])
	if !general(def).MatchString(full) && general(def).MatchString(rest) || p.lengthFit(len(full)) == tooLong {
		return p.callingCode, rest, nil
	}
	return 0, "", nil
}

// withoutInternationalPrefix strips a leading "+" (or several), or the
// default region's international prefix when a digit other than 0 follows
// it, and normalizes the rest.
func withoutInternationalPrefix(s string, def int) (string, bool) {
	if rest := strings.TrimLeft(s, plusSigns); len(rest) < len(s) {
		return normalize(rest), true
	}
	n := normalize(s)
	if def < 0 {
		return n, false
	}
	loc := internationalPrefix(def).FindStringIndex(n)
	if loc == nil || loc[0] != 0 {
		return n, false
	}
	rest := n[loc[1]:]
	// Calling codes do not start with 0.
	for _, r := range rest {
		if unicode.IsDigit(r) {
			if normalizeDigits(string(r)) == "0" {
				return n, false
			}
			break
		}
	}
	return rest, true
}

// leadingCallingCode splits a calling code in use (1 to 3 digits) from the
// start of digits.
func leadingCallingCode(digits string) (int, string, bool) {
	if digits == "" || digits[0] == '0' {
		return 0, "", false
	}
	for i := 1; i <= maxCallingCode && i <= len(digits); i++ {
		code, _ := strconv.Atoi(digits[:i])
		if regionsOf(code) != nil {
			return code, digits[i:], true
		}
	}
	return 0, "", false
}

// normalize keeps the digits of s, in ASCII. Text with three ASCII
// letters or more is a vanity number ("1-800-FLOWERS"): its letters are
// dialled as the keypad's digits, and only ASCII digits are kept.
func normalize(s string) string {
	if !strings.Contains(s, "\n") && countLetters(s) >= 3 {
		var b strings.Builder
		for _, r := range s {
			// Upper-cased first, as the library does: "ı" dials as "I".
			switch r = unicode.ToUpper(r); {
			case '0' <= r && r <= '9':
				b.WriteRune(r)
			case 'A' <= r && r <= 'Z':
				b.WriteByte(keypad[r-'A'])
			}
		}
		return b.String()
	}
	return normalizeDigits(s)
}

// keypad is the digit of each letter A to Z on a telephone keypad (ITU-T
// E.161).
const keypad = "22233344455566677778889999"

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			n++
		}
	}
	return n
}

// normalizeDigits keeps the decimal digits of s, the Arabic-Indic and
// full-width ones turned into ASCII; digits of other scripts stay as they
// are, as in the library.
func normalizeDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsDigit(r) {
			continue
		}
		switch {
		case '\u0660' <= r && r <= '\u0669':
			r = '0' + r - '\u0660'
		case '\u06F0' <= r && r <= '\u06F9':
			r = '0' + r - '\u06F0'
		case '\uFF10' <= r && r <= '\uFF19':
			r = '0' + r - '\uFF10'
		}
		b.WriteRune(r)
	}
	return b.String()
}

const (
	plusSigns           = "+\uFF0B"
	rfc3966PhoneContext = ";phone-context="
	rfc3966Prefix       = "tel:"
	rfc3966Subaddress   = ";isub="
)

// candidate is the part of raw that may be a phone number: from a tel:
// URI with a phone context, the number (after a context that is a number
// prefix); otherwise the text from its first digit or plus.
func candidate(raw string) (string, bool) {
	var s, context string
	at := strings.Index(raw, rfc3966PhoneContext)
	if at >= 0 {
		context = phoneContext(raw[at+len(rfc3966PhoneContext):])
		if context == "" || !syntax().globalNumber.MatchString(context) && !syntax().domainName.MatchString(context) {
			return "", false
		}
	}
	if at > 0 {
		if context[0] == '+' {
			s = context
		}
		from := 0
		if i := strings.Index(raw, rfc3966Prefix); i >= 0 && i < at {
			from = i + len(rfc3966Prefix)
		}
		s += raw[from:at]
	} else {
		// No tel: URI with a phone context, or one with nothing before it.
		s = possibleNumber(raw)
	}
	if i := strings.Index(s, rfc3966Subaddress); i > 0 {
		s = s[:i]
	}
	return s, true
}

// phoneContext is the value of a tel: URI's phone-context parameter, given
// what follows its name.
func phoneContext(after string) string {
	if i := strings.IndexByte(after, ';'); i >= 0 {
		return after[:i]
	}
	return after
}

// possibleNumber is raw from its first digit or plus sign, cut before a
// second number ("x302/x2303").
func possibleNumber(raw string) string {
	start := strings.IndexFunc(raw, func(r rune) bool { return strings.ContainsRune(plusSigns, r) || unicode.IsDigit(r) })
	if start < 0 {
		return ""
	}
	s := raw[start:]
	if plain(s) {
		return s
	}
	if loc := syntax().unwantedEnd.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	if loc := syntax().secondNumber.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	return s
}

// viable reports whether s looks like a phone number: two digits, or at
// least three among punctuation, then digits, letters and punctuation,
// and maybe an extension.
func viable(s string) bool {
	if len(s) < minNational {
		return false
	}
	if plain(s) {
		// Two digits, or pluses then three digits or more among the
		// punctuation.
		n := 0
		for _, c := range []byte(s) {
			if '0' <= c && c <= '9' {
				n++
			}
		}
		if n == len(s) && n == 2 {
			return true
		}
		return n >= 3 && !strings.ContainsAny(strings.TrimLeft(s, "+"), "+")
	}
	return syntax().viable.MatchString(s)
}

// plain reports whether s holds only ASCII digits, plus signs and the
// commonest punctuation (space - . ( ) /), as most typed numbers do: the
// patterns of extensions, second numbers and trailing junk need other
// characters, so that such text is read without them (and without
// compiling them).
func plain(s string) bool {
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || strings.IndexByte("+ -.()/", c) >= 0) {
			return false
		}
	}
	return true
}

// withoutExtension is s without an extension at its end, if what precedes
// the extension is itself viable.
func withoutExtension(s string) string {
	if plain(s) {
		return s
	}
	if loc := syntax().extension.FindStringIndex(s); loc != nil && viable(s[:loc[0]]) {
		return s[:loc[0]]
	}
	return s
}

// The patterns that read any number, compiled at the first number.
const (
	digit = `\p{Nd}`
	// punctuation found between a number's digits: dashes, spaces, dots,
	// slashes, brackets, tildes (wait for the tone), and x (a placeholder
	// for a carrier code).
	punctuation = `\-x\x{2010}-\x{2015}\x{2212}\x{30FC}\x{FF0D}-\x{FF0F} \x{00A0}\x{00AD}\x{200B}\x{2060}\x{3000}()\x{FF08}\x{FF09}\x{FF3B}\x{FF3D}.\[\]/~\x{2053}\x{223C}\x{FF5E}`
)

// extensionDigits are an extension's digits, at most n, after its label:
// maybe a colon or dot, spaces, commas or dashes, and maybe a closing "#".
func extensionDigits(n int) string {
	return `[:.\x{FF0E}]?[ \x{00A0}\t,\-]*(` + digit + `{1,` + strconv.Itoa(n) + `})#?`
}

// extensionPattern matches the ways an extension is written after a
// number: ";ext=12" (RFC 3966), "ext. 12", "x12", "#12", "- 503#", ",,12",
// ";12".
func extensionPattern() string {
	end := extensionDigits
	return strings.Join([]string{
		`;ext=(` + digit + `{1,20})`,
		`[ \x{00A0}\t,]*(?:e?xt(?:ensi(?:o\x{0301}?|\x{00F3}))?n?|\x{FF45}?\x{FF58}\x{FF54}\x{FF4E}?|\x{0434}\x{043E}\x{0431}|anexo)` + end(20),
		`[ \x{00A0}\t,]*(?:[x\x{FF58}#\x{FF03}~\x{FF5E}]|int|\x{FF49}\x{FF4E}\x{FF54})` + end(9),
		`[\- ]+(` + digit + `{1,6})#`,
		`[ \x{00A0}\t]*(?:,{2}|;)` + end(15),
		`[ \x{00A0}\t]*,+` + end(9),
	}, "|")
}

type patterns struct {
	unwantedEnd, secondNumber, viable, extension, globalNumber, domainName *regexp.Regexp
}

var syntax = sync.OnceValue(func() *patterns {
	ext := extensionPattern()
	alnum := `A-Za-z` + digit
	return &patterns{
		// The library's pattern of trailing characters to drop, written
		// for Java's class intersection, reads in Go as any character,
		// "&&", one that is not "#", then closing brackets; kept so.
		unwantedEnd:  regexp.MustCompile(`(?s).&&[^#]\]+$`),
		secondNumber: regexp.MustCompile(`[\\/] *x`),
		viable: regexp.MustCompile(`(?i)^(?:` + digit + `{2}|[` + plusSigns + `]*(?:[` + punctuation + `*]*` + digit + `){3,}[` +
			punctuation + `*A-Za-z` + digit + `]*(?:` + ext + `)?)$`),
		extension:    regexp.MustCompile(`(?i)(?:` + ext + `)$`),
		globalNumber: regexp.MustCompile(`^\+[` + digit + `\-.()]*` + digit + `[` + digit + `\-.()]*$`),
		domainName:   regexp.MustCompile(`^(?:[` + alnum + `]+(?:-*[` + alnum + `])*\.)*[A-Za-z]+(?:-*[` + alnum + `])*\.?$`),
	}
})

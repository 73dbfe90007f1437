package screen

import (
	"strings"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Throwaway services appear faster than any list, and many are named
// like anything else ("vexbiq.com"); what they cannot hide is the address
// their generator hands out. A generator makes a pronounceable nonsense
// word and a number ("xotira4817", "fewatij832", letters that alternate
// consonant and vowel, then three to five digits) or a random run of
// letters and digits ("q7t2m9xk"). People pick addresses from their name,
// their firm or a word they like, with a year or a favourite number.
//
// The shape alone would catch a person whose nickname happens to
// alternate ("tiger123"), so the address counts only when nothing else
// explains it: the address shares no run of letters with the sender's
// name (madeFromName), the domain is no free-mail provider, well-known
// domain or allowed domain, and the domain is not the sender's company's
// own. A small real provider whose user typed their name is never
// touched; one whose user picked a random handle is, which is what the
// `--network` MX check cannot tell apart either.

// generatedMinDigits and generatedMaxDigits bound the number after a
// generator's word: two digits are a person's ("anna84").
const (
	generatedMinDigits = 3
	generatedMaxDigits = 5
	// generatedWordMin and generatedWordMax bound its word.
	generatedWordMin = 5
	generatedWordMax = 8
	// randomLocalMin is the shortest random run of letters and digits,
	// and randomSwitches how often it must switch between the two.
	randomLocalMin = 8
	randomSwitches = 4
)

// generatedLocal describes a local part shaped as a throwaway
// generator's, or returns "".
func generatedLocal(local string) string {
	local = strings.ToLower(local)
	word := strings.TrimRight(local, "0123456789")
	digits := local[len(word):]
	if n := len(digits); n >= generatedMinDigits && n <= generatedMaxDigits && !isYear(digits) && alternatesCV(word) {
		return "a made-up word and a number"
	}
	if randomRun(local) {
		return "a random run of letters and digits"
	}
	return ""
}

// isYear reports a four-digit number that reads as a year of birth or
// of founding (1900-2099).
func isYear(d string) bool {
	return len(d) == 4 && (strings.HasPrefix(d, "19") || strings.HasPrefix(d, "20"))
}

// alternatesCV reports whether w is generatedWordMin..generatedWordMax
// ASCII letters whose consonants and vowels strictly alternate.
func alternatesCV(w string) bool {
	if len(w) < generatedWordMin || len(w) > generatedWordMax {
		return false
	}
	prev := 0 // 1 vowel, 2 consonant
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
		kind := 2
		if strings.IndexByte("aeiou", c) >= 0 {
			kind = 1
		}
		if kind == prev {
			return false
		}
		prev = kind
	}
	return true
}

// randomRun reports an ASCII run of randomLocalMin or more letters and
// digits, three or more of each, that switches between them at least
// randomSwitches times ("q7t2m9xk"; not "anna1984", not "k2v8").
func randomRun(local string) bool {
	if len(local) < randomLocalMin {
		return false
	}
	letters, digits, switches := 0, 0, 0
	for i := 0; i < len(local); i++ {
		c := local[i]
		isDigit := isASCIIDigit(c)
		switch {
		case isDigit:
			digits++
		case c >= 'a' && c <= 'z':
			letters++
		default:
			return false
		}
		if i > 0 && isDigit != isASCIIDigit(local[i-1]) {
			switches++
		}
	}
	return letters >= 3 && digits >= 3 && switches >= randomSwitches
}

// generatedAddress explains why an address at a domain no list knows was
// handed out by a throwaway generator, or returns "" (see above). dom is
// the address's domain, lower case.
func generatedAddress(local, dom string, f *lead.Fields) string {
	shape := generatedLocal(local)
	if shape == "" || has(wellKnownDomains, dom) {
		return ""
	}
	if madeFromName(local, f.FirstName, f.LastName) || domainOfCompany(dom, f.Company) {
		return ""
	}
	return shape
}

// domainOfCompany reports whether the first label of dom shares a run of
// nameRunLen letters with the company's name: the firm's own domain.
func domainOfCompany(dom, company string) bool {
	label, _, _ := strings.Cut(dom, ".")
	return company != "" && madeFromName(label, company, "")
}

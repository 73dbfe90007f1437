package domains

import "strings"

// tldTypos maps mistyped top-level domains that do not exist to the one
// meant. They are corrected on any domain ("acme.con" -> "acme.com").
var tldTypos = map[string]string{
	"con": "com", "cmo": "com", "ocm": "com", "vom": "com", "xom": "com",
	"cpm": "com", "comm": "com", "coom": "com", "c0m": "com", "cim": "com",
	"clm": "com", "cok": "com", "comn": "com", "coml": "com",
	"nte": "net", "ent": "net", "nett": "net", "ner": "net", "met": "net",
	"ogr": "org", "orgg": "org", "prg": "org", "irg": "org",
}

// Suggest returns the domain the user most likely meant when domain looks
// like a typo of a popular mailbox domain ("gmial.com" -> "gmail.com",
// "gmail.con" -> "gmail.com", "hotmial.com" -> "hotmail.com") or carries a
// mistyped, non-existent TLD ("acme.con" -> "acme.com"). It never suggests
// for a popular domain itself, nor for a listed free-mail or reserved
// domain, which are real (or deliberately unreal) as typed, nor for a
// listed disposable domain unless it is a typo-squat of a popular one: the
// disposable list carries such domains ("gmial.com", "hotmial.com"), and
// for them both IsDisposable and Suggest answer yes.
func Suggest(domain string) (suggestion string, ok bool) {
	d := Normalize(domain)
	return suggest(get(), d, func() bool { return IsFreeMail(d) || IsReserved(d) })
}

// suggest is Suggest for a normalized domain d; realAsTyped reports
// whether d is a listed free-mail or a reserved domain, and is asked only
// when the answer matters.
func suggest(l *lists, d string, realAsTyped func() bool) (string, bool) {
	if d == "" || !strings.Contains(d, ".") {
		return "", false
	}
	if _, pop := l.popularSet[d]; pop {
		return "", false
	}
	i := strings.LastIndexByte(d, '.')
	name, tld := d[:i], d[i+1:]
	if fixed, typo := tldTypos[tld]; typo {
		d = name + "." + fixed
		if _, pop := l.popularSet[d]; pop {
			return d, true
		}
		// A fixed TLD on a non-popular domain stands on its own, unless
		// the rest is also a typo of a popular domain.
		if s, ok := nearestPopular(l, d); ok {
			return s, true
		}
		return d, true
	}
	if realAsTyped() {
		return "", false
	}
	// nearestPopular never answers for a domain far from every popular
	// one, so a disposable domain gets a suggestion only as a typo-squat.
	return nearestPopular(l, d)
}

// nearestPopular finds the popular domain closest to d by restricted
// Damerau-Levenshtein distance: at most 1, or 2 for domains of 13
// characters or more. Short popular domains (under 9 characters, such as
// "aol.com" or "me.com") are matched only through a TLD typo, since single
// edits of them are mostly other real domains. Ties go to the more popular.
func nearestPopular(l *lists, d string) (string, bool) {
	best, bestDist := "", 3
	for _, p := range l.popular {
		if len(p) < 9 {
			continue
		}
		limit := 1
		if len(p) >= 13 {
			limit = 2
		}
		if abs(len(p)-len(d)) > limit {
			continue
		}
		if dist := osaDistance(d, p, limit); dist <= limit && dist < bestDist && dist > 0 {
			best, bestDist = p, dist
		}
	}
	return best, best != ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// osaDistance is the optimal-string-alignment (restricted Damerau-
// Levenshtein) distance between a and b over bytes, giving up early with
// limit+1 once every alignment exceeds limit. Domains are ASCII (IDNs
// arrive in punycode), so bytes are letters.
func osaDistance(a, b string, limit int) int {
	// Three rows of the dynamic-programming table: two back, one back and
	// the current one (the transposition looks two rows back). Domains
	// are short: the rows fit on the stack.
	var small [3 * 64]int
	rows := small[:0]
	if n := 3 * (len(b) + 1); n <= len(small) {
		rows = small[:n]
	} else {
		rows = make([]int, n)
	}
	prev2, prev, cur := rows[:len(b)+1], rows[len(b)+1:2*(len(b)+1)], rows[2*(len(b)+1):]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

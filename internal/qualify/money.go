package qualify

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// amount is a sum of money found in free text.
type amount struct {
	raw      string  // the text it was read from
	value    float64 // yearly amount in currency, per the range point
	low      float64 // yearly low end (equal to high for a single amount)
	high     float64 // yearly high end
	currency string  // ISO code, "" when not written
	monthly  bool
}

// Range points.
const (
	rangeLow = iota
	rangeMid
	rangeHigh
)

type tokenValue struct {
	tok string
	val float64
}

type tokenCode struct {
	tok  string
	code string
}

// multipliers follow a number: "25k", "1.5 Mio", "10 lakh".
var multipliers = []tokenValue{
	{"thousand", 1e3}, {"tausend", 1e3}, {"mille", 1e3}, {"mil", 1e3}, {"tsd", 1e3},
	{"tys", 1e3}, {"k", 1e3},
	{"millions", 1e6}, {"million", 1e6}, {"millionen", 1e6}, {"millones", 1e6},
	{"millón", 1e6}, {"millon", 1e6}, {"milhões", 1e6}, {"milhão", 1e6}, {"milhoes", 1e6},
	{"milhao", 1e6}, {"milioni", 1e6}, {"milione", 1e6}, {"miljoenen", 1e6},
	{"miljoen", 1e6}, {"milionów", 1e6}, {"miliony", 1e6}, {"milion", 1e6}, {"mio", 1e6},
	{"mln", 1e6}, {"mm", 1e6}, {"mn", 1e6}, {"m", 1e6},
	{"billion", 1e9}, {"milliard", 1e9}, {"mrd", 1e9}, {"bn", 1e9},
	{"lakhs", 1e5}, {"lakh", 1e5}, {"lacs", 1e5}, {"lac", 1e5},
	{"crores", 1e7}, {"crore", 1e7}, {"cr", 1e7},
	{"万", 1e4}, {"億", 1e8}, {"亿", 1e8},
}

// currencyBefore are written before the number ("$25k", "USD 40000").
var currencyBefore = []tokenCode{
	{"us$", "USD"}, {"usd", "USD"}, {"ca$", "CAD"}, {"c$", "CAD"}, {"cad", "CAD"},
	{"au$", "AUD"}, {"a$", "AUD"}, {"aud", "AUD"}, {"r$", "BRL"}, {"brl", "BRL"},
	{"nz$", "NZD"}, {"s$", "SGD"}, {"mx$", "MXN"}, {"$", "USD"},
	{"€", "EUR"}, {"eur", "EUR"}, {"£", "GBP"}, {"gbp", "GBP"}, {"chf", "CHF"},
	{"fr.", "CHF"}, {"cn¥", "CNY"}, {"rmb", "CNY"}, {"¥", "JPY"}, {"jpy", "JPY"},
	{"₹", "INR"}, {"inr", "INR"}, {"rs.", "INR"}, {"rs", "INR"}, {"pln", "PLN"},
	{"₩", "KRW"},
}

// currencyAfter are written after the number ("25.000 €", "50 000 zł").
var currencyAfter = []tokenCode{
	{"€", "EUR"}, {"euros", "EUR"}, {"euro", "EUR"}, {"eur", "EUR"},
	{"$", "USD"}, {"usd", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
	{"£", "GBP"}, {"gbp", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"},
	{"chf", "CHF"}, {"franken", "CHF"}, {"francs", "CHF"}, {"fr.", "CHF"},
	{"jpy", "JPY"}, {"yen", "JPY"}, {"円", "JPY"}, {"¥", "JPY"},
	{"inr", "INR"}, {"rupees", "INR"}, {"₹", "INR"},
	{"brl", "BRL"}, {"reais", "BRL"}, {"cad", "CAD"}, {"aud", "AUD"},
	{"pln", "PLN"}, {"złotych", "PLN"}, {"zlotych", "PLN"}, {"zloty", "PLN"},
	{"zł", "PLN"}, {"zl", "PLN"}, {"sek", "SEK"}, {"nok", "NOK"}, {"dkk", "DKK"},
	{"czk", "CZK"}, {"kč", "CZK"}, {"huf", "HUF"}, {"mxn", "MXN"}, {"cny", "CNY"},
	{"rmb", "CNY"}, {"yuan", "CNY"}, {"元", "CNY"}, {"sgd", "SGD"}, {"nzd", "NZD"},
	{"zar", "ZAR"}, {"krw", "KRW"}, {"₩", "KRW"},
}

// monthWords mark a monthly amount, multiplied by 12.
var monthWords = []string{
	"/month", "/mo", "/mth", "/m", "per month", "a month", "monthly", "each month",
	"pro monat", "im monat", "monatlich", "/monat", "par mois", "/mois", "mensuel",
	"mensuels", "al mes", "por mes", "/mes", "mensual", "mensuales", "por mês", "mensal",
	"mensais", "al mese", "/mese", "mensile", "per maand", "/maand", "maandelijks",
	"miesięcznie", "na miesiąc", "/miesiąc", "/mc",
}

var rangeWords = []string{"-", "–", "—", "~", "to", "bis", "à", "a", "até", "ate", "al", "tot", "do"}

var andWords = []string{"and", "und", "et", "y", "e", "en", "i"}

var betweenWords = []string{"between", "zwischen", "entre", "tra", "tussen", "miedzy", "między"}

var budgetWords = []string{"budget", "budżet", "presupuesto", "orçamento", "orcamento"}

// unitWords after a bare "25k" mean it counts something other than money.
var unitWords = map[string]bool{
	"users": true, "user": true, "seats": true, "licenses": true, "licences": true,
	"customers": true, "clients": true, "visitors": true, "visits": true, "leads": true,
	"contacts": true, "records": true, "rows": true, "emails": true, "members": true,
	"downloads": true, "subscribers": true, "followers": true, "views": true,
	"pageviews": true, "requests": true, "transactions": true, "orders": true,
	"products": true, "items": true, "devices": true, "sites": true, "locations": true,
	"stores": true, "nutzer": true, "kunden": true, "utilisateurs": true, "usuarios": true,
	"clientes": true, "utenti": true, "gebruikers": true, "klanten": true,
	"uzytkownikow": true, "km": true, "miles": true, "sq": true, "m2": true,
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if s[i] < 0x80 {
		c := s[i] | 0x20
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) && !isCJK(r)
}

// letterBefore reports whether a letter ends at s[:i].
func letterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if s[i-1] < 0x80 {
		c := s[i-1] | 0x20
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) && !isCJK(r)
}

// spaceLen returns the length of a space character at s[i], or 0.
func spaceLen(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case s[i] == ' ' || s[i] == '\t':
		return 1
	case strings.HasPrefix(s[i:], "\u00a0"):
		return 2
	case strings.HasPrefix(s[i:], "\u202f"), strings.HasPrefix(s[i:], "\u2009"):
		return 3
	}
	return 0
}

func skipSpaces(s string, i int) int {
	for {
		n := spaceLen(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// wordAt matches tok at s[i] where a token made of letters must not be
// followed by another letter.
func wordAt(s string, i int, tok string) bool {
	if !strings.HasPrefix(s[i:], tok) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(tok)
	if unicode.IsLetter(last) && !isCJK(last) && letterAt(s, i+len(tok)) {
		return false
	}
	return true
}

// numberEnd scans a number with grouping and decimal separators from s[i].
func numberEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if isDigit(s[j]) {
			j++
			continue
		}
		sep := 0
		switch {
		case s[j] == '.' || s[j] == ',':
			sep = 1
		case s[j] == '\'':
			sep = 1
		case strings.HasPrefix(s[j:], "’"):
			sep = 3
		default:
			sep = spaceLen(s, j)
			if sep > 0 && s[j] == '\t' {
				sep = 0
			}
		}
		if sep == 0 || j+sep >= len(s) || !isDigit(s[j+sep]) {
			break
		}
		if s[j] != '.' && s[j] != ',' {
			// apostrophes and spaces group exactly three digits
			k := j + sep
			n := 0
			for k < len(s) && isDigit(s[k]) {
				k++
				n++
			}
			if n != 3 {
				break
			}
		}
		j += sep
	}
	return j
}

// parseNumber reads "25.000", "25,000.50", "1,5", "50 000", "30'000": a
// single separator followed by exactly three digits groups thousands, any
// other last separator is the decimal point.
func parseNumber(raw string) (float64, bool) {
	b := make([]byte, 0, 48) // at most 48 digits and separators are read
	dots, commas, lastDot, lastComma := 0, 0, -1, -1
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case isDigit(c):
		case c == '.':
			dots++
			lastDot = len(b)
		case c == ',':
			commas++
			lastComma = len(b)
		default:
			continue
		}
		if len(b) == 48 {
			return 0, false
		}
		b = append(b, c)
	}
	dec := -1
	switch {
	case dots > 0 && commas > 0:
		dec = max(lastDot, lastComma)
	case dots == 1 || commas == 1:
		p := max(lastDot, lastComma)
		if len(b)-p-1 != 3 {
			dec = p
		}
	}
	out := make([]byte, 0, len(b))
	for i, c := range b {
		switch {
		case i == dec:
			out = append(out, '.')
		case c == '.' || c == ',':
		default:
			out = append(out, c)
		}
	}
	v, err := strconv.ParseFloat(string(out), 64)
	return v, err == nil
}

type numPart struct {
	start, end int
	n          float64
	mult       float64
	cur        string
}

// readNumber reads a number at s[i] with an optional multiplier and a
// currency after it.
func readNumber(s string, i int) (numPart, bool) {
	j := numberEnd(s, i)
	n, ok := parseNumber(s[i:j])
	if !ok {
		return numPart{}, false
	}
	p := numPart{start: i, end: j, n: n}
	k := skipSpaces(s, j)
	for _, m := range multipliers {
		if wordAt(s, k, m.tok) {
			p.mult = m.val
			p.end = k + len(m.tok)
			if p.end < len(s) && s[p.end] == '.' && !(p.end+1 < len(s) && isDigit(s[p.end+1])) {
				p.end++ // "Mio.", "Tsd."
			}
			break
		}
	}
	k = skipSpaces(s, p.end)
	for _, c := range currencyAfter {
		if wordAt(s, k, c.tok) {
			p.cur = c.code
			p.end = k + len(c.tok)
			break
		}
	}
	return p, true
}

// currencyEndingAt finds a currency written just before s[i].
func currencyEndingAt(s string, i int) (string, int) {
	p := i
	for k := 0; k < 2; k++ {
		if p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
			p--
		} else if strings.HasSuffix(s[:p], "\u00a0") {
			p -= 2
		}
	}
	for _, c := range currencyBefore {
		if strings.HasSuffix(s[:p], c.tok) {
			st := p - len(c.tok)
			r, _ := utf8.DecodeRuneInString(c.tok)
			if unicode.IsLetter(r) && letterBefore(s, st) {
				continue
			}
			return c.code, st
		}
	}
	return "", i
}

func hasAnyBefore(s string, i, window int, words []string) bool {
	lo := max(0, i-window)
	for _, w := range words {
		if strings.Contains(s[lo:i], w) {
			return true
		}
	}
	return false
}

// findAmount returns the first sum of money in s. With bare set (the budget
// field) numbers without currency or multiplier count; in a message they
// count only next to a currency, a multiplier not followed by a unit word,
// or the word "budget". The amount quotes s, or its lower-case form when
// lower-casing changed byte offsets.
func findAmount(s string, bare bool, rangePoint int) (amount, bool) {
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		s = ls
	}
	for i := 0; i < len(ls); i++ {
		if !isDigit(ls[i]) {
			continue
		}
		cur, start := currencyEndingAt(ls, i)
		if cur == "" && letterBefore(ls, i) {
			for i < len(ls) && (isDigit(ls[i]) || ls[i] == '.' || ls[i] == ',') {
				i++
			}
			continue
		}
		a, ok := readNumber(ls, i)
		if !ok {
			continue
		}
		if a.cur == "" {
			a.cur = cur
		}
		// range
		var b numPart
		haveB := false
		k := skipSpaces(ls, a.end)
		conn := false
		for _, w := range rangeWords {
			if wordAt(ls, k, w) {
				k += len(w)
				conn = true
				break
			}
		}
		if !conn && hasAnyBefore(ls, start, 24, betweenWords) {
			for _, w := range andWords {
				if wordAt(ls, k, w) {
					k += len(w)
					conn = true
					break
				}
			}
		}
		if conn {
			k = skipSpaces(ls, k)
			c2, _ := "", 0
			for _, c := range currencyBefore {
				if strings.HasPrefix(ls[k:], c.tok) {
					c2 = c.code
					k = skipSpaces(ls, k+len(c.tok))
					break
				}
			}
			if k < len(ls) && isDigit(ls[k]) {
				if nb, ok := readNumber(ls, k); ok {
					if nb.cur == "" {
						nb.cur = c2
					}
					b, haveB = nb, true
				}
			}
		}
		m1, m2 := a.mult, b.mult
		if m1 == 0 && haveB && m2 > 0 {
			m1 = m2
		}
		if m1 == 0 {
			m1 = 1
		}
		if m2 == 0 {
			m2 = m1
		}
		lo, hi := a.n*m1, a.n*m1
		end := a.end
		currency := a.cur
		if haveB && b.n*m2 >= lo {
			hi = b.n * m2
			end = b.end
			if currency == "" {
				currency = b.cur
			}
		} else {
			haveB = false
		}
		// accept?
		hasMult := a.mult > 0 || (haveB && b.mult > 0)
		accepted := currency != "" || bare
		if !accepted && hasMult {
			w := nextWord(ls, end)
			accepted = !unitWords[w] && !isEmployeeWord(w)
		}
		if !accepted && hasAnyBefore(ls, start, 30, budgetWords) {
			accepted = true
		}
		if accepted && currency == "" && !hasMult && !haveB && lo >= 1900 && lo <= 2100 && lo == float64(int(lo)) && end-i == 4 {
			accepted = false // a year
		}
		if accepted && bare && currency == "" && !hasMult && isEmployeeWord(nextWord(ls, end)) {
			accepted = false
		}
		if !accepted || hi <= 0 {
			i = end - 1
			continue
		}
		monthly := false
		pk := skipSpaces(ls, end)
		for _, w := range monthWords {
			if wordAt(ls, pk, w) {
				monthly = true
				end = pk + len(w)
				break
			}
		}
		if monthly {
			lo *= 12
			hi *= 12
		}
		v := lo
		switch rangePoint {
		case rangeMid:
			v = (lo + hi) / 2
		case rangeHigh:
			v = hi
		}
		return amount{raw: strings.TrimSpace(s[start:end]), value: v, low: lo, high: hi, currency: currency, monthly: monthly}, true
	}
	return amount{}, false
}

// nextWord returns the lower-case word after s[i:], skipping spaces.
func nextWord(s string, i int) string {
	i = skipSpaces(s, i)
	j := i
	for j < len(s) && (letterAt(s, j) || isDigit(s[j])) {
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	if j == i && i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isCJK(r) {
			return s[i : i+n]
		}
	}
	return s[i:j]
}

var employeeSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range employeeWords {
		m[w] = true
	}
	return m
}()

func isEmployeeWord(w string) bool {
	if employeeSet[w] {
		return true
	}
	return employeeSet[normalize(w)]
}

// findHeadCount reads an employee count: "300", "11-50", "1000+", "about
// 300 employees", "5k". In a message (bare false) the number must be
// followed by a word for employees. It returns the representative count:
// the midpoint of a range, N+1 for "N+".
func findHeadCount(s string, bare bool) (int, bool) {
	if !strings.ContainsAny(s, "0123456789") {
		return 0, false // most messages give no number at all
	}
	ls := strings.ToLower(s)
	for i := 0; i < len(ls); i++ {
		if !isDigit(ls[i]) || letterBefore(ls, i) || (i > 0 && isDigit(ls[i-1])) {
			continue
		}
		a, ok := readNumber(ls, i)
		if !ok || a.cur != "" {
			i = a.end
			continue
		}
		if a.mult == 0 {
			a.mult = 1
		}
		v := a.n * a.mult
		end := a.end
		plus := false
		k := skipSpaces(ls, end)
		if k < len(ls) && ls[k] == '+' {
			plus = true
			end = k + 1
		} else {
			for _, w := range rangeWords {
				if wordAt(ls, k, w) {
					k = skipSpaces(ls, k+len(w))
					if k < len(ls) && isDigit(ls[k]) {
						if b, ok := readNumber(ls, k); ok && b.cur == "" {
							if b.mult == 0 {
								b.mult = 1
							}
							if hi := b.n * b.mult; hi >= v {
								v = (v + hi) / 2
								end = b.end
							}
						}
					}
					break
				}
			}
		}
		w := nextWord(ls, end)
		if !bare && !isEmployeeWord(w) {
			i = end - 1
			continue
		}
		if plus {
			v++
		}
		if v < 1 {
			return 0, false
		}
		return int(v), true
	}
	return 0, false
}

package qualify

// This file keeps the amount and head-count readers as they were before
// their token lists were indexed and the message lowered once, as the
// reference TestMoneyReadersMatchReference holds them to.

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// multiplierFirst and currencyAfterFirst mark the bytes that a multiplier
// or a trailing currency token starts with (the old readNumber's filter).
var multiplierFirst, currencyAfterFirst = func() (m, c [256]bool) {
	for _, t := range multipliers {
		m[t.tok[0]] = true
	}
	for _, t := range currencyAfter {
		c[t.tok[0]] = true
	}
	return m, c
}()

// readNumberRef is the old readNumber: reads a number at s[i] with an optional multiplier and a
// currency after it.
func readNumberRef(s string, i int) (numPart, bool) {
	j := numberEnd(s, i)
	n, ok := parseNumber(s[i:j])
	if !ok {
		return numPart{}, false
	}
	p := numPart{start: i, end: j, n: n}
	k := skipSpaces(s, j)
	for _, m := range multipliers {
		if k >= len(s) || !multiplierFirst[s[k]] {
			break // no multiplier starts with this byte
		}
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
		if k >= len(s) || !currencyAfterFirst[s[k]] {
			break // no currency starts with this byte
		}
		if wordAt(s, k, c.tok) {
			p.cur = c.code
			p.end = k + len(c.tok)
			break
		}
	}
	return p, true
}

// currencyEndingAtRef is the old currencyEndingAt: finds a currency written just before s[i].
func currencyEndingAtRef(s string, i int) (string, int) {
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

// findAmountRef is the old findAmount: returns the first sum of money in s. With bare set (the budget
// field) numbers without currency or multiplier count; in a message they
// count only next to a currency, a multiplier not followed by a unit word,
// or the word "budget".
func findAmountRef(s string, bare bool, rangePoint int) (amount, bool) {
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		s = ls
	}
	for i := 0; i < len(ls); i++ {
		if !isDigit(ls[i]) {
			continue
		}
		cur, start := currencyEndingAtRef(ls, i)
		if cur == "" && letterBefore(ls, i) {
			for i < len(ls) && (isDigit(ls[i]) || ls[i] == '.' || ls[i] == ',') {
				i++
			}
			continue
		}
		a, ok := readNumberRef(ls, i)
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
				if nb, ok := readNumberRef(ls, k); ok {
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

// findHeadCountRef is the old findHeadCount: reads an employee count: "300", "11-50", "1000+", "about
// 300 employees", "5k". In a message (bare false) the number must be
// followed by a word for employees. It returns the representative count:
// the midpoint of a range, N+1 for "N+".
func findHeadCountRef(s string, bare bool) (int, bool) {
	ls := strings.ToLower(s)
	for i := 0; i < len(ls); i++ {
		if !isDigit(ls[i]) || letterBefore(ls, i) || (i > 0 && isDigit(ls[i-1])) {
			continue
		}
		a, ok := readNumberRef(ls, i)
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
						if b, ok := readNumberRef(ls, k); ok && b.cur == "" {
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

// moneyTexts returns texts for the money reader tests: the corpus
// messages and random texts built from the readers' own tokens.
func moneyTexts(t *testing.T) []string {
	var texts []string
	files, _ := filepath.Glob("../../testdata/corpus/*.jsonl")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var in struct {
				Fields map[string]string `json:"fields"`
			}
			if json.Unmarshal([]byte(line), &in) == nil && in.Fields["message"] != "" {
				texts = append(texts, in.Fields["message"])
			}
		}
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d corpus messages", len(texts))
	}
	texts = append(texts, equivBudgets...)
	texts = append(texts, equivSizes...)
	texts = append(texts, equivMessages...)
	var toks []string
	for _, m := range multipliers {
		toks = append(toks, m.tok, strings.ToUpper(m.tok))
	}
	for _, c := range currencyAfter {
		toks = append(toks, c.tok)
	}
	for _, c := range currencyBefore {
		toks = append(toks, c.tok, strings.ToUpper(c.tok))
	}
	toks = append(toks, rangeWords...)
	toks = append(toks, andWords...)
	toks = append(toks, betweenWords...)
	toks = append(toks, budgetWords...)
	toks = append(toks, monthWords...)
	toks = append(toks, employeeWords...)
	toks = append(toks, "users", "2025", "1.5", "25,000", "10 000", "30'000", "1’000", "+", " ", " ", "\u00a0", "\u202f", "\t", "x", "É", "ß", "中")
	r := rand.New(rand.NewPCG(21, 22))
	for range 30000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			if r.IntN(3) == 0 {
				b.WriteString(strconv.Itoa(r.IntN(200000)))
			} else {
				b.WriteString(toks[r.IntN(len(toks))])
			}
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestMoneyReadersMatchReference holds findAmount, findHeadCount and the
// lowered-once path Evaluate takes (lowerText into a buffer, findAmountIn,
// headCountIn) to the old readers.
func TestMoneyReadersMatchReference(t *testing.T) {
	found := 0
	for _, s := range moneyTexts(t) {
		var buf [msgBufSize]byte
		src, low := lowerText(buf[:0], s)
		for rp := rangeLow; rp <= rangeHigh; rp++ {
			for _, bare := range []bool{false, true} {
				want, wok := findAmountRef(s, bare, rp)
				got, ok := findAmount(s, bare, rp)
				in, iok := findAmountIn(src, low, bare, rp)
				if got != want || ok != wok || in != want || iok != wok {
					t.Fatalf("findAmount(%q, %v, %d) = %+v %v, in %+v %v; reference %+v %v", s, bare, rp, got, ok, in, iok, want, wok)
				}
				if ok {
					found++
				}
			}
		}
		for _, bare := range []bool{false, true} {
			want, wok := findHeadCountRef(s, bare)
			got, ok := findHeadCount(s, bare)
			in, iok := headCountIn(low, bare)
			if got != want || ok != wok || in != want || iok != wok {
				t.Fatalf("findHeadCount(%q, %v) = %d %v, in %d %v; reference %d %v", s, bare, got, ok, in, iok, want, wok)
			}
		}
	}
	if found < 10000 {
		t.Errorf("only %d amounts found: the comparison proves little", found)
	}
}

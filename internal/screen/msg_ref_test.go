package screen

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/wordtable"
)

// This file keeps messageDetector.Detect as it was before the one-pass
// message scan and the vocabulary ids: the reference the fast path is held
// to by msg_equiv_test.go.

// refFunctionWordTable is functionWords for refHasFunctionWords.
var refFunctionWordTable = wordtable.SetOf(functionWords)

// refHasFunctionWords is hasFunctionWords as it was: a table lookup per
// word.
func refHasFunctionWords(words []string) bool {
	need := max(2, (len(words)+9)/10)
	n := 0
	for _, w := range words {
		if len(w) <= 8 && refFunctionWordTable.Has(w) {
			if n++; n >= need {
				return true
			}
		}
	}
	return false
}

// refToLower is toLower as it was: strings.ToLower, lowering a short ASCII
// string in a stack buffer.
func refToLower(s string) string {
	var buf [512]byte
	if len(s) > len(buf) {
		return strings.ToLower(s)
	}
	b := buf[:len(s)]
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		b[i] = c
	}
	if !upper {
		return s
	}
	return string(b)
}

// refPhraseMatch is phraseSet.match as it was: words looked up by string
// in ps.first, phrase words compared as strings.
func refPhraseMatch(ps *phraseSet, words []string, lower string, cjk bool, h *phraseHits) {
	matchAt := func(p *phrase, i int) bool {
		if i+len(p.words) > len(words) {
			return false
		}
		for j, pw := range p.words {
			w := words[i+j]
			if stem, ok := strings.CutSuffix(pw, "*"); ok {
				if !strings.HasPrefix(w, stem) {
					return false
				}
			} else if w != pw {
				return false
			}
		}
		return true
	}
	covered := 0
	for i, w := range words {
		best, bestLen := int32(-1), 0
		consider := func(idx int32) {
			p := &ps.phrases[idx]
			if len(p.words) > bestLen && i+len(p.words) > covered && matchAt(p, i) {
				best, bestLen = idx, len(p.words)
			}
		}
		for _, idx := range ps.first[w] {
			consider(idx)
		}
		if len(w) >= 4 {
			for _, idx := range ps.prefix[prefixKey(w)] {
				consider(idx)
			}
		}
		if best >= 0 {
			h.add(ps, best)
			covered = max(covered, i+bestLen)
		}
	}
	if cjk {
		for _, idx := range ps.cjk {
			if strings.Contains(lower, ps.phrases[idx].text) {
				h.add(ps, idx)
			}
		}
	}
}

// refMessengerContactOld is messengerContact as it was, app lookups
// included.
func refMessengerContactOld(lower string, words []string, digits int) string {
	app := ""
	for _, w := range words {
		if has(messengerApps, w) && w != "wa" && w != "tg" && w != "signal" {
			app = w
			break
		}
	}
	if strings.Contains(lower, "t.me/") {
		return "telegram"
	}
	if strings.Contains(lower, "wa.me/") {
		return "whatsapp"
	}
	if app == "" {
		return ""
	}
	if digits >= 7 {
		return app
	}
	for i := 0; i+1 < len(lower); i++ {
		if lower[i] == '@' && (i == 0 || isASCIISpace(lower[i-1])) && ('a' <= lower[i+1] && lower[i+1] <= 'z' || '0' <= lower[i+1] && lower[i+1] <= '9') {
			return app
		}
	}
	return ""
}

// refSpamModelReason is spamModelReason as it was.
func refSpamModelReason(d messageDetector, in *Input, msg string) (lead.Reason, bool) {
	m := d.e.deps.SpamModel
	if m == nil {
		return lead.Reason{}, false
	}
	p := m.SpamProbability(msg)
	base := d.e.points[CodeSpamModel]
	var pts int
	switch {
	case p >= spamModelFull:
		pts = base
	case p >= spamModelHalf:
		pts = base / 2
	case p >= spamModelQuarter:
		pts = base / 4
	default:
		return lead.Reason{}, false
	}
	r := in.reason(CodeSpamModel, "the spam model scores the message "+strconv.FormatFloat(p, 'f', 3, 64))
	r.Points = pts
	return r, true
}

// refUnreadable is messageDetector.unreadable as it was.
func refUnreadable(d messageDetector, lower string, words []string, st *msgStats) string {
	if st.nonSpace < 20 {
		return ""
	}
	if st.letters*2 < st.nonSpace && st.digits*2 < st.nonSpace {
		return "the message is mostly symbols (" + strconv.Itoa(st.letters*100/st.nonSpace) + "% letters)"
	}
	if st.mixedWords >= 3 && st.mixedWords*5 >= st.words {
		return strconv.Itoa(st.mixedWords) + " words mix alphabets (look-alike characters)"
	}
	major := 0
	for sc, n := range st.scripts {
		if sc != scriptOther && n*100 >= st.letters*15 {
			major++
		}
	}
	if major >= 3 && st.letters >= 30 {
		return "the message mixes " + strconv.Itoa(major) + " alphabets"
	}
	if m := d.e.deps.Names; m != nil && st.letters >= 30 && !st.cjk && !refHasFunctionWords(words) {
		if m.Score(sample(lower, 200)) >= d.e.cfg.MessageGibberishAt {
			return "the message reads as keyboard mash"
		}
	}
	return ""
}

// refScan is the first part of Detect as it was: the lower-cased message,
// its words and its statistics, in two passes.
func refScan(msg string) (string, []string, msgStats) {
	lower := refToLower(msg)
	var words []string
	var st msgStats
	start, wordMask := -1, 0
	endWord := func(end int) {
		if start >= 0 {
			words = append(words, lower[start:end])
			st.words++
			if m := wordMask &^ (1 << scriptCJK) &^ (1 << scriptOther); m&(m-1) != 0 {
				st.mixedWords++
			}
		}
		start, wordMask = -1, 0
	}
	for _, r := range msg {
		if r < utf8.RuneSelf {
			switch c := byte(r); {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				continue
			case 'a' <= c && c <= 'z':
				st.letters++
				st.cased++
				st.scripts[scriptLatin]++
			case 'A' <= c && c <= 'Z':
				st.letters++
				st.cased++
				st.upper++
				st.scripts[scriptLatin]++
			case '0' <= c && c <= '9':
				st.digits++
			}
			st.nonSpace++
			continue
		}
		switch {
		case unicode.IsSpace(r):
			continue
		case unicode.IsLetter(r):
			st.letters++
			if unicode.IsUpper(r) {
				st.upper++
				st.cased++
			} else if unicode.IsLower(r) {
				st.cased++
			}
			sc := scriptOf(r)
			st.scripts[sc]++
			if sc == scriptCJK {
				st.cjk = true
			}
		case unicode.IsDigit(r):
			st.digits++
		}
		st.nonSpace++
	}
	for i, r := range lower {
		if r < utf8.RuneSelf {
			if c := byte(r); 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if start < 0 {
					start = i
				}
				if c >= 'a' {
					wordMask |= 1 << scriptLatin
				}
				continue
			}
			endWord(i)
			continue
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			if unicode.IsLetter(r) {
				wordMask |= 1 << scriptOf(r)
			}
			continue
		}
		endWord(i)
	}
	endWord(len(lower))
	return lower, words, st

}

// refDetect is messageDetector.Detect as it was.
func refDetect(d messageDetector, _ context.Context, in *Input) []lead.Reason {
	msg := strings.TrimSpace(in.Sub.Fields.Message)
	if msg == "" {
		return nil
	}
	lower, words, st := refScan(msg)

	var rs []lead.Reason
	add := func(code, detail string) { rs = append(rs, in.reason(code, detail)) }
	pts := func(code string) int { return d.e.points[code] }

	if n := countLinks(lower); n >= 2 {
		r := in.reason(CodeMessageLinks, strconv.Itoa(n)+" links in the message")
		r.Points = min(pts(CodeMessageLinks)*(n-1), 4*pts(CodeMessageLinks))
		rs = append(rs, r)
	}
	if m := findMarkup(lower); m != "" {
		add(CodeMarkupInMessage, "markup "+quote(m, 20)+" in the message")
	}
	if host := suspiciousLink(lower); host != "" {
		add(CodeSuspiciousLink, "link to "+quote(host, 40))
	}
	if app := refMessengerContactOld(lower, words, st.digits); app != "" {
		add(CodeMessengerContact, "asks to be contacted on "+app)
	}
	var hits phraseHits
	refPhraseMatch(d.e.phrases, words, lower, st.cjk, &hits)
	for cat, code := range [2]string{CodeSpamContent, CodeVendorPitch} {
		n := hits.n[cat]
		if n == 0 {
			continue
		}
		var shown []string
		for _, t := range hits.text[cat] {
			if t != "" {
				shown = append(shown, quote(t, 30))
			}
		}
		what := "spam phrases "
		if cat == int(catVendor) {
			what = "sales-pitch phrases "
		}
		r := in.reason(code, what+strings.Join(shown, ", "))
		base := pts(code)
		r.Points = min(base+(n-1)*base/2, 2*base)
		rs = append(rs, r)
	}
	if r, ok := refSpamModelReason(d, in, msg); ok {
		rs = append(rs, r)
	}
	if st.cased >= 20 && st.upper*10 >= st.cased*7 {
		add(CodeAllCaps, strconv.Itoa(st.upper*100/st.cased)+"% of the letters are capitals")
	}
	if why := refUnreadable(d, lower, words, &st); why != "" {
		add(CodeUnreadableMessage, why)
	}
	return rs
}

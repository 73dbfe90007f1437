package screen

import (
	"context"
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/swar"
)

// messageDetector checks the free-text message.
type messageDetector struct{ e *Engine }

func (messageDetector) Name() string { return DetMessage }

// Script groups for mixed-script detection.
const (
	scriptOther = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptCJK
	scriptThai
	scriptIndic
	numScripts
)

func scriptOf(r rune) int {
	switch {
	case r < 0x250:
		return scriptLatin
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional (Vietnamese)
		return scriptLatin
	case r >= 0x400 && r <= 0x52F:
		return scriptCyrillic
	case r >= 0x370 && r <= 0x3FF:
		return scriptGreek
	case r >= 0x600 && r <= 0x6FF, r >= 0x750 && r <= 0x77F, r >= 0xFB50 && r <= 0xFEFF:
		return scriptArabic
	case r >= 0x590 && r <= 0x5FF:
		return scriptHebrew
	case r >= 0xE00 && r <= 0xE7F:
		return scriptThai
	case r >= 0x900 && r <= 0xDFF:
		return scriptIndic
	case isCJK(r):
		return scriptCJK
	}
	return scriptOther
}

// msgStats are gathered in one pass over the message.
type msgStats struct {
	nonSpace, letters, digits, upper, cased int
	scripts                                 [numScripts]int
	words, mixedWords                       int
	cjk                                     bool
}

// Classes of ASCII bytes in a message, for msgScan.
const (
	mcOther = iota // punctuation and controls: ends a word
	mcSpace        // white space: ends a word, not counted
	mcLower        // a-z
	mcUpper        // A-Z
	mcDigit        // 0-9
)

// msgClass classifies the ASCII bytes.
var msgClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range []byte(" \n\t\r\v\f") {
		t[c] = mcSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = mcLower
		t[c-'a'+'A'] = mcUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = mcDigit
	}
	return t
}()

// scanMessage reads msg once, and returns its statistics, its lower-cased
// text (strings.ToLower), the spans of its words in that text (start and
// end offsets of the runs of isWordRune runes) and the vocabulary id of
// every word (0 for none), and whether msg is all ASCII (then the spans
// are also those of the runs of ASCII letters and digits in msg). It
// appends the lower-cased text to lb, the word spans to spans and their
// ids to ids: the caller's buffers, empty, which spare short messages
// allocations. Case and script statistics come from the
// runes of msg, words and their scripts from the lower-cased runes, as
// they would from strings.ToLower(msg). ToLower can change a rune's
// length, and writes U+FFFD for bytes that are not UTF-8, so offsets are
// those of the lower-cased text. Offsets are int32: a message is far
// shorter than 2 GB.
func scanMessage(msg string, v *vocab, lb []byte, spans [][2]int32, ids []int32) (st msgStats, lower string, _ [][2]int32, _ []int32, ascii bool) {
	if swar.IsASCII(msg) {
		st, lower, spans = scanASCIIMessage(msg, lb, spans)
		for _, sp := range spans {
			ids = append(ids, v.lookup(lower[sp[0]:sp[1]]))
		}
		return st, lower, spans, ids, true
	}
	ascii = true
	// Counts over ASCII bytes, kept apart from st so that they stay in
	// registers: letters (a-z, A-Z), capitals, digits, other non-space.
	var aLetters, aUpper, aDigits, aOther int
	words, mixed := 0, 0
	// The word being cut: its start in lb (-1 between words) and its
	// scripts.
	start, mask := -1, 0
	endWord := func(end int) {
		spans = append(spans, [2]int32{int32(start), int32(end)})
		words++
		if m := mask &^ (1 << scriptCJK) &^ (1 << scriptOther); m&(m-1) != 0 {
			mixed++
		}
		start, mask = -1, 0
	}
	changed := false
	for i := 0; i < len(msg); {
		c := msg[i]
		if c < utf8.RuneSelf {
			cls := msgClass[c]
			if cls < mcLower { // white space or punctuation ends a word
				if start >= 0 {
					endWord(len(lb))
				}
				if cls == mcOther {
					aOther++
				}
				lb = append(lb, c)
				i++
				continue
			}
			if start < 0 {
				start = len(lb)
			}
			// The ASCII letters and digits from here on.
			for {
				switch cls {
				case mcLower:
					aLetters++
					mask |= 1 << scriptLatin
				case mcUpper:
					aLetters++
					aUpper++
					c += 'a' - 'A'
					changed = true
					mask |= 1 << scriptLatin
				default:
					aDigits++
				}
				lb = append(lb, c)
				if i++; i == len(msg) {
					break
				}
				if c = msg[i]; c >= utf8.RuneSelf {
					break
				}
				if cls = msgClass[c]; cls < mcLower {
					break
				}
			}
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(msg[i:])
		i += size
		// The rune is classified once: lowering keeps a rune a letter
		// or not and a word rune or not, and changes only upper and
		// title case letters among letters, digits and white space
		// (TestLowerKeepsRuneClasses checks this over every rune).
		lr, letter, word := r, false, false
		switch {
		case unicode.IsSpace(r):
		case unicode.IsLetter(r):
			letter, word = true, true
			st.letters++
			if unicode.IsUpper(r) {
				st.upper++
				st.cased++
				lr = unicode.ToLower(r)
			} else if unicode.IsLower(r) {
				st.cased++
			} else if unicode.IsTitle(r) {
				lr = unicode.ToLower(r)
			}
			script := scriptOf(r)
			st.scripts[script]++
			if script == scriptCJK {
				st.cjk = true
			}
			st.nonSpace++
		case unicode.IsDigit(r):
			word = true
			st.digits++
			st.nonSpace++
		default:
			st.nonSpace++
			lr = unicode.ToLower(r)
			word = unicode.Is(unicode.Mn, r)
		}
		if lr != r || size == 1 { // size 1: not UTF-8, lowered to U+FFFD
			changed = true
		}
		pos := len(lb)
		lb = utf8.AppendRune(lb, lr)
		if !word {
			if start >= 0 {
				endWord(pos)
			}
			continue
		}
		if start < 0 {
			start = pos
		}
		if letter {
			mask |= 1 << scriptOf(lr)
		}
	}
	if start >= 0 {
		endWord(len(lb))
	}
	st.letters += aLetters
	st.cased += aLetters
	st.upper += aUpper
	st.scripts[scriptLatin] += aLetters
	st.digits += aDigits
	st.nonSpace += aLetters + aDigits + aOther
	st.words, st.mixedWords = words, mixed
	lower = msg
	if changed {
		lower = string(lb)
	}
	for _, sp := range spans {
		w := lower[sp[0]:sp[1]]
		ids = append(ids, v.lookup(w))
	}
	return st, lower, spans, ids, ascii
}

// scanASCIIMessage is scanMessage, without the vocabulary ids, for a msg
// of ASCII bytes only; lb and spans are empty. Every letter is Latin, so
// no word mixes scripts; a byte lower-cases to one byte, so offsets in the
// lower-cased text are those of msg. The lower-cased text is copied to lb
// only when msg has a capital; otherwise it is msg.
func scanASCIIMessage(msg string, lb []byte, spans [][2]int32) (st msgStats, lower string, _ [][2]int32) {
	// cnt counts the bytes of each class (mcOther ... mcDigit). The inner
	// loops keep little state, so that it stays in registers.
	var cnt [mcDigit + 1]int
	for i := 0; i < len(msg); {
		for ; i < len(msg); i++ { // white space and punctuation
			cls := msgClass[msg[i]&0x7f]
			if cls >= mcLower {
				break
			}
			cnt[cls]++
		}
		if i == len(msg) {
			break
		}
		start := i
		for ; i < len(msg); i++ { // a word
			cls := msgClass[msg[i]&0x7f]
			if cls < mcLower {
				break
			}
			cnt[cls]++
		}
		spans = append(spans, [2]int32{int32(start), int32(i)})
	}
	letters := cnt[mcLower] + cnt[mcUpper]
	st.letters, st.cased, st.upper = letters, letters, cnt[mcUpper]
	st.scripts[scriptLatin] = letters
	st.digits = cnt[mcDigit]
	st.nonSpace = letters + cnt[mcDigit] + cnt[mcOther]
	st.words = len(spans)
	if cnt[mcUpper] == 0 {
		return st, msg, spans
	}
	lb = append(lb, msg...)
	i := 0
	for ; i+8 <= len(msg); i += 8 {
		if x := swar.Load64(msg, i); swar.Capitals(x) != 0 {
			binary.LittleEndian.PutUint64(lb[i:], x|swar.Capitals(x)>>2)
		}
	}
	for ; i < len(lb); i++ {
		if c := lb[i]; 'A' <= c && c <= 'Z' {
			lb[i] = c + 'a' - 'A'
		}
	}
	return st, string(lb), spans
}

func (d messageDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	return d.appendReasons(ctx, in, nil)
}

// appendReasons implements reasonAppender.
func (d messageDetector) appendReasons(_ context.Context, in *Input, rs []lead.Reason) []lead.Reason {
	msg := strings.TrimSpace(in.Sub.Fields.Message)
	if msg == "" {
		return rs
	}
	ps := d.e.phrases
	var (
		lowerBuf [512]byte
		spanBuf  [128][2]int32
		idBuf    [128]int32
	)
	st, lower, spans, ids, ascii := scanMessage(msg, &ps.vocab, lowerBuf[:0], spanBuf[:0], idBuf[:0])

	add := func(code, detail string) { rs = append(rs, in.reason(code, detail)) }
	pts := func(code string) int { return d.e.points[code] }

	linky := mayHoldLink(lower)
	if linky {
		if n := countLinks(lower); n >= 2 {
			r := in.reason(CodeMessageLinks, strconv.Itoa(n)+" links in the message")
			r.Points = min(pts(CodeMessageLinks)*(n-1), 4*pts(CodeMessageLinks))
			rs = append(rs, r)
		}
	}
	if m := findMarkup(lower); m != "" {
		add(CodeMarkupInMessage, "markup "+quote(m, 20)+" in the message")
	}
	if linky {
		if host := suspiciousLink(lower); host != "" {
			add(CodeSuspiciousLink, "link to "+quote(host, 40))
		}
	}
	if app := messengerAt(lower, ps.vocab.firstApp(ids), st.digits); app != "" {
		add(CodeMessengerContact, "asks to be contacted on "+app)
	}
	var hits phraseHits
	ps.matchSpans(lower, spans, ids, st.cjk, &hits)
	for cat, code := range [2]string{CodeSpamContent, CodeVendorPitch} {
		n := hits.n[cat]
		if n == 0 {
			continue
		}
		what := "spam phrases "
		if cat == int(catVendor) {
			what = "sales-pitch phrases "
		}
		// The first three phrases, quoted, comma separated.
		detail := what + ps.phrases[hits.idx[cat][0]].quoted
		for _, idx := range hits.idx[cat][1:min(n, len(hits.idx[cat]))] {
			detail += ", " + ps.phrases[idx].quoted
		}
		r := in.reason(code, detail)
		base := pts(code)
		r.Points = min(base+(n-1)*base/2, 2*base)
		rs = append(rs, r)
	}
	if r, ok := d.spamModelReason(in, msg, ascii, spans); ok {
		rs = append(rs, r)
	}
	if st.cased >= 20 && st.upper*10 >= st.cased*7 {
		add(CodeAllCaps, strconv.Itoa(st.upper*100/st.cased)+"% of the letters are capitals")
	}
	if why := d.unreadable(lower, ids, &st); why != "" {
		add(CodeUnreadableMessage, why)
	}
	return rs
}

// unreadable explains why a message is garbage, or "". ids are the
// vocabulary ids of the message's words.
func (d messageDetector) unreadable(lower string, ids []int32, st *msgStats) string {
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
	if m := d.e.deps.Names; m != nil && st.letters >= 30 && !st.cjk && !d.e.phrases.vocab.hasFunctionWords(ids) {
		if m.Score(sample(lower, 200)) >= d.e.cfg.MessageGibberishAt {
			return "the message reads as keyboard mash"
		}
	}
	return ""
}

// functionWords are very common short words of major languages. Prose in
// those languages is full of them and keyboard mash never contains them, so
// a message with enough of them needs no character model.
var functionWords = setOf(
	"the", "and", "to", "of", "a", "in", "for", "is", "we", "you", "i", "our", "your", "it", "on", "with", "are", "be", "can", "this", "that", "would", "like", "please",
	"der", "die", "das", "und", "ist", "wir", "sie", "ein", "eine", "für", "mit", "nicht", "zu", "ich", "uns",
	"le", "la", "les", "et", "de", "des", "un", "une", "pour", "nous", "vous", "est", "je",
	"el", "los", "las", "y", "que", "en", "para", "por", "con", "es", "una", "del",
	"o", "e", "do", "da", "os", "em", "um", "uma", "não", "il", "di", "che", "per", "het", "een", "van", "en", "ik",
	"и", "в", "не", "на", "что", "с", "мы", "вы", "по", "для", "я",
	"في", "من", "على", "أن", "إلى", "و", "نحن", "هل",
	"và", "của", "có", "không", "cho", "chúng", "tôi", "là", "được",
)

// hasFunctionWords reports at least two function words making up a tenth of
// the words, given by their vocabulary ids.
func (v *vocab) hasFunctionWords(ids []int32) bool {
	need := max(2, (len(ids)+9)/10)
	n := 0
	for _, id := range ids {
		if v.flags(id)&vocabFunction != 0 {
			if n++; n >= need {
				return true
			}
		}
	}
	return false
}

// sample cuts s to at most n bytes at a word boundary.
func sample(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > n/2 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// countLinks counts white-space separated chunks that hold a URL: a scheme,
// a www. host, or a bare host with a common TLD. Email addresses are not
// links.
func countLinks(lower string) int {
	n := 0
	i := 0
	for i < len(lower) {
		for i < len(lower) && isASCIISpace(lower[i]) {
			i++
		}
		j := i
		for j < len(lower) && !isASCIISpace(lower[j]) {
			j++
		}
		if j > i && isLinkChunk(lower[i:j]) {
			n++
		}
		i = j
	}
	return n
}

// mayHoldLink reports whether any chunk of lower, however it is cut at
// white space, could pass isLinkChunk: that needs a ':' or a '.' followed
// by a letter, digit or non-ASCII byte. Most messages have neither, and
// then countLinks and suspiciousLink need not split them.
func mayHoldLink(lower string) bool {
	if strings.IndexByte(lower, ':') >= 0 {
		return true
	}
	for i := strings.IndexByte(lower, '.'); i >= 0 && i+1 < len(lower); {
		if n := lower[i+1]; 'a' <= n && n <= 'z' || '0' <= n && n <= '9' || n >= utf8.RuneSelf {
			return true
		}
		j := strings.IndexByte(lower[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isASCIISpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isLinkChunk(c string) bool {
	dot := false
	for i := strings.IndexByte(c, '.'); i >= 0 && i+1 < len(c); {
		if n := c[i+1]; 'a' <= n && n <= 'z' || '0' <= n && n <= '9' || n >= utf8.RuneSelf {
			dot = true // a dot inside the chunk, not ending a sentence
			break
		}
		j := strings.IndexByte(c[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if !dot && strings.IndexByte(c, ':') < 0 {
		return false
	}
	if strings.Contains(c, "://") || dot && strings.Contains(c, "www.") {
		return true
	}
	if !dot || strings.IndexByte(c, '@') >= 0 {
		return false
	}
	return isDomainToken(c)
}

// markupTags are the HTML elements spam uses.
var markupTags = setOf("a", "b", "i", "u", "p", "br", "hr", "div", "span", "img", "script", "iframe", "strong", "em", "font", "html", "body", "style", "table", "tr", "td", "h1", "h2", "h3", "ul", "ol", "li", "center", "marquee", "object", "embed", "form", "input", "meta", "link")

// findMarkup returns the first HTML tag or BBCode link in lower, or "".
func findMarkup(lower string) string {
	if strings.IndexByte(lower, '[') >= 0 { // every BBCode marker starts with [
		for _, bb := range [...]string{"[url", "[link", "[img]", "[/url]"} {
			if strings.Contains(lower, bb) {
				return bb
			}
		}
	}
	for i := 0; i < len(lower); i++ {
		if lower[i] != '<' {
			j := strings.IndexByte(lower[i:], '<')
			if j < 0 {
				break
			}
			i += j
		}
		j := i + 1
		if j < len(lower) && lower[j] == '/' {
			j++
		}
		k := j
		for k < len(lower) && ('a' <= lower[k] && lower[k] <= 'z' || '0' <= lower[k] && lower[k] <= '9') {
			k++
		}
		if k == j || k >= len(lower) {
			continue
		}
		if c := lower[k]; (c == '>' || c == ' ' || c == '/' || c == '\n') && has(markupTags, lower[j:k]) {
			end := min(len(lower), k+1)
			return lower[i:end]
		}
	}
	return ""
}

// abusedTLDs are top-level domains that cost next to nothing and that
// published abuse statistics (Spamhaus, SURBL) rank high for spam and
// phishing. Country domains are left out: a lead links its own .ru or .de
// site.
var abusedTLDs = setOf("xyz", "top", "click", "buzz", "shop", "site", "online", "icu", "cyou", "rest", "monster",
	"fun", "space", "store", "club", "bid", "loan", "win", "tk", "ml", "ga", "cf", "gq", "pw", "cam", "mom", "lol",
	"quest", "sbs", "cfd", "biz", "info", "work", "live", "today", "vip", "life", "kim", "men", "date", "racing",
	"review", "stream", "download", "country", "gdn", "party", "trade", "webcam")

// suspiciousLink returns the host of the first link in lower whose
// top-level domain is in abusedTLDs, or "".
func suspiciousLink(lower string) string {
	for chunk := range strings.FieldsSeq(lower) {
		if strings.IndexByte(chunk, '@') >= 0 || !isLinkChunk(chunk) {
			continue
		}
		host := chunk
		if i := strings.Index(host, "://"); i >= 0 {
			host = host[i+3:]
		}
		host = strings.Trim(host, "()[]<>{}\"'.,;:!?*")
		if i := strings.IndexAny(host, "/?#:"); i >= 0 {
			host = host[:i]
		}
		dot := strings.LastIndexByte(host, '.')
		if dot <= 0 {
			continue
		}
		if has(abusedTLDs, host[dot+1:]) {
			return host
		}
	}
	return ""
}

// messengerApps are chat apps spam asks to move the conversation to.
var messengerApps = setOf("telegram", "whatsapp", "wechat", "viber", "skype", "signal", "wa", "tg")

// firstApp returns the first of the words (by vocabulary id) that names a
// messenger app messengerContact counts, or "".
func (v *vocab) firstApp(ids []int32) string {
	for _, id := range ids {
		if v.flags(id)&vocabApp != 0 {
			return v.words[id-1]
		}
	}
	return ""
}

// messengerAt is messengerContact for a message whose first app word is
// app ("" for none).
func messengerAt(lower, app string, digits int) string {
	if strings.Contains(lower, ".me/") { // in both links below
		if strings.Contains(lower, "t.me/") {
			return "telegram"
		}
		if strings.Contains(lower, "wa.me/") {
			return "whatsapp"
		}
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

package screen

import (
	"math/rand/v2"
	"net/netip"
	"strconv"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// TestPhoneFirstDigitFilterIsSound checks that the first-digit filter of
// every compiled number description never rejects a number its regular
// expression matches, and that it does reject some (or it saves nothing).
func TestPhoneFirstDigitFilterIsSound(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	matched, filtered := 0, 0
	for region := range phonenumbers.GetSupportedRegions() {
		pr := regionMeta(region)
		if pr == nil {
			continue
		}
		descs := append([]phoneDesc{pr.general}, pr.types...)
		// Candidates: the example number and random digit strings of
		// each possible length.
		var cands []string
		if ex := phonenumbers.GetExampleNumber(region); ex != nil {
			cands = append(cands, phonenumbers.GetNationalSignificantNumber(ex))
		}
		for range 300 {
			n := 4 + r.IntN(10)
			var b strings.Builder
			for range n {
				b.WriteByte(byte('0' + r.IntN(10)))
			}
			cands = append(cands, b.String())
		}
		for _, d := range descs {
			for _, c := range cands {
				want := d.re.MatchString(c)
				plain := phoneDesc{re: d.re, first: allDigits}
				if got := d.match(c); got != (want && plain.lengthOK(d.lengths, c)) {
					t.Fatalf("%s: match(%q) = %v; regexp %v, lengths %v", region, c, got, want, d.lengths)
				}
				if want {
					matched++
					if d.first&(1<<(c[0]-'0')) == 0 {
						t.Fatalf("%s: pattern %s matches %q but its first digits are %010b", region, d.re, c, d.first)
					}
				} else if d.first&(1<<(c[0]-'0')) == 0 {
					filtered++
				}
			}
		}
	}
	if matched < 1000 || filtered < 10000 {
		t.Errorf("%d matches and %d filtered candidates: the check proves little", matched, filtered)
	}
	for _, tc := range []struct {
		pattern string
		want    uint16
	}{
		{`^(?:[2-4]\d{5})$`, 0b0000011100},
		{`^(?:6\d{8}|7[1-4]\d{7})$`, 0b0011000000},
		{`^(?:\d{7})$`, allDigits},
		{`^(?:(?:9|00)\d+)$`, 0b1000000001},
		{`^(?:)$`, allDigits},
		{`^(?:\b7)$`, allDigits},
	} {
		if got := firstDigits(tc.pattern); got != tc.want {
			t.Errorf("firstDigits(%s) = %010b, want %010b", tc.pattern, got, tc.want)
		}
	}
}

// lengthOK is the possible-length test of phoneDesc.match alone.
func (phoneDesc) lengthOK(lengths []int32, nsn string) bool {
	if len(lengths) == 0 {
		return true
	}
	for _, l := range lengths {
		if int(l) == len(nsn) {
			return true
		}
	}
	return false
}

// TestMayHoldLinkIsSound checks that messages mayHoldLink dismisses have
// neither links nor suspicious links, on random messages built from
// link-like pieces.
func TestMayHoldLinkIsSound(t *testing.T) {
	parts := []string{"see", "www", ".", ":", "//", "http", "example", "com", "xyz", " ", "\n", "\t", "\u00a0", "\u2003", "é",
		"@", "a.b", "end.", "x.", "1.5", ". ", "..", "/", "?", "t.me", "bit.ly/x", "ok"}
	r := rand.New(rand.NewPCG(31, 32))
	dismissed, linked := 0, 0
	for range 200000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lower := strings.ToLower(b.String())
		n, host := countLinks(lower), suspiciousLink(lower)
		if n > 0 || host != "" {
			linked++
		}
		if !mayHoldLink(lower) {
			dismissed++
			if n != 0 || host != "" {
				t.Fatalf("mayHoldLink(%q) = false, but countLinks = %d, suspiciousLink = %q", lower, n, host)
			}
		}
	}
	if dismissed < 10000 || linked < 10000 {
		t.Errorf("%d dismissed, %d with links: the check proves little", dismissed, linked)
	}
}

// refIPKey is ipKey as first written.
func refIPKey(s string) string {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return ""
	}
	return p.String()
}

func TestIPKeyMatchesReference(t *testing.T) {
	inputs := []string{"", " ", "1.2.3.4", " 1.2.3.4\n", "01.2.3.4", "1.2.3", "1.2.3.4.5", "256.1.1.1", "0.0.0.0", "255.255.255.255",
		"::ffff:1.2.3.4", "::FFFF:01.2.3.4", "2001:db8::1", "2001:DB8:0:0:1::1", "fe80::1%eth0", "1.2.3.4%x", "::", "x"}
	r := rand.New(rand.NewPCG(41, 42))
	for range 2000 {
		inputs = append(inputs, strconv.Itoa(r.IntN(300))+"."+strconv.Itoa(r.IntN(300))+"."+strconv.Itoa(r.IntN(300))+"."+strconv.Itoa(r.IntN(300)))
	}
	for _, s := range inputs {
		if got, want := ipKey(s), refIPKey(s); got != want {
			t.Errorf("ipKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestEmailAddrMatchesConcat(t *testing.T) {
	for _, s := range []string{"maria@acme.com", "Maria@Acme.com", "maria@acme.com.", " maria@acme.com ", "a@b.co", "MARIA@ACME.COM."} {
		e := ParseEmail(s)
		if !e.Valid {
			t.Fatalf("ParseEmail(%q) invalid: %s", s, e.Problem)
		}
		if got, want := emailAddr(e), e.Local+"@"+e.Domain; got != want {
			t.Errorf("emailAddr(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestCounterKeyBytesMatchesCounterKey(t *testing.T) {
	for _, key := range [][]byte{nil, []byte("secret")} {
		e := testEngine(t, nil, func(d *Deps) { d.CounterKey = key })
		for _, v := range []string{"", "hello world", strings.Repeat("x", 5000)} {
			if got, want := e.counterKeyBytes("msg", []byte(v)), e.counterKey("msg", v); got != want {
				t.Errorf("counterKeyBytes(%d bytes) = %q, want %q", len(v), got, want)
			}
		}
	}
}

// TestAppendNormalizedMessageAppends checks that appending after existing
// bytes folds the same way (the leading-space rule looks only at what it
// appended).
func TestAppendNormalizedMessageAppends(t *testing.T) {
	for _, s := range []string{"", "  Hello,  World!", "Ünïcödé ÄÖ 123", "--x--"} {
		if got, want := string(appendNormalizedMessage([]byte("pre"), s)), "pre"+normalizeMessage(s); got != want {
			t.Errorf("appendNormalizedMessage(pre, %q) = %q, want %q", s, got, want)
		}
	}
}

// refMatch is phraseSet.match as written before matchAt skipped the
// first word and read stems from a bit set.
func refMatch(ps *phraseSet, words []string, h *phraseHits) {
	refMatchAt := func(p *phrase, i int) bool {
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
			if len(p.words) > bestLen && i+len(p.words) > covered && refMatchAt(p, i) {
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
}

// TestPhraseMatchMatchesReference runs both on word sequences drawn from
// the built-in phrases' own words (and stems with endings), so that
// phrases match, overlap and nearly match.
func TestPhraseMatchMatchesReference(t *testing.T) {
	ps, err := newPhraseSet(builtinSpamPhrases, builtinVendorPhrases)
	if err != nil {
		t.Fatal(err)
	}
	var vocab []string
	for _, p := range ps.phrases {
		for _, w := range p.words {
			if stem, ok := strings.CutSuffix(w, "*"); ok {
				vocab = append(vocab, stem, stem+"ing", stem+"s")
			} else {
				vocab = append(vocab, w)
			}
		}
	}
	vocab = append(vocab, "hello", "we", "a", "demo")
	r := rand.New(rand.NewPCG(61, 62))
	hitsSeen := 0
	for range 50000 {
		words := make([]string, r.IntN(16))
		for i := range words {
			words[i] = vocab[r.IntN(len(vocab))]
		}
		var got, want phraseHits
		ps.match(words, strings.Join(words, " "), false, &got)
		refMatch(ps, words, &want)
		if got.n != want.n || got.text != want.text {
			t.Fatalf("match(%q) = %v %v, want %v %v", words, got.n, got.text, want.n, want.text)
		}
		hitsSeen += got.n[0] + got.n[1]
	}
	if hitsSeen < 10000 {
		t.Errorf("only %d phrase hits: the comparison proves little", hitsSeen)
	}
}

// refBotAgent is botAgent as written before it shared its buffer with the
// lower-cased string.
func refBotAgent(ua string) string {
	var buf [256]byte
	low := buf[:0]
	for i := 0; i < len(ua) && len(low) < len(buf); i++ {
		c := ua[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	s := string(low)
	markers := botAgentMarkers
	if strings.HasPrefix(s, "mozilla/") {
		markers = browserBotMarkers
	}
	for _, m := range markers {
		if strings.Contains(s, m) {
			return strings.TrimRight(m, "/;( ")
		}
	}
	switch s {
	case "java", "mozilla", "mozilla/5.0", "mozilla/4.0", "-":
		return s
	}
	return ""
}

func TestBotAgentMatchesReference(t *testing.T) {
	parts := []string{"Mozilla/5.0", "mozilla/", " ", "(Macintosh; Intel Mac OS X 14_5)", "AppleWebKit/605.1.15", "Chrome/126.0",
		"Safari/605.1.15", "Java", "java/", "-", "Bot;", "bot/", "Googlebot/2.1", "HeadlessChrome", "python", "Python-Requests",
		"curl/8.0", "wget/", "spider", "crawler", "got (https://", "rub", "y", "zgrab", "HTTPClient", "\xff", "é"}
	for _, m := range botAgentMarkers {
		parts = append(parts, m, strings.ToUpper(m), m[:len(m)-1])
	}
	inputs := []string{"", "java", "Mozilla", "mozilla/5.0", "Mozilla/4.0", "-", strings.Repeat("a", 300) + "curl/", strings.Repeat("a", 250) + "curl/"}
	r := rand.New(rand.NewPCG(71, 72))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		inputs = append(inputs, b.String())
	}
	bots := 0
	for _, ua := range inputs {
		got, want := botAgent(ua), refBotAgent(ua)
		if got != want {
			t.Fatalf("botAgent(%q) = %q, want %q", ua, got, want)
		}
		if got != "" {
			bots++
		}
	}
	if bots < 10000 || bots > len(inputs)-10000 {
		t.Errorf("%d of %d agents flagged: the comparison proves little", bots, len(inputs))
	}
}

// refFindMarkup is findMarkup before it jumped from '<' to '<'.
func refFindMarkup(lower string) string {
	for _, bb := range [...]string{"[url", "[link", "[img]", "[/url]"} {
		if strings.Contains(lower, bb) {
			return bb
		}
	}
	for i := 0; i < len(lower); i++ {
		if lower[i] != '<' {
			continue
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

// refMessengerContact is messengerContact before its cheap pre-checks.
func refMessengerContact(lower string, words []string, digits int) string {
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

func TestMarkupAndMessengerMatchReference(t *testing.T) {
	parts := []string{"<", ">", "</", "a", "b", "br", "div", "img", "script", " ", "\n", "/", "[url", "[link", "[img]", "[/url]", "[",
		"x", "<<", "<a>", "<b ", "telegram", "whatsapp", "wa", "tg", "signal", "viber", "skype", "wechat", "t.me/", "wa.me/", ".me/",
		"@", "@x", "123", "4567", "é", "hello"}
	r := rand.New(rand.NewPCG(101, 102))
	markup, apps := 0, 0
	for range 200000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lower := b.String()
		if got, want := findMarkup(lower), refFindMarkup(lower); got != want {
			t.Fatalf("findMarkup(%q) = %q, want %q", lower, got, want)
		} else if got != "" {
			markup++
		}
		words := strings.FieldsFunc(lower, func(r rune) bool { return !isWordRune(r) })
		digits := strings.Count(lower, "1") * 3
		if got, want := messengerContact(lower, words, digits), refMessengerContact(lower, words, digits); got != want {
			t.Fatalf("messengerContact(%q) = %q, want %q", lower, got, want)
		} else if got != "" {
			apps++
		}
	}
	if markup < 10000 || apps < 10000 {
		t.Errorf("%d markup and %d messenger finds: the comparison proves little", markup, apps)
	}
}

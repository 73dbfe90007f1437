package screen

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// messageDetector checks the free-text message.
type messageDetector struct{ e *Engine }

// Limits of the message checks. The reason-code table quotes them (see
// Codes).
const (
	// messageLinksMin is the number of links from which message_links
	// fires; each link beyond the first adds its points, up to
	// messageLinksCap times them.
	messageLinksMin = 2
	messageLinksCap = 4
	// Each phrase beyond the first adds phraseExtraPercent of the
	// points of spam_content or vendor_pitch, up to phrasePointsCap times
	// them.
	phraseExtraPercent = 50
	phrasePointsCap    = 2
	// all_caps needs allCapsMinLetters cased letters, at least
	// allCapsPercent of them capitals.
	allCapsMinLetters = 20
	allCapsPercent    = 70
)

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

// msgStats count what the message checks look at.
type msgStats struct {
	nonSpace, letters, digits, upper, cased int
	scripts                                 [numScripts]int
	words, mixedWords                       int
	cjk                                     bool
}

// scanMessage returns the words of msg (runs of letters, digits and
// combining marks in lower, msg lower-cased) and its statistics: case and
// script counts from the runes of msg, word counts from the words.
func scanMessage(msg, lower string) (words []string, st msgStats) {
	for _, r := range msg {
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
	words = strings.FieldsFunc(lower, func(r rune) bool { return !isWordRune(r) })
	for _, w := range words {
		// A word mixing alphabets ("pаypal" with a Cyrillic а) is a
		// look-alike trick; CJK and unclassified letters do not count.
		mask := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				mask |= 1 << scriptOf(r)
			}
		}
		if m := mask &^ (1 << scriptCJK) &^ (1 << scriptOther); m&(m-1) != 0 {
			st.mixedWords++
		}
	}
	st.words = len(words)
	return words, st
}

func (d messageDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	msg, lower := in.msg.text, in.msg.lower
	if msg == "" {
		return nil
	}
	words, st := scanMessage(msg, lower)

	var rs []lead.Reason
	add := func(code, detail string) { rs = append(rs, in.reason(code, detail)) }
	pts := func(code string) int { return d.e.points[code] }

	if n := countLinks(lower); n >= messageLinksMin {
		r := in.reason(CodeMessageLinks, strconv.Itoa(n)+" links in the message")
		r.Points = min(pts(CodeMessageLinks)*(n-1), messageLinksCap*pts(CodeMessageLinks))
		rs = append(rs, r)
	}
	if m := findMarkup(lower); m != "" && !toldMarkup(msg, m) {
		add(CodeMarkupInMessage, "markup "+quote(m, 20)+" in the message")
	}
	host := suspiciousLink(lower)
	if host != "" {
		add(CodeSuspiciousLink, "link to "+quote(host, 40))
	}
	link := cmp.Or(obfuscatedLink(msg, lower), letterByLetterLink(in.msg, lower))
	if link != "" && discusses(lower, linkTalk) {
		link = "" // mention is not use: a question about disguised links names one
	}
	if link != "" {
		add(CodeObfuscatedLink, "a link disguised from link filters: "+link)
	}
	app := messengerContact(lower, words, st.digits)
	if app != "" {
		add(CodeMessengerContact, "asks to be contacted on "+app)
	}
	channel := wayRound(app, link, host)
	if channel == "" {
		// A messenger named in any script or spelling beside its number
		// or handle ("واٹس ایپ 0300…", "ቴሌግራም: @…"), or a keyword to
		// text to a short code ("Tuma SMS BET kwa 29055"), is a way round
		// the form for the spam checks below (messengers.go). It is no
		// messenger_contact reason of its own: a buyer in Bengali who
		// gives a WhatsApp number weighs what one who writes "WhatsApp"
		// weighed before, and only an advert's other signs make it junk.
		channel = cmp.Or(tableMessenger(lower, st.digits), textedKeyword(msg, in.msg.words, st.digits))
	}
	folded := in.msg.words
	buyer := buyerSigns.find(folded)
	product := cmp.Or(productQuestion.find(folded), asksAboutProduct(msg, folded), readerToolQuestion(msg))
	// A spam trade beside a way round the form in a message that asks
	// something of us weighs as in a buyer's question (see askingOfUs).
	asks := asksOfUs(msg, folded)
	asking := cmp.Or(product, asks, namedOurs(msg, folded))
	// What a message asking about abuse or spam quotes is not its own
	// (see reportedSpeech): phrases and abuse are read without it.
	said, saidWords, saidLower, saidFolded := msg, words, lower, folded
	if rest := reportedSpeech(msg); rest != "" {
		said, saidLower, saidFolded = rest, strings.ToLower(rest), newFoldedText(foldText(rest))
		saidWords, _ = scanMessage(rest, saidLower)
	}
	hits := d.e.phrases.match(saidWords, saidLower, st.cjk)
	for cat, code := range [2]string{CodeSpamContent, CodeVendorPitch} {
		n := hits.n[cat]
		if n == 0 {
			continue
		}
		var shown []string
		for _, t := range hits.text[cat] {
			shown = append(shown, quote(t, 30))
		}
		what := "spam phrases "
		if cat == int(catVendor) {
			what = "sales-pitch phrases "
		}
		r := in.reason(code, what+strings.Join(shown, ", "))
		base := pts(code)
		r.Points = min(base+(n-1)*base*phraseExtraPercent/100, phrasePointsCap*base)
		if cat == int(catSpam) && n == 1 {
			// A shop or a clinic asking about our product names its own
			// trade ("we sell dietary supplements"): half the points. It
			// may ask in a language the product questions do not read:
			// the tables' words of asking, a request or thanks ("muốn
			// hỏi giá … Cảm ơn") say so there.
			if asker := cmp.Or(product, tablesAsk(saidFolded)); asker != "" {
				r.Points /= 2
				r.Detail = quote(asker, 20) + " asks about our product; " + r.Detail
			}
		}
		if cat == int(catVendor) && n == 1 && (buyer != "" || product != "") && outreachOffer.find(folded) == "" {
			// A buyer writing to us may borrow one of the vendor's
			// phrases ("I am reaching out"), but asks about our product
			// and offers nothing: a quarter of the points, too little to
			// corroborate a weak sign (evidence.go).
			r.Points /= 4
			r.Detail = quote(cmp.Or(buyer, product), 20) + " is a buyer's question; " + r.Detail
		}
		rs = append(rs, r)
	}
	// Only a question about our product clears a spam offer: spam names
	// its own prices ("precios bajos"), which buyerSigns would take for
	// a buyer's.
	spamP := d.spamProbability(msg)
	price := advertPrice(msg)
	modelChannel := channel
	if channel == "" && spamP >= modelOfferAt && product == "" && buyer == "" {
		// A page named as the place to write ("catalogue in bio", "FB
		// page") is such a way too (task direction9).
		modelChannel = cmp.Or(calledMessenger(words), namedChannel(lower))
	}
	if modelChannel == "" && product == "" && buyer == "" {
		// The same in every script and language (messengers.go): a page,
		// an inbox or a profile of the sender's named as the place to
		// write ("klik op die skakel in my profiel"), which only an
		// advert names, whichever model reads it; a messenger named
		// without its number where the spam model is confident, or in a
		// message it cannot read. modelOffer asks the advert model where
		// the spam model is not confident.
		modelChannel = tablePage(folded)
		if modelChannel == "" && (spamP >= modelOfferAt || mostlyOtherScripts(msg)) {
			modelChannel = cmp.Or(tableCalledApp(folded), calledMessenger(words))
		}
	}
	if why := cmp.Or(spamOffer(msg, lower, folded, words, st, asking, channel),
		vocabOffer(said, saidLower, saidFolded, saidWords, st, product, buyer, channel, price),
		sellOffer(said, saidLower, saidFolded, saidWords, st, hits.text[catSpam], product, channel),
		modelOffer(msg, folded, spamP, modelChannel, product, buyer),
		modelAgrees(said, saidFolded, spamP, hits.n[catSpam], product, buyer),
		loanOffer(said, saidLower, saidFolded, saidWords, st.digits, product, buyer, channel),
		rateOffer(said, saidLower, saidFolded, saidWords, product, buyer, channel)); why != "" {
		// A spam trade with a way round the form is bulk spam in any
		// language: twice the points, junk on its own. It replaces a
		// phrase reason of the same code rather than adding to it, so
		// that spam_content stays one reason within its cap.
		r := in.reason(CodeSpamContent, why)
		r.Points = phrasePointsCap * pts(CodeSpamContent)
		if i := slices.IndexFunc(rs, func(x lead.Reason) bool { return x.Code == CodeSpamContent }); i >= 0 {
			r.Detail = clip(why+"; "+rs[i].Detail, reasonDetailMax)
			rs[i] = r
		} else {
			rs = append(rs, r)
		}
	}
	why, halves := vendorOutreach(folded, buyer)
	if w, h := pitchShape(msg, folded, buyer); h > halves {
		why, halves = w, h
	}
	// What a customer quotes ("a customer wrote 'I will find your
	// office' to our team") is not the sender's own offer.
	if w, h := offeredToUs(said, saidFolded); h > halves {
		why, halves = w, h
	}
	if w, h := pitchMoves(msg, folded); h > halves {
		why, halves = w, h
	}
	if halves > 0 {
		r := in.reason(CodeVendorOutreach, "the sender "+why+", and asks nothing about our product")
		r.Points = pts(CodeVendorOutreach) * halves / 2
		rs = append(rs, r)
	}
	why, kinds := adCopy(msg, folded, price)
	// An advert asks nothing of us (advertasks.go): a product word in a
	// message that asks nothing is the advert's own unless it names the
	// reader's ("your lead scoring"), and two kinds of cue that ask
	// nothing weigh one more.
	adProduct := product
	if asks == "" && !namesReaders(product) {
		adProduct = ""
	}
	if kinds >= 2 && kinds < adRemedyKinds && asks == "" {
		kinds++
		why += ", and asks nothing of us"
	}
	if kinds == 0 && product == "" && buyer == "" {
		if r := remedyProduct(folded); r != "" {
			why, kinds = "advertising copy, a remedy and its form: "+quote(r, 30), 1
		}
	}
	if kinds > 0 {
		if r := remedyAdvert(folded, kinds, why); r != "" && kinds < adRemedyKinds && adProduct == "" {
			// A remedy with an advert's cue is the advert: junk on its
			// own (a clinic asking about our product is left alone).
			kinds = adRemedyKinds
			why = clip("remedy advert ("+quote(r, 16)+"), "+why, reasonDetailMax)
		}
		r := in.reason(CodeAdCopy, why)
		// One kind of cue weighs half; each more adds half.
		r.Points = min(kinds, adCopyCap*2) * pts(CodeAdCopy) / 2
		if adProduct != "" {
			// Adverts sell their own product; a message about ours that
			// sounds like one is a customer in that trade: half.
			r.Points /= 2
			r.Detail += "; but " + quote(adProduct, 20) + " asks about our product: half"
		}
		rs = append(rs, r)
		if agreed := modelAdCopy(msg, spamP, kinds, why, asking, buyer); agreed != "" {
			full := phrasePointsCap * pts(CodeSpamContent)
			if i := slices.IndexFunc(rs, func(x lead.Reason) bool { return x.Code == CodeSpamContent }); i < 0 {
				r := in.reason(CodeSpamContent, agreed)
				r.Points = full
				rs = append(rs, r)
			} else if rs[i].Points < full {
				rs[i].Detail = clip(agreed+"; "+rs[i].Detail, reasonDetailMax)
				rs[i].Points = full
			}
		}
	}
	if why, halves := readAbuse(said, saidFolded, buyer, product); halves > 0 {
		r := in.reason(CodeAbusiveMessage, why)
		r.Points = min(halves, 2*abusePointsCap) * pts(CodeAbusiveMessage) / 2
		rs = append(rs, r)
	}
	if r, ok := d.spamModelReason(in, msg, spamP); ok {
		rs = append(rs, r)
	}
	if st.cased >= allCapsMinLetters && st.upper*100 >= st.cased*allCapsPercent {
		add(CodeAllCaps, strconv.Itoa(st.upper*100/st.cased)+"% of the letters are capitals")
	}
	if why := d.unreadable(lower, words, &st); why != "" {
		add(CodeUnreadableMessage, why)
	}
	return rs
}

// unreadable explains why a message is garbage, or "".
func (d messageDetector) unreadable(lower string, words []string, st *msgStats) string {
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
	if m := d.e.deps.Names; m != nil && st.letters >= 30 && !st.cjk && !hasFunctionWords(words) {
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
// the words.
func hasFunctionWords(words []string) bool {
	need := max(2, (len(words)+9)/10)
	n := 0
	for _, w := range words {
		if has(functionWords, w) {
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
	if !mayHoldLink(lower) {
		return 0
	}
	n := 0
	for _, chunk := range linkChunks(lower) {
		if isLinkChunk(chunk) {
			n++
		}
	}
	return n
}

// linkChunks splits lower at ASCII white space.
func linkChunks(lower string) []string {
	return strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' })
}

// mayHoldLink reports whether lower has what every link chunk has (see
// isLinkChunk): a colon, or a dot followed by a letter or digit. Most
// messages have neither, and need not be cut into chunks.
func mayHoldLink(lower string) bool {
	return strings.Contains(lower, ":") || hasInnerDot(lower)
}

// hasInnerDot reports a dot followed by a letter or digit (not one that
// ends a sentence).
func hasInnerDot(s string) bool {
	for {
		i := strings.IndexByte(s, '.')
		if i < 0 || i+1 == len(s) {
			return false
		}
		if n := s[i+1]; 'a' <= n && n <= 'z' || '0' <= n && n <= '9' || n >= utf8.RuneSelf {
			return true
		}
		s = s[i+1:]
	}
}

func isLinkChunk(c string) bool {
	dot := hasInnerDot(c) // a dot inside the chunk, not ending a sentence
	if !dot && !strings.Contains(c, ":") {
		return false
	}
	if strings.Contains(c, "://") || dot && strings.Contains(c, "www.") {
		return true
	}
	if !dot || strings.Contains(c, "@") {
		return false
	}
	return isDomainToken(c)
}

// markupTags are the HTML elements spam uses.
var markupTags = setOf("a", "b", "i", "u", "p", "br", "hr", "div", "span", "img", "script", "iframe", "strong", "em", "font", "html", "body", "style", "table", "tr", "td", "h1", "h2", "h3", "ul", "ol", "li", "center", "marquee", "object", "embed", "form", "input", "meta", "link")

// markupPattern finds an HTML tag, opening or closing; findMarkup checks
// its name.
var markupPattern = newLazyRegexp(`</?([a-z0-9]+)[> /\n]`)

// findMarkup returns the first HTML tag or BBCode link in lower, or "".
func findMarkup(lower string) string {
	if !strings.ContainsAny(lower, "[<") {
		return "" // every BBCode link starts with [ and every tag with <
	}
	for _, bb := range [...]string{"[url", "[link", "[img]", "[/url]"} {
		if strings.Contains(lower, bb) {
			return bb
		}
	}
	for _, m := range markupPattern.FindAllStringSubmatchIndex(lower, -1) {
		if has(markupTags, lower[m[2]:m[3]]) {
			return lower[m[0]:m[1]]
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
	if !mayHoldLink(lower) {
		return ""
	}
	for chunk := range strings.FieldsSeq(lower) {
		if strings.Contains(chunk, "@") || !isLinkChunk(chunk) {
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

// wayRound names the first way round the form a message gives, for
// spamOffer: a messenger, a disguised link, a link to a TLD spam favours;
// or "".
func wayRound(messenger, disguised, host string) string {
	if host != "" {
		host = "a link to " + quote(host, 30)
	}
	return cmp.Or(messenger, disguised, host)
}

// reasonDetailMax is the most runes a reason's detail holds when a
// detector joins several findings into it.
const reasonDetailMax = 160

// clip cuts s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

package screen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/wordtable"
)

// Phrase syntax: words separated by spaces, matched as whole words in the
// lower-cased message; a trailing * on a word matches any ending ("backlink*"
// matches "backlinks"), and needs at least four letters before it. Phrases
// in scripts written without spaces (Chinese, Japanese) match as substrings.

// builtinSpamPhrases mark spam_content: pharma, gambling, adult, crypto and
// money schemes, loans. Kept specific to avoid flagging genuine leads.
var builtinSpamPhrases = []string{
	"viagra", "cialis", "levitra", "tramadol", "online pharmacy", "cheap pills", "pharmacy without prescription",
	"casino", "online casino", "slot machines", "sports betting", "betting tips", "poker online",
	"porn*", "xxx videos", "adult dating", "hot singles", "sexy girls", "escort service*",
	"bitcoin", "crypto investment*", "cryptocurrency investment*", "crypto trading", "forex", "forex trading",
	"binary options", "investment opportunity", "guaranteed profit*", "guaranteed return*", "double your money",
	"passive income", "make money online", "make money fast", "earn money from home", "work from home opportunity",
	"payday loan*", "instant loan*", "quick loan*", "personal loan*", "business loan*", "loan offer*", "credit repair", "bad credit",
	"debt relief", "lottery winner", "you have won", "claim your prize", "inheritance fund*", "wire transfer fee",
	"weight loss", "diet pills", "replica watches", "click here", "100 free", "risk free", "act now",
	"limited time offer", "unsubscribe here", "dear friend", "dear beneficiary",
	// Present-day form spam: account and follower sales, gambling bonuses,
	// prize and gift-card lures, essay mills, fake invoices.
	"buy verified", "verified paypal", "paypal accounts", "bank accounts for sale", "aged accounts",
	"instagram followers", "buy followers", "tiktok followers", "youtube views", "real and active",
	"free spins", "no deposit", "casino bonus*", "betting site*", "gift card", "you have been selected", "claim now", "claim your",
	"no credit check", "approved in minutes", "cash fast", "bitcoin doubler", "send btc", "crypto signal*",
	"essay writing", "thesis writing", "plagiarism free", "buy a degree", "university diploma", "fake diploma*",
	"one weird trick", "lose weight", "miracle pill*", "extended warranty",
	// Classic bulk mail: money schemes, advance-fee fraud, opt-out boilerplate.
	"make money", "making money", "serious money", "earn money", "extra income", "financial freedom",
	"home based business", "business opportunit*", "no risk", "risk-free", "money back guarantee", "money back",
	"guaranteed results", "cash bonus*", "cash bonuses", "unsolicited commercial", "removal instructions",
	"to be removed", "remove you from", "one-time mailing", "this is not spam", "expressed an interest",
	"you are receiving this", "you're receiving this", "mailing list below", "foreign remittance", "next of kin",
	"business proposal", "bank particulars", "million dollars", "million us dollars", "beneficiary",
	"refinance", "lowest rates", "merchant account", "below wholesale", "wholesale prices", "free installation",
	"retail value", "order now", "special offer", "free gift", "satellite tv", "long distance", "annuit*",
	"term insurance", "life insurance", "insurance policies", "commissions", "email directories", "email addresses",
	"bulk email", "mass email*", "targeted visitors", "targeted traffic", "contact forms daily", "send your ad",
	"your ad to", "cigarettes", "tobacco", "descrambler", "pay-per-view", "dear sir/madam",
	"introduce myself to you", "got your address", "got your contact", "your immediate reply", "strictly confidential",
	"foreign customer", "bank plc", "central bank", "late husband", "plane crash", "car accident",
	"wasting money", "losing money", "save money", "make you money",
	"free prospects", "find prospects", "explode your",
	"as seen on", "once in a lifetime", "is overdue", "payment details at", "valued subscriber", "your subscription",
	"signing up for", "multiple copies", "instant access", "login name", "compete for your business",
	"doctorate", "just click", "click below",
	"big bucks", "give away", "btc", "about to expire", "good credit", "debit card", "a native of",

	// German, French, Spanish, Portuguese, Russian.
	"geld verdienen", "schnell geld", "gagner de l'argent", "argent facile", "dinero fácil", "dinheiro fácil",
	"guadagnare soldi", "купить аккаунт*", "накрутка", "kredit ohne schufa", "online kasino", "gewinnspiel", "prêt rapide", "crédit rapide", "casino en ligne",
	"préstamo rápido", "préstamos rápidos", "ganar dinero", "empréstimo", "ganhar dinheiro",
	"казино", "ставки на спорт", "заработок в интернете", "кредит онлайн", "быстрый займ", "займ",
	// Chinese, Japanese.
	"博彩", "娱乐城", "代开发票", "出会い系", "副業で稼",
}

// builtinVendorPhrases mark vendor_pitch: agencies and list sellers pitching
// the site owner.
var builtinVendorPhrases = []string{
	"seo", "seo services", "search engine optimization", "search engine optimisation", "backlink*", "link building",
	"first page of google", "first page on google", "page 1 of google", "top of google", "rank on google",
	"ranking on google", "rank higher", "rank your website", "google ranking*", "organic traffic",
	"increase your traffic", "more traffic to your website", "boost your traffic", "domain authority",
	"web design services", "website design services", "redesign your website", "website redesign", "revamp your website",
	"your website design", "website development services", "web development services",
	"lead list*", "email list*", "mailing list of", "contact list*", "database of contacts", "b2b data", "b2b database",
	"verified email*", "decision makers contacts", "attendee list*", "attendees list*",
	"guest post*", "sponsored post*", "sponsored article*", "paid post*", "write for your blog",
	"outsourc*", "offshore developer*", "offshore team", "dedicated developer*", "hire developers", "hire dedicated",
	"app development services", "mobile app development", "develop your app", "white label",
	"i was on your website", "i was checking your website", "i came across your website", "i visited your website",
	"noticed your website", "noticed that your website", "i noticed your website", "i noticed that your website",
	"we are a leading", "we are a team of", "i am a freelance", "digital marketing agency",
	"digital marketing services", "social media marketing", "lead generation services", "appointment setting",
	"explainer video*", "virtual assistant services", "growth hacking", "get more customers", "get more leads",
	"partnership proposal", "are you the right person", "would you be interested in",
	// The shape of cold outreach: who we are, what we sell, the ask.
	"leading provider", "we specialise in", "we specialize in", "our team specialises", "our team specializes",
	"our company offers", "our agency", "we help companies", "we help businesses", "companies like yours",
	"businesses like yours", "i help founders", "i help companies", "can i send you", "may i send you", "shall i send",
	"should i send you", "free audit", "free sample", "free consultation", "let me know if you'd like",
	"let me know if you would like", "let me know if you are interested", "right person to talk",
	"whom to contact", "who is the best person", "following up on my", "my previous email*", "great fit for your company",
	"reaching out because", "i'm reaching out", "i am reaching out", "your website could", "your site could",
	"load faster", "we would like to offer you", "i want to offer you", "want to offer you", "article placement",
	"present our catalogue", "present our catalog", "our price list", "investor network", "translation agency",
	"strong candidates", "are you currently hiring", "appointment-setting", "broken links", "search engines",
	"boost your ranking*", "not ranking", "your seo", "i came across your company", "impressed by your",
	"our clients typically", "our clients see", "qualified meetings", "booked calls", "meetings a month",
	"linkedin automation", "competitive rates", "at a discount", "cheaper alternative", "can i show you",
	"open to a quick chat", "thought there may be a fit", "there may be a fit", "congratulations on the recent",
	"we build custom", "invite your ceo", "production fee", "we manufacture", "let us know if you need",
	"software development company", "development capacity", "for a fixed fee", "penetration testing",
	"is this the right contact", "right contact for", "extend your team", "get more sales", "our tool",
	"offshore", "we can take care of your",
	// German, French, Spanish, Portuguese, Italian. Not "we are an agency":
	// agencies are customers too.
	"kostenlose analyse", "kostenloses audit", "audit gratuit", "auditoría gratuita", "auditoria gratuita",
	"audit gratuito", "posicionamento no google", "primera página de google", "erste seite bei google",
	// German, French, Spanish, Russian.
	"suchmaschinenoptimierung", "seo agentur", "webdesign agentur", "référencement", "référencement naturel",
	"posicionamiento web", "posicionamiento seo", "diseño web", "продвижение сайта", "раскрутка сайта", "база контактов",
	// Japanese.
	"seo対策", "ホームページ制作", "営業代行",
}

// phraseSet matches two phrase categories in one pass over a message's
// words.
type phraseSet struct {
	phrases []phrase
	first   map[string][]int32       // exact first word -> phrase indexes
	firstT  wordtable.Table[[]int32] // first, for the lookups of match
	prefix  map[string][]int32       // first four letters of a wildcard first word
	cjk     []int32                  // substring phrases
	// stems flags the first two ASCII bytes of wildcard stems, so most
	// words skip the prefix lookup.
	stems [128 * 128]bool
	// firstLens has bit min(len, 63) set for the byte length of every
	// first key, and firstPairs bit wordPair(key): a word failing either
	// is not a key, and skips the map lookup.
	firstLens  uint64
	firstPairs [1 << 16 / 64]uint64
}

// wordPair packs the first two bytes of a non-empty word (the second 0
// for one-byte words).
func wordPair(w string) uint16 {
	if len(w) == 1 {
		return uint16(w[0]) << 8
	}
	return uint16(w[0])<<8 | uint16(w[1])
}

// mayBeFirst reports whether w can be a key of ps.first.
func (ps *phraseSet) mayBeFirst(w string) bool {
	if len(w) == 0 || ps.firstLens&(1<<min(len(w), 63)) == 0 {
		return false
	}
	k := wordPair(w)
	return ps.firstPairs[k/64]&(1<<(k%64)) != 0
}

type phrase struct {
	text  string
	words []string // a trailing * marks a prefix word
	// stems has bit j set when words[j] (j < 64) ends in *.
	stems uint64
	cat   uint8
}

const (
	catSpam uint8 = iota
	catVendor
)

func newPhraseSet(spam, vendor []string) (*phraseSet, error) {
	ps := &phraseSet{first: map[string][]int32{}, prefix: map[string][]int32{}}
	seen := map[string]bool{}
	for cat, list := range [][]string{spam, vendor} {
		for _, raw := range list {
			text := strings.ToLower(strings.TrimSpace(raw))
			key := fmt.Sprint(cat, text)
			if text == "" || seen[key] {
				continue
			}
			seen[key] = true
			idx := int32(len(ps.phrases))
			if hasCJK(text) {
				ps.phrases = append(ps.phrases, phrase{text: text, cat: uint8(cat)})
				ps.cjk = append(ps.cjk, idx)
				continue
			}
			words := phraseWords(text)
			if len(words) == 0 {
				return nil, fmt.Errorf("phrase %q has no words", raw)
			}
			for _, w := range words {
				if stem, ok := strings.CutSuffix(w, "*"); ok && len([]rune(stem)) < 4 {
					return nil, fmt.Errorf("phrase %q: word %q needs four letters before *", raw, w)
				}
			}
			var stems uint64
			for j, w := range words {
				if j < 64 && strings.HasSuffix(w, "*") {
					stems |= 1 << j
				}
			}
			ps.phrases = append(ps.phrases, phrase{text: text, words: words, stems: stems, cat: uint8(cat)})
			w0 := words[0]
			if stem, ok := strings.CutSuffix(w0, "*"); ok {
				k := prefixKey(stem)
				ps.prefix[k] = append(ps.prefix[k], idx)
				if stem[0] < utf8.RuneSelf && stem[1] < utf8.RuneSelf {
					ps.stems[int(stem[0])<<7|int(stem[1])] = true
				}
			} else {
				ps.first[w0] = append(ps.first[w0], idx)
				ps.firstLens |= 1 << min(len(w0), 63)
				k := wordPair(w0)
				ps.firstPairs[k/64] |= 1 << (k % 64)
			}
		}
	}
	for w, idx := range ps.first {
		ps.firstT.Set(w, idx)
	}
	return ps, nil
}

// phraseWords splits a phrase into lower-cased words the way messages are
// tokenized, keeping a trailing * on words.
func phraseWords(p string) []string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(p) {
		switch {
		case isWordRune(r):
			cur.WriteRune(r)
		case r == '*' && cur.Len() > 0:
			cur.WriteRune(r)
			flush()
		default:
			flush()
		}
	}
	flush()
	return words
}

// prefixKey is the first four runes of a word.
func prefixKey(w string) string {
	n := 0
	for i := range w {
		if n == 4 {
			return w[:i]
		}
		n++
	}
	return w
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// hasCJK reports Han, Hiragana, Katakana or Hangul characters.
func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// phraseHits are the distinct phrases found per category.
type phraseHits struct {
	n    [2]int
	text [2][3]string // first three phrases per category, for details
	seen []bool
}

func (h *phraseHits) add(ps *phraseSet, idx int32) {
	if h.seen == nil {
		h.seen = make([]bool, len(ps.phrases))
	}
	if h.seen[idx] {
		return
	}
	h.seen[idx] = true
	p := &ps.phrases[idx]
	if h.n[p.cat] < len(h.text[p.cat]) {
		h.text[p.cat][h.n[p.cat]] = p.text
	}
	h.n[p.cat]++
}

// match finds the phrases among words (lower-cased message words in order)
// and, when the message has CJK text, in lower. At each position only the
// longest matching phrase counts, and a phrase inside an earlier match
// ("casino" within "online casino") is not counted again.
func (ps *phraseSet) match(words []string, lower string, cjk bool, h *phraseHits) {
	covered := 0 // words before this index belong to an earlier match
	for i, w := range words {
		var firsts []int32
		ok := false
		if ps.mayBeFirst(w) {
			firsts, ok = ps.firstT.Get(w)
		}
		if !ok && len(w) >= 4 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && !ps.stems[int(w[0])<<7|int(w[1])] {
			// no wildcard stem starts like this word; only exact phrases
			continue
		}
		best, bestLen := int32(-1), 0
		// from is the first word still to compare: phrases listed under
		// first have w, exactly, as their first word.
		consider := func(idx int32, from int) {
			p := &ps.phrases[idx]
			if len(p.words) > bestLen && i+len(p.words) > covered && p.matchAt(words, i, from) {
				best, bestLen = idx, len(p.words)
			}
		}
		for _, idx := range firsts {
			consider(idx, 1)
		}
		if len(w) >= 4 && (w[0] >= utf8.RuneSelf || w[1] >= utf8.RuneSelf || ps.stems[int(w[0])<<7|int(w[1])]) {
			for _, idx := range ps.prefix[prefixKey(w)] {
				consider(idx, 0)
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

// matchAt reports whether p's words from index from on match words from
// i+from on (the caller has compared the ones before).
func (p *phrase) matchAt(words []string, i, from int) bool {
	if i+len(p.words) > len(words) {
		return false
	}
	ws := words[i : i+len(p.words)]
	for j := from; j < len(p.words); j++ {
		pw, w := p.words[j], ws[j]
		stem := j < 64 && p.stems&(1<<j) != 0 || j >= 64 && strings.HasSuffix(pw, "*")
		if stem {
			if !strings.HasPrefix(w, pw[:len(pw)-1]) {
				return false
			}
		} else if w != pw {
			return false
		}
	}
	return true
}

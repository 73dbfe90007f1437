package screen

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/swar"
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
	first   map[string][]int32 // exact first word -> phrase indexes
	prefix  map[string][]int32 // first four letters of a wildcard first word
	cjk     []int32            // substring phrases
	// stems flags the first two ASCII bytes of wildcard stems, so most
	// words skip the prefix lookup.
	stems [128 * 128]bool
	// vocab numbers every word the message detector looks up: the exact
	// words of the phrases, the function words and the messenger apps.
	vocab vocab
}

// Flags of vocabulary words.
const (
	vocabFunction uint8 = 1 << iota // in functionWords (and at most 8 bytes)
	vocabApp                        // a messenger app messengerContact counts
)

// vocabEntry is what the vocabulary knows of one word while it is built.
type vocabEntry struct {
	word   string
	firsts []int32 // phrases whose exact first word this is
	flags  uint8
}

// vocabSlot is a slot of the vocabulary's hash table: a word's vocabKey
// and meta, what matching needs to know of it (0 marks an empty slot).
// Words of up to eight bytes are told apart by the slot alone, without
// reading the word.
type vocabSlot struct {
	key  uint64
	hash uint32
	meta uint32
}

// Layout of vocabSlot.meta: a presence bit, the flags, and the phrases
// the word starts, refs[start:start+n] (n = metaLong: in vocab.long).
const (
	metaPresent  = 1
	metaFlagsAt  = 1 // two bits: vocabFunction, vocabApp
	metaNAt      = 3 // eight bits
	metaStartAt  = 11
	metaLong     = 0xff
	metaMaxStart = 1<<(32-metaStartAt) - 1
)

// phraseRef is a phrase listed under its first word: its index, its
// length in words and the id of its second word (0 for none or a prefix
// word), so that most candidates are ruled out without reading the phrase.
type phraseRef struct {
	idx, n, id1 int32
}

// vocab maps words to small ids (0 is any other word; a word's id is its
// slot's index plus one) by their vocabKey. It is read for every word of
// every message, between which the rest of screening and qualification
// push it out of the caches, so one word costs one cache line where
// possible: the slot tells a short word apart and holds its flags and where
// its phrases are. The table is at most two thirds full (16 KB for the
// built-in phrases).
type vocab struct {
	slots []vocabSlot
	mask  uint32
	words []string // by slot
	refs  []phraseRef
	// long holds the phrase lists that do not fit in a slot's meta, by
	// id.
	long map[int32][]phraseRef
	// While the vocabulary is built: the words by entry number (from 1)
	// and the numbers by word.
	entries []vocabEntry
	number  map[string]int32
}

// vocabKey hashes a word for the vocabulary from its length and at most 16
// of its bytes (the first and last eight): one multiplication for any word,
// where a byte-wise hash costs one per byte. It also returns the word's
// first eight bytes (fewer for a shorter word, zero-padded); the low byte
// of the hash is the length (up to 255), so for a word of up to eight
// bytes, which holds no zero byte, equal hashes and keys mean equal words.
func vocabKey(w string) (hash uint32, key uint64) {
	n := len(w)
	x := uint64(0)
	switch {
	case n >= 8:
		key = swar.Load64(w, 0)
		x = key ^ bits.RotateLeft64(swar.Load64(w[n-8:], 0), 29)
	case n >= 4:
		// The two loads overlap on equal bytes.
		key = uint64(le32(w)) | uint64(le32(w[n-4:]))<<(8*(n-4))
		x = key
	case n > 0:
		key = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
		x = key
	}
	x ^= uint64(n) * 0x9e3779b97f4a7c15
	x *= 0xbf58476d1ce4e5b9
	return (uint32(x>>32)^uint32(x))&^0xff | uint32(min(n, 0xff)), key
}

// le32 is the little-endian uint32 of the first four bytes of s.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// slot is where the probe for hash h starts (its low byte is the length).
func (v *vocab) slot(h uint32) uint32 { return (h>>8 ^ h>>19) & v.mask }

// lookup returns the id of w, or 0.
func (v *vocab) lookup(w string) int32 {
	if len(v.slots) == 0 {
		return 0
	}
	h, key := vocabKey(w)
	for i := v.slot(h); ; i = (i + 1) & v.mask {
		sl := &v.slots[i]
		if sl.meta == 0 {
			return 0
		}
		if sl.hash == h && sl.key == key && (len(w) <= 8 || v.words[i] == w) {
			return int32(i) + 1
		}
	}
}

// meta returns the meta of word id (not 0).
func (v *vocab) meta(id int32) uint32 { return v.slots[id-1].meta }

// flags returns the flags of word id, 0 for id 0.
func (v *vocab) flags(id int32) uint8 {
	if id == 0 {
		return 0
	}
	return uint8(v.meta(id) >> metaFlagsAt & 3)
}

// firsts returns the phrases word id (not 0) starts.
func (v *vocab) firsts(id int32) []phraseRef {
	m := v.meta(id)
	n := m >> metaNAt & 0xff
	if n == metaLong {
		return v.long[id]
	}
	start := m >> metaStartAt
	return v.refs[start : start+n]
}

// add returns the entry number of the non-empty word w, adding it if need
// be. Entry numbers are not ids: finish assigns those.
func (v *vocab) add(w string) int32 {
	if n, ok := v.number[w]; ok {
		return n
	}
	if v.number == nil {
		v.number = map[string]int32{}
		v.entries = make([]vocabEntry, 1)
	}
	n := int32(len(v.entries))
	v.entries = append(v.entries, vocabEntry{word: w})
	v.number[w] = n
	return n
}

// finish builds the table from the entries, whose firsts must be in the
// order matchSpans wants, and turns the entry numbers in the phrases' ids
// into ids.
func (v *vocab) finish(phrases []phrase) {
	size := 64
	for 3*len(v.entries) > 2*size {
		size *= 2
	}
	v.slots, v.words, v.mask = make([]vocabSlot, size), make([]string, size), uint32(size-1)
	ids := make([]int32, len(v.entries)) // by entry number
	for n := 1; n < len(v.entries); n++ {
		w := v.entries[n].word
		h, key := vocabKey(w)
		i := v.slot(h)
		for v.slots[i].meta != 0 {
			i = (i + 1) & v.mask
		}
		v.slots[i] = vocabSlot{key: key, hash: h, meta: metaPresent}
		v.words[i] = w
		ids[n] = int32(i) + 1
	}
	for k := range phrases {
		for j, n := range phrases[k].ids {
			phrases[k].ids[j] = ids[n]
		}
	}
	v.refs = v.refs[:0]
	for n := 1; n < len(v.entries); n++ {
		e := &v.entries[n]
		refs := make([]phraseRef, 0, len(e.firsts))
		for _, idx := range e.firsts {
			p := &phrases[idx]
			r := phraseRef{idx: idx, n: int32(len(p.ids))}
			if len(p.ids) > 1 {
				r.id1 = p.ids[1]
			}
			refs = append(refs, r)
		}
		id := ids[n]
		m := uint32(metaPresent) | uint32(e.flags)<<metaFlagsAt
		if start := len(v.refs); len(refs) < metaLong && start <= metaMaxStart {
			m |= uint32(len(refs))<<metaNAt | uint32(start)<<metaStartAt
			v.refs = append(v.refs, refs...)
		} else {
			m |= metaLong << metaNAt
			if v.long == nil {
				v.long = map[int32][]phraseRef{}
			}
			v.long[id] = refs
		}
		v.slots[id-1].meta = m
	}
	v.entries, v.number = nil, nil
}

type phrase struct {
	text string
	// quoted is quote(text, 30), as reason details show it.
	quoted string
	words  []string // a trailing * marks a prefix word
	// ids are the vocabulary ids of words, 0 for prefix words.
	ids []int32
	cat uint8
}

const (
	catSpam uint8 = iota
	catVendor
)

// phraseSets holds the phrase sets compiled so far, by their lists: a
// rules file makes one engine per form, and most share the default lists.
// A phrase set is never changed once built, so engines (and goroutines)
// share one freely.
var phraseSets struct {
	mu sync.Mutex
	m  map[string]*phraseSet
}

// maxSharedPhraseSets bounds phraseSets; past it, sets are built afresh.
const maxSharedPhraseSets = 32

// sharedPhraseSet returns the phrase set of the built-in phrases plus the
// configured extra spam and vendor phrases, compiling it on first use.
func sharedPhraseSet(extraSpam, extraVendor []string) (*phraseSet, error) {
	// Each phrase is written with its length, each list with its count:
	// no two different pairs of lists give the same key.
	var key []byte
	for _, list := range [][]string{extraSpam, extraVendor} {
		key = strconv.AppendInt(key, int64(len(list)), 10)
		for _, p := range list {
			key = append(strconv.AppendInt(append(key, ';'), int64(len(p)), 10), ':')
			key = append(key, p...)
		}
		key = append(key, '|')
	}
	phraseSets.mu.Lock()
	defer phraseSets.mu.Unlock()
	if ps, ok := phraseSets.m[string(key)]; ok {
		return ps, nil
	}
	ps, err := newPhraseSet(
		append(slices.Clone(builtinSpamPhrases), extraSpam...),
		append(slices.Clone(builtinVendorPhrases), extraVendor...),
	)
	if err != nil {
		return nil, err
	}
	if phraseSets.m == nil {
		phraseSets.m = map[string]*phraseSet{}
	}
	if len(phraseSets.m) < maxSharedPhraseSets {
		phraseSets.m[string(key)] = ps
	}
	return ps, nil
}

func newPhraseSet(spam, vendor []string) (*phraseSet, error) {
	ps := &phraseSet{first: map[string][]int32{}, prefix: map[string][]int32{}}
	for w := range functionWords {
		if len(w) <= 8 {
			ps.vocab.entries[ps.vocab.add(w)].flags |= vocabFunction
		}
	}
	for w := range messengerApps {
		// messengerContact counts the apps of 5 to 8 bytes but for
		// signal.
		if len(w) >= 5 && len(w) <= 8 && w != "signal" {
			ps.vocab.entries[ps.vocab.add(w)].flags |= vocabApp
		}
	}
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
				ps.phrases = append(ps.phrases, phrase{text: text, quoted: quote(text, 30), cat: uint8(cat)})
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
			ids := make([]int32, len(words))
			for j, w := range words {
				if !strings.HasSuffix(w, "*") {
					ids[j] = ps.vocab.add(w)
				}
			}
			ps.phrases = append(ps.phrases, phrase{text: text, quoted: quote(text, 30), words: words, ids: ids, cat: uint8(cat)})
			w0 := words[0]
			if stem, ok := strings.CutSuffix(w0, "*"); ok {
				k := prefixKey(stem)
				ps.prefix[k] = append(ps.prefix[k], idx)
				if stem[0] < utf8.RuneSelf && stem[1] < utf8.RuneSelf {
					ps.stems[int(stem[0])<<7|int(stem[1])] = true
				}
			} else {
				ps.first[w0] = append(ps.first[w0], idx)
				e := &ps.vocab.entries[ids[0]]
				e.firsts = append(e.firsts, idx)
			}
		}
	}
	// matchSpans wants the phrases under a word or a prefix longest
	// first; among equals, in the order listed.
	longestFirst := func(a, b int32) int { return len(ps.phrases[b].words) - len(ps.phrases[a].words) }
	for _, e := range ps.vocab.entries {
		slices.SortStableFunc(e.firsts, longestFirst)
	}
	for _, list := range ps.prefix {
		slices.SortStableFunc(list, longestFirst)
	}
	ps.vocab.finish(ps.phrases)
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
	// idx are the phrase indexes of text.
	idx [2][3]int32
	// seenBits flags the phrases found among the first 64*len(seenBits),
	// seen those after.
	seenBits [16]uint64
	seen     []bool
}

func (h *phraseHits) add(ps *phraseSet, idx int32) {
	if k := int(idx); k < 64*len(h.seenBits) {
		if h.seenBits[k/64]&(1<<(k%64)) != 0 {
			return
		}
		h.seenBits[k/64] |= 1 << (k % 64)
	} else {
		if h.seen == nil {
			h.seen = make([]bool, len(ps.phrases))
		}
		if h.seen[idx] {
			return
		}
		h.seen[idx] = true
	}
	p := &ps.phrases[idx]
	if h.n[p.cat] < len(h.text[p.cat]) {
		h.text[p.cat][h.n[p.cat]] = p.text
		h.idx[p.cat][h.n[p.cat]] = idx
	}
	h.n[p.cat]++
}

// matchSpans is match for the words of text at spans (start and end
// offsets), whose vocabulary ids are ids. Only text is searched for CJK
// phrases.
func (ps *phraseSet) matchSpans(text string, spans [][2]int32, ids []int32, cjk bool, h *phraseHits) {
	covered := 0 // words before this index belong to an earlier match
	v := &ps.vocab
	for i, sp := range spans {
		var refs []phraseRef
		if id := ids[i]; id != 0 {
			refs = v.firsts(id)
		}
		w := text[sp[0]:sp[1]]
		stem := len(w) >= 4 && (w[0] >= utf8.RuneSelf || w[1] >= utf8.RuneSelf || ps.stems[int(w[0])<<7|int(w[1])])
		if len(refs) == 0 && !stem {
			continue
		}
		// The longest phrase matching here wins, the first listed among
		// equals. Both lists run longest first, so the first match in
		// each is its best, and a phrase no longer than the best so far
		// or than the words still covered ends the list.
		best, bestLen := int32(-1), 0
		for _, r := range refs {
			// Phrases listed under the word's id have it as their
			// first word: compare from the second on.
			n := int(r.n)
			if n <= bestLen || i+n <= covered {
				break
			}
			if n > 1 && (i+n > len(ids) || r.id1 != 0 && r.id1 != ids[i+1]) {
				continue // too long, or the second word differs
			}
			if n == 1 || n == 2 && r.id1 != 0 || ps.phrases[r.idx].matchAt(text, spans, ids, i, 1) {
				best, bestLen = r.idx, n
				break
			}
		}
		if stem {
			for _, idx := range ps.prefix[prefixKey(w)] {
				p := &ps.phrases[idx]
				n := len(p.ids)
				if n <= bestLen || i+n <= covered {
					break
				}
				if p.matchAt(text, spans, ids, i, 0) {
					best, bestLen = idx, n
					break
				}
			}
		}
		if best >= 0 {
			h.add(ps, best)
			covered = max(covered, i+bestLen)
		}
	}
	if cjk {
		ps.matchCJK(text, h)
	}
}

// matchCJK adds the CJK phrases found in lower.
func (ps *phraseSet) matchCJK(lower string, h *phraseHits) {
	for _, idx := range ps.cjk {
		if strings.Contains(lower, ps.phrases[idx].text) {
			h.add(ps, idx)
		}
	}
}

// matchAt reports whether p's words from index from on match the words of
// text at spans (with vocabulary ids ids) from i+from on; the caller has
// compared the ones before. Exact words compare by id, prefix words by
// their stem.
func (p *phrase) matchAt(text string, spans [][2]int32, ids []int32, i, from int) bool {
	if i+len(p.ids) > len(ids) {
		return false
	}
	wids := ids[i : i+len(p.ids)]
	for j := from; j < len(p.ids); j++ {
		if id := p.ids[j]; id != 0 {
			if wids[j] != id {
				return false
			}
		} else if sp, pw := spans[i+j], p.words[j]; !strings.HasPrefix(text[sp[0]:sp[1]], pw[:len(pw)-1]) {
			return false
		}
	}
	return true
}

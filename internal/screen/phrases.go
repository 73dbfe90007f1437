package screen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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

	// Phrase groups per language, for the kinds of spam that arrive in
	// them: gambling, crypto and money schemes, SEO and link selling,
	// pharmacy and supplements, loans. Each phrase names the product or
	// the scheme, not a topic a buyer might mention in passing.
	// English supplements and pharmacy.
	"dietary supplement*", "natural supplement*", "keto pills", "fat burner*", "male enhancement", "erectile dysfunction",
	"testosterone booster*", "without prescription", "no prescription", "buy backlinks", "cheap backlinks",
	// Russian.
	"онлайн казино", "игровые автоматы", "букмекер*", "ставки на спорт", "бонус за регистрацию", "фриспин*",
	"криптовалют*", "биткоин*", "пассивный доход", "заработок без вложений", "без вложений", "быстрый заработок",
	"прогон по базам", "прогон сайта", "вечные ссылки", "продвижение сайтов", "seo продвижение", "купить ссылки",
	"без рецепта", "для потенции", "похудение", "похудеть", "бады", "микрозайм*", "займ без", "кредит без",
	"займы онлайн", "купить диплом", "обнал*",
	// Chinese.
	"赌场", "百家乐", "真人视讯", "彩票", "网赌", "刷单", "日赚", "兼职赚钱", "网贷", "比特币", "虚拟货币",
	"usdt", "减肥", "伟哥", "壮阳", "seo优化", "外链", "快速排名", "关键词排名",
	// Spanish.
	"casino en línea", "casino online", "apuestas deportivas", "tragamonedas", "tragaperras", "criptomoneda*",
	"inversión garantizada", "ingresos pasivos", "gana dinero", "préstamo sin aval", "préstamos sin aval",
	"préstamos personales", "sin buró", "bajar de peso", "perder peso", "pastillas para adelgazar", "adelgazar",
	"sin receta", "suplemento natural", "comprar backlinks", "enlaces de calidad",
	// Portuguese.
	"cassino online", "apostas esportivas", "apostas online", "caça-níqueis", "criptomoeda*", "renda extra",
	"renda passiva", "investimento garantido", "empréstimo sem consulta", "empréstimo consignado", "emagrecer",
	"emagrecimento", "sem receita", "suplemento natural", "comprar backlinks",
	// Vietnamese.
	"nhà cái", "cá cược", "cá độ", "đánh bạc", "sòng bạc", "casino trực tuyến", "tiền điện tử", "tiền ảo",
	"kiếm tiền online", "kiếm tiền", "vay tiền", "vay nhanh", "giảm cân", "thực phẩm chức năng", "dịch vụ seo",
	"mua backlink",
	// Indonesian.
	"judi online", "situs judi", "slot gacor", "slot online", "togel", "taruhan", "pinjaman online",
	"pinjol", "dana cepat", "obat pelangsing", "pelangsing", "obat kuat", "jasa seo", "jasa backlink",
	"investasi bodong", "penghasilan tambahan",
	// German.
	"online-casino", "online casino", "sportwetten", "spielautomaten", "kryptowährung*", "passives einkommen",
	"schnell reich", "kredit ohne", "sofortkredit", "schnell abnehmen", "potenzmittel", "potenz",
	"nahrungsergänzungsmittel", "ohne rezept", "backlinks kaufen",
	// French.
	"casino en ligne", "paris sportifs", "machines à sous", "cryptomonnaie*", "revenu passif",
	"crédit sans justificatif", "prêt sans justificatif", "perdre du poids", "maigrir", "minceur",
	"complément alimentaire", "compléments alimentaires", "sans ordonnance", "pharmacie en ligne",
	"acheter des backlinks",
	// Italian, Polish.
	"casinò online", "scommesse", "dimagrire", "integratore alimentare", "integratori", "senza ricetta",
	"prestito senza", "kasyno online", "zakłady bukmacherskie", "kryptowalut*", "odchudzanie", "schudnąć",
	"suplement diety", "bez recepty", "chwilówk*",
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
	first   map[string][]int // exact first word -> phrases, longest first
	prefix  map[string][]int // first four runes of a wildcard first word -> phrases, longest first
	cjk     []int            // phrases matched as substrings
}

type phrase struct {
	text  string
	words []string // a trailing * marks a prefix word
	cat   uint8
}

const (
	catSpam uint8 = iota
	catVendor
)

// phraseSets holds the phrase sets compiled so far, by their lists: a
// rules file makes one engine per form, and most share the default lists,
// so each set is compiled once. A phrase set is never changed once built,
// so engines (and goroutines) share one freely.
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
	var key strings.Builder
	for _, list := range [][]string{extraSpam, extraVendor} {
		key.WriteString(strconv.Itoa(len(list)))
		for _, p := range list {
			fmt.Fprintf(&key, ";%d:%s", len(p), p)
		}
		key.WriteByte('|')
	}
	phraseSets.mu.Lock()
	defer phraseSets.mu.Unlock()
	if ps, ok := phraseSets.m[key.String()]; ok {
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
		phraseSets.m[key.String()] = ps
	}
	return ps, nil
}

func newPhraseSet(spam, vendor []string) (*phraseSet, error) {
	ps := &phraseSet{first: map[string][]int{}, prefix: map[string][]int{}}
	seen := map[string]bool{}
	for cat, list := range [][]string{spam, vendor} {
		for _, raw := range list {
			text := strings.ToLower(strings.TrimSpace(raw))
			key := fmt.Sprint(cat, text)
			if text == "" || seen[key] {
				continue
			}
			seen[key] = true
			idx := len(ps.phrases)
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
			ps.phrases = append(ps.phrases, phrase{text: text, words: words, cat: uint8(cat)})
			if stem, ok := strings.CutSuffix(words[0], "*"); ok {
				k := prefixKey(stem)
				ps.prefix[k] = append(ps.prefix[k], idx)
			} else {
				ps.first[words[0]] = append(ps.first[words[0]], idx)
			}
		}
	}
	// match takes the longest phrase at a position, the first listed
	// among equals.
	longestFirst := func(a, b int) int { return len(ps.phrases[b].words) - len(ps.phrases[a].words) }
	for _, list := range ps.first {
		slices.SortStableFunc(list, longestFirst)
	}
	for _, list := range ps.prefix {
		slices.SortStableFunc(list, longestFirst)
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
	if r < utf8.RuneSelf { // most text is ASCII: no tables needed
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// hasCJK reports Han, Hiragana, Katakana or Hangul characters.
func hasCJK(s string) bool {
	return strings.ContainsFunc(s, isCJK)
}

func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// phraseHits are the distinct phrases found, per category.
type phraseHits struct {
	n    [2]int
	text [2][]string // the first three phrases per category, for details
	seen map[int]bool
}

func (h *phraseHits) add(ps *phraseSet, idx int) {
	if h.seen[idx] {
		return
	}
	if h.seen == nil {
		h.seen = map[int]bool{}
	}
	h.seen[idx] = true
	p := &ps.phrases[idx]
	if h.n[p.cat] < 3 {
		h.text[p.cat] = append(h.text[p.cat], p.text)
	}
	h.n[p.cat]++
}

// match finds the phrases among words (the lower-cased message's words in
// order) and, when the message has CJK text, in lower. At each position
// only the longest matching phrase counts, and a phrase inside an earlier
// match ("casino" within "online casino") is not counted again.
func (ps *phraseSet) match(words []string, lower string, cjk bool) phraseHits {
	var h phraseHits
	covered := 0 // words before this index belong to an earlier match
	for i, w := range words {
		best, bestLen := -1, 0
		consider := func(idx int) {
			p := &ps.phrases[idx]
			if len(p.words) > bestLen && i+len(p.words) > covered && p.matchAt(words, i) {
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
	return h
}

// matchAt reports whether p's words match words from index i on: exact
// words as they are, prefix words by their stem.
func (p *phrase) matchAt(words []string, i int) bool {
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

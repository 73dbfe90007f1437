package screen

import (
	"cmp"
	"slices"
	"strings"

	"github.com/leadsieve/leadsieve/internal/screen/lookalike"
)

// Spam that expects link filters writes its links so that a person can
// still follow them but a program does not see a URL: "hxxp://", "site
// dot com", "site[.]com", "www . site . com". Genuine leads paste their
// link as it is.

// dotWords are the ways to write a dot as a word, in several languages.
const dotWords = `dot|punto|ponto|point|punkt|точка|點|点|dấu chấm|chấm|titik|kropka|nokta|tečka|крапка|ドット|닷|τελεία|נקודה|نقطة|डॉट|จุด`

// dotWordList is dotWords one by one, the strings a pattern that reads a
// dot word cannot do without: a word added to dotWords is looked for.
var dotWordList = strings.Split(dotWords, "|")

// spelledTLDs are top-level domains that obfuscated links end in, spelled
// out after a dot word. English words that are also TLDs ("in", "to",
// "me", "us", "it", "is", "at", "be", "no", "so", "do", "my") are left out:
// "polka dot in red" is not a link.
const spelledTLDs = `com|net|org|ru|info|biz|xyz|top|io|co|uk|de|fr|es|pt|br|pl|cn|vn|id|online|site|shop|store|club|pro|ly|cc|tk|su|ua|kz|by|click|link|live|today|vip|win|bet|casino|jp|kr|mx|nl|tr|ro|gr|cz|hu|ar|cl|th|tw|hk|sg|ph|za|ng|ke|eg|sa|ae|il|ir|sk|rs|bg|hr|lt|lv|ee|fi|dk|pe|ve|uy|ec|bd|pk|lk|np`

// As with the probes, each pattern names the strings one of which it
// cannot do without; two cannot do without a dot word (dotWordList),
// looked for once for both.
var obfuscatedLinkPatterns = []struct {
	what    string
	needs   []string // lower-case; one of them must occur
	dotWord bool     // or a dot word must occur
	re      *lazyRegexp
}{
	{"a defanged scheme", []string{"hxx", "h**p", "h t t p"}, false,
		newLazyRegexp(`(?i)\bh(xx|\*\*)ps?(://|\[:\]//|\[://\])|\bh\s+t\s+t\s+p\s*s?\s*:`)},
	{"a bracketed dot", []string{".]", ".)", ".}"}, true,
		newLazyRegexp(`(?i)[\p{L}\p{N}-]\s*(\[\.\]|\(\.\)|\{\.\}|\[(` + dotWords + `)\]|\((` + dotWords + `)\)|\{(` + dotWords + `)\}|<(` + dotWords + `)>)\s*[\p{L}]{2,}`)},
	{"a dot written as a word", nil, true,
		newLazyRegexp(`(?i)[\p{L}\p{N}-]{2,}\s+(` + dotWords + `)\s+(` + spelledTLDs + `)\b`)},
	{"spaces inside a link", []string{"http", "www"}, false,
		newLazyRegexp(`(?i)\bhttps?\s*:\s*/\s*/\s+\S|\bhttps?\s+:\s*//|\bwww\s+\.\s*[\p{L}\p{N}]|\bwww\.\s+[\p{L}\p{N}]`)},
	{"spaces inside a link", []string{" ."}, false,
		newLazyRegexp(`(?i)[\p{L}\p{N}-]{2,}\s+\.\s*(` + spelledTLDs + `)\b`)},
}

// pointOfPhrase reports a dot word followed by a TLD that is a phrase of
// its language: the Romance "point of" ("al punto de firmar", "ponto de
// vista"), the Turkish "clear point" ("bu nokta net değil"). Bracketed
// dot words are never such a phrase.
func pointOfPhrase(match string) bool {
	f := strings.Fields(strings.ToLower(match))
	if len(f) < 2 {
		return false
	}
	return slices.Contains(dotPhrases[f[len(f)-2]], f[len(f)-1])
}

// dotPhrases are, for a dot word, the TLDs that make a phrase with it.
var dotPhrases = map[string][]string{
	"punto": {"de", "da", "dk"},
	"ponto": {"de", "da"},
	"nokta": {"net"},
}

// obfuscatedLink describes the first obfuscated link in msg (lower is msg
// lower-cased), or "".
func obfuscatedLink(msg, lower string) string {
	dotWord := containsAny(lower, dotWordList)
	for _, p := range obfuscatedLinkPatterns {
		if !(p.dotWord && dotWord) && !containsAny(lower, p.needs) {
			continue
		}
		for _, m := range p.re.FindAllString(msg, -1) {
			if !pointOfPhrase(m) {
				return p.what + " " + quote(m, 40)
			}
		}
	}
	return disguisedByTyping(msg)
}

// messengerNames are the chat apps spam asks to move the conversation to,
// by their names and nicknames in several languages and scripts. Names that
// are everyday words or abbreviations ("signal", "line", "wa", "tg") are
// left out: they would turn ordinary sentences with a phone number into
// messenger requests.
var messengerNames = map[string]string{
	"telegram": "Telegram", "телеграм": "Telegram", "телеграмм": "Telegram", "телеге": "Telegram", "телега": "Telegram",
	"телеграме": "Telegram", "телеграмі": "Telegram", "whatsapp": "WhatsApp", "whatsap": "WhatsApp", "watsapp": "WhatsApp",
	"ватсап": "WhatsApp", "вотсап": "WhatsApp", "ватсапп": "WhatsApp", "вацап": "WhatsApp", "wechat": "WeChat",
	"weixin": "WeChat", "viber": "Viber", "вайбер": "Viber", "вайбере": "Viber", "skype": "Skype", "скайп": "Skype",
	"kakaotalk": "KakaoTalk", "zalo": "Zalo", "signal": "", "line": "",
	"واتساب": "WhatsApp", "واتس": "WhatsApp", "وتساب": "WhatsApp", "تيليجرام": "Telegram", "تلغرام": "Telegram",
	"תלגרם": "Telegram", "וואטסאפ": "WhatsApp", "qq": "QQ",
}

// messengerScripts are chat app names in scripts written without spaces
// between words (Chinese, Japanese, Korean, Thai), matched as substrings
// wherever they stand.
var messengerScripts = [][2]string{
	{"微信", "WeChat"}, {"威信", "WeChat"}, {"电报", "Telegram"}, {"電報", "Telegram"}, {"纸飞机", "Telegram"},
	{"飞机号", "Telegram"}, {"テレグラム", "Telegram"}, {"ワッツアップ", "WhatsApp"}, {"ライン", "LINE"},
	{"カカオトーク", "KakaoTalk"}, {"카카오톡", "KakaoTalk"}, {"카톡", "KakaoTalk"}, {"텔레그램", "Telegram"},
	{"라인", "LINE"}, {"왓츠앱", "WhatsApp"}, {"ไลน์", "LINE"},
	{"व्हाट्सएप", "WhatsApp"}, {"व्हाट्सऐप", "WhatsApp"}, {"टेलीग्राम", "Telegram"},
}

// messengerLinks are chat links that need no app name beside them.
var messengerLinks = [][2]string{
	{"t.me/", "Telegram"}, {"telegram.me/", "Telegram"}, {"telegram.dog/", "Telegram"}, {"wa.me/", "WhatsApp"},
	{"wa.link/", "WhatsApp"}, {"api.whatsapp.com/", "WhatsApp"}, {"chat.whatsapp.com/", "WhatsApp"},
	{"line.me/", "LINE"}, {"zalo.me/", "Zalo"}, {"u.wechat.com/", "WeChat"}, {"invite.viber.com", "Viber"},
	{"qr.kakao.com/", "KakaoTalk"}, {"open.kakao.com/", "KakaoTalk"},
}

// shortMessengerContacts are the everyday words and abbreviations left out
// of messengerNames, counted only directly before a handle or ID: "LINE
// ID: abc", "tg: @abc", "wa: +62...".
var shortMessengerContacts = []shortContact{
	newShortContact("LINE", []string{"line"}, `\s*(id\s*[:：]?|[:：]\s*@|@)\s*[a-z0-9_.]{3,}`),
	newShortContact("Telegram", []string{"tg"}, `\s*[:：]?\s*@[a-z0-9_]{3,}`),
	newShortContact("WhatsApp", []string{"wa", "wsp", "wpp", "zap"}, `\s*[:：]\s*\+?\d[\d ()-]{6,}`),
	newShortContact("Signal", []string{"signal"}, `\s*[:：]\s*\+?\d[\d ()-]{6,}`),
}

// shortContact is an app's short name (one of names, starting a word)
// followed by what after matches: `\b(names)after` as one pattern. The
// names are looked up as plain strings and after is tried only where one
// ends, so the pattern is not tried at every byte of every message.
type shortContact struct {
	app   string
	names []string    // lower case
	after *lazyRegexp // anchored at the end of a name
}

func newShortContact(app string, names []string, after string) shortContact {
	return shortContact{app: app, names: names, after: newLazyRegexp(`^(?:` + after + `)`)}
}

// in reports whether lower holds one of c's names at the start of a word
// (after a byte that is not an ASCII letter, digit or underscore, as \b
// has it) followed by what c.after matches.
func (c shortContact) in(lower string) bool {
	for _, name := range c.names {
		for from := 0; ; {
			i := strings.Index(lower[from:], name)
			if i < 0 {
				break
			}
			at := from + i
			if (at == 0 || !isASCIIWordByte(lower[at-1])) && c.after.MatchString(lower[at+len(name):]) {
				return true
			}
			from = at + 1
		}
	}
	return false
}

// isASCIIWordByte reports the bytes \w matches.
func isASCIIWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// contactHandle finds contact details written beside an app name: an
// @handle, or an ID ("ID: name", "微信号 abc123").
var contactHandle = newLazyRegexp(`(?i)(^|[\s(:：])@[\p{L}\p{N}_]{3,}|\bid\s*[:：]\s*\S{3,}|号\s*[:：]?\s*[a-z0-9_]{4,}|(微信|威信|电报|電報|飞机)\s*[:：]?\s*[a-z0-9_-]{5,}`)

// messengerContact returns the chat app a message asks to be contacted on,
// or "": a chat link, or the app's name together with contact details (a
// phone number of 7+ digits, an @handle, an ID). Asking whether a product
// integrates with WhatsApp names the app without contact details and does
// not count. cjk reports Han, Kana or Hangul letters in the message, which
// every name of messengerScripts begins with.
func messengerContact(lower string, words []string, digits int) string {
	for _, l := range messengerLinks {
		if strings.Contains(lower, l[0]) {
			return l[1]
		}
	}
	for _, s := range shortMessengerContacts {
		if s.in(lower) {
			return s.app
		}
	}
	app := ""
	for _, w := range words {
		if name := messengerNames[w]; name != "" {
			app = name
			break
		}
	}
	if app == "" {
		for _, m := range messengerScripts {
			if strings.Contains(lower, m[0]) {
				app = m[1]
				break
			}
		}
	}
	if app == "" {
		return ""
	}
	if digits >= 7 || contactHandle.MatchString(lower) {
		return app
	}
	return ""
}

// Bulk spam in any language has two parts that genuine leads rarely put
// together: a trade that lives on spam (SEO and backlinks, casinos and
// betting, crypto profits, quick loans, bought reviews) and a way to
// reach the sender that avoids the form's own reply: a messenger, a
// disguised or cheap link, a bare phone number. A casino operator asking
// about our filter names the trade but offers no channel and asks about
// our product; a lead who wants WhatsApp routing names a channel but no
// trade. Only the pair, without a question about our product, counts.

// spamTrades are the trades, folded (see foldText; a trailing * matches
// any ending), in the languages form spam arrives in.
var spamTrades = foldedPhrases(
	// SEO and links.
	"seo", "backlink*", "link building", "guest post*", "domain authority", "pbn", "first page of google",
	"page one of google", "top of google", "google ranking*", "gastartikel*", "gastbeitr*",
	"referencement", "posicionamiento", "primera pagina", "primeira pagina", "posizionamento", "pozycjonowani*",
	"продвижени*", "раскрутк*", "dich vu seo", "len top", "jasa seo", "jasa backlink",
	// Gambling.
	"casino*", "kasino*", "slot", "slots", "gacor", "maxwin", "jackpot", "free spins", "freispiele",
	"tours gratuits", "giros gratis", "rodadas gratis", "giri gratis", "welcome bonus", "deposit bonus",
	"no deposit", "betting", "sportsbook", "bookmaker*", "apuestas", "aposta*", "scommesse", "zaklady",
	"paris sportifs", "sportwetten", "казино", "ставк*", "букмекер*", "депозит*", "nha cai", "judi", "togel",
	// Crypto and easy money.
	"crypto*", "bitcoin*", "btc", "usdt", "forex", "arbitrage", "криптовалют*", "крипт*", "арбитраж*",
	"cripto*", "kryptowalut*", "krypto*", "kripto*", "earn money", "make money", "daily profit*", "passive income",
	"заработ*", "lucro*", "ganhe dinheiro", "gana dinero", "zarabiaj", "zarobek", "geld verdienen",
	"guadagn*", "kiem tien", "penghasilan",
	// Loans and bought reputation.
	"loan*", "payday", "kredyt*", "no credit check", "sem consulta", "sin buro", "bez bik", "ohne schufa",
	"5 star reviews", "star reviews", "кредит*", "займ*", "микрозайм*", "emprestimo*", "prestamo*", "pozyczk*", "pinjaman",
	"sofortkredit*", "pret rapide", "credit rapide", "google reviews", "trustpilot", "fake reviews",
	"followers", "подписчик*", "накрутк*",
)

// spamTradesCJK are the trades in scripts written without spaces, matched
// as substrings.
var spamTradesCJK = []string{"优化", "排名", "百度", "娱乐城", "彩金", "博彩", "赌场", "棋牌", "赚钱", "日赚", "贷款",
	"カジノ", "副業", "稼げる", "카지노", "토토", "바카라", "대출"}

// spamChannel names the way a message asks to be reached outside the
// form's reply, or "": a messenger (see messengerContact), a disguised
// link, a link to a domain spam favours, a messenger named, an @handle,
// or a bare phone number of 7+ digits. A plain link is not one: a lead
// links their own site.
func spamChannel(msg, lower string, words []string, digits int) string {
	return cmp.Or(wayRound(messengerContact(lower, words, digits), obfuscatedLink(msg, lower), suspiciousLink(lower)),
		otherChannel(msg, lower, words, digits))
}

// otherChannel is spamChannel less what the message detector checks on
// its own (messengers, disguised and cheap links).
func otherChannel(msg, lower string, words []string, digits int) string {
	for _, w := range words {
		if messengerNames[w] != "" {
			return messengerNames[w]
		}
	}
	// contactHandle needs an @, an "id" or a CJK messenger's name; most
	// messages have none.
	if (strings.Contains(lower, "@") || strings.Contains(lower, "id") || hasAnyOf(lower, "号信报機机")) &&
		contactHandle.MatchString(lower) {
		return "an @handle"
	}
	if digits >= 7 && phoneRun.MatchString(msg) {
		return "a phone number"
	}
	return ""
}

// phoneRun is a phone number written out: 7+ digits with the spaces,
// dashes, dots and brackets numbers are written with.
var phoneRun = newLazyRegexp(`\+?\d[\d ().-]{6,}\d`)

// spamOffer explains why a message is bulk spam by its two parts (see
// spamTrades), or returns "". m is the message folded; buyer is what it
// asks about our product, if anything; channel the way round the form the
// message detector found already (a messenger, a disguised or cheap
// link), if any.
func spamOffer(msg, lower string, m foldedText, words []string, st msgStats, buyer, channel string) string {
	if buyer != "" {
		return ""
	}
	if st.mixedWords > 0 {
		// Words spelt with Cyrillic or Greek look-alikes ("bасklіnks")
		// hide from word lists; read them as they look.
		msg = lookalike.Skeleton(msg)
		lower = strings.ToLower(msg)
		m = newFoldedText(foldText(msg))
		words = strings.FieldsFunc(lower, func(r rune) bool { return !isWordRune(r) })
	}
	digits := st.digits
	trade := spamTrades.find(m)
	if trade == "" {
		trade = firstIn(msg, spamTradesCJK)
	}
	if trade == "" {
		trade = moreTrade(msg, m)
	}
	if trade == "" {
		return ""
	}
	switch {
	case st.mixedWords > 0:
		channel = spamChannel(msg, lower, words, digits)
	case channel == "":
		channel = otherChannel(msg, lower, words, digits)
	}
	if channel == "" {
		channel = moreChannel(msg, lower)
	}
	if channel == "" {
		return ""
	}
	return "offers " + quote(trade, 24) + " and a way round the form: " + channel
}

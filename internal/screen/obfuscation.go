package screen

import (
	"regexp"
	"strings"
)

// Spam that expects link filters writes its links so that a person can
// still follow them but a program does not see a URL: "hxxp://", "site
// dot com", "site[.]com", "www . site . com". Genuine leads paste their
// link as it is.

// dotWords are the ways to write a dot as a word, in several languages.
const dotWords = `dot|punto|ponto|point|punkt|точка|點|点|dấu chấm|titik`

// spelledTLDs are top-level domains that obfuscated links end in, spelled
// out after a dot word. English words that are also TLDs ("in", "to",
// "me", "us", "it", "is", "at", "be", "no", "so", "do", "my") are left out:
// "polka dot in red" is not a link.
const spelledTLDs = `com|net|org|ru|info|biz|xyz|top|io|co|uk|de|fr|es|pt|br|pl|cn|vn|id|online|site|shop|store|club|pro|ly|cc|tk|su|ua|kz|by|click|link|live|today|vip|win|bet|casino`

// As with the probes, each pattern names the strings one of which it
// cannot do without.
var obfuscatedLinkPatterns = []struct {
	what  string
	needs []string // lower-case; one of them must occur
	re    *regexp.Regexp
}{
	{"a defanged scheme", []string{"hxx", "h**p", "h t t p"},
		regexp.MustCompile(`(?i)\bh(xx|\*\*)ps?(://|\[:\]//|\[://\])|\bh\s+t\s+t\s+p\s*s?\s*:`)},
	{"a bracketed dot", []string{".]", ".)", ".}", "dot", "punto", "ponto", "point", "punkt", "точка", "點", "点", "chấm", "titik"},
		regexp.MustCompile(`(?i)[\p{L}\p{N}-]\s*(\[\.\]|\(\.\)|\{\.\}|\[(` + dotWords + `)\]|\((` + dotWords + `)\)|\{(` + dotWords + `)\}|<(` + dotWords + `)>)\s*[\p{L}]{2,}`)},
	{"a dot written as a word", []string{"dot", "punto", "ponto", "point", "punkt", "точка", "點", "点", "dấu chấm", "titik"},
		regexp.MustCompile(`(?i)[\p{L}\p{N}-]{2,}\s+(` + dotWords + `)\s+(` + spelledTLDs + `)\b`)},
	{"spaces inside a link", []string{"http", "www"},
		regexp.MustCompile(`(?i)\bhttps?\s*:\s*/\s*/\s+\S|\bhttps?\s+:\s*//|\bwww\s+\.\s*[\p{L}\p{N}]|\bwww\.\s+[\p{L}\p{N}]`)},
	{"spaces inside a link", []string{" ."},
		regexp.MustCompile(`(?i)[\p{L}\p{N}-]{2,}\s+\.\s*(` + spelledTLDs + `)\b`)},
}

// obfuscatedLink describes the first obfuscated link in msg (lower is msg
// lower-cased), or "".
func obfuscatedLink(msg, lower string) string {
	for _, p := range obfuscatedLinkPatterns {
		if !containsAny(lower, p.needs) {
			continue
		}
		if m := p.re.FindString(msg); m != "" {
			return p.what + " " + quote(m, 40)
		}
	}
	return ""
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
}

// messengerScripts are chat app names in scripts written without spaces
// between words (Chinese, Japanese, Korean, Thai), matched as substrings
// wherever they stand.
var messengerScripts = [][2]string{
	{"微信", "WeChat"}, {"威信", "WeChat"}, {"电报", "Telegram"}, {"電報", "Telegram"}, {"纸飞机", "Telegram"},
	{"飞机号", "Telegram"}, {"テレグラム", "Telegram"}, {"ワッツアップ", "WhatsApp"}, {"ライン", "LINE"},
	{"カカオトーク", "KakaoTalk"}, {"카카오톡", "KakaoTalk"}, {"카톡", "KakaoTalk"}, {"텔레그램", "Telegram"},
	{"라인", "LINE"}, {"왓츠앱", "WhatsApp"}, {"ไลน์", "LINE"},
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
	names []string       // lower case
	after *regexp.Regexp // anchored at the end of a name
}

func newShortContact(app string, names []string, after string) shortContact {
	return shortContact{app: app, names: names, after: regexp.MustCompile(`^(?:` + after + `)`)}
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
var contactHandle = regexp.MustCompile(`(?i)(^|[\s(:：])@[\p{L}\p{N}_]{3,}|\bid\s*[:：]\s*\S{3,}|号\s*[:：]?\s*[a-z0-9_]{4,}`)

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

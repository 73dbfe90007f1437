package screen

import (
	"regexp"
	"strings"
	"testing"
)

func TestObfuscatedLink(t *testing.T) {
	not := []string{CodeObfuscatedLink}
	runCases(t, []detCase{
		{name: "hxxp", sub: setMessage("Best prices at hxxps://cheap-meds.example/buy"), want: CodeObfuscatedLink, points: 40},
		{name: "dot com", sub: setMessage("visit bestcasino dot com for your bonus"), want: CodeObfuscatedLink},
		{name: "bracketed dot", sub: setMessage("go to luckyspin[.]xyz now"), want: CodeObfuscatedLink},
		{name: "parenthesised dot word", sub: setMessage("our site: seo-boost(dot)net"), want: CodeObfuscatedLink},
		{name: "russian dot word", sub: setMessage("заходите на сайт kazino точка ru"), want: CodeObfuscatedLink},
		{name: "spanish dot word", sub: setMessage("visita apuestas punto com ahora"), want: CodeObfuscatedLink},
		{name: "spaces in url", sub: setMessage("see https:// spam-shop.example/deal"), want: CodeObfuscatedLink},
		{name: "spaced www", sub: setMessage("www . luckyspin . com"), want: CodeObfuscatedLink},
		{name: "space before tld", sub: setMessage("order at pillshop .com today"), want: CodeObfuscatedLink},
		{name: "spaced scheme letters", sub: setMessage("h t t p s : / / bit.ly/xyz"), want: CodeObfuscatedLink},
		// Real links and ordinary words.
		{name: "plain link", sub: setMessage("Our site is https://northwind-logistics.com, could we get a demo?"), not: not},
		{name: "polka dot", sub: setMessage("We sell polka dot in red and dot matrix printers; need pricing."), not: not},
		{name: "decimal point", sub: setMessage("Version 2.5 is fine. Budget about 10.000 EUR."), not: not},
		{name: "dot com era", sub: setMessage("We are a dot com era company moving to SaaS."), not: not},
		{name: "sentence end before net", sub: setMessage("We grew fast. Net revenue is 4M."), not: not},
		{name: "japanese point", sub: setMessage("ポイントは価格です。デモをお願いします。"), not: not},
	})
}

// TestEveryDotWordCounts: each dot word of dotWords, in any script, makes
// a link written with it, spelled out between spaces or in brackets.
func TestEveryDotWordCounts(t *testing.T) {
	for _, w := range dotWordList {
		for _, msg := range []string{"see cheap-pills " + w + " com today", "see cheap-pills[" + w + "]com today"} {
			if obfuscatedLink(msg, strings.ToLower(msg)) == "" {
				t.Errorf("%q: no obfuscated link", msg)
			}
		}
	}
}

func TestMessengerContactMultilingual(t *testing.T) {
	not := []string{CodeMessengerContact}
	runCases(t, []detCase{
		{name: "russian telegram handle", sub: setMessage("Пишите в телеграм @seo_master_pro, сделаем скидку"), want: CodeMessengerContact, points: 30},
		{name: "russian whatsapp number", sub: setMessage("Наш ватсап +7 912 345 67 89"), want: CodeMessengerContact},
		{name: "chinese wechat id", sub: setMessage("加微信号 abc12345 了解详情"), want: CodeMessengerContact},
		{name: "chinese telegram", sub: setMessage("联系电报 @cryptoking888"), want: CodeMessengerContact},
		{name: "korean kakaotalk id", sub: setMessage("카톡 ID: lucky777 로 연락주세요"), want: CodeMessengerContact},
		{name: "japanese line id", sub: setMessage("ラインID: bonus_jp でご連絡ください"), want: CodeMessengerContact},
		{name: "wa.link", sub: setMessage("Chat with us: wa.link/abc123"), want: CodeMessengerContact},
		{name: "telegram.me", sub: setMessage("join telegram.me/signals_vip"), want: CodeMessengerContact},
		{name: "vietnamese zalo", sub: setMessage("Liên hệ Zalo 0912345678 để nhận ưu đãi"), want: CodeMessengerContact},
		{name: "line id", sub: setMessage("Add my LINE ID: bonus_th88 for the promo"), want: CodeMessengerContact},
		{name: "tg handle", sub: setMessage("write tg: @signals_vip"), want: CodeMessengerContact},
		{name: "wa number", sub: setMessage("Contato wa: +55 11 91234-5678"), want: CodeMessengerContact},
		// Asking about an integration names the app without contact details.
		{name: "integration question", sub: setMessage("Does your product integrate with WhatsApp and Telegram?"), not: not},
		{name: "russian integration question", sub: setMessage("Есть ли интеграция с телеграм и ватсап?"), not: not},
		{name: "chinese integration question", sub: setMessage("你们的产品支持微信登录吗？"), not: not},
		{name: "product line", sub: setMessage("Our product line @ 3 sites needs dashboards; call +1 650 253 0000."), not: not},
		{name: "signal word with phone", sub: setMessage("We need a strong buying signal. Call me on +1 650 253 0000."), not: not},
	})
}

// TestShortContactIsItsPattern checks that looking a short messenger name
// up as a string and trying the rest of the pattern where it ends finds
// exactly what the whole pattern `\b(names)after` finds, for the shipped
// contacts and for one given a name the shipped lists do not have.
func TestShortContactIsItsPattern(t *testing.T) {
	contacts := append([]shortContact(nil), shortMessengerContacts...)
	added := newShortContact("Threema", []string{"threema"}, `\s*[:：]\s*[a-z0-9]{8}`)
	contacts = append(contacts, added)
	msgs := []string{
		"add my line id: bonus_th88 for the promo", "line:@abc", "line @abcd", "line", "online id: abcdef",
		"éline id: abcdef", "_line id: abcdef", "deadline id: none", "2line@abc",
		"write tg: @signals_vip", "tg @ab", "tg@abc", "atg: @abcd", "ntg：@abcd",
		"wa: +62 812 3456 789", "was: 1234567", "wa:12345", "call wsp: (11) 9999-8888", "wpp：+55 11 99999 8888",
		"zap: 11999998888", "zapping: 1234567", "signal: +1 555 0100 123", "the signal: strong", "resignal: 5550100123",
		"threema: abcd1234", "threema abcd1234", "мой threema: ab12cd34", "xthreema: abcd1234",
		"line id: a and later wa: +1 555 0100 999", "",
	}
	for _, c := range contacts {
		quoted := make([]string, len(c.names))
		for i, n := range c.names {
			quoted[i] = regexp.QuoteMeta(n)
		}
		whole := regexp.MustCompile(`\b(` + strings.Join(quoted, "|") + `)` + strings.TrimPrefix(c.after.String(), "^"))
		for _, m := range msgs {
			if got, want := c.in(m), whole.MatchString(m); got != want {
				t.Errorf("%s in %q = %v, the whole pattern says %v", c.app, m, got, want)
			}
		}
	}
	if !added.in("threema: abcd1234") || added.in("xthreema: abcd1234") {
		t.Error("a name added to a short contact does not take effect as a word")
	}
}

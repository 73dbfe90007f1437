package screen

import "testing"

// TestSellOffer: an advert for a trade no list names is bulk spam when it
// prices itself and gives a way round the form, in any language; a price
// with a phone number, a question, or a messenger without a price is not.
func TestSellOffer(t *testing.T) {
	not := []string{CodeSpamContent}
	runCases(t, []detCase{
		{name: "likes for dollars on telegram", sub: setMessage("Get 2,000 TikTok views for $4 today, telegram: @views_now"), want: CodeSpamContent, points: 80},
		{name: "russian cheap diplomas on whatsapp", sub: setMessage("Продаём аттестаты недорого, ватсап +7 901 555 44 33"), want: CodeSpamContent, points: 80},
		{name: "swedish cheap on telegram", sub: setMessage("Köp gilla-markeringar billigt, skriv på Telegram @gilla_se"), want: CodeSpamContent, points: 80},
		{name: "thai cheap with line handle", sub: setMessage("รับจ้างกดไลค์ ราคาถูก แอดไลน์ @likes_th"), want: CodeSpamContent, points: 80},
		{name: "korean percent with kakao id", sub: setMessage("첫 가입 20% 할인, 카톡 promo88"), want: CodeSpamContent, points: 80},
		{name: "cyrillic tld spelt out", sub: setMessage("Продаём базы клиентов, скидка 50%: bazy-prodazha точка ру"), want: CodeSpamContent, points: 80},
		{name: "spanish price with obfuscated link", sub: setMessage("Tesis y trabajos finales desde 30 €, visita tesis-ya punto com"), want: CodeSpamContent, points: 80},
		{name: "listed trade with an app id", sub: setMessage("대출 당일 승인, 카톡 loan24"), want: CodeSpamContent, points: 80},
		{name: "yen by the day on line", sub: setMessage("毎日2万円の副収入、LINE @side_jp"), want: CodeSpamContent, points: 80},
		// Genuine look-alikes.
		{name: "customer quotes a bill and gives a phone", sub: setMessage("You billed us $49 instead of $29, call me back on +1 415 555 0100"), not: not},
		{name: "price question with whatsapp", sub: setMessage("Is the $29 plan enough for 3 users? My WhatsApp is +49 176 1234 5678"), not: not},
		{name: "whatsapp routing without a price", sub: setMessage("We want leads routed to our sales team on WhatsApp +34 600 123 456"), not: not},
		{name: "german cheap complaint asking", sub: setMessage("Billig war es, aber es funktioniert nicht. Können Sie mich auf Telegram @mueller_it erreichen?"), not: not},
		{name: "hryvnia bill with phone", sub: setMessage("Ви списали 1000 грн двічі, зателефонуйте мені +380 67 123 4567"), not: not},
		{name: "chinese price question", sub: setMessage("你们的产品多少钱？我们预算是500元，微信 abc12345"), not: not},
	})
}

func TestAppID(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"카톡 casino77", "KakaoTalk casino77"},
		{"telegram: fx_auto", "Telegram fx_auto"},
		{"text me on whatsapp later", ""},
		{"telegram 2026", ""}, // a year, not an account
		{"wechat ok", ""},
	} {
		if got := appID(tc.in); got != tc.want {
			t.Errorf("appID(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

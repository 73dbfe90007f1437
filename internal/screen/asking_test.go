package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestAskingBuyerWithMessenger: a buyer who asks us something and gives
// the messenger it reads stays genuine however sure the spam model is, in
// any language; the same model score and messenger on an advert that
// asks nothing, or whose only question is a hook about what the reader
// wants, is junk. The model is faked at the probability given, so each
// row tests the rule, not the model.
func TestAskingBuyerWithMessenger(t *testing.T) {
	for _, tc := range []struct {
		name string
		msg  string
		p    float64
		junk bool
	}{
		// Buyers: a question or a request, a payment method or a trade
		// the model reads as spam, and a messenger.
		{"french and wolof: payment question", "Bonjour, nous sommes une agence immobilière à Dakar, 5 agents. Vous acceptez Wave ou Orange Money ? Mon WhatsApp : +221 77 123 45 67. Jërëjëf", 0.96, false},
		{"english: language question with viber", "Hello, we are trading company in Yangon. Can your form work in Myanmar language? Viber +95 9 451 234 567", 0.92, false},
		{"english: payment question with telegram", "Hello, we export coffee from Addis, 5 staff. Do you accept payment by SWIFT? Telegram +251 911 445566", 0.9, false},
		{"swahili: polite asks", "Habari, sisi ni kampuni ndogo ya bima hapa Dar es Salaam. Tungependa kujua bei ya mpango wenu kwa fomu mbili. Naomba mnitumie maelezo kwa WhatsApp +255 754 112 233. Asante.", 0.96, false},
		{"swahili: to buy, call me", "Tafadhali nipigie kwa WhatsApp +255 754 321 098, barua pepe yangu haifanyi kazi vizuri. Tunataka kununua kwa ofisi tatu.", 0.92, false},
		{"english: seo agency asks for a plan", "Salom! We are a small SEO and reviews agency from Tashkent, we manage contact forms for 14 client sites. Is there an agency plan with separate workspaces? Telegram @aziz_seo_tk is faster for me than email.", 0.96, false},
		{"spanish: payment question", "Somos una inmobiliaria en Lima con 6 agentes. ¿Aceptan pago con Yape o Plin? Mi WhatsApp: +51 987 654 321", 0.96, false},
		{"portuguese: payment question", "Somos uma corretora de seguros em Luanda. Vocês aceitam pagamento por Multicaixa? WhatsApp +244 923 456 789", 0.96, false},
		{"indonesian: payment question", "Kami agen properti di Surabaya, 8 orang. Apakah bisa bayar pakai QRIS? WA saya 0812 3456 7890", 0.96, false},
		{"russian: seo agency asks for a plan", "Мы небольшое SEO-агентство из Алматы. Есть ли тариф для агентств с отдельными кабинетами? Телеграм @seo_almaty", 0.96, false},
		{"turkish: polite asks", "Fiyatlarınızı öğrenmek istiyoruz, bilgi gönderebilir misiniz? WhatsApp +90 532 123 45 67", 0.96, false},
		{"tagalog: polite ask", "Magandang araw! Gusto po naming malaman ang presyo ng plano ninyo para sa tatlong form. Viber +63 917 123 4567", 0.96, false},
		// Adverts: a hook about what the reader wants, or nothing asked.
		{"english hook", "Need a loan? Approval in 1 hour, no credit check. WhatsApp +44 7700 900123", 0.96, true},
		{"spanish hook", "¿Necesitas un préstamo rápido? Sin aval y sin papeleo. Escríbenos por WhatsApp +34 612 90 44 17", 0.96, true},
		{"russian hook", "Нужны отзывы на Яндекс Картах? Живые аккаунты, от 150 ₽ за отзыв. Пишите в телегу @otzyv_pro", 0.96, true},
		{"indonesian hook", "Lur, butuh dana cepet? Pinjaman cair 5 menit tanpa jaminan. Chat WA 0812 7733 0917", 0.96, true},
		{"argentinian hook", "¿Querés ganar plata desde el celu? Te damos 200% de bono en el casino. Escribinos al wsp 11 5555-1234.", 0.96, true},
		{"english: asks nothing", "Fast cash loans without documents, approval in 10 minutes, WhatsApp +234 803 123 4567", 0.96, true},
		{"english: model and messenger, asks nothing", "Premium wholesale sneakers, new stock weekly, Telegram @kicks_wholesale", 0.96, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, s := screenMessageAt(t, tc.p, tc.msg)
			if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
				t.Errorf("%q at %.2f: verdict %s (%d), want junk %v; reasons %v", tc.msg, tc.p, s.Verdict, s.Score, tc.junk, codesOf(s))
			}
		})
	}
}

// TestAskingKeepsModelFromMessenger: in a message that asks something of
// us the spam model and a messenger do not corroborate each other, and
// the screening says so; in one that asks nothing they do, and a third
// sign still corroborates either.
func TestAskingKeepsModelFromMessenger(t *testing.T) {
	asking := "We run two clinics in Accra. Do you take Mobile Money? WhatsApp +233 24 123 4567"
	_, s := screenMessageAt(t, 0.97, asking)
	if s.Verdict == lead.ScreenJunk {
		t.Fatalf("%q: junk (%v), want the model and the messenger apart", asking, codesOf(s))
	}
	if r, ok := reasonFor(s, CodeUncorroborated); !ok || !strings.Contains(r.Detail, CodeSpamModel) {
		t.Errorf("%q: uncorroborated reason %q, want one naming %s", asking, r.Detail, CodeSpamModel)
	}
	telling := "Two clinics in Accra, Mobile Money accepted. WhatsApp +233 24 123 4567"
	if _, s := screenMessageAt(t, 0.97, telling); s.Verdict != lead.ScreenJunk {
		t.Errorf("%q: %s (%v), want junk: nothing asked, the model and the messenger agree", telling, s.Verdict, codesOf(s))
	}
}

// TestWishHook: a question about what the reader wants or needs, within
// its first words, is an advert's hook in many languages; one that names
// the sender, the asking itself or what we sell is not.
func TestWishHook(t *testing.T) {
	for _, tc := range []struct {
		q    string
		hook bool
	}{
		{"Need a loan?", true},
		{"Do you need fast cash?", true},
		{"¿Necesitas un préstamo rápido?", true},
		{"Besoin d'un crédit ?", true},
		{"Brauchst du Geld?", true},
		{"Geld nodig?", true},
		{"Нужны отзывы на картах?", true},
		{"Хотите заработать?", true},
		{"Potrzebujesz pożyczki?", true},
		{"Lur, butuh dana cepet?", true},
		{"Boss, nak buat duit lebih?", true},
		{"¿Querés ganar plata desde el celu?", true},
		{"Unahitaji mkopo?", true},
		{"Do you need my VAT number?", false},
		{"¿Se necesita tarjeta para la prueba?", false},
		{"Mau tanya, ada paket bulanan?", false},
		{"Mau order 3 lisensi, bisa?", false},
		{"Vous acceptez Wave ou Orange Money ?", false},
		{"Is there an agency plan with separate workspaces?", false},
		{"Brauchen Sie unsere Handelsregisternummer?", false},
		{"Can your form work in Myanmar language?", false},
	} {
		if got := wishHook(newFoldedText(foldText(tc.q))); got != tc.hook {
			t.Errorf("wishHook(%q) = %v, want %v", tc.q, got, tc.hook)
		}
	}
}

// TestPoliteAsks: the polite asks of many languages (we would like to
// know, please send me, could you, I request) ask something of us; an
// advert's call to write to it does not.
func TestPoliteAsks(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		asks bool
	}{
		{"Tungependa kujua bei ya mpango wenu.", true},
		{"Naomba mnitumie maelezo.", true},
		{"Kami ingin tahu harga paket untuk tiga formulir.", true},
		{"Gusto po naming malaman ang presyo.", true},
		{"Xin vui lòng gửi bảng giá cho chúng tôi.", true},
		{"Fiyatlarınızı öğrenmek istiyoruz.", true},
		{"Kripya price list bhej dijiye.", true},
		{"Don Allah ku turo mana farashi.", true},
		{"Ngicela ningithumelele intengo.", true},
		{"نود معرفة أسعار الباقات.", true},
		{"אשמח לדעת מה המחיר לשלושה טפסים.", true},
		{"가격을 알려주세요.", true},
		{"Könnten Sie uns die Preise schicken.", true},
		{"Не могли бы вы прислать цены.", true},
		{"Mkopo wa haraka bila dhamana, wasiliana nasi kwa WhatsApp.", false},
		{"Pinjaman cepat tanpa jaminan, hubungi kami di WA.", false},
		{"Fast loans, approval in one hour, contact us on Telegram.", false},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got := asksOfUs(tc.msg, m) != ""; got != tc.asks {
			t.Errorf("asksOfUs(%q) = %v, want %v", tc.msg, got, tc.asks)
		}
	}
}

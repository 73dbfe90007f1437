package screen

import (
	"strings"
	"testing"
)

// TestRateOffer: an amount or a percentage at a rate in time, with a way
// to write outside the form, in a message that asks nothing about our
// product, is an advert's shape in any language and junk on its own
// (spam_content at its cap); a customer who quotes a price in a
// complaint, a buyer who names a budget or asks ours, and a lead who
// gives a messenger for a reason are left alone. The spam model is faked
// at 0, so that each row tests the rule; a junk row another rule already
// reads as a spam offer counts too (the offer's points are the same).
func TestRateOffer(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		spam bool
	}{
		{"Gana $150 al día desde tu casa, escríbenos por WhatsApp +52 55 1234 5678", true},
		{"Verdienen Sie 200 € pro Tag von zu Hause. Alle Infos: link in bio @homejob_de", true},
		{"Lợi nhuận 5% mỗi ngày, liên hệ Zalo 0912 345 678", true},
		{"รายได้ 1,500 บาท ต่อวัน ทำที่บ้าน แอดไลน์ @job88", true},
		{"Pendapatan Rp 500.000 per hari, hubungi WA: 0812 3456 7890", true},
		{"Pata KSh 2,000 kila siku kwa simu yako tu! Tuma ujumbe WhatsApp +254 712 345 678", true},
		{"每天收入300元，在家就能做，加V: job_8899", true},
		{"Доход от 3 000 ₽ в день, пишите в телеграм @rabota_dom", true},
		// Genuine look-alikes.
		{"Your invoice charged us $99 a month twice. Call me back on +1 415 555 0134.", false},
		{"Nuestro presupuesto es de 300 € al mes. ¿Cuánto cuesta su plan? WhatsApp +34 612 345 678", false},
		{"Wir zahlen heute 400 € im Monat für unser altes Tool. Was kostet Ihres für 20 Nutzer? Telegram @anna_k", false},
		{"ระบบเก็บเงินเราซ้ำ เดือนละ 990 บาท กรุณาคืนเงินด่วน โทร 081 234 5678", false},
		{"Hi, add me on Line @tanaka_k, we need a quote for 5 seats.", false},
		{"Gói 500.000đ mỗi tháng cho 20 người dùng có được không ạ? Nhắn Zalo cho em: 0912 345 678", false},
		{"ร้านเราจ่ายค่าระบบเดิมเดือนละ 1,200 บาท ถ้าของคุณถูกกว่าช่วยเสนอราคาหน่อยค่ะ ไลน์ไอดี @shop_nok", false},
		{"Pagamos R$ 300 por mês no sistema atual e ele deixa passar spam. Quanto custa o de vocês? WhatsApp +55 11 91234 5678", false},
		{"Our office line is down, please WhatsApp me on +234 803 123 5521 about the seats for our 3 offices.", false},
	} {
		e, s := screenMessageAt(t, 0, tc.msg)
		r, ok := reasonFor(s, CodeSpamContent)
		offer := ok && r.Points == phrasePointsCap*e.points[CodeSpamContent]
		if offer != tc.spam {
			t.Errorf("%q: spam_content %d points (%q), want a spam offer %v", tc.msg, r.Points, r.Detail, tc.spam)
		}
	}
}

// TestRatedAmount: the amount and the rate word beside it, before or
// after; an amount without a rate, a rate without an amount, or an
// amount the writer says they pay, is none.
func TestRatedAmount(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"earn $300 a day", "$3"},
		{"กำไร 30% ต่อเดือน", "30%"},
		{"日结200-500元", "200-500元"},
		{"₱3,000 araw-araw", "₱3"},
		{"the plan is $300 for a year", ""},
		{"we pay $300 a month for our old tool", ""},
		{"pagamos R$ 300 por mês", ""},
		{"we answer within a day", ""},
		{"10 users, 20 forms", ""},
	} {
		got := ratedAmount(strings.ToLower(tc.msg))
		if (got == "") != (tc.want == "") || !strings.HasPrefix(got, tc.want) {
			t.Errorf("ratedAmount(%q) = %q, want one starting %q", tc.msg, got, tc.want)
		}
	}
}

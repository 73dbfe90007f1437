package screen

import (
	"strings"
)

// The shape of an advert without a listed trade (task direction9). Spam
// that sells work from home, an investment or a paid service names no
// word of the spam trades, yet has one shape in every language: an
// amount of money or a percentage tied to a time ("₱3,000 araw-araw",
// "กำไร 30% ต่อเดือน", "日结200-500元", "$300 a day") and a way to write
// to the sender outside the form (a messenger, a Facebook page, "link in
// bio", "add me on Line"). A customer who quotes a price complains about
// it or asks about ours; one who gives their WhatsApp gives no rate of
// earnings; a buyer names a budget with a buyer's words. Only the pair,
// in a message that asks nothing about our product, counts.

// rateAmount matches an amount of money or a percentage, with a range
// ("200-500元"): the currency after the number or a symbol before it. It
// starts at the number or the symbol, so that the search stays cheap.
var rateAmount = newLazyRegexp(`(?i)\d[\d.,]*(\s?[-–~]\s?\d[\d.,]*)?\s?(%|` + adCurrency + `|` + rateCurrencies +
	`)|(` + rateSymbols + `)\s?\d`)

// rateCurrencies and rateSymbols are the currencies of the countries form
// spam comes from beyond adCurrency's: after the number, and before it.
const (
	rateCurrencies = `₱|₹|₦|₫|฿|¥|元|块|円|원|บาท|ksh\b|rp\b|đ|₺|tl\b|php\b|inr\b|naira\b|pesos?\b|rupees?\b|dong\b|vnd\b|baht\b|yuan\b|rmb\b|грн|тенге|₸|₽`
	rateSymbols    = `[$€£₱₹₦₫฿¥₺₸₽]|r\$|ksh|rp\.?|php|inr|rs\.?`
)

// rateWords say "a day", "a week", "a month" or "daily" around an amount,
// lower case, in the languages form spam arrives in. Scripts written
// without spaces put the word before the amount ("日结200元", "วันละ 500
// บาท"), others mostly after it.
var rateWords = []string{
	"per day", "a day", "/day", "daily", "per week", "a week", "/week", "weekly", "per month", "a month",
	"/month", "/mo", "monthly", "per hour", "an hour", "/hour", "/hr",
	"pro tag", "am tag", "täglich", "pro woche", "pro monat", "im monat", "monatlich",
	"par jour", "/jour", "par semaine", "par mois", "/mois",
	"por día", "por dia", "al día", "al dia", "diarios", "por semana", "por mes", "al mes", "por mês", "ao dia",
	"ao mês", "diários", "mensais", "mensuales",
	"al giorno", "al mese", "per dag", "per maand", "dziennie", "tygodniowo", "miesięcznie",
	"в день", "в сутки", "в неделю", "в месяц", "за день", "ежедневно", "щодня", "на місяць",
	"günlük", "günde", "haftalık", "aylık", "ayda",
	"sehari", "per hari", "/hari", "setiap hari", "per bulan", "sebulan", "/bulan", "setiap bulan",
	"mỗi ngày", "một ngày", "/ngày", "mỗi tuần", "mỗi tháng", "một tháng", "/tháng",
	"araw-araw", "kada araw", "bawat araw", "isang araw", "kada buwan", "bawat buwan", "kada linggo",
	"kwa siku", "kila siku", "kwa wiki", "kwa mwezi", "kila mwezi",
	"प्रतिदिन", "प्रति दिन", "रोज़", "रोज", "हर दिन", "प्रति माह", "हर महीने", "महीना",
	"يوميا", "يومياً", "في اليوم", "في الشهر", "شهريا", "شهرياً", "روزانه", "ماهانه", "ماهیانه",
	"ต่อวัน", "วันละ", "ต่อสัปดาห์", "ต่อเดือน", "เดือนละ",
	"每天", "每日", "日结", "日結", "日入", "日赚", "一天", "/天", "每周", "每月", "月入", "月赚", "/月",
	"日給", "日当", "月収", "月給", "毎日", "하루", "매일", "일당", "매달", "월급", "월수입",
}

// rateReach is how many bytes around an amount its rate word may stand
// ("₱3,000 araw-araw", "กำไร 30% ต่อเดือน": other scripts take two or three
// bytes a letter).
const rateReach = 40

// payerWords say that the writer pays the amount after them or budgets
// it ("we pay 400 € a month", "จ่ายค่าระบบเดิมเดือนละ 1,200 บาท",
// "pagamos R$ 300 por mês"), lower case: a buyer comparing what a tool
// costs, not an advert's rate.
var payerWords = []string{"we pay", "i pay", "we are paying", "we're paying", "paying", "budget", "we spend",
	"zahlen", "bezahlen", "payons", "nous payons", "je paie", "pagamos", "pago", "presupuesto",
	"orçamento", "orcamento", "paghiamo", "betalen", "betalen we", "płacimy", "płacę", "budżet", "платим",
	"плачу", "бюджет", "ödüyoruz", "ödüyorum", "bütçe", "kami bayar", "membayar", "anggaran", "đang trả",
	"chúng tôi trả", "ngân sách", "จ่าย", "งบ", "我们付", "支付", "预算", "払って", "予算", "지불", "예산",
	"भुगतान", "बजट", "tunalipa", "bajeti", "nagbabayad", "nagbabayad kami"}

// payerReach is how many bytes before an amount its payer's word may
// stand: a buyer names what they pay for first ("จ่ายค่าระบบเดิมเดือนละ",
// we pay for the old system by the month).
const payerReach = 90

// ratedAmount returns the first amount in msg (lower, its lower-case
// text) that a rate word stands beside, with the word, or "". An amount
// the writer says they pay (see payerWords) is no advert's.
func ratedAmount(lower string) string {
	if !strings.ContainsAny(lower, "0123456789") {
		return ""
	}
	for _, loc := range rateAmount.FindAllStringIndex(lower, -1) {
		before := lower[max(0, loc[0]-rateReach):loc[0]]
		after := lower[loc[1]:min(len(lower), loc[1]+rateReach)]
		if containsAny(lower[max(0, loc[0]-payerReach):loc[0]], payerWords) {
			continue
		}
		for _, w := range rateWords {
			if strings.Contains(after, w) || strings.Contains(before, w) {
				return strings.TrimSpace(lower[loc[0]:loc[1]]) + " " + w
			}
		}
	}
	return ""
}

// namedChannels are the places to write that spam names without a
// handle of a messenger, lower case: a social page, "link in bio", a
// booking link, "add me on Line" ("ทักไลน์", "加V").
var namedChannels = []string{"fb page", "facebook page", "page sa fb", "fanpage", "in bio", "in my bio", "in our bio",
	"link in bio", "calendly", "dm us", "dm me", "inbox us", "inbox me", "pm us", "pm me",
	"ทักไลน์", "แอดไลน์", "ทักแชท", "ทักมา", "加v", "加微", "加我", "私聊", "私信", "详聊", "vx:", "vx ", "wx:"}

// namedChannel returns a place to write of namedChannels in lower, or "".
func namedChannel(lower string) string {
	for _, c := range namedChannels {
		if strings.Contains(lower, c) {
			return strings.TrimSpace(c)
		}
	}
	return ""
}

// rateOffer returns why a message is an advert by its shape, or "": an
// amount or a percentage at a rate in time (see ratedAmount) and a way
// to write to the sender outside the form, in a message that shows no
// buyer's sign and asks nothing about our product or of us (nor by the
// tables' words of asking, a request or thanks). channel is
// the way round the form the message detector found (a messenger with its
// number or handle, a disguised or cheap link); words the message's
// words; m msg folded. A bare phone number is no such way here: a
// customer who complains about a monthly charge leaves one to be called
// back.
func rateOffer(msg, lower string, m foldedText, words []string, product, buyer, channel string) string {
	if product != "" || buyer != "" {
		return ""
	}
	amount := ratedAmount(lower)
	if amount == "" {
		return ""
	}
	way := channel
	if way == "" {
		way = namedChannel(lower)
	}
	if way == "" && contactHandle.MatchString(lower) {
		way = "a handle"
	}
	if way == "" {
		way = calledMessenger(words)
	}
	if way == "" || asksOfUs(msg, m) != "" || namesOurProduct(msg, m) || tablesAsk(m) != "" {
		return ""
	}
	return "an advert's shape: " + quote(amount, 30) + " with a way to write outside the form (" + way + "), asking nothing about our product"
}

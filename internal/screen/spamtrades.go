package screen

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// More of the two parts of bulk spam (see spamOffer), for what round
// seventeen of testdata/kinds/direction found missing: trades named in
// more languages and scripts (bought reviews, adult dating, casinos and
// crypto in Arabic, Hindi, Thai and Hebrew), a promise of income by the
// day or week, which is the easy-money trade in any language whatever
// it sells, and ways round the form that read as a link to a person but
// not to a program (letters spaced out, a middle dot for the dot, a QQ
// number, a bare link in a message that asks nothing).

// moreSpamTrades are trades that live on spam, folded.
var moreSpamTrades = foldedPhrases(
	// Bought reviews and followers.
	"avaliacoes", "avaliacao", "5 estrelas", "resenas", "5 estrellas", "bewertungen kaufen", "avis google", "avis clients",
	"recensioni", "5 stelle", "recenzje", "отзывы", "отзывов", "yorum satin", "ulasan bintang", "danh gia 5 sao",
	// Adult dating.
	"hot singles", "sexy girls", "hot girls", "adult dating", "sex chat", "webcam girls", "chicas calientes",
	"citas calientes", "gatas", "heisse frauen", "single frauen", "rencontres coquines", "filles chaudes",
	"знакомств*", "интим*", "проститутк*", "escort*",
	// SEO link runs and bought traffic.
	"прогон*", "more traffic to your", "traffic to your", "targeted traffic", "mehr traffic fur", "plus de trafic sur",
	"mas trafico para", "mais trafego para", "целевой трафик", "трафик на ваш",
	// Prizes, replicas, trading signals, invoices for sale.
	"you won an", "you have won", "you ve won", "claim your prize", "claim your reward", "has ganado", "vous avez gagne",
	"sie haben gewonnen", "вы выиграли", "voce ganhou", "replica", "replicas", "replica watches", "repliken", "binance", "crypto signals",
	"trading signals", "forex signals", "зарабатыва*", "private photos", "intimate photos", "fotos intimas",
	"интимные фото",
	// Round nineteen of testdata/kinds/direction: betting, casinos,
	// loans and dating in more languages, and crash games.
	"bahis", "canli bahis", "kasyn*", "darmowe spiny", "geld lenen", "snel geld", "zonder bkr", "aviator",
	"девушки ждут", "девочки ждут", "pariuri", "cazino", "stoixima", "kumarhane",
	// Round twenty: bought followers in Spanish, gambling in Turkish,
	// lonely-hearts adverts.
	"seguidores reales", "comprar seguidores", "kumar sitesi", "kumar siteleri", "online kumar", "real girls", "lonely girls", "pump group",
)

// spamTradesScripts are trades in scripts that folding breaks apart or
// that are written without spaces, matched as written.
var spamTradesScripts = []string{
	"百家乐", "博彩", "彩票投注", "美女", "陪聊", "约炮", "套利", "刷单", "好评", "代开发票",
	"कैसीनो", "सट्टा", "क्रिप्टो", "लोन",
	"كازينو", "مراهنات", "العملات الرقمية", "بيتكوين", "ربح يومي", "قروض",
	"คาสิโน", "บาคาร่า", "สล็อต", "เว็บพนัน",
	"קזינו", "הימורים",
	"出会い系", "出会いサイト", "パパ活", "오피", "조건만남", "토토사이트",
	"炒币", "六合彩", "赌球", "הלוואות", "कमाएं", "कमाओ",
}

// incomePromise is an amount of money promised by the day, week or month:
// "$5000/week", "2000 € am Tag", "500€ al giorno", "10 000 ₽ в день",
// "日赚千元". The number and the period must stand close together.
var incomePromise = newLazyRegexp(`(?i)(\d[\d.,  ]*\s*(k|к|тыс\.?|triệu|juta|rb|ribu)?\s*(\$|€|£|₽|₹|руб\.?|рубл\p{L}*|usd|eur|euro|dollars?|rupiah|rp|reais|r\$)|(\$|€|£|₹|r\$)\s*\d[\d.,]*\s*k?)\s*(/|per|a|an|par|pro|am|al|по|в|за|mỗi|/|every|each|ao|por|mỗi|một|setiap|per)?\s*(day|week|month|hour|tag|woche|monat|jour|semaine|mois|dia|semana|mes|mês|giorno|settimana|mese|день|неделю|месяц|сутки|hari|minggu|bulan|ngày|tuần|tháng)(\P{L}|$)|日赚|月入|日入|一天赚`)

// incomeVerbs are what such a promise says you do for the money, folded:
// an amount by the day alone is a price ("€40 per day" for a course).
var incomeVerbs = foldedPhrases("earn*", "make", "making", "verdien*", "gagne*", "gana*", "ganhe*", "ganhar", "guadagn*",
	"zarab*", "заработ*", "получай*", "kazan*", "dapatkan", "penghasilan", "kiem", "cuan", "income", "profit*", "lucro*")

// moreTrade returns a trade of moreSpamTrades, spamTradesScripts or an
// income promise in a message, or "".
func moreTrade(msg string, m foldedText) string {
	if t := moreSpamTrades.find(m); t != "" {
		return t
	}
	if found := firstIn(msg, spamTradesScripts); found != "" {
		return found
	}
	if t := conceptTrade(msg, m); t != "" {
		return t
	}
	if strings.Contains(msg, "18+") {
		return "18+"
	}
	// The promise counts with a verb of earning, or written with one
	// ("日赚"). Both are asked before the pattern, the costliest of the
	// message's, which most messages then skip: without a verb, only a
	// promise holding 赚 or 入 counts, and the message must hold them.
	verb := incomeVerbs.find(m) != ""
	if !verb && !hasAnyOf(msg, "赚入") {
		return ""
	}
	if p := incomePromise.FindString(msg); p != "" && (verb || hasAnyOf(p, "赚入")) {
		return "income of " + strings.TrimSpace(p)
	}
	return ""
}

// middleDotLink is a domain written with a middle dot or a bullet for its
// dot ("krypto-gewinn · de").
var middleDotLink = newLazyRegexp(`(?i)[\p{L}\p{N}-]{2,}\s*[·•・]\s*(` + spelledTLDs + `)\b`)

// qqNumber is a QQ account: the app's name and its number.
var qqNumber = newLazyRegexp(`(?i)\bqq\s*[:：号]?\s*\d{5,}`)

// moreChannel returns a way round the form that spamChannel does not
// know, or "": a link spelt out letter by letter ("w w w . 8 8 8 b e t .
// c c"), a middle dot for the dot, a QQ number, or a bare link in a
// message that offers a spam trade and asks nothing (a lead links their
// own site, but asks us something).
func moreChannel(msg, lower string) string {
	if hasAnyOf(msg, "·•・") {
		if l := middleDotLink.FindString(msg); l != "" {
			return "a link with a middle dot for its dot " + quote(l, 30)
		}
	}
	if strings.ContainsFunc(msg, isFullWidth) {
		// Full-width letters read as plain ones to a person, not to a
		// link filter: "ｗｗｗ．ｂｅｔ８８．ｃｏｍ".
		if plain := strings.ToLower(norm.NFKC.String(msg)); countLinks(plain) > 0 {
			return "a link in full-width letters"
		}
	}
	if strings.Contains(lower, "qq") && qqNumber.MatchString(lower) {
		return "a QQ number"
	}
	if l := spelledOutLink(lower); l != "" {
		return "a link spelt out letter by letter " + quote(l, 30)
	}
	if !asksQuestion(msg) && countLinks(lower) > 0 {
		return "a link, and no question"
	}
	return ""
}

// spelledOutLink joins letters and digits written one by one with spaces
// between them and returns the result when it holds a link ("www.888bet.cc"),
// or "".
func spelledOutLink(lower string) string {
	fields := strings.Fields(lower)
	var b strings.Builder
	singles := 0
	flush := func() string {
		defer func() { b.Reset(); singles = 0 }()
		if singles >= minSpacedLetters && isLinkChunk(b.String()) {
			return b.String()
		}
		return ""
	}
	for _, f := range fields {
		if r := []rune(f); len(r) == 1 {
			b.WriteString(f)
			singles++
			continue
		}
		if l := flush(); l != "" {
			return l
		}
	}
	return flush()
}

// readerProduct are more ways a question names our product, folded, for
// the trades that ask whether our filter stops their spam (a casino, a
// lender, a pharmacy): productQuestion's in more words and languages.
var readerProduct = foldedPhrases(
	"your filter*", "your screening", "your spam filter", "su filtro", "su servicio", "votre filtre", "votre service",
	"ihr filter", "ihr dienst", "ihr service", "il vostro filtro", "il vostro servizio", "seu filtro", "seu servico",
	"o vosso filtro", "uw filter", "uw dienst", "wasz filtr", "wasza usluga", "ваш сервис", "вашего сервиса",
	"ваш фильтр", "вашего фильтра", "ваш продукт",
	// What we sell named by its kind: an advert for a casino or a lender
	// has no use for lead forms.
	"lead form*", "form filter*",
)

// readerProductScripts are the same in scripts written without spaces,
// matched as written.
var readerProductScripts = []string{"你们的产品", "你们的服务", "贵公司的服务", "你们的表单", "表单过滤", "御社のサービス",
	"御社の製品", "귀사의 서비스", "귀사의 제품"}

// asksAboutProduct returns how a message that asks a question names our
// product, beyond productQuestion's phrases, or "".
func asksAboutProduct(msg string, m foldedText) string {
	if !asksQuestion(msg) {
		return ""
	}
	if p := readerProduct.find(m); p != "" {
		return p
	}
	if found := firstIn(msg, readerProductScripts); found != "" {
		return found
	}
	return ""
}

// isFullWidth reports a full-width form of an ASCII character.
func isFullWidth(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

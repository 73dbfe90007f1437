package screen

// The trades that live on spam, concept by concept in every language.
// spamTrades and moreSpamTrades grew from the rows of each round, so a
// language had the trades its rows happened to sell: Swedish had no loans,
// Hebrew loans but not lenders, Thai casinos but not crypto. The trades
// are few — quick loans, casinos and betting, crypto and trading, SEO and
// links, bought followers and reviews — so tradeConcepts holds each in the
// languages written with spaces, folded, and tradeConceptScripts in the
// scripts matched as written. Like the other trades they count only with
// a way round the form and no question about our product (see spamOffer):
// a licensed lender asking for a demo names its trade too.

// tradeConcepts are the trades, folded (a trailing * matches any ending).
var tradeConcepts = foldedPhrases(
	// Quick loans.
	"snabblån", "smslån", "billiga lån", "lån utan uc", "lån direkt", "pikalaina*", "pikavippi*", "kulutusluotto*",
	"půjčk*", "rychlá půjčka", "gyorskölcsön", "hitel*", "vay tiền", "vay nhanh", "pinjol", "dana tunai",
	"prestito*", "prestiti", "finanziamento veloce", "lening zonder", "flitskrediet", "hızlı kredi", "kredi çek*",
	"szybka pożyczka", "chwilówk*", "позика", "кредит онлайн", "кредит без", "займ без",
	// Casinos and betting.
	"cassino*", "bet esportiva", "scommesse online", "wetten ohne", "wettanbieter", "vedonly*",
	"sázk*", "kaszinó", "fogadás*", "cá cược", "nhà cái", "taruhan", "freebet",
	"free bet", "bonus sans dépôt", "bono sin depósito", "bônus sem depósito", "ставки на спорт",
	// Crypto and trading.
	"kryptowährung*", "cryptomonnaie*", "criptomoneda*", "criptomoeda*", "criptovalut*", "cryptovaluta",
	"kryptoměn*", "kriptopénz", "tiền ảo", "tiền điện tử", "signals group", "copy trading",
	// SEO and links.
	"lien retour", "liens retour", "enlaces de calidad", "backlinky", "linkbuilding", "posicionamento seo",
	"ranking google", "top 10 google", "google top",
	// Bought followers and reviews.
	"abonnés instagram", "acheter des abonnés", "comprar avaliações", "avaliações 5 estrelas",
	"reseñas de google", "bewertungen kaufen", "google bewertungen", "opinie google", "kupić obserwujących",
	"takipçi satın", "takipçi", "pengikut instagram", "tăng follow",
	"купить отзывы", "лайки и подписчики",
)

// tradeConceptScripts are the trades in scripts matched as written.
var tradeConceptScripts = []string{
	// Loans.
	"מלווים כסף", "הלוואה", "ללא בדיקת אשראי", "قرض", "تمويل فوري", "कर्ज", "क़र्ज़", "เงินกู้", "สินเชื่อด่วน",
	"融資", "即日融資", "キャッシング", "借钱", "网贷", "소액대출",
	// Casinos and betting.
	"רולטה", "رهان", "مراهنة", "बेटिंग", "แทงบอล", "슬롯", "スロット",
	"ブックメーカー", "老虎机", "时时彩",
	// Crypto and trading.
	"קריפטו", "ביטקוין", "बिटकॉइन", "คริปโต", "บิทคอยน์", "비트코인", "코인 리딩", "仮想通貨",
	"ビットコイン", "比特币", "虚拟币", "币圈",
	// SEO and links.
	"קידום אתרים", "एसईओ", "ดันเว็บ", "ติดหน้าแรก", "상위노출", "백링크", "上位表示", "被リンク",
	"外链",
	// Followers and reviews.
	"עוקבים", "ביקורות", "متابعين", "फॉलोअर्स", "ปั๊มไลค์", "ผู้ติดตาม", "팔로워", "フォロワー", "口コミ代行",
	"粉丝", "代写好评",
}

// conceptTrade returns a trade of tradeConcepts or tradeConceptScripts in
// a message, or "".
func conceptTrade(msg string, m foldedText) string {
	if t := tradeConcepts.find(m); t != "" {
		return t
	}
	return firstIn(msg, tradeConceptScripts)
}

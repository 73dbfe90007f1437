package screen

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/screen/abusetext"
)

// An advert with a way round the form, read by the spam model.
//
// spamOffer (obfuscation.go) takes a spam trade beside a way round the
// form for bulk spam, but it knows a trade only from its lists, and each
// new round of writing named trades in words no list held ("Online-Kredit
// trotz negativer Schufa", "trading automatique", bought followers, aged
// accounts): the channel was found, the trade was not, and a messenger
// alone is a weak sign (a buyer gives a WhatsApp number for a reason).
// The spam model reads the trade the lists miss. Where it is confident
// the message is an advert, the message gives a way round the form (a
// messenger with a handle or number, a disguised link, a link to a TLD
// spam favours) and it asks nothing of us — no question, no request, no
// buyer's sign, and it does not name our product ("ваш сервис": a buyer
// who states an interest names ours, an advert its own) — the two
// independent findings are the same spam offer.
//
// The spam model reads Latin text only; where it is not confident, the
// advert model (abusetext.DefaultAdvert: the abuse model's character
// n-grams of every script, trained on spam and vendor pitches against
// genuine leads) reads the message too, and the higher of the two
// decides. Round twenty-one's "代写论文、代考，价格优惠，加微信 daixie666"
// and round twenty-four's Korean and Arabic adverts with a Telegram
// handle had a channel and a trade no list held, and the spam model
// scored them 0.
//
// modelOfferAt is the spam model's own lowest tier (spamModelQuarter):
// out of fold no genuine message of its tuning split scored above 0.63,
// and a message that asks nothing of us is the shape of an advert, not
// of the questions the model misreads. The advert model's five-fold
// cross-validation put 74.3 % of adverts and 7 of 1,130 genuine
// messages at 0.8 or more (abusetext/train -cv), none of those seven
// with a way round the form.
const modelOfferAt = spamModelQuarter

// calledMessenger returns a messenger the message names as the place to
// write ("Contattaci su WhatsApp", "écrivez-nous sur Telegram") without
// its number or handle, for modelOffer; or "". Named without a handle it
// is a weak way round the form — a buyer mentions the app its customers
// use — so the message checks ask it only where the spam model is
// already confident of an advert (modelOfferAt) that shows no buyer's
// sign, and modelOffer still wants it to ask nothing of us (task
// direction8: round thirty-two's theses written to order, 0.921 to the
// spam model, "Contattaci su WhatsApp").
func calledMessenger(words []string) string {
	for _, w := range words {
		if messengerNames[w] != "" {
			return messengerNames[w] + " named as the place to write"
		}
	}
	return ""
}

// modelOffer returns why a message is a spam offer read by the model, or
// "". p is the spam model's probability for msg (0 when there is none);
// channel the way round the form the message gives; product and buyer a
// question about our product or a buyer's sign found in it. m is msg
// folded.
func modelOffer(msg string, m foldedText, p float64, channel, product, buyer string) string {
	if channel == "" || product != "" || buyer != "" || asksOfUs(msg, m) != "" || namesOurProduct(msg, m) {
		return ""
	}
	p, model := confidentReading(msg, p)
	if p < modelOfferAt {
		return ""
	}
	return model + " scores the message " + strconv.FormatFloat(p, 'f', 3, 64) +
		", it asks nothing of us and gives a way round the form: " + channel
}

// confidentReading returns how much msg reads as an advert and which model
// says so: the spam model's probability spamP where it is confident
// (modelOfferAt), else the advert model's, which reads every script.
func confidentReading(msg string, spamP float64) (float64, string) {
	if spamP >= modelOfferAt {
		return spamP, "the spam model"
	}
	return abusetext.DefaultAdvert().Probability(msg), "the advert model"
}

// A spam phrase the spam model agrees with. A phrase of the lists alone
// weighs spam_content's points (review): a casino or a lender asking
// about our product names its own trade. An advert that names it, asks
// nothing of us and reads as spam to the model as well (at
// modelAgreesAt, where the model leans to spam) is the advert: the two
// findings agree, and the offer weighs what spamOffer's does.
//
// The spam model reads Latin text only; in a message mostly in other
// scripts, which it cannot read, the advert model of every script (task direction7: trained on a corpus
// of about a hundred languages, abusetext/train/world) may agree
// instead, at modelOfferAt: it leans to adverts far more often than the
// spam model (out of fold 94 of 1,506 genuine messages at 0.5, 10 at
// 0.8), so it agrees only where it is confident. Multilingual adverts
// without any way round the form (round thirty: 7 of 20 caught) named a
// listed trade in a script the spam model cannot read.
const modelAgreesAt = 0.5

// modelAgrees returns why a message with spam phrases (phrases, their
// number) is an advert the spam model (or the advert model) agrees with,
// or "". p, product, buyer and m as for modelOffer.
func modelAgrees(msg string, m foldedText, p float64, phrases int, product, buyer string) string {
	if phrases == 0 || product != "" || buyer != "" || asksOfUs(msg, m) != "" || namesOurProduct(msg, m) {
		return ""
	}
	model := "the spam model"
	if p < modelAgreesAt {
		if !mostlyOtherScripts(msg) {
			return "" // the spam model read it and does not agree
		}
		if p, model = abusetext.DefaultAdvert().Probability(msg), "the advert model"; p < modelOfferAt {
			return ""
		}
	}
	return "spam phrases, and " + model + " agrees (" + strconv.FormatFloat(p, 'f', 3, 64) + ") in a message that asks nothing of us"
}

// mostlyOtherScripts reports whether most of msg's letters are outside
// the Latin script: the spam model does not read such a message.
func mostlyOtherScripts(msg string) bool {
	letters, latin := 0, 0
	for _, r := range msg {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return latin*2 < letters
}

// productNouns begin the words for what we sell, folded: a reader's
// possessive before one ("Ihren Filter", "your tool", "вашу платформу")
// names our product, which an advert for its own trade does not.
var productNouns = []string{"filter", "filtr", "фильтр", "tool", "service", "servic", "servizi", "dienst", "product",
	"produkt", "produit", "produc", "prodot", "продукт", "сервис", "software", "form", "formul", "платформ",
	"platform", "plattform", "plataform", "piattaform", "solution", "losung", "solucion", "soluc", "soluz", "app"}

// namesOurProduct reports whether a message names our product: a
// reader's possessive (readerPossessives) before a word for what we
// sell, or a phrase of readerProduct. m is msg folded.
func namesOurProduct(msg string, m foldedText) bool {
	for i := 0; i+1 < len(m.words); i++ {
		if !has(readerPossessives, m.words[i]) {
			continue
		}
		for _, n := range productNouns {
			if strings.HasPrefix(m.words[i+1], n) {
				return true
			}
		}
	}
	return readerProduct.find(m) != "" || firstIn(msg, readerProductScripts) != ""
}

// An advert's copy the models agree with. Advertising copy (adcopy.go:
// a price offer, a call to order, a product's claim, delivery terms…) is
// worth its own points, too few for junk: a shop asking about our product
// writes some of it. Where the message also asks nothing of us and a
// model trained on adverts is confident it reads one (the spam model for
// Latin text, else the advert model of every script, at modelOfferAt),
// the two findings are independent and agree: the copy of a remedy, a
// replica or a loan in a language no list holds, with a bare phone number
// or no contact at all ("Vratite muškost! … Naručite pouzećem: 061 …").
// A question, a request, a buyer's sign or our product named keeps a
// customer in those trades out (asking).

// modelAdCopyWords is the fewest words in which the models' agreement
// counts: in a line or two ("Discreet delivery across Europe.") they read
// too little to be sure of anything.
const modelAdCopyWords = 8

// modelAdCopy returns why a message with advertising copy (kinds of cue
// found, why them) is an advert the models agree with, or "". spamP is
// the spam model's probability for msg; asking what the message asks of
// us, buyer a buyer's sign found in it.
func modelAdCopy(msg string, spamP float64, kinds int, why, asking, buyer string) string {
	if kinds == 0 || asking != "" || buyer != "" || len(strings.Fields(msg)) < modelAdCopyWords {
		return ""
	}
	p, model := confidentReading(msg, spamP)
	if p < modelOfferAt {
		return ""
	}
	return clip(why, 80) + ", and " + model + " agrees (" + strconv.FormatFloat(p, 'f', 3, 64) + ") in a message that asks nothing of us"
}

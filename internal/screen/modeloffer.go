package screen

import "strconv"

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
// modelOfferAt is the spam model's own lowest tier (spamModelQuarter):
// out of fold no genuine message of its tuning split scored above 0.63,
// and a message that asks nothing of us is the shape of an advert, not
// of the questions the model misreads.
const modelOfferAt = spamModelQuarter

// modelOffer returns why a message is a spam offer read by the model, or
// "". p is the spam model's probability for msg (0 when there is none);
// channel the way round the form the message gives; product and buyer a
// question about our product or a buyer's sign found in it. m is msg
// folded.
func modelOffer(msg string, m foldedText, p float64, channel, product, buyer string) string {
	if channel == "" || p < modelOfferAt || product != "" || buyer != "" || asksOfUs(msg, m) != "" ||
		readerProduct.find(m) != "" || firstIn(msg, readerProductScripts) != "" {
		return ""
	}
	return "the spam model scores the message " + strconv.FormatFloat(p, 'f', 3, 64) +
		", it asks nothing of us and gives a way round the form: " + channel
}

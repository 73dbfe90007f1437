package screen

import "testing"

// TestSellersPrice: a price stated as a floor, by the piece or by the
// batch is a seller's, in several languages; a buyer's price question and
// a budget are not.
func TestSellersPrice(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		seller bool
	}{
		{"Echte Bewertungen ab 5 € pro Stück.", true},
		{"Sacs de luxe à partir de 89 €.", true},
		{"Hosting od 49 zł miesięcznie.", true},
		{"Likes desde 3 € cada uno.", true},
		{"Pacchetti a partire da 19 € al mese.", true},
		{"500 likes for $4, delivered today.", true},
		{"1000 подписчиков за 500 руб.", true},
		{"Stickers, 2 € per piece.", true},
		// A buyer's price is a question or a budget.
		{"Was kostet es ab 10 Formularen?", false},
		{"Quanto costa a partire da 10 utenti?", false},
		{"Our budget is 500 € for the year.", false},
		{"We pay 40 € a month today; can you beat it?", false},
		{"Invoice 2024-118 over 300 € is still open.", false},
	} {
		if got := advertPrice(tc.msg) != ""; got != tc.seller {
			t.Errorf("advertPrice(%q) = %q, want a price: %v", tc.msg, advertPrice(tc.msg), tc.seller)
		}
	}
}

// TestTradeAtItsPrice: a spam trade with its seller's price, or an
// advert's offer with a way round the form, is the advert in any
// language when it asks nothing of us; the same trade or offer from a
// customer who asks us something is not.
func TestTradeAtItsPrice(t *testing.T) {
	not := []string{CodeSpamContent}
	runCases(t, []detCase{
		{name: "polish followers by the batch", sub: setMessage("Zdobądź 2000 obserwujących za 29 zł w jeden dzień."), want: CodeSpamContent, points: 80},
		{name: "spanish seo from a price", sub: setMessage("Posicionamiento SEO desde 99 €, primera página en un mes."), want: CodeSpamContent, points: 80},
		{name: "german reviews by the piece", sub: setMessage("Echte Google-Bewertungen ab 4 € pro Stück, schnell und anonym."), want: CodeSpamContent, points: 80},
		{name: "arabic cash on delivery with whatsapp", sub: setMessage("توصيل سري وسريع، الدفع عند الاستلام. واتساب 0501234567"), want: CodeSpamContent, points: 80},
		{name: "english discreet delivery with whatsapp", sub: setMessage("Discreet delivery across Europe, message us on WhatsApp +44 7700 900123"), want: CodeSpamContent, points: 80},
		{name: "german dating with a one-word hook and a spaced link", sub: setMessage("Einsam? Frauen in deiner Nähe warten auf dich: single-treff . de"), want: CodeSpamContent, points: 80},
		{name: "italian theses with a messenger to write on", sub: setMessage("Scriviamo la tua tesi su commissione, contattaci su Telegram."), want: CodeSpamContent, points: 80},
		// Look-alikes: the trade, its price or the offer from a customer.
		{name: "polish seller asking for a quote", sub: setMessage("Sprzedajemy obserwujących od 19 zł. Prosimy o wycenę waszego systemu."), not: not},
		{name: "spanish seo agency asking about our form", sub: setMessage("Somos una agencia SEO con planes desde 99 €. ¿Su formulario filtra el spam?"), not: not},
		{name: "german buyer's price question", sub: setMessage("Was kostet es ab 10 Formularen? Wir sind eine SEO-Agentur."), not: not},
		{name: "an offer without a way round the form", sub: setMessage("Discreet delivery across Europe."), not: not},
		{name: "a firm that names its messenger and asks", sub: setMessage("Usiamo WhatsApp con i clienti. Il vostro modulo si integra?"), not: not},
		{name: "forwarded spam quoted in a complaint", sub: setMessage("We keep getting \"Google-Bewertungen ab 4 € pro Stück\" through our form. Can your filter stop it?"), not: not},
		{name: "a customer's firm with a trade word", sub: setMessage("Wir sind die Bewertungen & Co. GmbH, ab 9 € pro Monat. Bitte senden Sie uns ein Angebot für 5 Nutzer."), not: not},
	})
}

// TestSpamPhraseAskedInTablesWords: a shop that names its trade in a spam
// phrase and asks us for a price in the tables' words (a request or
// thanks) weighs half, below review; the same phrase asking nothing
// weighs its points.
func TestSpamPhraseAskedInTablesWords(t *testing.T) {
	runCases(t, []detCase{
		{name: "vietnamese shop asks a price and thanks", sub: setMessage("Tôi bán thực phẩm chức năng, muốn hỏi giá cho 2 website. Cảm ơn."), want: CodeSpamContent, points: 20},
		{name: "vietnamese phrase asking nothing", sub: setMessage("Thực phẩm chức năng giá tốt cho mọi nhà."), want: CodeSpamContent, points: 40},
	})
}

// TestOneWordHook: a one-word question that opens an advert is its hook,
// not a question to us; a one-word question about our product is one.
func TestOneWordHook(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		asks bool
	}{
		{"Lonely? Hot singles near you are waiting.", false},
		{"Einsam? Frauen in deiner Nähe warten.", false},
		{"Eenzaam? Dames bij jou in de buurt.", false},
		{"Pricing? We have three shops.", true},
		{"Demo? Next week would suit us.", true},
		{"Hello? Is anybody there?", true},
		{"Lonely?", true},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got := asksOfUs(tc.msg, m) != ""; got != tc.asks {
			t.Errorf("asksOfUs(%q) = %v, want %v", tc.msg, got, tc.asks)
		}
	}
}

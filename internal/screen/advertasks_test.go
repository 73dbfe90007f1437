package screen

import "testing"

// TestAdvertAsksNothing: an advert with two kinds of cue that asks
// nothing of us is junk in any language; the same trade asking us
// something (a question, a request, a demonstration) is not, and a
// question about the reader's complaint is the advert's hook, not a
// question to us.
func TestAdvertAsksNothing(t *testing.T) {
	not := []string{CodeAdCopy}
	runCases(t, []detCase{
		// Adverts that ask nothing: two kinds of cue weigh three.
		{name: "english: discount and delivery", sub: setMessage("Magnetic posture belt, now 50% off with free delivery."), want: CodeAdCopy, points: 60},
		{name: "dutch: order and urgency", sub: setMessage("Bestel nu, alleen vandaag!"), want: CodeAdCopy, points: 60},
		{name: "hook question about a complaint", sub: setMessage("Rückenschmerzen? Nur heute -50 %, jetzt bestellen!"), want: CodeAdCopy, points: 80},
		{name: "portuguese: discount and delivery", sub: setMessage("Chá detox com 50% de desconto, frete grátis."), want: CodeAdCopy, points: 60},
		// One kind of cue that asks nothing stays half: a buyer names a
		// price now and then.
		{name: "one cue asks nothing", sub: setMessage("Our shop ships with free delivery."), want: CodeAdCopy, points: 20},
		// The same cues with something asked of us.
		{name: "english request", sub: setMessage("We sell belts at 50% off with free delivery. We are looking for a form filter."), want: CodeAdCopy, points: 40},
		{name: "italian question", sub: setMessage("Vendiamo integratori con pagamento alla consegna e sconti del 50%. Il vostro servizio blocca gli ordini falsi?"), want: CodeAdCopy, points: 10},
		{name: "french demonstration", sub: setMessage("Livraison gratuite et -30 % sur nos tisanes. Proposez-vous une démonstration ?"), want: CodeAdCopy, points: 20},
		{name: "polish request", sub: setMessage("Sprzedajemy suplementy, darmowa dostawa i -50%. Prosimy o wycenę."), want: CodeAdCopy, points: 20},
		// A word of our product in a message that asks nothing is the
		// advert's own ("livraison offerte"): no half.
		{name: "french free delivery is no quote", sub: setMessage("Commandez maintenant, livraison offerte, -50 % aujourd'hui !"), want: CodeAdCopy, points: 60},
		{name: "buyer without cues", sub: setMessage("Bitte senden Sie uns ein Angebot für 20 Nutzer."), not: not},
	})
}

// TestAsksOfUs: questions and requests in several languages ask
// something of us; a hook about a complaint and an advert's urging do not.
func TestAsksOfUs(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		asks bool
	}{
		{"Can your tool stop fake orders?", true},
		{"Bitte senden Sie ein Angebot.", true},
		{"Nous aimerions une démonstration.", true},
		{"Prosimy o ofertę dla działu sprzedaży.", true},
		{"Хотели бы получить демо-доступ.", true},
		{"¿Tienen un plan anual", true},
		{"Tired of back pain? Order now, half price!", false},
		{"Gelenkschmerzen? Jetzt bestellen!", false},
		{"Order now at half price, free delivery to your door.", false},
		{"Zamów dziś, płatność przy odbiorze.", false},
		{"Want to look 10 years younger? Only today 50% off.", false},
		{"Marre de vos kilos en trop ? Commandez maintenant.", false},
		{"¿Cansada de la celulitis? Pídelo hoy.", false},
		{"Are you open on Saturdays?", true},
		{"Do you want to see a demo first?", true},
		{"Закажите сейчас со скидкой 50%!", false},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got := asksOfUs(tc.msg, m) != ""; got != tc.asks {
			t.Errorf("asksOfUs(%q) = %v, want %v", tc.msg, got, tc.asks)
		}
	}
}

// TestReaderToolQuestion: a question about the reader's system, filter or
// service, or for a demonstration, trial or quote, in several languages;
// a hook about the reader's body and a statement are not.
func TestReaderToolQuestion(t *testing.T) {
	for _, tc := range []struct {
		msg, want string
	}{
		{"¿Su sistema se integra con nuestro formulario?", "su sistema"},
		{"Can your spam filter stop them?", "your filter"},
		{"Unterstützt Ihr System mehrere Formulare?", "ihr system"},
		{"Proposez-vous une démonstration ?", "demonstration"},
		{"C'è una prova gratuita?", "prova"},
		{"Ваш сервис работает с WordPress?", "ваш сервис"},
		{"Is your body ready for summer?", ""},
		{"Your system will thank you.", ""},
		{"Tired of joint pain?", ""},
	} {
		if got := readerToolQuestion(tc.msg); got != tc.want {
			t.Errorf("readerToolQuestion(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

// TestAdvertProductWordsNamingOurs: a product word that names the
// reader's product ("your lead scoring") keeps its half even in a message
// with no question and no request; a trade word that only sounds like one
// ("offerte") does not.
func TestAdvertProductWordsNamingOurs(t *testing.T) {
	runCases(t, []detCase{
		{name: "manufacturer names our product", sub: setMessage("We manufacture joint-care capsules and would like to see how your lead scoring works for our forms."), want: CodeAdCopy, points: 10},
		{name: "french offerte is free delivery", sub: setMessage("Tisane minceur, livraison offerte. Commandez maintenant."), want: CodeAdCopy, points: 60},
	})
}

// TestOrderNow: a call to order now in the words of many languages, found
// by its shape (an order verb, then now or today); an order a buyer
// mentions without a time word, and a time word after another verb, are
// not.
func TestOrderNow(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"Bestel vandaag, tweede fles gratis.", "bestel vandaag"},
		{"Поръчайте днес с отстъпка.", "поръчаите днес"},
		{"Objednejte dnes a ušetříte.", "objednejte dnes"},
		{"Tilaa tänään!", "tilaa tanaan"},
		{"Kup dziś, zapłać później.", "kup dzis"},
		{"Buy today, pay later.", "buy today"},
		{"We would like to order 20 licences.", ""},
		{"Can we order now and pay in January?", "order now"}, // a cue; the question keeps it from deciding
		{"We spoke today about the order.", ""},
		{"Get direct access to the API?", ""},
	} {
		if got := orderNow(newFoldedText(foldText(tc.msg))); got != tc.want {
			t.Errorf("orderNow(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

// TestSecondOneFree: a second item free is a bundle deal in any language.
func TestSecondOneFree(t *testing.T) {
	runCases(t, []detCase{
		{name: "dutch", sub: setMessage("Magnesium voor een betere nachtrust, 2e flacon gratis."), want: CodeAdCopy, points: 20},
		{name: "english", sub: setMessage("Sleep better tonight: 2nd bottle free"), want: CodeAdCopy, points: 20},
		{name: "german", sub: setMessage("Nur diese Woche: 2. Flasche gratis"), want: CodeAdCopy, points: 60},
		{name: "buyer counting months", sub: setMessage("We have 2 forms and would like the first month free, is that possible?"), not: []string{CodeAdCopy}},
	})
}

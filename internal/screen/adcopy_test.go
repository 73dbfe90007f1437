package screen

import "testing"

// TestAdCopy: adverts are recognised by the parts every advert has, in
// several languages; a buyer's mention of a price or an order is one cue
// at most, which weighs half and passes on its own. Two kinds of cue in a
// message that asks nothing of us weigh three (advertasks.go): junk.
func TestAdCopy(t *testing.T) {
	not := []string{CodeAdCopy}
	runCases(t, []detCase{
		{name: "english: discount, claim, order", sub: setMessage("Lose weight fast with natural ingredients! Now 50% off, order now."), want: CodeAdCopy, points: 60},
		{name: "german: claim and order", sub: setMessage("Schluss mit Gelenkschmerzen – ohne Nebenwirkungen. Jetzt bestellen!"), want: CodeAdCopy, points: 60}, // a remedy with one more cue: see remedyAdvert,
		{name: "french: price and official site", sub: setMessage("Seulement 39 € sur le site officiel, quantités limitées"), want: CodeAdCopy, points: 60},
		{name: "spanish: discount and claim", sub: setMessage("Controla la presión arterial sin efectos secundarios, -70% solo hoy"), want: CodeAdCopy, points: 60},
		{name: "portuguese: order and claim", sub: setMessage("Queimar gordura em 14 dias? Compre já no site oficial."), want: CodeAdCopy, points: 60},
		{name: "polish: order and urgency", sub: setMessage("Zamów teraz, tylko dziś na oficjalna strona"), want: CodeAdCopy, points: 60},
		{name: "russian: claim and order", sub: setMessage("Натуральный состав, без побочных эффектов. Закажите сейчас со скидкой 50%!"), want: CodeAdCopy, points: 60},
		{name: "italian: price and order", sub: setMessage("Solo 49 euro, ordina ora!"), want: CodeAdCopy, points: 60},
		{name: "four kinds: capped at twice", sub: setMessage("Clinically proven! Only $29 today only - order now"), want: CodeAdCopy, points: 80},
		{name: "one cue weighs half", sub: setMessage("All of this can be yours for only $14.95"), want: CodeAdCopy, points: 20},
		{name: "headline and tracking link", sub: setMessage("A Powerhouse Gifting Program You Don't Want To Miss! https://rank-gift.example/offer"), want: CodeAdCopy, points: 60},
		{name: "affiliate query", sub: setMessage("Fighting A Traffic Ticket? Read this: https://law-help.example/?ref=96487 and call"), want: CodeAdCopy, points: 20},
		// Buyers.
		{name: "german sentence with nouns", sub: setMessage("Wir suchen eine Lösung für unsere Filialen in Bremen und Hamburg!"), not: not},
		{name: "own site with a path", sub: setMessage("We are Padaria Souza (https://padaria-souza.example/about/team), can we get a demo?"), not: not},
		{name: "short exclamation", sub: setMessage("Hi Team! Pricing please."), not: not},
		{name: "buyer asks about a discount", sub: setMessage("Do you offer a 20% discount for nonprofits? We would like to order 40 seats."), not: not},
		{name: "only with a duration is no price", sub: setMessage("We only 15 minutes ago signed up; just 2 questions about SSO."), not: not},
		{name: "german buyer", sub: setMessage("Wir möchten ein Angebot für 25 Lizenzen, bitte mit Preisen."), not: not},
		{name: "russian buyer on potential", sub: setMessage("Видим большой потенциал, сколько стоит тариф для 30 человек?"), not: not},
		{name: "polish buyer on potential", sub: setMessage("Widzimy potencjał, prosimy o wycenę dla 30 osób."), not: not},
	})
}

// TestAdCopyMoreLanguages: the same parts in northern, central and
// south-eastern European languages.
func TestAdCopyMoreLanguages(t *testing.T) {
	runCases(t, []detCase{
		{name: "swedish", sub: setMessage("Gå ner i vikt utan biverkningar – beställ nu!"), want: CodeAdCopy, points: 60},
		{name: "danish", sub: setMessage("Ledsmerter? Kun 39 kr i dag på den officielle hjemmeside"), want: CodeAdCopy, points: 60},
		{name: "finnish", sub: setMessage("Korkea verenpaine? Tilaa nyt, -50% vain tänään"), want: CodeAdCopy, points: 80},
		{name: "bulgarian", sub: setMessage("Отслабване без странични ефекти. Поръчайте сега!"), want: CodeAdCopy, points: 60},
		{name: "greek", sub: setMessage("Απώλεια βάρους χωρίς παρενέργειες, μόνο σήμερα"), want: CodeAdCopy, points: 60},
		{name: "croatian", sub: setMessage("Bolovi u zglobovima? Naručite odmah uz popust 50%"), want: CodeAdCopy, points: 60},
		{name: "slovak buyer", sub: setMessage("Dobrý deň, potrebujeme cenovú ponuku pre 20 používateľov."), not: []string{CodeAdCopy}},
		{name: "swedish buyer", sub: setMessage("Hej! Vi vill gärna boka en demo för vårt team på 12 personer."), not: []string{CodeAdCopy}},
	})
}

// TestAdCopyBuyerInAHurry: a buyer who wants to order soon names one cue
// at most.
func TestAdCopyBuyerInAHurry(t *testing.T) {
	runCases(t, []detCase{
		{name: "in a hurry", sub: setMessage("We would like to order now, we are in a hurry before the season starts."), want: CodeAdCopy, points: 20},
	})
}

// TestAdCopyProductAndDelivery: mail-order remedies name the product with
// a dose, the delivery terms (cash on delivery, free shipping), a price
// named as such and a result in kilos or days; a company in that trade
// asking about our product weighs half.
func TestAdCopyProductAndDelivery(t *testing.T) {
	not := []string{CodeAdCopy}
	runCases(t, []detCase{
		{name: "dutch", sub: setMessage("Afslankcapsules: tot 8 kilo kwijt in 3 weken. Betalen bij levering, gratis verzending, nu voor 39 euro."), want: CodeAdCopy, points: 60},
		{name: "swedish", sub: setMessage("Bantningskapslar: gå ner 6 kg på 3 veckor. Betala vid leverans, fri frakt, pris 399 kr."), want: CodeAdCopy, points: 80},
		{name: "german", sub: setMessage("Neue Abnehmkapseln: 1 Kapsel täglich. Aktionspreis von 39 €, per Nachnahme."), want: CodeAdCopy, points: 60},
		{name: "russian", sub: setMessage("Капсулы для похудения: минус 10 кг за месяц. Оплата при получении, цена 990 руб."), want: CodeAdCopy, points: 80},
		{name: "spanish", sub: setMessage("Crema natural con resultados en 7 días. Precio promocional 35 euros, pide el tuyo hoy."), want: CodeAdCopy, points: 80},
		{name: "polish", sub: setMessage("Żel na stawy, efekt w 7 dni. Zamów teraz z rabatem 50%."), want: CodeAdCopy, points: 80},
		{name: "struck price", sub: setMessage("149 PLN instead of 298, order today."), want: CodeAdCopy, points: 60},
		// Customers in the trade.
		{name: "supplement shop wants a demo", sub: setMessage("We sell slimming capsules with free shipping; can we get a demo of your platform?"), want: CodeAdCopy, points: 20},
		{name: "clinic asks about the price", sub: setMessage("Our physiotherapy clinics treat joint pain. What is your pricing for 10 users?"), want: CodeAdCopy, points: 10},
		{name: "buyer names a budget", sub: setMessage("Our budget is around 20k EUR per year; can you send a quote?"), not: not},
		{name: "german buyer per day", sub: setMessage("Wir bekommen 200 Anfragen pro Tag und brauchen eine Demo."), not: not},
	})
}

// TestAdCopyDealsAndForms: bundle deals and half prices, the forms
// remedies come in, complaints they promise to cure, in several
// languages; a shop in the trade asking about our product weighs half.
func TestAdCopyDealsAndForms(t *testing.T) {
	runCases(t, []detCase{
		{name: "english bundle", sub: setMessage("Stronger erections in 20 minutes, 100% herbal. Buy 2 get 1 free."), want: CodeAdCopy, points: 60},
		{name: "french price then only", sub: setMessage("Fini les varices grâce à notre crème ! 39 € seulement."), want: CodeAdCopy, points: 60},
		{name: "swedish half price", sub: setMessage("Gå ner i vikt utan att svälta. Naturliga kapslar, halva priset idag."), want: CodeAdCopy, points: 60},
		{name: "czech discount", sub: setMessage("Zvýšení potence do 30 minut. Objednejte nyní se slevou 50 %."), want: CodeAdCopy, points: 60},
		{name: "hungarian discount", sub: setMessage("Ízületi fájdalom? Természetes krém, most 50% kedvezménnyel."), want: CodeAdCopy, points: 60},
		{name: "gym chain asks", sub: setMessage("We sell capsules and diet plans in our gyms; can your tool route leads? What is the pricing?"), want: CodeAdCopy, points: 10},
	})
}

// TestBodyResultIsItsPattern checks that looking for a weight after a
// number first changes nothing: bodyResult finds what adBodyResult finds.
func TestBodyResultIsItsPattern(t *testing.T) {
	msgs := []string{
		"Lose 10 kg in 4 Wochen!", "8 kilo kwijt in 3 weken", "минус 10 кг за месяц", "-12kg in 30 days",
		"down 15 LBS in 2 weeks", "20 Pounds gone in 3 months", "5 KILO'S in 2 weken", "7 ponds in 2 weeks",
		"10 \u212Ag in 4 weeks", "3 pound\u017F in 2 weeks", "10 kg of samples, delivered in 2 weeks",
		"our team of 40 people would like a demo next week", "call 555 0100 ext 12", "10kg", "2024 kilogramm in 3 monat",
		"a1kg in 3 days", "kg 10 in 4 weeks", "12", "", "9 kg",
	}
	for _, m := range msgs {
		if got, want := bodyResult(m), adBodyResult.FindString(m); got != want {
			t.Errorf("bodyResult(%q) = %q, adBodyResult finds %q", m, got, want)
		}
	}
	if bodyResult("Lose 10 kg in 4 Wochen!") == "" {
		t.Error("bodyResult misses a weight lost in a time")
	}
}

// TestRemedyAdverts: a remedy (weight, joints, potency, blood pressure,
// veins...) with any one advert cue is junk on its own, in several
// languages; a remedy alone, or a health company asking about our
// product, is not.
func TestRemedyAdverts(t *testing.T) {
	runCases(t, []detCase{
		{name: "english joints and delivery", sub: setMessage("Say goodbye to back pain with our herbal balm, free delivery to your door."), want: CodeAdCopy, points: 60},
		{name: "german veins and price", sub: setMessage("Krampfadern verschwinden mit unserem Gel, jetzt zum halben Preis."), want: CodeAdCopy, points: 60},
		{name: "spanish weight and cash on delivery", sub: setMessage("Baja de peso sin esfuerzo con nuestras gotas. Pago contra entrega."), want: CodeAdCopy, points: 60},
		{name: "polish pressure and discount", sub: setMessage("Nadciśnienie? Naturalne krople, rabat -40%."), want: CodeAdCopy, points: 60},
		{name: "hungarian potency and delivery", sub: setMessage("Potencianövelő kapszula, fizetés átvételkor."), want: CodeAdCopy, points: 60},
		{name: "remedy without an advert cue", sub: setMessage("We make joint supplements and sell them in pharmacies across Austria."), not: []string{CodeAdCopy}},
		{name: "clinic asks about our product", sub: setMessage("Our weight loss clinic offers 20% off this month; can your form tag leads by campaign? Please send a quote."), want: CodeAdCopy, points: 10},
		{name: "logistics lead with a price", sub: setMessage("We ship 40 pallets a week; our budget is 500 € a month. Can we talk?"), not: []string{CodeAdCopy}},
	})
}

// TestNumberDeal: a bundle written with numbers, or an amount with cents
// after a word that makes it small, whatever the language; a plain number
// or an amount alone is neither.
func TestNumberDeal(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"Heute nur 29,90 pro Packung!", "nur 29,90"},
		{"Order now for only 39.99 and save", "only 39.99"},
		{"Aktion 2+1 gratis", "2+1"},
		{"Compre 3 y paga 2 hoy", "3 y paga 2"},
		{"We pay 39.99 a month for 2 forms", ""},
		{"Our team of 12 needs 3 forms", ""},
	} {
		if got := numberDeal(tc.msg); got != tc.want {
			t.Errorf("numberDeal(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

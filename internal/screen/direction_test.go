package screen

import "testing"

// The direction of the offer: a vendor offers its own work for the
// reader's business; a buyer, a reseller, an agency for its client and a
// procurement team ask for ours. The sentences are written for this test,
// not taken from a labelled set.
func TestOfferDirection(t *testing.T) {
	not := []string{CodeVendorOutreach}
	runCases(t, []detCase{
		// Vendors: two ways of offering, no call needed.
		{name: "english offer and own price", sub: setMessage("We can take your invoicing off your plate for a fixed fee per month."), want: CodeVendorOutreach, points: 60},
		{name: "english offer and a sample", sub: setMessage("I'd like to offer you a free sample of our translation work."), want: CodeVendorOutreach, points: 60},
		{name: "english credentials and interest", sub: setMessage("We have worked with over 40 companies on GDPR audits. Interested?"), want: CodeVendorOutreach, points: 60},
		{name: "german dative offer", sub: setMessage("Gerne erstellen wir Ihnen ein unverbindliches Angebot für Ihre Gebäudereinigung."), want: CodeVendorOutreach, points: 60},
		{name: "french offer to present", sub: setMessage("Je me permets de vous présenter nos services de nettoyage de bureaux."), want: CodeVendorOutreach, points: 60},
		{name: "spanish offer for your company", sub: setMessage("Le ofrecemos mantenimiento informático para su empresa con precios competitivos."), want: CodeVendorOutreach, points: 60},
		{name: "portuguese clients served", sub: setMessage("Já ajudamos mais de 50 clientes a vender online. Posso enviar uma proposta?"), want: CodeVendorOutreach, points: 60},
		{name: "italian offer", sub: setMessage("Vorrei proporvi i nostri servizi di traduzione tecnica."), want: CodeVendorOutreach, points: 60},
		{name: "dutch take over", sub: setMessage("Wij kunnen uw IT-beheer overnemen. Mag ik u bellen?"), want: CodeVendorOutreach, points: 60},
		{name: "polish offer", sub: setMessage("Oferujemy usługi sprzątania biur w atrakcyjnej cenie."), want: CodeVendorOutreach, points: 60},
		{name: "russian offer", sub: setMessage("Предлагаем услуги бухгалтерии для вашей компании. Могу прислать прайс?"), want: CodeVendorOutreach, points: 60},
		{name: "polish offer to the reader", sub: setMessage("Proponujemy Państwu bezpłatny audyt."), want: CodeVendorOutreach, points: 60},
		{name: "swedish offer to the reader", sub: setMessage("Vi erbjuder er en gratis genomgång."), want: CodeVendorOutreach, points: 60},
		{name: "japanese humble company", sub: setMessage("弊社は翻訳サービスを提供しております。ご提案させてください。"), want: CodeVendorOutreach, points: 60},
		// Buyers and their look-alikes: never a pitch.
		{name: "procurement", sub: setMessage("Our procurement team asks for a quote for 30 seats and your standard terms."), not: not},
		{name: "reseller", sub: setMessage("We are an IT reseller and would like to offer your tool to our clients. Is there a partner programme?"), not: not},
		{name: "agency for a client", sub: setMessage("I'm writing on behalf of a client who needs your form on their shop. Can we get a demo?"), not: not},
		{name: "firm that offers services with a need", sub: setMessage("We offer physiotherapy and our booking form gets spam. What does the pro plan cost?"), not: not},
		{name: "german buyer asks for an offer", sub: setMessage("Können Sie uns ein Angebot für 12 Nutzer schicken?"), not: not},
		{name: "french buyer asks your prices", sub: setMessage("Nous proposons des cours en ligne. Quels sont vos tarifs pour 5 formulaires ?"), not: not},
		{name: "spanish buyer needs", sub: setMessage("Ofrecemos servicios de limpieza y necesitamos un formulario sin spam."), not: not},
		{name: "polish purchasing", sub: setMessage("Dział zakupów prosi o przesłanie oferty na 8 licencji."), not: not},
		{name: "russian buyer", sub: setMessage("Мы оказываем услуги доставки, нам нужна защита формы. Сколько стоит?"), not: not},
		{name: "buyer asks to be sent", sub: setMessage("Could you send me a quote? Can you help us with the setup?"), not: not},
		{name: "customer sends a contract", sub: setMessage("I'll send you the signed contract tomorrow; we offer it to our board first."), not: not},
		{name: "french reader offers", sub: setMessage("Bonjour, proposez-vous une remise pour les associations ?"), not: not},
		{name: "french asks to be presented", sub: setMessage("Pourriez-vous nous présenter votre solution ?"), not: not},
		{name: "german asks for help", sub: setMessage("Können Sie uns beim Einrichten helfen?"), not: not},
		{name: "buyer's own pricing page and a problem", sub: setMessage("Most of the bots land on our pricing page, not the form. Can we talk about it?"), not: not},
		{name: "buyer asking for a call", sub: setMessage("Would you be open to a call about the enterprise plan for our 6 brands?"), not: not},
	})
}

func TestInterestQuestion(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"We write blog posts. Interested?", "interested?"},
		{"Nous rédigeons vos textes. Intéressé ?", "interesse?"},
		{"Any interest at all?", "any interest at all?"},
		// A buyer says what they are interested in: a longer question,
		// or no question.
		{"Are you interested in a case study about our rollout with your tool?", ""},
		{"We are interested in the team plan.", ""},
	} {
		if got := interestQuestion(tc.msg); got != tc.want {
			t.Errorf("interestQuestion(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

// What the sender can do with the reader's business, stated: a pitch;
// denied, asked or done as a buyer: not. Sentences written for this test.
func TestAbilityForReader(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"We could rebuild your checkout in a month.", true},
		{"Wir können Ihre Lohnabrechnung übernehmen.", true},
		{"Nous pouvons traduire votre catalogue.", true},
		{"Le podemos ayudar con la nómina.", true},
		{"Możemy obsłużyć Państwa biuro.", true},
		{"Можем вести вашу бухгалтерию.", true},
		{"Instagram hesaplarınızı yönetebiliriz.", true},
		{"Vi kan ta hand om er lönehantering.", true},
		{"我们可以为您提供翻译。", true},
		{"We can't get your form to work.", false},
		{"Can we pay your invoice by card?", false},
		{"I can send you our requirements.", false},
		{"Wir können Ihr Formular nicht einbinden.", false},
		{"No podemos usar su formulario.", false},
		{"Мы не можем открыть вашу форму.", false},
		{"Our team will renew your subscription in May.", false},
		{"We can start next week.", false},
		{"Wir können Ihre Unterlagen erst morgen prüfen.", false},
	} {
		if p, _ := abilityForReader(tc.msg); (p != "") != tc.want {
			t.Errorf("abilityForReader(%q) = %q, want found %v", tc.msg, p, tc.want)
		}
	}
}

func TestWeActOnYours(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Gestionamos sus redes sociales.", true},
		{"Cuidamos da sua contabilidade.", true},
		{"Realizziamo il vostro sito.", true},
		{"Recibimos sus facturas cada mes.", false},
		{"Usamos su formulario desde 2024.", false},
		{"Aspettiamo il vostro preventivo.", false},
		{"Podemos cambiar su contrato mañana.", false},
		{"¿Gestionamos sus campañas?", false},
	} {
		if got := weActOnYours(tc.msg) != ""; got != tc.want {
			t.Errorf("weActOnYours(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

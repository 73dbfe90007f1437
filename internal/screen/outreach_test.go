package screen

import "testing"

func TestVendorOutreach(t *testing.T) {
	not := []string{CodeVendorOutreach}
	runCases(t, []detCase{
		{name: "staff augmentation", sub: setMessage("Hi Maria, we provide staff augmentation with senior engineers from Poland. Worth a quick call next week?"), want: CodeVendorOutreach, points: 60},
		{name: "lead lists", sub: setMessage("Our team builds verified lead lists for logistics companies. Do you have 15 minutes on Thursday?"), want: CodeVendorOutreach, points: 60},
		{name: "funding", sub: setMessage("We help companies like yours secure working capital in 48 hours. Open to a short call?"), want: CodeVendorOutreach},
		{name: "german", sub: setMessage("Wir bieten Softwareentwicklung aus Kiew zu fairen Preisen an. Hätten Sie Zeit für ein kurzes Gespräch?"), want: CodeVendorOutreach},
		{name: "french", sub: setMessage("Nous proposons la création de sites et le référencement. Un appel rapide cette semaine ?"), want: CodeVendorOutreach},
		{name: "spanish", sub: setMessage("Ofrecemos desarrollo de aplicaciones para empresas. ¿Tiene 15 minutos para una llamada?"), want: CodeVendorOutreach},
		{name: "portuguese", sub: setMessage("Nossa equipe faz desenvolvimento web e geração de leads. Podemos ter uma chamada rápida?"), want: CodeVendorOutreach},
		{name: "russian", sub: setMessage("Мы предлагаем разработку сайтов и продвижение. Удобно созвониться на 15 минут?"), want: CodeVendorOutreach},
		{name: "offer without a call counts half", sub: setMessage("We offer SEO audits for SaaS companies."), want: CodeVendorOutreach, points: 20},
		// An offer with the sender's own price points it at us twice
		// (direction.go): a pitch without a call.
		{name: "offer with its own price", sub: setMessage("We offer SEO audits for SaaS companies at a flat rate."), want: CodeVendorOutreach, points: 60},
		{name: "introduces, offers a service and asks", sub: setMessage("My name is Tom, I lead partnerships at Brightcode. We provide staff augmentation for fintechs. Worth a quick call?"), want: CodeVendorOutreach, points: 80},
		// "We help", "firms like yours" and a proposal to meet point the
		// offer at us three ways (direction.go): junk on its own.
		{name: "no named service, three moves", sub: setMessage("My name is Jana. We help logistics firms like yours cut costs. Would it make sense to connect next Tuesday?"), want: CodeVendorOutreach, points: 60},
		{name: "no named service, all four moves", sub: setMessage("My name is Jana. We help logistics firms; our clients include DHL partners. Would it make sense to connect?"), want: CodeVendorOutreach, points: 60},
		{name: "spanish three moves", sub: setMessage("Me llamo Lucía. Ayudamos a empresas como la suya; nuestros clientes ahorran un 20 %."), want: CodeVendorOutreach, points: 40},
		{name: "german three moves", sub: setMessage("Mein Name ist Jonas, wir helfen Händlern beim Wachstum. Wer ist bei Ihnen zuständig?"), want: CodeVendorOutreach, points: 40},
		// Buyers: they ask about our product, even when they mention
		// their own team, a service or a call.
		{name: "procurement buyer", sub: setMessage("I'm reaching out on behalf of our procurement team: we provide logistics services and need a quote for your platform for 200 users. Could we have a quick call?"), not: not},
		{name: "buyer with our team", sub: setMessage("Our team handles app development for clients; does your product have an API we could use? Happy to do a 15 minute call."), not: not},
		{name: "german buyer", sub: setMessage("Unser Team sucht eine Lösung für Finanzierung-Reports. Wie sind Ihre Preise? Kurzes Gespräch möglich?"), not: not},
		{name: "spanish buyer", sub: setMessage("Somos una agencia de diseño web y buscamos una herramienta de analítica. ¿Cuál es el precio?"), not: not},
		{name: "buyer introduces themselves", sub: setMessage("My name is Ana, I lead IT at Padaria Souza. We need a quote for 12 seats; who handles onboarding?"), not: not},
		{name: "buyer with clients", sub: setMessage("My name is Li. Our clients are retailers and we help them with stock; does your API support webhooks?"), not: not},
		{name: "plain question", sub: setMessage("Can we get a demo next week? We have 80 users."), not: not},
		{name: "call without service", sub: setMessage("We would like a quick call to discuss a rollout in Q3."), not: not},
	})
}

// TestVendorPitchBuyer: one vendor phrase in a buyer's question about our
// product weighs a quarter (too little to corroborate a weak sign, see
// evidence.go); several phrases, or an offer of the
// sender's own services, keep their points.
func TestVendorPitchBuyer(t *testing.T) {
	runCases(t, []detCase{
		{name: "buyer borrows one phrase", sub: setMessage("I am reaching out on behalf of our procurement team: please send a quote for 40 licences and your security questionnaire."), want: CodeVendorPitch, points: 10},
		{name: "german buyer borrows one phrase", sub: setMessage("Guten Tag, I am reaching out: wir suchen eine Lösung, bitte ein Angebot für 25 Lizenzen."), want: CodeVendorPitch, points: 10},
		{name: "vendor names our product and pitches twice", sub: setMessage("We make explainer videos for your product. Shall I send you three samples?"), want: CodeVendorPitch, points: 60},
		{name: "vendor on behalf of a vendor", sub: setMessage("I am reaching out on behalf of Brightcode: we provide offshore developers. Shall I send our rates?"), want: CodeVendorPitch, points: 80},
		{name: "vendor offers, even with a buyer word", sub: setMessage("I'm reaching out to see if we could quote: we offer translation services for your website."), want: CodeVendorPitch, points: 40},
	})
}

// TestPhraseListStems: stems are found whatever the length and script of
// their first word, through the index by leading bytes.
func TestPhraseListStems(t *testing.T) {
	l := foldedPhrases("x*", "ab*", "мошен*", "case stud*", "you re scam*", "plain phrase")
	for text, want := range map[string]string{
		"xylophones":              "x",
		"x":                       "x",
		"abc def":                 "ab",
		"вы мошенники":            "мошен",
		"two case studies":        "case stud",
		"you re scammers":         "you re scam",
		"a plain phrase":          "plain phrase",
		"a b":                     "",
		"мо":                      "",
		"case":                    "",
		"nothing of the kind abz": "ab",
	} {
		if got := l.find(newFoldedText(foldText(text))); got != want {
			t.Errorf("find(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestVendorOutreachWholePitch: an offer of a named service with an ask
// for a call is the whole pitch, junk on its own, in several languages;
// buyers who ask us for quotes, terms or a partner programme are not, even
// when they mention their own services. The negative cases were written
// first.
func TestVendorOutreachWholePitch(t *testing.T) {
	not := []string{CodeVendorOutreach, CodeVendorPitch}
	runCases(t, []detCase{
		{name: "buyer on behalf of purchasing", sub: setMessage("On behalf of our purchasing department: please send your terms and a price list; we offer payment within 30 days."), not: not},
		{name: "agency wants to resell", sub: setMessage("We are a development agency and want to resell your platform. Do you have a partner programme? A 15 minute call would help."), not: not},
		{name: "german buyer with minutes", sub: setMessage("Im Auftrag unseres Einkaufs: wir entwickeln Software und brauchen ein Angebot für 80 Lizenzen. 15 Minuten Telefonat?"), not: not},
		{name: "french buyer", sub: setMessage("Notre équipe achats souhaite un devis pour 40 utilisateurs ; auriez-vous un créneau ?"), not: not},
		{name: "russian buyer", sub: setMessage("От имени отдела закупок: мы занимаемся разработкой и просим цену на 40 лицензий."), not: not},
		{name: "operator describes their business", sub: setMessage("We run an online casino in Malta and need lead forms for three sites."), not: []string{CodeVendorOutreach}},
		{name: "university describes itself", sub: setMessage("We are a university department running event registrations; we create many forms each term."), not: []string{CodeVendorOutreach}},
		{name: "english pitch by minutes", sub: setMessage("We place vetted SDRs within 2 weeks. Do you have 20 minutes on Friday?"), want: CodeVendorOutreach, points: 60},
		{name: "german", sub: setMessage("Wir unterstützen Softwarefirmen mit erfahrenen Entwicklern aus Polen. Hätten Sie nächste Woche 15 Minuten?"), want: CodeVendorOutreach, points: 60},
		{name: "french", sub: setMessage("Nous proposons des fichiers de prospection B2B. Auriez-vous un créneau pour en discuter ?"), want: CodeVendorOutreach, points: 60},
		{name: "spanish", sub: setMessage("Nuestra agencia ayuda a empresas B2B con campañas de prospección. ¿Le parece si agendamos una breve llamada?"), want: CodeVendorOutreach, points: 60},
		{name: "russian", sub: setMessage("Мы предлагаем услуги по разработке мобильных приложений. Удобно ли вам созвониться на 15 минут?"), want: CodeVendorOutreach, points: 60},
		{name: "staffing firm on behalf of", sub: setMessage("Reaching out on behalf of our staffing firm: we place vetted SDRs. Do you have time for a short call?"), want: CodeVendorOutreach, points: 80},
	})
}

// TestVendorOutreachIntroduced: a sender who introduces itself (or cites
// clients), names a service and asks for a call pitches as surely as one
// who offers; a buyer who introduces their company asks about ours.
func TestVendorOutreachIntroduced(t *testing.T) {
	not := []string{CodeVendorOutreach}
	runCases(t, []detCase{
		{name: "german agency", sub: setMessage("Wir sind eine Digitalagentur aus Berlin und entwickeln Webshops und Apps. Wann hätten Sie Zeit für ein kurzes Kennenlernen?"), want: CodeVendorOutreach, points: 60},
		{name: "english proof", sub: setMessage("I'd love to show you how we helped a similar SaaS with LinkedIn outreach. Free for a call Thursday?"), want: CodeVendorOutreach, points: 60},
		{name: "polish software house", sub: setMessage("Jesteśmy software housem z Krakowa. Chętnie przedstawimy nasze usługi podczas krótkiej rozmowy."), want: CodeVendorOutreach, points: 80},
		{name: "portuguese company develops", sub: setMessage("Nossa empresa desenvolve aplicativos para empresas. Você teria 20 minutos?"), want: CodeVendorOutreach, points: 60},
		{name: "buyer agency introduces itself", sub: setMessage("We are an agency building landing pages for clients; can we book a call to see your product?"), not: not},
		{name: "german buyer agency", sub: setMessage("Wir sind eine Agentur und entwickeln Webshops. Wie sind Ihre Preise für 5 Nutzer? Kurzes Gespräch?"), not: not},
	})
}

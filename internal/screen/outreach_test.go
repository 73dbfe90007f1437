package screen

import "testing"

func TestVendorOutreach(t *testing.T) {
	not := []string{CodeVendorOutreach}
	runCases(t, []detCase{
		{name: "staff augmentation", sub: setMessage("Hi Maria, we provide staff augmentation with senior engineers from Poland. Worth a quick call next week?"), want: CodeVendorOutreach, points: 40},
		{name: "lead lists", sub: setMessage("Our team builds verified lead lists for logistics companies. Do you have 15 minutes on Thursday?"), want: CodeVendorOutreach, points: 40},
		{name: "funding", sub: setMessage("We help companies like yours secure working capital in 48 hours. Open to a short call?"), want: CodeVendorOutreach},
		{name: "german", sub: setMessage("Wir bieten Softwareentwicklung aus Kiew zu fairen Preisen an. Hätten Sie Zeit für ein kurzes Gespräch?"), want: CodeVendorOutreach},
		{name: "french", sub: setMessage("Nous proposons la création de sites et le référencement. Un appel rapide cette semaine ?"), want: CodeVendorOutreach},
		{name: "spanish", sub: setMessage("Ofrecemos desarrollo de aplicaciones para empresas. ¿Tiene 15 minutos para una llamada?"), want: CodeVendorOutreach},
		{name: "portuguese", sub: setMessage("Nossa equipe faz desenvolvimento web e geração de leads. Podemos ter uma chamada rápida?"), want: CodeVendorOutreach},
		{name: "russian", sub: setMessage("Мы предлагаем разработку сайтов и продвижение. Удобно созвониться на 15 минут?"), want: CodeVendorOutreach},
		{name: "offer without a call counts half", sub: setMessage("We offer SEO audits for SaaS companies at a flat rate."), want: CodeVendorOutreach, points: 20},
		{name: "introduces, offers a service and asks", sub: setMessage("My name is Tom, I lead partnerships at Brightcode. We provide staff augmentation for fintechs. Worth a quick call?"), want: CodeVendorOutreach, points: 60},
		{name: "no named service, three moves", sub: setMessage("My name is Jana. We help logistics firms like yours cut costs. Would it make sense to connect next Tuesday?"), want: CodeVendorOutreach, points: 40},
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
// product weighs half (passes alone); several phrases, or an offer of the
// sender's own services, keep their points.
func TestVendorPitchBuyer(t *testing.T) {
	runCases(t, []detCase{
		{name: "buyer borrows one phrase", sub: setMessage("I am reaching out on behalf of our procurement team: please send a quote for 40 licences and your security questionnaire."), want: CodeVendorPitch, points: 20},
		{name: "german buyer borrows one phrase", sub: setMessage("Guten Tag, I am reaching out: wir suchen eine Lösung, bitte ein Angebot für 25 Lizenzen."), want: CodeVendorPitch, points: 20},
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

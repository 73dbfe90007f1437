package screen

import (
	"context"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Table tests for the test-entry pieces of testentries.go, written from
// the kinds' descriptions in issue 11 (round three of the identity set):
// each table holds genuine look-alikes beside the junk.

func TestDoNotActMessage(t *testing.T) {
	for _, tc := range []struct {
		msg               string
		instruction, test bool
	}{
		{"Testmeddelande, vänligen ignorera.", true, true},
		{"Testno sporočilo, prosim ne odgovarjajte.", true, true},
		{"Testbericht na wijziging van de website, niet beantwoorden.", true, true},
		{"Ceci est un message de test, merci de ne pas y répondre.", true, true},
		{"Teste de envio do formulário, desconsiderar.", true, true},
		{"Проверка формы обратной связи. Не отвечать.", true, true},
		{"送信テストです。返信不要です。", true, true},
		{"Deneme mesajıdır, lütfen dikkate almayın.", true, true},
		{"QA run 12 - please ignore", true, true},
		{"Bitte ignorieren, nur ein Test vom Formular", true, true},
		// A compound that ends in "test" is not read as one: "latest" and
		// "greatest" end so too.
		{"Please ignore my latest message", true, false},
		// An instruction without a test: one piece (a person may ask for
		// a call instead of a reply).
		{"Please don't reply by email, call me on 0171 1234567", true, false},
		{"automated check, do not reply", true, false},
		// Genuine: a correction with a real request, a question about a
		// trial, a long message.
		{"Please ignore my previous message: we need 12 seats, not 20, and would like the annual price in euros by Friday.", false, false},
		{"Gibt es eine kostenlose Testphase?", false, false},
		{"Can we test the product for two weeks before we buy?", false, false},
		{"", false, false},
	} {
		in, test := doNotActMessage(newFoldedText(foldText(tc.msg)))
		if in != tc.instruction || test != tc.test {
			t.Errorf("%q: instruction %v test %v, want %v %v", tc.msg, in, test, tc.instruction, tc.test)
		}
	}
}

func TestFillerText(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		filler bool
	}{
		{"The quick brown fox jumps over the lazy dog", true},
		{"Franz jagt im komplett verwahrlosten Taxi quer durch Bayern.", true},
		{"Portez ce vieux whisky au juge blond qui fume", true},
		{"Съешь же ещё этих мягких французских булок, да выпей чаю.", true},
		{"Hier steht ein Blindtext. Er dient nur dazu, den Platz zu füllen.", true},
		{"This is dummy text until the copy arrives.", true},
		{"El veloz murciélago hindú comía feliz cardillo y kiwi. La cigüeña tocaba el saxofón detrás del palenque de paja.", true},
		// Genuine: short requests, and a long one that uses every letter
		// over many words.
		{"Could you send me pricing for a team of 15?", false},
		{"Wir möchten eine Demo für unser Büro.", false},
		{"Hello, we are a jewellery workshop in Zagreb with six people. Quite often we get quotes by fax, but we want web forms: how big is the setup job and what would it cost?", false},
		{"Please send a quote; the text on our page is still a placeholder while we rebuild it.", false},
	} {
		if got := isFillerText(newFoldedText(foldText(tc.msg))); got != tc.filler {
			t.Errorf("%q: filler %v, want %v", tc.msg, got, tc.filler)
		}
	}
}

func TestEnvironmentHost(t *testing.T) {
	for domain, want := range map[string]string{
		"staging.brightpay.io":     "staging",
		"perf.brightpay.io":        "perf",
		"qa.shop.example.co.uk":    "qa",
		"brightpay.io":             "",
		"mail.brightpay.io":        "",
		"stage.univ-paris.fr":      "", // a French internship office
		"dev.co.uk":                "", // a registrable domain named dev
		"developers.northwind.com": "",
	} {
		if got := environmentHost(domain); got != want {
			t.Errorf("environmentHost(%q) = %q, want %q", domain, got, want)
		}
	}
}

func TestMorePlaceholderPieces(t *testing.T) {
	not := []string{CodePlaceholderIdentity}
	both := func(first, last, company, email, msg string) func(*lead.Submission) {
		return func(x *lead.Submission) {
			x.Fields.FirstName, x.Fields.LastName, x.Fields.Company, x.Fields.Email, x.Fields.Message = first, last, company, email, msg
			x.Fields.JobTitle = ""
		}
	}
	runCases(t, []detCase{
		// Two pieces: junk on their own.
		{name: "swedish test and ignore", sub: setMessage("Testmeddelande, vänligen ignorera."), want: CodePlaceholderIdentity, points: 60},
		{name: "japanese test and no reply", sub: setMessage("送信テストです。返信不要です。"), want: CodePlaceholderIdentity, points: 60},
		{name: "german pangram", sub: setMessage("Franz jagt im komplett verwahrlosten Taxi quer durch Bayern."), want: CodePlaceholderIdentity, points: 60},
		{name: "fictional firm at its domain", sub: both("Alex", "Wilber", "Contoso Ltd", "alexw@contoso.com", "Please send pricing."), want: CodePlaceholderIdentity, points: 60},
		{name: "fictional firm from television", sub: both("Michael", "Scott", "Dunder Mifflin", "michael.scott@dundermifflin.com", "Please send pricing."), want: CodePlaceholderIdentity, points: 60},
		{name: "a name that says test twice", sub: setNames("Test", "Testowski", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "finnish test name", sub: setNames("Testi", "Testinen", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "dashes and single letters", sub: both("J", "K", "-", "jk@gmail.com", "."), want: CodePlaceholderIdentity, points: 60},
		{name: "lithuanian name and surname", sub: setNames("Vardenis", "Pavardenis", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "italian nobody", sub: setNames("Pinco", "Pallino", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "arabic nobody", sub: setNames("Fulan", "Al-Fulani", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "example gmbh", sub: setCompany("Example GmbH"), want: CodePlaceholderIdentity, points: 60},
		{name: "russian example company", sub: setCompany("ООО Пример"), want: CodePlaceholderIdentity, points: 60},
		{name: "chinese example company", sub: setCompany("示例公司"), want: CodePlaceholderIdentity, points: 60},
		{name: "czech example company", sub: setCompany("Ukázková firma"), want: CodePlaceholderIdentity, points: 60},
		{name: "romanian example company", sub: setCompany("Firma Exemplu SRL"), want: CodePlaceholderIdentity, points: 60},
		{name: "alphabet in every field", sub: both("x", "y", "z", "xyz@gmail.com", "xyz"), want: CodePlaceholderIdentity, points: 60},
		{name: "your company at your company's domain", sub: both("Anna", "Kunz", "Ihre Firma GmbH", "anna@ihre-firma.de", "Bitte um ein Angebot."), want: CodePlaceholderIdentity, points: 60},
		{name: "greek test message", sub: setMessage("δοκιμή"), want: CodePlaceholderIdentity, points: 60}, // and nothing else: it asks for nothing (metavocab.go)
		// One piece: weak, a real person may bear it.
		{name: "test company", sub: setCompany("Test Company"), want: CodePlaceholderIdentity, points: 30},
		{name: "sample corporation", sub: setCompany("Sample Corporation"), want: CodePlaceholderIdentity, points: 30},
		{name: "fictional firm at a free-mail address", sub: both("Hank", "Miller", "Initech", "hank.miller@gmail.com", "Please send pricing."), want: CodePlaceholderIdentity, points: 30},
		{name: "staging host", sub: withEmail("maria@staging.northwind-logistics.com"), want: CodePlaceholderIdentity, points: 30},
		{name: "browser automation inbox", sub: withEmail("cypress+run8812@northwind-logistics.com"), want: CodePlaceholderIdentity, points: 30},
		{name: "filipino anybody", sub: setNames("Juan", "dela Cruz", "Northwind"), want: CodePlaceholderIdentity, points: 30},
		{name: "asks for a call instead of a reply", sub: setMessage("Please don't reply by email, call me on 0171 1234567"), want: CodePlaceholderIdentity, points: 30},
		// Genuine look-alikes.
		{name: "surname Tester", sub: setNames("Markus", "Tester", "Tester Haustechnik"), not: not},
		{name: "surname Test", sub: setNames("Chris", "Test", "Test & Measurement Ltd"), not: not},
		{name: "surname Testa", sub: setNames("Giulia", "Testa", "Testa Arredamenti"), not: not},
		{name: "first name Demo", sub: setNames("Demo", "Okafor", "Okafor Logistics"), not: not},
		{name: "free trial in spanish", sub: setMessage("¿Tienen un periodo de prueba gratuito? Nos gustaría probarlo un mes antes de decidir."), not: not},
		{name: "trial in german", sub: setMessage("Gibt es eine kostenlose Testphase? Wir würden das gern zwei Wochen testen."), not: not},
		{name: "a freelancer without a company", sub: both("Tom", "Becker", "-", "tom.becker.photo@gmail.com", "Freelance photographer here, is there a free tier for one small site?"), not: not},
		{name: "a QA consultancy", sub: both("Sanne", "Visser", "TestWerk QA", "sanne.visser@testwerk-qa.nl", "We are a software testing consultancy; what does the team plan include?"), not: not},
		{name: "a firm with example in its name", sub: setCompany("Example Foods"), not: not},
		{name: "a correction", sub: setMessage("Please ignore my previous message: we need 12 seats, not 20, and would like the annual price in euros by Friday."), not: not},
	})
}

// TestOnePlaceholderPieceIsNotJunk: a single weak piece holds the lead
// below junk (decided from evidence), two pieces make it junk.
func TestOnePlaceholderPieceIsNotJunk(t *testing.T) {
	e := testEngine(t, nil, nil)
	signer := testSigner(t)
	for _, tc := range []struct {
		name string
		sub  func(*lead.Submission)
		junk bool
	}{
		{"fictional firm alone", setCompany("Initech"), false},
		{"staging host alone", withEmail("maria@staging.northwind-logistics.com"), false},
		{"test and ignore", setMessage("Testbericht, niet beantwoorden."), true},
		{"fictional firm at its domain", with(setCompany("Contoso Ltd"), withEmail("maria@contoso.com")), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub := genuine(t, signer)
			tc.sub(sub)
			res := e.Screen(context.Background(), testForm(), sub)
			if got := res.Verdict == lead.ScreenJunk; got != tc.junk {
				t.Errorf("junk %v, want %v: %+v", got, tc.junk, res.Reasons)
			}
		})
	}
}

// TestThrowawayNameInMoreLanguages: disposable services named for what
// they are in more languages, and real firms and providers whose names
// hold the same letters.
func TestThrowawayNameInMoreLanguages(t *testing.T) {
	for domain, disposable := range map[string]bool{
		"einmal-postfach.de":       true,
		"boite-jetable.fr":         true,
		"caixatemporaria.com.br":   true,
		"engangsmejl.se":           true,
		"kertakayttoposti.fi":      true,
		"mail-temporar.ro":         true,
		"tymchasova-poshta.com.ua": true,
		"sutemeado.jp":             true,
		"skrzynka-jednorazowa.pl":  true,
		"instant-inbox.live":       true,
		// Real providers and firms.
		"inbox.lv":                  false,
		"mail.ee":                   false,
		"posteo.de":                 false,
		"tempelmann-elektro.de":     false,
		"temporalstaffing.mx":       false,
		"trashbusters-cleaning.com": false,
		"inboxgrowth.agency":        false,
		"instantprint.co.uk":        false,
		"engangsgrill.dk":           false,
	} {
		if got := throwawayName(domain) != ""; got != disposable {
			t.Errorf("throwawayName(%q) = %q, want disposable %v", domain, throwawayName(domain), disposable)
		}
	}
}

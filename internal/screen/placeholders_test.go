package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func with(fns ...func(*lead.Submission)) func(*lead.Submission) {
	return func(x *lead.Submission) {
		for _, f := range fns {
			f(x)
		}
	}
}

func setMessage(m string) func(*lead.Submission) {
	return func(x *lead.Submission) { x.Fields.Message = m }
}

func setCompany(c string) func(*lead.Submission) {
	return func(x *lead.Submission) { x.Fields.Company = c }
}

func TestPlaceholderIdentity(t *testing.T) {
	not := []string{CodePlaceholderIdentity}
	runCases(t, []detCase{
		// One piece: a name real people bear too, a company, an address, a
		// message.
		{name: "french placeholder", sub: setNames("Jean", "Dupont", "Northwind"), want: CodePlaceholderIdentity, points: 30},
		{name: "italian placeholder", sub: setNames("Mario", "Rossi", "Northwind"), want: CodePlaceholderIdentity},
		{name: "spanish placeholder with accents dropped", sub: setNames("Juan", "Perez", "Northwind"), want: CodePlaceholderIdentity},
		{name: "fulano de tal", sub: setNames("Fulano", "de Tal", ""), want: CodePlaceholderIdentity},
		{name: "polish placeholder", sub: setNames("Jan", "Kowalski", "Northwind"), want: CodePlaceholderIdentity},
		{name: "czech placeholder", sub: setNames("Jan", "Novák", "Northwind"), want: CodePlaceholderIdentity},
		{name: "russian placeholder", sub: setNames("Иван", "Иванов", "Northwind"), want: CodePlaceholderIdentity},
		{name: "russian family name first", sub: setNames("Иванов", "Иван", "Northwind"), want: CodePlaceholderIdentity},
		{name: "chinese placeholder in one field", sub: func(x *lead.Submission) { x.Fields.FirstName, x.Fields.LastName, x.Fields.Name = "", "", "张三" }, want: CodePlaceholderIdentity},
		{name: "chinese placeholder split", sub: setNames("三", "张", "Northwind"), want: CodePlaceholderIdentity},
		{name: "japanese placeholder", sub: setNames("太郎", "山田", "Northwind"), want: CodePlaceholderIdentity},
		{name: "norwegian placeholder", sub: setNames("Kari", "Nordmann", "Northwind"), want: CodePlaceholderIdentity},
		{name: "a character real people are named after", sub: setNames("Peter", "Parker", "Northwind"), want: CodePlaceholderIdentity, points: 30},
		{name: "example gmbh", sub: setCompany("Example GmbH"), want: CodePlaceholderIdentity},
		{name: "test company", sub: setCompany("Test Company"), want: CodePlaceholderIdentity},
		{name: "muster ag", sub: setCompany("Muster AG"), want: CodePlaceholderIdentity},
		{name: "exemple sarl", sub: setCompany("Exemple SARL"), want: CodePlaceholderIdentity},
		{name: "qa inbox", sub: withEmail("qa+123@northwind-logistics.com"), want: CodePlaceholderIdentity},
		{name: "test+1 inbox", sub: withEmail("test+1@northwind-logistics.com"), want: CodePlaceholderIdentity},
		{name: "placeholder domain", sub: withEmail("maria@beispiel.de"), want: CodePlaceholderIdentity},
		{name: "placeholder domain under co.uk", sub: withEmail("maria@yourcompany.co.uk"), want: CodePlaceholderIdentity},
		{name: "spanish test message", sub: setMessage("Esto es una prueba"), want: CodePlaceholderIdentity},
		{name: "russian test message", sub: setMessage("это просто тест"), want: CodePlaceholderIdentity},
		{name: "chinese test message", sub: setMessage("测试"), want: CodePlaceholderIdentity},
		{name: "just testing", sub: setMessage("just testing"), want: CodePlaceholderIdentity},
		{name: "testing the enquiry form", sub: setMessage("testing the enquiry form"), want: CodePlaceholderIdentity, points: 60},     // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		{name: "russian test request", sub: setMessage("Тестовая заявка, не обрабатывать"), want: CodePlaceholderIdentity, points: 60}, // a test, and asks not to be processed
		{name: "chinese test with a particle", sub: setMessage("测试一下"), want: CodePlaceholderIdentity, points: 60},                     // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		{name: "japanese test sentence", sub: setMessage("テストです"), want: CodePlaceholderIdentity, points: 60},                          // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		{name: "korean test sentence", sub: setMessage("테스트입니다"), want: CodePlaceholderIdentity, points: 60},                           // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		{name: "turkish test message", sub: setMessage("deneme mesajı"), want: CodePlaceholderIdentity, points: 60},                    // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		// A message of a few words that names itself a test, in any
		// language, is one piece (testclasses.go); a longer one may ask for
		// a trial.
		{name: "polish test message", sub: setMessage("testowa wiadomość"), want: CodePlaceholderIdentity, points: 60},         // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		{name: "staging run", sub: setMessage("test submission from staging 4471"), want: CodePlaceholderIdentity, points: 60}, // every word a test word or a test message's filler: it asks for nothing (metavocab.go),
		{name: "finnish example company", sub: setCompany("Esimerkki Oy"), want: CodePlaceholderIdentity, points: 60},          // no firm is called Example: two pieces
		{name: "polish example company as an adjective", sub: setCompany("Firma Przykładowa Sp. z o.o."), want: CodePlaceholderIdentity, points: 60},
		{name: "czech sample company", sub: setCompany("Vzorová firma s.r.o."), want: CodePlaceholderIdentity, points: 30},
		{name: "brazilian test company", sub: setCompany("Empresa Teste Ltda"), want: CodePlaceholderIdentity, points: 30},
		{name: "chinese test company", sub: setCompany("测试公司"), want: CodePlaceholderIdentity, points: 30},
		{name: "korean test company", sub: setCompany("테스트 주식회사"), want: CodePlaceholderIdentity, points: 30},
		// Strong: a name nobody bears, two pieces, or lorem ipsum.
		{name: "german placeholder", sub: setNames("Max", "Mustermann", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "finnish placeholder", sub: setNames("Matti", "Meikäläinen", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "portuguese nobody", sub: setNames("Zé", "Ninguém", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "hungarian placeholder", sub: setNames("Gipsz", "Jakab", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "korean placeholder", sub: setNames("길동", "홍", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "cartoon character", sub: setNames("Homer", "Simpson", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "cartoon animal", sub: setNames("Peppa", "Pig", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "a sample family name with any first name", sub: setNames("Erika", "Musterfrau", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "a nobody's first name with a real family name", sub: setNames("Mengano", "Pérez", "Northwind"), want: CodePlaceholderIdentity, points: 60},
		{name: "test company written as one word", sub: with(setCompany("Testfirma"), setMessage("Testanfrage bitte ignorieren")), want: CodePlaceholderIdentity, points: 60},
		{name: "example company as the domain", sub: with(setCompany("Beispiel GmbH"), withEmail("erika@beispiel-gmbh.de")), want: CodePlaceholderIdentity, points: 60},
		{name: "lorem ipsum", sub: setMessage("Lorem ipsum dolor sit amet, consectetur adipiscing elit."), want: CodePlaceholderIdentity, points: 60},
		{name: "placeholder name at a placeholder domain", sub: with(setNames("Erika", "Mustermann", ""), withEmail("erika@beispiel.de")), want: CodePlaceholderIdentity, points: 60},
		{name: "placeholder name with test company", sub: setNames("Jean", "Dupont", "Exemple SA"), want: CodePlaceholderIdentity, points: 60},
		{name: "a/q/qwe everywhere", sub: func(x *lead.Submission) {
			x.Fields.FirstName, x.Fields.LastName, x.Fields.Company, x.Fields.JobTitle, x.Fields.Message = "a", "q", "qwe", "asd", "a"
		}, want: CodePlaceholderIdentity},
		// Real people, companies and messages.
		{name: "real german name", sub: setNames("Max", "Müller", "Northwind"), not: not},
		{name: "real russian name", sub: setNames("Иван", "Петренко", "Northwind"), not: not},
		{name: "real chinese name", sub: setNames("伟", "张", "Northwind"), not: not},
		{name: "short real names", sub: setNames("Al", "Li", "IBM"), not: not},
		{name: "testing company", sub: setCompany("Testbirds GmbH"), not: not},
		{name: "company with a placeholder word and more", sub: setCompany("Acme Brick Company"), not: not},
		{name: "demo request", sub: setMessage("Could we get a demo for our test team next week?"), not: not},
		{name: "spanish real message", sub: setMessage("Queremos probar la plataforma con nuestro equipo de ventas."), not: not},
		{name: "asking for a trial", sub: setMessage("Gibt es eine Testversion?"), not: not},
		{name: "wants to test our product", sub: setMessage("Wir möchten Ihr Produkt testen."), not: not},
		{name: "testimonials", sub: setMessage("Can I see testimonials from your customers?"), not: not},
		{name: "a lab's company", sub: setCompany("TestLab Nordic AB"), not: not},
		{name: "a sample analytics company", sub: setCompany("Sample Analytics"), not: not},
		{name: "a real Mustermann-like name", sub: setNames("Tanja", "Muster", "Muster Treuhand"), not: not},
		{name: "a family named Test", sub: setNames("Chris", "Test", "Test & Measurement Ltd"), not: not},
		{name: "a company named Example Foods", sub: setCompany("Example Foods"), not: not},
		{name: "real name Müller", sub: setNames("Hans", "Müller", "Müller Fenster"), not: not},
		{name: "real Mario Rossi at his firm", sub: setNames("Mario", "Rossi", "Rossi Impianti"), want: CodePlaceholderIdentity, points: 30},
		{name: "quality inbox word in the middle", sub: withEmail("lisa.qa.lead@northwind-logistics.com"), not: not},
		{name: "ordinary domain", sub: withEmail("maria@examplary-dental.com"), not: not},
	})
}

func TestKeyboardPatternInNames(t *testing.T) {
	not := []string{CodeKeyboardPattern}
	runCases(t, []detCase{
		{name: "column run", sub: setNames("Qazwsx", "García", "Northwind"), want: CodeKeyboardPattern, points: 30},
		{name: "both names", sub: setNames("Sdfgh", "Jkjkj", "Northwind"), want: CodeKeyboardPattern, points: 60},
		{name: "azerty", sub: setNames("Azerty", "García", "Northwind"), want: CodeKeyboardPattern},
		{name: "qwertz company", sub: setCompany("Qwertz GmbH"), not: not}, // "GmbH" is not on the run
		{name: "йцукен", sub: setNames("Йцукен", "Фывапр", "Northwind"), want: CodeKeyboardPattern, points: 60},
		{name: "local part too", sub: with(setNames("Zxcvbn", "García", "Northwind"), withEmail("zxcvbn@gmail.com")), want: CodeKeyboardPattern, points: 60},
		{name: "one-word message", sub: with(setNames("Dhak", "Mgikrvjrahr", ""), setMessage("opzxopzxopzxopzx")), want: CodeKeyboardPattern, points: 30},
		{name: "sentence message is not judged", sub: setMessage("asdf asdf asdf"), not: not},
		{name: "real names", sub: setNames("Reza", "Werner", "Liberty Mutual"), not: not},
		{name: "cyrillic real names", sub: setNames("Фёдор", "Кузнецов", "Ромашка"), not: not},
	})
}

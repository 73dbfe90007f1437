package screen

import (
	"context"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

// Tests for the detection added to reach the accuracy targets: link and
// messenger signs, cold-outreach and bulk-spam phrases, test messages,
// placeholder phones and multi-field keyboard mash.

func TestSuspiciousLinkAndMessenger(t *testing.T) {
	runCases(t, []detCase{
		{name: "xyz link", sub: setMsg("Great deals today https://bestprofit13.xyz/offer"), want: CodeSuspiciousLink, points: 30},
		{name: "top link no scheme", sub: setMsg("see promo-site.top for more"), want: CodeSuspiciousLink},
		{name: "online link with path", sub: setMsg("Visit https://cheap.online/?ref=1."), want: CodeSuspiciousLink},
		{name: "own company site", sub: setMsg("Our current form is at https://www.northwind-logistics.com/contact, can you replace it?"), not: []string{CodeSuspiciousLink}},
		{name: "country domain", sub: setMsg("Наш сайт https://www.sklad-logistika.ru, нужна интеграция."), not: []string{CodeSuspiciousLink}},
		{name: "email at abused tld is no link", sub: setMsg("Please reply to anna@studio.shop, thanks."), not: []string{CodeSuspiciousLink}},
		{name: "sentence ending in word", sub: setMsg("We want to go online. Top priority is speed."), not: []string{CodeSuspiciousLink}},
		{name: "telegram number", sub: setMsg("Fast delivery, telegram +63 234 4404 9627"), want: CodeMessengerContact, points: 30},
		{name: "whatsapp handle", sub: setMsg("Write me on WhatsApp @fastseo for prices"), want: CodeMessengerContact},
		{name: "t.me link", sub: setMsg("join t.me/cryptosignals now"), want: CodeMessengerContact},
		{name: "integration question", sub: setMsg("Do you integrate with WhatsApp and Telegram? We have 2 sales reps."), not: []string{CodeMessengerContact}},
		{name: "phone without messenger", sub: setMsg("Call me on +49 151 23456789 after 10."), not: []string{CodeMessengerContact}},
	})
}

func TestNewSpamAndPitchPhrases(t *testing.T) {
	runCases(t, []detCase{
		{name: "account shop", sub: setMsg("Buy verified PayPal accounts, instant delivery"), want: CodeSpamContent, points: 80},
		{name: "followers", sub: setMsg("Get 1000 Instagram followers real and active"), want: CodeSpamContent, points: 60},
		{name: "advance fee", sub: setMsg("I am pleased to introduce myself to you. I have a business proposal for your immediate reply."), want: CodeSpamContent, points: 80},
		{name: "bulk mail boilerplate", sub: setMsg("You are receiving this because you expressed an interest. See removal instructions below."), want: CodeSpamContent},
		{name: "insurance lure", sub: setMsg("Earn a cash bonus on every annuity you write!"), want: CodeSpamContent, points: 60},
		{name: "fake invoice", sub: setMsg("Invoice #800 is overdue. See payment details at the link."), want: CodeSpamContent, points: 60},
		{name: "cold pitch two signs", sub: setMsg("We specialise in bookkeeping. Can I send you a free sample?"), want: CodeVendorPitch, points: 80},
		{name: "cold pitch follow-up", sub: setMsg("I'm following up on my previous email, would you be interested in a call?"), want: CodeVendorPitch, points: 80},
		{name: "french audit", sub: setMsg("Nous vous proposons un audit gratuit de votre site."), want: CodeVendorPitch, points: 40},
	})
}

// TestGenuineMessagesStayClean: real enquiries, several from agencies or
// about money, in several languages, get no content points at all.
func TestGenuineMessagesStayClean(t *testing.T) {
	msgs := []string{
		"Quick question: does pricing depend on the number of forms or on submissions?",
		"Bom dia, somos uma agência em Curitiba e queremos testar a plataforma com alguns clientes.",
		"We are a web design agency building sites for clients. Do you have partner pricing?",
		"Bitte senden Sie uns ein unverbindliches Angebot für 25 Nutzer.",
		"Nous sommes une agence et voulons une démo pour nos clients la semaine prochaine.",
		"Somos una agencia de marketing y buscamos un formulario con filtro de spam. ¿Precio?",
		"Siamo un'agenzia web, vorremmo una prova gratuita per tre clienti.",
		"We need an invoice for our last payment with our new company address, thanks.",
		"Our contact form gets lots of spam and fake sign-ups. Can your tool stop bots?",
		"Do you integrate with Salesforce and WhatsApp Business? We're 40 people.",
		"We're a non-profit. Do you offer discounts for registered charities?",
		"こんにちは、フォームのスパム対策について見積もりをお願いします。",
		"Здравствуйте, пришлите, пожалуйста, предложение на 30 пользователей.",
		"Hello, is the API rate limit configurable? We batch-import about 5000 leads a night.",
		"Our website is https://www.northwind-logistics.com, please call me about the Enterprise plan.",
	}
	e := testEngine(t, nil, func(d *Deps) { d.Names = gibberish.Default(); d.Counter = nil })
	for _, m := range msgs {
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.Message = m
		s := e.Screen(context.Background(), testForm(), sub)
		if s.Score != 0 {
			t.Errorf("%q scored %d: %v", m, s.Score, s.Reasons)
		}
	}
}

func TestTestEntryMessages(t *testing.T) {
	withMsg := func(email, first, last, company, msg string) func(*lead.Submission) {
		return func(s *lead.Submission) {
			s.Fields.Email, s.Fields.FirstName, s.Fields.LastName, s.Fields.Company, s.Fields.Message = email, first, last, company, msg
		}
	}
	runCases(t, []detCase{
		{name: "doe name and test message", sub: withMsg("john.doe@gmail.com", "Jane", "Doe", "", "testing 123"), want: CodeTestEntry, points: 60},
		{name: "placeholder company and hello world", sub: withMsg("maria@northwind-logistics.com", "María", "García", "ACME", "hello world"), want: CodeTestEntry},
		{name: "qa tester", sub: withMsg("foo@bar.com", "QA", "Tester", "", "test test"), want: CodeTestEntry},
		{name: "real person trying the form", sub: withMsg("maria@northwind-logistics.com", "María", "García", "Northwind Logistics", "test"), not: []string{CodeTestEntry}},
		{name: "test in a sentence", sub: withMsg("john.doe@gmail.com", "John", "Doe", "", "We want to test the API before buying."), not: []string{CodeTestEntry}},
	})
}

func TestPlaceholderPhones(t *testing.T) {
	runCases(t, []detCase{
		{name: "single zero", sub: setPhone("0", ""), want: CodePhoneFake, points: 60},
		{name: "short sequence", sub: setPhone("123456", ""), want: CodePhoneFake},
		{name: "zeros after country code", sub: setPhone("+49 000 0000000", "DE"), want: CodePhoneFake},
		{name: "two digits is invalid not fake", sub: setPhone("12", ""), want: CodePhoneInvalid, not: []string{CodePhoneFake}},
		{name: "words", sub: setPhone("call me", "US"), want: CodePhoneInvalid, not: []string{CodePhoneFake}},
		{name: "real number with short run", sub: setPhone("+49 151 28374659", "DE"), not: []string{CodePhoneFake}},
		{name: "real number with 000", sub: setPhone("+1 650 253 0000", "US"), not: []string{CodePhoneFake}},
		{name: "film number in North America", sub: setPhone("(212) 555-0142", "US"), want: CodePhoneFake},
		{name: "film number with country code", sub: setPhone("+1 416 555 0199", "CA"), want: CodePhoneFake},
		{name: "uk drama mobile", sub: setPhone("07700 900123", "GB"), want: CodePhoneFake},
		{name: "uk drama mobile, international", sub: setPhone("+44 7700 900461", "GB"), want: CodePhoneFake},
		{name: "real 555 directory number", sub: setPhone("+1 212 555 1212", "US"), not: []string{CodePhoneFake}},
		{name: "real uk mobile", sub: setPhone("+44 7700 123456", "GB"), not: []string{CodePhoneFake}},
		// The film ranges belong to North America's and the UK's plans: a
		// national number of another country is no film number however
		// its digits fall.
		{name: "indian mobile with 555 01 in it", sub: setPhone("98455 50123", "IN"), not: []string{CodePhoneFake}},
		{name: "indian mobile like a uk drama one", sub: setPhone("77009 00123", "IN"), not: []string{CodePhoneFake}},
		{name: "indian mobile, international", sub: setPhone("+91 98455 50123", "IN"), not: []string{CodePhoneFake}},
		{name: "film number, international, no country", sub: setPhone("+1 212 555 0142", ""), want: CodePhoneFake},
		{name: "uk drama mobile dialled with 00", sub: setPhone("0044 7700 900461", ""), want: CodePhoneFake},
	})
}

func TestGibberishFieldsAddUp(t *testing.T) {
	real := func(d *Deps) { d.Names = gibberish.Default() }
	set := func(email, first, last, msg string) func(*lead.Submission) {
		return func(s *lead.Submission) {
			s.Fields.Email, s.Fields.FirstName, s.Fields.LastName, s.Fields.Company, s.Fields.Message = email, first, last, "", msg
		}
	}
	runCases(t, []detCase{
		{name: "one field", deps: real, sub: set("maria@northwind-logistics.com", "Xjqzkvwpl", "García", "Hi, could we get pricing?"), want: CodeGibberishName, points: 30},
		{name: "two fields", deps: real, sub: set("maria@northwind-logistics.com", "Jkdsfhkjsdhf", "Sdkjfhsdkf", "Hi, could we get pricing?"), want: CodeGibberishName, points: 60},
		{name: "name and mashed address", deps: real, sub: set("jkgshfgdqz@gmail.com", "Xjqzkvwpl", "García", "Hi"), want: CodeGibberishName, points: 60},
		{name: "short parts judged together", deps: real, sub: set("maria@northwind-logistics.com", "klkjh", "qzxwv", "Hi"), want: CodeGibberishName},
		{name: "mashed address alone proves nothing", deps: real, sub: set("jkgshfgdqz@gmail.com", "María", "García", "Hi"), not: []string{CodeGibberishName}},
		{name: "short real names", deps: real, sub: set("li.wu@gmail.com", "Bo", "Wu", "Hi"), not: []string{CodeGibberishName}},
		{name: "initial-style address", deps: real, sub: set("hsalo@niemi.fi", "Hannele", "Salo", "Hei"), not: []string{CodeGibberishName}},
	})
}

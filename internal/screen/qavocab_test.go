package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// qaEntryExample is the text that shows an entry where it is read: a run
// word with a run's number, an expectation with a status.
func qaEntryExample(en vocabLine) string {
	switch en.kind {
	case "run":
		return en.text + " 4411"
	case "expect":
		return en.text + ": 201"
	}
	return en.text
}

// TestQAVocabEveryEntryMatches walks the table of test automation's
// words: every entry is read where its kind says (a message alone, a
// name beside "Bot", a firm, a tag) and is
// junk beside a second piece (a test inbox). A line the detector would not
// match fails here instead of doing nothing.
func TestQAVocabEveryEntryMatches(t *testing.T) {
	for _, en := range qaVocab().entries {
		t.Run(en.lang+" "+en.kind+" "+en.text, func(t *testing.T) {
			text := qaEntryExample(en)
			if en.kind != "stage" {
				if qaMessage(newMessageViews(text)) == "" {
					t.Errorf("%q is not read in a message", text)
				}
				s := screenFields(t, testEngine(t, nil, nil), map[string]string{"email": "qa+7@northwind-logistics.com",
					"message": text})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("beside a test inbox: verdict %s, want junk: %v", s.Verdict, s.Reasons)
				}
			}
			if en.kind == "run" || en.kind == "expect" {
				return
			}
			if qaName(foldedNames{first: en.folded, last: "bot"}) == "" {
				t.Errorf("%q Bot is not read as a name of the trade", en.text)
			}
			if !unspacedScript(en.folded) && !hasHangul(en.folded) && isASCII(en.folded) {
				if qaAddress("sam+"+strings.ReplaceAll(en.folded, " ", "-")+"-3", "reedlabs.com") == "" {
					t.Errorf("%q in a tag is not read", en.text)
				}
			}
			if en.kind != "kind" && !qaFirm(en.folded) {
				t.Errorf("%q is not read as a firm of the trade", en.text)
			}
		})
	}
}

// TestQAVocabDecide: testers' entries made of the trade's words in two
// places are junk, in several languages; the look-alikes pass: a QA firm
// or a testing lab asking about our product, a firm called Staging
// Solutions, a person named Demo or Test, a developer who asks whether
// our API has a sandbox, a buyer who expects 200 users.
func TestQAVocabDecide(t *testing.T) {
	checkIdentityVerdicts(t, []identityCase{
		{"a script's name and firm", "Cypress", "Bot", "Staging", "c.bot@kaltura.net", "Vorremmo un preventivo per 30 utenti.", lead.ScreenJunk},
		{"a runner and its run", "E2E", "Runner", "Pipeline", "runner@brightpay.io", "playwright run 4411 - expected: 201", lead.ScreenJunk},
		{"a smoke test from a QA team", "QA", "Smoke", "Northwind QA", "smoke@northwind-logistics.com", "smoke test contact-sales #1207", lead.ScreenJunk},
		{"a UAT build at a staging domain", "Priya", "Sharma", "Northwind", "priya.s@northwind-staging.io", "manual UAT submission for build 2291, then delete it.", lead.ScreenJunk},
		{"an A/B tag and a Swedish test that asks to be ignored", "Sofia", "Andersson", "Växa Digital", "sofia+abtest-variantB@vaxadigital.se",
			"Hej! Vi testar variant B av landningssidan, ni kan bortse från det här.", lead.ScreenJunk},
		{"a Russian autotest at a test stand", "Автотест", "Бот", "", "at@romashka.ru", "регрессионное тестирование, сборка 5512", lead.ScreenJunk},
		{"a Japanese load test from a staging team", "ステージング", "Bot", "", "tanaka@example-shoji.co.jp", "負荷テスト 送信", lead.ScreenJunk},
		// Genuine look-alikes.
		{"a QA firm asking about our product", "Sanne", "Visser", "Nordic QA Consulting", "sanne@nordicqa.se",
			"We run regression tests for fintech clients. What does the team plan cost for 12 testers?", lead.ScreenPass},
		{"a testing lab asking in German", "Jonas", "Berg", "Prüflabor Berg", "jonas@prueflabor-berg.de",
			"Wir sind ein Testlabor für Software. Was kostet Ihr Produkt für 8 Nutzer?", lead.ScreenPass},
		{"a QA firm at its own domain", "Rahel", "Tesfaye", "Tesfaye QA Services", "qa@tesfaye-qa.com",
			"We run QA for e-commerce shops and want to filter the leads on our own site. Pricing?", lead.ScreenPass},
		{"a QA firm at a free-mail address", "Joana", "Ferreira", "Ferreira QA Consulting", "joana.ferreira@sapo.pt",
			"Somos uma consultora de testes de software. Queremos testar o vosso produto durante duas semanas antes de comprar.", lead.ScreenPass},
		{"a French testing lab", "Claire", "Martin", "Labo Recette Logicielle", "claire@labo-recette.fr",
			"Nous faisons des tests de charge pour nos clients. Quel est le prix pour 10 utilisateurs ?", lead.ScreenPass},
		{"a Japanese QA firm", "健", "山田", "山田QAサービス株式会社", "yamada@yamada-qa.co.jp",
			"弊社はソフトウェアテストの会社です。10名分の見積もりをお願いします。", lead.ScreenPass},
		{"a firm called Staging Solutions", "Mia", "Lopez", "Staging Solutions", "mia@stagingsolutions.com",
			"We stage homes for sale in Austin; we would like a quote for 5 agents.", lead.ScreenPass},
		{"a home staging firm", "Kate", "Moss", "Austin Home Staging", "kate@austinhomestaging.com",
			"We are a home staging company with 5 agents, please send pricing.", lead.ScreenPass},
		{"a person named Demo", "Demo", "Kalnins", "Kalnins Build", "demo.kalnins@kalninsbuild.lv", "Please send a quote for 10 users.", lead.ScreenPass},
		{"a person named Test", "Anna", "Test", "Test & Söhne", "anna.test@test-soehne.de", "Bitte senden Sie ein Angebot für 10 Nutzer.", lead.ScreenPass},
		{"a developer asking for a sandbox", "Ravi", "Kumar", "Kumar Apps", "ravi@kumarapps.in", "Does your API have a sandbox environment for testing before we go live?", lead.ScreenPass},
		{"a developer asking for a sandbox in Spanish", "Luis", "Mora", "Mora Dev", "luis@moradev.mx", "¿Tienen un entorno de pruebas para la API?", lead.ScreenPass},
		{"a buyer who expects 200 users", "Tom", "Hale", "Hale Freight", "tom@halefreight.com", "We expect 200 users next year, send the price list.", lead.ScreenPass},
		{"a buyer who asks not to be called", "Laura", "Stein", "Stein Logistik", "laura.stein@stein-logistik.de", "Please don't call, e-mail me the quote.", lead.ScreenPass},
	})
}

// TestTestNoReplyEveryLanguage: in every language of the tester's notes,
// a message that says it is a test (the language's tryout note, or its
// test word of testvocab.txt) and asks not to be answered (each noreply
// note) is two pieces: junk alone, from a real name at a real firm.
func TestTestNoReplyEveryLanguage(t *testing.T) {
	tryout, testWord := map[string]string{}, map[string]string{}
	for _, en := range testerNoteVocab().entries {
		if en.kind == "tryout" && tryout[en.lang] == "" {
			tryout[en.lang] = strings.TrimSuffix(en.text, "*")
		}
	}
	for _, en := range testVocab().entries {
		if en.kind == "test" && testWord[en.lang] == "" {
			testWord[en.lang] = en.text
		}
	}
	for _, en := range testerNoteVocab().entries {
		if en.kind != "noreply" {
			continue
		}
		note := strings.TrimSuffix(en.text, "*")
		for _, said := range []string{tryout[en.lang], testWord[en.lang]} {
			if said == "" {
				continue
			}
			msg := said + ". " + note + "."
			t.Run(en.lang+" "+msg, func(t *testing.T) {
				if !testNoReply(newMessageViews(msg)) {
					t.Fatalf("%q is not read as a test that asks not to be answered", msg)
				}
				s := screenFields(t, testEngine(t, nil, nil), map[string]string{"first": "Sam", "last": "Reed",
					"company": "Reed Labs", "email": "sam.reed@reedlabs.com", "message": msg})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("verdict %s, want junk: %v", s.Verdict, s.Reasons)
				}
			})
		}
	}
}

// TestTestNoReplyLookAlikes: a note that stands beside a request, a
// question or another way to answer is no test that asks not to be
// answered, nor is a trial asked for.
func TestTestNoReplyLookAlikes(t *testing.T) {
	for _, msg := range []string{
		"Please don't call, e-mail me the quote for 25 users.",
		"We would like to test your product for two weeks; no need to call, send the trial link by email.",
		"Can we test it first? Please don't call.",
		"Bitte nicht anrufen, schicken Sie mir das Angebot per E-Mail.",
		"Queremos una prueba gratuita, no me llamen, envíen la información por correo.",
	} {
		if testNoReply(newMessageViews(msg)) {
			t.Errorf("%q is read as a test that asks not to be answered", msg)
		}
	}
}

// TestQAVocabOncePerField: the trade's words count once where they stand,
// however many a field holds: a message full of them from a real person
// is one piece (not junk); a name and a firm of them are two (junk).
func TestQAVocabOncePerField(t *testing.T) {
	s := screenFields(t, testEngine(t, nil, nil), map[string]string{"first": "Sam", "last": "Reed", "company": "Reed Labs",
		"email": "sam.reed@reedlabs.com", "message": "We use cypress and selenium on our UAT box, build 2291 passed, http 200 ok."})
	if s.Verdict == lead.ScreenJunk || !hasReason(s, CodePlaceholderIdentity) {
		t.Errorf("a message full of the trade's words: verdict %s, want one piece: %v", s.Verdict, s.Reasons)
	}
	s = screenFields(t, testEngine(t, nil, nil), map[string]string{"first": "Playwright", "last": "Runner", "company": "Acme UAT",
		"email": "ops@acme-logistics.com", "message": "Vorremmo un preventivo per 30 utenti."})
	if s.Verdict != lead.ScreenJunk {
		t.Errorf("a name and a firm of the trade's words: verdict %s, want junk: %v", s.Verdict, s.Reasons)
	}
}

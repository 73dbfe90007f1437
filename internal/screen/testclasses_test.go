package screen

import (
	"context"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Table tests for the test-entry classes of testclasses.go: positives in
// many languages and scripts beside genuine look-alikes that share a
// word with them. The cases are not rows of the identity set: round
// thirteen and fourteen stay measurements, not fixtures.

func TestPlaceholderFirm(t *testing.T) {
	for _, tc := range []struct {
		company string
		want    bool
	}{
		// Example or test joined to the language's word for a firm.
		{"Exempelbolaget AB", false}, // "bolaget" is no firm word here: one language's compound at a time
		{"Eksempelvirksomheden ApS", true},
		{"Näidisfirma OÜ", true},
		{"Beispielgesellschaft mbH", false}, // "mbh" is no legal form on the lists
		{"Beispielgesellschaft", true},
		{"Примерное предприятие", true},
		{"Тестовая фирма", true},
		{"Тест АД", true},
		{"Örnek Şirketi", true},
		{"Perusahaan Contoh", true},
		{"Công ty Mẫu", false}, // "mẫu" folds to a three-letter word: no stem
		{"บริษัท ทดสอบ จำกัด", true},
		{"חברה לדוגמה", true},
		{"شركة تجريبية", true},
		{"नमूना कंपनी", true},
		{"Δοκιμαστική Εταιρεία", true},
		{"テスト商事", true},
		{"샘플회사", true},
		{"某某公司", true},
		{"Pavyzdinė UAB", true},
		// Genuine: a trade, a place or a person's name beside the word.
		{"Örnek İnşaat", false},
		{"Testa Costruzioni", false},
		{"Demo Construcciones", false},
		{"Muster Treuhand", false},
		{"Primer Coatings Ltd", false},
		{"Sample Analytics", false},
		{"Probst Bau GmbH", false},
		{"Contoh Kreatif Studio", false},
		{"Testová Účetnictví", false},
		{"", false},
	} {
		if got := isPlaceholderFirm(foldText(tc.company)); got != tc.want {
			t.Errorf("isPlaceholderFirm(%q) = %v, want %v", tc.company, got, tc.want)
		}
	}
}

func TestNamesItselfATest(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"тестово съобщение", true},
		{"Ovo je test poruka.", true},
		{"ทดสอบ", true},
		{"בדיקה", true},
		{"Mesaj de test", true},
		{"teszt üzenet", true},
		{"Proovisõnum", false}, // a compound longer than stem and ending
		{"δοκιμαστικό", false},
		{"δοκιμή", true},
		{"تجربة", true},
		{"テスト送信", true},
		// Genuine: a question about a trial, a request to try, a longer
		// message, a word that only begins like a test.
		{"Can we test it?", false},
		{"¿Tienen una prueba gratuita?", false},
		{"テスト導入は可能ですか？", false},
		{"هل يمكن تجربة النظام؟", false},
		{"Wir möchten Ihr Produkt testen.", false},
		{"Please send the testimonials", false},
		{"Protest against the price", false},
		{"", false},
	} {
		if got := namesItselfATest(tc.msg, foldText(tc.msg)); got != tc.want {
			t.Errorf("namesItselfATest(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

func TestLoremAnyScript(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Лорем ипсум долор сит амет, консектетур адипискинг елит.", true},
		{"Λορεμ ιψουμ δολορ σιτ αμετ", true},
		{"לורם איפסום דולור סיט אמט", true},
		{"لوريم ايبسوم دولار سيت أميت", true},
		{"ロレム・イプサム", true},
		{"로렘 입숨", true},
		// Latin lorem is isLorem's; real messages in those scripts.
		{"Lorem ipsum dolor sit amet", false},
		{"Добрый день, сколько стоит ваш фильтр для сайта?", false},
		{"Καλημέρα, θα θέλαμε μια προσφορά για πέντε χρήστες.", false},
		{"Долор — это не имя, а фамилия нашего директора.", false},
		{"", false},
	} {
		if got := isLoremAnyScript(foldText(tc.msg)); got != tc.want {
			t.Errorf("isLoremAnyScript(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

func TestFamilyFirm(t *testing.T) {
	for _, tc := range []struct {
		first, last, company, domain string
		want                         bool
	}{
		{"Anke", "Mustermann", "Mustermann Fliesen", "mustermann-fliesen.de", true},
		{"Pedro", "Fulano", "Transportes Fulano", "transportesfulano.com.br", true},
		// The name is no family's: no firm, a placeholder firm, another
		// domain, a full placeholder person.
		{"Anke", "Mustermann", "", "gmail.com", false},
		{"Anke", "Mustermann", "Musterfirma GmbH", "musterfirma.de", false},
		{"Anke", "Mustermann", "Mustermann Fliesen", "gmail.com", false},
		{"Max", "Mustermann", "Mustermann Fliesen", "mustermann-fliesen.de", false},
	} {
		names := foldedNames{first: foldText(tc.first), last: foldText(tc.last), company: foldText(tc.company)}
		if got := familyFirm(nobodyNameOnly(names), names.company, tc.domain); got != tc.want {
			t.Errorf("familyFirm(%s %s, %q, %q) = %v, want %v", tc.first, tc.last, tc.company, tc.domain, got, tc.want)
		}
	}
}

// TestTestEntryClassesDecideTogether screens whole submissions: one piece
// of a class is a weak sign that passes, two pieces in different fields
// are junk, and the genuine look-alikes pass untouched.
func TestTestEntryClassesDecideTogether(t *testing.T) {
	for _, tc := range []struct {
		name                     string
		first, last, company     string
		email, msg               string
		verdict                  lead.ScreenVerdict
		placeholderPointsAtLeast int // and at most 30 when below 60: one piece
	}{
		{"example firm and a test message, Bulgarian", "Ivan", "Petrov", "Тест ЕООД", "ivan.petrov@gmail.com", "тестово съобщение", lead.ScreenJunk, 60},
		{"local John Doe and example firm, Swedish", "Anna", "Andersson", "Exempelföretaget AB", "anna.andersson@gmail.com", "", lead.ScreenJunk, 60},
		{"firm and its domain both say example", "Lars", "Berg", "Beispielunternehmen", "lars@beispielunternehmen.de", "", lead.ScreenJunk, 60},
		{"Cyrillic lorem ipsum alone", "Olga", "Smirnova", "", "olga.smirnova@gmail.com", "Лорем ипсум долор сит амет, пер цлита поссит ех.", lead.ScreenJunk, 60},
		{"test lead that asks not to be contacted", "Marketing", "Team", "Corvid Labs", "marketing@corvidlabs.com", "This is a test lead from the form preview, do not contact.", lead.ScreenJunk, 60},
		{"synthetic check that asks for no reply", "Ops", "Team", "Brightpay", "monitoring@brightpay.io", "synthetic monitoring check - do not respond", lead.ScreenJunk, 60},
		// One piece alone passes.
		{"a short test message with a word of its own", "Marek", "Nowak", "Nowak Transport", "marek@nowak-transport.pl", "testowa wiadomość z Gdańska", lead.ScreenPass, 30},
		// A message of nothing but test words and a test message's filler
		// words asks for nothing, certainly (metavocab.go): two pieces.
		{"a test message and nothing else", "Marek", "Nowak", "Nowak Transport", "marek@nowak-transport.pl", "testowa wiadomość", lead.ScreenJunk, 60},
		{"an example firm alone", "Jonas", "Berg", "Näidisfirma OÜ", "jonas.berg@gmail.com", "Hvad koster det for tre brugere?", lead.ScreenPass, 30},
		// Genuine look-alikes.
		{"family firm named Mustermann: one piece", "Anke", "Mustermann", "Mustermann Fliesen", "anke@mustermann-fliesen.de", "Funktioniert Ihr Filter mit WordPress?", lead.ScreenPass, 30},
		{"asks for a trial in Japanese", "Kenichi", "Yamada", "山田工務店", "k.yamada@yamada-koumuten.jp", "テスト導入は可能ですか？", lead.ScreenPass, 0},
		{"disposable tableware firm", "Olivier", "Martin", "Vaisselle Jetable Pro", "contact@vaisselle-jetable-pro.fr", "Avez-vous une offre pour une PME ?", lead.ScreenPass, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t, nil, nil) // a fresh one: no IP velocity across cases
			sub := genuine(t, e.deps.Tokens)
			sub.Fields.FirstName, sub.Fields.LastName, sub.Fields.Company = tc.first, tc.last, tc.company
			sub.Fields.Email, sub.Fields.Message = tc.email, tc.msg
			s := e.Screen(context.Background(), testForm(), sub)
			checkScreening(t, e, s)
			if s.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s: %v", s.Verdict, tc.verdict, s.Reasons)
			}
			r, _ := reasonFor(s, CodePlaceholderIdentity)
			if tc.placeholderPointsAtLeast < 60 && r.Points > tc.placeholderPointsAtLeast {
				t.Errorf("placeholder_identity %d, want at most %d: %v", r.Points, tc.placeholderPointsAtLeast, s.Reasons)
			}
			if r.Points < tc.placeholderPointsAtLeast {
				t.Errorf("placeholder_identity %d, want at least %d: %v", r.Points, tc.placeholderPointsAtLeast, s.Reasons)
			}
		})
	}
}

func TestThrowawayNameInRegionalLanguages(t *testing.T) {
	for _, tc := range []struct {
		domain string
		want   bool
	}{
		{"eldobhato-posta.hu", true},
		{"imsi-mail.kr", true},
		{"linshi-youxiang.cn", true},
		{"surelsementara.id", true},
		{"emel-sekali.my", true},
		{"correu-temporal.cat", true},
		{"sahkoposti-kertakaytto.fi", true},
		{"barua-ya-muda.co.tz", true},
		{"doar-zmani.co.il", true},
		// Genuine: the word names a trade, a district or a family.
		{"mudanzas-garcia.es", false},
		{"einweg-verpackung.de", false},
		{"trabajotemporal-navarro.es", false},
		{"imsi-catcher-research.de", false},
		{"laposte.net", false},
	} {
		if got := throwawayName(tc.domain) != ""; got != tc.want {
			t.Errorf("throwawayName(%q) = %q, want a match %v", tc.domain, throwawayName(tc.domain), tc.want)
		}
	}
}

// TestTaggedMailServiceSparesRealDomains: no free-mail provider, popular,
// well-known or allowed domain reads as a mail word with a meaningless
// tag.
func TestTaggedMailServiceSparesRealDomains(t *testing.T) {
	eachKnownRealDomain(t, func(list, d string) {
		if got := taggedMailService(d); got != "" {
			t.Errorf("%s: %s reads as a tagged mail service (%q)", list, d, got)
		}
	})
}

func TestTaggedMailService(t *testing.T) {
	for _, tc := range []struct {
		domain string
		want   bool
	}{
		{"mailqz.top", true},
		{"inbox-7k.click", true},
		{"zx9email.net", true},
		{"mailbox-k4.io", true},
		// Genuine: a brand, a trade, a country, a firm's HQ.
		{"postnl.nl", false},
		{"mailchimp.com", false},
		{"mailcz.cz", false},
		{"inboxhq.com", false},
		{"gmail.com", false},
		{"hotmail.de", false},
		{"mailjet.com", false},
		{"inbox.lv", false},
		{"emailoctopus.com", false},
	} {
		if got := taggedMailService(tc.domain) != ""; got != tc.want {
			t.Errorf("taggedMailService(%q) = %v, want %v", tc.domain, got, tc.want)
		}
	}
}

func TestNumberedTestRun(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		points int
	}{
		{"load test 3/500", 60},
		{"test #12", 60},
		{"test run 7", 60},
		{"test order", 30},
		{"testowa wiadomość z Gdańska", 30},
		// Nothing but a test word: it asks for nothing either (metavocab.go).
		{"test", 60},
	} {
		e := testEngine(t, nil, nil)
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.Message = tc.msg
		s := e.Screen(context.Background(), testForm(), sub)
		if r, _ := reasonFor(s, CodePlaceholderIdentity); r.Points != tc.points {
			t.Errorf("%q: placeholder_identity %d, want %d: %v", tc.msg, r.Points, tc.points, s.Reasons)
		}
	}
}

func TestGeneratedService(t *testing.T) {
	for _, tc := range []struct {
		local, domain string
		want          bool
	}{
		{"kgmvpqz", "lxbtwr.xyz", true},
		{"qpwm7x", "zvxrkt.site", true},
		{"bdfgh", "trnkvst.com", true},
		// Genuine: a name or a word in one of them, initials, a short
		// abbreviation of a firm.
		{"jbk", "kpmg.com", false},
		{"mkrz", "strnd.de", false},
		{"kgmvpqz", "tyrell.com", false},
		{"anna", "xwzkvb.com", false},
		{"wrzbck", "wrzbck.pl", true}, // both unsayable, the firm's own name or not
		{"krzysztof", "brzmk.pl", false},
	} {
		if got := generatedService(tc.local, tc.domain) != ""; got != tc.want {
			t.Errorf("generatedService(%q, %q) = %v, want %v", tc.local, tc.domain, got, tc.want)
		}
	}
}

// TestGeneratedServiceSparesRealDomains: no known real domain's name is
// unsayable (checked with an unsayable local part, the worst case).
func TestGeneratedServiceSparesRealDomains(t *testing.T) {
	eachKnownRealDomain(t, func(list, d string) {
		if got := generatedService("xkcdq", d); got != "" {
			t.Errorf("%s: %s reads as a generated domain (%q)", list, d, got)
		}
	})
}

func TestCheckNote(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"ignore me, just making sure the email notification arrives", true},
		{"checking the contact form after the update", true},
		{"Prüfe nur, ob das Formular funktioniert", true},
		{"comprobando que el formulario funciona", true},
		{"sprawdzam czy formularz działa", true},
		// Genuine: a question, a request to check our product, a note that
		// names no form.
		{"Can you check if the form works on mobile?", false},
		{"Does your form work with WordPress?", false},
		{"Please check our website and send a quote for three forms and the onboarding.", false},
		{"Checking in about the quote you promised last week.", false},
		{"", false},
	} {
		if got := isCheckNote(tc.msg, newFoldedText(foldText(tc.msg))); got != tc.want {
			t.Errorf("isCheckNote(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

// TestEveryCheckWordCounts: each verb of checkVerbs and each thing of
// checkedThings makes a tester's note with one of the other list, as
// typed (capitals, accents) as well as folded.
func TestEveryCheckWordCounts(t *testing.T) {
	note := func(msg string) {
		t.Helper()
		if !isCheckNote(msg, newFoldedText(foldText(msg))) {
			t.Errorf("%q is no check note", msg)
		}
	}
	for _, v := range checkVerbs {
		note("just " + v + " the form")
		note(strings.ToUpper(v) + " THE FORM")
	}
	for _, thing := range checkedThings {
		note("checking " + thing)
		note("Checking: " + strings.ToUpper(thing) + "!")
	}
}

func TestPangramAnyLatinAndBlindText(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Pchnąć w tę łódź jeża lub ośm skrzyń fig.", true},
		{"Pijamalı hasta yağız şoföre çabucak güvendi.", true},
		{"Far far away, behind the word mountains, far from the countries Vokalia and Consonantia.", true},
		{"Bacon ipsum dolor amet pork belly brisket.", true},
		{"Li Europan lingues es membres del sam familie.", true},
		// Genuine: ordinary short messages in the same languages.
		{"Dzień dobry, ile kosztuje plan dla pięciu użytkowników?", false},
		{"Merhaba, üç kullanıcı için fiyat alabilir miyim?", false},
		{"We are a small bakery and get fake orders every night, can you help?", false},
		{"Could you quote for twelve seats, quarterly billing, and a DPA?", false},
		{"", false},
	} {
		f := foldText(tc.msg)
		if got := isPangramAnyLatin(f) || isBlindText(f); got != tc.want {
			t.Errorf("%q: filler %v, want %v", tc.msg, got, tc.want)
		}
	}
}

func TestSameTokenFields(t *testing.T) {
	for _, tc := range []struct {
		first, last, company, email string
		want                        int
	}{
		{"Me", "Me", "Me", "me@me.me", 5},
		{"Crytoinvest87", "Crytoinvest87", "Crytoinvest87", "crytoinvest87@gmail.com", 4},
		// Genuine: a family firm at its own domain repeats the family
		// name, not the first name.
		{"Anna", "Berg", "Berg", "berg@berg.se", 1},
		{"Jan", "Kowalski", "Kowalski", "jan@kowalski.pl", 2},
	} {
		e := testEngine(t, nil, nil)
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.FirstName, sub.Fields.LastName, sub.Fields.Company, sub.Fields.Email = tc.first, tc.last, tc.company, tc.email
		in, _ := e.begin(testForm(), sub)
		if _, n := sameTokenFields(in); n != tc.want {
			t.Errorf("%s %s, %s, %s: %d fields, want %d", tc.first, tc.last, tc.company, tc.email, n, tc.want)
		}
	}
}

func TestTestInboxWithTagAndMixedRun(t *testing.T) {
	for _, tc := range []struct {
		local string
		want  bool
	}{
		{"testlead+20261207", true},
		{"demouser+3", true},
		{"testaccount123", true},
		{"testa", false},
		{"testament", false},
		{"samples.team", false},
	} {
		if got := testInboxWithTag(tc.local); got != tc.want {
			t.Errorf("testInboxWithTag(%q) = %v, want %v", tc.local, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"m8x2q", true}, {"h4k9t2", true}, {"b2b4u", true},
		{"anna1984", false}, {"k2v", false}, {"web2print", false},
	} {
		if got := isMixedRun(tc.w); got != tc.want {
			t.Errorf("isMixedRun(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestFamilyTrade: the country's John Doe is a real family too when the
// person's own firm carries the surname beside a word of its trade; a
// firm of the surname and legal forms alone, or a test word beside it, is
// still the tester's (held-out identity rounds twenty-one and twenty-two
// each had one such family marked junk).
func TestFamilyTrade(t *testing.T) {
	checkWholeEntries(t, []wholeEntryCase{
		{"Norwegian family firm with its domain", map[string]string{"first": "Ola", "last": "Nordmann", "company": "Nordmann Bygg AS", "email": "ola@nordmannbygg.no", "message": "Kan dere sende pris for årslisens?"}, false},
		{"German family firm at free mail", map[string]string{"first": "Thomas", "last": "Mustermann", "company": "Mustermann Holzbau", "email": "t.mustermann@posteo.de", "message": "Was kostet die Jahreslizenz für drei Formulare?"}, false},
		{"Polish family firm", map[string]string{"first": "Jan", "last": "Kowalski", "company": "Kowalski Transport Sp. z o.o.", "email": "jan@kowalski-transport.pl", "message": "Ile kosztuje licencja?"}, false},
		{"the surname and a legal form only", map[string]string{"first": "Max", "last": "Mustermann", "company": "Mustermann GmbH", "email": "max@gmail.com"}, true},
		{"the surname and a placeholder word", map[string]string{"first": "Ola", "last": "Nordmann", "company": "Nordmann Test AS", "email": "ola@gmail.com"}, true},
		{"a family trade and a test message", map[string]string{"first": "Max", "last": "Mustermann", "company": "Mustermann Holzbau", "email": "max@gmail.com", "message": "test"}, true},
		{"John Doe at a firm without his name", map[string]string{"first": "Max", "last": "Mustermann", "company": "Holzbau Schneider", "email": "max@gmail.com"}, true},
	})
}

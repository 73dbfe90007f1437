package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Table tests for the classes of testertells.go, each with positives in
// several languages and the look-alikes real people and firms produce.
// The cases are not rows of the identity set: round twenty stays a
// measurement.

func TestTitleForName(t *testing.T) {
	for _, tc := range []struct {
		first, last, title string
		want               bool
	}{
		{"Geschäftsführer", "Inhaber", "Geschäftsführer", true},
		{"CEO", "", "ceo", true},
		{"Jean", "Directeur", "DIRECTEUR", true},
		{"Директор", "Иванов", "директор", true},
		{"Gerente", "Compras", "gerente", true},
		{"店長", "", "店長", true},
		// Genuine: a title beside a name, a one-letter title, none.
		{"María", "García", "Head of Operations", false},
		{"Anna Maria", "Rossi", "Anna", false},
		{"A", "B", "A", false},
		{"Sam", "Okoye", "", false},
	} {
		f := &lead.Fields{FirstName: tc.first, LastName: tc.last, JobTitle: tc.title}
		if got := titleForName(f) != ""; got != tc.want {
			t.Errorf("titleForName(%q %q, title %q) = %v, want %v", tc.first, tc.last, tc.title, got, tc.want)
		}
	}
}

func TestLegalFormOnly(t *testing.T) {
	for _, tc := range []struct {
		company string
		want    bool
	}{
		{"GmbH", true},
		{"Ltd.", true},
		{"S.A.", true},
		{"ООО", true},
		{"Company Inc", true},
		{"sp. z o.o.", true},
		{"株式会社", true},
		{"PT", true},
		{"Şti.", true},
		// Genuine: a firm's own word before or after the legal form.
		{"Siemens AG", false},
		{"Müller GmbH", false},
		{"The Coca-Cola Company", false},
		{"AB InBev", false},
		{"ООО Ромашка", false},
		{"Co-op", false},
		{"Private", false}, // no firm, said so
		{"", false},
	} {
		if got := legalFormOnly(foldText(tc.company)); got != tc.want {
			t.Errorf("legalFormOnly(%q) = %v, want %v", tc.company, got, tc.want)
		}
	}
}

func TestNameTestWord(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Tes", true},        // Indonesian, the table's
		{"Coba", true},       // Indonesian, the test messages' words
		{"QA", true},         // a QA inbox's name
		{"Regression", true}, // a test stem
		{"Prueba", true},
		{"Тестовый", true},
		{"Deneme", true},
		{"テスト", true},
		// Names.
		{"Priya", false},
		{"Okoye", false},
		{"Testimony", false},
		{"Protest", false},
		{"Uji", true}, // a test word and a Japanese surname: one of two names at most (below)
	} {
		if got := nameTestWord(foldText(tc.word)); got != tc.want {
			t.Errorf("nameTestWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestNumberedRole(t *testing.T) {
	for _, tc := range []struct {
		first, last, name string
		want              bool
	}{
		{"user_8f3a2c91", "", "", true},
		{"Guest", "1042", "", true},
		{"Kunde7", "", "", true},
		{"Usuario", "12", "", true},
		{"Клиент", "5", "", true},
		{"", "", "Visitor #77", true},
		// Genuine: a name with a number, a role with a name, no number.
		{"Louis", "14", "", false},
		{"Client", "", "", false},
		{"Anna", "Member 2024", "", false},
		{"Kunde", "Schmidt", "", false},
		{"R2D2", "", "", false},
	} {
		n := foldedNames{first: foldText(tc.first), last: foldText(tc.last), name: foldText(tc.name)}
		if v, _ := numberedRole(n); (v != "") != tc.want {
			t.Errorf("numberedRole(%q %q %q) = %q, want found %v", tc.first, tc.last, tc.name, v, tc.want)
		}
	}
}

func TestTestTag(t *testing.T) {
	for _, tc := range []struct {
		local string
		want  bool
	}{
		{"priya.s+formtest7", true},
		{"jan+test", true},
		{"ana+prueba", true},
		{"ivan+тест", true},
		{"max+leadtest", true},
		{"kim+test-2", true},
		{"ayse+deneme1", true},
		{"budi+coba", true},
		// Genuine tags: a newsletter, a shop, words that hold "test".
		{"sam+contest", false},
		{"lee+latest", false},
		{"bob+newsletter", false},
		{"ana+protest", false},
		{"jo+attestation", false},
		{"mia+testimonial", false},
		{"priya.s", false},
		{"test.user", false}, // no tag; the QA inbox check reads it
	} {
		if got := testTag(tc.local); got != tc.want {
			t.Errorf("testTag(%q) = %v, want %v", tc.local, got, tc.want)
		}
	}
}

func TestDeclaredTestNoReply(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Hi, this is just a test submission from the agency that built your site, to see that the form goes through. No need to reply, thanks", true},
		{"Hallo, das ist nur eine Testnachricht von unserer Agentur nach dem Umzug der Website auf den neuen Server. Bitte ignorieren, danke", true},
		{"Hola, esto es una prueba del formulario después del cambio de servidor que hicimos esta semana en la web, por favor ignorar este mensaje", true},
		// Genuine: a correction with a request, a test of the product,
		// a question, a short one (read by testentries.go).
		{"Please ignore my last message, the right number is 40 users and we would like a quote for the annual plan before the end of the month", false},
		{"We ran a test submission on our own site last week with your widget and would like a quote for the annual plan for forty users", false},
		{"This is a test of your support, no need to reply today, but could you tell me whether the annual plan includes single sign-on for 40 users?", false},
		{"test message, please ignore", false},
	} {
		if got := declaredTestNoReply(newMessageViews(tc.msg)); got != tc.want {
			t.Errorf("declaredTestNoReply(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

// TestTesterTellsWholeEntries screens whole submissions: each class with
// a second piece is junk, each alone (a real person's slip) is not.
func TestTesterTellsWholeEntries(t *testing.T) {
	checkWholeEntries(t, []wholeEntryCase{
		{"title for name and a firm of legal forms", map[string]string{"first": "Geschäftsführer", "last": "Inhaber", "title": "Geschäftsführer", "company": "GmbH"}, true},
		{"director for name and an empty firm word", map[string]string{"first": "Директор", "last": "", "title": "Директор", "company": "ООО"}, true},
		{"two test words for a name", map[string]string{"first": "Tes", "last": "Coba"}, true},
		{"QA and a test stem for a name", map[string]string{"first": "QA", "last": "Regression"}, true},
		{"a numbered role", map[string]string{"first": "user_8f3a2c91", "last": "", "email": "user_8f3a2c91@gmail.com"}, true},
		{"a numbered role in Spanish", map[string]string{"first": "Usuario", "last": "4711"}, true},
		{"a test tag and a check note", map[string]string{"email": "priya.s+formtest7@gmail.com", "message": "checking the thank-you page redirect"}, true},
		{"a long self-declared test", map[string]string{"message": "Hi, this is just a test submission from your web developer to check the form goes through. No need to reply :)"}, true},
		// Genuine look-alikes: one slip, a real firm, a real name.
		{"title typed into the name once", map[string]string{"first": "Anna", "last": "Head of Operations", "title": "Head of Operations"}, false},
		{"a firm of only a legal form, nothing else", map[string]string{"company": "GmbH"}, false},
		{"a firm called Demo", map[string]string{"company": "Demo Construcciones"}, false},
		{"a firm called Sample", map[string]string{"company": "Sample Analytics"}, false},
		{"a real person with a test-word surname", map[string]string{"first": "Kenji", "last": "Uji"}, false},
		{"one name typed twice that is a test word", map[string]string{"first": "Uji", "last": "Uji", "company": "Uji Tea House"}, false},
		{"a real person called Tester", map[string]string{"first": "Priya", "last": "Tester"}, false},
		{"a newsletter tag", map[string]string{"email": "maria.garcia+newsletter@northwind-logistics.com"}, false},
		{"a test tag alone", map[string]string{"email": "maria.garcia+test@northwind-logistics.com"}, false},
		{"a person of one name with a number", map[string]string{"first": "Louis", "last": "14"}, false},
		{"a Vietnamese name that folds to a test word", map[string]string{"first": "Thư", "last": "Nguyễn"}, false},
		{"a surname Demo at the family firm", map[string]string{"first": "Daniela", "last": "Demo", "company": "Demo Costruzioni", "email": "daniela@democostruzioni.it"}, false},
		{"a surname Sample at a firm called Sample", map[string]string{"first": "Gary", "last": "Sample", "company": "Sample Analytics", "email": "gary@sampleanalytics.com"}, false},
		{"one name typed twice at the own firm", map[string]string{"first": "Suharti", "last": "Suharti", "company": "Toko Kue Suharti"}, false},
		{"no firm, said so", map[string]string{"company": "Private", "email": "maria.garcia@gmail.com"}, false},
		{"a firm of a legal form and a test tag", map[string]string{"company": "Ltd", "email": "maria.garcia+test@gmail.com"}, true},
	})
}

// wholeEntryCase is a submission's fields (see screenFields) and whether
// screening it alone must find junk.
type wholeEntryCase struct {
	name   string
	fields map[string]string
	junk   bool
}

// checkWholeEntries screens each case in its own engine (no velocity
// between cases) and checks the verdict.
func checkWholeEntries(t *testing.T, cases []wholeEntryCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := screenFields(t, testEngine(t, nil, nil), tc.fields)
			if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
				t.Errorf("verdict %s (score %d, %v), want junk %v", s.Verdict, s.Score, s.Reasons, tc.junk)
			}
		})
	}
}

// identityCase is a submission's name, firm, address and message, and the
// verdict screening it alone must give.
type identityCase struct {
	name                 string
	first, last, company string
	email, msg           string
	verdict              lead.ScreenVerdict
}

// checkIdentityVerdicts screens each case in its own engine (no velocity
// between cases) and checks the verdict.
func checkIdentityVerdicts(t *testing.T, cases []identityCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := screenFields(t, testEngine(t, nil, nil), map[string]string{"first": tc.first, "last": tc.last,
				"company": tc.company, "email": tc.email, "message": tc.msg})
			if s.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s: %v", s.Verdict, tc.verdict, s.Reasons)
			}
		})
	}
}

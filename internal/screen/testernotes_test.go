package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestTesterNotesEveryEntryMatches walks the table of testers' notes and
// titles: every note is read in a message alone and inside a longer one,
// and screened beside a test inbox (two pieces: junk); every title is
// screened as a first name alone (one piece), typed twice as first and
// last name (junk), and in the job title field of a real person
// (nothing). A line the detector would not match fails here instead of
// doing nothing.
func TestTesterNotesEveryEntryMatches(t *testing.T) {
	v := testerNoteVocab()
	for _, en := range v.entries {
		t.Run(en.lang+" "+en.kind+" "+en.text, func(t *testing.T) {
			switch en.kind {
			case "noreply", "tryout":
				text := strings.TrimSuffix(en.text, "*")
				if testerNote(newMessageViews(text)) == "" {
					t.Fatalf("%q alone is not read as a tester's note", text)
				}
				long := "Sam Reed, Reed Labs, 14:05. " + text + ". 2026"
				if testerNote(newMessageViews(long)) == "" {
					t.Errorf("%q is not read as a tester's note", long)
				}
				s := screenFields(t, testEngine(t, nil, nil), map[string]string{"email": "qa+7@northwind-logistics.com",
					"message": long})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("beside a test inbox: verdict %s, want junk: %v", s.Verdict, s.Reasons)
				}
			case "title":
				if !isTitleField(en.folded) {
					t.Fatalf("%q is not read as a title", en.text)
				}
				s := screenFields(t, testEngine(t, nil, nil), map[string]string{"first": en.text, "last": ""})
				if !hasReason(s, CodePlaceholderIdentity) {
					t.Errorf("as the name: no %s: %v", CodePlaceholderIdentity, s.Reasons)
				}
				s = screenFields(t, testEngine(t, nil, nil), map[string]string{"first": en.text, "last": en.text})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("as first and last name: verdict %s, want junk: %v", s.Verdict, s.Reasons)
				}
				s = screenFields(t, testEngine(t, nil, nil), map[string]string{"title": en.text})
				if hasReason(s, CodePlaceholderIdentity) {
					t.Errorf("in the job title field: %v", s.Reasons)
				}
			}
		})
	}
}

// TestTesterNotesEveryLanguage: the table holds each concept in every
// language of metavocab.txt, three entries of each kind at least.
func TestTesterNotesEveryLanguage(t *testing.T) {
	count := map[string]map[string]int{}
	for _, en := range testerNoteVocab().entries {
		if count[en.lang] == nil {
			count[en.lang] = map[string]int{}
		}
		count[en.lang][en.kind]++
	}
	langs := map[string]bool{}
	for _, en := range metaVocab().entries {
		langs[en.lang] = true
	}
	if len(langs) < 110 {
		t.Fatalf("metavocab.txt has %d languages, want about 120", len(langs))
	}
	for lang := range langs {
		for _, kind := range []string{"noreply", "tryout", "title"} {
			if count[lang][kind] < 3 {
				t.Errorf("%s: %d %s entries, want 3 at least", lang, count[lang][kind], kind)
			}
		}
	}
}

// TestParseTesterNotesRejectsBadLines: a line of the wrong shape is an
// error, not a silent skip.
func TestParseTesterNotesRejectsBadLines(t *testing.T) {
	for _, bad := range []string{"de noreply", "de label Einkauf", "de title ---", "de title Einkaufs*", "ja noreply 返信*"} {
		if _, err := parseTesterNotes(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	v, err := parseTesterNotes("# c\n\nde title Einkauf\nde noreply nicht antworten\nja noreply 返信不要\n")
	if err != nil || !v.titles["einkauf"] || len(v.unspaced) != 1 {
		t.Errorf("good lines: %v, %+v", err, v)
	}
	if !strings.Contains(testerNotesFile, "no\n# line is copied") {
		t.Error("the table's header must say it was written, not copied")
	}
}

// TestTesterNotesDecide: testers' notes and titles for names beside a
// second piece are junk; the look-alikes pass: buyers who ask not to be
// called and say how to reach them, a title in the job title field, a
// firm named with a title word, a person whose surname is a title word,
// an integrator who tests our API and asks a real question.
func TestTesterNotesDecide(t *testing.T) {
	ask := "Could you send pricing for 20 users?"
	for _, tc := range []struct {
		name                        string
		first, last, company, title string
		email, msg                  string
		verdict                     lead.ScreenVerdict
	}{
		{"a title typed twice at a firm of a legal form", "Geschäftsführer", "Geschäftsführer", "GmbH", "", "gf@gmbh-gf.de", "", lead.ScreenJunk},
		{"a title split over first and last name", "Head of", "Procurement", "", "", "procurement.head@bergmann-group.de", "Hoeveel kost het voor tien gebruikers?", lead.ScreenJunk},
		{"Spanish department and title", "Compras", "Gerente", "", "", "compras@ferreteria-lopez.es", ask, lead.ScreenJunk},
		{"Japanese title twice", "部長", "部長", "", "", "bucho@tanaka-shoji.co.jp", "", lead.ScreenJunk},
		{"a tester's note in a long message and a test tag", "Priya", "Raman", "Raman Textiles", "", "priya.raman+formtest@ramantextiles.in",
			"Hi, this is Priya from the web team, just testing that the contact form reaches the CRM before we put it live tomorrow. Please do not reply or call.", lead.ScreenJunk},
		{"a UAT note and a tagged address", "Sipho", "Dlamini", "Dlamini Digital", "", "sipho+uat03@dlaminidigital.co.za",
			"UAT round 3 — checking the thank-you page. Ignore.", lead.ScreenJunk},
		{"Indonesian note at a placeholder domain", "Budi", "Coba", "PT Contoh Jaya", "", "budi.coba@contoh.co.id", "coba coba aja, jangan dibalas ya", lead.ScreenJunk},
		{"German note and a test inbox", "Jonas", "Berg", "Berg IT", "", "qa+12@berg-it.de", "Wir prüfen nur, ob das Formular ankommt. Bitte nicht anrufen.", lead.ScreenJunk},
		{"Thai note and a title for a name", "ผู้จัดการ", "", "", "", "somchai@siamtrade.co.th", "ทดสอบฟอร์ม ไม่ต้องตอบกลับ", lead.ScreenJunk},
		// Genuine look-alikes.
		{"a buyer who asks not to be called", "Laura", "Stein", "Stein Logistik", "", "laura.stein@stein-logistik.de",
			"Please don't call, e-mail me the quote for 25 users.", lead.ScreenPass},
		{"a German buyer who asks not to be called", "Laura", "Stein", "Stein Logistik", "", "laura.stein@stein-logistik.de",
			"Bitte nicht anrufen, schicken Sie mir das Angebot per E-Mail.", lead.ScreenPass},
		{"a Spanish buyer who asks not to be called", "Marta", "Gil", "Gil Abogados", "", "marta@gilabogados.es",
			"Por favor no me llamen, envíenme la cotización por correo.", lead.ScreenPass},
		{"a Russian buyer who asks not to be called", "Олег", "Смирнов", "ИП Смирнов", "", "o.smirnov@mail.ru",
			"Не звоните, пожалуйста, пришлите коммерческое предложение на почту.", lead.ScreenPass},
		{"an Indonesian buyer who asks not to be called", "Dewi", "Lestari", "CV Lestari", "", "dewi@lestari.co.id",
			"Tolong jangan telepon, kirim penawaran lewat email saja.", lead.ScreenPass},
		{"a Chinese buyer who asks not to be called", "伟", "王", "王氏贸易", "", "wang.wei@wangtrade.cn",
			"请勿来电，请把报价发到我的邮箱。", lead.ScreenPass},
		{"a Japanese buyer who asks not to be called", "花子", "佐藤", "佐藤商事", "", "hanako@sato-shoji.co.jp",
			"お電話は不要です。見積書をメールでお送りください。", lead.ScreenPass},
		{"a Korean buyer who asks not to be called", "민수", "김", "김앤파트너스", "", "minsu@kimpartners.kr",
			"전화하지 마세요. 견적서를 이메일로 보내주세요.", lead.ScreenPass},
		{"Managing Director in the title field", "Anna", "Keller", "Keller AG", "Managing Director", "anna.keller@keller.ch", ask, lead.ScreenPass},
		{"Geschäftsführer in the title field", "Jonas", "Weber", "Weber GmbH", "Geschäftsführer", "j.weber@weber-gmbh.de", "Was kostet das für drei Nutzer?", lead.ScreenPass},
		{"a firm called Manager Tools", "Tom", "Hale", "Manager Tools GmbH", "", "tom@managertools.de", ask, lead.ScreenPass},
		{"a person whose surname is Sales", "João", "Sales", "Sales & Filhos", "", "joao@salesefilhos.com.br", "Qual o preço para 10 usuários?", lead.ScreenPass},
		{"a person of one name who types a title as last name", "Suharti", "Manager", "Toko Suharti", "", "suharti.toko@gmail.com", "Apakah ada paket bulanan?", lead.ScreenPass},
		{"an integrator testing our API with a real question", "Ravi", "Kumar", "Kumar CRM Integrations", "", "ravi@kumarcrm.in",
			"We are testing your API and checking that the form reaches our CRM. Does the webhook retry on a 500?", lead.ScreenPass},
		{"an integrator testing the form who asks for docs", "Lena", "Fischer", "Fischer Digital", "", "lena@fischer-digital.de",
			"Wir testen gerade das Formular mit unserem CRM, bitte senden Sie uns die API-Dokumentation.", lead.ScreenPass},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := screenFields(t, testEngine(t, nil, nil), map[string]string{"first": tc.first, "last": tc.last,
				"company": tc.company, "title": tc.title, "email": tc.email, "message": tc.msg})
			if s.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s: %v", s.Verdict, tc.verdict, s.Reasons)
			}
		})
	}
}

// TestTesterNoteReading: a note is read in a message that asks nothing
// besides, in several languages and at several lengths; a note beside a
// question, a request, another way to answer or a buyer's sign is none.
func TestTesterNoteReading(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		note bool
	}{
		{"Hi, this is Priya from the web team, just testing that the contact form reaches the CRM before we put it live tomorrow. Please do not reply or call.", true},
		{"UAT round 3 — checking the thank-you page. Ignore.", true},
		{"coba coba aja, jangan dibalas ya", true},
		{"Nur ein Test nach dem Relaunch, bitte nicht antworten.", true},
		{"Solo probando el formulario nuevo de la web.", true},
		{"Просто проверяю форму после обновления сайта, отвечать не нужно.", true},
		{"送信テストです。返信不要です。", true},
		{"测试表单，无需回复", true},
		{"ทดสอบฟอร์ม ไม่ต้องตอบกลับ ขอบคุณครับ", true},
		{"テスト送信です。無視してください。", true},
		{"폼 테스트 중입니다. 답장하지 마세요.", true},
		{"Sprawdzam czy dochodzi, proszę nie odpowiadać.", true},
		// Look-alikes: the note says how to answer, or something is asked.
		{"Please don't call, e-mail me the quote for 25 users.", false},
		{"Bitte nicht anrufen, schicken Sie mir das Angebot per E-Mail.", false},
		{"Por favor no me llamen, envíenme la cotización por correo.", false},
		{"Не звоните, пожалуйста, пришлите коммерческое предложение на почту.", false},
		{"Tolong jangan telepon, kirim penawaran lewat email saja.", false},
		{"Ne m'appelez pas, je préfère un e-mail avec vos tarifs.", false},
		{"请勿来电，请把报价发到我的邮箱。", false},
		{"お電話は不要です。見積書をメールでお送りください。", false},
		{"전화하지 마세요. 견적서를 이메일로 보내주세요.", false},
		{"ไม่ต้องโทรกลับ ขอใบเสนอราคาทางอีเมล", false},
		{"We are testing your API and checking that the form reaches our CRM. Does the webhook retry on a 500?", false},
		{"Wir testen gerade das Formular mit unserem CRM, bitte senden Sie uns die API-Dokumentation.", false},
		{"Just testing the waters: we need pricing for 40 seats.", false},
		{"We run 12 warehouses and want a demo next week for our planners.", false},
	} {
		t.Run(tc.msg, func(t *testing.T) {
			if got := testerNote(newMessageViews(tc.msg)); (got != "") != tc.note {
				t.Errorf("testerNote = %q, want a note: %v", got, tc.note)
			}
		})
	}
}

// TestTitleFields: a name field made of titles and departments is a
// title; a name, a firm with a title word, or a title beside a name is
// not.
func TestTitleFields(t *testing.T) {
	for _, tc := range []struct {
		name  string
		title bool
	}{
		{"Geschäftsführer", true}, {"Head of", true}, {"Procurement", true}, {"Head of Procurement", true},
		{"Sales and Marketing", true}, {"Jefe de Compras", true}, {"Отдел продаж", true}, {"部長", true},
		{"Manager Tools GmbH", false}, {"Anna Manager", false}, {"Head", false}, {"Md", false}, {"María", false},
		{"of", false}, {"", false},
	} {
		if got := isTitleField(foldText(tc.name)); got != tc.title {
			t.Errorf("isTitleField(%q) = %v, want %v", tc.name, got, tc.title)
		}
	}
}

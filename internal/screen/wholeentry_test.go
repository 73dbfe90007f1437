package screen

import (
	"context"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Table tests for the whole-submission classes of wholeentry.go and the
// mail-word services of mailwordservice.go: positives in several
// languages beside genuine look-alikes that share the surface. The cases
// were written for the tests, not taken from the identity set's rounds.

func TestWholeEntryClassesDecide(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		first, last, company string
		email, msg           string
		verdict              lead.ScreenVerdict
	}{
		// The tester's word as first name, firm and message, in languages
		// no list holds.
		{"Icelandic-like echo", "Prufa", "Jonsdottir", "Prufa ehf", "prufa.j@gmail.com", "prufa skilabod", lead.ScreenJunk},
		{"Maltese-like echo", "Prova", "Borg", "Prova Ltd", "borg.prova@gmail.com", "prova biss", lead.ScreenJunk},
		{"Georgian-script echo, unknown word", "ცდა", "ბერიძე", "ცდა შპს", "beridze.c@gmail.com", "ცდა ცდა", lead.ScreenJunk},
		{"echo as a prefix", "Kokeilu", "Virtanen", "Kokeiluyhtiö", "kokeilu.v@gmail.com", "kokeiluviesti", lead.ScreenJunk},
		// Numbers and tickets for names.
		{"version for a last name", "Build", "3.2.1", "Release train", "ci.runner@gmail.com", "nightly verification", lead.ScreenJunk},
		{"ticket for a last name that the message repeats", "Bug", "QA-2291", "Tracker", "pm.lindgren@gmail.com", "repro QA-2291 submit twice", lead.ScreenJunk},
		{"machine identifiers everywhere", "x9f3k2p", "b7c1d4e", "z0q8w5r", "x9f3k2p@gmail.com", "h4j6k8l", lead.ScreenJunk},
		{"one key held down", "ZZZZZZZZZZZZZZZZ", "ZZZZZZZZZZZZ", "Zed Ltd", "zed.z@gmail.com", "", lead.ScreenJunk},
		// An instruction not to act and nothing else.
		{"please ignore alone", "Ruth", "Meier", "Meier AG", "ruth@meier-ag.ch", "Please ignore.", lead.ScreenJunk},
		{"ignore alone, French", "Luc", "Blanc", "Blanc SA", "luc@blanc-sa.fr", "ignorer svp", lead.ScreenJunk},
		// Kana pangram.
		{"iroha in katakana", "Taro", "Sato", "Sato Shoten", "taro@satoshoten.jp", "イロハニホヘト チリヌルヲ ワカヨタレソ ツネナラム", lead.ScreenJunk},
		// Genuine look-alikes.
		{"one name typed twice, own shop", "Sutrisno", "Sutrisno", "Toko Sutrisno", "sutrisno.toko@gmail.com", "Sutrisno di sini, berapa harganya?", lead.ScreenPass},
		{"first name in firm, message asks", "Anna", "Lind", "Anna Lind Design", "anna@annalind.se", "Anna here: do you have a plan for two people?", lead.ScreenPass},
		{"family name in firm and message", "Tom", "Reilly", "Reilly Plumbing", "tom@reillyplumbing.ie", "Reilly Plumbing, 4 vans, need a quote", lead.ScreenPass},
		{"correction after an earlier message", "Rosa", "Vidal", "Vidal Arquitectes", "rosa@vidalarq.cat", "Please ignore my last message, the right number is +34 612 000 111.", lead.ScreenPass},
		{"a number in the message, none in the name", "Ken", "Ito", "Ito Seisakusho", "ken@ito-ss.jp", "PO 4471 attached, please confirm.", lead.ScreenPass},
		{"Japanese question in kana", "Yui", "Mori", "Mori Design", "yui@moridesign.jp", "ためしに つかって みたいの ですが できますか", lead.ScreenPass},
		{"statement in an unknown language, one word firm", "Kaan", "Demir", "Demir Lojistik", "kaan@demirlojistik.com.tr", "Fiyat teklifi istiyoruz.", lead.ScreenPass},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t, nil, nil)
			sub := genuine(t, e.deps.Tokens)
			sub.Fields.FirstName, sub.Fields.LastName, sub.Fields.Company = tc.first, tc.last, tc.company
			sub.Fields.Email, sub.Fields.Message = tc.email, tc.msg
			s := e.Screen(context.Background(), testForm(), sub)
			checkScreening(t, e, s)
			if s.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s: %v", s.Verdict, tc.verdict, s.Reasons)
			}
		})
	}
}

func TestIsLetterOnceText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"あめつち ほし そら やま かは みね たに くも きり むろ こけ ひと いぬ うへ すゑ ゆわ さる おふせよ えの江を なれゐて", false}, // a Han character: not read
		{"とりなくこゑす ゆめさませ みよあけわたる ひんかしを", true},
		{"イロハニホヘト チリヌルヲ ワカヨタレソ ツネナラム", true},
		{"イロハニホヘト チリヌルヲ", false}, // too short to tell
		// Prose repeats its letters.
		{"お問い合わせありがとうございます。よろしくお願いします", false},
		{"Съешь же ещё этих мягких французских булок", false}, // Cyrillic pangrams repeat; isFillerText reads them
		{"무료 체험이 가능한가요?", false},
		{"The quick brown fox jumps over the lazy dog", false}, // Latin: isPangramAnyLatin's
		{"", false},
	} {
		if got := isLetterOnceText(foldText(tc.text)); got != tc.want {
			t.Errorf("isLetterOnceText(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestMailWordService(t *testing.T) {
	for _, tc := range []struct {
		domain, first, last, company string
		want                         bool
	}{
		{"jednorazowa-poczta.pl", "Ewa", "Nowak", "Nowak Sp. z o.o.", true},
		{"vienkartinis-pastas.lt", "Jonas", "Kazlauskas", "", false}, // "pastas" is no mail word on the list
		{"kertakaytto-posti.fi", "Mikko", "Laine", "Laine Oy", true},
		{"mail-efimero.es", "Lucia", "Gil", "Gil SL", true},
		{"wegwerf-post.de", "Jan", "Vogel", "Vogel GmbH", true},
		// Genuine: the firm's own mail domain, a tag too short, no hyphen.
		{"hansen-post.no", "Ola", "Hansen", "Hansen Post AS", false},
		{"nordic-mail.se", "Eva", "Lund", "Nordic Mail AB", false},
		{"ab-post.de", "Udo", "Kern", "", false},
		{"posteo.de", "Ina", "Roth", "", false},
		{"ceska-posta.cz", "Petr", "Dvořák", "Česká pošta", false}, // the postal service's own staff
	} {
		got := mailWordService(tc.domain, foldText(tc.first), foldText(tc.last), foldText(tc.company)) != ""
		if got != tc.want {
			t.Errorf("mailWordService(%q, %q %q, %q) = %v, want %v", tc.domain, tc.first, tc.last, tc.company, got, tc.want)
		}
	}
}

func TestPlaceholderFirmCyrillicLegalForms(t *testing.T) {
	for _, tc := range []struct {
		company string
		want    bool
	}{
		{"Пример ДОО", true},
		{"ООО «Тест»", true},
		{"Образец АО", true},
		{"Δείγμα ΙΚΕ", true},
		// A founder's name or a trade beside the form.
		{"Петров ДОО", false},
		{"ООО Ромашка", false}, // real firms bear the proverbial name
		{"Тестстрой ООО", false},
	} {
		if got := isPlaceholderFirm(foldText(tc.company)); got != tc.want {
			t.Errorf("isPlaceholderFirm(%q) = %v, want %v", tc.company, got, tc.want)
		}
	}
}

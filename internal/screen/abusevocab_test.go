package screen

import (
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// abusePad is a long opening that asks nothing and names nobody, so that
// an insult after it is not a short message's: only a word addressing
// the reader aims it.
const abusePad = "I have been thinking about this for weeks now and this is simply what I think after all these months"

// TestAbuseVocabularyEveryEntryMatches walks the table: every line is
// screened in a minimal abusive message (alone, or for a go-away beside
// an insult of its language, for an address word before an insult of its
// language after a long opening) and must be junk (a vulgar word alone
// must weigh as profanity), so that a line the detector would not match
// fails here instead of doing nothing (issue 10's lesson). Every entry
// that is abuse only when aimed at the reader stays genuine when it names
// a third party in a real request.
func TestAbuseVocabularyEveryEntryMatches(t *testing.T) {
	v := abuseVocab()
	if len(v.entries) < 2000 {
		t.Fatalf("the table has %d entries; it was written with more than 2,300", len(v.entries))
	}
	if len(v.names) < 130 {
		t.Errorf("the table covers %d languages, want about 140", len(v.names))
	}
	insultOf := map[string]string{}
	for _, en := range v.entries {
		if (en.kind == "insult" || en.kind == "crook") && insultOf[en.lang] == "" {
			insultOf[en.lang] = vocabSample(en.text)
		}
	}
	for _, en := range v.entries {
		t.Run(en.lang+" "+en.kind+" "+en.text, func(t *testing.T) {
			text := vocabSample(en.text)
			var msg string
			switch en.kind {
			case "request":
				return // TestAbuseVocabularyRequestWords
			case "address":
				if insultOf[en.lang] == "" {
					t.Fatalf("%s has address words but no insult to aim", en.lang)
				}
				msg = abusePad + " " + text + " " + insultOf[en.lang]
			case "goaway":
				if insultOf[en.lang] == "" {
					t.Fatalf("%s has go-away words but no insult beside them", en.lang)
				}
				msg = text + " " + insultOf[en.lang]
			default:
				msg = text
			}
			_, s := screenMessageAt(t, 0.1, msg)
			if en.kind == "vulgar" {
				if !hasReason(s, CodeAbusiveMessage) {
					t.Errorf("%q: no %s: %v", msg, CodeAbusiveMessage, s.Reasons)
				}
			} else if s.Verdict != lead.ScreenJunk {
				t.Errorf("%q: verdict %s, want junk: %v", msg, s.Verdict, s.Reasons)
			}
			if !abuseKinds[en.kind] {
				return
			}
			// A genuine customer about a third party, in a real request.
			lookalike := "Our previous vendor were " + text + ", so we are moving. Could you send a quote for 20 seats?"
			if en.kind == "vulgar" {
				lookalike = text + ", the invoice is wrong again. Can you fix it?"
			}
			if _, s := screenMessageAt(t, 0.1, lookalike); s.Verdict == lead.ScreenJunk {
				t.Errorf("look-alike %q: junk: %v", lookalike, s.Reasons)
			}
		})
	}
}

// vocabSample returns an entry as a message may write it: a stem with an
// ending (its last letter again).
func vocabSample(entry string) string {
	stem, ok := strings.CutSuffix(entry, "*")
	if !ok {
		return entry
	}
	r := []rune(stem)
	return stem + string(r[len(r)-1])
}

// TestAbuseVocabularyRequestWords: every request word of the table turns
// a short message that insults in its language into a customer's, as far
// as the table's aimed kinds go, so that a request line cannot silently do
// nothing.
func TestAbuseVocabularyRequestWords(t *testing.T) {
	v := abuseVocab()
	insultOf := map[string]string{}
	for _, en := range v.entries {
		if en.kind == "crook" && insultOf[en.lang] == "" {
			insultOf[en.lang] = vocabSample(en.text)
		}
	}
	for _, en := range v.entries {
		if en.kind != "request" {
			continue
		}
		t.Run(en.lang+" "+en.text, func(t *testing.T) {
			insult := insultOf[en.lang]
			if insult == "" {
				t.Fatalf("%s has request words but no crook to test them with", en.lang)
			}
			alone := newFoldedText(foldText(insult))
			if _, h := vocabAimedAbuse(insult, alone); h == 0 {
				t.Fatalf("%q alone: no abuse", insult)
			}
			msg := insult + " " + vocabSample(en.text)
			if why, h := vocabAimedAbuse(msg, newFoldedText(foldText(msg))); h > 0 {
				t.Errorf("%q: %s", msg, why)
			}
		})
	}
}

// TestAbuseVocabularyReadsAbuse: abuse in languages the lists of abuse.go
// never held is junk, by the table; the genuine look-alikes in the same
// languages (angry customers who want something, buyers who call their
// old vendor crooks, a complaint that quotes, one swear word in a real
// request) are not.
func TestAbuseVocabularyReadsAbuse(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		junk bool
	}{
		// Aimed at the reader: an address word near the insult.
		{"እናንተ ሌቦች ናችሁ", true},
		{"Jūs esat krāpnieki.", true},
		{"Þið eruð aumingjar og svikarar.", true},
		{abusePad + " nyinyi ni matapeli", true},
		// Short, asking nothing; shouted; sent away beside an insult.
		{"Matapeli!", true},
		{"Nyamazeni, wajinga", true},
		{"మీరు పనికిరాని మోసగాళ్ళు", true},
		// A rant mostly of names needs no address.
		{"Nimechoka kabisa na huduma hii kila siku ya wiki nzima, wezi wakubwa, matapeli, waongo wote", true},
		// A question that only scorns asks nothing.
		{"তোমরা সব প্রতারক, লজ্জা করে না?", true},
		// Curses, wishes and threats wherever they stand.
		{"Allah ya tsine muku", true},
		{"Ngizonibulala.", true},
		{"Tukaitumia huduma yenu kwa mwaka mmoja, sasa nitawaua", true},
		{"Sana malugi kayo", true},

		// Genuine: a customer who names a third party crooks and asks.
		{"Mtoa huduma wetu wa zamani walikuwa matapeli. Tafadhali tutumieni bei ya leseni 20.", false},
		{"Mūsu iepriekšējais piegādātājs bija krāpnieki, tāpēc mainām. Lūdzu, atsūtiet cenu piedāvājumu 20 lietotājiem.", false},
		{"Eski tedarikçimiz tam bir dolandırıcılar topluluğuydu. Lütfen 20 kullanıcı için fiyat gönderin.", false},
		{"ہمارا پچھلا وینڈر دھوکے باز تھا۔ براہ کرم بیس صارفین کے لیے قیمت بھیجیں۔", false},
		// An angry customer who wants a fix, with one swear word.
		{"Jävla formulär, det fungerar inte igen. Kan ni fixa det?", false},
		{"Kuradi arve on jälle vale. Palun parandage see.", false},
		// A complaint that quotes what someone wrote, and asks about it.
		{"Someone wrote \"nitawaua\" to our staff through our form. Can your filter block messages like that?", false},
		// Asking how to catch thieves is a buyer.
		{"Je, bidhaa yenu inaweza kuzuia matapeli kwenye fomu yetu?", false},
	} {
		_, s := screenMessageAt(t, 0.1, tc.msg)
		if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
			t.Errorf("%q: verdict %s, want junk %v: %v", tc.msg, s.Verdict, tc.junk, s.Reasons)
		}
	}
}

// TestAbuseVocabularyReasonNamesLanguage: the reason says what it saw and
// in which language.
func TestAbuseVocabularyReasonNamesLanguage(t *testing.T) {
	for msg, want := range map[string]string{
		"Jūs esat krāpnieki.": "in Latvian",
		"Allah ya tsine muku": "a curse in Hausa",
		"Ngizonibulala.":      "a threat in Zulu",
	} {
		if _, s := screenMessageAt(t, 0.1, msg); !abuseReasonSays(s, want) {
			t.Errorf("%q: no reason %q: %v", msg, want, s.Reasons)
		}
	}
}

// TestAbuseVocabularyReasonIsStable: in a script without spaces, where
// entries of several kinds match inside one message, the reason names the
// word that stands first in the message, the same on every run (the
// entries of such scripts are filed in a map, whose order changes from
// run to run).
func TestAbuseVocabularyReasonIsStable(t *testing.T) {
	for msg, want := range map[string]string{
		"ពួកឯងចោរ ល្ងង់": "calls the reader a crook in Khmer",
		"ពួកឯងល្ងង់ ចោរ": "an insult in Khmer",
	} {
		for range 30 {
			if _, s := screenMessageAt(t, 0.1, msg); !abuseReasonSays(s, want) {
				t.Fatalf("%q: no reason %q: %v", msg, want, s.Reasons)
			}
		}
	}
}

// TestParseAbuseVocabRejectsBadLines: a line of the wrong shape is an
// error, not a silent skip.
func TestParseAbuseVocabRejectsBadLines(t *testing.T) {
	for _, bad := range []string{
		"xx insult idiots",                               // no name line before
		"xx name X\nxx colour red",                       // too short
		"xx name X\nxx colour red paint",                 // no such kind
		"xx name X\nxx insult ---",                       // folds to nothing
		"xx name X\nxx insult ab*",                       // a stem too short
		"xx name X\nxx insult 骗*",                        // a stem in a script without spaces
		"xx name X\nxx insult thieves\nxx curse thieves", // aimed and anywhere at once
	} {
		if _, err := parseAbuseVocab(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	v, err := parseAbuseVocab("# a comment\n\nxx name Ex\nxx insult Idiotas\nxx curse go away\n")
	if err != nil || len(v.entries) != 2 || v.names["xx"] != "Ex" || len(v.aimed) != 1 || len(v.anywhere) != 1 {
		t.Errorf("good lines: %v, %+v", err, v)
	}
}

// TestAbuseVocabularyEndingsAndVocatives: in the languages that join
// endings to a word, the table's entries of five letters or more match
// with any ending ("oğrular" in "oğrularsınız"); a question that ends by
// calling the reader a name is scorn, not a request ("…, धोखेबाज़ों?").
// The look-alikes: a question that names crooks before it asks, and a
// buyer who calls their old vendor thieves, with an ending, and asks.
func TestAbuseVocabularyEndingsAndVocatives(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		junk bool
	}{
		{"Siz hamınız oğrularsınız!", true},
		{"ये कैसी सर्विस है, धोखेबाज़ों?", true},
		{"Mbona hamjibu barua zetu, matapeli?", true},
		{"Ti mind hazugok vagytok, szégyen!", true},
		// Genuine.
		{"Je, matapeli wanaotumia fomu yetu watazuiwa na mfumo wenu?", false},
		{"पिछले वेंडर धोखेबाज़ निकले। क्या आप 20 यूज़र्स का कोटेशन भेज सकते हैं?", false},
		{"Keçən təchizatçımız oğrular idi. Zəhmət olmasa 20 istifadəçi üçün qiymət göndərin.", false},
	} {
		_, s := screenMessageAt(t, 0.1, tc.msg)
		if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
			t.Errorf("%q: verdict %s, want junk %v: %v", tc.msg, s.Verdict, tc.junk, s.Reasons)
		}
	}
}

// TestTakesEndings: an entry of a suffixing language takes endings when
// its last word has minEndingStem letters; a shorter one ("ұры", thief,
// which begins "ұрық", seed), an entry of a language that does not
// suffix, or one in a script without spaces matches as written.
func TestTakesEndings(t *testing.T) {
	for _, tc := range []struct {
		lang, entry string
		want        bool
	}{
		{"kk", "алаяқ", true},
		{"az", "oğrular", true},
		{"ta", "வெட்கமில்லை", true},
		{"hu", "szégyelljék magukat", true},
		{"kk", "ұры", false},
		{"bn", "চোর", false},
		{"de", "vollidioten", false},
		{"sw", "matapeli", false},
		{"th", "ไอ้ควาย", false},
	} {
		if got := takesEndings(tc.lang, foldText(tc.entry)); got != tc.want {
			t.Errorf("takesEndings(%s, %q) = %v, want %v", tc.lang, tc.entry, got, tc.want)
		}
	}
}

// TestAbuseVocabularyFileReadsOneWay parses the shipped table with the
// checks its first use skips (generated lines are filed without them): no
// entry may be filed under two kinds that read it differently, and no
// line may be malformed.
func TestAbuseVocabularyFileReadsOneWay(t *testing.T) {
	if _, err := parseAbuseVocab(abuseVocabFile); err != nil {
		t.Fatal(err)
	}
}

// abuseReasonSays reports whether s has an abusive_message reason whose
// detail says want.
func abuseReasonSays(s lead.Screening, want string) bool {
	return slices.ContainsFunc(s.Reasons, func(r lead.Reason) bool {
		return r.Code == CodeAbusiveMessage && strings.Contains(r.Detail, want)
	})
}

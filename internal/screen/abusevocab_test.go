package screen

import (
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
	if len(v.entries) < 9 {
		t.Fatalf("the table has %d entries; it was written with more than 900", len(v.entries))
	}
	if len(v.names) < 110 {
		t.Errorf("the table covers %d languages, want about 120", len(v.names))
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

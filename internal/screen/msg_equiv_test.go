package screen

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// msgAlphabet mixes what the message scan treats differently: ASCII
// letters of both cases, digits, punctuation, every kind of space, letters
// whose lower case has another length (İ, Ⱥ, K), combining marks, other
// scripts and look-alikes, CJK, bytes that are not UTF-8, links, handles,
// markup, messenger apps, function words and phrase words.
var msgAlphabet = []string{
	"a", "Z", "q", "0", "7", ".", ",", "@", ":", "/", "-", "'", "*", "<", ">", "[", " ", " ", " ", "\t", "\n", "\r", "\v", "\f",
	"\u0085", "\u00a0", "\u2003", "\u3000", "é", "É", "e\u0301", "\u0301", "ñ", "ß", "İ", "Ⱥ", "K", "Ж", "ж", "Ω", "ω", "山", "한",
	"ア", "٣", "١", "🙂", "\xff", "\xc3", "\uFFFD", "http://x.example/a?b", "www.seo.xyz", "bit.ly/x", "a@b.co", "@handle",
	"t.me/x", "wa.me/1", "<a href=x>", "[url=x]", "Telegram", "WhatsApp", "skype", "signal", "wa", "+1 650 253 0000",
	"the", "and", "und", "für", "что", "và", "SEO", "Backlinks", "guest posting", "online casino", "casino", "viagra",
	"make money", "click here", "free", "I", "was", "on", "your", "website", "博彩", "seo対策", "Crème", "naïve",
	"Dear friend, you have been selected to receive a cash bonus", "we are a leading digital marketing agency",
	"Hello, we would like a demo for our team of 25 people next week.", "qwzxkjvbnm", "XJQZKV", "AAAAAAAAAAAAAAAAAAAAAAAA",
	"We sell12 things", "we sell299", "sell7",
}

func randomMsg(r *rand.Rand, maxParts int) string {
	var b strings.Builder
	for range r.IntN(maxParts + 1) {
		b.WriteString(msgAlphabet[r.IntN(len(msgAlphabet))])
		if r.IntN(3) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// equivMessages are the messages the equivalence tests compare on: edge
// cases, every string of the shipped corpora, the distinct messages of the
// leadctl benchmark files when present, and random messages.
func equivMessages(t *testing.T, random int) []string {
	msgs := []string{"", " ", "a", "A", "\xff", "İ", "Ⱥ" + strings.Repeat("x", 600), strings.Repeat("Word ", 200),
		strings.Repeat("é", 300) + " x", strings.Repeat("a,", 300), "CLICK HERE NOW FOR FREE VIAGRA AND CASINO BONUSES TODAY",
		"Contact me on Telegram @seller or WhatsApp +1 650 253 0000", "博彩 娱乐城 seo対策", "backlinking backlinks outsourcing outsourced",
	}
	msgs = append(msgs, loadMessages(t, 0, msgCorpusFiles...)...)
	seen := map[string]bool{}
	for _, m := range loadMessages(t, 0, "../../testdata/backtest/history.jsonl") {
		if !seen[m] {
			seen[m] = true
			msgs = append(msgs, m)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range random {
		msgs = append(msgs, randomMsg(r, 30))
	}
	return msgs
}

// TestMsgScanMatchesReference holds the one-pass scan to the two passes it
// replaced: the same lower-cased text as strings.ToLower, the same words,
// the same statistics, and the vocabulary id of every word.
func TestMsgScanMatchesReference(t *testing.T) {
	e := msgEngine(t)
	v := &e.phrases.vocab
	for _, msg := range equivMessages(t, scaled(50000)) {
		gotSt, gotLower, spans, ids, ascii := scanMessage(msg, v, nil, nil, nil)
		if want := utf8.ValidString(msg) && len([]rune(msg)) == len(msg); ascii != want {
			t.Fatalf("scan(%q) ascii = %v", msg, ascii)
		}
		lower, words, st := refScan(msg)
		if gotLower != lower || gotLower != strings.ToLower(msg) {
			t.Fatalf("scan(%q).lower = %q, want %q", msg, gotLower, lower)
		}
		got := make([]string, len(spans))
		for k, sp := range spans {
			got[k] = gotLower[sp[0]:sp[1]]
		}
		if !slices.Equal(got, words) {
			t.Fatalf("scan(%q) words %q, want %q", msg, got, words)
		}
		if gotSt != st {
			t.Fatalf("scan(%q) stats %+v, want %+v", msg, gotSt, st)
		}
		for k, w := range words {
			want := int32(0)
			for i, vw := range v.words {
				if vw == w && vw != "" {
					want = int32(i) + 1
				}
			}
			if ids[k] != want {
				t.Fatalf("scan(%q): id of %q is %d, want %d", msg, w, ids[k], want)
			}
		}
	}
}

// TestMessageDetectMatchesReference runs Detect and the reference Detect
// on the same messages, with the real name and spam-text models and with
// extra configured phrases: the reasons must be identical.
func TestMessageDetectMatchesReference(t *testing.T) {
	engines := map[string]*Engine{
		"real models": msgEngine(t),
		"extra phrases": testEngine(t, func(c *Config) {
			c.Lists.SpamPhrases = append(c.Lists.SpamPhrases, "cheap rolex*", "Free Crème", "zzz", "one two three four five six")
			c.Lists.VendorPhrases = append(c.Lists.VendorPhrases, "the website", "naïve", "ÉCOLE derniè*", "社内")
		}, nil),
	}
	// More phrases start with "we" than a vocabulary slot can list.
	var many []string
	for k := range 300 {
		many = append(many, "we sell"+strconv.Itoa(k))
	}
	engines["long phrase lists"] = testEngine(t, func(c *Config) { c.Lists.VendorPhrases = many }, nil)
	msgs := equivMessages(t, scaled(30000))
	for name, e := range engines {
		t.Run(name, func(t *testing.T) {
			d := messageDetector{e}
			ctx := context.Background()
			codes := map[string]int{}
			for _, msg := range msgs {
				in := &Input{Sub: &lead.Submission{Fields: lead.Fields{Message: msg}}, eng: e}
				got, want := d.Detect(ctx, in), refDetect(d, ctx, in)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("Detect(%q) =\n%v\nwant\n%v", msg, got, want)
				}
				for _, r := range got {
					codes[r.Code]++
				}
			}
			// Every reason of the detector must have come up, or the
			// comparison proves little.
			for _, c := range []string{CodeMessageLinks, CodeMarkupInMessage, CodeSuspiciousLink, CodeMessengerContact,
				CodeSpamContent, CodeVendorPitch, CodeAllCaps, CodeUnreadableMessage} {
				if codes[c] < 20 {
					t.Errorf("%s came up %d times", c, codes[c])
				}
			}
			if name == "real models" && codes[CodeSpamModel] < 20 {
				t.Errorf("%s came up %d times", CodeSpamModel, codes[CodeSpamModel])
			}
		})
	}
}

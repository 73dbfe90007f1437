package spamtext

import (
	"bufio"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// featureAlphabet mixes what the tokenizer treats differently: ASCII
// letters, digits and punctuation, every kind of space, accented and
// decomposed letters, other scripts, digits of other scripts, links, email
// addresses and bytes that are not UTF-8.
var featureAlphabet = []string{
	"a", "Z", "q", "0", "7", ".", ",", "@", ":", "/", "-", "'", " ", " ", " ", "\t", "\n", "\r", "\v", "\f",
	"\u0085", "\u00a0", "\u2003", "\u3000", "é", "e\u0301", "\u0301", "ñ", "ß", "İ", "K", "Ж", "ж", "Ω", "山", "한",
	"٣", "١", "🙂", "\xff", "\xc3", "http://x.example/a?b", "www.seo.example", "WWW.", "a@b.co", "x@y", "@b.c",
	"hello", "Crème", "naïve", "12345", "abc123",
}

func randomMessage(r *rand.Rand, maxParts int) string {
	var b strings.Builder
	for range r.IntN(maxParts + 1) {
		b.WriteString(featureAlphabet[r.IntN(len(featureAlphabet))])
	}
	return b.String()
}

// corpusMessages returns the messages of the shipped corpora.
func corpusMessages(t *testing.T) []string {
	t.Helper()
	var msgs []string
	for _, path := range []string{"../../../testdata/corpus/tuning.jsonl", "../../../testdata/corpus/holdout.jsonl", "../../../testdata/backtest/history.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 4<<20)
		for sc.Scan() {
			var line struct {
				Fields map[string]any `json:"fields"`
			}
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				t.Fatal(err)
			}
			for _, v := range line.Fields {
				if s, ok := v.(string); ok && s != "" {
					msgs = append(msgs, s)
				}
			}
		}
		f.Close()
	}
	if len(msgs) < 1000 {
		t.Fatalf("only %d corpus values", len(msgs))
	}
	return msgs
}

func collect(f func(string, uint, func(uint32)) bool, msg string) ([]uint32, bool) {
	var bs []uint32
	ok := f(msg, 18, func(b uint32) { bs = append(bs, b) })
	return bs, ok
}

// TestFeaturesMatchReference holds Features and Margin to the reference
// implementation: the same buckets in the same order, the same
// scorability, and bit-for-bit the same margin.
func TestFeaturesMatchReference(t *testing.T) {
	m := Default()
	msgs := []string{"", " ", "a", "hello world this is five", strings.Repeat("word ", 1200), strings.Repeat("é", 1500) + " x y z w v",
		"Refinance your mortgage at the lowest rates! https://x.example café crème 12345 a@b.co",
		// Chunks of more words than the ASCII fast path buffers.
		strings.Repeat("ab,", 31) + " one two three four", strings.Repeat("ab,", 32) + " one two three four",
		strings.Repeat("ab,", 33) + "c one two three four", strings.Repeat("1-", 40) + " x y z w v",
		strings.Repeat("ab.", 40) + "@x.y one two three four", "www.a.b one two three four five", "mail me: a@b.c d e f g h"}
	msgs = append(msgs, corpusMessages(t)...)
	r := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		msgs = append(msgs, randomMessage(r, 40))
	}
	for _, msg := range msgs {
		got, gotOK := collect(Features, msg)
		want, wantOK := collect(refFeatures, msg)
		if gotOK != wantOK || !slices.Equal(got, want) {
			t.Fatalf("Features(%q) = %v %v, want %v %v", msg, got, gotOK, want, wantOK)
		}
		if g, w := m.Margin(msg), refMargin(m, msg); math.Float64bits(g) != math.Float64bits(w) {
			t.Fatalf("Margin(%q) = %v, want %v", msg, g, w)
		}
	}
}

// asciiWords returns the spans of the maximal runs of ASCII letters and
// digits of msg.
func asciiWords(msg string) [][2]int32 {
	var spans [][2]int32
	start := -1
	for i := 0; i <= len(msg); i++ {
		alnum := i < len(msg) && ('a' <= msg[i]|0x20 && msg[i]|0x20 <= 'z' || '0' <= msg[i] && msg[i] <= '9')
		if alnum && start < 0 {
			start = i
		} else if !alnum && start >= 0 {
			spans = append(spans, [2]int32{int32(start), int32(i)})
			start = -1
		}
	}
	return spans
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestMarginASCIIMatchesReference holds MarginASCII to the reference
// margin, bit for bit, on every ASCII message of the corpora and on random
// ASCII messages built of links, addresses, "www.", punctuation and every
// ASCII space, around and past MaxRunes.
func TestMarginASCIIMatchesReference(t *testing.T) {
	m := Default()
	msgs := []string{"", "a", "one two three four five", "www.x.y a b c d e", "WWW.X a b c d e", "xwww.y a b c d e",
		"a www.b c@d.e f:g h://i j k l m", strings.Repeat("word ", 300), strings.Repeat("w ", 499) + "x.y://z a b c d e",
		strings.Repeat("ab", 500) + "c d e f g h", strings.Repeat(" ", 999) + "a b c d e f", strings.Repeat("x", 999) + " a b c d e f",
		"http://a.b/c?d=e&f=g one two three four five", "mail a@b.co or x@y now please reply soon", "10:30 at 9.5 p.m. a b c"}
	for _, msg := range corpusMessages(t) {
		if isASCII(msg) {
			msgs = append(msgs, msg)
		}
	}
	parts := []string{"a", "Z", "q", "0", "7", ".", ",", "@", ":", "/", "-", "'", " ", "  ", "\t", "\n", "\r", "\v", "\f",
		"http://x.example/a?b", "www.", "WWW.", "www", "seo", "a@b.co", "x@y", "@b.c", "hello", "Click", "12345", "abc123", "::", "//"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		msgs = append(msgs, b.String())
	}
	for range 200 {
		var b strings.Builder
		for b.Len() < 1100 {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		msgs = append(msgs, b.String())
	}
	scored := 0
	for _, msg := range msgs {
		got, want := m.MarginASCII(msg, asciiWords(msg)), refMargin(m, msg)
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("MarginASCII(%q) = %v, want %v", msg, got, want)
		}
		if !math.IsInf(got, -1) {
			scored++
		}
		if p, q := m.SpamProbabilityASCII(msg, asciiWords(msg)), m.SpamProbability(msg); math.Float64bits(p) != math.Float64bits(q) {
			t.Fatalf("SpamProbabilityASCII(%q) = %v, want %v", msg, p, q)
		}
	}
	if scored < 10000 {
		t.Errorf("only %d messages scored: the comparison proves little", scored)
	}
}

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
	for _, path := range []string{"../../testdata/corpus/tuning.jsonl", "../../testdata/corpus/holdout.jsonl", "../../testdata/backtest/history.jsonl"} {
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
		"Refinance your mortgage at the lowest rates! https://x.example café crème 12345 a@b.co"}
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

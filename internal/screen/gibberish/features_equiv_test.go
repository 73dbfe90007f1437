package gibberish

import (
	"bufio"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkFeatures fails when features and featuresRef disagree on s, to the
// bit.
func checkFeatures(t *testing.T, m *Model, s string) {
	t.Helper()
	sum, preds, letters := m.features(s)
	rsum, rpreds, rletters := m.featuresRef(s)
	if math.Float64bits(sum) != math.Float64bits(rsum) || preds != rpreds || letters != rletters {
		t.Fatalf("features(%q) = %v, %d, %d; reference %v, %d, %d", s, sum, preds, letters, rsum, rpreds, rletters)
	}
}

func TestFeaturesMatchReference(t *testing.T) {
	m := Default()
	cases := []string{
		"", " ", "a", "ab", "abc", "María José García-López", "Wojciechowski", "asdfghjkl",
		"Дмитрий Иванов", "山田 太郎", "ab cd ef", "ab  abc  ", "  abc", "abc 山田 def",
		"José\u0301 Müller", "שָׁלוֹם", "محمد\u064E", "a\xffbcd", "\xff\xfe", "O'Neil-Smith Jr.",
		"x山yz abcd", "abc\u0300\u0300d", "Nguyễn Văn Anh", "ΑΛΕΞΑΝΔΡΟΣ", "ჯორჯი", "abc1def",
		strings.Repeat("abcdefg ", 40), strings.Repeat("x", 200), strings.Repeat("\u0301", 300) + "abcd",
		strings.Repeat("a", 127) + " bcd", strings.Repeat("a", 126) + " bcd", strings.Repeat("a", 125) + " bcd",
		strings.Repeat("ab ", 42) + "abcd", strings.Repeat("é", 130),
	}
	for _, s := range cases {
		checkFeatures(t, m, s)
	}
	for _, s := range identCorpusNames(t, 5000) {
		checkFeatures(t, m, s)
	}
	// The training lists: names of many scripts.
	paths, _ := filepath.Glob("data/*/*")
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for n := 0; sc.Scan() && n < 300; n++ {
			checkFeatures(t, m, sc.Text())
		}
		f.Close()
	}
}

func TestFeaturesMatchReferenceRandom(t *testing.T) {
	m := Default()
	// Letters the model knows and does not, separators, dropped marks,
	// unscored scripts, bytes that are not UTF-8, and runes past foldLimit.
	alphabet := []string{
		"a", "b", "e", "k", "z", "Q", "É", "ß", "ø", "д", "Ж", "λ", "ש", "م", "ह", "ก", "ე", "ễ",
		" ", "-", ".", "'", "1", "\t", "\u0301", "\u05B0", "\u064E", "\u0640", "山", "か", "한",
		"\xff", "\xc3", "𝔸", "\u200d", "ǅ", "ꙮ",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		n := r.IntN(40)
		if r.IntN(50) == 0 {
			n = 100 + r.IntN(120) // past MaxRunes
		}
		for range n {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		checkFeatures(t, m, b.String())
	}
}

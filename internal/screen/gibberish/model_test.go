package gibberish

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mustPass are real names and words that must never be flagged.
var mustPass = []string{
	"Nguyễn Thị Ánh", "山田 太郎", "Дмитрий Иванов", "Siobhán O'Brien", "Al Li",
	"María José García-López", "Zoë Ødegård", "李小龙", "محمد أحمد", "Παναγιώτης",
	"Kowalczyk", "Wojciechowski", "Nkemelu", "Ng", "O",
	// More hard real names: consonant clusters, short names, other scripts.
	"Szczepański", "Brzęczyszczykiewicz", "Przybylski", "Tkachenko", "Xu Zhang",
	"Nguyen Van Phuc", "Mkhize", "Tshabalala", "Oyelaran", "Chukwuemeka",
	"Aoife Ní Bhriain", "Llywelyn", "Grzegorz Brzęczek", "Şükrü Öztürk",
	"Võ Nguyên Giáp", "Jürgen Müller", "Björk Guðmundsdóttir", "Ηλίας Παπαδόπουλος",
	"Ярослав Шевченко", "שרה כהן", "فاطمة الزهراء", "अमित शर्मा", "김민준",
	"სოფო ბერიძე", "Արամ Պետրոսյան", "สมชาย ใจดี", "Acme Logistics GmbH",
	"Hoang", "Thuy", "Yoshida", "Rhys", "Wrzesniewski", "Lloyd", "Dzhokhar",
	"Sales Director", "ꦱꦸꦠꦂꦗ", "Hernández Ruiz",
	// Company names with legal-form abbreviations.
	"Nxumalo CC", "Müller GmbH", "Smith LLC", "Rossi S.p.A.", "Zulu Ltd",
}

// mustFlag are keyboard mash and random letters that must be flagged.
var mustFlag = []string{
	"asdfghjkl", "qwertyuiop", "xjqzkvw", "dfgdfgdfg", "hjkhjk lkjlkj",
	"zxcvbnm", "ajsdhfkjashdf",
	"Asdf Asdf", "sdfsdfsdf", "qwerty qwerty", "fjfjfjfj", "lkjhlkjh",
	"фывапролдж", "jkljkljkl", "Xcvbxcvb",
}

func TestDefaultMustPass(t *testing.T) {
	m := Default()
	for _, s := range mustPass {
		t.Run(s, func(t *testing.T) {
			if sc := m.Score(s); sc >= Threshold || m.IsGibberish(s) {
				t.Errorf("Score(%q) = %.3f, want < %.2f (real name flagged)", s, sc, Threshold)
			}
		})
	}
}

func TestDefaultMustFlag(t *testing.T) {
	m := Default()
	for _, s := range mustFlag {
		t.Run(s, func(t *testing.T) {
			if sc := m.Score(s); sc < Threshold || !m.IsGibberish(s) {
				t.Errorf("Score(%q) = %.3f, want >= %.2f (mash not flagged)", s, sc, Threshold)
			}
		})
	}
}

func TestShortAndUnscored(t *testing.T) {
	m := Default()
	for _, s := range []string{"", "   ", "xq", "zzz", "q-x", "12345", "!!!", "xjq", "山田太郎山田太郎", "ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ", "sd fg hj", "J. R. R."} {
		if sc := m.Score(s); sc != 0 {
			t.Errorf("Score(%q) = %.3f, want 0 (too short, only 1-2 letter words, or unscored script)", s, sc)
		}
	}
}

func TestScoreRangeAndNormalization(t *testing.T) {
	m := Default()
	cases := []struct{ a, b string }{
		{"García", "GARCÍA"},
		{"García", "Garci\u0301a"}, // NFD input scores like NFC
		{"asdfgh", "ASDFGH"},
	}
	for _, c := range cases {
		sa, sb := m.Score(c.a), m.Score(c.b)
		if sa < 0 || sa > 1 || sb < 0 || sb > 1 {
			t.Errorf("scores out of range: %q=%v %q=%v", c.a, sa, c.b, sb)
		}
		if d := sa - sb; d > 1e-9 || d < -1e-9 {
			t.Errorf("Score(%q)=%.4f differs from Score(%q)=%.4f", c.a, sa, c.b, sb)
		}
	}
	if m.Score("Katarzyna") >= m.Score("Kqtxrzvna") {
		t.Errorf("a real name should score below its mangled form")
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	m := Default()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatalf("WriteTo: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("WriteTo of the embedded model gives %d bytes that differ from model.bin (%d bytes)", buf.Len(), len(embedded))
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for _, s := range append(append([]string{}, mustPass...), mustFlag...) {
		if a, b := m.Score(s), m2.Score(s); a != b {
			t.Errorf("round trip changed Score(%q): %v -> %v", s, a, b)
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestTrainSmall(t *testing.T) {
	genuine := TrainingSet{Texts: []string{"anna", "maria", "marta", "hanna", "joanna", "tomasz", "adam", "marek", "jan", "ewa"}}
	// Mash over the same letters, so every letter is scored.
	mash := TrainingSet{Texts: []string{"zkwjdt", "wjzktd", "kdzwjt", "jtwzkd", "dzjkwt"}}
	m := Train(genuine, mash)
	var samples []Sample
	for _, s := range []string{"marianna", "annamaria", "tomasz adam"} {
		samples = append(samples, Sample{Text: s})
	}
	for _, s := range []string{"zwkjtd", "kjwdzt", "twjzdk"} {
		samples = append(samples, Sample{Text: s, Mash: true})
	}
	m.Calibrate(samples, 1)
	if a, b := m.Score("marianna"), m.Score("wzkdjt"); a >= b || a >= Threshold || b < Threshold {
		t.Errorf("toy model: Score(marianna)=%.3f, Score(wzkdjt)=%.3f; want low and high", a, b)
	}
}

func BenchmarkScore(b *testing.B) {
	m := Default()
	for _, s := range []string{"María José García-López", "Wojciechowski", "asdfghjkl", "Дмитрий Иванов", "山田 太郎"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.Score(s)
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// ExampleModel_Score shows typical scores.
func ExampleModel_Score() {
	m := Default()
	fmt.Println(m.IsGibberish("Wojciechowski"), m.IsGibberish("asdfghjkl"))
	// Output: false true
}

// TestHeldOutNames scores the first and last names that the extractor set
// aside for the labeled corpus, which the model never saw in training.
func TestHeldOutNames(t *testing.T) {
	files, err := filepath.Glob("../../../testdata/corpus/sources/names/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out name lists found: %v", err)
	}
	m := Default()
	var total, flagged int
	var examples []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			kind, name, ok := strings.Cut(line, "\t")
			if !ok || (kind != "first" && kind != "last") {
				continue
			}
			total++
			if m.IsGibberish(name) {
				flagged++
				if len(examples) < 20 {
					examples = append(examples, fmt.Sprintf("%s:%s=%.2f", filepath.Base(f), name, m.Score(name)))
				}
			}
		}
	}
	rate := float64(flagged) / float64(total)
	t.Logf("held-out names flagged: %d/%d (%.3f%%) %v", flagged, total, 100*rate, examples)
	if total < 5000 || rate > 0.005 {
		t.Errorf("held-out names flagged: %d/%d (%.3f%%), want at most 0.5%%: %v", flagged, total, 100*rate, examples)
	}
}

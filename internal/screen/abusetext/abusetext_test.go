package abusetext

import (
	"bytes"
	"math"
	"testing"
)

// The messages here are written for the test, not taken from the
// labelled sets: abuse in several languages and scripts, and genuine
// enquiries, complaints and quotations of abuse.
func TestProbability(t *testing.T) {
	m := Default()
	for _, tc := range []struct {
		msg   string
		abuse bool
	}{
		{"You are all worthless scammers, rot in hell.", true},
		{"Ihr seid erbärmliche Betrüger, verschwindet.", true},
		{"Vous êtes des escrocs minables.", true},
		{"Son unos estafadores de mierda.", true},
		{"Вы жалкие мошенники, идите к чёрту.", true},
		{"你们这帮骗子，去死吧", true},
		{"Hello, could you send pricing for 25 seats on the annual plan?", false},
		{"Guten Tag, wir hätten gerne ein Angebot für 40 Benutzer.", false},
		{"Bonjour, pouvez-vous nous faire une démonstration jeudi ?", false},
		{"Hola, queremos conocer los precios de su plan para 15 usuarios.", false},
		{"Здравствуйте, пришлите, пожалуйста, коммерческое предложение.", false},
		{"您好，我们想了解贵公司产品的价格。", false},
	} {
		p := m.Probability(tc.msg)
		if math.IsNaN(p) || p < 0 || p > 1 || (p >= 0.5) != tc.abuse {
			t.Errorf("Probability(%q) = %.3f, want abuse %v", tc.msg, p, tc.abuse)
		}
	}
	if p := m.Probability("12345 !!!"); p != 0 {
		t.Errorf("a message without letters scores %.3f, want 0", p)
	}
}

func TestFeatures(t *testing.T) {
	collect := func(msg string) map[uint32]int {
		got := map[uint32]int{}
		n := Features(msg, 18, func(b uint32) { got[b]++ })
		total := 0
		for _, c := range got {
			total += c
		}
		if n != total {
			t.Errorf("%q: Features returned %d, visited %d", msg, n, total)
		}
		return got
	}
	same := func(a, b map[uint32]int) bool {
		if len(a) != len(b) {
			return false
		}
		for k, c := range a {
			if b[k] != c {
				return false
			}
		}
		return true
	}
	// Case, full-width letters and the characters between words do not
	// matter; the letters do.
	if !same(collect("You Idiots!!"), collect("you idiots")) {
		t.Error("case and punctuation change the features")
	}
	if !same(collect("ｉｄｉｏｔｓ"), collect("idiots")) {
		t.Error("full-width letters read differently from ASCII")
	}
	if same(collect("idiots"), collect("pilots")) {
		t.Error("different words give the same features")
	}
	for _, msg := range []string{"", "!!!", "1234"} {
		if n := Features(msg, 18, func(uint32) {}); n != 0 {
			t.Errorf("%q: %d features, want none", msg, n)
		}
	}
	if n := Features("骗子", 18, func(uint32) {}); n == 0 {
		t.Error("a Chinese word has no features")
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	w := make([]float32, 1<<10)
	for i := range w {
		w[i] = float32(i%7) - 3
	}
	m, err := NewModel(-0.5, w)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	l, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, msg := range []string{"you scammers", "a demo please", "骗子"} {
		a, b := m.Probability(msg), l.Probability(msg)
		if math.Abs(a-b) > 1e-3 {
			t.Errorf("%q: %.5f before writing, %.5f after loading", msg, a, b)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("NOTAMODELxxxxxxxxxxxxxxxxxxxxxxx"),
		"truncated": append([]byte(magic), 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2),
	} {
		if _, err := Load(data); err == nil {
			t.Errorf("%s: loaded, want an error", name)
		}
	}
	if _, err := NewModel(0, make([]float32, 3)); err == nil {
		t.Error("NewModel took 3 weights, want an error")
	}
}

package spamtext

import (
	"bytes"
	"compress/gzip"
	"math"
	"slices"
	"testing"
)

func TestSpamProbability(t *testing.T) {
	m := Default()
	tests := []struct {
		name     string
		msg      string
		min, max float64
	}{
		// Bulk spam not taken from the corpus: written for this test.
		{"insurance", "Cut your life insurance premiums in half today! Compare term life quotes from top rated carriers, no medical exam required. Click here to get your free quote now and save money.", 0.97, 1},
		{"cash offer", "Dear friend, you have been selected to receive a cash bonus of $500. Act now, this limited time offer expires soon. To be removed from our mailing list reply with remove in the subject.", 0.97, 1},
		{"mortgage", "Refinance your mortgage at the lowest rates in years! Approved in minutes even with bad credit. Fill out our quick form and lenders will compete for your business.", 0.97, 1},
		{"advance fee", "I am the son of the late minister and I need your assistance to transfer the sum of 25 million US dollars to your bank account. You will receive 30% of the total sum for your help.", 0.9, 1},
		// Genuine B2B enquiries, several languages.
		{"en pricing", "Hello, we are evaluating tools for our support team of 25 agents. Could you send pricing for the annual plan and tell us whether SSO is included?", 0, 0.5},
		{"en demo", "Hi, I'd like to book a demo next week for our operations team. We currently use spreadsheets and want to move to something better.", 0, 0.5},
		{"de", "Guten Tag, wir interessieren uns für Ihre Lösung und hätten gerne ein Angebot für 40 Benutzer. Können Sie uns auch die Integration mit SAP erklären?", 0, 0.5},
		{"fr", "Bonjour, nous souhaitons obtenir une démonstration de votre plateforme pour notre équipe commerciale. Merci de nous indiquer vos disponibilités.", 0, 0.5},
		{"es", "Hola, somos una empresa de logística en Valencia y queremos conocer los precios de su plan para 15 usuarios. Gracias.", 0, 0.5},
		{"pt", "Olá, gostaríamos de receber uma proposta comercial para a nossa equipe de vendas com 30 pessoas. Obrigado.", 0, 0.5},
		// Not scored.
		{"short", "Please send pricing.", 0, 0},
		{"empty", "", 0, 0},
		{"russian", "Здравствуйте, мы хотели бы получить коммерческое предложение для нашей команды из двадцати человек.", 0, 0},
		{"chinese", "您好，我们公司想了解贵公司产品的价格和试用方式，请尽快联系我们。谢谢！", 0, 0},
		{"arabic", "مرحبا، نود الحصول على عرض سعر لفريق المبيعات لدينا المكون من عشرين شخصا.", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := m.SpamProbability(tc.msg)
			if p < tc.min || p > tc.max || math.IsNaN(p) {
				t.Errorf("SpamProbability(%.40q) = %.4f, want in [%g, %g]", tc.msg, p, tc.min, tc.max)
			}
		})
	}
}

func TestSpamProbabilityDeterministic(t *testing.T) {
	m := Default()
	msg := "Earn extra income from home with our proven business opportunity, no experience needed."
	p := m.SpamProbability(msg)
	for range 100 {
		if q := m.SpamProbability(msg); q != p {
			t.Fatalf("SpamProbability changed: %v then %v", p, q)
		}
	}
	if Default() != m {
		t.Fatal("Default returned a different model")
	}
}

func TestFeaturesFoldAndSkip(t *testing.T) {
	collect := func(s string) ([]uint32, bool) {
		var f []uint32
		ok := Features(s, 18, func(b uint32) { f = append(f, b) })
		return f, ok
	}
	a, okA := collect("Café Über Straße résumé naïve déjà")
	b, okB := collect("cafe uber straße resume naive deja")
	if !okA || !okB || len(a) != len(b) {
		t.Fatalf("got %d/%v and %d/%v features", len(a), okA, len(b), okB)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("accented and folded text differ at feature %d", i)
		}
	}
	// Links, emails and numbers are classes: different values, same features.
	x, _ := collect("write to bob@example.com or see https://a.example/x call 5551234 now please")
	y, _ := collect("write to ann@test.org or see www.other.example call 42 now please")
	if len(x) != len(y) {
		t.Fatalf("feature counts differ: %d vs %d", len(x), len(y))
	}
	for i := range x {
		if x[i] != y[i] {
			t.Fatalf("link/email/number features differ at %d", i)
		}
	}
	for _, s := range []string{"one two three four", "", "Здравствуйте мы хотели бы получить предложение ok"} {
		if _, ok := collect(s); ok {
			t.Errorf("Features(%q) scorable, want not", s)
		}
	}
	if _, ok := collect("one two three four five"); !ok {
		t.Error("five words not scorable")
	}
	for _, f := range a {
		if f >= 1<<18 {
			t.Fatalf("bucket %d out of range", f)
		}
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	w := make([]float32, 1<<6)
	for i := range w {
		w[i] = float32(i-32) / 10
	}
	m, err := NewModel(-0.5, w)
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2 bytes.Buffer
	if err := m.Write(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m.Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("Write is not deterministic")
	}
	l, err := Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if l.Bits() != 6 || l.Bias() != -0.5 {
		t.Fatalf("bits %d bias %v", l.Bits(), l.Bias())
	}
	for i := range w {
		if d := math.Abs(float64(l.Weight(uint32(i)) - w[i])); d > 3.2/32767+1e-6 {
			t.Fatalf("weight %d: %v, want %v", i, l.Weight(uint32(i)), w[i])
		}
	}
	msg := "this is a plain test message with some words"
	if a, b := m.SpamProbability(msg), l.SpamProbability(msg); math.Abs(a-b) > 1e-3 {
		t.Fatalf("probabilities differ after round trip: %v vs %v", a, b)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(bytes.NewReader([]byte("not a model at all"))); err == nil {
		t.Error("Load accepted data without the model header")
	}
	if _, err := Load(bytes.NewReader([]byte{0x1f, 0x8b, 1, 2, 3})); err == nil {
		t.Error("Load accepted broken gzip data")
	}
	if _, err := NewModel(0, make([]float32, 3)); err == nil {
		t.Error("NewModel accepted 3 weights")
	}
	var b bytes.Buffer
	m, _ := NewModel(0, make([]float32, 16))
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	raw := b.Bytes()
	if _, err := Load(bytes.NewReader(raw[:len(raw)/2])); err == nil {
		t.Error("Load accepted a truncated model")
	}
	if _, err := Load(bytes.NewReader(append(slices.Clone(raw), 0))); err == nil {
		t.Error("Load accepted trailing data after the weights")
	}
}

// TestLoadGzip checks that a gzip-compressed model, as earlier versions
// wrote them, loads to the same weights as the uncompressed one.
func TestLoadGzip(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write(embedded); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	fromGzip, err := Load(&z)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Load(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	for _, m := range []*Model{fromGzip, plain} {
		if m.Bits() != d.Bits() || m.Bias() != d.Bias() || !slices.Equal(weights(m), weights(d)) {
			t.Fatal("a loaded model differs from the embedded one")
		}
	}
	var out bytes.Buffer
	if err := d.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), embedded) {
		t.Error("writing the embedded model does not give back model.bin")
	}
}

// weights lists every weight of m.
func weights(m *Model) []float32 {
	w := make([]float32, 1<<m.Bits())
	for i := range w {
		w[i] = m.Weight(uint32(i))
	}
	return w
}

// BenchmarkDefaultModel is what a cold start pays for the embedded model.
func BenchmarkDefaultModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSpamProbability(b *testing.B) {
	m := Default()
	msgs := []string{
		"Hello, we are evaluating tools for our support team of 25 agents. Could you send pricing for the annual plan and tell us whether SSO is included?",
		"Guten Tag, wir interessieren uns für Ihre Lösung und hätten gerne ein Angebot für 40 Benutzer.",
		"Dear friend, you have been selected to receive a cash bonus of $500. Act now, this limited time offer expires soon. To be removed from our mailing list reply with remove.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.SpamProbability(msgs[i%len(msgs)])
	}
}

package domains

import (
	"strings"
	"testing"
)

// classifyInputs returns a sample of every list with variants that exercise
// normalization, subdomains, TLD typos and near-misses of popular domains,
// plus edge cases.
func classifyInputs() []string {
	l := get()
	var base []string
	i := 0
	for tld, names := range disposableDomains().groups {
		for n := range strings.Lines(names) {
			n = strings.TrimSuffix(n, "\n")
			// A sample of the disposable list keeps the test quick on two cores.
			if i++; i%97 == 0 {
				base = append(base, n+"."+tld)
			}
		}
	}
	for d := range l.freemail {
		base = append(base, d)
	}
	for n := range l.freemailNames {
		base = append(base, n+".com", n+".co.uk", n+".acme.com")
	}
	base = append(base, l.popular...)
	out := []string{
		"", " ", ".", "..", "com", "co.uk", "localhost", "example.com", "mail.example.org", "notexample.com",
		"example.com.evil.io", "home.arpa", "x.home.arpa", "acme.test", "acme.local", "acme.internal", "[192.0.2.1]",
		"192.0.2.1", "1.2.3", "1.2.3.4.5", "1234.2.3.4", "acme.con", "acme.cmo", "gmail.con", "gmial.com",
		"hotmial.com", "yahooo.com", "outlok.com", "GMAIL.COM", "gmail.com.", "gmail.com..", "x@gmail.com",
		"user@ gmail.com", " gmail.com ", "northwind-traders.com", "brandt-maschinenbau.de", "ÜBER.de", "xn--bcher-kva.de",
		"a.b.c.d.e.f.mailinator.com", "mailinator.com.evil.io", "0-mailer.dynv6.net", "dynv6.net", "hotmail.work",
	}
	for _, d := range base {
		out = append(out, d, "sub."+d, strings.ToUpper(d), d+".", "someone@"+d, d[1:])
		if j := strings.LastIndexByte(d, '.'); j > 0 {
			out = append(out, d[:j]+".con", d[:j]+".ogr")
		}
		if len(d) > 3 {
			out = append(out, d[:1]+d[2:], d[:1]+d[2:3]+d[1:2]+d[3:]) // deletion, transposition
		}
	}
	return out
}

// TestClassifyAgrees holds Classify to the individual functions over
// samples of the embedded lists and variants of them.
func TestClassifyAgrees(t *testing.T) {
	n, sugg, disp, free, res := 0, 0, 0, 0, 0
	for _, d := range classifyInputs() {
		got := Classify(d)
		s, ok := Suggest(d)
		want := Info{Domain: Normalize(d), Disposable: IsDisposable(d), FreeMail: IsFreeMail(d), Reserved: IsReserved(d), Suggestion: s}
		if got != want || ok != (s != "") {
			t.Fatalf("Classify(%q) = %+v, want %+v (suggest ok %v)", d, got, want, ok)
		}
		n++
		sugg += btoi(got.Suggestion != "")
		disp += btoi(got.Disposable)
		free += btoi(got.FreeMail)
		res += btoi(got.Reserved)
	}
	// The inputs must exercise every answer, or agreement proves little.
	if sugg < 20 || disp < 1000 || free < 100 || res < 10 {
		t.Errorf("over %d inputs: %d suggestions, %d disposable, %d free, %d reserved: too few", n, sugg, disp, free, res)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestClassify(t *testing.T) {
	cases := []struct {
		in   string
		want Info
	}{
		{"Gmail.com", Info{Domain: "gmail.com", FreeMail: true}},
		{"gmial.com", Info{Domain: "gmial.com", Disposable: true, Suggestion: "gmail.com"}},
		{"x.mailinator.com", Info{Domain: "x.mailinator.com", Disposable: true}},
		{"acme.con", Info{Domain: "acme.con", Suggestion: "acme.com"}},
		{"mail.example.com", Info{Domain: "mail.example.com", Reserved: true}},
		{"northwind-traders.com", Info{Domain: "northwind-traders.com"}},
		{"sohu.com", Info{Domain: "sohu.com", FreeMail: true}},
		{"hotmail.work", Info{Domain: "hotmail.work", Disposable: true}},
		{"Bücher.de.", Info{Domain: "bücher.de"}},
		{"", Info{Reserved: true}},
		{"localhost", Info{Domain: "localhost", Reserved: true}},
	}
	for _, c := range cases {
		if got := Classify(c.in); got != c.want {
			t.Errorf("Classify(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	b.ReportAllocs()
	get()
	disposableDomains()
	for b.Loop() {
		Classify("northwind-traders.com")
	}
}

// BenchmarkClassifyMiss classifies distinct company domains, as a file of
// many senders does: the typo search and the public suffix lookup.
func BenchmarkClassifyMiss(b *testing.B) {
	ds := []string{"northwind-traders.com", "riverside.co.id", "brandt-maschinenbau.de", "acme-robotics.io", "gmial.com",
		"contoso.co.uk", "fabrikam.com.au", "tailspin-toys.fr", "wingtip.nl", "adventure-works.com"}
	b.ReportAllocs()
	get()
	disposableDomains()
	i := 0
	for b.Loop() {
		Classify(ds[i])
		if i++; i == len(ds) {
			i = 0
		}
	}
}

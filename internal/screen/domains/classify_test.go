package domains

import (
	"strings"
	"testing"
)

// classifyInputs returns every listed domain with variants that exercise
// normalization, subdomains, TLD typos and near-misses of popular domains,
// plus edge cases.
func classifyInputs() []string {
	l := get()
	var base, out0 []string
	i := 0
	for d := range l.disposable {
		// Every disposable domain as is, variants of a sample of them (to
		// keep the test quick on two cores) and of every other entry.
		if i++; i%7 != 0 {
			out0 = append(out0, d)
			continue
		}
		base = append(base, d)
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
		"a.b.c.d.e.f.mailinator.com", "mailinator.com.evil.io", "0-mailer.dynv6.net", "dynv6.net",
	}
	out = append(out, out0...)
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

// TestClassifyAgrees holds Classify to the individual functions over the
// whole embedded lists and variants of them.
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
		{"", Info{Reserved: true}},
		{"localhost", Info{Domain: "localhost", Reserved: true}},
	}
	for _, c := range cases {
		if got := Classify(c.in); got != c.want {
			t.Errorf("Classify(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

// TestRoleAndReservedMatchReference compares the allocation-free
// IsRoleAccount and IsReserved with their straightforward versions.
func TestRoleAndReservedMatchReference(t *testing.T) {
	locals := []string{"", "+", ".", "info", "INFO", "info2", "no_reply", "No-Reply+x", "info.sales", "support-team",
		"info..sales", "maria.garcia", "sales.maria", "j", "x@y", "info@acme.com", "in\xffo", "info.\xff", "a_b_c", "123", "info+sales.x"}
	for r := range get().role {
		locals = append(locals, r, strings.ToUpper(r), r+"1", r+"."+r, r+"_x", "x-"+r, r+"+tag", r+".team")
	}
	for _, s := range locals {
		if got, want := IsRoleAccount(s), refIsRoleAccount(s); got != want {
			t.Errorf("IsRoleAccount(%q) = %v, want %v", s, got, want)
		}
	}
	for _, d := range classifyInputs() {
		if got, want := IsReserved(d), refIsReserved(d); got != want {
			t.Errorf("IsReserved(%q) = %v, want %v", d, got, want)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	b.ReportAllocs()
	get()
	for b.Loop() {
		Classify("northwind-traders.com")
	}
}

// BenchmarkSeparateQuestions asks what Classify answers one function at a
// time, as screening did before Classify.
func BenchmarkSeparateQuestions(b *testing.B) {
	b.ReportAllocs()
	get()
	for b.Loop() {
		d := "northwind-traders.com"
		_, _, _ = IsReserved(d), IsDisposable(d), IsFreeMail(d)
		_, _ = Suggest(d)
	}
}

// TestOSARowsReuse checks that reusing the rows across calls, as
// nearestPopular does, answers like fresh rows would.
func TestOSARowsReuse(t *testing.T) {
	inputs := classifyInputs()
	var rows osaRows
	for i, a := range inputs {
		if i%13 != 0 {
			continue
		}
		for _, b := range get().popular {
			for limit := 1; limit <= 2; limit++ {
				var fresh osaRows
				if got, want := rows.distance(a, b, limit), fresh.distance(a, b, limit); got != want {
					t.Fatalf("reused rows: distance(%q, %q, %d) = %d, fresh rows %d", a, b, limit, got, want)
				}
			}
		}
	}
}

package domains

import "testing"

func TestIsDisposable(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"mailinator.com", true},
		{"MAILINATOR.COM", true},
		{"mailinator.com.", true},
		{"x.mailinator.com", true},
		{"a.b.mailinator.com", true},
		{"user@guerrillamail.com", true},
		{"0-mailer.dynv6.net", true},      // listed under a dynamic-DNS parent
		{"x.0-mailer.dynv6.net", true},    // its subdomain
		{"dynv6.net", false},              // never the listed domain's parent
		{"other.dynv6.net", false},        // nor a sibling
		{"mailinator.com.evil.io", false}, // listed name as a label elsewhere
		{"gmail.com", false},
		{"acme.co.uk", false},
		{"co.uk", false},
		{"", false},
		{"com", false},
	}
	for _, c := range cases {
		if got := IsDisposable(c.in); got != c.want {
			t.Errorf("IsDisposable(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestIsFreeMail(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"gmail.com", true},
		{"GMail.com", true},
		{"yahoo.co.uk", true}, // "yahoo.*" under a multi-part suffix
		{"yahoo.fr", true},
		{"hotmail.de", true},
		{"web.de", true},
		{"qq.com", true},
		{"naver.com", true},
		{"proton.me", true},
		{"yahoo.acme.com", false}, // "yahoo" is a subdomain label here
		{"acme.com", false},
		{"mailinator.com", false},
		{"gmail.co", false},
		{"", false},
	}
	for _, c := range cases {
		if got := IsFreeMail(c.in); got != c.want {
			t.Errorf("IsFreeMail(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestIsRoleAccount(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"info", true},
		{"INFO", true},
		{"sales", true},
		{"no-reply", true},
		{"no_reply", true},
		{"noreply", true},
		{"No.Reply", true},
		{"info.sales", true},
		{"support-team", true},
		{"sales+web", true},
		{"sales2", true},
		{"info@acme.com", true},
		{"postmaster", true},
		{"john", false},
		{"john.sales", false},
		{"jane.doe", false},
		{"salesforce", false},
		{"informatics", false},
		{"", false},
		{"+", false},
	}
	for _, c := range cases {
		if got := IsRoleAccount(c.in); got != c.want {
			t.Errorf("IsRoleAccount(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestIsReserved(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"example.com", true},
		{"mail.example.com", true},
		{"example.net", true},
		{"example.org", true},
		{"foo.test", true},
		{"foo.example", true},
		{"foo.invalid", true},
		{"foo.localhost", true},
		{"printer.local", true},
		{"localhost", true},
		{"intranet", true},
		{"", true},
		{"[127.0.0.1]", true},
		{"10.0.0.1", true},
		{"examples.com", false},
		{"myexample.com", false},
		{"acme.com", false},
		{"gmail.com", false},
		{"testing.io", false},
	}
	for _, c := range cases {
		if got := IsReserved(c.in); got != c.want {
			t.Errorf("IsReserved(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	cases := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"gmial.com", "gmail.com", true},
		{"gmail.con", "gmail.com", true},
		{"gmail.cmo", "gmail.com", true},
		{"gmai.com", "gmail.com", true},
		{"gmaill.com", "gmail.com", true},
		{"hotmial.com", "hotmail.com", true},
		{"yaho.com", "yahoo.com", true},
		{"yahooo.com", "yahoo.com", true},
		{"outlok.com", "outlook.com", true},
		{"Outlook.con", "outlook.com", true},
		{"protonmial.com", "protonmail.com", true},
		{"googlemial.con", "googlemail.com", true}, // TLD typo plus a swap
		{"iclod.com", "icloud.com", true},
		{"acme.con", "acme.com", true}, // non-existent TLD on any domain
		{"acme.ogr", "acme.org", true},
		// Never for a popular, free-mail, disposable, reserved or ordinary domain.
		{"gmail.com", "", false},
		{"hotmail.co.uk", "", false},
		{"mail.com", "", false},  // real provider, one edit from gmail.com
		{"ymail.com", "", false}, // real provider
		{"aol.de", "", false},
		{"mailinator.com", "", false},
		{"guerrillamail.com", "", false}, // disposable, not a typo
		{"example.com", "", false},
		{"acme.com", "", false},
		{"gmail.co.uk.acme", "", false},
		{"ao.com", "", false}, // short popular domains only via TLD typos
		{"localhost", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := Suggest(c.in)
		if got != c.want || ok != c.wantOK {
			t.Errorf("Suggest(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.wantOK)
		}
	}
}

func TestTypoSquatsAreDisposableToo(t *testing.T) {
	for _, d := range []string{"gmial.com", "hotmial.com"} {
		s, ok := Suggest(d)
		if !IsDisposable(d) || !ok || s == "" {
			t.Errorf("%s: IsDisposable=%v Suggest=%q,%v; want a listed typo-squat with a suggestion", d, IsDisposable(d), s, ok)
		}
	}
}

func TestOSADistance(t *testing.T) {
	cases := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"gmail.com", "gmail.com", 2, 0},
		{"gmial.com", "gmail.com", 2, 1},
		{"gmal.com", "gmail.com", 2, 1},
		{"gmail.cmo", "gmail.com", 2, 1},
		{"ca", "abc", 3, 3}, // restricted: no edit after a transposition
		{"hotmail.com", "yahoo.com", 2, 3},
	}
	for _, c := range cases {
		if got := osaDistance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("osaDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestListsLoaded(t *testing.T) {
	l := get()
	if len(l.disposable) < 1000 {
		t.Errorf("disposable list has %d entries, want thousands", len(l.disposable))
	}
	// No domain may be both free mail and disposable.
	for d := range l.freemail {
		if _, ok := l.disposable[d]; ok {
			t.Errorf("%s is listed as both free mail and disposable", d)
		}
	}
	for _, p := range l.popular {
		if _, ok := l.disposable[p]; ok {
			t.Errorf("popular domain %s is listed as disposable", p)
		}
	}
}

func BenchmarkIsDisposable(b *testing.B) {
	b.ReportAllocs()
	get()
	for b.Loop() {
		IsDisposable("x.y.mailinator.com")
	}
}

func BenchmarkSuggest(b *testing.B) {
	b.ReportAllocs()
	get()
	for b.Loop() {
		Suggest("hotmial.com")
	}
}

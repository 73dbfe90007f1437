package domains

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsDisposable(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"mailinator.com", true},
		{"MAILINATOR.COM", true},  // upper case
		{"mailinator.com.", true}, // trailing dot
		{" Mailinator.Com. ", true},
		{"x.mailinator.com", true}, // subdomains of a listed domain
		{"a.b.mailinator.com", true},
		{"user@guerrillamail.com", true},
		{"0-mailer.dynv6.net", true},      // listed under a dynamic-DNS zone that is a public suffix
		{"x.0-mailer.dynv6.net", true},    // its subdomain
		{"dynv6.net", false},              // never the listed domain's parent
		{"other.dynv6.net", false},        // nor a sibling
		{"mailinator.com.evil.io", false}, // listed name as a label elsewhere
		// Wildcard entries: every subdomain, not the domain itself
		// unless it is listed too. zapto.org and ddns.net are public
		// suffixes (dynamic-DNS zones), so only a wildcard reaches their
		// subdomains.
		{"anything.zapto.org", true},
		{"a.b.ddns.net", true},
		{"zapto.org", true},
		{"x.solidplai.us", true},
		{"solidplai.us", false},
		{"sub.33mail.com", true},
		{"33mail.com", true},
		// Internationalized domains, in Unicode or punycode.
		{"instágram.com", true},
		{"xn--instgram-cza.com", true},
		{"INSTÁGRAM.COM.", true},
		{"gmaıl.net", true}, // dotless i
		{"xn--gmal-nza.net", true},
		{"bücher.de", false},
		{"xn--bcher-kva.de", false},
		// Real providers and companies some lists carry.
		{"sohu.com", false},
		{"vip.sohu.com", false},
		{"139.com", false},
		{"189.cn", false},
		{"yeah.net", false},
		{"freemail.hu", false},
		{"asics.com", false},
		{"yandex.net", false},
		{"example.com", false}, // reserved, not disposable
		{"berkshirehealthcare.nhs.uk", false},
		{"gmail.com", false},
		{"acme.co.uk", false},
		{"co.uk", false},
		{"", false},
		{".", false},
		{"com", false},
	}
	for _, c := range cases {
		if got := IsDisposable(c.in); got != c.want {
			t.Errorf("IsDisposable(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestCanonical(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Gmail.COM.", "gmail.com"},
		{"someone@Bücher.de", "xn--bcher-kva.de"},
		{"xn--bcher-kva.de", "xn--bcher-kva.de"},
		{"ÜBER.de", "xn--ber-goa.de"},
		{" acme.io ", "acme.io"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Canonical(c.in); got != c.want {
			t.Errorf("Canonical(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestParseDisposable reads a small list in the grouped format: comments
// before the groups, wildcards, a subdomain entry, a missing final newline.
func TestParseDisposable(t *testing.T) {
	l := parseDisposable(`# comment
stray-before-any-group
.com
*.wild
aa-mail
mm-mail
zz-mail
.net
0-mailer.dynv6
.uk
throwaway.co`)
	cases := []struct {
		in   string
		want bool
	}{
		{"aa-mail.com", true},
		{"mm-mail.com", true},
		{"zz-mail.com", true},
		{"x.aa-mail.com", true},
		{"a-mail.com", false},
		{"aa-mail2.com", false},
		{"zzz-mail.com", false},
		{"stray-before-any-group", false},
		{"wild.com", false},
		{"a.wild.com", true},
		{"a.b.wild.com", true},
		{"throwaway.co.uk", true},
		{"x.throwaway.co.uk", true},
		{"co.uk", false},
		{"0-mailer.dynv6.net", true},
		{"dynv6.net", false},
		{"mail.com", false},
		{"zz-mail.net", false},
		{"zz-mail.org", false},
	}
	for _, c := range cases {
		if got := l.contains(c.in); got != c.want {
			t.Errorf("contains(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if empty := parseDisposable("# nothing\n"); empty.contains("aa-mail.com") {
		t.Error("an empty list contains a domain")
	}
}

// TestSearchLines finds every line of sorted texts of every size, and no
// string between or around them.
func TestSearchLines(t *testing.T) {
	for n := range 40 {
		var lines []string
		for i := range n {
			lines = append(lines, fmt.Sprintf("m%03d", 2*i+1))
		}
		text := ""
		if n > 0 {
			text = strings.Join(lines, "\n") + "\n"
		}
		for i := range 2*n + 2 {
			name := fmt.Sprintf("m%03d", i)
			if got, want := searchLines(text, name), i%2 == 1 && i < 2*n; got != want {
				t.Fatalf("%d lines: searchLines(%q) = %v, want %v", n, name, got, want)
			}
		}
		for _, name := range []string{"", "a", "m", "m0010", "z"} {
			if searchLines(text, name) {
				t.Fatalf("%d lines: found %q", n, name)
			}
		}
	}
}

// TestDisposableFile checks the embedded list as the update command must
// write it: small enough to track, every group sorted and free of
// duplicates, every name a plausible host name, and large.
func TestDisposableFile(t *testing.T) {
	if n := len(disposableTxt); n >= 2_000_000 {
		t.Errorf("data/disposable.txt is %d bytes; tracked files stay under 2 MB", n)
	}
	l := disposableDomains()
	names := 0
	for _, g := range l.groups {
		names += strings.Count(g, "\n")
	}
	if names < 100_000 || len(l.wildcards) == 0 {
		t.Errorf("%d names, %d wildcards: the merged lists should hold over 100,000", names, len(l.wildcards))
	}
	group := ""
	var prev string
	for line := range strings.Lines(disposableTxt) {
		line = strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(line, "#"):
			if group != "" {
				t.Fatalf("comment %q inside group %s", line, group)
			}
		case strings.HasPrefix(line, "."):
			if line <= group {
				t.Fatalf("group %s after %s: groups out of order", line, group)
			}
			group, prev = line, ""
		default:
			if line <= prev {
				t.Fatalf("%s%s after %s%s: names out of order or repeated", line, group, prev, group)
			}
			if line != strings.ToLower(line) || strings.Trim(line, "abcdefghijklmnopqrstuvwxyz0123456789.-*") != "" {
				t.Fatalf("%q%s is not a lower-case ASCII host name", line, group)
			}
			prev = line
		}
	}
}

// realDomains reads the domains of the hand-written lists that name real
// mailbox domains: free mail (exact lines), popular, well known, allowed.
func realDomains(t *testing.T) []string {
	var out []string
	for _, name := range []string{"freemail.txt", "popular.txt", "wellknown.txt", "allow.txt"} {
		b, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			line, _, _ = strings.Cut(line, "#")
			if line = strings.TrimSpace(line); line != "" && !strings.HasSuffix(line, ".*") {
				out = append(out, line)
			}
		}
	}
	if len(out) < 400 {
		t.Fatalf("only %d real domains read", len(out))
	}
	return out
}

// TestNoRealDomainIsDisposable holds the merged list to the allow-list: no
// free-mail, popular, well-known or allow-listed domain, nor a subdomain of
// one, is disposable, and no domain is both free mail and disposable.
func TestNoRealDomainIsDisposable(t *testing.T) {
	for _, d := range realDomains(t) {
		for _, v := range []string{d, "mail." + d} {
			if IsDisposable(v) {
				t.Errorf("%s is on the disposable list; the update command must leave it out", v)
			}
		}
	}
	l := get()
	for n := range l.freemailNames {
		for _, suffix := range []string{"com", "co.uk", "de", "fr", "com.br", "co.jp", "work", "red", "cfd", "biz"} {
			d := n + "." + suffix
			if IsFreeMail(d) && IsDisposable(d) {
				t.Errorf("%s is both free mail and disposable", d)
			}
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
		{"info..sales", true},
		{"a_b_c", false},
		{"123", false},
		{"info+sales.x", true}, // the +tag is dropped
		{"in\xffo", false},
		{"info.\xff", false},
		{"x-info", false},
		{"sales.team", true},
		{"support_2", true},
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

func BenchmarkIsDisposable(b *testing.B) {
	b.ReportAllocs()
	disposableDomains()
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

// BenchmarkLoadDisposable is the cold-start cost of the disposable list:
// parsing the embedded file, as the first lookup does once.
func BenchmarkLoadDisposable(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parseDisposable(disposableTxt)
	}
}

func TestDisposableMX(t *testing.T) {
	cases := []struct {
		hosts []string
		want  string
	}{
		{[]string{"mail.mailinator.com."}, "mail.mailinator.com."},
		{[]string{"mx1.acme-mail.net.", "mx.guerrillamail.com."}, "mx.guerrillamail.com."},
		{[]string{"host.zapto.org"}, "host.zapto.org"}, // under a wildcard entry
		{[]string{"aspmx.l.google.com.", "alt1.aspmx.l.google.com."}, ""},
		{[]string{"acme-com.mail.protection.outlook.com."}, ""},
		{[]string{"mx.sohu.com."}, ""}, // an allow-listed provider some lists carry
		{[]string{"."}, ""},            // a null MX
		{nil, ""},
	}
	for _, c := range cases {
		got, ok := DisposableMX(c.hosts)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("DisposableMX(%q) = %q, %v; want %q", c.hosts, got, ok, c.want)
		}
	}
}

// TestNextGroup finds the newline before a group line, skipping the dots
// inside names and a dot that opens the text.
func TestNextGroup(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"", -1},
		{"aa-mail\nbb-mail\n", -1},
		{".com\naa-mail\n", -1},
		{"aa-mail\n.net\n", 7},
		{"0-mailer.dynv6\n*.wild\nx\n.uk\n", 23},
		{"a.b.c\nd.e\n.org", 9},
	}
	for _, c := range cases {
		if got := nextGroup(c.in); got != c.want {
			t.Errorf("nextGroup(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

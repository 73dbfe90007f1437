package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/screen/domains"
)

func TestMailShapeProblem(t *testing.T) {
	for _, tc := range []struct {
		domain string
		junk   bool
	}{
		// A suffix typed twice.
		{"studio-lima.com.pe.pe", true},
		{"kanzlei-brandt.de.de", true},
		{"ryokan-aoi.co.jp.jp", true},
		{"hotmail.com.ar.ar", true},
		{"bakery.com.com", true},
		// A listed free-mail domain with a suffix added.
		{"gmx.de.com", true},
		{"libero.it.it", true},
		{"yandex.ru.com", true},
		{"web.de.net", true},
		// A single-domain provider's name under a suffix it does not use.
		{"gmail.fr", true},
		{"gmail.co.uk", true},
		{"icloud.de", true},
		{"protonmail.io", true},
		{"googlemail.es", true},
		// One slip from a provider's name.
		{"gmaik.com.mx", true},
		{"hotmal.es", true},
		{"outllok.de", true},
		{"yahho.fr", true},
		{"yadnex.ru", true},
		{"iclod.com", true},
		// Real providers, firms and look-alikes that are fine.
		{"gmail.com", false},
		{"googlemail.com", false},
		{"icloud.com", false},
		{"outlook.com.br", false},
		{"hotmail.co.uk", false},
		{"yahoo.co.jp", false},
		{"yahoo.com.au", false},
		{"protonmail.com", false},
		{"firm.co.uk", false},
		{"mori-ss.co.jp", false},
		{"souzacontabil.com.br", false},
		{"cloud.ro", false},     // a deletion of icloud's first letter is another word
		{"email.de", false},     // gmail's first letter changed
		{"outlooks.com", false}, // a plural is a firm, not a slip
		{"yahoos.org", false},
		{"gmail-tools.dev", false},
		{"mail.gmailer.net", false},
		{"visser.amsterdam", false},
		{"co.co", false},
	} {
		got := mailShapeProblem(tc.domain, domains.IsFreeMail)
		if (got != "") != tc.junk {
			t.Errorf("mailShapeProblem(%q) = %q, want junk=%v", tc.domain, got, tc.junk)
		}
	}
}

func TestOSAWithin1(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"gmial", "gmail", true},
		{"gmal", "gmail", true},
		{"gmaill", "gmail", true},
		{"gnail", "gmail", true},
		{"gmail", "gmail", false},
		{"gamli", "gmail", false},
		{"gm", "gmail", false},
	} {
		if got := osaWithin1(tc.a, tc.b); got != tc.want {
			t.Errorf("osaWithin1(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMailShapeInScreening: the email detector reports a domain no mail
// reaches as an invalid address (decisive, 60 points), and leaves real
// providers, disposable domains and allowed domains to their own codes.
func TestMailShapeInScreening(t *testing.T) {
	real := func(d *Deps) { d.Domains = realDomains }
	runCases(t, []detCase{
		{name: "suffix typed twice", deps: real, sub: withEmail("ana@oficina-lima.com.pe.pe"), want: CodeEmailInvalid, points: 60},
		{name: "gmail under a country code", deps: real, sub: withEmail("jonas@gmail.dk"), want: CodeEmailInvalid},
		{name: "free-mail domain with .com added", deps: real, sub: withEmail("luc@free.fr.com"), want: CodeEmailInvalid},
		{name: "one slip from yandex", deps: real, sub: withEmail("oleg@yandx.ru"), want: CodeEmailInvalid},
		{name: "regional hotmail", deps: real, sub: withEmail("jonas@hotmail.dk"), not: []string{CodeEmailInvalid}},
		{name: "regional yahoo", deps: real, sub: withEmail("kenji@yahoo.co.jp"), not: []string{CodeEmailInvalid}},
		{name: "company under a country suffix", deps: real, sub: withEmail("ana@oficina-lima.com.pe"), not: []string{CodeEmailInvalid}},
		{name: "allowed domain skips the check", deps: real, cfg: func(c *Config) { c.Lists.AllowedDomains = []string{"gmail.dk"} },
			sub: withEmail("jonas@gmail.dk"), not: []string{CodeEmailInvalid}},
	})
}

// TestMailShapeSparesRealDomains: no free-mail provider, popular or
// well-known domain, nor an allow-listed one, reads as a domain no mail
// reaches. Every provider name added to singleDomainProviders or
// providerTypoBrands is checked against the real domains the project knows.
func TestMailShapeSparesRealDomains(t *testing.T) {
	eachKnownRealDomain(t, func(list, d string) {
		if got := mailShapeProblem(d, domains.IsFreeMail); got != "" {
			t.Errorf("%s: %s reads as a domain no mail reaches (%s)", list, d, got)
		}
	})
}

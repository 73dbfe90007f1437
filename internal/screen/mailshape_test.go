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

package screen

import (
	"strings"
	"testing"
)

// FuzzSplitDomainToken checks splitDomainToken's promises on any token:
// what it accepts has a host of letters, digits, hyphens and inner dots
// and a non-empty TLD, both found in the token; and a name field it reads
// as a link holds a dot.
func FuzzSplitDomainToken(f *testing.F) {
	for _, s := range []string{"casino-italia.vip", "goo.gl/x1", "J.Smith", "Dr.No", "(bit.ly/3x)", "a.", ".b", "xn--p1ai.рф", "", "www..com", "ünï.bücher.de/x?y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tok := strings.ToLower(s)
		host, tld, _, ok := splitDomainToken(tok)
		if ok {
			if host == "" || tld == "" || host[0] == '.' || host[len(host)-1] == '.' {
				t.Fatalf("%q: host %q, tld %q", s, host, tld)
			}
			if !strings.Contains(tok, host+"."+tld) {
				t.Fatalf("%q: %q.%q is not in the token", s, host, tld)
			}
		}
		if (hasBareDomain(s) || hasCompanyLink(s)) && !strings.Contains(s, ".") {
			t.Fatalf("%q: a link without a dot", s)
		}
	})
}

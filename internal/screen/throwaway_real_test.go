package screen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eachKnownRealDomain calls fn with every domain the project knows to be real —
// the free-mail, popular, well-known and allow lists — and the list it
// came from. A provider listed under every suffix ("outlook.*") is given
// under .com.
func eachKnownRealDomain(t *testing.T, fn func(list, domain string)) {
	t.Helper()
	for _, list := range []string{"freemail.txt", "popular.txt", "wellknown.txt", "allow.txt"} {
		b, err := os.ReadFile(filepath.Join("domains", "data", list))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for line := range strings.SplitSeq(string(b), "\n") {
			d, _, _ := strings.Cut(line, "#")
			d = strings.TrimSpace(d)
			if d == "" || !strings.Contains(d, ".") {
				continue
			}
			if n, ok := strings.CutSuffix(d, ".*"); ok {
				d = n + ".com"
			}
			fn(list, d)
			n++
		}
		if n == 0 {
			t.Fatalf("%s lists no domain: nothing was checked", list)
		}
	}
}

// TestThrowawayNameSparesRealDomains: no free-mail provider, popular or
// well-known domain, nor a domain the disposable lists' allow-list keeps,
// is named like a throwaway service. Every word added to throwawayWords
// or mailWords is checked against the real domains the project knows.
func TestThrowawayNameSparesRealDomains(t *testing.T) {
	eachKnownRealDomain(t, func(list, d string) {
		if got := throwawayName(d); got != "" {
			t.Errorf("%s: %s reads as a throwaway service (%q)", list, d, got)
		}
	})
}

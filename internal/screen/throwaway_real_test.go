package screen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThrowawayNameSparesRealDomains: no free-mail provider, popular or
// well-known domain, nor a domain the disposable lists' allow-list keeps,
// is named like a throwaway service. Every word added to throwawayWords
// or mailWords is checked against the real domains the project knows.
func TestThrowawayNameSparesRealDomains(t *testing.T) {
	for _, name := range []string{"freemail.txt", "popular.txt", "wellknown.txt", "allow.txt"} {
		b, err := os.ReadFile(filepath.Join("domains", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			d, _, _ := strings.Cut(line, "#")
			d = strings.TrimSpace(d)
			if d == "" || !strings.Contains(d, ".") {
				continue
			}
			if name, ok := strings.CutSuffix(d, ".*"); ok {
				d = name + ".com" // a name under any public suffix
			}
			if got := throwawayName(d); got != "" {
				t.Errorf("%s: %s reads as a throwaway service (%q)", name, d, got)
			}
		}
	}
}

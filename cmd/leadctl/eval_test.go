package main

import (
	"strings"
	"testing"
)

// TestEvalFamiliesAndSources runs leadctl eval on a tiny labelled fixture
// with families and sources: two sources, a junk family the screener
// misses (polite_spam) and a genuine family it marks junk (burner_user).
func TestEvalFamiliesAndSources(t *testing.T) {
	code, out, errOut := runCLI(t, "", nil, "eval", "--labels", "testdata/eval_families.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		// The family table keeps the confusion columns.
		"label       family  total  junk  review  passed  junk%",
		"junk recall 75.00%  genuine false positives 33.33% (1/3)",
		"by source:",
		"leave one source out: each source alone",
		"worst family: junk polite_spam recall 0.0% (0/1); genuine burner_user marked junk 100.0% (1/1)",
		"review 0.0% of all (0/7)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	rows := map[string]string{}
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
		}
	}
	for src, want := range map[string][]string{
		"gen-a": {"66.7", "0.00", "polite_spam recall 0.0% (0/1)", "plain marked junk 0.0% (0/1)"},
		"gen-b": {"100.0", "50.00", "throwaway recall 100.0% (1/1)", "burner_user marked junk 100.0% (1/1)"},
	} {
		for _, w := range want {
			if !strings.Contains(rows[src], w) {
				t.Errorf("%s alone lacks %q: %q", src, w, rows[src])
			}
		}
	}
}

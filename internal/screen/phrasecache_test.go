package screen

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// TestSharedPhraseSet checks that engines built from the same phrase lists
// share one compiled set, that different lists never do (including lists
// that would collide if they were simply concatenated), and that a shared
// set judges like a freshly built one.
func TestSharedPhraseSet(t *testing.T) {
	a := testEngine(t, nil, nil)
	b := testEngine(t, nil, nil)
	if a.phrases != b.phrases {
		t.Error("two engines with the default lists compiled two phrase sets")
	}
	c := testEngine(t, func(c *Config) { c.Lists.SpamPhrases = []string{"cheap widgets"} }, nil)
	if c.phrases == a.phrases {
		t.Error("an engine with an extra spam phrase shares the default phrase set")
	}
	d := testEngine(t, func(c *Config) { c.Lists.VendorPhrases = []string{"cheap widgets"} }, nil)
	if d.phrases == c.phrases {
		t.Error("the same phrase as spam and as vendor pitch share a phrase set")
	}
	e := testEngine(t, func(c *Config) { c.Lists.SpamPhrases = []string{"cheap", "widgets"} }, nil)
	f := testEngine(t, func(c *Config) { c.Lists.SpamPhrases = []string{"cheap widgets"} }, nil)
	if e.phrases == c.phrases || f.phrases != c.phrases {
		t.Error("phrase sets are not keyed by their exact lists")
	}

	fresh, err := newPhraseSet(append(append([]string(nil), builtinSpamPhrases...), "cheap widgets"), builtinVendorPhrases)
	if err != nil {
		t.Fatal(err)
	}
	for _, msg := range []string{
		"We sell cheap widgets and offer guest post backlinks",
		"Looking to replace our lead routing tool this quarter.",
		"SEO services: rank #1 on Google, guaranteed",
	} {
		got, want := phraseMatches(c.phrases, msg), phraseMatches(fresh, msg)
		if got != want {
			t.Errorf("%q: shared set matches %q, a fresh one %q", msg, got, want)
		}
	}
}

// phraseMatches describes what ps finds among msg's words.
func phraseMatches(ps *phraseSet, msg string) string {
	lower := strings.ToLower(msg)
	h := ps.match(strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), lower, false)
	return fmt.Sprint(h.n, h.text)
}

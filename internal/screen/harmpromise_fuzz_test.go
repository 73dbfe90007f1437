package screen

import (
	"strings"
	"testing"
)

// FuzzAbuseShapes: the shapes of harmpromise.go and selloffer.go read any
// text without panicking, and what they quote comes from the text.
func FuzzAbuseShapes(f *testing.F) {
	for _, s := range []string{"你们这群垃圾，滚", "카톡 casino77", "I will find your office", "Я вас найду", "telegram: a_1", "お前", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if w := scriptAimedInsult(s); w != "" && !strings.Contains(s, w) {
			t.Errorf("scriptAimedInsult(%q) = %q, not in the text", s, w)
		}
		lower := strings.ToLower(s)
		_ = appID(lower)
		_ = harmPromise(newFoldedText(foldText(s)))
		_ = sellCue(s, newFoldedText(foldText(s)), 1)
	})
}

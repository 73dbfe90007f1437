package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestPoliteAbuse: an insult or a wish of ruin wrapped in the formulas
// of a formal letter is abuse, in several languages; a polite angry
// customer who asks for a refund or a fix in the same formulas is not.
func TestPoliteAbuse(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		junk bool
	}{
		{"Dear Sir or Madam, please accept my sincere hope that your company goes bankrupt. Kind regards.", true},
		{"Sehr geehrte Damen und Herren, ich teile Ihnen mit, dass Sie Vollidioten sind. Mit freundlichen Grüßen", true},
		{"Madame, Monsieur, veuillez agréer l'expression de mon souhait : allez au diable. Cordialement.", true},
		// Genuine: polite and angry, and asking for something.
		{"Dear Sir or Madam, your service has been down for three days. I expect a full refund for this month. Kind regards.", false},
		{"Sehr geehrte Damen und Herren, Ihre Rechnung ist zum dritten Mal falsch. Bitte korrigieren Sie sie. Mit freundlichen Grüßen", false},
		{"Madame, Monsieur, votre support ne répond pas depuis une semaine. Merci de me rappeler. Cordialement.", false},
		{"Estimados señores, el formulario no funciona desde ayer. Necesitamos una solución urgente. Atentamente.", false},
	} {
		_, s := screenMessageAt(t, 0.1, tc.msg)
		if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
			t.Errorf("%q: verdict %s, want junk %v: %v", tc.msg, s.Verdict, tc.junk, s.Reasons)
		}
	}
}

// TestWithoutLetterFormulas: the formulas are blanked; a message without
// one, or of formulas only, is not read again.
func TestWithoutLetterFormulas(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"Dear Sir, you are idiots. Kind regards", " , you are idiots.  "},
		{"You are idiots.", ""},
		{"Kind regards", ""},
	} {
		if got := withoutLetterFormulas(tc.msg); got != tc.want {
			t.Errorf("withoutLetterFormulas(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

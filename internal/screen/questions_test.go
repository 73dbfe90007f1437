package screen

import "testing"

// TestVerbFirstQuestionIsNoOffer: a question that begins with a verb of
// offering asks what the reader offers; the same verb with the reader as
// its object elsewhere still points an offer at the reader.
func TestVerbFirstQuestionIsNoOffer(t *testing.T) {
	for _, tc := range []struct {
		msg   string
		offer bool
	}{
		{"Unterstützt Ihr Autoresponder Variablen wie [Vorname]? Das wäre für unsere Kunden wichtig.", false},
		{"Bieten Sie Ihren Kunden auch eine Testversion an? Wir haben zwei Formulare.", false},
		{"¿Ofrecen ustedes soporte en español? Somos una clínica pequeña.", false},
		{"Oferujecie Państwo fakturę VAT? Potrzebujemy trzech licencji.", false},
		// Offers aimed at the reader, questions or not.
		{"Wir unterstützen Ihr Team bei der Einführung von HubSpot. Hätten Sie Zeit für ein Gespräch?", true},
		{"Dürfen wir Ihnen anbieten, Ihre Website kostenlos zu prüfen?", true},
		{"Can we offer you a free audit of your website?", true},
		{"Nous vous proposons un audit gratuit. Êtes-vous disponible jeudi ?", true},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got := offerToReader(withoutVerbFirstQuestions(tc.msg, m)) != ""; got != tc.offer {
			t.Errorf("%q: offer to the reader %v, want %v", tc.msg, got, tc.offer)
		}
	}
}

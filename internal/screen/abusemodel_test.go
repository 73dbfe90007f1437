package screen

import "testing"

// Rows written for the test: abuse the lists and shapes do not hold, in
// several languages, and genuine messages the model must leave alone
// (short ones, questions, requests, thanks, a German wish).
func TestModelAbuse(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"You are nothing but cheap crooks and everybody knows it.", true},
		{"Ihr seid erbärmliche Betrüger, verschwindet endlich.", true},
		{"Vous n'êtes que des escrocs minables et pathétiques.", true},
		{"Вы жалкие мошенники и лжецы, идите к чёрту.", true},
		{"Sois unos mentirosos de mierda y unos ladrones.", true},
		{"Jesteście zwykłymi oszustami.", true},
		// Statements that ask nothing, the shape where the model
		// misfires: no genuine one may score as abuse.
		{"Wir haben die Rechnung gestern überwiesen.", false},
		{"Nous avons bien reçu le devis et le contrat signé.", false},
		{"Мы отправили договор вам на почту вчера вечером.", false},
		{"Our procurement team reviewed your proposal last week.", false},
		{"Hemos pagado la factura de noviembre esta mañana.", false},
		{"We were charged twice in November and nobody answers.", false},
		{"Ihr habt uns die falsche Rechnung geschickt, schon wieder.", false},
		// A customer who swears at a product's trouble: the model does
		// not decide (productTrouble), the lists judge whom a word is
		// aimed at.
		{"Scheiße, der Export ist schon wieder abgestürzt.", false},
		{"Putain, encore une erreur au moment de payer.", false},
		{"Damn it, the importer is broken again since this morning.", false},
		{"Блин, опять ошибка при выгрузке.", false},
		// Genuine.
		{"Call me.", false},
		{"Ich hoffe, ihr habt die Unterlagen erhalten.", false},
		{"Are you the idiots who keep sending me newsletters?", false},
		{"You people are crooks, I want a refund of the invoice now.", false},
		{"Thanks, you are a bunch of legends, the import works.", false},
		{"Please send the contract for the 30 seats, we are ready to sign.", false},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got, h := modelAbuse(tc.msg, m); (h > 0) != tc.want {
			t.Errorf("%q: modelAbuse %q (%d halves), want abuse %v", tc.msg, got, h, tc.want)
		}
	}
}

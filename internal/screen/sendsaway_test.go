package screen

import "testing"

// TestQuestionsOfAMessageThatSendsTheReaderAway: a message that tells the
// reader never to write again, to get lost or to stop calling wants no
// answer, so its questions only scorn and its insults count; a customer
// who asks for something (a refund, a quote) and sends nobody away stays
// a customer.
func TestQuestionsOfAMessageThatSendsTheReaderAway(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "portuguese crowd, never write again, tag question", sub: setMessage("Vocês são um bando de incompetentes. Nunca mais me escrevam, perceberam?"), want: CodeAbusiveMessage, points: 60},
		{name: "korean crooks in the vocative, never call again", sub: setMessage("거짓말쟁이들아, 부끄럽지도 않냐? 다시는 전화하지 마."), want: CodeAbusiveMessage, points: 60},
		{name: "romanised hindi, a scornful question, get lost", sub: setMessage("tum log bakwaas ho, dimaag hai bhi? chal nikal"), want: CodeAbusiveMessage, points: 60},
		{name: "english clowns, never email again", sub: setMessage("You clowns. Do you even read what you send? Never email me again."), want: CodeAbusiveMessage, points: 60},
		// Look-alikes: the same words asking for something, or sending
		// nobody away.
		{name: "portuguese customer asks for a quote", sub: setMessage("O nosso antigo fornecedor era incompetente. Podem enviar um orçamento?"), not: not},
		{name: "korean customer names old crooks and asks", sub: setMessage("저희 이전 업체는 사기꾼들이었어요. 견적 부탁드립니다."), not: not},
		{name: "romanised hindi customer asks for a demo", sub: setMessage("Hamara purana vendor bakwaas tha. Kya aap demo de sakte hain?"), not: not},
		{name: "a question that asks, never again about a product", sub: setMessage("We never want to email invoices by hand again. Can your tool send them?"), not: not},
	})
}

// TestSendsAway: demands never to contact again, to get lost or to stop,
// in several languages; a customer's "never" about their own work is not
// one.
func TestSendsAway(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		away bool
	}{
		{"Não me voltem a escrever.", true},
		{"Schreibt mir nie wieder!", true},
		{"Ne m'écrivez plus jamais.", true},
		{"다시는 연락하지 마라.", true},
		{"Никогда больше мне не звоните.", true},
		{"Stop calling me.", true},
		{"chal nikal yahan se", true},
		{"你哋收皮啦", true},
		{"Can you call me again tomorrow?", true}, // a contact way beside "again": the abuse rules need an insult too
		{"We never got the invoice.", false},
		{"Bitte rufen Sie mich an.", false},
		{"Please send the quote.", false},
	} {
		if got := sendsAway(newFoldedText(foldText(tc.msg))); got != tc.away {
			t.Errorf("sendsAway(%q) = %v, want %v", tc.msg, got, tc.away)
		}
	}
}

// TestWishesOfRuin: a wish of bankruptcy is abuse in the languages the
// table lacked one for; the same verb about a third party is news.
func TestWishesOfRuin(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "bulgarian", sub: setMessage("Дано фалирате скоро."), want: CodeAbusiveMessage, points: 60},
		{name: "serbian", sub: setMessage("Dabogda propali svi do jednog."), want: CodeAbusiveMessage, points: 60},
		{name: "swedish", sub: setMessage("Hoppas ni går i konkurs, era bedragare."), want: CodeAbusiveMessage, points: 60},
		{name: "czech", sub: setMessage("Ať zkrachujete, podvodníci."), want: CodeAbusiveMessage, points: 60},
		{name: "ukrainian", sub: setMessage("Щоб ви збанкрутували!"), want: CodeAbusiveMessage, points: 60},
		{name: "bulgarian third party", sub: setMessage("Нашият стар доставчик фалира миналата година. Може ли оферта?"), not: not},
		{name: "swedish third party", sub: setMessage("Vår förra leverantör gick i konkurs. Kan ni skicka en offert?"), not: not},
		{name: "cantonese third party", sub: setMessage("我哋之前個供應商好廢柴，可唔可以俾個報價？"), not: not},
		{name: "swiss german third party", sub: setMessage("Eusi alte Lieferant sind Tubel gsi. Chönd Sie eus es Agebot schicke?"), not: not},
	})
}

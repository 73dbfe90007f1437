package screen

import "testing"

// TestPitchMoves: two moves of cold outreach that name no service — a
// follow-up on the sender's own message, an investor's interest, an
// unasked audit of our site, something of the sender's own, a question
// whether we are interested — make a pitch, junk on its own; a buyer who
// chases a question, a fund's firm that buys, a customer who reports a
// bug and asks about a plan are left alone.
func TestPitchMoves(t *testing.T) {
	not := []string{CodeVendorOutreach}
	runCases(t, []detCase{
		{name: "follow-up with an offer", sub: setMessage("Circling back on my previous note: we could take your support inbox off your hands. Would you be interested?"), want: CodeVendorOutreach, points: 60},
		{name: "follow-up on a proposal", sub: setMessage("Did you get a chance to read my last email? Happy to send the proposal again."), want: CodeVendorOutreach, points: 60},
		{name: "dutch follow-up", sub: setMessage("Goedemiddag, ik wil graag terugkomen op mijn vorige mail. Heeft u deze week tijd voor een kort gesprek?"), want: CodeVendorOutreach, points: 60},
		{name: "french follow-up", sub: setMessage("Bonjour, je me permets de vous relancer suite à mon précédent message. Seriez-vous intéressé ?"), want: CodeVendorOutreach, points: 60},
		{name: "investor", sub: setMessage("We invest in seed-stage B2B companies and have been following your growth. Would love to connect this month."), want: CodeVendorOutreach, points: 60},
		{name: "german investor", sub: setMessage("Wir investieren in Softwarefirmen in der Frühphase. Wann passt Ihnen ein Gespräch?"), want: CodeVendorOutreach, points: 60},
		{name: "lender without equity", sub: setMessage("Growth capital for SaaS, no equity taken. Would this be of interest?"), want: CodeVendorOutreach, points: 60},
		{name: "unasked audit", sub: setMessage("I ran a quick audit of your homepage and it loads in 9 seconds. Shall I send you the full report?"), want: CodeVendorOutreach, points: 60},
		{name: "spanish finding", sub: setMessage("He visto que su web no aparece en Google. ¿Le interesaría mejorarlo?"), want: CodeVendorOutreach, points: 60},
		{name: "japanese finding", sub: setMessage("貴社のウェブサイトを拝見しました。15分ほどお時間いただけますか？"), want: CodeVendorOutreach},
		{name: "own product praised then sold to", sub: setMessage("Your product looks promising. We can load-test your whole app for a fixed fee. Interested?"), want: CodeVendorOutreach, points: 60},
		{name: "soc 2 sold, not asked", sub: setMessage("We take startups through SOC 2 in 60 days. Open to a quick chat?"), want: CodeVendorOutreach, points: 60},
		{name: "portuguese contact base", sub: setMessage("Temos uma base de contatos de diretores financeiros em Portugal. Posso te enviar uma amostra?"), want: CodeVendorOutreach, points: 60},
		{name: "russian pay per result", sub: setMessage("Приведём клиентов с оплатой за результат. Удобно созвониться завтра?"), want: CodeVendorOutreach},
		{name: "vietnamese developers", sub: setMessage("Chúng tôi cung cấp lập trình viên cho dự án của bạn. Bạn có muốn trao đổi nhanh không?"), want: CodeVendorOutreach},

		{name: "buyer chases a question", sub: setMessage("Just bumping my question from Monday: is there a plan for two sites?"), not: not},
		{name: "dutch buyer follows up", sub: setMessage("Ik kom terug op mijn vorige mail: we willen graag de offerte voor vijf gebruikers."), not: not},
		{name: "fund firm buys", sub: setMessage("We invest in restaurants and need a form filter for all of them. How much for 12 sites?"), not: not},
		{name: "customer reports a bug", sub: setMessage("I noticed your website doesn't load the pricing page on Safari. Could you send me the prices?"), not: not},
		{name: "buyer wants to see the product", sub: setMessage("We are a staffing agency with 12 recruiters. We'd like a 15 minute call to see your product."), not: not},
		{name: "clinic presents itself", sub: setMessage("Somos una clínica dental. Nos interesa su herramienta para el formulario de citas. ¿Podemos agendar una llamada?"), not: not},
		{name: "customer speaks of our support team", sub: setMessage("Your support team are useless, three tickets and no answer. Can a manager call me?"), not: not},
		{name: "russian buyer proposes a call about a plan", sub: setMessage("Предлагаем созвониться в пятницу и обсудить ваш тариф для команды."), not: not},
	})
}

// TestStrongBuyerSign: phrases a vendor writes as readily as a buyer do
// not clear a pitch, unless a buyer's verb comes before them.
func TestStrongBuyerSign(t *testing.T) {
	for text, want := range map[string]string{
		"we can feature your product":       "",
		"your soc 2 audit in 60 days":       "",
		"we would like to see your product": "your product",
		"please send a quote":               "a quote",
		"a free trial":                      "trial",
	} {
		if got := strongBuyerSign(newFoldedText(foldText(text))); got != want {
			t.Errorf("strongBuyerSign(%q) = %q, want %q", text, got, want)
		}
	}
}

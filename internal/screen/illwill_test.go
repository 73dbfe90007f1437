package screen

import (
	"strings"
	"testing"
)

// The rows here are written for the tests, not taken from the labelled
// rounds: each rule's class in several languages, and the genuine leads
// that use the same words.
func TestIllWill(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		// Ruin wished or commanded.
		{"I hope your little company goes under by Christmas.", true},
		{"Just go die in a ditch.", true},
		{"Piss off and die.", true},
		{"Que vos serveurs crèvent, bande de nuls.", true},
		{"Ojalá quiebren pronto, sinvergüenzas.", true},
		{"Хай ваша контора збанкрутує.", true},
		{"祝你们公司早日破产。", true},
		{"こんな会社、倒産しろ。", true},
		{"이런 회사는 망해라", true},
		{"تمنيت لكم الإفلاس", true},
		{"Wishing your agency nothing but failure and misery.", true},
		{"Hope your warehouse catches fire tonight.", true},
		// Curses.
		{"Go to hell, all of you.", true},
		{"Idźcie do diabła ze swoim newsletterem.", true},
		{"Fahrt zur Hölle mit eurem Spam.", true},
		{"滚，你们都去死吧", true},
		{"Was zum Teufel ist mit dem Export los?", false},
		{"What the hell happened to the dashboard? Please check.", false},
		// Threats if contacted again, and to the body.
		{"Keep it up and I will make your boss regret hiring you.", true},
		{"If you email me again I will show up at your office.", true},
		{"Еще одно письмо и я приеду к вам в офис.", true},
		{"I'm going to find you and snap your neck.", true},
		// Vermin in scripts the lists do not reach.
		{"你們就是一群蛀虫", true},
		{"אתם עלוקות", true},
		{"आप लोग जोंक हैं", true},
		// Genuine: the same words in a request, a question, a wish of
		// success, a quotation asked about.
		{"I hope your team can send the quote today.", false},
		{"We hope your launch goes well! Could we get a demo next week?", false},
		{"Our old vendor went bankrupt; we need a new form provider. Pricing?", false},
		{"If you email me again with the invoice I will pay it the same day, please.", false},
		{"Go live is planned for Monday, please confirm the account.", false},
		{"Someone wrote that they hope our servers melt. Can your filter catch that?", false},
		{"我们公司想了解你们的价格，请联系我。", false},
		{"私たちの会社は倒産しました。データの削除をお願いできますか？", false},
		{"I'll break down our requirements for your team in a call.", false},
		{"I hope your team doesn't fail us again.", false},
		{"The setup was so easy, go die-hard fans of your product!", false},
		{"Hoffentlich passt euch die neue Version.", false},
		{"Ich hoffe, ihr habt die Unterlagen erhalten.", false},
		{"Ik hoop dat jullie die offerte snel sturen.", false},
		{"Hope your servers don't melt with all our traffic next week!", false},
		{"Espero que no quiebren como nuestro proveedor anterior.", false},
		{"Надеюсь, вы не разоритесь, как наш прошлый поставщик.", false},
		{"If you write to me again next week I will have the signed order ready.", false},
		{"Мы хотим познакомиться с вашим продуктом. Есть демо?", false},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got := illWill(tc.msg, m); (got != "") != tc.want {
			t.Errorf("%q: illWill %q, want ill will %v", tc.msg, got, tc.want)
		}
	}
}

func TestIllWillScores(t *testing.T) {
	runCases(t, []detCase{
		{name: "a curse commanded", sub: setMessage("Go rot, every single one of you."), want: CodeAbusiveMessage, points: 60},
		{name: "a threat if contacted again", sub: setMessage("One more email and I will make sure everyone knows where your CEO lives."), want: CodeAbusiveMessage, points: 60},
		{name: "vermin in hebrew", sub: setMessage("אתם טפילים ורמאים"), want: CodeAbusiveMessage, points: 60},
		{name: "the idiom drop dead", sub: setMessage("Honestly the setup was drop dead simple, thanks."), not: []string{CodeAbusiveMessage}},
		{name: "the curse drop dead", sub: setMessage("Drop dead, spammers."), want: CodeAbusiveMessage, points: 60},
		{name: "a german article", sub: setMessage("Ich hoffe, ihr habt die Unterlagen erhalten."), not: []string{CodeAbusiveMessage}},
		{name: "a complaint with a question", sub: setMessage("Your onboarding is useless, nobody answered for a week. Who can help me today?"), not: []string{CodeAbusiveMessage}},
		{name: "a loan company asks", sub: setMessage("Somos una financiera, ¿su filtro bloquea préstamos falsos?"), not: []string{CodeAbusiveMessage}},
	})
}

func TestDotWordsInMoreLanguages(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Zapraszamy: najlepsze-bonusy kropka pl", true},
		{"Giriş: super-bahis (nokta) com", true},
		{"登録はこちら deai-site ドット jp", true},
		{"주소: toto-site 닷 com", true},
		{"visita tienda-barata punto mx", true},
		{"Estamos al punto de firmar el contrato.", false},
		{"Fiyatlandırmada bu nokta net değil, açıklar mısınız?", false},
		{"The main point in our brief is pricing.", false},
	} {
		lower := strings.ToLower(tc.msg)
		if got := obfuscatedLink(tc.msg, lower); (got != "") != tc.want {
			t.Errorf("%q: obfuscatedLink %q, want %v", tc.msg, got, tc.want)
		}
	}
}

package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Table tests for the rules of round seventeen (abusereading.go,
// abusemask.go, harassment.go, spamtrades.go): hidden swearing, quoted
// speech, harassment, contempt that asks for nothing, spam trades and ways
// round the form in more scripts. Every message was written for these
// tests, in several languages, with genuine look-alikes beside the junk.

func TestHiddenSwearing(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "masked aimed", sub: setMessage("f*ck you"), want: CodeAbusiveMessage, points: 60},
		{name: "spaced aimed, two runs", sub: setMessage("f u c k   o f f"), want: CodeAbusiveMessage, points: 60},
		{name: "dotted aimed", sub: setMessage("Go f.u.c.k yourselves."), want: CodeAbusiveMessage, points: 60},
		{name: "leet, mostly abuse", sub: setMessage("sh1t company, sh1t product"), want: CodeAbusiveMessage, points: 60},
		{name: "symbols for letters", sub: setMessage("you're all a bunch of a$$holes"), want: CodeAbusiveMessage, points: 60},
		{name: "spanish masked", sub: setMessage("Hijos de p*ta, ya veréis"), want: CodeAbusiveMessage, points: 60},
		{name: "portuguese leet", sub: setMessage("Vão se f0der, seus idiotas."), want: CodeAbusiveMessage, points: 60},
		{name: "russian spaced", sub: setMessage("С у к и, отстаньте от меня."), want: CodeAbusiveMessage, points: 60},
		{name: "russian masked", sub: setMessage("Идите на х*й"), want: CodeAbusiveMessage, points: 60},
		{name: "underscores between letters", sub: setMessage("f_u_c_k y_o_u"), want: CodeAbusiveMessage, points: 60},
		{name: "drawn out", sub: setMessage("fuuuuck youuuu"), want: CodeAbusiveMessage, points: 60},
		{name: "drawn out insult", sub: setMessage("you are all idiooooots"), want: CodeAbusiveMessage, points: 60},
		{name: "a cyrillic letter inside", sub: setMessage("you are all idiоts"), want: CodeAbusiveMessage, points: 60},
		{name: "a zero-width space inside", sub: setMessage("f\u200buck you"), want: CodeAbusiveMessage, points: 60},
		{name: "drawn out joy", sub: setMessage("Sooooo happy with the trial, can we upgrade to the team plan?"), not: not},
		{name: "a german triple letter", sub: setMessage("Wir sind eine Schifffahrtsgesellschaft und brauchen ein Formular."), not: not},
		{name: "a masked word in a question weighs half", sub: setMessage("The f*cking export broke again. Can you fix it today?"), want: CodeAbusiveMessage, points: 15},
		{name: "product names with digits", sub: setMessage("We test with R2-D2 and C3PO as names, 24/7, $5k budget."), not: not},
		{name: "spaced initials", sub: setMessage("Plans A B C look fine, we will take the middle one."), not: not},
		{name: "a masked password", sub: setMessage("My password p*ssw0rd no longer works, please reset it."), not: not},
	})
}

func TestQuotedSpeech(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "quoting abuse received", sub: setMessage(`Our form keeps getting messages like "f*ck you, idiots". Can your filter block those?`), not: not},
		{name: "quoting a threat", sub: setMessage(`We get threats such as “I know where you are” through our form. Do you flag threats?`), not: not},
		{name: "french guillemets", sub: setMessage("Nous recevons des messages du type « allez vous faire voir ». Votre outil les détecte-t-il ?"), not: not},
		{name: "german quotes with spam", sub: setMessage("Wir bekommen Spam wie „Online Casino Bonus 500%“. Filtert Ihr Tool das?"), not: []string{CodeSpamContent}},
		{name: "quotes without a question are still said", sub: setMessage(`"You are idiots" is all I have to say to you.`), want: CodeAbusiveMessage, points: 60},
	})
}

func TestHarassment(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english remark and a demand", sub: setMessage("Your receptionist is hot, send me her number and some pics."), want: CodeAbusiveMessage, points: 60},
		{name: "english innuendo", sub: setMessage("Tell the blonde girl from your ad to call me, I want to show her something"), want: CodeAbusiveMessage, points: 60},
		{name: "french", sub: setMessage("Votre secrétaire est sexy, donnez-moi son numéro."), want: CodeAbusiveMessage, points: 60},
		{name: "russian", sub: setMessage("Ваша секретарша горячая, дайте её номер."), want: CodeAbusiveMessage, points: 60},
		{name: "hate", sub: setMessage("Go back to your own country, you filthy foreigners."), want: CodeAbusiveMessage, points: 60},
		{name: "spanish hate", sub: setMessage("Volved a vuestro país, no os queremos aquí."), want: CodeAbusiveMessage, points: 60},
		{name: "the sender's own girls' club", sub: setMessage("Our girls' football club runs hot summer camps and needs a signup form."), not: not},
		{name: "a question about a receptionist", sub: setMessage("Can your form send leads to our receptionist? She is hot on follow-ups."), not: not},
		{name: "a buyer names a role", sub: setMessage("Please give our secretary a login for the dashboard, her number is below."), not: not},
	})
}

func TestContemptAskingNothing(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english words between", sub: setMessage("Your entire sales department are sleazy bottom feeders."), want: CodeAbusiveMessage, points: 60},
		{name: "german vocative", sub: setMessage("Ihr seid echt Witzfiguren, verschont mich."), want: CodeAbusiveMessage, points: 60},
		{name: "sent away", sub: setMessage("What a circus of clowns. Get lost."), want: CodeAbusiveMessage, points: 60},
		{name: "a complaint asks for a refund", sub: setMessage("Your support was pathetic this week; please refund the last invoice."), not: not},
		{name: "our product named to run it down", sub: setMessage("Your tool is a scam and your founders are crooks. Disgusting."), want: CodeAbusiveMessage, points: 60},
		{name: "our product named in a request", sub: setMessage("Your tool is a scam magnet for our competitors, we would like a demo to compare."), not: not},
		{name: "our product named in a dutch request", sub: setMessage("Uw product vangt geen oplichters, wij willen toch een offerte."), not: not},
		{name: "spanish without a pronoun", sub: setMessage("Qué panda de payasos, me dais asco."), want: CodeAbusiveMessage, points: 60},
		{name: "spanish request without a pronoun", sub: setMessage("Tenéis un problema con los payasos del circo que usan vuestro formulario, ¿nos dais precio?"), not: not},
		{name: "pointing at it", sub: setMessage("This is the worst service ever."), want: CodeAbusiveMessage, points: 60},
		{name: "your company sucks", sub: setMessage("Your company sucks"), want: CodeAbusiveMessage, points: 60},
		{name: "shove it", sub: setMessage("Shove your newsletter where the sun doesn't shine"), want: CodeAbusiveMessage, points: 60},
		{name: "pointing at a problem, with a request", sub: setMessage("This is the worst spam wave we have had; we need a filter."), not: not},
		{name: "contempt for a feature, with a request", sub: setMessage("Your export sucks at large files, please add paging."), not: not},
		{name: "pointing at praise", sub: setMessage("This service is the best we tried!"), not: not},
		{name: "a buyer asks to catch liars", sub: setMessage("Can you help us catch scammers and liars in our marketplace?"), not: not},
		{name: "the sender's own crooks", sub: setMessage("Our shop loses money to crooks every week and we need a better form."), not: not},
	})
}

func TestIllWishesAndVeiledThreats(t *testing.T) {
	runCases(t, []detCase{
		{name: "floods", sub: setMessage("I hope your warehouse floods."), want: CodeAbusiveMessage, points: 60},
		{name: "answer for this", sub: setMessage("You will answer for this."), want: CodeAbusiveMessage, points: 60},
		{name: "russian answer", sub: setMessage("Вы за это ответите."), want: CodeAbusiveMessage, points: 60},
		{name: "an illness wished", sub: setMessage("I hope you all get cancer"), want: CodeAbusiveMessage, points: 60},
		{name: "a flood of leads", sub: setMessage("We hope your form handles a flood of leads after launch. Pricing?"), not: []string{CodeAbusiveMessage}},
	})
}

func TestScriptInsults(t *testing.T) {
	runCases(t, []detCase{
		{name: "hebrew", sub: setMessage("אתם אידיוטים, עזבו אותי"), want: CodeAbusiveMessage, points: 60},
		{name: "thai", sub: setMessage("พวกแกมันโง่"), want: CodeAbusiveMessage, points: 60},
		{name: "the finger", sub: setMessage("🖕🖕🖕"), want: CodeAbusiveMessage, points: 60},
		{name: "the finger and a word", sub: setMessage("here's my answer to your newsletter 🖕"), want: CodeAbusiveMessage, points: 60},
		{name: "a thumbs up", sub: setMessage("Great demo 👍 can we get the contract?"), not: []string{CodeAbusiveMessage}},
		{name: "hebrew question", sub: setMessage("האם יש לכם תמיכה בעברית?"), not: []string{CodeAbusiveMessage}},
		{name: "thai question", sub: setMessage("แบบฟอร์มรองรับภาษาไทยไหม?"), not: []string{CodeAbusiveMessage}},
	})
}

func TestProbeInAReport(t *testing.T) {
	report := "I found that your contact form accepts ' OR 1=1 -- in the company field and the reply is not escaped. Happy to share details with your security team."
	runCases(t, []detCase{
		{name: "a researcher's report weighs half", sub: setMessage(report), want: CodeInjectionProbe, points: 30},
		{name: "the probe alone", sub: setMessage("' OR 1=1 --"), want: CodeInjectionProbe, points: 60},
		{name: "a tag named in a report is told, not markup", sub: setMessage("Security note: your form echoes <script> tags back on the thank-you page unescaped. I will send my full report to whoever handles security there."),
			want: CodeInjectionProbe, points: 30, not: []string{CodeMarkupInMessage}},
		// A question that names the probe mentions it (mention.go): neither
		// check weighs it.
		{name: "a tag named in a question is neither", sub: setMessage("Security note: your form echoes <script> tags back on the thank-you page unescaped. Who should get my full report?"),
			not: []string{CodeInjectionProbe, CodeMarkupInMessage}},
		{name: "a link tag in a long message is markup", sub: setMessage(`Hello, we offer the best deals for you and your team this week, see <a href="http://x.example">here</a> for all of the details and the prices.`),
			want: CodeMarkupInMessage},
		{name: "the probe in a name", sub: func(s *lead.Submission) { s.Fields.Company = "' OR 1=1 --"; s.Fields.Message = report },
			want: CodeInjectionProbe, points: 60},
	})
}

func TestMoreSpamTrades(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		spam bool
	}{
		{"Earn $3000 per week from home! WhatsApp +1 555 010 2222", true},
		{"Gagnez 2000€ par semaine, écrivez-moi sur Telegram @argent_vite", true},
		{"Заработок от 10 000 ₽ в день, пишите @rabota_dom", true},
		{"寂寞美女在线陪聊，加QQ 88886666", true},
		{"百家乐 注册就送 w w w . 1 2 3 b e t . c c", true},
		{"Bitcoin-Gewinne jeden Tag: krypto-boost · de", true},
		{"كازينو اون لاين بونص 100٪ واتساب +971 50 123 4567", true},
		{"Знакомства 18+ без регистрации: flirt-msk.ru", true},
		{"ऑनलाइन कैसीनो बोनस, अभी जुड़ें t.me/bonus_kings", true},
		{"Compre avaliações 5 estrelas, chame no wa.me/5511988887777", true},
		{"Casino bonus 200% ｗｗｗ．ｂｅｔ８８．ｃｏｍ", true},
		{"Our casino's site is ｗｗｗ．ｂｅｔ８８．ｃｏｍ, can your filter protect its signup form?", false},
		{"Congratulations! You won an iPhone. Claim here: prize-claim.top", true},
		{"Binance signals 95% accuracy, join t.me/signals_pro", true},
		{"Rolex replica watches 90% off, visit replica-shop dot com", true},
		{"Хочешь зарабатывать от 5000 рублей в день? Пиши @rabota_dom", true},
		{"我们提供代开发票服务，联系微信：fp8888", true},
		{"We replicate our CRM nightly; our DB partner is at replic8.example.com", false},
		{"We get more traffic than our form can handle, see acme.example.com", false},
		{"Congratulations, you won our tender! Please send the signed contract to procurement.", false},
		{"The workshop costs €40 per day; can we pay by invoice?", false},
		{"We are a licensed casino. Can your filter stop bonus abuse? Our site: casino-ok.com", false},
		{"Our SEO team wants a demo, see example-seo.com for who we are.", false},
		{"Мы микрофинансовая организация. Ваш сервис отсеивает фейковые займы? Сайт: mfo-ok.ru", false},
	} {
		if got := spamOfferOf(tc.msg); (got != "") != tc.spam {
			t.Errorf("%q: spam offer %q, want spam %v", tc.msg, got, tc.spam)
		}
	}
}

func TestSpelledOutLink(t *testing.T) {
	for msg, want := range map[string]string{
		"visit w w w . a b c . c o m now": "www.abc.com",
		"plans a b c are fine":            "",
		"8 8 8 b e t . c c":               "888bet.cc",
	} {
		if got := spelledOutLink(msg); got != want {
			t.Errorf("spelledOutLink(%q) = %q, want %q", msg, got, want)
		}
	}
}

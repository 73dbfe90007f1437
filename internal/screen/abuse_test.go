package screen

import "testing"

func TestAbusiveMessage(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english aimed", sub: setMessage("fuck you and your stupid product"), want: CodeAbusiveMessage, points: 60},
		{name: "spanish aimed", sub: setMessage("Vete a la mierda, hijos de puta"), want: CodeAbusiveMessage, points: 60},
		{name: "portuguese aimed", sub: setMessage("vai se foder"), want: CodeAbusiveMessage, points: 60},
		{name: "german aimed", sub: setMessage("Verpiss dich!"), want: CodeAbusiveMessage, points: 60},
		{name: "french aimed", sub: setMessage("Va te faire foutre"), want: CodeAbusiveMessage, points: 60},
		{name: "russian aimed", sub: setMessage("идите нахуй"), want: CodeAbusiveMessage, points: 60},
		{name: "chinese aimed", sub: setMessage("傻逼公司"), want: CodeAbusiveMessage, points: 60},
		{name: "a swear word in a request weighs half", sub: setMessage("Our current tool is shit, can we see a demo of yours?"), want: CodeAbusiveMessage, points: 15},
		{name: "a swear word alone weighs one", sub: setMessage("Our current tool is shit and nobody cares about it"), want: CodeAbusiveMessage, points: 30},
		{name: "russian swear word", sub: setMessage("бля, опять не работает"), want: CodeAbusiveMessage, points: 30},
		// Insults aimed at the reader by their shape: an address word,
		// fillers, an insult.
		{name: "english you are scammers", sub: setMessage("You are nothing but a bunch of scammers and liars."), want: CodeAbusiveMessage, points: 60},
		{name: "english your useless product", sub: setMessage("Your useless product wasted a week of our time"), want: CodeAbusiveMessage, points: 60},
		{name: "german ihr seid Betrüger", sub: setMessage("Ihr seid alle Betrüger und Versager"), want: CodeAbusiveMessage, points: 60},
		{name: "french bande d'incompétents", sub: setMessage("Vous êtes des incompétents, rendez l'argent"), want: CodeAbusiveMessage, points: 60},
		{name: "spanish sois unos ladrones", sub: setMessage("Sois unos ladrones y mentirosos"), want: CodeAbusiveMessage, points: 60},
		{name: "portuguese vocês são golpistas", sub: setMessage("vocês são uns golpistas"), want: CodeAbusiveMessage, points: 60},
		{name: "italian siete truffatori", sub: setMessage("Siete dei truffatori"), want: CodeAbusiveMessage, points: 60},
		{name: "russian вы жулики", sub: setMessage("Вы просто жулики и воры"), want: CodeAbusiveMessage, points: 60},
		{name: "polish jesteście oszuści", sub: setMessage("Jesteście zwykli oszuści"), want: CodeAbusiveMessage, points: 60},
		{name: "dutch jullie zijn oplichters", sub: setMessage("Jullie zijn oplichters"), want: CodeAbusiveMessage, points: 60},
		{name: "turkish dolandırıcı", sub: setMessage("Siz dolandırıcısınız"), want: CodeAbusiveMessage, points: 60},
		{name: "threat english", sub: setMessage("I know where your office is. You will regret this."), want: CodeAbusiveMessage, points: 60},
		{name: "threat spanish", sub: setMessage("Te voy a matar"), want: CodeAbusiveMessage, points: 60},
		{name: "vocative insult", sub: setMessage("Betrüger!! Gebt das Geld zurück"), want: CodeAbusiveMessage, points: 60},
		{name: "shame on you", sub: setMessage("Shame on you and your so-called support"), want: CodeAbusiveMessage, points: 60},
		{name: "russian go to hell", sub: setMessage("Идите к черту со своей рассылкой"), want: CodeAbusiveMessage, points: 60},
		{name: "french profanity", sub: setMessage("Merde, encore un bug"), want: CodeAbusiveMessage, points: 30},
		{name: "a buyer's cry", sub: setMessage("Please protect our shop from scammers! Pricing?"), not: not},
		{name: "exclaimed question with a vice word inside", sub: setMessage("We lost money to scammers last year! Can you stop them?"), not: not},
		{name: "contempt for the company", sub: setMessage("This company is a scam, stay away"), want: CodeAbusiveMessage, points: 60},
		{name: "contempt for the service", sub: setMessage("your service is total garbage"), want: CodeAbusiveMessage, points: 60},
		{name: "german contempt", sub: setMessage("Ihr Laden ist Betrug"), want: CodeAbusiveMessage, points: 60},
		{name: "spanish contempt", sub: setMessage("Esta empresa es una estafa"), want: CodeAbusiveMessage, points: 60},
		{name: "russian contempt", sub: setMessage("Эта контора просто лохотрон"), want: CodeAbusiveMessage, points: 60},
		{name: "your garbage collection", sub: setMessage("We run your garbage collection routes; can your app plan them?"), not: not},
		{name: "is this a scam question", sub: setMessage("Is your free trial a limited one?"), not: not},
		{name: "this service is great", sub: setMessage("This service is exactly what we need, pricing?"), not: not},
		// Fraud prevention and ordinary words are not abuse.
		{name: "your fraud detection", sub: setMessage("Does your fraud detection flag thieves and scammers on checkout?"), not: not},
		{name: "can you catch scammers", sub: setMessage("Can you help us catch scammers and liars in our marketplace?"), not: not},
		{name: "german betrüger erkennen", sub: setMessage("Können Sie uns helfen, Betrüger zu erkennen?"), not: not},
		{name: "french vous détectez les escrocs", sub: setMessage("Est-ce que vous détectez les escrocs ?"), not: not},
		{name: "russian мошенники", sub: setMessage("Ваша система ловит мошенников? Нам нужна защита от жуликов."), not: not},
		{name: "fraud prevention", sub: setMessage("We need to protect our shop from scammers and thieves. Pricing?"), not: not},
		{name: "spanish fraud prevention", sub: setMessage("Necesitamos detectar estafadores en nuestra tienda."), not: not},
		{name: "scunthorpe", sub: setMessage("We are based in Scunthorpe and Penistone; can we book a demo?"), not: not},
		{name: "danish football", sub: setMessage("Vi er en fodboldklub og vil gerne se en demo."), not: not},
		{name: "shut up shop", sub: setMessage("Will you shut down the old API? We will pay annually."), not: not},
	})
}

// TestMostlyAbuse: a message whose words are largely swearing and
// insults, asking for nothing, is junk however it is aimed; one swear word
// in a customer's or buyer's request is not, in several languages.
func TestMostlyAbuse(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english", sub: setMessage("fuck this fucking form"), want: CodeAbusiveMessage, points: 60},
		{name: "english insults, no question", sub: setMessage("Useless scam outfit. Bunch of crooks and liars."), want: CodeAbusiveMessage, points: 60},
		{name: "german, vendored list", sub: setMessage("Scheiße, Scheiße. Was für Vollpfosten."), want: CodeAbusiveMessage, points: 60},
		{name: "italian", sub: setMessage("Azienda di merda, vaffanculo a tutti voi."), want: CodeAbusiveMessage, points: 60},
		{name: "polish", sub: setMessage("Kurwa, przestańcie dzwonić, banda złodziei."), want: CodeAbusiveMessage, points: 60},
		{name: "hungarian, vendored list", sub: setMessage("Kibaszott kurva cég"), want: CodeAbusiveMessage, points: 60},
		{name: "czech, vendored list", sub: setMessage("Vy jste kokot a hajzl"), want: CodeAbusiveMessage, points: 60},
		// A customer or buyer who swears asks for something: a swear word
		// weighs half, and a second one does not make the message abuse.
		{name: "english buyer swears twice", sub: setMessage("Damn, this shit again. We want to buy 40 seats, can sales call me?"), want: CodeAbusiveMessage, points: 15},
		{name: "french buyer", sub: setMessage("Putain, ça fait trois semaines que j'attends un devis pour 20 utilisateurs."), want: CodeAbusiveMessage, points: 15},
		{name: "spanish customer", sub: setMessage("Vaya mierda de soporte, pero queremos ampliar la licencia a 50 usuarios."), want: CodeAbusiveMessage, points: 15},
		{name: "portuguese customer", sub: setMessage("A fatura veio errada de novo, que porra. Preciso falar sobre o contrato."), want: CodeAbusiveMessage, points: 15},
		// Words of the vendored lists that are ordinary elsewhere, and
		// medical words, never count.
		{name: "english am and turkish am", sub: setMessage("I am writing because I am the buyer"), not: not},
		{name: "spanish con", sub: setMessage("Quiero hablar con ventas con urgencia"), not: not},
		{name: "health clinic", sub: setMessage("We treat erectile dysfunction and penis curvature; is your form HIPAA compliant"), not: not},
		{name: "finnish but", sub: setMessage("Kiitos, mutta tarvitsemme tarjouksen"), not: not},
		{name: "swedish hard sauce", sub: setMessage("Vi gör sås och har hård konkurrens"), not: not},
	})
}

// TestThreatShape: a first person about to act, then a violent verb, in
// several languages; the same verbs in business talk are no threat.
func TestThreatShape(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english", sub: setMessage("One more email and I will come over and burn your office"), want: CodeAbusiveMessage, points: 60},
		{name: "spanish", sub: setMessage("Les voy a quemar la oficina"), want: CodeAbusiveMessage, points: 60},
		{name: "german", sub: setMessage("Ich werde euch alle umbringen"), want: CodeAbusiveMessage, points: 60},
		{name: "russian", sub: setMessage("Я вас всех убью"), want: CodeAbusiveMessage, points: 60},
		{name: "french", sub: setMessage("Je vais vous faire payer ça"), want: CodeAbusiveMessage, points: 60},
		{name: "english business", sub: setMessage("Our new product will kill the competition; can we see a demo?"), not: not},
		{name: "english competition", sub: setMessage("With your tool we will destroy the competition"), not: not},
		{name: "german business", sub: setMessage("Wir werden das alte System abschalten und brauchen ein Angebot"), not: not},
	})
}

// TestListedProfanityTakesEffect: every entry of the vendored lists that is
// not excluded is found in a message, so a word added to a list takes
// effect; every exclusion names an entry of a list, so a refresh that
// drops a word drops its exclusion too.
func TestListedProfanityTakesEffect(t *testing.T) {
	kept, excluded := profanityEntries()
	if len(kept) < 1000 {
		t.Fatalf("%d entries kept from the vendored lists, want the lists whole", len(kept))
	}
	for _, e := range kept {
		msg := "so " + e + " then"
		if n := abusiveWords(msg, newFoldedText(foldText(msg)), false); n != 1 {
			t.Errorf("entry %q (folded %q) counted %d times in a message, want once", e, foldText(e), n)
		}
	}
	listed := map[string]bool{}
	for _, e := range append(append([]string(nil), kept...), excluded...) {
		listed[foldText(e)] = true
	}
	for folded, line := range profanityExclusions() {
		if !listed[folded] {
			t.Errorf("exclude.txt: %q is in no vendored list", line)
		}
	}
}

// TestAbuseWithoutSwearing: insults, contempt and a demand to be left
// alone make abuse together, in many languages and scripts; a demand to
// be left alone, or contempt for a third party's tool, alone do not.
func TestAbuseWithoutSwearing(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english contempt", sub: setMessage("Worst company I have ever dealt with. Total garbage, all of you."), want: CodeAbusiveMessage, points: 60},
		{name: "german insult and go away", sub: setMessage("Was für ein Haufen Idioten. Lasst mich in Ruhe!"), want: CodeAbusiveMessage, points: 60},
		{name: "czech aimed", sub: setMessage("Jste banda zlodějů a podvodníků."), want: CodeAbusiveMessage, points: 60},
		{name: "romanian aimed", sub: setMessage("Sunteți niște hoți și mincinoși."), want: CodeAbusiveMessage, points: 60},
		{name: "greek", sub: setMessage("Είστε απατεώνες. Αφήστε με ήσυχο."), want: CodeAbusiveMessage, points: 60},
		{name: "russian wish", sub: setMessage("Чтоб ваша контора сгорела"), want: CodeAbusiveMessage, points: 60},
		{name: "chinese", sub: setMessage("你们这些骗子，别再给我打电话了！"), want: CodeAbusiveMessage, points: 60},
		{name: "korean", sub: setMessage("사기꾼들아, 다시는 연락하지 마라. 미친놈들."), want: CodeAbusiveMessage, points: 60},
		{name: "japanese", sub: setMessage("お前らは詐欺師だ。二度と連絡するな、バカ。"), want: CodeAbusiveMessage, points: 60},
		{name: "only go away", sub: setMessage("Please stop calling me, I am not interested. Leave me alone."), not: not},
		{name: "contempt for the old tool, a question", sub: setMessage("Our old CRM is garbage and trash. Can yours import our contacts?"), not: not},
		{name: "chinese buyer on scammers", sub: setMessage("我们想防止骗子填写表单，请问价格是多少？"), not: not},
	})
}

// TestAbuseScriptWordsCountOnce: a word of the scripts matched as written
// is listed once, and holds no other, so that it counts once in a message ("연락하지 마"), as a
// word of the folded lists does.
func TestAbuseScriptWordsCountOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range abuseScripts {
		if seen[w] {
			t.Errorf("%q listed twice", w)
		}
		// Nor inside another word of the list: "骗子公司" holds "骗子".
		if n := abuseScriptWords(w); n != 1 {
			t.Errorf("%q counts %d times in itself, want once", w, n)
		}
		seen[w] = true
	}
	for _, msg := range []string{"연락하지 마", "다시는 연락하지 마세요."} {
		if n := abusiveWords(msg, newFoldedText(foldText(msg)), true); n != 1 {
			t.Errorf("%q: %d abusive words, want 1", msg, n)
		}
	}
}

// TestGoAwayInScriptsIsNoInsult: a demand to stop contacting, in scripts
// matched as written, is what "stop calling me" is in Latin letters: a
// person who wants no more calls, not abuse, even beside a request; beside
// an insult it counts as one more abusive word.
func TestGoAwayInScriptsIsNoInsult(t *testing.T) {
	for _, msg := range []string{
		"别再给我打电话。",
		"연락하지 마세요.",
		"इस नंबर पर फ़ोन मत कीजिए।",
		"二度と連絡するな。",
		"이번 달 견적서를 보내주세요. 그리고 다시는 연락하지 마세요.",
	} {
		m := newFoldedText(foldText(msg))
		if why, pts := abusiveMessage(msg, m, ""); pts > 0 {
			t.Errorf("%q: abuse (%s, %d)", msg, why, pts)
		}
	}
	msg := "骗子，别再给我打电话"
	if n := abusiveWords(msg, newFoldedText(foldText(msg)), true); n != 2 {
		t.Errorf("%q: %d abusive words, want 2 (the insult and the demand)", msg, n)
	}
}

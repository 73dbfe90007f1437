package screen

import (
	"cmp"
	"strings"
	"testing"
)

// Table tests for the rules written from the kinds' descriptions in
// issue 11 (round three of testdata/kinds): spam trades with a way round
// the form, vendor pitches by shape, abuse in more languages. Each table
// holds genuine look-alikes beside the junk; none of the messages is
// taken from a data set.

// spamOfferOf runs spamOffer on msg as the message detector does.
func spamOfferOf(msg string) string {
	lower := strings.ToLower(msg)
	words, st := scanMessage(msg, lower)
	f := newFoldedText(foldText(msg))
	channel := wayRound(messengerContact(lower, words, st.digits), obfuscatedLink(msg, lower), suspiciousLink(lower))
	return spamOffer(msg, lower, f, words, st, cmp.Or(productQuestion.find(f), asksAboutProduct(msg, f)), channel)
}

func TestSpamOffer(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		spam bool
	}{
		{"Cheap guest posts on DA 60 sites, message me on Telegram @linkfarm_pro", true},
		{"Казино с моментальным выводом, пишите в WhatsApp +7 912 000 11 22", true},
		{"Jasa SEO murah, hubungi WA: 0813-2222-3333", true},
		{"Ganhe dinheiro com cripto todos os dias, acesse lucro-certo ponto com", true},
		{"Préstamos sin aval en 24 horas, escríbenos al +52 55 1234 5678", true},
		{"现金网博彩平台，加微信 abc12345 了解", true},
		{"Bet on football with a 200% deposit bonus at hxxps://bet-now.example", true},
		{"Віднови рейтинг: куплю Google reviews, Telegram @rev_shop", true},
		{"Вuу bасklіnks сhеар, Тelegram @links", true}, // Cyrillic look-alike letters
		// Genuine: a trade without a channel, a channel without a trade,
		// a trade with a question about our product.
		{"We run an online casino and our sign-up form is flooded by bonus hunters. What does it cost?", false},
		{"Can your tool forward leads to our sales team's Telegram group?", false},
		{"We are a crypto exchange; please call me at +44 20 7946 0018 about a demo.", false},
		{"Our SEO agency wants your pricing for 10 sites, my WhatsApp is +34 611 000 222.", false},
		{"Wir sind ein Kreditvermittler. Gibt es eine Testversion? Tel. +49 30 1234567", false},
		{"Is there a free plan?", false},
	} {
		if got := spamOfferOf(tc.msg); (got != "") != tc.spam {
			t.Errorf("%q: spamOffer %q, want spam %v", tc.msg, got, tc.spam)
		}
	}
}

func TestSpamOfferScores(t *testing.T) {
	runCases(t, []detCase{
		{name: "indonesian casino with whatsapp", sub: setMessage("Situs judi online terpercaya, bonus 100%. Hubungi WhatsApp +62 812 3456 7890"), want: CodeSpamContent, points: 80},
		{name: "vietnamese seo with zalo", sub: setMessage("Dịch vụ SEO giá rẻ, liên hệ Zalo 0912 345 678"), want: CodeSpamContent, points: 80},
		{name: "casino operator asks", sub: setMessage("We operate an online casino; can your form block bonus abusers? Pricing please."), not: []string{CodeMessengerContact, CodeObfuscatedLink}},
	})
}

// pitchOf runs pitchShape on msg as the message detector does.
func pitchOf(msg string) int {
	f := newFoldedText(foldText(msg))
	_, halves := pitchShape(msg, f, buyerSigns.find(f))
	return halves
}

func TestPitchShape(t *testing.T) {
	for _, tc := range []struct {
		msg   string
		pitch bool
	}{
		{"We are a boutique PR agency for fintech brands. Could we set up a 20 minute call next week?", true},
		{"Nous sommes une agence de traduction. Seriez-vous disponible pour un échange téléphonique ?", true},
		{"Somos una consultora de RRHH y ofrecemos selección de personal. ¿Le viene bien una llamada el martes?", true},
		{"Wir sind eine Agentur für Videoproduktion. Darf ich Ihnen unsere Arbeiten in einem kurzen Termin vorstellen?", true},
		{"Siamo un'agenzia di traduzioni e offriamo servizi di localizzazione. Possiamo fissare una chiamata?", true},
		{"Мы занимаемся бухгалтерским обслуживанием компаний. Удобно ли вам созвониться в четверг?", true},
		{"Vi är en byrå för poddproduktion och erbjuder tjänster för B2B. Har du tid för ett samtal?", true},
		{"We offer payroll services in 20 countries. Let's book a quick intro call.", true},
		// Buyers and leads who present themselves and want a call about
		// our product.
		{"We are a logistics company with 200 staff. Could we have a call about your product next week?", false},
		{"We are an agency and want to resell your platform. Can we book a call?", false},
		{"Somos una empresa de transporte y buscamos una herramienta de formularios. ¿Podemos tener una llamada?", false},
		{"Nous sommes une agence web. Quel est le tarif pour 5 sites ? Un appel serait utile.", false},
		{"On behalf of our procurement team: we are a bank and need a quote. Can we schedule a call?", false},
		{"We are a small bakery. Do you have a free plan?", false},
		{"Hi, could we schedule a call?", false},
	} {
		if got := pitchOf(tc.msg); (got > 0) != tc.pitch {
			t.Errorf("%q: pitchShape %d halves, want pitch %v", tc.msg, got, tc.pitch)
		}
	}
}

func TestAbuseMoreLanguages(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "indonesian", sub: setMessage("Dasar penipu, jangan ganggu saya lagi!"), want: CodeAbusiveMessage, points: 60},
		{name: "swedish", sub: setMessage("Ni är bedragare. Sluta ringa mig."), want: CodeAbusiveMessage, points: 60},
		{name: "czech", sub: setMessage("Jste kreténi, přestaňte mi volat."), want: CodeAbusiveMessage, points: 60},
		{name: "ukrainian", sub: setMessage("Ви шахраї, відчепіться від мене."), want: CodeAbusiveMessage, points: 60},
		{name: "turkish", sub: setMessage("Şerefsizler, beni aramayın artık."), want: CodeAbusiveMessage, points: 60},
		{name: "arabic", sub: setMessage("أنتم لصوص، اتركوني"), want: CodeAbusiveMessage, points: 60},
		{name: "hindi", sub: setMessage("धोखेबाज़ लोग, फ़ोन मत करो"), want: CodeAbusiveMessage, points: 60},
		{name: "english vocative", sub: setMessage("Thanks for nothing, clowns."), want: CodeAbusiveMessage, points: 60},
		{name: "spanish vocative", sub: setMessage("Malditos estafadores, borrenme ya."), want: CodeAbusiveMessage, points: 60},
		{name: "aimed at the reader's people", sub: setMessage("Your sales rep is a liar and a fraud"), want: CodeAbusiveMessage, points: 60},
		{name: "contempt for this site", sub: setMessage("This site is a waste of space"), want: CodeAbusiveMessage, points: 60},
		// Genuine: a frustrated customer with a request, fraud
		// prevention, a swear word as a sigh.
		{name: "customer insults their portal", sub: setMessage("Your billing portal is garbage but we want to renew. Call me."), not: []string{}},
		{name: "spammers are the problem", sub: setMessage("Spammers flood our form every night. Do you stop them?"), not: not},
		{name: "indonesian fraud prevention", sub: setMessage("Apakah sistem Anda bisa mendeteksi penipu di formulir kami?"), not: not},
		{name: "swear word as a sigh", sub: setMessage("Damn, the old form broke again. Can we move to your tool this week?"), not: []string{}},
		{name: "scam protection japanese", sub: setMessage("フォームの詐欺対策について相談したいです。"), not: not},
	})
}

package screen

import (
	"strings"
)

// The moves of cold outreach that name no service. The other pitch
// checks (outreach.go, direction.go) look for a sender who says what it
// provides; a good share of outreach never does. It chases its own
// earlier message ("just bumping this", "ik wilde even terugkomen op mijn
// vorige bericht"), speaks as an investor ("we invest in early-stage
// software", "your fundraising plans"), reports what it found wrong with
// our site unasked ("I ran an audit of your site", "I noticed your
// website doesn't…"), or offers something of its own ("a verified list",
// "our newsletter to 80k founders", "a partnership opportunity between
// our companies"), and asks whether we are interested or have time.
//
// Each move is ordinary alone: a buyer chases an unanswered question, a
// fund's portfolio firm buys software, a customer notices a bug. A pitch
// is two different moves with no buyer's sign of weight: no request for a
// quote, a demo, a plan, and no need of the sender's own. Phrases that a
// vendor uses as readily as a buyer ("your product looks great", "your
// SOC 2 audit") do not clear it: what the sender does with our product
// decides, not that it names it.

// followUpMoves are a sender chasing their own unanswered message,
// folded.
var followUpMoves = foldedPhrases(
	"bumping this", "bump this", "just bumping", "circling back", "circle back", "following up on my",
	"follow up on my", "following up on this", "following up on our", "my previous email", "my previous note",
	"my previous message", "my last email", "my last message", "my last note", "my email from last week",
	"did you get a chance", "did you have a chance", "following up once more", "following up again",
	"just following up", "vio mi correo", "mi correo de la semana pasada", "viu meu email", "hai visto la mia", "haven t heard back", "have not heard back", "floating this",
	"meine letzte nachricht", "meine letzte e mail", "meine vorherige nachricht", "meine e mail von letzter woche",
	"ich wollte nochmal nachfragen", "ich melde mich noch einmal", "ich hake nach",
	"mon precedent message", "mon dernier message", "mon dernier mail", "mon precedent mail", "je me permets de vous relancer",
	"je reviens vers vous", "suite a mon precedent",
	"mi correo anterior", "mi mensaje anterior", "mi ultimo correo", "mi ultimo mensaje", "retomo mi mensaje",
	"le escribo de nuevo", "vuelvo a escribirle",
	"minha mensagem anterior", "meu email anterior", "meu e mail anterior", "meu ultimo email", "retomando meu contato",
	"il mio messaggio precedente", "la mia mail precedente", "la mia ultima mail", "la mia email precedente",
	"mijn vorige bericht", "mijn vorige mail", "mijn laatste mail", "terugkomen op mijn",
	"moja poprzednia wiadomosc", "mojej poprzedniej wiadomosci", "mojego poprzedniego maila", "mojego poprzedniego e maila",
	"мое предыдущее письмо", "моему предыдущему письму", "моего предыдущего письма", "мое прошлое письмо", "напоминаю о себе",
	"przypominam sie", "wczesniejszej wiadomosci", "poprzedniej wiadomosci", "torno a scriverle", "torno a scriverti",
	"non ho ricevuto risposta", "ha avuto modo di", "avete avuto modo di", "no he recibido respuesta", "ha tenido ocasion de",
	"je n ai pas eu de retour", "avez vous eu le temps", "ich habe noch keine antwort", "hatten sie gelegenheit",
	"nog geen reactie", "не получил ответа", "ответа на мое письмо",
	"mitt tidigare mejl", "mitt senaste mejl", "mitt forra mejl", "onceki mesajim", "onceki e postam", "onceki mailim",
)

// investorMoves are an investor or a lender speaking, folded: the
// sender funds companies and asks about ours.
var investorMoves = foldedPhrases(
	"we invest in", "we invest", "we ve been following your", "we have been following your", "been following your",
	"your fundraising", "your fundraise", "fundraising plans", "your next round", "your funding round",
	"raising a round", "seed round", "series a", "series b", "venture partner", "a partner at", "i m a partner at",
	"connect with your founders", "your founders", "non dilutive", "no equity", "without giving up equity",
	"revenue based financing", "revenue based funding", "growth capital", "venture debt", "term sheet",
	"wir investieren in", "ihre finanzierungsrunde", "nous investissons dans", "votre levee de fonds",
	"invertimos en", "su ronda de financiacion", "investimos em", "sua rodada de investimento",
	"investiamo in", "il vostro round", "wij investeren in", "inwestujemy w", "мы инвестируем в", "ваш раунд",
	"vi investerar i", "yatirim yapiyoruz", "notre fonds", "lever des fonds", "levee de fonds", "nuestro fondo",
	"nosso fundo", "il nostro fondo", "unser fonds", "ons fonds", "наш фонд", "working capital", "may qualify for",
	"pre approved", "preapproved", "business loan", "merchant cash advance", "venture capital", "um fundo de", "un fondo de",
	"captando", "nova rodada", "nueva ronda", "acquiring companies", "considered an exit", "an exit", "acquisition of your",
)

// findingMoves are a sender reporting, unasked, what it found on our
// site or in our product, folded.
var findingMoves = foldedPhrases(
	"i noticed your website", "i noticed that your website", "i noticed your site", "i noticed that your site",
	"noticed your website doesn", "i came across your website", "i came across your site",
	"i ran a quick audit", "i ran an audit", "i ran a free audit", "we ran an audit", "we ran a quick audit",
	"i audited your", "we audited your", "found a few bugs", "we found a few", "i found a few", "issues that are costing",
	"costing you traffic", "costing you leads", "costing you customers", "your site doesn t", "your website doesn t",
	"your website isn t", "your site isn t", "your site is slow", "your website is slow", "not ranking",
	"j ai remarque que votre site", "j ai remarque que votre", "en visitant votre site", "votre site ne",
	"he visto que su web", "he visto que su pagina", "he revisado su web", "su web no",
	"ich habe mir ihre website angesehen", "mir ist aufgefallen dass ihre", "ihre website ist nicht",
	"reparei que o seu site", "reparei que seu site", "o seu site nao", "ho notato che il vostro sito",
	"il vostro sito non", "ik zag dat uw website", "uw website is niet", "zauwazylem ze panstwa strona",
	"заметил что ваш сайт", "посмотрел ваш сайт", "ваш сайт не", "web sitenizi inceledim", "web siteniz",
	"изучили ваш сайт", "изучил ваш сайт", "точек роста", "vi o vosso site", "vi o seu site", "vi seu site", "vi su web",
	"loved your latest", "loved your blog", "abbiamo analizzato il vostro sito", "abbiamo analizzato il vostro",
	"wir haben ihre website analysiert", "nous avons analyse votre site", "hemos analizado su web", "read your latest", "your latest blog post", "could convert", "podia converter",
)

// findingScripts are the same move in scripts without spaces between
// words, matched on the raw message.
var findingScripts = []string{"ウェブサイトを拝見", "サイトを拝見", "网站存在", "看了贵公司的网站", "浏览了贵公司网站"}

// supplyMoves are a sender offering something of its own that the
// service lists do not name: lists and databases of contacts, an
// audience, a marketplace, a partnership, people for hire, folded.
var supplyMoves = foldedPhrases(
	"verified list", "a list of", "contact list", "email list", "decision makers", "contacts of", "database of",
	"dedicated developers", "dedicated react", "dedicated engineers", "developers from", "engineers from",
	"ready to start", "qualified leads", "leads per month", "leads a month", "partnership opportunity",
	"between our companies", "our newsletter", "our audience", "our marketplace", "our community of",
	"feature your product", "feature you in", "promote your product", "sample and pricing", "send a sample",
	"send you a sample", "send the full report", "send you the full report", "the full report", "for a fixed fee",
	"at a fixed price", "per hour", "no fee until", "pay per result", "pay only for results",
	"base atualizada", "contatos de", "base de contatos", "base de datos de", "contactos de", "kontaktdaten",
	"fichier de", "fichiers de", "elenco di", "lista di contatti", "bestand met", "baza kontaktow", "база контактов",
	"целевых заявок", "заявок в месяц", "оплатой за результат", "оплата за результат", "대행사*", "도와드릴*", "chúng tôi cung cấp", "lập trình viên", "đội ngũ",
	"ingen avgift", "ohne vorabkosten", "sans frais", "sin coste inicial", "start at", "starting at", "starts at",
	"production fee", "inclusion package*", "our podcast", "as a guest on", "contamos con", "listos para sumarse",
	"le comparto perfiles", "perfiles", "wij zorgen voor", "volle agenda", "qualifizierte", "готовы бесплатно",
	"бесплатно покажем", "nearshore", "offshore", "outsourcing company", "leading it", "mes tarifs", "nos tarifs", "our rates", "my rates",
	"unsere preise", "meine preise", "nuestras tarifas", "mis tarifas", "i nostri prezzi", "onze tarieven", "наши цены",
	"wij leveren", "adresbestand*", "proefbestand", "под ключ", "разработаем", "сделаем", "настроим", "αναπτυσσουμε",
	"χαμηλο κοστος", "kandidaten", "candidates", "candidatos", "kandydatow", "co marketing", "joint webinar",
	"we d change", "in yours", "automatizacion de su", "automation of your", "your prospecting", "su prospeccion",
	"freelance", "freelancer", "traductrice", "traducteur",
)

// interestMoves ask whether the reader is interested or has time, beyond
// outreachAsks, folded.
var interestMoves = foldedPhrases(
	"are you still looking", "still interested", "be of interest", "of interest to you", "is this something",
	"would you be interested", "interested in a", "happy to send", "posso te enviar", "posso enviar",
	"le interesaria", "les interesaria", "le interesa", "vi interessa", "vi andrebbe", "interessiert sie", "would love to connect", "love to connect", "love to learn more", "love to chat",
	"ware das interessant", "cela vous interesse", "seriez vous interesse", "czy moge przeslac", "могу прислать",
	"вам интересно", "heeft u interesse", "heeft u deze week tijd", "tem interesse", "trao đổi nhanh",
	"ska vi ta", "har ni tid", "zal ik", "с кем можно обсудить", "θα θελατε να μιλησουμε", "right person to talk",
	"walk you through", "would you like to hear", "like to hear how", "puis je vous envoyer", "kisa bir gorusme", "wann passt", "удобно созвониться", "zin om te sparren",
	"le comparto", "let us know your requirements", "kindly let us know", "reply yes", "reply to this message",
	"let me know", "ist das thema", "czy temat jest aktualny", "ha avuto modo di leggerla", "미팅", "가능하신가요",
)

// askScripts are asks for the reader's time in scripts without spaces
// between words, matched on the raw message.
var askScripts = []string{"お時間いただけ", "お時間をいただけ", "お時間を頂け", "ご都合", "通个电话", "打个电话", "方便通话", "聊一聊"}

// weakBuyerSigns are buyerSigns that a vendor writes as readily as a
// buyer: our product as the object of the sender's work or praise, the
// audit the sender sells.
var weakBuyerSigns = setOf("your product", "your platform", "your software", "your app", "your tool", "your solution",
	"soc 2", "trial", "purchase", "subscription")

// buyerVerbsBefore make a weak buyer sign a buyer's again: "see your
// product", "try your platform", "buy your software".
var buyerVerbsBefore = setOf("see", "try", "test", "use", "using", "buy", "about", "evaluate", "adopt", "integrate",
	"of", "for", "a", "free")

// pitchMoves explains a pitch made of two different moves of cold
// outreach (see above) and weighs it in halves of vendor_outreach's
// points: 3 (junk on its own) with no buyer's sign of weight and no need
// of the sender's; else 0.
func pitchMoves(msg string, m foldedText) (string, int) {
	if strongBuyerSign(m) != "" || senderNeed(m) != "" {
		return "", 0
	}
	finding := findingMoves.find(m)
	if finding == "" {
		finding = firstIn(msg, findingScripts)
	}
	// Not vendorSelf nor outreachOffer: a clinic, a shop or a carrier
	// presents itself and what it provides too ("we provide logistics
	// services"), then asks for a call about our product.
	supply := firstOf(senderPhrase(supplyMoves, m), senderPhrase(outreachServices, m), deliveryPromise(m.text))
	moves := []struct{ what, found string }{
		{"chases its own earlier message", followUpMoves.find(m)},
		{"speaks as an investor", investorMoves.find(m)},
		// An investor who also asks about our raising speaks twice.
		{"asks about our funding", secondPhrase(investorMoves, m)},
		{"reports what it found on our site", finding},
		{"offers its own", supply},
	}
	var seen []string
	for _, mv := range moves {
		if mv.found != "" {
			seen = append(seen, mv.what+" ("+quote(mv.found, 24)+")")
		}
	}
	// The ask is a move of any message, pitch or not: it counts beside
	// one of the moves above, and only the first two are told, so it is
	// looked for only when exactly one was found.
	if len(seen) == 1 {
		ask := firstOf(interestMoves.find(m), outreachAsks.find(m), interestQuestion(msg), meetingAsk(msg), firstIn(msg, askScripts))
		if ask != "" {
			seen = append(seen, "asks whether we are interested ("+quote(ask, 24)+")")
		}
	}
	if len(seen) < 2 {
		return "", 0
	}
	return clip(strings.Join(seen[:2], " and "), reasonDetailMax-50), 3
}

// promiseIn matches a delivery promised in a time ("in 90 days", "in 8
// weeks", "en 48 heures", "innerhalb von 10 Tagen", "за 14 дней"), on
// folded text: a provider's terms.
var promiseIn = newLazyRegexp(`(^| )(in|within|en|em|entro|binnen|innerhalb von|innerhalb|w ciagu|за|icinde) \d{1,3} (` + adTimeWords + `|hours|stunden|heures|horas|ore|uur|godzin|часов|saat|gun|hafta)( |$)`)

// deliveryPromise returns a delivery promised in a time in folded, or "".
func deliveryPromise(folded string) string {
	if !strings.ContainsAny(folded, "0123456789") {
		return ""
	}
	return strings.TrimSpace(promiseIn.FindString(folded))
}

// secondPhrase returns the second distinct phrase of l in m, or "".
func secondPhrase(l phraseList, m foldedText) string {
	first := ""
	for i := range m.words {
		if n := l.atWord(m, i); n > 0 {
			p := strings.Join(m.words[i:i+n], " ")
			switch {
			case first == "":
				first = p
			case !strings.Contains(first, p) && !strings.Contains(p, first):
				return p
			}
		}
	}
	return ""
}

// firstOf returns the first non-empty string, or "".
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// strongBuyerSign returns the first buyerSigns phrase in m that is not
// one of weakBuyerSigns, or "".
func strongBuyerSign(m foldedText) string {
	for i := range m.words {
		if n := buyerSigns.atWord(m, i); n > 0 {
			p := strings.Join(m.words[i:i+n], " ")
			if senderOwns(m.words, i) || offeredAfterInterest(m.words, i) {
				continue // "mes tarifs", "vi interessa un preventivo": the sender's own
			}
			if !has(weakBuyerSigns, p) || i > 0 && has(buyerVerbsBefore, m.words[i-1]) {
				return p
			}
		}
	}
	return ""
}

// senderNeed returns a needSigns phrase in m other than the reader's
// interest a vendor asks about ("would you be interested"), or "".
func senderNeed(m foldedText) string {
	for i := range m.words {
		if n := needSigns.atWord(m, i); n > 0 {
			if w := m.words[i]; strings.HasPrefix(w, "interest") || i > 0 && m.words[i-1] == "be" || askedOfReader(m.words, i) ||
				i+1 < len(m.words) && has(readerSubjects, m.words[i+1]) {
				// "suchen Sie", "cherchez vous": the reader is asked.
				continue
			}
			return strings.Join(m.words[i:i+n], " ")
		}
	}
	return ""
}

// readerSubjects are the pronouns that make the reader the one who needs
// or wants ("do you need", "brauchen Sie", "anh/chị có muốn"): a
// vendor's question, not the sender's need.
var readerSubjects = setOf("you", "sie", "vous", "usted", "ustedes", "voce", "voces", "lei", "u", "jij", "pan", "pani",
	"panstwo", "вы", "ты", "siz", "ni", "du", "anh", "chi", "ban", "quy", "anda")

// askedOfReader reports whether one of the two words before words[i] is
// a pronoun for the reader.
func askedOfReader(words []string, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if has(readerSubjects, words[k]) {
			return true
		}
	}
	return false
}

// senderPossessives make what follows the sender's own ("our rates",
// "mes tarifs", "unsere Preise"), folded.
var senderPossessives = setOf("our", "my", "mes", "nos", "notre", "mon", "ma", "unsere", "unser", "meine", "mein",
	"nuestras", "nuestros", "nuestra", "nuestro", "mis", "nossos", "nossas", "nosso", "nossa", "i", "nostri", "nostre",
	"onze", "mijn", "nasze", "nasz", "наши", "наш", "mina", "vara", "vare")

// senderPhrase returns the first phrase of l in m that is not the
// reader's ("your support team are useless": a customer speaks of our
// team, not a vendor of theirs), or "".
func senderPhrase(l phraseList, m foldedText) string {
	for i := range m.words {
		if n := l.atWord(m, i); n > 0 && (i == 0 || !has(readerWords, m.words[i-1])) {
			return strings.Join(m.words[i:i+n], " ")
		}
	}
	return ""
}

// senderOwns reports whether words[i] follows a sender's possessive.
func senderOwns(words []string, i int) bool {
	return i > 0 && has(senderPossessives, words[i-1])
}

// offeredAfterInterest reports whether one of the three words before
// words[i] asks the reader's interest ("vi interessa un preventivo",
// "would you like a quote"): the sender offers what follows.
func offeredAfterInterest(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if strings.HasPrefix(words[k], "interes") || words[k] == "like" && k > 0 && words[k-1] == "you" {
			return true
		}
	}
	return false
}

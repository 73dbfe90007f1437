package screen

import (
	"cmp"
	"strings"
)

// What an advert asks of us: nothing. A health shop writing to us and an
// advert for its pills can share every word (a slimming tea, 50 % off,
// cash on delivery); what they never share is who is asked for what. A
// customer asks the reader something: a question, a quote, a call, a
// trial. An advert only tells, promises and urges the reader to buy; its
// questions are hooks about the reader's complaint ("Tired of back
// pain?"), not questions to us. So an advert with two kinds of cue that
// asks nothing of us weighs one kind more (junk), and a word that would
// make it a question about our product ("offerte" is a quote in Dutch
// and free delivery in French) counts only where something is asked.

// requestsOfUs are more ways than requestWords (abusereading.go) of
// asking the reader for something without a question mark, folded: we
// are looking for, get back to me, interested in your, in the languages
// adverts and leads come in.
var requestsOfUs = foldedPhrases(
	"kindly", "we need", "we require", "we are looking for", "we re looking for", "i am looking for", "i m looking for",
	"get back to me", "get back to us", "call me", "contact me", "interested in your", "i am interested",
	"i m interested", "we are interested", "we re interested", "wir wurden gerne", "ich wurde gerne",
	"wir suchen", "ich suche", "wir benotigen", "senden sie", "schicken sie", "melden sie sich",
	"nous aimerions", "nous souhaitons", "nous souhaiterions", "je souhaite", "je souhaiterais", "j aimerais",
	"nous cherchons", "je cherche", "envoyez moi", "envoyez nous", "pourriez vous", "nos gustaria",
	"me gustaria", "quisieramos", "buscamos", "envienme", "gostariamos", "por gentileza", "procuramos",
	"enviem", "vorrei", "cerchiamo", "inviateci", "mandateci", "wij zoeken", "we zoeken", "stuurt u", "prosimy",
	"chcielibysmy", "chcialbym", "chcialabym", "szukamy", "potrzebujemy", "хотели бы", "хотел бы", "хотела бы",
	"прошу", "просим", "ищем", "пришлите", "отправьте", "будь ласка", "хотіли б", "прошу надіслати", "lutfen",
	"rica ediyoruz", "istiyoruz", "ariyoruz", "ihtiyacimiz", "prosim", "chteli bychom", "hledame", "kerjuk",
	"szeretnenk", "va rugam", "am dori", "cautam", "vanligen", "vi skulle vilja", "vi soker", "vennligst",
	"vi onsker", "venligst", "vi vil gerne", "ystavallisesti", "παρακαλω", "θα θελαμε",
	// The polite asks of more of the world's languages: we would like to
	// know, please send me, could you, I request (task asking: a Dar es
	// Salaam insurer's "Tungependa kujua bei … Naomba mnitumie maelezo"
	// read as asking nothing). Not a bare "please" where adverts say
	// "please contact us": only the sender's own wish to know, a request
	// to send to the sender, or a verb of requesting.
	"könnten sie", "würden sie", "wäre es möglich", "zouden jullie", "kunnen jullie", "zou u", "kunt u mij",
	"czy moglibyście", "czy mogliby państwo", "не могли бы вы", "подскажите", "хотелось бы узнать",
	"хотим узнать", "підкажіть", "чи могли б ви", "хотіли б дізнатися", "gostaríamos de saber",
	"poderiam enviar", "podrían enviarme", "podrían enviarnos", "quisiéramos saber", "nous voudrions savoir",
	"pourriez-vous", "vorremmo sapere", "potreste inviarci",
	"tungependa kujua", "ningependa kujua", "naomba", "tunaomba", "mnitumie", "mtutumie", "tafadhali nitumie",
	"tafadhali tutumie",
	"kami ingin tahu", "saya ingin tahu", "ingin menanyakan", "mau tanya", "mohon info", "mohon informasi",
	"mohon dikirim", "tolong kirim", "bisa kirimkan", "nak tanya", "ingin bertanya", "sila hantar", "boleh hantar",
	"gusto po naming malaman", "gusto ko pong malaman", "pakipadala", "maaari po ba", "pwede po ba",
	"xin vui lòng", "vui lòng gửi", "xin cho biết", "cho tôi biết", "chúng tôi muốn biết", "làm ơn gửi",
	"öğrenmek istiyoruz", "bilgi almak istiyoruz", "gönderebilir misiniz", "rica ederim",
	"kripya", "kripaya", "jankari chahiye", "bhej dijiye", "bataiye", "batayein",
	"don allah", "muna son sanin", "ina son sanin", "ku turo mana", "ẹ jọwọ", "a fẹ mọ",
	"ngicela", "sicela", "siyacela", "waxaan rabnaa inaan ogaano", "fadlan noo soo dir", "fadlan ii soo dir",
	"نود معرفة", "أود معرفة", "نرجو", "أرجو", "يرجى إرسال", "هل يمكنكم", "لطفا", "می‌خواستم بدانم",
	"ممنون میشوم", "אשמח לדעת", "נשמח לדעת", "תוכלו לשלוח", "אנא שלחו", "알려주세요", "알려 주세요", "보내주세요",
	"보내 주세요", "부탁드립니다", "እባክዎ", "ማወቅ እንፈልጋለን",
)

// asksOfUs returns how msg asks the reader for something (a question that
// is not about a complaint, or a request), or "" when it asks nothing.
func asksOfUs(msg string, m foldedText) string {
	if hasAnyOf(msg, "?？؟¿") {
		for s := range sentences(msg) {
			if !hasAnyOf(s, "?？؟¿") {
				continue
			}
			q := newFoldedText(foldText(s))
			// A hook of one word that is the whole message ("Lonely?")
			// asks us something: nothing follows that an advert would say.
			hook := advertHook(q) && (len(q.words) > 1 || strings.TrimSpace(msg) != strings.TrimSpace(s))
			if adRemedies.find(q) == "" && !hook && !wishHook(q) && !oneWordHook(msg, s, q) {
				return "a question"
			}
		}
	}
	if ownNeed(m) {
		return "a need of the sender's own"
	}
	// The spam table's asks are a buyer's words in every language it
	// holds ("tunataka kununua", "báo giá"): a lender that asks to buy in
	// Swahili asks of us as one that asks in English does.
	return cmp.Or(requestWords.find(m), requestsOfUs.find(m), vocabFind("ask", vocabAsks, m))
}

// askingOfUs returns how a message asks something of us, or "" when it
// asks nothing: a question about our product, a question that is no
// advert's hook or a request (asksOfUs), our product named as the
// reader's ("your filter", "ваш сервис"). A buyer writes for an answer
// and gives the channel it reads: where a message asks, a spam trade
// beside a way round the form weighs as in a question about our product
// (spamOffer leaves it), and the spam model and a messenger do not
// corroborate each other (evidence.go). Not the looser buyer's signs: an
// advert names its own prices and trials in their words.
func askingOfUs(msg string, m foldedText) string {
	product := cmp.Or(productQuestion.find(m), asksAboutProduct(msg, m), readerToolQuestion(msg))
	return cmp.Or(product, asksOfUs(msg, m), namedOurs(msg, m))
}

// namedOurs returns "our product named" when msg names our product as
// the reader's (namesOurProduct), or "".
func namedOurs(msg string, m foldedText) string {
	if namesOurProduct(msg, m) {
		return "our product named"
	}
	return ""
}

// ownNeed reports whether the sender states a need of its own ("our shop
// needs forms for three sites", "my team requires SSO"): a first person
// before a word of needing. An advert states the reader's needs ("your
// site needs SEO"), never its own.
func ownNeed(m foldedText) bool {
	mine := false
	for _, w := range m.words {
		switch w {
		case "we", "our", "i", "my", "us":
			mine = true
		case "your", "you":
			mine = false
		case "need", "needs", "require", "requires":
			if mine {
				return true
			}
		}
	}
	return false
}

// advertHooks open the questions adverts ask about the reader's own
// condition or wishes, folded: "Tired of…?", "Want to look younger?",
// "Souffrez-vous de…?". Nobody asks a seller of software about those.
var advertHooks = foldedPhrases(
	"tired of", "sick of", "fed up with", "suffering from", "do you suffer", "struggling with", "want to lose",
	"want to look", "want to feel", "want to get rid", "dreaming of", "ready to lose", "ready to feel",
	"genug von", "leiden sie", "leidest du", "wollen sie abnehmen", "willst du abnehmen",
	"marre de", "souffrez vous", "vous souffrez", "envie de perdre", "cansado de", "cansada de", "sufre de",
	"sufres de", "quieres perder", "quiere perder", "sofre de", "quer perder", "stanco di",
	"stanca di", "soffri di", "soffre di", "vuoi perdere", "last u van", "heb je last van", "wil je afvallen",
	"masz dosc", "cierpisz na", "chcesz schudnac", "устали от", "страдаете от", "хотите похудеть",
)

// advertHook reports whether a question (folded) opens with an advert's
// hook: of advertHooks, or of the spam table's hooks in every language it
// holds ("Kuna bukatar rance?", "Precisa de crédito?", "Eensaam?"; see
// tableHook).
func advertHook(q foldedText) bool {
	if h := advertHooks.find(q); h != "" && strings.HasPrefix(q.text, h) {
		return !namesUsOrOurs(q)
	}
	return tableHook(q)
}

// wishHookReach is how many words into a question its wish may come:
// "Need a loan?", "Lur, butuh dana?", "Do you need cash?".
const wishHookReach = 3

// notWishes are words that make a question with a word of wanting a
// buyer's, folded: the sender in the first person ("do you need my VAT
// number?"), the asking or ordering itself where the sender's pronoun is
// left out ("mau tanya", "nak tanya": I would like to ask; "mau order 3
// lisensi"), and what we sell or are asked for (toolNouns, askedFor: "¿se
// necesita tarjeta para la prueba?").
var notWishes = setOf(
	"i", "me", "my", "we", "us", "our", "je", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "ich", "mir", "mich",
	"mein", "meine", "wir", "uns", "unser", "unsere", "yo", "mi", "mis", "nosotros", "nuestro", "nuestra", "eu",
	"meu", "minha", "nosso", "nossa", "io", "noi", "nostro", "nostra", "ik", "wij", "ons", "onze", "mijn", "ja",
	"moj", "moja", "nasz", "nasza", "я", "мне", "мы", "нам", "нас", "наш", "наша", "мои", "моя", "ben", "biz",
	"saya", "aku", "kami", "kita", "sisi", "mimi", "tanya", "bertanya", "tahu", "ask", "know", "saber", "savoir",
	"wissen", "sapere", "weten", "знать", "узнать", "спросить", "order", "pesan",
)

// wishHook reports whether a question (folded) asks what the reader
// wants or needs within its first words (the spam table's wishes: "Need
// a loan?", "¿Necesitas un préstamo?", "Нужны отзывы?", "Lur, butuh
// dana?"), and names neither the sender nor what we sell. A buyer asks
// what we offer, accept or can do ("Vous acceptez Wave ?", "Is there an
// agency plan?"); an advert asks what the reader wants, and answers with
// its own goods.
func wishHook(q foldedText) bool {
	at, n := -1, 0
	for i := 0; i < len(q.words) && i < wishHookReach; i++ {
		if n = vocabWishes.atWord(q, i); n > 0 || wishInside(q.words[i]) {
			at, n = i, max(n, 1)
			break
		}
	}
	if at < 0 {
		return false
	}
	for i, w := range q.words {
		if i >= at && i < at+n {
			// The wish's own words: Dutch "wil je" is "do you want",
			// whatever French "je" is.
			continue
		}
		if has(notWishes, w) || has(toolNouns, w) || has(askedFor, w) {
			return false
		}
	}
	return true
}

// tableHook reports whether a question (folded) opens with a hook of the
// spam table and names neither us nor what we sell: the hook asks about
// the reader's need ("Do you need a loan?"), and a question that names
// ours ("Do you need our company IDs?", "Want more seats on your plan?")
// is a buyer's. A hook of one word ("Lonely?", "Seul ?") is the whole
// question or nearly: as the first word of a longer one it is an
// ordinary word ("Seul le plan Pro inclut-il l'API ?").
func tableHook(q foldedText) bool {
	if len(q.words) == 0 {
		return false
	}
	n := vocabHooks.atWord(q, 0)
	for i := 1; n == 0 && i < len(q.words); i++ {
		// A language that puts its verb last ends the question with the
		// hook ("Liqaa saffisaan argachuu barbaadduu?", "Кредит керек пе?").
		if k := vocabHooks.atWord(q, i); k > 1 && i+k == len(q.words) {
			n = k
		}
	}
	if n == 0 && hasWideRunes(q.text) {
		// Scripts matched inside words, at either end: the entry as
		// written says how many words it is.
		joined := strings.ReplaceAll(q.text, " ", "")
		for _, e := range spamVocab().entries {
			if e.kind != "hook" || !matchedInside(e.text) {
				continue
			}
			words := len(strings.Fields(foldText(e.text))) // Tibetan's tsheg parts words too
			if strings.HasPrefix(joined, e.key) || len(q.words) > 1 && words > 1 && strings.HasSuffix(joined, e.key) {
				n = words
				break
			}
		}
	}
	if n == 0 || n == 1 && len(q.words) > 3 {
		return false
	}
	return !namesUsOrOurs(q)
}

// namesUsOrOurs reports whether a question (folded) names its sender or
// what we sell: a first person, a reader's possessive before a word for
// our product, a word of our product, a demonstration, a trial or a
// quote, or a question about our product.
func namesUsOrOurs(q foldedText) bool {
	for _, w := range q.words {
		if has(firstPersons, w) || has(toolNouns, w) || has(askedFor, w) {
			return true
		}
	}
	return productQuestion.find(q) != "" || namesOurProduct(q.text, q) || tablesAsk(q) != ""
}

// firstPersons are the sender's own words in the languages hooks and
// buyers' questions most often come in, folded: we, our, my. Words that
// are another language's "you" or question particle ("je", "vi", "mi")
// are left out.
var firstPersons = setOf(
	"my", "we", "us", "our", "ours", "ich", "mich", "mir", "mein", "meine", "meinen", "wir", "uns",
	"unser", "unsere", "unseren", "moi", "mon", "mes", "nous", "notre", "nos", "yo", "mis",
	"nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "meu", "minha", "nosso", "nossa",
	"nossos", "nossas", "io", "noi", "nostro", "nostra", "nostri", "ik", "wij", "mijn", "ons", "onze",
	"moj", "moja", "moje", "nasz", "nasza", "nasze", "naszej", "naszego", "я", "мы", "мой", "моя", "наш",
	"наша", "наше", "наши", "нашу", "нашего", "нам", "нас", "мене", "наші", "biz", "bizim",
	"benim", "saya", "kami", "kita", "aku", "jag", "minun", "meidan", "біздің", "бизнин",
)

// oneWordHook reports a question of one word that opens a longer message
// and names nothing a customer asks a seller of software about: an
// advert's hook ("Eenzaam?", "Lonely?", "Übergewicht?"), not "Pricing?"
// or "Demo?".
func oneWordHook(msg, sentence string, q foldedText) bool {
	if len(q.words) != 1 || !strings.HasPrefix(strings.TrimSpace(msg), strings.TrimSpace(sentence)) ||
		len(strings.TrimSpace(msg)) <= len(strings.TrimSpace(sentence)) {
		return false
	}
	w := q.words[0]
	return !has(toolNouns, w) && !has(askedFor, w) && !containsAny(w, adPriceWords) && productQuestion.find(q) == ""
}

// toolNouns are the nouns a customer's question uses for what we sell,
// folded: the system, the filter, the service, the plan.
var toolNouns = setOf(
	"system", "systems", "tool", "filter", "service", "plan", "plans", "product", "software", "platform", "solution",
	"app", "api", "integration", "plugin", "widget", "form", "forms", "formulario", "formulaire", "formular",
	"formularz", "formulier", "modulo", "formulario", "форма", "формы",
	"sistema", "systeme", "systeem", "filtro", "filtre", "filtr", "servicio", "servico", "servizio", "service",
	"dienst", "dienstleistung", "tarif", "tarifa", "plano", "piano", "abonnement", "suscripcion", "assinatura",
	"abbonamento", "herramienta", "ferramenta", "strumento", "outil", "werkzeug", "narzedzie", "usluga",
	"система", "сервис", "фильтр", "тариф", "продукт", "систему", "сервиса", "фильтра",
)

// readerPossessives address the reader's own things, folded.
var readerPossessives = setOf(
	"your", "ihr", "ihre", "ihrem", "ihren", "ihres", "votre", "vos", "su", "sus", "seu", "sua", "seus", "suas",
	"vostro", "vostra", "vostri", "vostre", "uw", "jullie", "wasz", "wasza", "wasze", "waszego", "waszej",
	"ваш", "ваша", "ваше", "вашего", "вашеи", "вашу", "vas", "vase", "vasi", "sizin", "teie", "jusu",
)

// askedFor are what a customer asks a seller of software for, folded: a
// demonstration, a trial, a quote. An advert offers its own goods and
// asks for none of these.
var askedFor = setOf(
	"demo", "demonstration", "demonstracion", "demonstracao", "dimostrazione", "demonstratie", "vorfuhrung",
	"prezentacje", "prezentacja", "демонстрацию", "демо", "trial", "essai", "prueba", "prova", "teste", "testversion",
	"testphase", "proefperiode", "пробныи", "quote", "devis", "cotizacion", "orcamento", "preventivo",
	"kostenvoranschlag", "wycena", "wyceny",
)

// readerToolQuestion returns a question about the reader's system, filter
// or service ("¿Su sistema se integra…?", "Can your filter stop them?")
// as a possessive and a noun, or one that asks for a demonstration, a
// trial or a quote ("Proposez-vous une démonstration ?"); or "". Its
// noun is ours, not the reader's body: an advert's hook ("Is your body
// ready?") names none of these.
func readerToolQuestion(msg string) string {
	if !hasAnyOf(msg, "?？؟") {
		return ""
	}
	for s := range sentences(msg) {
		if !hasAnyOf(s, "?？؟") {
			continue
		}
		words := strings.Fields(foldText(s))
		for i, w := range words {
			if has(askedFor, w) {
				return w
			}
			if !has(readerPossessives, w) {
				continue
			}
			// The noun follows the possessive, at most one word between
			// ("your spam filter", "votre nouveau système").
			for j := i + 1; j <= i+2 && j < len(words); j++ {
				if has(toolNouns, words[j]) {
					return w + " " + words[j]
				}
			}
		}
	}
	return ""
}

// namesReaders reports whether phrase (folded) begins with a word for
// "your": it names the reader's product, not the sender's.
func namesReaders(phrase string) bool {
	first, _, _ := strings.Cut(phrase, " ")
	return has(readerPossessives, first)
}

// The one thing an advert does ask is that the reader order now. Its
// call to order is an imperative of ordering or buying with a time word
// right after it ("Bestel vandaag", "Поръчайте днес", "Commandez dès
// aujourd'hui"), in whatever words each language has; adCopy's order
// phrases list the common ones, orderNow finds the rest by that shape.

// orderVerbs are imperatives of ordering and buying, folded (written as
// foldText leaves them: no diacritics, "й" as "и").
var orderVerbs = setOf(
	"order", "buy", "bestel", "bestellen", "bestellt", "koop", "kaufen", "kauft", "commandez", "achetez",
	"pidelo", "pide", "pida", "compra", "compre", "ordena", "encomende", "peca", "ordina", "ordinate", "acquista",
	"zamow", "zamowcie", "kup", "objednejte", "objednajte", "kupte", "rendelje", "rendeld", "comanda", "comandati",
	"cumpara", "bestall", "kop", "bestill", "kob", "bestil", "tilaa", "osta", "narocite", "narucite", "porucite",
	"поручите", "поръчаите", "поръчаи", "закажите", "закажи", "купите", "замовте", "замовляите", "παραγγειλτε",
	"uzsakykite", "pasutiet", "telli", "siparis",
)

// orderTimes are the words for now and today that follow a call to
// order, folded; a few take a word before them ("dès aujourd'hui").
var orderTimes = setOf(
	"now", "today", "nu", "vandaag", "direct", "jetzt", "heute", "sofort", "maintenant", "aujourd", "des", "ya", "hoy",
	"ahora", "agora", "hoje", "ja", "ora", "oggi", "subito", "teraz", "dzis", "dzisiaj", "nyni", "dnes", "ted",
	"teraz", "most", "ma", "acum", "azi", "idag", "na", "nyt", "tanaan", "zdaj", "danes", "odmah", "sada", "danas",
	"сега", "днес", "сеичас", "сегодня", "зараз", "сьогодні", "одмах", "τωρα", "σημερα", "dabar", "siandien", "tagad",
	"kohe", "nuud", "hemen", "simdi", "bugun",
)

// orderNow returns a call to order now in m ("bestel vandaag"), or "".
func orderNow(m foldedText) string {
	for i, w := range m.words {
		if has(orderVerbs, w) && i+1 < len(m.words) && has(orderTimes, m.words[i+1]) {
			return w + " " + m.words[i+1]
		}
	}
	return ""
}

// wishInside reports whether a word (folded) holds a wish of the table
// written in a script that joins its prepositions and articles to words
// (Arabic, Hebrew; see matchedInside): "هل تحتاجون" holds "تحتاج".
func wishInside(word string) bool {
	for _, w := range spamVocab().unspaced["wish"] {
		if strings.Contains(word, w) {
			return true
		}
	}
	return false
}

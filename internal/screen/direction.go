package screen

import (
	"cmp"
	"slices"
	"strings"
)

// The direction of the offer. A vendor and a buyer use the same words —
// "our team", a call, a price, a proposal — but point them opposite ways:
// a vendor offers its own work for the reader's business ("we can take
// over your bookkeeping", "darf ich Ihnen ein Angebot schicken",
// "предлагаем услуги по продвижению вашего сайта"), a buyer asks the
// reader for the reader's product ("can your tool…", "pouvez-vous nous
// envoyer vos tarifs", "prosi o ofertę"). offerDirection scores both
// sides in several languages, each side by how many different ways it
// shows, and vendor outreach is decided by the balance: a message that
// points the offer at us in two ways and never asks for anything of ours
// is a pitch, whatever service it sells and whether or not it asks for a
// call. Procurement, resellers and agencies writing for a client ask for
// our product, so they land on the buyer's side.

// vendorOffers are the sender offering its own work to the reader: a
// first person with a verb of offering or doing, or the reader as the one
// offered to (folded; a trailing * matches any ending).
var vendorOffers = foldedPhrases(
	"offer you", "to offer", "d like to offer", "d love to offer", "we are offering", "we re offering", "i offer",
	"we offer", "we can help you", "we can get you", "we can take", "we can handle", "we can fix", "we can start",
	"we can build", "we can create", "we can manage", "we can run", "we can boost", "we can increase", "we can double",
	"we can cut", "we can reduce", "we can deliver", "we can provide", "we can supply", "we can write",
	"we ll handle", "we will handle", "let our", "let us handle", "let us take", "off your plate",
	"we d be glad to", "we d be happy to", "i d be glad to", "would like to propose", "propose a partnership",
	"i can help", "i m available", "i am available", "we provide", "we supply", "we source", "we produce",
	"we turn", "we automate", "we build", "we design", "we write", "we deliver", "we handle", "we manage",
	"i specialise", "i specialize", "we specialise", "we specialize", "i help", "we help", "done for you",
	"reaching out because we", "our platform finds", "our agents", "our developers can", "our team can",
	"our experts can", "our company supplies", "our company provides", "our firm offers", "our agency offers",
	// German: the reader addressed as Sie in the dative, or our work.
	"wir ihnen", "ich ihnen", "wir sie gerne", "unterstutzen sie gerne", "wir unterstutzen sie",
	"ihnen anbieten", "biete ihnen", "bieten ihnen", "ihnen vorstellen", "ihnen unsere", "ihnen unser",
	"erstellen wir ihnen", "wir ubernehmen", "ubernehmen wir", "wir kummern uns", "wir erstellen", "wir bieten",
	"ich biete", "darf ich ihnen", "soll ich ihnen", "kann ich ihnen", "durfen wir ihnen", "gerne erstellen",
	"unsere dienstleistung*", "unsere leistung*", "unser angebot",
	// French.
	"je vous propose", "nous vous", "vous souhaite de", "accompagnons les entreprises",
	"vous proposer", "vous presenter", "vous offrir", "vous accompagner", "nous pouvons prendre en charge",
	"prendre en charge", "je peux rediger", "je peux vous", "nous pouvons vous", "nos services", "notre offre",
	"nos prestations", "je me permets de vous", "nous vous proposons", "nous proposons",
	// Spanish.
	"ofrecerle", "ofrecerles", "le ofrecemos", "les ofrecemos", "presentarle", "presentarles", "le propongo",
	"les propongo", "nuestros servicios", "nuestra solucion", "nuestra propuesta", "podemos aumentar",
	"podemos ayudarle", "podemos ayudarles", "podemos encargarnos", "ofrecemos",
	// Portuguese.
	"oferecer a sua", "oferecer a sua empresa", "gostariamos de oferecer", "oferecemos", "podemos criar",
	"podemos ajudar", "podemos cuidar", "nossos servicos", "nossa solucao", "posso te mostrar", "posso lhe mostrar",
	// Italian.
	"proporvi", "vorrei proporvi", "vi proponiamo", "offrirvi", "presentarvi", "i nostri servizi",
	"possiamo gestire", "possiamo aiutarvi", "possiamo inviarvi", "offriamo",
	// Dutch.
	"wij kunnen uw", "we kunnen uw", "kunnen wij uw", "wij verzorgen", "wij bieden u", "bieden wij", "ik help",
	"wij nemen", "onze diensten",
	// Polish.
	"zaproponowac panstwu", "zaproponowac", "oferujemy", "pomagamy firmom", "nasze uslugi", "proponujemy",
	// Russian and Ukrainian.
	"мы вам", "я вам", "можем показать", "под ключ",
	"предлагаем", "предлагаю", "пропонуємо", "можем взять на себя", "мы поможем вам", "поможем вам",
	"наши услуги", "свои услуги",
	// Turkish, Swedish, Czech, Indonesian, Vietnamese.
	"sunmak istiyoruz", "sunuyoruz", "hizmeti veriyoruz", "hizmet veriyoruz", "kami membantu", "i can get you", "hizmeti sunuyoruz", "hizmetlerimiz", "vi hjalper foretag", "vi erbjuder",
	"nabizime", "nabizim", "kami menawarkan", "menawarkan", "kami menyediakan", "ingin menawarkan",
	"cung cap dich vu", "chung toi chuyen", "ben em cung cap", "ben em",
)

// vendorProof are a provider's credentials: clients it has served.
var vendorProof = foldedPhrases(
	"we have helped", "we ve helped", "we helped", "have worked with", "ve worked with", "helped over",
	"companies like yours", "brands like yours", "businesses like yours", "teams like yours", "firms like yours",
	"of your size", "similar to yours", "like yours", "zoals het uwe", "como la suya", "como a sua", "comme la votre",
	"comme la votre", "wie ihres", "wie ihre", "come la vostra", "seperti anda", "как ваша", "как ваш", "years of experience", "years in", "case study", "our portfolio", "our clients include",
	"haben bereits", "verholfen", "referenzen", "unsere kunden", "avons accompagne", "a accompagne",
	"ya hemos ayudado", "hemos ayudado", "ja ajudamos", "abbiamo aiutato", "wij hebben", "pomoglismy",
	"мы помогли", "опыт", "портфолио", "lat doswiadczenia",
)

// vendorCalls are what a vendor proposes next: to send its own material
// or prices, a freebie, terms of its own.
var vendorCalls = foldedPhrases(
	"shall i send", "can i send", "may i send", "should i send", "mind if i share", "happy to share", "send you our",
	"send our", "our catalogue", "our catalog", "free audit", "free sample", "free pilot", "free analysis",
	"free trial of our", "no commitment", "if you d like a quote", "you d like a quote", "first week free", "first month free", "open to learning more",
	"open to hearing", "worth a chat", "reply yes", "fixed fee", "fixed fees", "fixed price", "starting at",
	"per hour", "half the price", "guaranteed", "pay only", "you don t pay", "pay on",
	"unverbindlich*", "kostenlose analyse", "kostenlosen analyse", "festpreis", "interesse an",
	"recevoir nos", "nos tarifs", "sans engagement", "recibir una propuesta", "le interesa", "les interesa",
	"auditoria gratuita", "precios competitivos", "posso enviar", "uma proposta", "sem compromisso",
	"vi interessa", "prezzi competitivi", "prezzo fisso", "mag ik u", "zal ik", "vrijblijvend*", "przesłac oferte",
	"w atrakcyjnej cenie", "коммерческое предложение", "за фиксированную плату", "могу прислать",
	"teklifimizi", "far jag boka", "kan jag ringa", "poslat nabidku", "za pevnou cenu", "kirim penawaran",
	"penawaran", "nhan bao gia", "tu van",
	// It sends its own offer: "ein Angebot schicken", not "send us a quote".
	"angebot schicken", "angebot senden", "angebot erstellen", "individuelles angebot", "unverbindliches angebot",
	"offerte sturen", "een offerte", "send you a proposal", "send you a quote", "send a proposal", "enviarle",
	"vous envoyer un devis", "inviarvi", "enviar uma proposta",
	// It asks when the reader is free, or whether the reader is
	// interested: a buyer asks for a demo or a price instead.
	"wann passt es ihnen", "wann passt es", "quand seriez vous disponible", "seriez vous disponible",
	"when would suit you", "when are you free", "cuando le viene bien", "готовы обсудить", "обсудим",
	"gorusmek ister misiniz", "any interest", "le interesaria",
	"in your area", "want me to send", "want me to show", "may we send", "may i send", "can i show", "could i show",
	"may i show", "can we show", "shall we send", "would you like us to", "do you want us to", "want us to",
	"we charge", "we bill", "mag ik u", "mag ik je", "le envio", "les envio", "le mando", "puis je vous",
	"pourrais je vous", "posso mostrarle", "posso mostrarvi", "posso inviarvi", "posso lhe", "gonderelim",
	"gondereyim", "ska jag skicka", "far jag skicka", "czy moge przesłac", "czy moge wysłac", "moge przesłac",
	"могу отправить", "скинуть", "прислать вам", "bolehkah saya kirim", "boleh saya kirim",
	"cle en main", "turnkey", "schlusselfertig", "llave en mano", "chave na mao", "chiavi in mano", "anh chi quan tam", "quan tam khong",
	// Its own prices, with the terms a seller sets: "at a fixed price",
	// "a un precio cerrado", "uygun fiyatlarla".
	"at a fixed", "at a flat", "a flat", "precio cerrado", "precio fijo", "a un precio", "prix fixe", "a prix fixe",
	"prezzo fisso", "a un prezzo", "preco fixo", "valor fixo", "vaste prijs", "zu einem festpreis", "uygun fiyat*",
	"по выгодной цене", "rates start", "prices start", "price starts",
	// Its own prices: "our rates", not "your pricing".
	"our rates", "recevoir nos tarifs", "nos tarifs", "nos prix", "unsere preise",
	"nuestros precios", "nuestras tarifas", "nossos precos", "i nostri prezzi", "le nostre tariffe", "onze prijzen",
	"onze tarieven", "nasze ceny", "наши цены", "наши расценки", "fiyatlarimiz",
)

// readerBusiness are the reader's business as the object of the
// sender's work: what a vendor offers to improve.
var readerBusiness = foldedPhrases(
	"your website", "your site", "your sales", "your company", "your business", "your team", "your dev team",
	"your inbox", "your calendar", "your blog", "your pipeline", "your customers", "your marketing",
	"your social media", "your brand", "your office", "your cloud", "your payroll", "your bookkeeping",
	"ihre buchhaltung", "ihre website", "ihre webseite", "ihren online", "ihr unternehmen", "ihre neue",
	"ihre firma", "vos reseaux", "votre site", "votre entreprise", "vos clients", "sus ventas", "su empresa",
	"su posicionamiento", "su web", "sus redes", "sua empresa", "seu site", "le vostre campagne", "vostra azienda",
	"il vostro sito", "uw klantenservice", "uw website", "uw bedrijf", "panstwa firm*", "ваш сайт",
	"вашего сайта", "вашей компании", "вашу компанию", "sirketinize", "firmaniz", "foretag som ert",
	"perusahaan anda", "bisnis anda", "sirketiniz icin", "firmaniz icin",
)

// buyerAsks are the other direction: the sender asks the reader for the
// reader's product, price or help with a need of its own, beyond
// buyerSigns (folded).
var buyerAsks = foldedPhrases(
	"your form", "your filter", "your plan", "your service", "enterprise plan", "business plan", "pro plan",
	"send us", "show us", "walk us", "can we get", "could we get", "we would like to use", "we d like to use",
	"do you integrate", "does it", "is there", "is that possible", "on behalf of", "our client", "for our clients",
	"our form", "our website gets", "our site gets", "we want", "partner", "partnership program*", "who handles partnerships",
	"ihr tool", "ihr formular", "ihre preise", "konnen sie uns", "konnen wir", "brauchen", "suchen", "gibt es",
	"votre outil", "vos tarifs", "votre formulaire", "pourriez vous nous", "pouvez vous nous", "cherchons",
	"su herramienta", "su formulario", "su sistema", "podrian enviarnos", "pueden", "necesitamos",
	"seu formulario", "voces tem", "precisamos", "vostro modulo", "avete", "jullie tool", "jullie formulier",
	"wasze narzedzie", "prosi o", "ваш форм", "вашу форму", "нужна", "нужен", "formunuz", "ert verktyg", "ert formular",
	"finns det", "your offer", "votre offre", "ihr angebot", "su oferta", "sua oferta", "vostra offerta", "uw aanbod",
	"spam", "bots", "fake", "junk", "periode d essai", "version d essai", "essai gratuit", "prueba gratuita",
	"teste gratis", "teste gratuito", "prova gratuita", "proefperiode", "okres probny", "testversion", "kostenlos testen",
	"пробный период", "deneme surumu", "provperiod", "can bao gia", "minh can", "gui giup", "cho minh", "bao nhieu",
)

// vendorScripts and buyerScripts are the same signs in scripts written
// without spaces, matched as written: "our company" in its humble forms,
// "your company" in its honorific ones, a proposal.
var (
	vendorScripts = []string{"弊社", "我们公司", "我们提供", "本公司", "提供しております", "ご提案", "欢迎合作", "我们是一家", "贵公司", "御社", "貴社", "代运营"}
	buyerScripts  = []string{"你们的产品", "贵司产品", "御社の製品", "需要", "想了解", "多少钱", "报价吗", "试用", "デモ", "見積もりをお願い"}
)

// offerDirection returns the vendor's signs in a message — every
// phrase of the vendor's lists, in the order of the text, and the scripts
// matched as written — and the buyer's first sign (buyerSigns or
// buyerAsks), or "". The buyer's signs are looked for in the words the
// vendor's phrases leave: "nos tarifs" and "a fixed price" are the
// vendor's own prices, not a buyer's question about ours. msg is the
// message as written, m folded.
func offerDirection(msg string, m foldedText) (vendor []string, buyerSign string) {
	rest := make([]string, 0, len(m.words))
	for i := 0; i < len(m.words); {
		n := vendorPhrases.atWord(m, i)
		if n == 0 {
			rest = append(rest, m.words[i])
			i++
			continue
		}
		if p := strings.Join(m.words[i:i+n], " "); !slices.Contains(vendor, p) {
			vendor = append(vendor, p)
		}
		rest = append(rest, "")
		i += n
	}
	left := m // the words the vendor's phrases leave: all of them, unless one was found
	if len(vendor) > 0 {
		left = foldedWords(rest...)
	}
	for _, s := range vendorScripts {
		if strings.Contains(msg, s) {
			vendor = append(vendor, s)
		}
	}
	if p := offerToReader(withoutVerbFirstQuestions(msg, m)); p != "" {
		// An offer aimed at the reader is the whole direction in one
		// phrase: it weighs as two signs.
		vendor = append(vendor, p, "aimed at the reader")
	}
	if p, provider := abilityForReaderIn(msg, m); p != "" {
		// What the sender can do with the reader's business. A buyer
		// states its own acts the same way ("we can only pay your
		// invoice once…", "our team will attend your webinar"), and
		// round thirteen of testdata/kinds/direction showed that no list
		// of a buyer's verbs is complete: one sign, which another must
		// join, unless its verb is a provider's work (build, write,
		// manage…), which is the whole direction in one clause.
		// A listed phrase the clause begins with ("we can help you")
		// is the same sign, not a second one.
		if !slices.ContainsFunc(vendor, func(v string) bool { return strings.HasPrefix(p, v) }) {
			vendor = append(vendor, p)
		}
		if provider {
			vendor = append(vendor, "a provider's work")
		}
	}
	if p := weActOnYoursIn(m); p != "" && weActOnYours(msg) != "" {
		vendor = append(vendor, p, "on the reader's")
	}
	if strings.Contains(msg, "?") && interestWords.find(m) != "" {
		if p := interestQuestion(msg); p != "" {
			vendor = append(vendor, p)
		}
	}
	if p := clientsServed(m); p != "" {
		vendor = append(vendor, p)
	}
	if len(vendor) > 0 {
		// A vendor's next step is a meeting too; a buyer's request for
		// a call carries a buyer's sign.
		if p := meetingAsk(msg); p != "" {
			vendor = append(vendor, "a "+p)
		}
	}
	buyerSign = cmp.Or(buyerSigns.find(left), buyerAsks.find(left))
	for _, s := range buyerScripts {
		if buyerSign == "" && strings.Contains(msg, s) {
			buyerSign = s
		}
	}
	return vendor, buyerSign
}

// A provider counts the clients it has served: "over 200 companies",
// "plus de 150 PME", "mais de 100 empresas". A buyer counts its own
// members without the "more than".

// clientQuantifiers are the "more than" of a provider's count, folded.
var clientQuantifiers = foldedPhrases("over", "more than", "plus de", "mais de", "mas de", "uber", "oltre", "meer dan",
	"ponad", "более", "свыше", "bis zu")

// clientNouns are what a provider counts, folded stems.
var clientNouns = foldedPhrases("companies", "clients", "customers", "brands", "businesses", "startups", "teams",
	"empresas", "clientes", "marcas", "entreprises", "pme", "marques", "unternehmen", "kunden", "mittelstandler*", "firmen",
	"aziende", "clienti", "bedrijven", "klanten", "merken", "firm", "firmom", "klientow", "компаний", "клиентов", "брендов")

// clientsServed returns a provider's count of its clients in m ("over
// 200 b2b companies"), or "".
func clientsServed(m foldedText) string {
	for i := range m.words {
		n := clientQuantifiers.atWord(m, i)
		if n == 0 || i+n >= len(m.words) || strings.Trim(m.words[i+n], "0123456789") != "" {
			continue
		}
		k := i + n + 1
		if k < len(m.words) && m.words[k] == "b2b" {
			k++
		}
		if k < len(m.words) && clientNouns.atWord(m, k) > 0 {
			return strings.Join(m.words[i:k+1], " ")
		}
	}
	return ""
}

// vendorPhrases are the lists of the vendor's side in one, looked up
// once per word.
var vendorPhrases = mergedPhrases(vendorOffers, vendorProof, vendorCalls, readerBusiness)

// mergedPhrases returns one list holding the phrases and stems of lists,
// filed (like theirs) at its first use.
func mergedPhrases(lists ...phraseList) phraseList {
	lp := &lazyPhrases{}
	lp.build = func() {
		m := phraseIndex{byFirst: map[string][]listPhrase{}, stems: map[string][]listPhrase{}}
		for _, l := range lists {
			ix := l.index()
			for k, ps := range ix.byFirst {
				m.byFirst[k] = append(m.byFirst[k], ps...)
			}
			for k, ss := range ix.stems {
				m.stems[k] = append(m.stems[k], ss...)
			}
		}
		lp.index = m
	}
	return phraseList{lp}
}

// directionMinSigns is how many ways a message must point its offer at
// the reader, with no buyer's sign, to be a pitch on its own.
const directionMinSigns = 2

// offeredToUs explains a pitch decided by the direction of the offer and
// weighs it in halves of vendor_outreach's points: 3 (junk on its own)
// when the sender offers in directionMinSigns ways or more and asks for
// nothing of ours; else 0.
func offeredToUs(msg string, m foldedText) (string, int) {
	vendor, b := offerDirection(msg, m)
	if b != "" || len(vendor) < directionMinSigns {
		return "", 0
	}
	var shown []string
	for _, p := range vendor[:min(len(vendor), 3)] {
		shown = append(shown, quote(p, 24))
	}
	return clip("offers its own work to us ("+strings.Join(shown, ", ")+")", reasonDetailMax-40), 3
}

// interestWords ask whether the reader is interested, folded stems.
var interestWords = foldedPhrases("interest*", "intere*", "zainteresowan*", "интерес*", "tertarik", "ilgilen*", "quan tam")

// interestQuestion returns a question of a few words that asks whether
// the reader is interested ("Interested?", "Intéressé ?", "Interesse?"),
// or "": a vendor's question; a buyer says what they are interested in.
func interestQuestion(msg string) string {
	for len(msg) > 0 {
		end := strings.IndexAny(msg, ".!?\n")
		if end < 0 {
			return ""
		}
		sentence, question := msg[:end], msg[end] == '?'
		msg = msg[end+1:]
		words := strings.Fields(foldText(sentence))
		if !question || len(words) == 0 || len(words) > interestQuestionWords {
			continue
		}
		for i := range words {
			if interestWords.at(words, i) > 0 {
				return strings.Join(words, " ") + "?"
			}
		}
	}
	return ""
}

// interestQuestionWords is the most words of a question that asks only
// whether the reader is interested ("Any interest at all?").
const interestQuestionWords = 4

// A verb of offering with the reader as its object ("we offer you",
// "proponujemy Państwu", "vi erbjuder er", "nabízíme Vám") points the
// offer at us in one phrase, in any language whose verb and pronouns are
// listed here; the same verb with the sender as its object ("can you send
// us", "pouvez-vous nous envoyer", "können Sie mir zeigen") is a buyer's.

// offerVerbs are verbs of offering, presenting and helping, folded
// stems. Not verbs of sending or showing: a customer sends us a signed
// contract ("I'll send you the contract", "ich schicke Ihnen").
var offerVerbs = foldedPhrases(
	"offer*", "propos*", "present*", "help", "provid*", "supply",
	"anbiet*", "biet*", "vorstell*", "unterstutz*", "helf*", "ubernehm*",
	"propose*", "proposer", "presenter", "aider", "accompagn*", "offrir",
	"ofrec*", "propon*", "ayud*", "ofere*", "ajud*", "offr*", "aiut*",
	"bied*", "aanbied*", "oferuj*", "proponuj*", "przedstaw*", "pomoz*", "pomag*",
	"предлаг*", "помож*", "помога*", "sun*", "yardim*", "erbjud*", "hjalp*",
	"nabiz*", "pomuz*", "pomoh*", "menawar*", "bantu*", "membantu", "gioi thieu",
)

// readerObject are the pronouns that make the reader the one offered to.
// Not the French and Spanish "le", "les" (articles too), nor "vi" and
// "ci" (the Swedish "we", the Italian "us").
var readerObject = setOf("you", "ihnen", "dir", "euch", "vous", "te", "lhe", "lhes", "ti", "u", "jou",
	"panstwu", "panu", "pani", "wam", "вам", "тебе", "вас", "size", "sana", "er", "dig", "vam", "anda", "kamu")

// senderObject are the pronouns that make the sender the one offered to:
// the buyer's direction.
var senderObject = setOf("me", "us", "mir", "uns", "mich", "m", "moi", "nous", "nos", "mi", "ci", "mij", "ons",
	"mnie", "nam", "мне", "нам", "bize", "bana", "mig", "oss", "kami", "saya", "minh")

// offerToReader returns a verb of offering with the reader as its object
// and no sender as one, or "". In English the object follows the verb
// ("offer you"), so "can you send us" is no offer; other languages put
// the pronoun on either side ("Ihnen anbieten", "vous proposer").
func offerToReader(m foldedText) string {
	for i := range m.words {
		n := offerVerbs.atWord(m, i)
		if n == 0 || strings.HasSuffix(m.words[i], "ez") {
			continue // "proposez-vous": the reader offers
		}
		lo, hi := max(0, i-2), min(len(m.words), i+n+2)
		reader := ""
		sender := false
		for k := lo; k < hi; k++ {
			w := m.words[k]
			switch {
			case k >= i && k < i+n:
			case has(senderObject, w) && !(w == "nous" && k < i-1):
				// "Pouvez-vous nous proposer": the sender is offered to;
				// "Nous vous proposons": "nous" is the subject.
				sender = true
			case (has(readerObject, w) || has(readerWords, w)) && (w != "you" && w != "your" || k > i) && !(k > 0 && strings.HasSuffix(m.words[k-1], "ez")):
				// "Pouvez-vous proposer", "proposez-vous": after a verb
				// in -ez, vous is the subject.
				reader = w
			}
		}
		after := i + n
		for after < len(m.words) && has(readerWords, m.words[after]) {
			after++
		}
		if after < len(m.words) && buyerActs.atWord(m, after) > 0 {
			continue // "we can help you test the beta": a customer's favour
		}
		if reader != "" && !sender {
			return strings.Join(m.words[lo:hi], " ")
		}
	}
	return ""
}

// The sender's ability aimed at the reader's business. Pitches that name
// no offer verb say what the sender can do with the reader's things: "I
// could rewrite your homepage", "Wir können Ihre IT betreuen", "Możemy
// przejąć obsługę IT Państwa firmy", "Şirketinizin hesaplarını
// yönetebiliriz", "我们可以为您的公司…". A buyer says what it cannot do with
// ours ("we can't get your form to load"), or what it can do as a buyer
// (pay, use, send, try): so the ability must be stated, not denied nor
// asked, and its verb must not be a buyer's.

// senderCan are a first person's "can", "could", "will", subject first,
// folded.
var senderCan = foldedPhrases(
	"we can", "we could", "we will", "we ll", "we d", "i can", "i could", "i will", "i ll", "let us", "let me",
	"our team will", "our team can", "our team could", "our agency can", "our agency will", "our studio can",
	"our studio will", "our firm can", "our firm will", "our company can", "our company will", "our experts can",
	"our experts will", "our developers can", "our developers will", "our designers can", "we are able to",
	"wir konnen", "ich kann", "wir konnten", "ich konnte", "wir werden", "nous pouvons", "je peux", "nous pourrions",
	"je pourrais", "notre cabinet peut", "notre agence peut", "notre equipe peut", "podemos", "puedo", "podriamos",
	"podria", "posso", "poderiamos", "possiamo", "potremmo", "potrei", "wij kunnen", "we kunnen", "ik kan", "mozemy",
	"moge", "moglibysmy", "можем", "могу", "мы можем", "сможем", "vi kan", "jag kan", "muzeme", "muzu", "mohu",
	"kami bisa", "kami dapat", "saya bisa", "saya dapat", "chung toi co the", "ben em co the", "em co the",
)

// senderCanScripts are the same in scripts matched as written, and a
// humble form that offers an act to the reader.
var senderCanScripts = []string{"我们可以为", "可以为您", "可以帮", "させていただきます", "させていただけ", "弊社で"}

// negations deny an ability, before or after its verb, folded.
var negations = setOf("not", "t", "no", "nie", "не", "ne", "nao", "non", "niet", "inte", "tidak", "khong", "nicht", "pas", "never", "nemuzeme")

// adverbsOfCan may stand between "can" and its verb ("we can only pay",
// "we will also send"), folded.
var adverbsOfCan = setOf("only", "also", "just", "then", "still", "now", "gladly", "happily", "gerne", "auch", "nur")

// verbFinalCan are the "can" of languages that put the verb at the end of
// the clause, folded.
var verbFinalCan = setOf("wir konnen", "ich kann", "wir konnten", "ich konnte", "wir werden", "wij kunnen", "we kunnen", "ik kan")

// lateNegations deny an ability from the end of the clause, in languages
// that put the negation after the object (German, Dutch, Swedish, French).
var lateNegations = setOf("nicht", "niet", "inte", "pas", "kein", "keine")

// buyerActs are what a buyer can do with the reader's product, folded
// stems: pay, use, send, try, sign, get.
var buyerActs = foldedPhrases(
	"send", "call", "email", "mail", "pay", "use", "get", "see", "find", "log", "access", "sign", "start", "try",
	"test", "buy", "order", "integrate", "connect", "install", "embed", "add", "upload", "read", "ask", "meet",
	"talk", "schedule", "book", "forward", "share", "afford", "move", "switch", "migrate from", "bring you", "renew",
	"recommend", "confirm", "approve", "decide", "wait", "go live", "need", "require", "want", "like", "have", "be",
	"appreciate", "evaluate", "review", "consider", "look", "attend", "join", "watch", "sign up", "register",
	"schick*", "send*", "zahl*", "nutz*", "test*", "einbind*", "finden", "anruf*", "bezahl*",
	"envoy*", "payer", "utiliser", "essayer", "appeler", "acceder", "integrer",
	"envi*", "pagar", "usar", "probar", "integrar", "llamar", "ligar", "acessar", "mand*",
	"pagare", "usare", "provare", "avere", "inviar*", "chiamar*", "integrare",
	"betalen", "gebruiken", "proberen", "bellen", "sturen", "koppelen",
	"zapłac*", "uzyc", "uzywac", "zalogowac", "przesł*", "wysł*", "zadzwon*",
	"оплат*", "использ*", "попроб*", "подключ*", "присл*", "отправ*", "позвон*",
	"betala", "anvanda", "logga", "skicka", "ringa", "zaplatit", "pouzit", "poslat",
	"membayar", "menggunakan", "mencoba", "mengirim", "memasang",
	"prufen", "begleich*", "uberweis*", "bezahl*", "lesen", "ansehen", "anschauen", "weiterleiten", "bekijken",
	"doorsturen", "ode", "odey*", "dene", "kullan*", "gonder*", "satin al*",
)

// readerWords are the reader as object or owner, folded ("вашей" loses
// its breve): the one the sender's ability serves.
var readerWords = setOf(foldedList("your", "you", "yours", "ihre", "ihr", "ihren", "ihrem", "ihrer", "ihnen", "votre", "vos", "vous",
	"su", "sus", "suya", "sua", "seu", "lhe", "vostra", "vostro", "vostre", "vostri", "uw", "u", "panstwa", "panstwu",
	"ваш", "ваша", "ваше", "вашей", "вашего", "вашему", "вашем", "вашу", "ваши", "вашим", "ваших", "вашими", "вам", "вас", "er", "ert", "era", "vam", "vas", "vase", "anda",
	"chi", "ban", "northwind", "size")...)

// readerClitics are the reader as an object pronoun before the verb
// ("Le podemos ayudar", "Vi possiamo aiutare", "Vous pouvons" never).
var readerClitics = setOf("le", "les", "lhe", "vi", "ihnen", "vous", "u", "вам", "вас")

// abilityForReaderIn is abilityForReader for a message already folded as
// m: most messages hold no first-person "can", and are not split into
// sentences and folded again.
func abilityForReaderIn(msg string, m foldedText) (string, bool) {
	if senderCan.find(m) == "" && !slices.ContainsFunc(m.words, turkishWeCan) &&
		!slices.ContainsFunc(senderCanScripts, func(s string) bool { return strings.Contains(msg, s) }) {
		return "", false
	}
	return abilityForReader(msg)
}

// abilityForReader returns the sender's ability aimed at the reader in a
// statement of msg, or "", and whether its verb is a provider's (see
// providerVerbs).
func abilityForReader(msg string) (string, bool) {
	for _, sentence := range strings.FieldsFunc(msg, func(r rune) bool { return strings.ContainsRune(".!\n。！", r) }) {
		if hasAnyOf(sentence, "?？") {
			continue // asked, not stated: a buyer asks "can we pay…?"
		}
		for _, s := range senderCanScripts {
			if strings.Contains(sentence, s) {
				return s, true
			}
		}
		words := strings.Fields(foldText(sentence))
		for i, w := range words {
			if p, provider := abilityAt(words, i, w); p != "" {
				return p, provider
			}
		}
	}
	return "", false
}

// abilityAt is abilityForReader at words[i] of a folded statement.
func abilityAt(words []string, i int, w string) (string, bool) {
	n := senderCan.at(words, i)
	turkish := turkishWeCan(w)
	if n == 0 && !turkish {
		return "", false
	}
	n = max(n, 1)
	next := i + n
	if i > 0 && has(negations, words[i-1]) || next < len(words) && has(negations, words[next]) ||
		slices.ContainsFunc(words[next:], func(w string) bool { return has(lateNegations, w) }) {
		return "", false // denied: "we can't", "wir können Ihr Formular nicht einbinden"
	}
	// A pronoun or an adverb may come between the verbs ("Můžeme vám
	// vytvořit", "we can only pay").
	verb := next
	for verb < len(words) && (has(readerWords, words[verb]) || has(adverbsOfCan, words[verb])) {
		verb++
	}
	// German and Dutch put the verb at the end of the clause ("wir
	// können Ihr Angebot erst im März prüfen"), Turkish in the word
	// itself ("ödeyebiliriz").
	verbs := [][]string{words[verb:]}
	if has(verbFinalCan, strings.Join(words[i:next], " ")) {
		// The infinitive may be any later word: "wir können Ihre IT
		// komplett betreuen, zum Festpreis".
		for k := verb + 1; k < len(words); k++ {
			verbs = append(verbs, words[k:])
		}
	}
	if turkish {
		verbs = [][]string{{strings.TrimSuffix(strings.TrimSuffix(w, "ebiliriz"), "abiliriz")}}
	}
	provider := false
	for _, v := range verbs {
		if len(v) == 0 {
			continue
		}
		if buyerActs.at(v, 0) > 0 {
			return "", false // a buyer's act
		}
		if k := providerVerbs.at(v, 0); k > 0 {
			// "We can help you test the beta": help with a buyer's
			// act is a customer's favour, not a provider's work.
			rest := v[k:]
			if len(rest) > 0 && has(readerWords, rest[0]) {
				rest = rest[1:]
			}
			provider = provider || len(rest) == 0 || buyerActs.at(rest, 0) == 0
		}
	}
	phrase := strings.Join(words[i:min(len(words), next+3)], " ")
	if i > 0 && has(readerClitics, words[i-1]) {
		return words[i-1] + " " + phrase, provider
	}
	from := next
	if turkish {
		from = 0 // the object comes before the verb
	}
	for k := from; k < len(words); k++ {
		if (k < i || k >= next) && (has(readerWords, words[k]) || turkishYour(words[k])) {
			return phrase, provider
		}
	}
	return "", false
}

// providerVerbs are the work a provider does for a client — build,
// write, manage, take over — folded stems: with one of them, the
// sender's ability aimed at the reader's business is a whole pitch.
// Without one ("our team will attend your webinar") it is one sign.
var providerVerbs = foldedPhrases(
	"build", "rebuild", "design", "redesign", "create", "write", "rewrite", "translate", "manage", "run", "handle",
	"take over", "take care", "take the", "take your", "migrate", "produce", "shoot", "develop", "maintain", "audit",
	"optimi*", "host", "set up", "implement", "double", "triple", "increase", "boost", "cut", "reduce", "grow",
	"get you", "help", "deliver", "supply", "provide", "source", "automate", "fix", "secure", "clean", "film",
	"erstell*", "gestalt*", "entwickel*", "betreu*", "ubernehm*", "umbau*", "bauen", "schreib*", "ubersetz*",
	"optimier*", "pflege*", "wart*", "plan*", "umsetz*", "realisier*", "produzier*", "helf*",
	"creer", "rediger", "gerer", "traduire", "developper", "concevoir", "prendre", "assurer", "refaire", "realiser",
	"optimiser", "construire", "aider",
	"crear", "disenar", "gestionar", "llevar", "desarrollar", "encargar*", "traducir", "mantener", "aumentar",
	"ayudar*", "construir", "hacer", "redisenar",
	"criar", "fazer", "gerenciar", "cuidar", "desenvolver", "ajudar*", "administrar", "cria*",
	"gestire", "realizzare", "curare", "occupar*", "creare", "sviluppare", "aiutar*", "progettare", "tradurre",
	"overnemen", "uit handen", "verzorgen", "bouwen", "beveiligen", "ontwikkelen", "maken", "beheren", "helpen", "ontwerpen",
	"przejac", "przejąc", "poprowadzic", "przygotowac", "zaprojektowac", "obsłuzyc", "stworzyc", "prowadzic", "pomoc",
	"сделать", "взять", "вести", "разработать", "настроить", "создать", "помочь", "сделаем", "запустить",
	"ta", "bygga", "skota", "skapa", "hjalpa", "vytvorit", "pomoci", "zajistit", "navrhnout",
	"membuatkan", "membuat", "mengelola", "membantu", "thiet", "lam", "giup",
	"yonet*", "yenile*", "tasarla*", "ustlen*", "yap*", "hazirla*", "gelistir*", "olustur*", "ver*",
)

// turkishWeCan reports a Turkish verb in "we can" ("yönetebiliriz",
// "verebiliriz"), folded.
func turkishWeCan(w string) bool {
	return strings.HasSuffix(w, "ebiliriz") || strings.HasSuffix(w, "abiliriz")
}

// weActOnYours returns a verb in the first person plural of a Romance
// language followed by the reader's possessive ("desarrollamos su
// tienda", "gerenciamos sua", "realizziamo il vostro", "gérons vos"),
// or "": the sender working on the reader's things. A buyer's "usamos su
// formulario" carries a buyer's sign that outweighs it.
func weActOnYours(msg string) string {
	for _, sentence := range strings.FieldsFunc(msg, func(r rune) bool { return strings.ContainsRune(".!\n", r) }) {
		if hasAnyOf(sentence, "?¿") {
			continue // asked: "¿Podemos pagar su plan con PayPal?"
		}
		if p := weActOnYoursIn(newFoldedText(foldText(sentence))); p != "" {
			return p
		}
	}
	return ""
}

// weActOnYoursIn is weActOnYours in one statement, folded.
func weActOnYoursIn(m foldedText) string {
	for i, w := range m.words {
		if len(w) < 6 || !(strings.HasSuffix(w, "amos") || strings.HasSuffix(w, "emos") || strings.HasSuffix(w, "imos") ||
			strings.HasSuffix(w, "iamo") || strings.HasSuffix(w, "ons")) {
			continue
		}
		if buyerVerbs.atWord(m, i) > 0 {
			continue
		}
		for k := i + 1; k < min(len(m.words), i+3); k++ {
			if has(romancePossessives, m.words[k]) {
				return strings.Join(m.words[i:k+1], " ")
			}
		}
	}
	return ""
}

// buyerVerbs are what a buyer does with the reader's things in the first
// person plural ("recibimos sus facturas", "usamos su formulario",
// "recevons vos e-mails"), folded stems.
var buyerVerbs = foldedPhrases("recib*", "receb*", "envi*", "mand*", "pag*", "usa*", "usi*", "util*", "necesit*",
	"precis*", "compr*", "ten*", "quer*", "busc*", "procur*", "vimos", "vemos", "lemos", "leemos", "perd*", "tuv*",
	"recev*", "envoy*", "pay*", "cherch*", "avons", "voul*", "achet*", "ricev*", "invi*", "abbiamo", "vogliamo",
	"cerchiamo", "compri*", "amos", "pod*", "pouv*", "poss*", "pot*", "dev*", "deb*", "vam*", "vog*", "all*", "apreci*", "agradec*", "esper*", "aguard*", "attend*", "aspett*")

// romancePossessives are "your" in the polite forms of Spanish,
// Portuguese, Italian and French, folded.
var romancePossessives = setOf("su", "sus", "sua", "suas", "seu", "seus", "vostra", "vostro", "vostre", "vostri", "votre", "vos")

// turkishYour reports a Turkish noun with "your" among its endings
// ("siteniz", "şirketinizin", "hesaplarınızı"), folded: the ending and
// at most three letters of case after it.
func turkishYour(w string) bool {
	for _, end := range []string{"niz", "nız", "nuz"} {
		if i := strings.LastIndex(w, end); i > 2 && len(w)-i-len(end) <= 3 {
			return true
		}
	}
	return false
}

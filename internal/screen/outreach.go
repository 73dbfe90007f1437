package screen

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Vendor outreach is a class of message, not a list of phrases: the sender
// says what they offer ("we provide", "our team builds"), names a service
// (staff augmentation, lead lists, app development, an SEO audit,
// funding) and asks for a short call, and nowhere asks about our product.
// Each of the three parts is ordinary on its own — a buyer also says "our
// team" and asks for a call — so only their combination, without a
// buyer's question, counts.

// outreachOffer are the phrases with which a sender offers their own
// services, in several languages (folded, see foldText; a trailing *
// matches any ending).
var outreachOffer = foldedPhrases(
	"we offer", "we provide", "we help", "we build", "we deliver", "we develop", "we design", "we supply",
	"we specialize", "we specialise", "we can help", "we can provide", "we can build", "we can deliver",
	"we can supply", "we can get", "we have helped", "we ve helped", "we work with", "we are a team of",
	"we re a team of", "we are an agency", "we re an agency", "our team can", "our team of", "our team builds",
	"our team provides", "our team delivers", "our team helps", "our agency",
	"our firm", "our services", "our solutions", "i help", "i offer", "i provide", "i run an agency",
	"i run a team", "my team can", "my agency", "i can help you", "we can help you", "we are offering",
	"we place", "we write", "we create", "we source", "we handle", "we connect", "we translate",
	"our company offers", "our firm offers", "our agency offers", "our studio",
	"we can provide", "we book", "we design", "we supply", "lets you hire", "our team of",
	"nuestros servicios", "nossos servicos", "nos services", "unsere dienstleistungen", "nasze usługi",
	"nossa empresa desenvolve", "our company develops", "unsere firma entwickelt", "notre societe developpe",
	"nuestra empresa desarrolla",
	"i nostri servizi", "onze diensten", "наши услуги", "trabalhamos com", "wij helpen", "besetzen wir",
	"wir erstellen", "wir vermitteln", "wir ubernehmen", "wir bieten ihnen", "unsere firma bietet", "wir sind eine agentur",
	"nous realisons", "nous creons", "nous fournissons", "notre societe propose", "notre cabinet",
	"creamos", "realizamos", "nuestra empresa ofrece", "conseguimos",
	"criamos", "nossa empresa oferece",
	"realizziamo", "creiamo", "wij leveren", "wij maken", "wij verzorgen",
	"oferujemy", "zapewniamy", "tworzymy", "nasz zespol", "мы делаем", "мы создаем",
	"предлагаем",
	"wir bieten", "wir helfen", "wir unterstutzen", "wir entwickeln", "wir liefern", "wir sind spezialisiert",
	"unser team", "unsere agentur", "unsere leistungen",
	"nous proposons", "nous offrons", "nous aidons", "nous accompagnons", "nous developpons",
	"nous sommes specialises", "notre equipe", "notre agence",
	"ofrecemos", "ayudamos", "desarrollamos", "brindamos", "proporcionamos", "somos especialistas",
	"nuestro equipo", "nuestra agencia",
	"oferecemos", "ajudamos", "desenvolvemos", "fornecemos", "nossa equipe", "nossa agencia",
	"offriamo", "aiutiamo", "sviluppiamo", "forniamo", "il nostro team", "la nostra agenzia",
	"wij bieden", "wij helpen", "wij ontwikkelen", "ons team",
	"мы предлагаем", "мы поможем", "мы помогаем", "мы разрабатываем", "мы оказываем", "наша команда",
	"наша компания предлагает", "наша студия",
	// Nordic, Finnish, Polish, Czech, Turkish, and offers by role.
	"vi hjalper", "vi erbjuder", "vi utvecklar", "vi levererar", "vi bygger", "vart team", "vi ar specialiserade",
	"vi hjaelper", "vi tilbyder", "vi udvikler", "vi hjelper", "vi tilbyr", "vi utvikler", "vores team",
	"autamme", "tarjoamme", "kehitamme", "tiimimme", "prowadzimy", "pomagamy", "swiadczymy", "nabizime",
	"pomahame", "vyvijime", "nas tym", "sunuyoruz", "gelistiriyoruz", "yardimci oluyoruz", "ekibimiz",
	"i produce", "i write", "i build", "i design", "team offering", "we are offering",
	"j accompagne", "je vous accompagne", "je propose", "je realise", "je cree", "i put together",
	"i ve put together", "wij vinden", "wij werven",
)

// outreachServices are the services vendors pitch to a company's sales
// inbox.
var outreachServices = foldedPhrases(
	"staff augmentation", "team augmentation", "staffing", "outsourc*", "offshore", "nearshore",
	"dedicated developer*", "dedicated team", "remote developer*", "software development", "app development",
	"web development", "mobile app*", "website design", "web design", "redesign", "seo", "search engine",
	"backlink*", "link building", "lead generation", "lead list*", "contact list*", "email list*", "b2b data",
	"appointment setting", "cold email*", "outbound", "digital marketing", "marketing services",
	"social media management", "google ads", "ppc", "content writing", "copywriting", "video production",
	"explainer video*", "bookkeeping", "accounting services", "virtual assistant*", "recruit*", "funding",
	"working capital", "merchant cash advance", "business loan*", "financing", "investors", "translation services",
	"ui ux", "branding", "devops", "qa testing", "penetration testing", "it support", "managed services",
	"cloud migration", "ai development", "chatbot development", "crm implementation", "white label",
	"softwareentwicklung", "app entwicklung", "webdesign", "suchmaschinenoptimierung", "leadgenerierung",
	"personalvermittlung", "finanzierung",
	"developpement web", "developpement d applications", "creation de site*", "referencement",
	"generation de leads", "externalisation", "financement",
	"desarrollo de software", "desarrollo web", "desarrollo de aplicaciones", "diseno web", "posicionamiento",
	"generacion de leads", "subcontratacion", "financiacion", "financiamiento",
	"desenvolvimento de software", "desenvolvimento web", "criacao de sites", "geracao de leads", "terceirizacao",
	"sviluppo software", "sviluppo app", "realizzazione siti", "posizionamento", "generazione lead",
	"softwareontwikkeling", "webontwikkeling", "leadgeneratie",
	"разработк*", "приложени*", "продвижение", "лидогенерация", "аутсорсинг", "финансирование", "программист*",
	"developers", "engineers", "sdrs", "translat*", "locali*", "tax credit*", "r d tax", "chatbot*", "automation",
	"entwickler*", "leadlisten", "programmierer*", "developpeurs", "applications mobiles", "sites web", "site web",
	"prospection", "regie", "desarrolladores", "programadores", "prospeccion", "campanas", "aplicaciones",
	"aplicativos", "criacao de sites", "atendimento", "assistentes virtuais", "prospeccao", "sviluppatori", "team dedicati",
	"webshops", "webshop", "apps", "landing pages", "landing page", "peo", "employer of record", "subventions",
	"subvenciones", "subsidies", "grants", "linkedin outreach", "software house*", "ingenieros", "engenheiros",
	"ingegneri", "inzynier*", "mockup", "personalvermittl*", "vertriebsstellen", "support team", "supportteam",
	"salesforce", "hubspot implementation", "crm implementation", "prospeccao ativa", "meetings", "reuniones",
	"bookkeeping", "ai automation", "gpt", "verified contact data", "contact data", "qualified meetings",
	"detachering*", "programistow", "programisci", "zespoly dedykowane", "strony internetowe",
	"rekryter*", "rekryt*", "rekrut*", "ksiegowosc*", "kadry", "aplicacoes moveis", "plataformas web",
	"podcast*", "penetration test*", "pentest*", "accessibility audit*", "wcag", "card processing",
	"payment processing", "processing fees", "ghostwrit*", "linkedin posts", "trade show*", "messestand*",
	"messebau", "animated video*", "customer support", "data entry", "data annotation", "back office",
	"mobil uygulama", "web yazilimi", "mobilni aplikace", "sovelluskehitys", "mainon*", "markkinoin*",
)

// outreachAsks are a vendor's call to action: a short call at the
// recipient's convenience.
var outreachAsks = foldedPhrases(
	"quick call", "short call", "brief call", "quick chat", "short chat", "15 minutes", "15 minute", "15 min",
	"10 minutes", "10 minute", "20 minutes", "20 minute", "30 minute", "worth a chat", "hop on a call",
	"jump on a call", "book a call", "schedule a call", "set up a call", "a call this week", "a call next week",
	"calendly", "my calendar", "free consultation", "would you be open", "are you open to", "open to a",
	"interested in learning more", "let me know if you re interested", "let me know if you are interested",
	"happy to share", "can i send", "may i send", "shall i send", "available for a call", "a few minutes",
	"kurzes gesprach", "kurzes telefonat", "15 minuten", "unverbindlich*",
	"appel rapide", "court appel", "echange rapide", "un rendez vous", "disponible pour un",
	"llamada rapida", "breve llamada", "15 minutos", "agendar una llamada", "reunion breve",
	"chamada rapida", "conversa rapida", "agendar uma",
	"breve chiamata", "15 minuti",
	"kort gesprek", "15 minuten",
	"созвониться", "созвон", "15 минут", "короткий звонок",
	"worth a conversation", "open to exploring", "would it make sense", "make sense to connect", "time next week",
	"time this week", "intro call", "discovery call", "virtual coffee", "best person to speak", "right person to speak",
	"who handles", "who is responsible for", "point me to", "connect you with", "set up a meeting", "schedule a meeting",
	"ein kurzes kennenlernen", "termin vereinbaren", "wer ist bei ihnen zustandig", "ansprechpartner",
	"la bonne personne", "prendre rendez vous", "un court echange", "qui s occupe",
	"la persona adecuada", "agendar una reunion", "quien se encarga",
	"a pessoa certa", "agendar uma reuniao", "quem cuida",
	"la persona giusta", "fissare una call", "chi si occupa",
	"de juiste persoon", "afspraak inplannen", "кто у вас отвечает", "назначить встречу",
	"seriez vous disponible", "un creneau", "rendez vous telephonique", "un echange", "le parece si agendamos",
	"una llamada", "wann passt ihnen", "einen termin", "zeit fur ein", "удобно ли вам", "podemos marcar",
	"uma conversa", "uma reuniao", "una breve chiamata", "una call", "een kort gesprek", "volgende week tijd",
	"kurz anrufen", "wann hatten sie zeit", "kurzes kennenlernen", "breve reunion", "krotkiej rozmowy",
	"posso te mostrar", "free for a call", "love to show you", "happy to send", "if you have a moment",
	"can we schedule", "when works", "any time next week", "worth a conversation", "open to a chat",
	"quick intro call", "intro call", "brief call", "un echange de", "gesprek inplannen", "kort gesprek",
	"krotka rozmowe", "krotkie spotkanie", "a short meeting", "a brief meeting", "introductory meeting", "a good time to talk",
	"kort samtal", "ett kort samtal", "har du tid", "boka ett mote", "et kort opkald", "en kort samtale",
	"lyhyt puhelu", "lyhyen puhelun", "chamada curta", "teria disponibilidade", "gorusme ayarla*",
	"kisa bir gorusme", "kratky hovor", "so i can explain", "would you be interested in", "can i send over",
	"could i get", "mind if i send", "send it over", "puis je vous envoyer", "sopisiko", "voinko lahettaa",
)

// outreachMinutes is an ask by its shape: a call of a few minutes ("15
// minutes", "20 Minuten", "15 минут") in any of several languages.
var outreachMinutes = newLazyRegexp(`(^| )\d{1,2} ?(min|mins|minute|minutes|minuten|minutos|minuti|minut|minuty|minuut|минут\pL*)( |$)`)

// outreachIntro are the ways a cold sender introduces themselves and
// their firm.
var outreachIntro = foldedPhrases(
	"my name is", "i m the founder", "i am the founder", "i m the ceo", "i am the ceo", "i m a partner at",
	"i lead partnerships", "i lead business development", "i head business development", "i work with companies",
	"i m reaching out from", "i am reaching out from", "reaching out from", "i represent", "i m with", "i am with",
	"business development manager at", "account executive at", "on behalf of",
	"mein name ist", "ich bin grunder", "ich bin geschaftsfuhrer", "ich melde mich von",
	"je m appelle", "je suis le fondateur", "je suis la fondatrice", "je vous contacte de la part de",
	"mi nombre es", "me llamo", "soy el fundador", "soy la fundadora", "le escribo de parte de",
	"meu nome e", "sou o fundador", "sou a fundadora", "escrevo em nome da",
	"mi chiamo", "sono il fondatore", "sono la fondatrice", "vi scrivo per conto di",
	"mijn naam is", "меня зовут", "я основатель", "я представляю компанию",
	"wir sind eine digitalagentur", "wir sind eine agentur", "als personalvermittler", "somos una empresa de",
	"somos una agencia", "jestesmy software", "jestesmy agencja", "nous sommes une agence", "notre cabinet",
	"i m reaching out from", "reaching out from an", "we are a digital agency", "we are an agency",
	"siamo un agenzia", "наша студия", "our studio",
)

// outreachProof are a vendor's credentials: who they have helped and how
// much.
var outreachProof = foldedPhrases(
	"we ve helped", "we have helped", "we helped", "our clients", "our customers include", "clients like",
	"companies like", "case stud*", "trusted by", "track record", "years of experience", "saved our clients",
	"for brands like", "portfolio", "references from",
	"unsere kunden", "wir haben bereits", "referenzen", "jahre erfahrung",
	"nos clients", "nous avons aide", "etude de cas", "ans d experience",
	"nuestros clientes", "hemos ayudado", "casos de exito", "anos de experiencia",
	"nossos clientes", "ja ajudamos", "casos de sucesso", "anos de experiencia",
	"i nostri clienti", "abbiamo aiutato", "casi di successo", "anni di esperienza",
	"onze klanten", "wij hebben geholpen", "наши клиенты", "мы помогли", "кейсы", "лет опыта",
)

// buyerSigns are what a buyer writes: a question about our product, its
// price or a purchase. Any of them clears the message of outreach.
var buyerSigns = foldedPhrases(
	"your product", "your platform", "your software", "your tool", "your solution", "your pricing", "your plans",
	"your api", "your app", "demo of", "a demo", "pricing for", "price for", "quote for", "a quote", "we are looking for",
	"we re looking for", "we need", "we are evaluating", "we re evaluating", "we are considering",
	"do you support", "does your", "can your", "do you offer", "trial",
	"is there a plan", "plan for", "free plan", "agency plan", "free tier", "how much", "which plan", "what plan",
	"what does it cost", "cuanto cuesta", "quanto custa", "quanto costa", "combien coute", "was kostet",
	"wie viel kostet", "сколько стоит", "ne kadar", "paljonko maksaa", "vad kostar", "ile kosztuje", "wat kost",
	"partner pricing", "partner program*", "volume pricing", "volume discount", "about pricing", "reseller*", "resell", "purchasing", "buying team", "procurement", "supplier registration", "einkauf*", "achats", "compras",
	"acquisti", "inkoop*", "zakup*", "закуп*",
	"revendre", "revendeur*", "revender", "revendedor*", "rivendere", "rivenditor*", "wiederverkauf*",
	"weiterverkaufen", "doorverkopen", "doorverkoper*", "перепрода*", "реселлер*", "aterforsalj*",
	"jalleenmyy*", "odsprzedaz*", "bayilik",
	"vendor registration", "vendor onboarding", "purchase order", "security questionnaire", "soc 2", "purchase", "rfp", "rfq", "tender", "licen*", "seats", "subscription",
	"ihr produkt", "ihre software", "ihre plattform", "ihre losung", "wir suchen", "angebot fur", "preise",
	"votre produit", "votre solution", "votre plateforme", "votre logiciel", "nous cherchons", "devis", "tarif*",
	"su producto", "su plataforma", "su software", "buscamos", "cotizacion", "presupuesto", "precio*",
	"seu produto", "sua plataforma", "procuramos", "orcamento", "preco*",
	"il vostro prodotto", "la vostra piattaforma", "preventivo", "prezz*",
	"uw product", "uw platform", "offerte", "prijs*",
	"ваш продукт", "вашего продукта", "тариф*", "ваша платформа", "вашей платформ*", "мы ищем", "стоимость", "цена", "цены",
)

// phraseList is a list of folded phrases, indexed by their first word; a
// trailing * (a stem) lets the last word have any ending. The index is
// built at the list's first use, not at package initialisation: the
// package's lists took the intake function's cold start 11 M instructions
// to fold and file, and a submission consults only some of them.
type phraseList struct{ p *lazyPhrases }

// lazyPhrases holds a phraseList's phrases until its first use files them.
// The lookups ask for the index once per list and text (at,
// startsWithPhrase), then read its maps for every word: asked for every
// word, the once check cost batch screening 3 % of its instructions.
type lazyPhrases struct {
	once  sync.Once
	build func() // files the phrases into index
	index phraseIndex

	filed sync.Once // files the list in the phrase book, at its first find
	id    int       // the list's id in the phrase book
}

// phraseIndex is a phraseList's phrases, filed for lookup.
type phraseIndex struct {
	byFirst map[string][]listPhrase // first word -> phrases, in list order
	// stems holds the stems, filed under the first stemIndexLen bytes of
	// their first word (a word can only start a stem that shares them),
	// so a message's word is compared with a few stems, not all.
	stems map[string][]listPhrase
}

// index returns l's phrases filed, filing them at the first call.
func (l phraseList) index() *phraseIndex {
	l.p.once.Do(l.p.build)
	return &l.p.index
}

// stemIndexLen is how many leading bytes of a word file a stem.
const stemIndexLen = 2

// stemKey is the key a word or a stem's first word is filed under.
func stemKey(w string) string { return w[:min(len(w), stemIndexLen)] }

func foldedPhrases(phrases ...string) phraseList {
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexPhrases(phrases) }
	return phraseList{lp}
}

// indexPhrases files phrases as written (a stem ends in *), folding each.
func indexPhrases(phrases []string) phraseIndex {
	folded := make([]string, len(phrases))
	for i, p := range phrases {
		stem, isStem := strings.CutSuffix(p, "*")
		folded[i] = foldText(stem)
		if isStem {
			folded[i] += "*"
		}
	}
	return indexFoldedPhrases(folded)
}

// indexFoldedPhrases files phrases already folded by foldText (a stem
// ends in *): the vocabulary tables fold each entry once, as they read
// it, and file what they folded.
func indexFoldedPhrases(phrases []string) phraseIndex {
	// Sized for the phrases at once: grown phrase by phrase, the maps of a
	// table's lists cost its first use a third of its time.
	l := phraseIndex{byFirst: make(map[string][]listPhrase, len(phrases)), stems: map[string][]listPhrase{}}
	for _, p := range phrases {
		if stem, ok := strings.CutSuffix(p, "*"); ok {
			words := strings.Fields(stem)
			if len(words) == 0 {
				continue
			}
			k := stemKey(words[0])
			l.stems[k] = append(l.stems[k], listPhrase{text: strings.Join(words, " "), words: words})
			continue
		}
		words := strings.Split(p, " ")
		l.byFirst[words[0]] = append(l.byFirst[words[0]], listPhrase{text: p, words: words})
	}
	return l
}

// listPhrase is a folded phrase of a phraseList, with its words split once
// when the list is built rather than joined for every comparison. For a
// stem, the last word is a prefix and text is the words without the *.
type listPhrase struct {
	text  string
	words []string
}

// beginsWith reports whether words begin with the words of p.
func (p listPhrase) beginsWith(words []string) bool {
	return len(words) >= len(p.words) && slices.Equal(words[:len(p.words)], p.words)
}

// foldedText is a message folded by foldText, with its words in order, and
// the phrases found in them so far (shared by the text's copies).
type foldedText struct {
	text  string
	words []string
	found *foundPhrases
}

func newFoldedText(folded string) foldedText {
	return foldedText{text: folded, words: strings.Fields(folded), found: &foundPhrases{}}
}

// foldedWords is a foldedText of words already folded and split.
func foldedWords(words ...string) foldedText {
	return foldedText{text: strings.Join(words, " "), words: words, found: &foundPhrases{}}
}

// find returns the first phrase of l in ft (in the order of the text),
// matching whole words, or "". At one word, l's phrases come before its
// stems, each in l's order.
func (l phraseList) find(ft foldedText) string {
	return ft.phrases().firstOf(l.bookID(), ft.words)
}

// atWord is at for the words of a folded text: how many words, from
// ft.words[i] on, a phrase or stem of l matches (the longest), or 0, read
// from the text's walk.
func (l phraseList) atWord(ft foldedText, i int) int {
	return ft.phrases().longestAt(l.bookID(), ft.words, i)
}

// phrases returns what the book found in ft, shared by ft's copies.
func (ft foldedText) phrases() *foundPhrases {
	if ft.found == nil { // a foldedText made without newFoldedText or foldedWords: walked for one question
		return &foundPhrases{}
	}
	return ft.found
}

// phrasesFor returns the phrases (not stems) whose first word is w.
func (ix *phraseIndex) phrasesFor(w string) []listPhrase { return ix.byFirst[w] }

// stemsFor returns the stems a word may start: those filed under its
// first stemIndexLen bytes, and those whose first word is shorter.
func (ix *phraseIndex) stemsFor(w string) []listPhrase {
	if len(w) < stemIndexLen {
		return ix.stems[w]
	}
	long, short := ix.stems[w[:stemIndexLen]], ix.stems[w[:1]]
	if len(short) == 0 {
		return long
	}
	return append(append([]listPhrase(nil), long...), short...)
}

// startsWithStem reports whether words begin with the words of stem, the
// last of them as a prefix.
func startsWithStem(words, stem []string) bool {
	if len(words) < len(stem) {
		return false
	}
	last := len(stem) - 1
	for j, sw := range stem[:last] {
		if words[j] != sw {
			return false
		}
	}
	return strings.HasPrefix(words[last], stem[last])
}

// vendorOutreach explains why a folded message m is vendor outreach and
// how strongly, in halves of vendor_outreach's points: 3 when it offers,
// names a service and asks for a call, or introduces itself (or cites
// clients), names a service and asks (the whole pitch, junk on its own at
// the shipped points), 4 when it does all of that; 1 when it names a service with only one of the other two; 0
// (and "") when a part is missing or it asks about our product.
//
// Without a named service, an offer, an introduction, credentials and an
// ask together are outreach too ("My name is…, we help companies like
// yours…, worth a conversation?"): three of them weigh 2, all four 3.
//
// buyer is buyerSigns' phrase in m (or ""), which the message detector
// finds once for its checks.
func vendorOutreach(m foldedText, buyer string) (string, int) {
	if buyer != "" {
		return "", 0
	}
	service := outreachServices.find(m)
	offer, ask := outreachOffer.find(m), outreachAsks.find(m)
	intro, proof := outreachIntro.find(m), outreachProof.find(m)
	// An ask by its shape matters only with another part of a pitch;
	// the pattern needs a number.
	if ask == "" && (service != "" || offer != "" || intro != "" || proof != "") && strings.ContainsAny(m.text, "0123456789") {
		ask = strings.TrimSpace(outreachMinutes.FindString(m.text))
	}
	if service != "" {
		switch {
		case offer != "" && ask != "" && (intro != "" || proof != ""):
			return "introduces itself, offers " + quote(service, 30) + " and asks for " + quote(ask, 30), 4
		case offer != "" && ask != "":
			return "offers " + quote(service, 30) + " (" + quote(offer, 30) + ") and asks for " + quote(ask, 30), 3
		case ask != "" && (intro != "" || proof != ""):
			return "introduces itself (" + quote(cmp.Or(intro, proof), 30) + "), names " + quote(service, 30) + " and asks for " + quote(ask, 30), 3
		case offer != "":
			return "offers " + quote(service, 30) + " (" + quote(offer, 30) + ")", 1
		case ask != "":
			return "pitches " + quote(service, 30) + " and asks for " + quote(ask, 30), 1
		}
	}
	var parts []string
	for _, p := range []string{offer, intro, proof, ask} {
		if p != "" {
			parts = append(parts, quote(p, 24))
		}
	}
	switch {
	case len(parts) == 4:
		return "introduces, offers, cites clients and asks: " + strings.Join(parts, ", "), 3
	case len(parts) == 3:
		return "pitches in three moves: " + strings.Join(parts, ", "), 2
	}
	return "", 0
}

// The lists above name services and asks one by one, and cold outreach
// for a trade they miss (PR, podcasts, payroll, translation) or in a
// language they lack passed. What every pitch has, whatever it sells, is
// a sender who presents their own business as the provider ("we are a
// translation agency", "nous sommes une agence", "ajansımız"), a word of
// what they do for others (an offer or a service), and a proposal to
// meet: a call, a chat, a meeting, put as a question or an invitation.
// pitchShape finds those three by shape.

// vendorSelf are the ways a sender presents their own business, folded.
var vendorSelf = foldedPhrases(
	"we are a", "we are an", "we re a", "we re an", "i m a", "i am a", "i m an", "i am an", "olemme",
	"we run", "we organise", "we organize", "nous accompagnons", "i run a", "i run an", "i m a consultant", "i am a consultant",
	"i m an independent", "i am an independent", "our agency", "our studio", "our firm", "our consultancy",
	"our company is", "our team of", "our b2b", "our podcast", "our network", "our platform connects",
	"nous sommes une", "nous sommes un", "notre agence", "notre cabinet", "notre studio", "notre societe",
	"somos una", "somos un", "nuestra agencia", "nuestra consultora", "nuestro estudio", "nuestro despacho",
	"wir sind eine", "wir sind ein", "ich bin berater*", "ich bin freiberuf*", "unsere agentur", "unser buro",
	"siamo un", "siamo una", "la nostra agenzia", "il nostro studio", "wij zijn een", "ons bureau",
	"jestesmy", "nasza agencja", "nasza firma", "siamo uno", "мы", "мы занимаемся", "мы компания", "наше агентство", "наша студия",
	"vi ar en", "vi ar ett", "var byra", "ajansımız", "sirketimiz", "biz bir", "nossa agencia", "nossa empresa",
	"somos uma", "somos um", "jsme", "kami adalah", "chung toi la",
)

// vendorDoing are what a provider says it does for others, beyond
// outreachOffer and outreachServices: generic services and verbs of
// delivering, folded.
var vendorDoing = foldedPhrases(
	"services", "service for", "we make", "we produce", "we run", "we can get", "we d love to feature",
	"help companies", "helping companies", "help businesses", "help founders", "help startups",
	"dienstleistung*", "helfe unternehmen", "helfen unternehmen", "services pour", "servicios de", "servicos de",
	"servizi di", "diensten", "uslug*", "услуг*", "hizmet*", "tjanster", "sluzby", "layanan", "dich vu",
	"specialisee", "specialise", "spezialisiert", "especializad*", "specializzat*", "gespecialiseerd",
	"leveren", "fournit", "erbringen", "cria", "criamos", "veriyor", "занимаемся", "оказываем",
	"rekryter*", "telemarketing", "televenta", "consulting", "beratung", "conseil",
	"buchhaltung", "lohnabrechnung", "payroll", "comptabilite", "contabilidad", "contabilidade", "contabilita",
	"boekhouding", "ksiegowosc", "бухгалтер*",
	// The provider itself: a sender who presents an agency or a studio
	// sells its work.
	"agency", "agence", "agentur", "agencia", "agenzia", "bureau", "byra", "studio", "consultancy", "consultora",
	"consultoria", "consulenza", "software house", "provider", "dienstleister", "prestataire", "proveedor",
	"fornecedor", "fornitore", "leverancier", "freelance*", "агентство", "студия",
	// A professional for hire.
	"consultant", "advisor", "adviser", "coach", "fractional", "copywriter", "ghostwriter*", "recruiter",
	"bpo", "done for you", "turnkey", "cle en main", "schlusselfertig", "llave en mano",
	"berater", "conseiller", "asesor", "consultor", "consulente", "adviseur", "doradca", "консультант",
	"gelistir*", "danismanlik*",
)

// vendorSuffixes end compound nouns for a provider ("Uitzendbureau",
// "Werbeagentur", "Rekryteringsbyrå"), folded.
var vendorSuffixes = []string{"bureau", "agentur", "buro", "byra", "agentuur", "ajansi"}

// providerCompound returns a word of m that is a compound naming a
// provider, or "".
func providerCompound(m foldedText) string {
	for _, w := range m.words {
		for _, s := range vendorSuffixes {
			if len(w) > len(s)+3 && strings.HasSuffix(w, s) {
				return w
			}
		}
	}
	return ""
}

// meetingWords name a call or a meeting, folded.
var meetingWords = foldedPhrases(
	"call", "chat", "talk", "conversation", "meeting", "intro", "catch up", "zoom",
	"gesprach", "telefonat", "termin", "kennenlernen", "anruf",
	"appel", "echange", "rendez vous", "visio", "llamada", "videollamada", "reunion", "charla",
	"conversa", "chamada", "reuniao", "chiamata", "gesprek", "kennismaking*", "afspraak",
	"rozmow*", "spotkani*", "созвон*", "звонок", "встреч*", "разговор", "gorusme", "samtal", "mote",
	"hovor", "schuzk*", "panggilan", "cuoc goi",
	// A few minutes of the reader's time, asked in a question.
	"minutes", "minuten", "minutos", "minuti", "minut", "minuty", "минут", "dakika", "phut", "menit", "minuuttia",
	"conversar", "puhelu*", "bellen", "telefonieren", "appeler", "llamar", "ligar", "chiamare", "zadzwonic",
	"позвонить", "aramak", "soittaa", "ringa", "goi đien",
	// Proposals to present the offer in a meeting.
	"presenter", "vorstellen", "presentarle", "presentarles", "apresentar", "presentarvi", "presenteren",
	"przedstawic",
)

// meetingAsk returns the meeting word of a sentence that proposes a call
// (a question, or an invitation to reply or book), or "".
func meetingAsk(msg string) string {
	for len(msg) > 0 {
		end := strings.IndexAny(msg, ".!?\n")
		sentence, question := msg, false
		if end >= 0 {
			sentence, question = msg[:end], msg[end] == '?'
			msg = msg[end+1:]
		} else {
			msg = ""
		}
		f := newFoldedText(foldText(sentence))
		if !question && proposalLead.find(f) == "" {
			continue
		}
		if w := meetingWords.find(f); w != "" {
			return w
		}
	}
	return ""
}

// proposalLead are invitations that need no question mark: "let's set up
// a call", "reply with a good time".
var proposalLead = foldedPhrases("let s", "let me know", "reply with", "book a", "grab a", "happy to", "lass uns",
	"melden sie sich", "n hesitez pas", "escribame", "me avise", "mi faccia sapere", "laat het weten")

// pitchShape explains a pitch by its shape and weighs it in halves of
// vendor_outreach's points: 3 (junk on its own) when the sender presents
// their business or offers, names what they do for others and proposes a
// meeting, with no question about our product; else 0.
func pitchShape(msg string, m foldedText, buyer string) (string, int) {
	if buyer != "" {
		return "", 0
	}
	// Two of the three ways to say "we are a provider": presenting the
	// business, a verb of offering, a service.
	var parts []string
	for _, p := range []string{vendorSelf.find(m), outreachOffer.find(m), cmp.Or(outreachServices.find(m), vendorDoing.find(m), providerCompound(m))} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 || needSigns.find(m) != "" {
		return "", 0
	}
	ask := meetingAsk(msg)
	if ask == "" {
		return "", 0
	}
	return "presents what it provides (" + quote(parts[0], 20) + ", " + quote(parts[1], 20) + ") and proposes a " + quote(ask, 16), 3
}

// needSigns are what a lead who presents their firm goes on to say: a
// problem of their own, what they need, want to use or ask advice on,
// folded. A vendor offers; it does not need.
var needSigns = foldedPhrases(
	// A problem of their own, or a start they plan: a lead.
	"our website", "our site", "our form*", "our contact form", "spam", "bots", "fake", "start in", "rollout",
	"roll out", "we d like a", "we would like a", "i d like a", "i would like a", "we d like to start",
	// Asking for advice or details is a lead's request, in any language.
	"interested", "consultation", "more information", "more details", "advice", "informationen",
	"beratung*", "renseignements", "informations", "asesoria", "informacion", "informacoes", "consultoria sobre",
	"informazioni", "consulenza su", "informatie", "advies", "informacj*", "консультац*", "подробнее", "bilgi",
	"neuvonta*", "tietoa", "radgivning", "tu van", "informasi",
	"need", "needs", "looking for", "interested in", "want to use", "would like to use", "evaluat*", "consider*",
	"switch*", "replace", "replacing", "migrate from", "we want", "we d like to use",
	"suchen", "brauchen", "benotig*", "mochten", "cherch*", "besoin", "souhait*", "buscamos", "necesit*",
	"queremos", "quisieramos", "precisamos", "procuramos", "cerchiamo", "bisogno", "vorremmo", "zoeken", "nodig",
	"willen", "szukamy", "potrzeb*", "chcemy", "ищем", "нужн*", "хотим", "ariyoruz", "ihtiyac*", "istiyoruz",
	"tarvitse*", "etsimme", "haluamme", "behover", "soker", "vill", "butuh", "mencari", "ingin", "muon",
)

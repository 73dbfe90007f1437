package screen

import "strings"

// Abuse sent through a contact form is not a lead: insults aimed at the
// recipient, threats, profanity. A single swear word can slip into a
// frustrated buyer's message ("our current tool is shit"), so it weighs
// one; a phrase aimed at the recipient ("fuck you", "vete a la mierda",
// "you scammers") weighs two. Points per weight, capped at abusePointsCap
// times abusive_message's points.

// abusePointsCap caps abusive_message at this many times its points.
const abusePointsCap = 2

// profanity are swear words in several languages (folded, see foldText; a
// trailing * matches any ending).
var profanity = foldedPhrases(
	"fuck*", "shit", "shitty", "bullshit", "cunt*", "asshole*", "bastard*", "bitch*", "dickhead*", "motherfuck*",
	"wanker*", "twat*",
	"mierda", "puta", "puto", "cabron*", "pendej*", "gilipollas", "joder", "chinga*",
	"merda", "porra", "caralho", "foder", "foda", "fodido*", "otari*", "idiotas", "идиоты", "уроды",
	"scheisse", "scheiße", "arschloch*", "wichser", "fotze",
	"putain", "connard*", "connasse", "salope", "encule*",
	"cazzo", "stronz*", "vaffanculo",
	"хуй", "хуя", "хуев*", "пизд*", "блять", "бля", "сука", "суки", "ебан*", "ебат*", "мудак*",
	"kurwa", "chuj*", "pierdol*",
	"klootzak", "godverdomme",
	"siktir", "orospu", "amk",
	"merde", "bordel de merde", "cono", "carajo", "verdammte scheisse", "kut", "tering", "kanker", "stfu", "wtf",
)

// abuseAimed are insults and threats aimed at the recipient.
var abuseAimed = foldedPhrases(
	"fuck you", "fuck off", "screw you", "go to hell", "you idiot*", "you moron*", "you suck", "you scam*",
	"you are scam*", "you re scam*", "kill yourself", "piss off", "son of a bitch",
	"hijo de puta", "hijos de puta", "vete a la mierda", "son unos estafadores",
	"filho da puta", "vai se foder", "vai tomar no cu", "voces sao golpistas",
	"fick dich", "verpiss dich", "halt die fresse", "ihr idioten", "ihr betruger",
	"va te faire foutre", "ta gueule", "nique ta", "bande d abrutis", "bande d escrocs",
	"figlio di puttana", "siete dei truffatori",
	"пошли нахуй", "иди нахуй", "идите нахуй", "нахуй", "вы мошенники",
	"spierdalaj", "jestescie oszustami",
	// Shame and damnation wished on the reader.
	"shame on you", "shame on your", "go to hell", "rot in hell", "burn in hell", "hope you go bankrupt",
	"schamt euch", "schamen sie sich", "fahrt zur holle", "geht zum teufel", "scher dich zum teufel",
	"honte a vous", "allez au diable", "allez en enfer", "va au diable",
	"que verguenza", "verguenza les deberia", "vete al infierno", "id al infierno", "vayanse al infierno",
	"que vergonha", "vai para o inferno", "vao para o inferno", "vai pro inferno", "vergonha para voces",
	"vergognatevi", "andate al diavolo", "vai al diavolo", "andate all inferno",
	"schaam je", "schaam jullie", "loop naar de hel", "val dood", "krijg de kanker",
	"позор вам", "идите к черту", "иди к черту", "идите в жопу", "иди в жопу", "чтоб вы сдохли", "будьте вы прокляты",
	"wstydzcie sie", "idzcie do diabla", "idz do diabla", "spadajcie",
	"utanın", "cehenneme git", "defol",
)

// abuseCJK are insults in scripts written without spaces, matched as
// substrings.
var abuseCJK = []string{"傻逼", "他妈的", "操你", "去死", "你们是骗子", "くたばれ", "死ね", "씨발", "병신"}

// An insult aimed at the recipient has a shape in every language: a
// word that addresses the reader ("you", "ihr", "vous êtes", "вы"),
// perhaps a verb "to be", an article or an intensifier, then a word that
// names a person by a vice ("idiots", "Betrüger", "escrocs", "мошенники")
// or runs down what they make ("your useless product"). Requiring the
// words to stand together, with only such fillers between, keeps a buyer
// who wants to "catch scammers" or asks "can you stop fraud" clear.

// abuseAddress are the words that address the reader, folded.
var abuseAddress = setOf(
	"you", "your", "youre", "ur", "u",
	"du", "ihr", "euch", "dein", "deine", "euer", "eure", "ihre",
	"vous", "tu", "toi", "votre", "vos", "ton", "ta", "tes", "bande",
	"tu", "eres", "sois", "ustedes", "vosotros", "tus", "vuestra", "vuestro", "panda", "manada",
	"voce", "voces", "seus", "suas", "bando", "cambada",
	"voi", "siete", "sei", "branco", "banda",
	"jullie", "jij", "je", "stelletje",
	"вы", "ты", "ваша", "ваш", "ваши", "твоя", "твой", "банда",
	"wy", "ty", "jestescie", "jestes", "banda", "wasza", "wasz",
	"siz", "sen",
)

// abuseTarget are what the reader makes or runs, which contempt names
// ("this company is a scam"): they may follow an address word.
var abuseTarget = setOf(
	"company", "service", "services", "product", "app", "website", "site", "firm", "team", "platform", "software",
	"support", "business", "tool", "offer",
	"firma", "unternehmen", "laden", "dienst", "produkt", "seite", "verein",
	"entreprise", "societe", "produit", "boite", "offre",
	"empresa", "servicio", "producto", "pagina", "negocio", "oferta",
	"servico", "produto", "negocio",
	"azienda", "societa", "prodotto", "servizio", "sito",
	"bedrijf", "dienst", "product",
	"компания", "контора", "сервис", "продукт", "сайт", "фирма",
	"firma", "usluga", "produkt", "strona", "sirket", "hizmet",
)

// abuseCopula are the verbs "to be" that turn a target into a judgment
// ("your service is garbage").
var abuseCopula = setOf("is", "are", "re", "ist", "sind", "seid", "bist", "est", "etes", "es", "sont", "son", "eres", "sois",
	"e", "sao", "sei", "siete", "sono", "zijn", "bent", "jest", "sa", "jestescie", "это", "просто")

// abuseContempt are judgments that condemn only after a copula: "your
// garbage collection" is a service, "your service is garbage" contempt.
var abuseContempt = foldedPhrases(
	"scam", "garbage", "trash", "joke", "rubbish", "shit", "crap", "rip off", "ripoff", "fraud", "a scam",
	"betrug", "abzocke", "mull", "scheisse", "arnaque", "escroquerie", "une arnaque", "de la merde", "nul",
	"estafa", "una estafa", "basura", "una mierda", "golpe", "um golpe", "fraude", "lixo", "uma merda",
	"truffa", "una truffa", "spazzatura", "una merda", "oplichterij", "rotzooi", "waardeloos",
	"лохотрон", "развод", "мошенничество", "говно", "oszustwo", "syf", "dolandırıcılık", "rezalet",
)

// abuseFiller are the words that may stand between the address and the
// insult: verbs "to be", articles, intensifiers, "bunch of".
var abuseFiller = setOf(
	"are", "re", "r", "is", "such", "a", "an", "bunch", "of", "all", "total", "complete", "fucking", "fkn", "damn",
	"bloody", "absolute", "real", "just", "nothing", "but", "so", "pathetic", "lying",
	"seid", "bist", "sind", "sie", "ein", "eine", "einer", "so", "solche", "verdammte", "verdammten", "elende",
	"alle", "nur", "echte",
	"etes", "es", "des", "de", "d", "un", "une", "sale", "sales", "vraiment", "putain", "gros",
	"son", "unos", "unas", "un", "una", "de", "malditos", "malditas", "puto", "putos", "todos",
	"sao", "e", "um", "uns", "uma", "de", "malditos", "todos",
	"siete", "dei", "degli", "delle", "un", "uno", "una", "di", "maledetti", "tutti",
	"zijn", "bent", "een", "vuile",
	"все", "просто", "настоящие", "чертовы", "грязные", "поганые",
	"jestescie", "jestes", "cholerni", "zwykli", "wszyscy",
	"birer", "bir", "hepiniz",
)

// abuseInsults name a person by a vice or run down their work, folded (a
// trailing * matches any ending).
var abuseInsults = foldedPhrases(
	"idiot*", "moron*", "imbecile*", "stupid", "dumb", "dumbass*", "retard*", "clown*", "loser*", "scammer*", "frauds",
	"fraudsters", "crook*", "thieves", "thief", "liar*", "cheaters", "criminals", "useless", "worthless", "incompetent",
	"pathetic", "crap", "crappy", "shitty", "pigs", "parasites", "scum",
	"bastard*", "assholes", "jerks", "morons",
	"idioten", "betruger*", "abzocker*", "verbrecher*", "dummkopf*", "vollidiot*", "trottel*", "versager*",
	"nutzlos*", "lugner*", "diebe", "schwachkopf*", "arschloch*",
	"escroc*", "voleur*", "menteur*", "abruti*", "cretin*", "imbecile*", "nul", "nuls", "nulle", "incompetent*",
	"connard*", "pourri*", "merdique",
	"estafador*", "ladron*", "mentiros*", "idiota*", "imbecil*", "inutil*", "incompetent*", "ratas",
	"sinverguenza*", "payaso*", "estupid*",
	"golpista*", "ladroe*", "ladrao", "mentiroso*", "burro*", "inutei*", "incompetente*", "palhaco*",
	"vigarista*", "otario*",
	"truffator*", "ladri", "bugiard*", "incapac*", "inutil*", "cretin*", "buffon*",
	"oplichter*", "dieven", "leugenaar*", "idioot", "idioten", "sukkel*", "waardeloos", "prutsers",
	"мошенник*", "жулик*", "воры", "ворюги", "лжецы", "обманщик*", "идиот*", "дебил*", "придурк*", "кретин*",
	"бездар*", "уроды", "твари", "шарлатан*", "козлы",
	"oszusci", "oszust*", "zlodzieje", "klamcy", "idioci", "idiota", "debil*", "kretyn*", "nieudacznik*",
	"dolandırıcı*", "hırsız*", "yalancı*", "aptal*", "salak*", "gerizekalı*",
)

// abuseThreats are threats against the recipient, folded.
var abuseThreats = foldedPhrases(
	"i will kill", "i ll kill", "gonna kill", "i will find you", "i ll find you", "watch your back",
	"you will regret", "you ll regret", "you will pay for", "burn your", "i know where you",
	"ich bring euch um", "ich bringe dich um", "ihr werdet es bereuen", "ich finde dich", "ich weiss wo",
	"je vais vous tuer", "je vais te tuer", "vous allez le regretter", "je sais ou",
	"te voy a matar", "os voy a matar", "lo vas a lamentar", "se van a arrepentir", "se arrepentiran", "se que donde",
	"vou te matar", "vou matar", "voces vao se arrepender", "vai se arrepender",
	"ti ammazzo", "vi ammazzo", "ve ne pentirete", "te ne pentirai",
	"я тебя убью", "я вас убью", "вы пожалеете", "ты пожалеешь", "я знаю где",
	"zabije cie", "pozalujecie", "pozalujesz",
	"seni oldurecegim", "pisman olacaksınız",
)

// aimedInsult returns the insult in m that is aimed at the reader: an
// address word, fillers at most abuseGap, then an insult; or "".
func aimedInsult(m foldedText) string {
	for i, w := range m.words {
		if !has(abuseAddress, w) && !has(abuseDemonstrative, w) {
			continue
		}
		copula := false
		for j := i + 1; j < len(m.words) && j <= i+1+abuseGap; j++ {
			rest := foldedText{words: m.words[j:min(j+3, len(m.words))]}
			if has(abuseAddress, w) && abuseInsults.find(foldedText{words: m.words[j : j+1]}) != "" ||
				copula && startsWithPhrase(abuseContempt, rest) {
				return strings.Join(m.words[i:j+1], " ")
			}
			switch {
			case has(abuseCopula, m.words[j]):
				copula = true
			case has(abuseFiller, m.words[j]), has(abuseTarget, m.words[j]):
			default:
				j = len(m.words) // neither: the phrase ends here
			}
		}
	}
	return ""
}

// vocativeInsult returns an insult shouted at the reader on its own
// ("Idiots!", "Betrüger!!"): an insult word right before an exclamation
// mark. msg is the message as written, m folded.
func vocativeInsult(msg string, m foldedText) string {
	if !strings.Contains(msg, "!") {
		return ""
	}
	for _, part := range strings.Split(msg, "!")[:strings.Count(msg, "!")] {
		// Only what stands alone since the last sentence ended: "Protect
		// us from scammers!" is a buyer's cry, "Scammers!" is not.
		if i := strings.LastIndexAny(part, ".?;:\n"); i >= 0 {
			part = part[i+1:]
		}
		words := strings.Fields(foldText(part))
		if len(words) == 0 || len(words) > vocativeWords {
			continue
		}
		last := words[len(words)-1]
		if p := abuseInsults.find(foldedText{words: []string{last}}); p != "" {
			return last + "!"
		}
	}
	return ""
}

// vocativeWords is the most words an exclamation may have to count as an
// insult shouted on its own ("Dirty thieves!").
const vocativeWords = 2

// abuseDemonstrative point at what the reader makes ("this company"),
// for contempt only.
var abuseDemonstrative = setOf("this", "dieser", "diese", "dieses", "cette", "ce", "esta", "este", "essa", "esse",
	"questa", "questo", "deze", "dit", "этот", "эта", "эти", "ta", "ten", "bu")

// startsWithPhrase reports whether ft begins with a phrase of l.
func startsWithPhrase(l phraseList, ft foldedText) bool {
	if len(ft.words) == 0 {
		return false
	}
	for _, p := range l.byFirst[ft.words[0]] {
		n := strings.Count(p, " ") + 1
		if n <= len(ft.words) && strings.Join(ft.words[:n], " ") == p {
			return true
		}
	}
	for _, stem := range l.stemsFor(ft.words[0]) {
		if startsWithStem(ft.words, stem) {
			return true
		}
	}
	return false
}

// abuseGap is the most filler words between an address and an insult.
const abuseGap = 6

// abusiveMessage returns what abuse a message holds and its weight (0
// when none): one for a swear word, two for abuse aimed at the recipient.
// m is the message folded.
func abusiveMessage(msg string, m foldedText) (string, int) {
	if p := abuseAimed.find(m); p != "" {
		return "abuse aimed at the recipient: " + quote(p, 30), 2
	}
	if p := aimedInsult(m); p != "" {
		return "an insult aimed at the recipient: " + quote(p, 30), 2
	}
	if p := vocativeInsult(msg, m); p != "" {
		return "an insult shouted at the recipient: " + quote(p, 30), 2
	}
	if p := abuseThreats.find(m); p != "" {
		return "a threat: " + quote(p, 30), 2
	}
	for _, p := range abuseCJK {
		if strings.Contains(msg, p) {
			return "abuse aimed at the recipient: " + quote(p, 30), 2
		}
	}
	if p := profanity.find(m); p != "" {
		return "profanity: " + quote(p, 30), 1
	}
	return "", 0
}

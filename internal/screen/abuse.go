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
	"siktir", "orospu",
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
)

// abuseCJK are insults in scripts written without spaces, matched as
// substrings.
var abuseCJK = []string{"傻逼", "他妈的", "操你", "去死", "你们是骗子", "くたばれ", "死ね", "씨발", "병신"}

// abusiveMessage returns what abuse a message holds and its weight (0
// when none): one for a swear word, two for abuse aimed at the recipient.
// m is the message folded.
func abusiveMessage(msg string, m foldedText) (string, int) {
	if p := abuseAimed.find(m); p != "" {
		return "abuse aimed at the recipient: " + quote(p, 30), 2
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

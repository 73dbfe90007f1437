package screen

import (
	"strings"
	"unicode"
)

// Abuse by its class, not by its words (round twenty-five of
// testdata/kinds/direction). The insult lists of abuse.go reach the words
// they were written from and little else: each round of new writing
// brought insults no list held ("אתם חבורה של אפסים", "Сдохните со своей
// рассылкой"). Three kinds of abuse carry their meaning in a construction
// that does not depend on the insult word, and a customer with a request
// does not use any of them:
//
//   - Lumping the reader into a crowd of something ("you are a bunch of
//     …", "ihr seid ein Haufen …", "אתם חבורה של …"): the collective noun
//     is the contempt, whatever the noun after it.
//   - Telling the reader to die, in the imperative of the plural "you"
//     ("сдохните", "crevez", "muéranse", "geberin"): no customer writes it.
//   - Promising to expose the reader's people: to post, publish or leak
//     their addresses, photos or numbers.
//
// Each counts only in a message that asks nothing (no question, no bill,
// contract or request), like contemptAskingNothing: a customer quoting
// such a message asks about it.

// crowdWords are the nouns that make a crowd of the reader, folded, and
// the Hebrew and CJK ones matched as written (see crowdScripts). "A lot
// of" and "a load of" are left out: "you have a lot of features".
var crowdWords = foldedPhrases(
	"bunch of", "pack of", "gang of", "band of", "herd of", "bande de", "bande d", "ramassis de",
	"tas de", "ein haufen", "haufen", "bande von", "ein pack", "panda de", "manada de", "bola de", "montón de",
	"cambada de", "bando de", "corja de", "branco di", "massa di", "banda di", "stelletje", "zootje",
	"banda", "zgraja", "стадо", "кучка", "свора", "шайка", "банда", "сборище", "зграя", "купка", "sürü",
	"gerombolan", "segerombolan",
)

// crowdScripts are crowd words of scripts folding splits or that stand
// without spaces, matched as written, and the Vietnamese ones, which fold
// to French words ("lu", "bon").
var crowdScripts = []string{"lũ ", "bọn ", "חבורה של", "חבורת", "קבוצה של", "عصابة", "قطيع", "一群", "一帮", "这帮", "这群", "群れ", "무리", "झुंड", "गिरोह"}

// crowdInsult returns the crowd a message lumps the reader into, or "":
// a crowd word, and an address word of the reader within two words
// before it ("you are a bunch of", "ihr seid ein Haufen", "jullie zijn
// een stelletje"), in a message that speaks to the reader.
func crowdInsult(msg string, m foldedText) string {
	for _, w := range crowdScripts {
		if i := strings.Index(msg, w); i >= 0 && (speaksToReader(m) || addressedInScript(msg[:i])) {
			return w
		}
	}
	for i := range m.words {
		n := crowdWords.at(m.words, i)
		if n == 0 || i+n >= len(m.words) {
			continue // the crowd must be of something
		}
		for k := max(0, i-crowdReach); k < i; k++ {
			// "Your band of …" is the reader's own; "jullie zijn een
			// stelletje …" (you, then a verb "to be") the reader.
			subject := !has(abusePossessive, m.words[k]) || has(abuseCopula, m.words[k+1])
			if has(abuseAddress, m.words[k]) && subject || has(secondPersonVerbs, m.words[k]) {
				return strings.Join(m.words[k:i+n+1], " ")
			}
		}
	}
	return ""
}

// crowdReach is how many words before the crowd word the address may
// stand ("you are such a bunch of").
const crowdReach = 5

// scriptAddress are the plural "you" of scripts folding splits, matched
// as written.
var scriptAddress = []string{"mày", "các người", "tụi bây", "אתם", "אתן", "أنتم", "انتم", "你们", "お前ら", "てめえら", "너네", "니들", "तुम", "आप लोग", "พวกแก", "พวกคุณ"}

// addressedInScript reports a plural "you" of scriptAddress in s.
func addressedInScript(s string) bool {
	return firstIn(s, scriptAddress) != ""
}

// dieCommands tell the reader to die, in the imperative of the plural or
// polite "you" (or the singular where it is only ever an insult), folded.
// Imperatives that fold to everyday words of another language are left
// out (Polish "giń" is "gin", Swedish "dö" "do", French "crève" also
// "crevé", tired), and English "die" is a noun and a verb of tools ("die
// casting"), so only its phrases count.
var dieCommands = foldedPhrases(
	"go die", "just die", "die already", "drop dead", "die you", "die scum", "go and die",
	"sterbt", "verreckt", "krepiert", "verreck", "krepier", "crevez", "mourez", "muéranse",
	"muerete", "mueran", "morram", "morrete", "crepate", "morite", "creperete",
	"sterf", "crepeer", "zdychajcie", "zdechnijcie", "zdychaj", "zdechnij", "gincie",
	"сдохните", "сдохни", "подохните", "подохни", "сдыхайте", "здохніть", "здохни", "гиньте",
	"geberin", "gebersin", "geber", "chết đi", "mampus", "mampuslah", "πεθάνετε", "ψοφήστε",
	"dra åt helvete",
)

// dieScripts are commands to die in scripts that folding splits or that
// stand without spaces, matched as written.
var dieScripts = []string{"去死", "死ね", "死んでしまえ", "죽어라", "뒤져라", "뒤져", "मर जाओ", "मरो", "موتوا", "مت بغيظك", "תמותו", "ไปตาย"}

// dieCommand returns a command to die in msg, or "".
func dieCommand(msg string, m foldedText) string {
	if w := firstIn(msg, dieScripts); w != "" {
		return w
	}
	return dieCommands.find(m)
}

// exposeLeads start a promise to expose: a first person about to act,
// folded (abuseThreatLead's, and more).
var exposeLeads = mergedPhrases(abuseThreatLead, foldedPhrases("i am gonna", "i shall", "watch me", "just wait till i",
	"ich", "je", "yo", "eu", "io", "ik", "ja", "ben", "aku", "saya"))

// exposeActs are what a person does to expose another, folded stems.
// "Send", "share" and "put" are left out: a buyer sends and shares their
// own data.
var exposeActs = foldedPhrases(
	"post", "publish", "leak", "expose", "dox", "doxx", "spread", "upload",
	"veroffentlich*", "poste", "posten", "leake", "stelle", "verbreite", "publie*", "publier", "divulgu*", "balancer",
	"publicar*", "publico", "filtrar*", "filtrare", "difundir*", "vazar", "vazo", "espalhar", "pubblich*", "diffonder*",
	"publiceer", "publiceren", "lek", "lekken", "opublikuj*", "upublicznie", "rozpowszechni*", "опубликую", "выложу",
	"солью", "разошлю", "опублікую", "викладу", "yayinlar*", "yayinlayacag*", "ifsa", "sebarkan", "sebar",
)

// exposeWhat are the private things of the reader's people that a
// doxxing threat names, folded stems.
var exposeWhat = foldedPhrases(
	"address", "addresses", "home address*", "photos", "pictures", "pics", "phone numbers", "numbers", "names",
	"families", "kids", "children", "personal details", "private details", "details", "data",
	"adresse*", "fotos", "bilder", "nummern", "namen", "familien", "kinder", "daten", "numeros", "noms",
	"familles", "enfants", "direccion*", "nombres", "familias", "hijos", "datos", "endereco*", "nomes", "filhos",
	"dados", "indirizz*", "foto", "nomi", "famiglie", "figli", "dati", "gegevens", "adres*",
	"zdjecia", "dane", "nazwiska", "адрес*", "фото", "номера", "имена", "семьи", "детей", "данные", "адреси",
	"fotograflar*", "alamat",
)

// exposeReach is how many words after the lead the act may come, and the
// act's object after it.
const exposeReach = 5

// exposeOwners are the words that make what is exposed the reader's
// people's ("your", "their", "staff"), folded: "I will post the photos of
// our event" exposes nobody.
var exposeOwners = setOf("your", "their", "staff", "employees", "team", "ceo", "boss", "owner", "owners",
	"ihre", "eure", "euer", "deine", "eurer", "vos", "votre", "leurs", "leur", "sus", "vuestros", "vuestras", "seus",
	"suas", "vostri", "vostre", "loro", "jullie", "uw", "hun", "wasze", "waszych", "ваши", "ваших", "их",
	"ваші", "sizin", "onlarin", "kalian", "mereka", "mitarbeiter", "personnel", "empleados")

// exposureThreat returns a promise to expose the reader's people, or "":
// a first person, a verb of exposing, the private things exposed, and a
// word that makes them the reader's people's.
func exposureThreat(m foldedText) string {
	w := aimedAct(m, exposeLeads, exposeActs, exposeReach, 0, exposeReach, func(w string) bool {
		return exposeWhat.at([]string{w}, 0) > 0
	})
	if w == "" {
		return ""
	}
	for _, o := range m.words {
		if has(exposeOwners, o) {
			return w
		}
	}
	return ""
}

// classAbuse returns abuse found by its class in a message that asks
// nothing, or "". m is msg folded.
func classAbuse(msg string, m foldedText) string {
	if asksReader(msg, m) || abuseBusiness.find(m) != "" {
		return ""
	}
	if w := exposureThreat(m); w != "" {
		return "a promise to expose the reader's people: " + quote(w, 40)
	}
	if requestWords.find(m) != "" || gratitude.find(m) != "" || firstIn(msg, gratitudeScripts) != "" {
		return "" // "you are a bunch of legends, thanks for the fix"
	}
	if w := crowdInsult(msg, m); w != "" {
		return "lumps the reader into a crowd and asks for nothing: " + quote(w, 30)
	}
	if w := dieCommand(msg, m); w != "" {
		return "tells the reader to die: " + quote(w, 20)
	}
	if w := conceptInsult(msg, m); w != "" {
		return "calls the reader a name and asks for nothing: " + quote(w, 20)
	}
	return ""
}

// gratitude are thanks in many languages, folded: a message that thanks
// the reader praises the crowd it lumps them into.
var gratitude = foldedPhrases("thank*", "thx", "cheers", "kudos", "danke", "merci", "gracias", "obrigad*", "grazie",
	"bedankt", "dziekuj*", "спасибо", "дякую", "tesekkur*", "sagol", "terima kasih", "cam on", "tack", "kiitos")

// gratitudeScripts are thanks in scripts folding splits or written
// without spaces, matched as written.
var gratitudeScripts = []string{"谢谢", "感谢", "ありがとう", "감사", "고마워", "شكرا", "धन्यवाद", "शुक्रिया", "תודה", "ขอบคุณ"}

// Masks longer than a guess can fill. readMasked guesses up to maxMasked
// hidden letters against the swear lists; "f***", "b****" and "c**t"
// hide more letters, or leave one, and a guess over every letter would
// cost thousands of look-ups per token. The words people hide that way
// are few: a masked token is read as one of commonlyMasked with the same
// number of letters and the same visible letters in the same places.

// commonlyMasked are the swear words people write with their letters
// masked, lower case as written.
var commonlyMasked = []string{
	"fuck", "fucking", "fucked", "fucker", "fuckers", "shit", "shitty", "bitch", "bitches", "cunt", "cunts", "dick",
	"dickhead", "asshole", "assholes", "bastard", "bastards", "whore", "slut", "twat", "wanker", "wankers", "motherfucker",
	"scheisse", "scheiße", "merde", "putain", "mierda", "puta", "putas", "cabron", "cabrones", "merda", "porra",
	"caralho", "cazzo", "stronzo", "stronzi", "kurwa", "хуй", "нахуй", "нахер", "блять", "блядь", "сука", "суки",
	"пизда", "пиздец", "ебать", "мудак", "мудаки", "говно",
}

// minMaskedLen is the fewest letters a token with a long mask must stand
// for: "a**" is too short to read as a word.
const minMaskedLen = 4

// readLongMask returns the word of commonlyMasked that tok hides, or "":
// tok has at least one visible letter and one mask, and every visible
// letter (leet digits read as letters) stands where the word has it.
func readLongMask(tok string) string {
	var pattern []rune
	letters, masks := 0, 0
	for _, r := range strings.ToLower(tok) {
		switch {
		case strings.ContainsRune(maskRunes, r):
			pattern = append(pattern, '*')
			masks++
		case leetLetters[r] != 0:
			pattern = append(pattern, leetLetters[r])
		case unicode.IsLetter(r):
			pattern = append(pattern, r)
			letters++
		default:
			return ""
		}
	}
	if letters == 0 || masks == 0 || len(pattern) < minMaskedLen {
		return ""
	}
	for _, w := range commonlyMasked {
		if fitsMask([]rune(w), pattern) {
			return w
		}
	}
	return ""
}

// fitsMask reports whether word has pattern's letters where pattern has
// them, and as many letters.
func fitsMask(word, pattern []rune) bool {
	if len(word) != len(pattern) {
		return false
	}
	for i, r := range pattern {
		if r != '*' && r != word[i] {
			return false
		}
	}
	return true
}

// Three more shapes that carry abuse whatever the insult's language or
// spelling:
//
//   - Insults run together letter by letter without word breaks ("U R P A
//     T H E T I C"): the joined run holds the insult inside it.
//   - A rhetorical question that insults ("What kind of moron designs a
//     form like this?", "Are you idiots?"): the question mark clears a
//     message of the shapes above, for buyers ask about "scammers", but
//     a question that opens so and names the reader by a vice asks nothing.
//   - Contempt beside a spam channel ("Scam company run by clowns. Buy
//     real traffic here: traffic4u (dot) biz"): neither the contempt nor
//     the disguised link is junk alone; the contempt weighs as a swear
//     word does (half of abuse's weight), so that together they are.

// hiddenRunInsults are insults found inside a run of spaced letters,
// lower case: long enough that a run of initials does not hold one by
// chance.
var hiddenRunInsults = []string{"pathetic", "idiot", "moron", "loser", "stupid", "useless", "scammer", "scum", "fraud",
	"liars", "thieves", "clown", "garbage", "trash", "asshole", "bastard", "bitch", "fuck", "shit", "cunt", "wanker",
	"retard", "idioten", "betruger", "arsch", "connard", "merde", "mierda", "puta", "cazzo", "kurwa", "сука", "хуй",
	"идиот", "урод", "дебил"}

// spacedRunInsult returns an insult inside a run of letters written one
// by one, or "".
func spacedRunInsult(msg string) string {
	if !hasSpacedLetters(msg) {
		return ""
	}
	runes := []rune(msg)
	for i := 0; i < len(runes); i++ {
		word, end := spacedRun(runes, i)
		if end <= i {
			continue
		}
		lw := strings.ToLower(word)
		for _, ins := range hiddenRunInsults {
			if strings.Contains(lw, ins) {
				return word
			}
		}
		i = end - 1
	}
	return ""
}

// rhetoricalOpeners start a question that insults rather than asks,
// folded: "what kind of", "are you", "who the hell".
var rhetoricalOpeners = foldedPhrases("what kind of", "what sort of", "who the hell", "who the fuck", "are you", "r u",
	"are u", "are all of you", "how stupid", "how dumb", "seid ihr", "sind sie", "bist du", "etes vous", "vous etes",
	"sois", "son ustedes", "eres", "voces sao", "siete", "zijn jullie", "jestescie", "вы что", "вы там", "ты что")

// rhetoricalReach is how many words may stand between the opener and the
// insult ("what kind of brain dead moron"): further on, the question is
// about something ("are you able to block messages that call us idiots").
const rhetoricalReach = 3

// rhetoricalMaxWords is the longest question read as a rhetorical insult.
const rhetoricalMaxWords = 20

// rhetoricalInsult returns the insult of a question that opens as a
// rhetorical one and names the reader by a vice, in a short message with
// no business, request or product of ours, or "".
func rhetoricalInsult(msg string, m foldedText) string {
	if !asksQuestion(msg) || len(m.words) > rhetoricalMaxWords || abuseBusiness.find(m) != "" || requestWords.find(m) != "" {
		return ""
	}
	for _, sentence := range strings.FieldsFunc(msg, func(r rune) bool { return strings.ContainsRune(".!\n", r) }) {
		if !asksQuestion(sentence) {
			continue
		}
		s := newFoldedText(foldText(sentence))
		if len(s.words) == 0 || !startsWithPhrase(rhetoricalOpeners, s) {
			continue
		}
		open := rhetoricalOpeners.at(s.words, 0)
		for i := open; i < len(s.words) && i <= open+rhetoricalReach; i++ {
			if n := max(abuseInsults.at(s.words, i), moreInsults.at(s.words, i)); n > 0 {
				return sentence
			}
		}
	}
	return ""
}

// contemptWithChannel returns the contempt of a message that asks nothing
// and gives a way round the form (a disguised link or a messenger with a
// handle), or "".
func contemptWithChannel(msg string, m foldedText) string {
	if asksQuestion(msg) {
		return ""
	}
	word := ""
	for i := range m.words {
		// "Fight scammers" names what a vendor stops; "run by clowns"
		// is contempt, so "by" prevents nothing here.
		if i > 0 && m.words[i-1] != "by" && has(abusePrevention, m.words[i-1]) && (i < 2 || !has(abuseCollective, m.words[i-2])) {
			continue
		}
		if n := contemptWords.at(m.words, i); n > 0 {
			word = strings.Join(m.words[i:i+n], " ")
			break
		}
	}
	if word == "" {
		return ""
	}
	lower := strings.ToLower(msg)
	if obfuscatedLink(msg, lower) == "" && !contactHandle.MatchString(lower) {
		return ""
	}
	return word
}

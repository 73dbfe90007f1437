package screen

import (
	"strings"
)

// Ill will that names no insult on any list (round nineteen of
// testdata/kinds/direction, and abuse2's note on what still passed:
// "bottom-feeders", "Pfeifen", "I wish your company nothing but
// failure"). What such messages share is not a word but a move aimed at
// the reader that a person who wants an answer does not make:
//
//   - a wish or a command that the reader's firm fail or the reader come
//     to harm ("I hope your servers melt", "go rot", "Que votre boîte
//     coule", "祝你们早日倒闭", "さっさと潰れろ", "망해야 해");
//   - a threat made conditional on being contacted again ("I'll post your
//     staff's home addresses if you write again", "one more message and
//     I will…"), or aimed at the reader's body ("break every one of your
//     fingers");
//   - the reader likened to vermin, in scripts the word lists do not reach
//     ("אתם טפילים", "أنتم طفيليات", "你们这帮吸血鬼").
//
// readAbuse reads these only in a message with no buyer's sign and no
// question about our product; each rule below also gives way to a
// question, as a customer quoting such a message asks one.

// illWill returns the ill will of msg by one of the moves above, or "".
func illWill(msg string, m foldedText) string {
	if asksQuestion(msg) || abuseBusiness.find(m) != "" || requestWords.find(m) != "" {
		return ""
	}
	if p := ruinWished(msg, m); p != "" {
		return "wishes the reader ruin or harm: " + quote(p, 30)
	}
	if p := curse(msg, m); p != "" {
		return "curses the reader: " + quote(p, 30)
	}
	if p := conditionalThreat(m); p != "" {
		return "a threat if contacted again: " + quote(p, 40)
	}
	if p := bodyThreat(m); p != "" {
		return "a threat to the reader's body: " + quote(p, 40)
	}
	if p := likenedInScript(msg); p != "" {
		return "likens the reader to vermin: " + quote(p, 30)
	}
	return ""
}

// ruinLead start a wish or a curse: illWishLead's, more languages, and
// the imperatives of a curse ("go rot", "drop dead", "… off and die"),
// folded.
var ruinLead = mergedPhrases(illWishLead, foldedPhrases(
	"go", "just go", "drop", "off and", "que votre", "que vos", "que ta", "que ton", "era vremea", "sper sa",
	"makari", "mong", "inshallah", "insallah", "щоб", "хай", "niech", "spero", "wish your", "wishing you",
	"i wish your", "wishing your", "moge", "remelem", "ελπιζω", "μακαρι",
))

// ruinImperative are the leads of ruinLead that command rather than wish:
// their harm follows at once and needs no word for the reader.
var ruinImperative = setOf("go", "just", "drop", "off")

// ruinHarm are what such a wish wishes on the reader or their firm,
// folded stems: illWishHarm's, and more failure, ruin, collapse, death.
var ruinHarm = mergedPhrases(illWishHarm, foldedPhrases(
	"melt*", "rot", "die", "dead", "goes under", "goes bust", "goes broke", "goes bankrupt",
	// Inflected (round twenty: "catches fire") and wished as a noun
	// ("nothing but bankruptcy and misery").
	"catches fire", "catch fire", "burns", "burns down", "burn down", "fails", "crashes", "sinks",
	"bankrupt*", "misery", "ruin", "ruined", "suffering", "untergeh*", "zugrunde", "ruine*", "fallire", "splajtuj*",
	"провал*", "csodbe", "perish", "fail", "failure", "starve", "go broke", "go bust", "crumble", "burn",
	"coule", "coulent", "creve", "crevez", "faillite", "quebreis", "quebren", "quiebren", "falam", "falir",
	"faliment", "falimentul", "fallisca", "falliscano", "failliet", "upadnij*", "upadnie*", "bankrut*",
	"batsin", "batasiniz", "iflas*", "bangkrut", "pha san", "chet", "разор*", "сдохни*", "сдохните", "сгни*",
	"пропади*", "загнись", "збанкрут*", "згори*", "κλεισετε", "κλεισεις", "χρεοκοπ*",
))

// ruinReach is how many words after the lead its harm may come ("I hope
// your whole support team starves").
const ruinReach = 6

// curses send the reader to hell or the devil, folded: a command that
// wants nothing from them (round twenty).
var curses = foldedPhrases(
	"go to hell", "go to the devil", "burn in hell", "rot in hell", "damn you", "zur holle", "fahrt zur holle",
	"zum teufel", "geht zum teufel", "allez au diable", "va au diable", "allez en enfer", "al diablo", "idos al diablo",
	"vayanse al diablo", "que os parta un rayo", "vao para o inferno", "vai pro inferno", "vao pro inferno",
	"andate al diavolo", "va all inferno", "andate all inferno", "loop naar de hel", "val dood", "idzcie do diabla",
	"idz do diabla", "idzcie do diabła", "idz do diabła", "идите к черту", "иди к черту", "идите в ад", "катитесь к черту", "йдіть до біса", "ідіть до біса",
	"cehenneme", "cehennemin dibine", "dra at helvete", "fan ta er", "jdete do hajzlu", "jdete k certu", "menjetek a pokolba",
	"ante sto diaolo", "pergi ke neraka", "xuong đia nguc", "cut xuong đia nguc",
)

// cursesScripts are the same in scripts folding breaks apart or written
// without spaces, matched as written.
var cursesScripts = []string{"去死吧", "下地狱", "地獄に落ちろ", "地獄へ落ちろ", "지옥에나 가", "지옥에 가라", "भाड़ में जाओ", "भाड़ में जाइए",
	"नरक में जाओ", "إلى الجحيم", "الى الجحيم", "לכו לעזאזל", "לך לעזאזל", "ไปตายซะ", "ไปลงนรก"}

// curse returns a curse in msg, or "".
func curse(msg string, m foldedText) string {
	if p := curses.find(m); p != "" {
		return p
	}
	if found := firstIn(msg, cursesScripts); found != "" {
		return found
	}
	return ""
}

// ruinScripts are wishes of ruin and curses in scripts written without
// spaces or split by folding, matched as written.
var ruinScripts = []string{
	"倒闭", "倒閉", "破产", "破產", "去死", "死全家", "不得好死",
	"潰れろ", "倒産しろ", "滅びろ", "死ね", "くたばれ",
	"망해라", "망해야", "망하길", "망하세요", "죽어라", "꺼져라",
	"डूब जाए", "बर्बाद हो", "मर जाओ", "दिवालिया",
	"تفلسوا", "تفلس", "افلاس", "إفلاس", "موتوا", "تموتوا",
	"שתפשטו רגל", "שתמותו", "תמותו",
	"เจ๊ง", "ล้มละลาย",
}

// ruinWished returns a wish of ruin on the reader, or "": a lead, within
// ruinReach words a harm, and the reader or their firm named near them
// (or, in an imperative, the lead "go" right before the harm: "go rot");
// or a wish of ruin in a script matched as written, with the reader
// named in that script.
func ruinWished(msg string, m foldedText) string {
	for i := range m.words {
		lead := ruinLead.atWord(m, i)
		if lead == 0 {
			continue
		}
		imperative := has(ruinImperative, m.words[i])
		for j := i + lead; j < len(m.words) && j < i+lead+ruinReach; j++ {
			n := ruinHarm.atWord(m, j)
			if n == 0 {
				continue
			}
			if negated(m.words[i:j]) {
				break // "I hope your servers don't melt under our traffic"
			}
			if falseFriend(m.words[i], m.words[j]) {
				continue
			}
			if imperative {
				if j == i+lead && curseEnds(m.words, j+n) {
					return strings.Join(m.words[i:j+n], " ")
				}
				break
			}
			for k := max(0, i-2); k < min(len(m.words), j+n+3); k++ {
				if wishTarget(m, k) {
					return strings.Join(m.words[i:j+n], " ")
				}
			}
		}
	}
	if found := firstIn(msg, ruinScripts); found != "" {
		return found
	}
	return ""
}

// verminWords liken people to vermin and carrion eaters in the scripts
// folding reads, for contemptWords, folded stems.
var verminWords = foldedPhrases(
	"vermin", "leeches", "bloodsuckers", "worms", "cockroaches", "lowlife", "lowlifes", "scum", "maggots",
	"bottom feeders", "blutsauger", "ungeziefer", "zecken", "charognard*", "cafards", "vermine", "sangsue*",
	"cucarachas", "alimanas", "baratas", "vermi", "scarafaggi", "kakkerlakken", "ongedierte", "bloedzuigers",
	"karaluchy", "robactwo", "pijawki", "тараканы", "пиявки", "кровопийц*", "кровопивц*", "кровопивці", "шарлатан*", "hamamboceği", "sulukler",
	"blodsugare", "ohyra", "parazit*", "lipitori", "pijavice", "stetci", "parazitak", "piocak",
)

// A curse commanded ends there or goes on to its reader or its place ("go
// rot", "go die in a ditch", "go rot, all of you"); "drop dead easy" and
// "go die-hard fans" go on to something else.
var curseGoesOn = setOf("in", "already", "and", "you", "all", "every", "everyone", "slowly", "now")

// curseEnds reports whether a commanded harm ending before words[k] ends
// the message or goes on as a curse does.
func curseEnds(words []string, k int) bool {
	return k >= len(words) || has(curseGoesOn, words[k])
}

// deadIdiom reports "drop dead" found as p in m where it goes on to an
// adjective, the idiom ("drop dead easy", "drop-dead gorgeous") rather
// than the curse.
func deadIdiom(m foldedText, p string) bool {
	if p != "drop dead" {
		return false
	}
	for i := 0; i+1 < len(m.words); i++ {
		if m.words[i] == "drop" && m.words[i+1] == "dead" && !curseEnds(m.words, i+2) {
			return true
		}
	}
	return false
}

// englishHarms are harms of illWishHarm that are ordinary words in
// German and Dutch ("die" is their article, "rot" red): a harm only after
// an English wish or threat ("Ich hoffe, ihr habt die Unterlagen" wishes
// nothing).
var englishHarms = setOf("die", "dies", "rot")

// englishLeads are the first words of the English leads of wishes,
// curses and threats.
var englishLeads = setOf("i", "hope", "may", "go", "just", "drop", "off", "we", "you")

// falseFriend reports a harm read in a language where it is an ordinary
// word: an English harm after a lead in another language.
func falseFriend(lead, harm string) bool {
	return has(englishHarms, harm) && !has(englishLeads, lead)
}

// wishNegations deny what follows them, folded: a wish or a threat that
// holds one before its harm wishes the harm away ("I hope your team
// doesn't fail us again", "I will not hurt anyone's feelings").
var wishNegations = setOf("not", "t", "never", "no", "nicht", "nie", "niemals", "kein", "keine", "pas", "jamais",
	"nunca", "nao", "non", "mai", "niet", "nooit", "не", "ни", "nigdy", "asla", "inte", "aldrig", "tidak", "jangan",
	"khong", "μην", "δεν", "لا", "לא", "नहीं", "मत")

// negated reports a word of wishNegations among words.
func negated(words []string) bool {
	for _, w := range words {
		if has(wishNegations, w) {
			return true
		}
	}
	return false
}

// wishTarget reports whether m.words[k] names whom a wish is aimed at:
// the reader, their firm, or someone the message calls a name ("…dați
// faliment, paraziților").
func wishTarget(m foldedText, k int) bool {
	w := m.words[k]
	return has(abuseObject, w) || has(abuseAddress, w) || has(readerCompany, w) || has(copulaDroppers, w) ||
		has(abusePossessive, w) || contemptWords.atWord(m, k) > 0
}

// contactAgain are conditions on the reader writing again, folded: the
// hinge of a threat ("…if you write again", "one more email and…").
var contactAgain = foldedPhrases(
	"if you write again", "if you write to me again", "if you email me again", "if you contact me again",
	"if you call me again", "if you call again", "if you message me again", "if you text me again",
	"if you send me another", "if i get one more", "keep it up and", "keep this up and", "keep spamming and",
	"keep spamming me and", "keep emailing me and", "keep calling me and", "keep writing and",
	"macht nur so weiter und", "continuez comme ca et", "sigan asi y", "one more message and", "one more email and", "one more call and",
	"one more text and", "next time you write", "next time you call", "next time you email", "write again and",
	"wenn ihr noch einmal", "wenn ihr mir noch", "wenn sie mir noch einmal", "noch eine mail und", "noch eine e mail und",
	"si vous m ecrivez encore", "si vous me contactez encore", "si vous rappelez", "encore un message et",
	"si me vuelven a", "si me volveis a", "si vuelven a escribir", "un mensaje mas y", "un correo mas y",
	"se me mandarem mais", "se voces me ligarem", "mais uma mensagem e", "se mi scrivete ancora", "un altro messaggio e",
	"als jullie nog een keer", "nog een mail en", "jesli jeszcze raz", "jeszcze jeden mail i",
	"если еще раз", "если ещё раз", "еще одно письмо и", "ещё одно письмо и", "якщо ще раз", "bir daha yazarsaniz",
	"bir daha ararsaniz", "om ni skriver igen", "kalau kalian menghubungi lagi", "neu con nhan tin",
)

// conditionalThreat returns a threat made conditional on being contacted
// again — the condition and a first person about to act on the reader,
// in the same message (in Russian "я" alone is that first person) — or "". Alone, "if you write again" is a person asking not to
// be written to; with "I will" it announces what follows.
func conditionalThreat(m foldedText) string {
	cond := contactAgain.find(m)
	if cond == "" {
		return ""
	}
	for i := range m.words {
		n := abuseThreatLead.atWord(m, i)
		if n == 0 {
			continue
		}
		// The act names the reader or theirs ("I'll post your staff's
		// addresses"): "if you call me again I will have the budget" is
		// a buyer's plan.
		for k := i + n; k < len(m.words) && k < i+n+threatTargetReach; k++ {
			if has(abuseObject, m.words[k]) || has(abusePossessive, m.words[k]) {
				return strings.Join(m.words[i:k+1], " ") + " … " + cond
			}
		}
	}
	return ""
}

// threatTargetReach is how many words after the first person its act
// must name the reader.
const threatTargetReach = 6

// bodyParts are what a threat breaks, folded.
var bodyParts = foldedPhrases(
	"fingers", "legs", "arms", "neck", "bones", "knees", "kneecaps", "teeth", "skull", "jaw", "nose",
	"finger", "beine", "knochen", "zahne", "genick", "doigts", "jambes", "dents", "dedos", "piernas", "dientes",
	"pernas", "dentes", "dita", "gambe", "denti", "vingers", "benen", "palce", "nogi", "zeby", "пальцы", "ноги",
	"кости", "зубы", "шею", "bacaklarini", "dislerini",
)

// bodyThreat returns a threat to the reader's body — a first person about
// to act, within bodyReach words the reader's body part — or "":
// "I will come down there and break every one of your fingers".
func bodyThreat(m foldedText) string {
	for i := range m.words {
		lead := abuseThreatLead.atWord(m, i)
		if lead == 0 || m.words[i] == "я" || m.words[i] == "мы" {
			continue
		}
		for j := i + lead; j < len(m.words) && j < i+lead+bodyReach; j++ {
			if bodyParts.atWord(m, j) > 0 && j > 0 && (has(abusePossessive, m.words[j-1]) || j > 1 && has(abuseObject, m.words[j-2]) || has(abuseObject, m.words[j-1])) {
				return strings.Join(m.words[i:j+1], " ")
			}
		}
	}
	return ""
}

// bodyReach is how many words after the first person the reader's body
// part may come.
const bodyReach = 12

// readerScripts address the reader in scripts matched as written ("you
// all", "you lot"), and verminScripts liken people to vermin in them: the
// lists of abuse.go fold these scripts apart or do not hold them.
var (
	readerScripts = []string{"你们", "你們", "お前ら", "お前", "てめえ", "너희", "너네", "당신들", "אתם", "אתן", "أنتم", "انتم", "انتو",
		"तुम लोग", "आप लोग", "तुम", "أيها", "يا ", "είστε", "εσείς", "các người", "bọn", "chúng mày", "kalian", "พวกแก", "พวกคุณ"}
	verminScripts = []string{"吸血鬼", "寄生虫", "蛀虫", "败类", "害虫", "ゴキブリ", "ハイエナ", "기생충", "벌레", "거머리",
		"טפיל", "עלוקות", "طفيلي", "طفيليات", "حشرات", "علق", "परजीवी", "कीड़े", "जोंक", "παράσιτ", "βδέλλες",
		"ký sinh", "đỉa", "sâu bọ", "lintah", "parasit", "benalu", "ปลิง", "ปรสิต", "الطفيليات", "طفيليات"}
)

// likenedInScript returns a likening to vermin aimed at the reader in a
// script the word lists do not reach, or "".
func likenedInScript(msg string) string {
	lower := strings.ToLower(msg)
	for _, v := range verminScripts {
		if !strings.Contains(lower, v) {
			continue
		}
		for _, r := range readerScripts {
			if strings.Contains(lower, r) {
				return r + " … " + v
			}
		}
	}
	return ""
}

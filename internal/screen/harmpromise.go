package screen

import (
	"strings"
	"unicode/utf8"
)

// Two shapes of abuse that the lists of abuse.go, hostility.go and
// illwill.go miss by construction (round twenty-two of
// testdata/kinds/direction):
//
//   - A promise to come for the reader. "I will find your office", "я вас
//     найду", "je vais vous retrouver" threaten without a violent verb:
//     what threatens is the sender, in the first person, setting out to
//     locate the reader, their home or their staff. threatShape needs a
//     violent verb within a few words; a promise to locate needs none.
//     "We will find you a slot" is an offer, so the lead is the first
//     person singular and the reader is what is found, in the accusative,
//     or their place.
//   - An address and an insult in scripts written without spaces.
//     aimedInsult reads words; "你们这群垃圾" (you lot of garbage) and
//     "お前らクズ" have no spaces between the address and the insult. A
//     second-person word followed within a few letters by an insult is the
//     same shape as "you idiots" in any script.

// locateLeads are a first person singular setting out to act, folded.
var locateLeads = foldedPhrases("i will", "i ll", "i m gonna", "i m going to", "i am going to", "i swear i ll",
	"ich werde", "je vais", "voy a", "vou", "vado a", "ik ga", "я")

// locateActs are the verbs of coming for someone, folded stems.
var locateActs = foldedPhrases("find", "track down", "hunt down", "hunt you", "come for", "come after", "show up at", "come to", "visit",
	"finden", "aufsuchen", "retrouver", "trouver", "encontrar*", "buscar*", "achar", "trovar*", "vinden",
	"найду", "найдем", "найдём", "достану", "доберусь", "вычислю")

// locateActsObject are the same verbs with the reader fused into them
// (Romance clitics), which need no object word beside them, folded.
var locateActsObject = foldedPhrases("track you down", "hunt you down", "encontrarlos", "encontrarlas", "encontrarte",
	"encontraros", "encontrarles", "encontrar voces", "achar voces", "trovarvi", "trovarti", "vous retrouver", "te retrouver")

// locateObjects are the reader as what a promise to locate finds: the
// accusative "you" (not the dative "вам" of "we'll find you a slot", "мы
// найдём вам решение").
var locateObjects = setOf("you", "u", "dich", "euch", "vous", "te", "toi", "os", "los", "las", "voce", "voces",
	"vi", "ti", "jullie", "jou", "вас", "тебя")

// locatePlaces are where the reader lives and works, found after a
// possessive of the reader ("your office", "ваш офис"): "I will find your
// invoice" and "I will come to your booth" are errands.
var locatePlaces = setOf("office", "offices", "building", "house", "home", "address", "family", "kids", "children",
	"wife", "staff", "door", "buro", "haus", "bureaux", "bureau", "maison", "oficina", "casa", "ufficio", "офис", "дом", "адрес")

// readerOwn are "your" in the languages of locateLeads, folded.
var readerOwn = setOf("your", "ur", "eure", "euer", "dein", "deine", "votre", "vos", "tu", "tus", "su", "sus",
	"seu", "sua", "vostro", "vostra", "jullie", "ваш", "вашу", "твой", "твою")

// placeOnly are the acts of coming that threaten only with the reader's
// place as their object: "I will come to you next week" is a meeting.
var placeOnly = setOf("come", "visit", "show")

// readerAt reports whether words[k] names the reader as what is found or
// come to: an accusative "you" (unless the act only threatens a place),
// or a possessive of the reader followed by a place.
func readerAt(words []string, k int, act string) bool {
	if has(locateObjects, words[k]) && !has(placeOnly, act) {
		return true
	}
	return has(readerOwn, words[k]) && k+1 < len(words) && has(locatePlaces, words[k+1])
}

// veiledEnds are warnings that it will go badly for the reader, folded;
// veiledThreats has the European ones.
var veiledEnds = foldedPhrases("i know your address", "i know where you live", "i know where you work", "we know your address",
	"ich kenne eure adresse", "je connais votre adresse", "se donde vives", "conozco tu direccion", "я знаю ваш адрес", "я знаю твой адрес", "вам будет плохо", "вам будет очень плохо", "тебе будет плохо", "тебе будет очень плохо",
	"вам конец", "тебе конец", "вам хана", "тебе хана", "you re dead", "you are dead", "you re finished", "you are finished",
	"you re done for", "you are done for", "ihr seid tot", "vous etes morts", "estan muertos", "estais muertos")

// locateReach is how many words after the first person its verb may come
// ("I swear I will personally come and find your office").
const locateReach = 4

// harmPromise returns a promise to come for the reader or a warning that
// it will go badly for them, or "". The caller checks that the message
// asks nothing about our product.
func harmPromise(m foldedText) string {
	if p := veiledEnds.find(m); p != "" {
		return "warns the reader: " + quote(p, 30)
	}
	for i := range m.words {
		lead := locateLeads.atWord(m, i)
		if lead == 0 {
			continue
		}
		for j := i + lead; j < len(m.words) && j <= i+lead+locateReach; j++ {
			if n := locateActsObject.atWord(m, j); n > 0 && !negated(m.words[i:j]) {
				return "a promise to come for the reader: " + quote(strings.Join(m.words[i:j+n], " "), 40)
			}
			n := locateActs.atWord(m, j)
			if n == 0 {
				// Russian puts the object first: "я вас найду".
				continue
			}
			if negated(m.words[i:j]) {
				break
			}
			for k := max(i+lead, j-2); k < min(len(m.words), j+n+2); k++ {
				if k != j && readerAt(m.words, k, m.words[j]) {
					return "a promise to come for the reader: " + quote(strings.Join(m.words[i:min(len(m.words), j+n+2)], " "), 40)
				}
			}
		}
	}
	return ""
}

// scriptAddresses are second-person words in scripts written without
// spaces, the plural and the rude forms first.
var scriptAddresses = []string{"你们", "你們", "你这", "你個", "你个", "お前ら", "お前", "てめえ", "貴様", "너희", "너네", "니들", "너"}

// scriptInsults are insults in those scripts, matched as written.
var scriptInsults = []string{"垃圾", "废物", "廢物", "白痴", "蠢货", "蠢貨", "人渣", "骗子", "騙子", "畜生", "脑残", "腦殘", "傻",
	"クズ", "ゴミ", "バカ", "馬鹿", "カス", "アホ", "詐欺師",
	"쓰레기", "병신", "멍청", "사기꾼", "개새끼", "미친"}

// scriptNotInsults are compounds in which an insult word names a thing,
// not a person: spam mail, junk messages, a rubbish bin.
var scriptNotInsults = []string{"垃圾邮件", "垃圾郵件", "垃圾信息", "垃圾訊息", "垃圾短信", "垃圾广告", "垃圾廣告", "垃圾评论",
	"垃圾留言", "垃圾桶", "垃圾分类", "ゴミ箱", "ゴミ出し", "쓰레기통", "쓰레기 메일", "쓰레기 문자"}

// scriptInsultReach is how many letters may stand between the address and
// the insult ("你们这群垃圾": 这群, "that herd of").
const scriptInsultReach = 4

// scriptAimedInsult returns an address followed closely by an insult in a
// script written without spaces, or "".
func scriptAimedInsult(msg string) string {
	for _, a := range scriptAddresses {
		for rest, at := msg, 0; ; {
			i := strings.Index(rest, a)
			if i < 0 {
				break
			}
			after := rest[i+len(a):]
			// The few letters after the address, as a string.
			end := 0
			for n := 0; n < scriptInsultReach+4 && end < len(after); n++ {
				_, size := utf8.DecodeRuneInString(after[end:])
				end += size
			}
			window := after[:end]
			for _, ins := range scriptInsults {
				if j := strings.Index(window, ins); j >= 0 && utf8.RuneCountInString(window[:j]) <= scriptInsultReach &&
					!startsWithAny(after[j:], scriptNotInsults) {
					return a + window[:j+len(ins)]
				}
			}
			at += i + len(a)
			rest = msg[at:]
		}
	}
	return ""
}

// startsWithAny reports whether s starts with one of prefixes.
func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

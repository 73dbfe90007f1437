package screen

import (
	"strings"
)

// How the message detector reads a message for abuse, around the lists and
// shapes of abuse.go (round seventeen of testdata/kinds/direction):
//
//   - What a person quotes is not what they say. A customer who asks
//     whether our filter blocks messages like "f*ck you, idiots", or a
//     shelter that receives threats such as "I know where you are", quotes
//     abuse to ask about it: in a message that asks a question, quoted
//     spans are left out before abuse and spam phrases are looked for.
//   - Hidden swear words are read as written out (see unmask): a masked,
//     spaced, drawn-out or leet-spelt word weighs what the word weighs.
//   - Sexual remarks about the reader's staff and hate aimed at a people
//     are abuse in any message that asks nothing about our product (see
//     harassment), and so is contempt that speaks to the reader and asks
//     for nothing (see contemptAskingNothing).
//   - Our product named only to run it down is no buyer's sign (see
//     onlyNamesOurs).
//   - A swear word in a question ("Shit, we imported the wrong file. How
//     do we undo it?") is a person with a problem: half the points, as in
//     a request.

// quotedSpan is a span in quotation marks of any common style. ASCII
// single quotes are apostrophes more often than quotes, so they count only
// as a pair that opens after a space or bracket and closes before one or
// before punctuation ("messages like 'you are all scum' — can you..."),
// and an apostrophe between letters inside ("'you're done'") does not
// close the span.
var quotedSpan = newLazyRegexp(`"[^"\n]{1,200}"|“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|«[^»\n]{1,200}»|‹[^›\n]{1,200}›|「[^」\n]{1,200}」|『[^』\n]{1,200}』|‘[^’\n]{1,200}’|(^|[\s(\[:])'(\p{L}'\p{L}|[^'\n]){1,200}'([\s.,;:!?)\]—–-]|$)`)

// quoteMarks are the characters quotedSpan starts with, to skip the
// pattern on the many messages without one.
const quoteMarks = `"“„«‹「『‘'`

// reportedSpeech returns msg without its quoted spans when msg asks a
// question and quotes something, or "".
func reportedSpeech(msg string) string {
	if !hasAnyOf(msg, quoteMarks) || !asksQuestion(msg) {
		return ""
	}
	spans := quotedSpan.FindAllStringIndex(msg, -1)
	if len(spans) == 0 {
		return ""
	}
	var b strings.Builder
	at := 0
	for _, s := range spans {
		b.WriteString(msg[at:s[0]])
		b.WriteByte(' ')
		at = s[1]
	}
	b.WriteString(msg[at:])
	return b.String()
}

// asksQuestion reports a question mark in any script.
func asksQuestion(msg string) bool {
	return hasAnyOf(msg, "?？؟")
}

// readAbuse returns what abuse a message holds and its weight in halves of
// abusive_message's points, as abusiveMessage does, having spelt out
// hidden swear words and looked for harassment too. msg and m are the
// message as written and folded, with quoted speech already left out when
// the message asks about it; buyer is buyerSigns' phrase in it, product
// productQuestion's.
func readAbuse(msg string, m foldedText, buyer, product string) (string, int) {
	why, halves := readAbuseText(msg, m, buyer, product)
	if halves >= 4 || letterFormulaPhrases.find(m) == "" {
		return why, halves
	}
	// A formal letter around abuse (see withoutLetterFormulas) is read
	// without its formulas too: "please accept" and "kind regards" ask
	// for nothing, and a closing makes a short insult long.
	if bare := withoutLetterFormulas(msg); bare != "" {
		if w, h := readAbuseText(bare, newFoldedText(foldText(bare)), buyer, product); h > halves {
			why, halves = "a formal letter around abuse: "+w, h
		}
	}
	return why, halves
}

// readAbuseText is readAbuse for the text as it stands.
func readAbuseText(msg string, m foldedText, buyer, product string) (string, int) {
	if onlyNamesOurs(msg, m, buyer) && onlyNamesOurs(msg, m, product) {
		// "Your product is a scam built to rob people": a judgment of
		// our product, not a question about it.
		buyer, product = "", ""
	}
	why, halves := abusiveMessage(msg, m, buyer)
	if plain, hidden := unmask(msg); len(hidden) > 0 {
		if w, h := abusiveMessage(plain, newFoldedText(foldText(plain)), buyer); h > halves {
			why, halves = "hidden swearing spelt out ("+quote(strings.Join(hidden, ", "), 24)+"): "+w, h
		}
	}
	if halves < 4 {
		// Harassment has no buyer's reading: "the girl in your demo video
		// is hot" names our demo to leer at our staff (harassment itself
		// leaves questions out).
		if w := harassment(msg, m); w != "" {
			why, halves = w, 4
		}
	}
	if halves < 4 && buyer == "" && product == "" {
		if w := classAbuse(msg, m); w != "" {
			why, halves = w, 4
		} else if w := spacedRunInsult(msg); w != "" {
			why, halves = "an insult spelt out letter by letter: "+quote(w, 30), 4
		} else if w := rhetoricalInsult(msg, m); w != "" {
			why, halves = "a question that only insults: "+quote(w, 40), 4
		} else if w := contemptAskingNothing(msg, m); w != "" {
			why, halves = "runs the reader down and asks for nothing: "+quote(w, 30), 4
		} else if w := illWill(msg, m); w != "" {
			why, halves = w, 4
		} else if w := harmPromise(m); w != "" && !asksQuestion(msg) {
			why, halves = w, 4
		} else if w := scriptAimedInsult(msg); w != "" && !asksQuestion(msg) {
			why, halves = "an insult aimed at the reader: "+quote(w, 20), 4
		} else if w, h := vocabAimedAbuse(msg, m); h > 0 {
			why, halves = w, h
		} else if w, h := modelAbuse(msg, m); h > halves {
			why, halves = w, h
		}
	}
	if halves < 2 {
		// Spam that runs the reader down is no buyer, whatever it
		// offers to "buy": contempt beside a way round the form.
		if w := contemptWithChannel(msg, m); w != "" {
			why, halves = "contempt beside a way round the form: "+quote(w, 30), 2
		}
	}
	if halves == 2 && asksQuestion(msg) {
		// A swear word and a question: someone with a problem, as in
		// a request (abusiveMessage halves a swear word there).
		why, halves = why+" in a question: half", 1
	}
	return why, halves
}

// writtenInsults are insults in Hebrew and Thai (round seventeen found
// none of either on the lists), matched as written like abuseScripts':
// folding splits Thai vowel signs from their letters; and the one emoji
// that is an insult in every language, which folding drops.
var writtenInsults = []string{
	"🖕",
	"אידיוט", "נוכל", "מטומטמ", "רמאי", "טמבל", "מניאק", "בני זונות", "חתיכת זבל",
	"โง่", "ควาย", "เหี้ย", "สัส", "ระยำ",
}

// Contempt that asks for nothing. The lists of abuse.go and hostility.go
// find an insult by its shape next to the word that addresses the reader;
// abuse often puts words between them ("your so-called support team are a
// bunch of lying weasels") or sends the reader away instead of addressing
// them ("what a circus. Get lost."). What such
// messages share is that they run the reader down, speak to the reader,
// and want nothing: no question of their own, no bill, contract, seat or
// product. A customer who judges us ("your support is pathetic") wants
// something in the same message: a fix, a refund, a call.

// contemptWords run a person or their work down: the insults and
// judgments of abuse.go and hostility.go, and more for this rule.
var contemptWords = mergedPhrases(abuseInsults, moreInsults, abuseJudgments, abuseContemptWords, moreContempt, verminWords)

// moreContempt are more words of contempt, folded.
var moreContempt = foldedPhrases(
	"circus", "disgraceful", "go choke", "choke on", "crawl back under", "depp*", "witzfigur*",
	"einen an der waffel", "nicht alle tassen", "guignols", "bouffons", "payasos", "palhacos", "pagliacci",
	"clowns", "idiots", "morons", "cretins", "losers", "scumbags", "sleazy", "sleazebags", "bottom feeders",
	"bottom feeder", "swindlers", "crooks", "charlatans", "sucks", "suck", "stinks", "shove it", "shove your",
	"where the sun don t shine", "where the sun doesn t shine", "worst service", "worst company", "worst product",
	"the worst", "a joke",
)

// pointsAtReader reports a message that opens by pointing at what it
// judges ("This is the worst service ever", "Diese Firma ist…"): a
// demonstrative first, and within two words a verb "to be" or a thing the
// reader makes.
func pointsAtReader(m foldedText) bool {
	if len(m.words) < 2 || !has(abuseDemonstrative, m.words[0]) {
		return false
	}
	for _, w := range m.words[1:min(3, len(m.words))] {
		if has(abuseCopula, w) || has(abuseTarget, w) {
			return true
		}
	}
	return false
}

// contemptMaxWords is the longest message the rule reads: a long message
// that runs us down is a complaint, and a complaint asks for something.
const contemptMaxWords = 40

// contemptAskingNothing returns the contempt of a message that speaks to
// the reader or sends them away, runs them down, and asks for nothing,
// or "". Any question counts as asking.
func contemptAskingNothing(msg string, m foldedText) string {
	if len(m.words) > contemptMaxWords || abuseBusiness.find(m) != "" || requestWords.find(m) != "" {
		return ""
	}
	word := contemptIn(m)
	if word == "" {
		return ""
	}
	if !speaksToReader(m) && !pointsAtReader(m) && abuseGoAway.find(m) == "" && moreGoAway.find(m) == "" && hostileGoAway.find(m) == "" {
		return ""
	}
	if asksQuestion(msg) {
		return "" // a buyer asks how to catch "scammers and liars"
	}
	return word
}

// contemptIn returns the first word of contempt in m that no word of
// prevention precedes ("catch scammers", "защита от жуликов" name what a
// buyer wants to stop), or "".
func contemptIn(m foldedText) string {
	words := m.words
	for i := range words {
		if i > 0 && has(abusePrevention, words[i-1]) && (i < 2 || !has(abuseCollective, words[i-2])) {
			continue
		}
		if n := contemptWords.atWord(m, i); n > 0 {
			return strings.Join(words[i:i+n], " ")
		}
	}
	return ""
}

// A buyer names our product ("your product", "ihr Produkt") to ask about
// it; abuse names it to run it down ("your product is a scam built to rob
// people"). Named in a message with no question and no request, it is no
// buyer's sign.

// ourThings are the buyer's signs that only name our product, folded: a
// word for "your" first.
var ourThings = setOf("your", "ihr", "ihre", "votre", "su", "seu", "sua", "il", "la", "uw", "ваш", "вашего", "ваша", "вашей")

// requestWords are what a request says in many languages, folded: please,
// can you, we would like, we need.
var requestWords = foldedPhrases(
	"please", "pls", "can you", "could you", "would you", "can we", "could we", "i want", "we want", "i would like",
	"we would like", "i d like", "we d like", "we need", "i need", "let me know", "let us know", "send me", "send us",
	"bitte", "konnen sie", "wir mochten", "ich mochte", "wir brauchen", "s il vous plait", "svp", "pouvez vous",
	"nous voudrions", "je voudrais", "merci de", "por favor", "pueden", "puede", "queremos", "quisiera", "necesitamos",
	"podem", "pode", "gostaria", "precisamos", "per favore", "potete", "vorremmo", "abbiamo bisogno", "graag", "kunt u",
	"wij willen", "we willen", "prosze", "czy mozecie", "chcemy", "пожалуйста", "можете", "хотим", "нужно", "нам нужен",
)

// onlyNamesOurs reports whether phrase, a buyer's sign found in m, only
// names our product in a message that asks nothing and requests nothing.
func onlyNamesOurs(msg string, m foldedText, phrase string) bool {
	if phrase == "" {
		return true
	}
	first, _, _ := strings.Cut(phrase, " ")
	return has(ourThings, first) && !asksQuestion(msg) && requestWords.find(m) == ""
}

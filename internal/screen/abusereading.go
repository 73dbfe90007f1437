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
//     spaced or leet-spelt word weighs what the word weighs.
//   - Sexual remarks about the reader's staff and hate aimed at a people
//     are abuse in any message that asks nothing about our product (see
//     harassment).
//   - A swear word in a question ("Shit, we imported the wrong file. How
//     do we undo it?") is a person with a problem: half the points, as in
//     a request.

// quotedSpan is a span in quotation marks of any common style. ASCII
// single quotes are left out: they are apostrophes more often than quotes.
var quotedSpan = newLazyRegexp(`"[^"\n]{1,200}"|“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|«[^»\n]{1,200}»|‹[^›\n]{1,200}›|「[^」\n]{1,200}」|『[^』\n]{1,200}』|‘[^’\n]{1,200}’`)

// quoteMarks are the characters quotedSpan starts with, to skip the
// pattern on the many messages without one.
const quoteMarks = `"“„«‹「『‘`

// reportedSpeech returns msg without its quoted spans when msg asks a
// question and quotes something, or "".
func reportedSpeech(msg string) string {
	if !strings.ContainsAny(msg, quoteMarks) || !asksQuestion(msg) {
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
	return strings.ContainsAny(msg, "?？؟")
}

// readAbuse returns what abuse a message holds and its weight in halves of
// abusive_message's points, as abusiveMessage does, having spelt out
// hidden swear words and looked for harassment too. msg and m are the
// message as written and folded, with quoted speech already left out when
// the message asks about it; buyer is buyerSigns' phrase in it, product
// productQuestion's.
func readAbuse(msg string, m foldedText, buyer, product string) (string, int) {
	why, halves := abusiveMessage(msg, m, buyer)
	if plain, hidden := unmask(msg); len(hidden) > 0 {
		if w, h := abusiveMessage(plain, newFoldedText(foldText(plain)), buyer); h > halves {
			why, halves = "hidden swearing spelt out ("+quote(strings.Join(hidden, ", "), 24)+"): "+w, h
		}
	}
	if halves < 4 && buyer == "" && product == "" {
		if w := harassment(msg, m); w != "" {
			why, halves = w, 4
		}
	}
	if halves == 2 && asksQuestion(msg) {
		// A swear word and a question: someone with a problem, as in
		// a request (abusiveMessage halves a swear word there).
		why, halves = why+" in a question: half", 1
	}
	return why, halves
}

// rtlThaiInsults are insults in Hebrew and Thai (round seventeen found
// none of either on the lists), matched as written like abuseScripts':
// folding splits Thai vowel signs from their letters.
var rtlThaiInsults = []string{
	"אידיוט", "נוכל", "מטומטמ", "רמאי", "טמבל", "מניאק", "בני זונות", "חתיכת זבל",
	"โง่", "ควาย", "เหี้ย", "สัส", "ระยำ",
}

// A security researcher who reports a flaw quotes the probe that found it
// ("your form accepts ' OR 1=1 -- in the company field"); a bot sends the
// probe, in every field or with a few words around it. A probe told in a
// message of reportWords words or more, most of them a language's
// function words and ordinary prose, weighs half: doubt for a person to
// settle, not junk.

// reportWords is how many words a message must have to tell of a probe
// rather than be one.
const reportWords = 15

// describesProbe reports whether a message that holds a probe is a report
// about it: long enough, and written in sentences of a language.
func describesProbe(msg string) bool {
	words := strings.Fields(strings.ToLower(msg))
	return len(words) >= reportWords && hasFunctionWords(words)
}

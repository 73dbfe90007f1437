package screen

import (
	"cmp"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// Notes a tester leaves and titles a tester types for a name (issue 11,
// task identity8). Identity round twenty-two's test entries that passed
// had one placeholder piece each and lacked a second that two concepts
// would have given, each known to the tables in only a few languages:
//
//   - a note in the message that the entry is not to be acted on ("no need
//     to reply", "jangan dibalas", "don't call") or that it only tries the
//     form ("just testing that the form reaches the CRM", "checking the
//     thank-you page", "coba coba aja"), also inside a longer message: a
//     person who wants something from sales writes neither;
//   - a job title or a department typed where the name goes ("Geschäftsführer",
//     "Head of" / "Procurement"): what the person is, not who. The form's
//     own words for a person (Kunde, Usuario) are metavocab.txt's roles.
//
// Both are written as whole tables of the concept in every language of
// metavocab.txt (data/testernotes.txt), not as the round's words.
//
// Each is one weak piece of placeholder_identity (evidence.go: one weak
// sign never decides junk): Anthony Head is real, a buyer writes "please
// don't call, e-mail me the quote". So a note that stands beside a
// question or a request of ours ("e-mail me", "send the quote", a buyer's
// sign) is no piece at all: it sets how to answer, not whether. Two name
// fields that are both titles or roles (Head of / Procurement,
// Geschäftsführer Geschäftsführer) are two pieces, as two roles are in
// metavocab.go: nobody's first and last name are job titles.

//go:embed data/testernotes.txt
var testerNotesFile string

// testerNotesHeader is what the table's lines hold before the entry.
const testerNotesHeader = "LANGUAGE KIND"

// testerNoteKinds are the kinds of entry the table holds (see its header).
var testerNoteKinds = map[string]bool{"noreply": true, "tryout": true, "title": true}

// testerNoteVocabulary is the table, folded and filed by kind.
type testerNoteVocabulary struct {
	entries []vocabLine // the table's lines, as generated (not copied)
	// notes are the folded noreply and tryout phrases of scripts written
	// with spaces, matched as runs of whole words (a stem ends in *).
	notes phraseList
	// unspaced are those of scripts written without spaces (Thai,
	// Chinese, Japanese...), matched anywhere in the folded message.
	unspaced []string
	// noreply and tryout are the same notes filed by kind, for
	// testNoReply, which asks which of the two a message holds; their
	// unspaced entries are unspacedNoReply and unspacedTryout.
	noreply, tryout                 phraseList
	unspacedNoReply, unspacedTryout []string
	titles                          map[string]bool // folded titles and departments
	// titleWords bounds the titles' length in words, for the walk of a
	// name field.
	titleWords int
}

// testerNoteVocab returns the table, read at its first use.
var testerNoteVocab = sync.OnceValue(func() *testerNoteVocabulary {
	return mustFileVocab("testernotes.txt", testerNotesFile, testerNotesHeader, testerNoteKinds, testerNotesLines, fileTesterNotes)
})

// parseTesterNotes reads the table's text.
func parseTesterNotes(text string) (*testerNoteVocabulary, error) {
	return parseVocab("testernotes.txt", text, testerNotesHeader, testerNoteKinds, fileTesterNotes)
}

// fileTesterNotes files the table's lines.
func fileTesterNotes(lines []vocabLine) (*testerNoteVocabulary, error) {
	v := &testerNoteVocabulary{entries: lines, titles: make(map[string]bool, len(lines))}
	var spaced []string
	byKind := map[string][]string{}
	for _, l := range lines {
		switch {
		case l.kind == "title":
			if strings.HasSuffix(l.text, "*") {
				return nil, fmt.Errorf("testernotes.txt line %d: a title is matched whole, not as a stem", l.line)
			}
			v.titles[l.folded] = true
			v.titleWords = max(v.titleWords, strings.Count(l.folded, " ")+1)
		case unspacedScript(l.folded):
			if strings.HasSuffix(l.text, "*") {
				return nil, fmt.Errorf("testernotes.txt line %d: an unspaced entry is matched anywhere, not as a stem", l.line)
			}
			v.unspaced = append(v.unspaced, l.folded)
			if l.kind == "noreply" {
				v.unspacedNoReply = append(v.unspacedNoReply, l.folded)
			} else {
				v.unspacedTryout = append(v.unspacedTryout, l.folded)
			}
		case strings.HasSuffix(l.text, "*"):
			spaced = append(spaced, l.folded+"*")
			byKind[l.kind] = append(byKind[l.kind], l.folded+"*")
		default:
			spaced = append(spaced, l.folded)
			byKind[l.kind] = append(byKind[l.kind], l.folded)
		}
	}
	v.noreply, v.tryout = lazyFoldedPhrases(byKind["noreply"]), lazyFoldedPhrases(byKind["tryout"])
	// Read word by word (testerNote, with at), never from the phrase
	// book: their first words ("just", "no", "do") would be looked for in
	// the walk of every message.
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexFoldedPhrases(spaced) }
	v.notes = phraseList{lp}
	return v, nil
}

// lazyFoldedPhrases is a phrase list of folded phrases, filed at its
// first use.
func lazyFoldedPhrases(phrases []string) phraseList {
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexFoldedPhrases(phrases) }
	return phraseList{lp}
}

// noteMaxWords bounds a message read for a tester's note: a longer one
// says what it wants, and its "don't call" sets how to answer.
const noteMaxWords = declaredTestMaxWords

// testerNote returns the note a message (m, without a question) holds,
// when nothing else in it asks something of us, or "".
func testerNote(m messageViews) string {
	words := m.words.words
	if len(words) == 0 || len(words) > noteMaxWords || hasAnyOf(m.text, questionMarks+"¿") {
		return ""
	}
	v := testerNoteVocab()
	note := ""
	var rest []string // the words outside the notes
	for i := 0; i < len(words); {
		if n := v.notes.at(words, i); n > 0 {
			if note == "" {
				note = strings.Join(words[i:i+n], " ")
			}
			i += n
			continue
		}
		rest = append(rest, words[i])
		i++
	}
	if note == "" && hasUnspacedRune(m.folded) {
		// Every note is taken out of the rest: "テスト送信です。無視してください"
		// holds "ください" (please) in its second note.
		text := m.folded
		for _, p := range v.unspaced {
			if strings.Contains(text, p) {
				note = cmp.Or(note, p)
				text = strings.ReplaceAll(text, p, " ")
			}
		}
		rest = strings.Fields(text)
	}
	if note == "" || asksBesideNote(rest) {
		return ""
	}
	return note
}

// requestMarks ask for something inside the words of scripts the request
// lists do not read (Chinese, Japanese, Korean, Thai): please, a quote, a
// price, a wish. Read outside the note only: "请勿回复" holds "请". Not
// the Thai "ขอ" alone, which begins "ขอบคุณ" (thank you) too.
var requestMarks = foldedList("请", "請", "报价", "報價", "价格", "價格", "需要", "麻烦", "麻煩",
	"お願い", "ください", "下さい", "見積", "価格", "料金", "希望", "부탁", "주세요", "주십시오", "견적", "가격",
	"ขอราคา", "ขอใบเสนอราคา", "ขอข้อมูล", "ราคา", "รบกวน", "ต้องการ")

// asksBesideNote reports whether the words outside a note ask something
// of us: a request, a buyer's sign, a question about the product, or
// another way to be reached ("e-mail me the quote"). Politeness alone
// ("please", "bitte") asks for nothing; the request lists hold it.
func asksBesideNote(rest []string) bool {
	var kept []string
	for i := 0; i < len(rest); {
		if n := politeness.at(rest, i); n > 0 {
			i += n
			continue
		}
		kept = append(kept, rest[i])
		i++
	}
	if len(kept) == 0 {
		return false
	}
	if holdsPhrase(answerElsewhere, kept) {
		return true
	}
	if rest := strings.Join(kept, " "); (hasUnspacedRune(rest) || hasHangul(rest)) && containsAny(rest, requestMarks) {
		return true
	}
	ft := newFoldedText(strings.Join(kept, " "))
	return asksOfUs("", ft) != "" || buyerSigns.find(ft) != "" || productQuestion.find(ft) != ""
}

// politeness is what the request lists count as a request but only
// softens a note ("please don't reply"), folded.
var politeness = foldedPhrases("please", "pls", "plz", "kindly", "bitte", "s il vous plait", "svp", "merci de",
	"por favor", "por gentileza", "per favore", "graag", "prosze", "пожалуйста", "будь ласка", "lutfen",
	"vennligst", "venligst", "vanligen", "ystavallisesti", "παρακαλω", "prosim", "kerjuk", "va rugam", "tolong",
	"mohon", "xin", "vui long", "lütfen")

// answerElsewhere names another way to answer, or a preference: a buyer who
// asks not to be called says how to reach them instead. Folded; read word
// by word.
var answerElsewhere = foldedPhrases("email me", "e mail me", "mail me", "write me", "write to me", "text me",
	"message me", "by email", "by e mail", "by mail", "via email", "via e mail", "via mail", "over email",
	"on whatsapp", "via whatsapp", "whatsapp me", "prefer", "i prefer", "instead",
	"per mail", "per e mail", "per email", "schreiben sie", "mailen sie", "lieber", "bevorzuge", "stattdessen",
	"par mail", "par e mail", "par email", "ecrivez moi", "ecrivez nous", "je prefere", "plutot",
	"por correo", "por email", "por e mail", "por mail", "escribame", "escribanme", "escribeme", "prefiero",
	"en su lugar", "escreva me", "escrevam", "prefiro", "em vez", "scrivetemi", "scrivimi", "preferisco",
	"invece", "mail mij", "mail me liever", "liever", "in plaats", "napiszcie", "prosze o maila", "wole",
	"zamiast", "по почте", "на почту", "напишите", "пишите", "предпочитаю", "вместо", "lewat email",
	"via email saja", "kirim", "kirimkan", "e posta ile", "mail ile", "tercih", "yerine")

// testerNotePieces lists the pieces of the table found in in, given the
// pieces found before: a message piece the other files found is not
// counted again.
func testerNotePieces(in *Input, before []piece) []piece {
	f := &in.Sub.Fields
	var pieces []piece
	first, last := titleOrNoOne(in.names.first), titleOrNoOne(in.names.last)
	title := first == aTitle || last == aTitle
	switch {
	case title && first >= aTitle && last >= aTitle:
		// A title beside a title or a role: nobody's first and last name.
		// Two roles are metavocab.go's.
		pieces = append(pieces, twoPieces(pieceName, "first and last name are job titles or roles, no one's name: "+
			quote(f.FirstName+" "+f.LastName, 30)))
	case title && titleForName(f) == "":
		// titleForName counted a name that the job title field repeats.
		pieces = append(pieces, onePiece(pieceName, "a job title or department for a name: "+quote(f.FirstName+" "+f.LastName, 30)))
	case !title && titleOrNoOne(in.names.name) == aTitle && titleForName(f) == "":
		pieces = append(pieces, onePiece(pieceName, "a job title or department for a name: "+quote(f.Name, 30)))
	}
	said := messageWeight(before)
	if said < 2 && testNoReply(in.msg) {
		// A test that asks not to be answered, in any language the
		// tables read: two pieces with what the other files found in the
		// message, which is one message still.
		p := twoPieces(pieceMessage, "the message says it is a test and asks not to be answered: "+quote(f.Message, 40))
		p.weight -= said
		return append(pieces, p)
	}
	if note := testerNote(in.msg); note != "" && said == 0 {
		pieces = append(pieces, onePiece(pieceMessage, "the message is a tester's note ("+quote(note, 30)+"): "+quote(f.Message, 40)))
	}
	return pieces
}

// messageWeight is what the pieces about the message weigh together.
func messageWeight(pieces []piece) int {
	w := 0
	for _, p := range pieces {
		if p.of == pieceMessage {
			w += p.weight
		}
	}
	return w
}

// testNoReply reports a message (of up to noteMaxWords words, without a
// question) that says it is a test and asks not to be answered, when
// nothing else in it asks something of us. It says it is a test with a
// tryout note of the table, a test word of any of the package's lists
// (testvocab.txt, the stems of test messages) or a term of QA and test
// automation (qavocab.go); it asks not to be answered with a noreply note
// of the table or an instruction not to act (testentries.go). Each alone
// is one weak piece; a person who wants something from sales writes
// neither, and never both.
func testNoReply(m messageViews) bool {
	words := m.words.words
	if len(words) == 0 || len(words) > noteMaxWords || hasAnyOf(m.text, questionMarks+"¿") {
		return false
	}
	v := testerNoteVocab()
	noreply, test := false, false
	var rest []string // the words outside the notes
	for i := 0; i < len(words); {
		if n := max(v.noreply.at(words, i), doNotActWords.at(words, i)); n > 0 {
			noreply = true
			i += n
			continue
		}
		if n := v.tryout.at(words, i); n > 0 {
			test = true
			i += n
			continue
		}
		if n := max(vocabTestPhrases.at(words, i), qaTermAt(words, i)); n > 0 {
			// A test word stays in the rest: "test the API, then
			// send the quote" asks.
			test = true
			rest = append(rest, words[i:i+n]...)
			i += n
			continue
		}
		if isTestWord(words[i]) {
			test = true
		}
		rest = append(rest, words[i])
		i++
	}
	if (!noreply || !test) && (hasUnspacedRune(m.folded) || hasHangul(m.folded)) {
		text := strings.Join(rest, " ")
		for _, list := range [...][]string{v.unspacedNoReply, doNotActUnspaced, foldedHangulNoReply} {
			for _, p := range list {
				if strings.Contains(text, p) {
					noreply = true
					text = strings.ReplaceAll(text, p, " ")
				}
			}
		}
		for _, p := range v.unspacedTryout {
			if strings.Contains(text, p) {
				test = true
				text = strings.ReplaceAll(text, p, " ")
			}
		}
		for _, list := range [...][]string{cjkTestIndicators, testVocab().unspacedTests} {
			test = test || containsAny(text, list)
		}
		rest = strings.Fields(text)
	}
	return noreply && test && !asksBesideNote(rest)
}

// foldedHangulNoReply are the table's Korean noreply notes with their
// spaces taken out: Korean is often written without the space before an
// auxiliary verb ("무시해주세요" for "무시해 주세요"), and a note so written
// is one word the walk of whole words does not split.
var foldedHangulNoReply = func() []string {
	var out []string
	for _, p := range foldedList("무시해 주세요", "답장 불필요", "회신 불필요", "답변 불필요", "연락 주지 마세요",
		"답장하지 마세요", "회신하지 마세요", "답변하지 마세요", "전화하지 마세요") {
		out = append(out, strings.ReplaceAll(p, " ", ""))
	}
	return out
}()

// nameKind is what a name field holds, for testerNotePieces.
type nameKind int

const (
	notAName nameKind = iota // an empty field
	aName                    // anything but a title or a role: a name, as far as this file knows
	aTitle                   // a job title or a department, not a role
	aRole                    // a role, a label or a test word (metavocab.go, testvocab.go)
)

// titleOrNoOne classifies a folded name field: empty is notAName, a
// title aTitle, a role or test word aRole, anything else aName.
func titleOrNoOne(folded string) nameKind {
	switch {
	case folded == "":
		return notAName
	case noOnesName(folded):
		return aRole
	case isTitleField(folded):
		return aTitle
	}
	return aName
}

// isTitleField reports a folded name field made only of the table's
// titles and departments and the words that join them ("head of
// procurement", "sales and marketing"), a title at least.
func isTitleField(folded string) bool {
	if folded == "" {
		return false
	}
	v := testerNoteVocab()
	words := strings.Fields(folded)
	title := false
	for i := 0; i < len(words); {
		n := 0
		for k := min(v.titleWords, len(words)-i); k > 0; k-- {
			if v.titles[strings.Join(words[i:i+k], " ")] {
				n = k
				break
			}
		}
		switch {
		case n > 0:
			title = true
			i += n
		case has(titleJoiners, words[i]):
			i++
		default:
			return false
		}
	}
	return title
}

// titleJoiners join titles and departments in a name field, folded.
var titleJoiners = foldedSet("of", "and", "for", "the", "de", "du", "des", "del", "della", "di", "da",
	"do", "der", "fur", "und", "et", "y", "e", "en", "van", "voor", "i", "и", "по", "ve")

// hasHangul reports a Hangul syllable or letter in s.
func hasHangul(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Hangul, r) })
}

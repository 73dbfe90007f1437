package screen

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The test-entry vocabulary of the world's languages, whole (issue 11,
// task identity5). Each identity round written by new hands picked
// languages no earlier round used ("Tijaabo", Somali for test, typed in
// every field), and a list grown round by round from what the last round
// showed always trailed the next. The table in data/testvocab.txt holds,
// for about 120 languages and every major script, the words testers type
// (test, example, sample, demo, dummy), the local "Company X", the local
// John Doe, the openings of filler texts and the "bla bla" and home-row
// units of each script, one entry a line with its language.
//
// The entries feed the placeholder checks that already weigh such pieces
// (placeholders.go, testentries.go): a company made of a table word, a
// message that is only a test word, a John Doe of the table, a filler
// opening. The evidence rule stays: a table word alone is one weak piece
// (a firm may be called Proba Inženjering, a man Hans Probst); junk needs a
// second piece, and the second pieces this file adds are properties of
// the whole entry: the same table word as first and last name, one word
// typed as name, surname and firm, a name that is a table word beside
// another piece, mash in two fields.

//go:embed data/testvocab.txt
var testVocabFile string

// vocabKinds are the kinds of entry the table holds (see its header).
var vocabKinds = map[string]bool{"test": true, "example": true, "firm": true, "person": true, "nobody": true,
	"filler": true, "mash": true}

// testVocabulary is the table, folded and filed by kind.
type testVocabulary struct {
	entries []vocabLine     // the table's lines, as generated (not copied)
	test    map[string]bool // folded test words and phrases
	example map[string]bool // folded example words and phrases
	firms   map[string]bool // folded words for a firm, from the firm entries
	// parts are the words of the test, example and firm entries: a
	// company with a word outside them, the marks and the legal forms is
	// a real firm's name, read no further.
	parts  map[string]bool
	people map[string]bool // folded John Does real people bear
	nobody map[string]bool // folded names no one bears
	// fillers are the folded openings of filler texts in scripts written
	// with spaces, matched through the phrase book (fillerOpenings);
	// unspacedFillers those of scripts written without, matched as a
	// prefix of the folded message.
	fillers, unspacedFillers []string
	// unspacedTests are the test words of scripts written without spaces,
	// found inside a short message's folded text ("测试测试").
	unspacedTests []string
	mash          map[rune][]string // folded mash units by their first rune
}

// testVocab returns the table, read at its first use.
var testVocab = sync.OnceValue(func() *testVocabulary {
	return mustFileVocab("testvocab.txt", testVocabFile, testVocabHeader, vocabKinds, testVocabLines, fileTestVocab)
})

// testVocabHeader is what the table's lines hold before the entry.
const testVocabHeader = "LANGUAGE KIND"

// parseTestVocab reads the table's text.
func parseTestVocab(text string) (*testVocabulary, error) {
	return parseVocab("testvocab.txt", text, testVocabHeader, vocabKinds, fileTestVocab)
}

// fileTestVocab files the table's lines.
func fileTestVocab(lines []vocabLine) (*testVocabulary, error) {
	v := &testVocabulary{test: map[string]bool{}, example: map[string]bool{}, firms: map[string]bool{},
		people: map[string]bool{}, nobody: map[string]bool{}, mash: map[rune][]string{}, parts: map[string]bool{},
		entries: lines}
	for _, l := range lines {
		e := l
		folded := l.folded
		switch e.kind {
		case "test", "example", "firm":
			for _, w := range strings.Fields(folded) {
				v.parts[cutPlaceholderMark(w)] = true
			}
		}
		switch e.kind {
		case "test":
			v.test[folded] = true
			if unspacedScript(folded) {
				v.unspacedTests = append(v.unspacedTests, folded)
			}
		case "example":
			v.example[folded] = true
		case "firm":
			var core []string
			for _, w := range strings.Fields(folded) {
				if b := cutPlaceholderMark(w); b != w || !isPlaceholderMark(w) {
					core = append(core, b)
				}
			}
			if len(core) == 0 {
				return nil, fmt.Errorf("testvocab.txt line %d: %q names no firm", l.line, e.text)
			}
			v.firms[strings.Join(core, " ")] = true
		case "person":
			v.people[folded] = true
		case "nobody":
			v.nobody[folded] = true
		case "filler":
			if unspacedScript(folded) {
				v.unspacedFillers = append(v.unspacedFillers, strings.ReplaceAll(folded, " ", ""))
			} else {
				v.fillers = append(v.fillers, folded)
			}
		case "mash":
			for _, w := range strings.Fields(folded) {
				w = repeatedRoot(w)
				r, _ := utf8.DecodeRuneInString(w)
				v.mash[r] = append(v.mash[r], w)
			}
		}
	}
	return v, nil
}

// repeatedRoot returns the shortest string that w repeats ("ㅋ" of "ㅋㅋ",
// "la" of "lala"), or w.
func repeatedRoot(w string) string {
	for i := range w {
		if i > 0 && len(w)%i == 0 && strings.Repeat(w[:i], len(w)/i) == w {
			return w[:i]
		}
	}
	return w
}

// unspacedScript reports folded text in a script written without spaces
// between words (Han, kana, Thai, Lao, Khmer, Burmese, Tibetan).
func unspacedScript(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		// None of those scripts has a letter before Thai's block: most
		// text, in the scripts before it, is not looked up in their tables
		// (TestUnspacedScriptsStartAtThai).
		return r >= unspacedScriptsStart && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
			unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
	})
}

// unspacedScriptsStart is the start of Thai's block, the first of the
// scripts written without spaces.
const unspacedScriptsStart = '\u0E00'

// placeholderMarks stand for a firm's name in a "Company X" form: a
// single letter of any script, or one of these.
var placeholderMarks = foldedSet("xx", "xxx", "xy", "xyz", "abc", "nn", "oo", "ㅇㅇ", "某某", "ххх", "123")

// isPlaceholderMark reports a folded word that stands for a name.
func isPlaceholderMark(w string) bool {
	// A single letter of the scripts written without spaces is a syllable
	// or a particle of a word, not a mark.
	return utf8.RuneCountInString(w) == 1 && !unicode.IsDigit([]rune(w)[0]) && !unspacedScript(w) ||
		has(placeholderMarks, w)
}

// firmMarkPrefixes are the marks written before a firm word in scripts
// without spaces, folded once (the test-entry table cuts them from every
// word of its firms in those scripts).
var firmMarkPrefixes = sync.OnceValue(func() []string { return foldedList("某某", "oo", "ㅇㅇ", "甲", "乙", "丙") })

// cutPlaceholderMark returns w without a placeholder mark written before
// a firm word in scripts without spaces ("a社", "某某公司", "x公司").
func cutPlaceholderMark(w string) string {
	if isASCII(w) || !unspacedScript(w) && !strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
		return w
	}
	for _, m := range firmMarkPrefixes() {
		if rest, ok := strings.CutPrefix(w, m); ok && rest != "" {
			return rest
		}
	}
	if r, size := utf8.DecodeRuneInString(w); r < 0x80 && unicode.IsLetter(r) && size < len(w) {
		return w[size:]
	}
	return w
}

// vocabPlaceholderWord reports a folded word or phrase that the table
// gives as a word for test or example in some language.
func vocabPlaceholderWord(w string) bool {
	v := testVocab()
	return v.test[w] || v.example[w]
}

// vocabTestWord reports a folded word or phrase that says "test" in some
// language.
func vocabTestWord(w string) bool { return testVocab().test[w] }

// vocabCompany reports a folded company that is a table word or phrase
// with legal forms ("Tijaabo Ltd", "ບໍລິສັດ ທົດສອບ"), or a "Company X"
// form of the table ("Kampuni X", "Bedrijf XYZ", "某某公司", "Компания"):
// a word for a firm with nothing but placeholder marks and legal forms.
func vocabCompany(folded string) bool {
	v := testVocab()
	for w := range strings.FieldsSeq(folded) {
		if !v.parts[w] && !has(companyFiller, w) && !has(firmWords, w) && !isPlaceholderMark(w) &&
			(isASCII(w) || !v.parts[cutPlaceholderMark(w)]) {
			return false // a word of a real firm's name
		}
	}
	var all []string
	for w := range strings.FieldsSeq(folded) {
		if b := cutPlaceholderMark(w); b != w {
			w = b // the firm word a mark was written before
		} else if isPlaceholderMark(w) {
			continue
		}
		all = append(all, w)
	}
	if len(all) == 0 {
		return false
	}
	if joined := strings.Join(all, " "); v.firms[joined] || vocabPlaceholderWord(joined) {
		return true
	}
	// Legal forms go, unless the table names them as the firm
	// ("Company", "Empresa", "Компания").
	var core []string
	for _, w := range all {
		if v.firms[w] || !has(companyFiller, w) && !has(firmWords, w) && w != "sh" && w != "shpk" {
			core = append(core, w)
		}
	}
	if len(core) == 0 {
		return false
	}
	if joined := strings.Join(core, " "); v.firms[joined] || vocabPlaceholderWord(joined) {
		return true
	}
	word := false
	for _, w := range core {
		switch {
		case v.firms[w]:
		case vocabPlaceholderWord(w):
			word = true
		default:
			return false
		}
	}
	return word
}

// vocabPerson reports whether a folded name is a John Doe of the table,
// and whether no one bears it.
func vocabPerson(c string) (ok, nobody bool) {
	v := testVocab()
	if v.nobody[c] {
		return true, true
	}
	return v.people[c], false
}

// fillerOpenings are the table's filler openings as a phrase list, so
// that the phrase book finds them in the walk it makes of every message.
var fillerOpenings = func() phraseList {
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexFoldedPhrases(testVocab().fillers) }
	return phraseList{lp}
}()

// vocabTestPhrases are the table's test words as a phrase list (several
// are two words: "uji coba", "thử nghiệm").
var vocabTestPhrases = func() phraseList {
	lp := &lazyPhrases{}
	lp.build = func() {
		var ps []string
		for w := range testVocab().test {
			ps = append(ps, w)
		}
		lp.index = indexFoldedPhrases(ps)
	}
	return phraseList{lp}
}()

// vocabFiller reports a message that begins with a filler opening of the
// table.
func vocabFiller(m messageViews) bool {
	if m.folded == "" {
		return false
	}
	if fillerOpenings.atWord(m.words, 0) > 0 {
		return true
	}
	if m.folded[0] < 0x80 {
		return false // the unspaced scripts' openings begin with no ASCII letter
	}
	for _, f := range testVocab().unspacedFillers {
		if hasPrefixSpaced(m.folded, f) {
			return true
		}
	}
	return false
}

// hasPrefixSpaced reports whether s begins with prefix, the spaces of s
// aside ("天地玄黄 宇宙洪荒" begins with "天地玄黄宇宙洪荒").
func hasPrefixSpaced(s, prefix string) bool {
	for prefix != "" {
		switch {
		case s == "":
			return false
		case s[0] == ' ':
			s = s[1:]
		case s[0] != prefix[0]:
			return false
		default:
			s, prefix = s[1:], prefix[1:]
		}
	}
	return true
}

// vocabTestMessage reports a short message made of the table's test
// words and the filler words of a test message only ("gwaji", "Tijaabo
// tijaabo", "uji coba saja", "测试测试").
func vocabTestMessage(m messageViews) bool {
	words := m.words.words
	if len(words) == 0 || len(m.folded) > maxTestMessageBytes {
		return false
	}
	core := false
	for i := 0; i < len(words); {
		if n := vocabTestPhrases.atWord(m.words, i); n > 0 {
			core, i = true, i+n
			continue
		}
		if unspacedTestWord(words[i]) {
			core, i = true, i+1
			continue
		}
		if !has(testMessageFiller, words[i]) && strings.Trim(words[i], "0123456789") != "" {
			return false
		}
		i++
	}
	return core
}

// unspacedTestWord reports a word of a script written without spaces made
// of test words of the table only ("测试测试", "ทดสอบระบบ" is not).
func unspacedTestWord(w string) bool {
	if w[0] < 0x80 {
		return false
	}
	for w != "" {
		cut := false
		for _, t := range testVocab().unspacedTests {
			if rest, ok := strings.CutPrefix(w, t); ok {
				w, cut = rest, true
				break
			}
		}
		if !cut {
			return false
		}
	}
	return true
}

// mashMinRunes is the length from which a mash unit may run on ("фыва"
// into "фывапролдж", "שדגכ" into the rest of the home row): shorter units
// ("la", "bla") count only repeated or alone.
const mashMinRunes = 4

// isMashToken reports a folded word made of one mash unit of the table,
// repeated ("blabla", "lalala", "ㅋㅋㅋ"), or one long enough unit and
// the keys after it. loose lets a short unit stand alone: "ля" is mash in
// "ля ля ля", not as a word of its own.
func isMashToken(w string, loose bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	for _, u := range testVocab().mash[r] {
		n := utf8.RuneCountInString(u)
		if n >= mashMinRunes && strings.HasPrefix(w, u) {
			return true
		}
		if k := strings.Count(w, u); k*len(u) == len(w) && (k >= 2 || n >= 3 || loose) {
			return true
		}
	}
	return false
}

// isMashField reports a folded field whose every word is a mash token.
func isMashField(folded string) bool {
	if folded == "" {
		return false
	}
	loose := strings.Contains(folded, " ")
	for w := range strings.FieldsSeq(folded) {
		if !isMashToken(w, loose) {
			return false
		}
	}
	return true
}

// vocabPieces lists the whole-entry pieces the table adds.
func vocabPieces(in *Input) []piece {
	f := &in.Sub.Fields
	first, last, company := in.names.first, in.names.last, in.names.company
	var pieces []piece
	switch {
	case first != "" && first == last && vocabPlaceholderWord(first):
		// Nobody's first and last names are both the word for a test.
		pieces = append(pieces, twoPieces(pieceName, "first and last name are both a word for test or example: "+quote(f.FirstName, 20)))
	case first != "" && vocabPlaceholderWord(first) && vocabPlaceholderWord(last):
		pieces = append(pieces, twoPieces(pieceName, "first and last name are words for test or example: "+quote(f.FirstName+" "+f.LastName, 30)))
	case last != "" && first != last && nameTestWord(first) && nameTestWord(last):
		// The same, with the words of test messages and QA inboxes the
		// table leaves to the other lists (Tes Coba, QA Regression):
		// testertells.go.
		pieces = append(pieces, twoPieces(pieceName, "first and last name both say test: "+quote(f.FirstName+" "+f.LastName, 30)))
	case (vocabPlaceholderWord(first) || vocabPlaceholderWord(last)) && placeholderFirmOrMessage(in):
		// A name that is a test word, beside a firm or a message that says
		// so too. Not beside the address or a domain: Demo Okafor's is
		// demo.okafor@, Gary Sample's gary@samplehold.audio, one fact
		// twice. And the Daniela Demo of Demo Costruzioni has neither.
		pieces = append(pieces, onePiece(pieceName, "a name that is a word for test or example: "+quote(strings.TrimSpace(f.FirstName+" "+f.LastName), 30)))
	}
	if n := oneWordFields(first, last, company, in.msg.folded); n >= 3 {
		// The one-name guard spares "Suharti Suharti" of Toko Kue
		// Suharti; one word as name, surname and the whole firm or
		// message is no one's entry, and as all of them (or with the
		// other left empty) weighs twice.
		p := onePiece(pieceEntry, "one word typed as name, surname and firm or message: "+quote(f.FirstName, 20))
		if n == 4 || company == "" || in.msg.folded == "" {
			p.weight = 2
		}
		pieces = append(pieces, p)
	}
	n := 0
	for _, v := range []string{first, last, company} {
		if isMashField(v) {
			n++
		}
	}
	if len(in.msg.words.words) <= asksNothingMaxWords && isMashField(in.msg.folded) {
		n++
		if n == 1 {
			pieces = append(pieces, onePiece(pieceMessage, "a message of bla-bla or home-row keys: "+quote(f.Message, 30)))
		}
	}
	if n >= 2 {
		pieces = append(pieces, twoPieces(pieceEntry, "bla-bla or home-row keys in "+fmt.Sprint(n)+" fields"))
	}
	return pieces
}

// placeholderFirmOrMessage reports a placeholder company, or a message
// that only says it is a test.
func placeholderFirmOrMessage(in *Input) bool {
	if c := in.names.company; c != "" && isPlaceholderCompany(c) {
		return true
	}
	m := in.msg
	return len(m.folded) <= maxTestMessageBytes && !strings.ContainsAny(m.text, questionMarks) &&
		(isTestMessageIntl(m.folded) || vocabTestMessage(m))
}

// oneWordFields counts the fields among first, last, company and msg
// (folded) that are one word, the first name's, when the first and last
// names are that word (people of one name type it twice); 0 otherwise.
// The message counts when it is the word, once or repeated.
func oneWordFields(first, last, company, msg string) int {
	if first == "" || strings.Contains(first, " ") || first != last || utf8.RuneCountInString(first) < 2 {
		return 0
	}
	n := 2
	if company == first {
		n++
	}
	if msg != "" && strings.Trim(strings.ReplaceAll(msg, first, ""), " ") == "" {
		n++
	}
	return n
}

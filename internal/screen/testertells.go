package screen

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// What a tester types into the fields around the test (issue 11, identity
// round twenty). That round's misses had no word from a table in the
// place the tables looked; each had a property a lead's fields never
// have, whatever the language:
//
//   - the job title typed again as the name ("Geschäftsführer" for first
//     name and title): the person filled the name with what they are, not
//     who they are;
//   - a firm named with nothing but a legal form or a word for a firm
//     ("GmbH", "Ltd", "ООО", "Company Inc"): a real firm's name has a word
//     of its own;
//   - first and last names that are both words for a test, from any of
//     the package's lists, not only the table's (Tes Coba, QA Regression):
//     the name checks read the table, the message checks the stems and
//     the package's test words, and a tester's name takes them from both;
//   - a role numbered like an account ("user_8f3a2c91", "Guest 1042",
//     "Kunde7"): a system's generated handle, no one's name;
//   - a subaddress tag that says test on a real mailbox
//     ("priya.s+formtest7@", "jan+test@"): people tag their mail to sort
//     it, and a tag that says test sorts the tests;
//   - a message of any length that calls itself a test and asks not to be
//     answered ("this is just a test submission from your web developer
//     ... no need to reply"): the length bound on a do-not-answer message
//     spares a correction with a real request after it, and a correction
//     does not call itself a test.
//
// The stem lists these checks and the older ones read are filed by first
// byte here (stemsByFirstByte): a name or a firm's word is compared with
// the few stems that may begin it, which pays for the checks above.
//
// Each adds pieces to placeholder_identity (see placeholderPieces); one
// piece alone is still weak (evidence.go), so Anna whose title field says
// "Anna" by mistake, a firm typed only as "GmbH" beside a real request, or
// a "+test" tag on a real person's mailbox passes.

// testerTellPieces lists the pieces of this file found in in.
func testerTellPieces(in *Input) []piece {
	f := &in.Sub.Fields
	var pieces []piece
	if t := titleForName(f); t != "" {
		pieces = append(pieces, onePiece(pieceName, "the job title typed as the name: "+quote(t, 30)))
	}
	if c := in.names.company; c != "" && legalFormOnly(c) && !isPlaceholderCompany(c) && !roleFirm(c) {
		pieces = append(pieces, onePiece(pieceFirm, "a firm named with nothing but a legal form: "+quote(f.Company, 30)))
	}
	if v, counted := numberedRole(in.names); v != "" {
		p := onePiece(pieceName, "a role numbered like an account, no one's name: "+quote(v, 30))
		if !counted {
			p.weight = 2 // metaPieces did not count the role
		}
		pieces = append(pieces, p)
	}
	if em := in.Email; em.Valid {
		if local := strings.ToLower(em.Local); testTag(local) && !isQALocal(local) && !testInboxWithTag(local) {
			pieces = append(pieces, onePiece(pieceAddress, "a tag that says test on the address "+quote(em.Local+"@", 30)))
		}
	}
	if declaredTestNoReply(in.msg) {
		pieces = append(pieces, twoPieces(pieceMessage, "the message calls itself a test and asks not to be answered: "+quote(f.Message, 40)))
	}
	return pieces
}

// titleForName returns the job title when the first, last or whole name
// field holds it again (case aside), or "". A title of one letter is no
// title.
func titleForName(f *lead.Fields) string {
	title := strings.TrimSpace(f.JobTitle)
	if len([]rune(title)) < 2 {
		return ""
	}
	for _, v := range [...]string{f.FirstName, f.LastName, f.Name} {
		if strings.EqualFold(strings.TrimSpace(v), title) {
			return title
		}
	}
	return ""
}

// legalFormOnly reports a folded company made only of legal forms and
// words for a firm ("gmbh", "company inc", "ооо"). Most firms' first word
// is their own, where the walk stops. "Private" alone is a person's way of
// saying they have no firm, not a tester's.
func legalFormOnly(folded string) bool {
	if folded == "" || folded == "private" {
		return false
	}
	for w := range strings.FieldsSeq(folded) {
		if !has(companyFiller, w) && !has(firmWords, w) {
			return false
		}
	}
	return true
}

// nameTestWord reports a folded name word that says test or example in
// any of the package's lists: the table's words (testvocab.go), the test
// words and stems of test messages (placeholders.go, testclasses.go) and
// the names QA inboxes begin with ("qa", "uat", "e2e").
func nameTestWord(w string) bool {
	if w == "" {
		return false
	}
	if has(qaWordSet, w) || vocabPlaceholderWord(w) || has(testMessageCore, w) {
		return true
	}
	// Most names begin with a byte no test stem begins with: every line
	// has a name, and the stems are many.
	return len(testWordStemIndex().sharing(w)) > 0 && (isTestWord(w) || isTestStemWord(w))
}

// stemsByFirstByte files a list of stems by their first byte, so that a
// word is compared with the stems that may begin it and not with all:
// the identity checks read every name, firm and domain against lists of
// a hundred stems, and most words share a first byte with a few.
type stemsByFirstByte [256][]string

// fileStems files stems by their first byte; an empty stem is dropped.
func fileStems(stems ...[]string) *stemsByFirstByte {
	var ix stemsByFirstByte
	for _, st := range slices.Concat(stems...) {
		if st != "" {
			ix[st[0]] = append(ix[st[0]], st)
		}
	}
	return &ix
}

// sharing returns the stems whose first byte is w's, in the list's order.
func (ix *stemsByFirstByte) sharing(w string) []string {
	if w == "" {
		return nil
	}
	return ix[w[0]]
}

// The stem lists of the identity checks, filed (testclasses.go,
// placeholders.go).
var (
	placeholderStemIndex = sync.OnceValue(func() *stemsByFirstByte { return fileStems(placeholderStems) })
	testStemIndex        = sync.OnceValue(func() *stemsByFirstByte { return fileStems(testStems) })
	testWordStemIndex    = sync.OnceValue(func() *stemsByFirstByte { return fileStems(testMessageStems, testStems) })
)

// qaWordSet is qaWords as a set.
var qaWordSet = foldedSet(qaWords...)

// numberedRole returns the name when a name field is a role or a form's
// label (metavocab.go) and a number or an identifier ("user 8f3a2c91",
// "guest 1042", "kunde7"), and whether metaPieces counted the role
// already (a field that is the role alone). Only a name with a digit is
// read.
func numberedRole(n foldedNames) (string, bool) {
	for i, v := range [...]string{n.first, n.name} {
		if i == 0 && (hasDigit(n.first) || hasDigit(n.last)) {
			v = strings.TrimSpace(n.first + " " + n.last)
		} else if !hasDigit(v) {
			continue
		}
		role, number, other := false, false, false
		for w := range strings.FieldsSeq(v) {
			digit := strings.IndexAny(w, "0123456789")
			switch {
			case isRole(w):
				role = true
			case digit > 0 && isRole(w[:digit]) && isAlnumASCII(w[digit:]):
				role, number = true, true // "kunde7", "user8f3a"
			case digit >= 0 && isAlnumASCII(w):
				number = true
			default:
				other = true
			}
		}
		if role && number && !other {
			return v, isRole(n.first) || isRole(n.last) || isRole(n.name)
		}
	}
	return "", false
}

// hasDigit reports an ASCII digit in s.
func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

// isAlnumASCII reports a non-empty string of ASCII letters and digits.
func isAlnumASCII(s string) bool {
	return s != "" && asciiAlnum.MatchString(s)
}

// testTag reports a lower-cased local part whose subaddress tag (after
// "+") holds a word that says test, alone or joined to a filler word of a
// test message ("formtest7", "test-1", "leadtest"). "+contest" and
// "+latest" join "test" to no such word.
func testTag(local string) bool {
	i := strings.IndexByte(local, '+')
	if i < 0 {
		return false
	}
	for run := range strings.FieldsFuncSeq(local[i+1:], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if nameTestWord(run) {
			return true
		}
		for k := minTagPrefix; k+minTagPrefix <= len(run); k++ {
			if has(testMessageFiller, run[:k]) && isTestWord(run[k:]) {
				return true
			}
		}
	}
	return false
}

// minTagPrefix is the shortest word a test tag joins to "test": "form",
// "lead", "site", not the "la" of "latest".
const minTagPrefix = 3

// declaredTestMaxWords bounds a message that calls itself a test and asks
// not to be answered: beyond it, it is about something else too.
const declaredTestMaxWords = 40

// declaredTest names the entry itself a test, in several languages:
// "this is a test", "test submission", "mensaje de prueba". Read word by
// word (holdsPhrase): "this", "das" and "to" begin its phrases.
var declaredTest = foldedPhrases(
	"this is a test", "this is just a test", "this is only a test", "test submission", "test message",
	"test entry", "test lead", "test enquiry", "test inquiry", "test request", "test form submission",
	"testnachricht", "testanfrage", "testeintrag", "dies ist ein test", "das ist ein test", "nur ein test",
	"mensaje de prueba", "esto es una prueba", "solo es una prueba", "solicitud de prueba",
	"message de test", "ceci est un test", "demande de test", "messaggio di prova", "questo e un test",
	"mensagem de teste", "isto e um teste", "pedido de teste", "wiadomosc testowa", "to jest test",
	"testbericht", "dit is een test", "testaanvraag", "тестовое сообщение", "это тест", "тестовая заявка",
	"test mesajı", "bu bir test", "pesan tes", "ini hanya tes", "ini adalah tes", "testmeddelande",
	"det här är ett test", "testviesti", "tämä on testi")

// declaredTestNoReply reports a message longer than the short
// do-not-answer messages (testentries.go reads those) that calls itself a
// test and asks not to be answered, with no question.
func declaredTestNoReply(m messageViews) bool {
	n := len(m.words.words)
	// The instruction first: its list is in the phrase book already, and
	// few messages hold one; the declaration is read word by word, and
	// only then.
	return n > maxInstructionWords && n <= declaredTestMaxWords && doNotActWords.find(m.words) != "" &&
		!hasAnyOf(m.text, questionMarks) && holdsPhrase(declaredTest, m.words.words)
}

// holdsPhrase reports whether words hold a phrase or stem of l, read word
// by word rather than from the phrase book's walk: for a list asked about
// a few short or rare messages, whose first words would otherwise be
// looked for in the walk of every message.
func holdsPhrase(l phraseList, words []string) bool {
	for i := range words {
		if l.at(words, i) > 0 {
			return true
		}
	}
	return false
}

package screen

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Roles for names and messages about the form (issue 11, task identity6).
// Testers who type no test word type what the form calls them ("Kunde",
// "Usuario", "Клиент", "Guest User"), the field's own label ("Vorname
// Nachname"), or a message that talks about the typing and not about a
// need ("hello world", "text text text", "bla bla, проверка связи", "just
// to see if it arrives"). Each round of the identity set picked another
// language; the table in data/metavocab.txt holds the roles and the meta
// words of about 120 languages.
//
// The evidence rule stays: a role alone is one weak piece (Gast and Kunde
// are German surnames, a firm may be called Admin Services). Two pieces
// are properties of the whole entry:
//
//   - two different roles or labels as first and last name (Guest User,
//     Vorname Nachname, "test" and "user" in Uyghur): nobody bears both;
//     or one role typed as both: a role is nobody's one name;
//   - a role for a name beside a firm named only with roles ("Customer
//     Ltd");
//   - a message made of nothing but meta words, test words, "bla bla" and
//     the filler words of a test message: it talks about the form, and it
//     certainly asks for nothing, since every word of it is accounted for
//     (not read from request lists that may lack its language). "Hello
//     world, we build compilers and want a demo" has words of its own.

//go:embed data/metavocab.txt
var metaVocabFile string

// metaKinds are the kinds of entry the table holds (see its header).
var metaKinds = map[string]bool{"role": true, "meta": true, "filler": true}

// metaVocabulary is the table, folded and filed by kind.
type metaVocabulary struct {
	entries []vocabLine     // the table's lines, as generated (not copied)
	roles   map[string]bool // folded roles and labels
	// twoWordStarts are the first words of the roles of several words
	// ("first name"): only a name that begins with one is looked up
	// joined.
	twoWordStarts map[string]bool
	meta          []string        // folded meta phrases
	filler        map[string]bool // folded words of a test message
}

// metaVocab returns the table, read at its first use.
var metaVocab = sync.OnceValue(func() *metaVocabulary {
	v := mustFileVocab("metavocab.txt", metaVocabFile, metaVocabHeader, metaKinds, metaVocabLines, fileMetaVocab)
	// The package's form labels count as roles too, filed with them so
	// that a name is looked up once.
	for l := range fieldLabels.words() {
		if len(l) > maxLabelBytes {
			continue
		}
		v.roles[l] = true
		if w, _, several := strings.Cut(l, " "); several {
			v.twoWordStarts[w] = true
		}
	}
	return v
})

// metaVocabHeader is what the table's lines hold before the entry.
const metaVocabHeader = "LANGUAGE KIND"

// parseMetaVocab reads the table's text.
func parseMetaVocab(text string) (*metaVocabulary, error) {
	return parseVocab("metavocab.txt", text, metaVocabHeader, metaKinds, fileMetaVocab)
}

// fileMetaVocab files the table's lines.
func fileMetaVocab(lines []vocabLine) (*metaVocabulary, error) {
	v := &metaVocabulary{roles: make(map[string]bool, len(lines)), twoWordStarts: map[string]bool{}, filler: map[string]bool{},
		entries: lines}
	for _, l := range lines {
		e := l
		folded := l.folded
		switch e.kind {
		case "role":
			v.roles[folded] = true
			if w, _, several := strings.Cut(folded, " "); several {
				v.twoWordStarts[w] = true
			}
		case "meta":
			v.meta = append(v.meta, folded)
		case "filler":
			if strings.Contains(folded, " ") {
				return nil, fmt.Errorf("metavocab.txt line %d: filler %q is more than one word", l.line, e.text)
			}
			v.filler[folded] = true
		}
	}
	return v, nil
}

// metaPhrases are the table's meta phrases as a phrase list. They are
// read only in short messages, word by word (at), and never join the
// phrase book: filed there, their first words ("a", "is", "per", "para")
// would be looked for in the walk of every message, long ones too.
var metaPhrases = func() phraseList {
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexFoldedPhrases(metaVocab().meta) }
	return phraseList{lp}
}()

// isRole reports a folded name field that is a role or a label of the
// table, or one of the package's form labels (content.go).
func isRole(folded string) bool {
	return folded != "" && metaVocab().roles[folded]
}

// noOnesName reports a folded name field that is a role, or a word for
// test or example of the test-entry table.
func noOnesName(folded string) bool { return isRole(folded) || vocabPlaceholderWord(folded) }

// metaMessageMaxWords bounds a message read as meta: a longer one says
// something of its own.
const metaMessageMaxWords = asksNothingMaxWords

// isMetaMessage reports a short message (m, raw with no question mark)
// made only of meta phrases, test words, mash and the filler words of a
// test message, with at least one of the first three.
func isMetaMessage(m messageViews) bool {
	words := m.words.words
	if len(words) == 0 || len(words) > metaMessageMaxWords || hasAnyOf(m.text, questionMarks) {
		return false
	}
	core := false
	loose := len(words) > 1
	for i := 0; i < len(words); {
		if n := metaPhrases.at(words, i); n > 0 {
			core, i = true, i+n
			continue
		}
		if n := vocabTestPhrases.atWord(m.words, i); n > 0 {
			core, i = true, i+n
			continue
		}
		w := words[i]
		switch {
		case isTestWord(w), unspacedTestWord(w), isMashToken(w, loose):
			core = true
		case has(testMessageFiller, w), metaVocab().filler[w], strings.Trim(w, "0123456789") == "":
		default:
			return false
		}
		i++
	}
	return core
}

// messagePieceFound reports a piece about the message among before: a
// file that found the message a test, filler, bla-bla or a self-test has
// accounted for it already.
func messagePieceFound(before []piece) bool {
	return slices.ContainsFunc(before, func(p piece) bool { return p.of == pieceMessage })
}

// metaPieces lists the pieces of the table found in in, given the pieces
// found before.
func metaPieces(in *Input, before []piece) []piece {
	f := &in.Sub.Fields
	first, last, name := in.names.first, in.names.last, in.names.name
	var pieces []piece
	roleName := ""
	firstRole, lastRole := isRole(first), isRole(last)
	switch {
	case (firstRole || lastRole) && first != last && noOnesName(first) && noOnesName(last):
		// vocabPieces counted two test or example words; here one at
		// least is a role or a label.
		pieces = append(pieces, twoPieces(pieceName, "first and last name are roles or labels, no one's name: "+quote(f.FirstName+" "+f.LastName, 30)))
	case firstRole && first == last:
		// People of one name type it twice (Suharti Suharti), but a role
		// is nobody's one name: "Kunde Kunde", "Usuario Usuario".
		pieces = append(pieces, twoPieces(pieceName, "one role typed as first and last name: "+quote(f.FirstName, 20)))
	case firstRole || lastRole || isRole(name) || last != "" && roleStart(first) && isRole(first+" "+last):
		roleName = strings.TrimSpace(f.FirstName + " " + f.LastName + " " + f.Name)
		pieces = append(pieces, onePiece(pieceName, "a role or a field's label for a name: "+quote(roleName, 30)))
	case rolesOnly(name) >= 2:
		pieces = append(pieces, twoPieces(pieceName, "a name made of roles or labels: "+quote(f.Name, 30)))
	}
	if c := in.names.company; c != "" && roleFirm(c) {
		pieces = append(pieces, onePiece(pieceFirm, "a firm named only with a role "+quote(f.Company, 30)))
	}
	if isMetaMessage(in.msg) {
		// Every word of it is accounted for: it certainly asks for
		// nothing, a piece more than the finding that it is about the
		// typing, whichever file made that finding.
		if messagePieceFound(before) {
			pieces = append(pieces, addedWeight(pieceMessage))
		} else {
			pieces = append(pieces, twoPieces(pieceMessage, "the message talks about the form or the typing: "+quote(f.Message, 30)))
		}
	}
	return pieces
}

// roleStart reports a folded word that begins a role or a form label of
// several words ("first" of "first name").
func roleStart(w string) bool {
	return metaVocab().twoWordStarts[w]
}

// roleFirm reports a folded company of roles and legal forms only, a
// role at least ("Customer Ltd", "Cliente SA"). A real firm's name has a
// word of its own, usually the first, where the walk stops.
func roleFirm(folded string) bool {
	if w := firstWord(folded); !roleStart(w) && !isRole(w) && !has(companyFiller, w) {
		return false // most firms: a name of their own comes first
	}
	role := false
	words := strings.Fields(folded)
	for i := 0; i < len(words); i++ {
		switch w := words[i]; {
		case isRole(w):
			role = true
		case i+1 < len(words) && roleStart(w) && isRole(w+" "+words[i+1]):
			role = true
			i++
		case has(companyFiller, w):
		default:
			return false
		}
	}
	return role
}

// rolesOnly returns how many roles a folded value is made of, when it is
// made of roles and labels only (one or two words each), or 0.
func rolesOnly(folded string) int {
	words := strings.Fields(folded)
	n := 0
	for i := 0; i < len(words); {
		switch {
		case i+1 < len(words) && isRole(words[i]+" "+words[i+1]):
			i += 2
		case isRole(words[i]):
			i++
		default:
			return 0
		}
		n++
	}
	return n
}

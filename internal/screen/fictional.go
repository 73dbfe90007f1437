package screen

import (
	_ "embed"
	"strings"
	"sync"
)

// Fictional people and their worlds (issue 11, task identity6). Testers
// who do not type "test" type someone everybody knows: a cartoon, a
// detective, a folk-tale trickster, a famous physicist. A list of the
// names seen in one round always trailed the next, which picked another
// culture; the table in data/fictional.txt holds, by culture (about forty
// languages, from the Grimms to Chhota Bheem, Cheburashka and Upin Ipin),
// the characters of each story together with the firms, houses and places
// of that story.
//
// What a tester's entry has that no lead has is not the name alone (a
// real Peter Parker exists, a real family Geppetto) but two things of one
// story in two fields: Pinocchio Geppetto, Geralt of Kaer Morhen, Don
// Draper of Sterling Cooper, Willy Wonka of the Wonka Chocolate Factory.
// That pair is two pieces of placeholder_identity, a test on its own. A
// character's name alone stays one piece ("name") or two when nobody
// bears it ("nobody"), as the test-entry table's people are; a place
// alone is nothing, since real firms borrow stories' names.

//go:embed data/fictional.txt
var fictionalFile string

// fictionKinds are the kinds of entry the table holds (see its header).
var fictionKinds = map[string]bool{"name": true, "nobody": true, "place": true}

// fictionTable is the table, filed for lookup.
type fictionTable struct {
	entries []vocabLine      // the table's lines, as generated (lang is the culture)
	byText  map[string][]int // folded text -> entries
	byWork  map[string][]int // work -> entries
	// firstWords are the first words of the entries: a name none of whose
	// fields begins with one is nobody of the table, found with a few
	// look-ups and no copy (most names).
	firstWords map[string]bool
}

// fictionalTable returns the table, read at its first use.
var fictionalTable = sync.OnceValue(func() *fictionTable {
	return mustFileVocab("fictional.txt", fictionalFile, fictionalHeader, fictionKinds, fictionalLines, fileFictional)
})

// fictionalHeader is what the table's lines hold before the entry.
const fictionalHeader = "CULTURE WORK KIND"

// parseFictional reads the table's text.
func parseFictional(text string) (*fictionTable, error) {
	return parseVocab("fictional.txt", text, fictionalHeader, fictionKinds, fileFictional)
}

// fileFictional files the table's lines.
func fileFictional(lines []vocabLine) (*fictionTable, error) {
	t := &fictionTable{byText: make(map[string][]int, len(lines)), byWork: map[string][]int{},
		firstWords: make(map[string]bool, len(lines)), entries: lines}
	for k, e := range lines {
		t.byText[e.folded] = append(t.byText[e.folded], k)
		t.byWork[e.work] = append(t.byWork[e.work], k)
		t.firstWords[firstWord(e.folded)] = true
	}
	return t, nil
}

// fictionAddressMin is the fewest letters an entry must have to be looked
// for inside an address's local part or domain name: shorter ones ("Kiki",
// "Sabu") are inside too many words.
const fictionAddressMin = 6

// fictionMatch is an entry found in a field of the submission.
type fictionMatch struct {
	entry int
	field string
}

// fictionalPieces lists the pieces of the table found in in. known says
// the test-entry table's person was found (placeholderPieces): that
// person is not counted again.
func fictionalPieces(in *Input, known bool) []piece {
	t := fictionalTable()
	first, last, name := in.names.first, in.names.last, in.names.name
	if !t.firstWords[firstWord(first)] && !t.firstWords[firstWord(last)] && !t.firstWords[firstWord(name)] {
		return nil // most names
	}
	// The person's name, looked up whole: first and last in either order,
	// the one-field name, and first and last alone.
	var found []fictionMatch
	whole := ""
	look := func(text, field string) {
		for _, k := range t.byText[text] {
			found = append(found, fictionMatch{k, field})
			if field == "name" && whole == "" {
				whole = t.entries[k].text
			}
		}
	}
	full := strings.TrimSpace(first + " " + last)
	look(full, "name")
	if first != "" && last != "" && len(found) == 0 {
		look(last+" "+first, "name")
	}
	if name != "" && name != full {
		look(name, "name")
	}
	if first != "" && last != "" && first != last {
		look(first, "first")
		look(last, "last")
	}
	if len(found) == 0 {
		return nil // most submissions: nobody of the table
	}
	var pieces []piece
	if whole != "" && !known {
		kindNobody := false
		for _, m := range found {
			if m.field == "name" && t.entries[m.entry].kind == "nobody" {
				kindNobody = true
			}
		}
		p := onePiece(pieceName, "a fictional or famous person's name: "+quote(whole, 30))
		if kindNobody {
			p.weight = 2 // nobody is called so
		}
		pieces = append(pieces, p)
	}
	for _, m := range found {
		if e := t.entries[m.entry]; m.field != "name" && e.kind == "nobody" && !known && whole == "" {
			// A character nobody is called, as a first or last name
			// ("Pinocchio"): two pieces, as the whole name would be.
			pieces = append(pieces, twoPieces(pieceName, "a fictional character for a name: "+quote(e.text, 30)))
			break
		}
	}
	if a, b := fictionPair(t, in, found); a != "" {
		pieces = append(pieces, twoPieces(pieceEntry, "two of one story in two fields: "+quote(a, 30)+" and "+quote(b, 30)))
	}
	return pieces
}

// fictionPair returns two entries of one story found in two fields: one
// of found (in the name fields) and another of its story in another name
// field, the company or the address; or "", "".
func fictionPair(t *fictionTable, in *Input, found []fictionMatch) (string, string) {
	for i, a := range found {
		for _, b := range found[i+1:] {
			ea, eb := t.entries[a.entry], t.entries[b.entry]
			if ea.work == eb.work && a.entry != b.entry && a.field != b.field && a.field != "name" && b.field != "name" {
				return ea.text, eb.text
			}
		}
	}
	company := companyCore(in.names.company)
	local, domain := "", ""
	if in.Email.Valid {
		local = localLetters(strings.ToLower(in.Email.Local))
		domain = squeeze(registrableName(in.Email.Domain))
	}
	for _, a := range found {
		ea := t.entries[a.entry]
		for _, k := range t.byWork[ea.work] {
			if k == a.entry {
				continue
			}
			eb := t.entries[k]
			if a.field != "name" && sharesWord(ea.folded, eb.folded) {
				// A surname alone ("Geppetto") and a firm that carries it
				// ("Falegnameria Geppetto") are a family's firm, one fact;
				// the whole character's name beside it is not.
				continue
			}
			if company != "" && (containsWords(in.names.company, eb.folded) || containsWords(company, eb.folded)) &&
				!containsWords(ea.folded, eb.folded) {
				return ea.text, eb.text
			}
			sa, sb := squeeze(ea.folded), squeeze(eb.folded)
			if len(sb) < fictionAddressMin || strings.Contains(sa, sb) {
				continue
			}
			if domain != "" && strings.Contains(domain, sb) || local != "" && strings.Contains(local, sb) {
				return ea.text, eb.text
			}
		}
	}
	return "", ""
}

// firstWord returns the first word of a folded text.
func firstWord(folded string) string {
	w, _, _ := strings.Cut(folded, " ")
	return w
}

// sharesWord reports whether the folded texts a and b have a word in
// common.
func sharesWord(a, b string) bool {
	for w := range strings.FieldsSeq(a) {
		if containsWords(b, w) {
			return true
		}
	}
	return false
}

// companyCore returns a folded company without the legal forms before
// and after its name ("wayne enterprises" of "Wayne Enterprises Inc").
func companyCore(folded string) string {
	words := strings.Fields(folded)
	for len(words) > 0 && has(companyFiller, words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && has(companyFiller, words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

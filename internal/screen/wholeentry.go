package screen

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Test entries read as a whole submission (issue 11, rounds sixteen and
// seventeen of the identity set). Those rounds wrote the word for "test"
// in languages no list held ("Sınaq", "Thử nghiệm", "Testi"), and the
// lists could not follow; what the entries still had were properties of
// the submission that hold in any language:
//
//   - the tester's word typed as the first name comes back in the company
//     and in the message ("Sınaq" of "Sınaq MMC" writes "sınaq mesajı"): a
//     person's first name is not their firm's name and the subject of their
//     message at once (a family firm carries the family name, and a
//     signature the name, not both with a firm named for it);
//   - a number or a ticket where a name goes ("Release 2.14.0", "Ticket
//     LEAD-3381" whose message is about LEAD-3381): no one is called so;
//   - machine identifiers in every field ("a3f9c2e1", "9be1d07f", ...), or
//     one key held down in several ("AAAAAAAA…"): a script or a length
//     check, not a person;
//   - a text that uses each letter of its script about once (the iroha
//     poem of kana): a pangram, written to show a typeface; prose repeats
//     its letters within a few words;
//   - a message that is nothing but an instruction not to act on it
//     ("PLEASE IGNORE"), which no one who wants an answer sends;
//   - one of the pieces above, alone, and a message that asks for nothing
//     (no question, request, thanks or product word): the second piece a
//     test entry has, since a lead asks for something. Not beside the
//     other files' pieces: whether a message asks is read from phrase
//     lists, which miss requests in languages they lack, and a real firm
//     may be called Exempel Bygg ("Vi vill ha en offert för fem
//     användare" asks, in Swedish); a first name that is also the firm's
//     and the message's word, or a number for a name, is no real firm's.
//
// Each adds pieces to placeholder_identity (see placeholderPieces), so a
// lone weak piece is still held for review, as evidence.go wants.

// echoMaxWords bounds the message an echoed first name is read in: a
// longer one is about something, and may name its writer's firm.
const echoMaxWords = 10

// asksNothingMaxWords bounds a message that asks for nothing and counts
// as a piece: a longer one describes a need even without asking.
const asksNothingMaxWords = 12

// onlyInstructionWords bounds a message that is nothing but an
// instruction not to act on it ("PLEASE IGNORE", "do not use - automated",
// "QA: ignore"): a person who corrects an earlier message says what was
// wrong ("please ignore my last message, the right number is ...").
// "ignor" begins the word in the languages that borrowed it (ignore,
// ignorieren, ignorer, ignorar, ignorare, ignorera).
const onlyInstructionWords = 4

// heldKeyMin is how many times one character repeats to fill a field by a
// held key ("AAAAAAAA"): longer than any name's double letters.
const heldKeyMin = 8

// identifierMinLen is the shortest machine identifier counted: letters
// and digits mixed in one token, as hashes and run IDs are.
const identifierMinLen = 5

// identifierFieldsMin is how many fields must hold identifiers.
const identifierFieldsMin = 3

// wholeEntryPieces lists the pieces of this file found in in, given the
// pieces placeholderPieces found before.
func wholeEntryPieces(in *Input, before []piece) []piece {
	f := &in.Sub.Fields
	var pieces []piece
	if w := echoedFirstName(in); w != "" {
		pieces = append(pieces, onePiece(pieceEntry, "first name "+quote(f.FirstName, 20)+" also in firm and message"))
	}
	if v := numberForName(f.FirstName, f.LastName); v != "" {
		pieces = append(pieces, onePiece(pieceName, "a number where a name goes: "+quote(v, 20)))
	} else if v := nameNumberInMessage(f.FirstName+" "+f.LastName, in.msg.lower); v != "" {
		pieces = append(pieces, onePiece(pieceEntry, "the name's number "+quote(v, 20)+" is in the message too"))
	}
	if n := identifierFields(in); n >= identifierFieldsMin {
		pieces = append(pieces, twoPieces(pieceEntry, "machine identifiers in "+strconv.Itoa(n)+" fields"))
	}
	if n := heldKeyFields(f.FirstName, f.LastName, f.Company, f.Message); n >= 2 {
		pieces = append(pieces, twoPieces(pieceEntry, "one key held down in "+strconv.Itoa(n)+" fields"))
	}
	if n := len(in.msg.words.words); n > 0 && n <= onlyInstructionWords {
		if instruction, test := doNotActMessage(in.msg.words); instruction && !test {
			// morePlaceholderPieces counted the instruction once, and the
			// message is nothing else.
			pieces = append(pieces, addedWeight(pieceMessage))
		} else if !instruction && beginsAWord(in.msg.words.words, "ignor") {
			pieces = append(pieces, twoPieces(pieceMessage, "the message only says to ignore it: "+quote(f.Message, 30)))
		}
	}
	if isLetterOnceText(in.msg.folded) {
		pieces = append(pieces, twoPieces(pieceMessage, "a text that uses each letter once, as pangrams do: "+quote(f.Message, 30)))
	}
	// One piece of this file alone, and nothing of the other files'.
	if len(before) == 0 && piecesWeight(pieces) == 1 && asksNothing(in) {
		pieces = append(pieces, onePiece(pieceMessage, "and the message asks for nothing: "+quote(f.Message, 30)))
	}
	return pieces
}

// asksNothing reports a message of a few words that asks nothing: no
// question, request, thanks, buyer's sign or question about a product, or
// one that only asks not to be answered.
func asksNothing(in *Input) bool {
	m := in.msg.words
	if in.msg.text == "" || len(m.words) > asksNothingMaxWords {
		return false
	}
	if instruction, _ := doNotActMessage(m); instruction {
		return true
	}
	return !asksQuestion(in.msg.text) && requestWords.find(m) == "" && gratitude.find(m) == "" &&
		firstIn(in.msg.text, gratitudeScripts) == "" && buyerSigns.find(m) == "" && productQuestion.find(m) == ""
}

// echoedFirstName returns the folded first name when it begins a word of
// the company and a word of a short message too, or "". A first name of
// two letters or fewer, or one the last name or the whole name repeat
// (people of one name type it twice: "Suharti Suharti"), is left alone.
func echoedFirstName(in *Input) string {
	first, company, msg := in.names.first, in.names.company, in.msg.words
	if utf8.RuneCountInString(first) < 3 || strings.Contains(first, " ") || company == "" ||
		len(msg.words) == 0 || len(msg.words) > echoMaxWords || containsWords(in.names.last, first) {
		return ""
	}
	if beginsAWord(strings.Fields(company), first) && beginsAWord(msg.words, first) {
		return first
	}
	return ""
}

// beginsAWord reports whether one of words begins with prefix.
func beginsAWord(words []string, prefix string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}

// numberForName returns a first or last name that holds a digit and no
// letter ("2.14.0", "01"), or "".
func numberForName(names ...string) string {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if strings.ContainsFunc(n, unicode.IsDigit) && !strings.ContainsFunc(n, unicode.IsLetter) {
			return n
		}
	}
	return ""
}

// nameNumberInMessage returns a token of the name of three characters or
// more that holds a digit and comes back in the message (lower: the
// message lower-cased): a ticket or a run, not a family.
func nameNumberInMessage(name, lower string) string {
	for _, t := range strings.Fields(name) {
		if len(t) >= 3 && strings.ContainsFunc(t, unicode.IsDigit) && strings.Contains(lower, strings.ToLower(t)) {
			return t
		}
	}
	return ""
}

// identifierFields counts the name, company, message and address fields
// that are one machine identifier: a single token of identifierMinLen
// ASCII letters and digits or more, with both.
func identifierFields(in *Input) int {
	f := &in.Sub.Fields
	vals := []string{f.FirstName, f.LastName, f.Company, f.Message}
	if in.Email.Valid {
		vals = append(vals, in.Email.Local)
	}
	n := 0
	for _, v := range vals {
		if isIdentifier(strings.TrimSpace(v)) {
			n++
		}
	}
	return n
}

// isIdentifier reports one token of ASCII letters and digits, both, of
// identifierMinLen or more.
func isIdentifier(v string) bool {
	if len(v) < identifierMinLen {
		return false
	}
	letters, digits := false, false
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters = true
		default:
			return false
		}
	}
	return letters && digits
}

// heldKeyFields counts the values that are one character repeated
// heldKeyMin times or more, spaces aside.
func heldKeyFields(vals ...string) int {
	n := 0
	for _, v := range vals {
		v = strings.ReplaceAll(strings.TrimSpace(v), " ", "")
		if utf8.RuneCountInString(v) < heldKeyMin {
			continue
		}
		r, _ := utf8.DecodeRuneInString(v)
		if strings.Trim(v, string(r)) == "" {
			n++
		}
	}
	return n
}

// letterOnceMin is the fewest letters a text must have to count as using
// each letter once: shorter texts repeat few letters anyway ("무료 체험이
// 가능한가요?" uses 17 of its 23 folded letters once).
const letterOnceMin = 20

// isLetterOnceText reports a folded text of letterOnceMin letters or more
// of which nine in ten or more are distinct, in a script other than Latin
// (isPangramAnyLatin reads those) and Han (whose thousands of characters
// rarely repeat in a line of prose).
func isLetterOnceText(folded string) bool {
	if len(folded) < letterOnceMin || strings.Count(folded, " ") >= pangramMaxWords {
		return false
	}
	seen := map[rune]bool{}
	n := 0
	for _, r := range folded {
		switch {
		case r < 0x250 || unicode.Is(unicode.Han, r):
			if r != ' ' {
				return false
			}
		case unicode.IsLetter(r) || unicode.Is(unicode.Mc, r):
			n++
			seen[r] = true
		}
	}
	return n >= letterOnceMin && len(seen)*10 >= n*9
}

package screen

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// The words of software testing and test automation (issue 11, task
// identity9). Identity rounds twenty-three and twenty-four's test entries
// that passed were typed by QA engineers and their scripts: "Cypress Bot"
// of "Staging", "QA Smoke", "E2E Runner" of "Pipeline", "smoke test
// contact-sales #1207", "playwright run 4411 - expected: 201", "manual UAT
// submission for build 2291", the tags "+zapier-test3" and
// "+abtest-variantB". None of it is a word for "test" the other tables
// know: it is the trade's own vocabulary, its tools (Cypress, Playwright,
// Selenium, Zapier), its environments (staging, sandbox, UAT, preprod),
// its kinds of test (smoke, regression, e2e, A/B, load), its runs and
// builds with numbers and its expected status codes. Most of it is
// international, written alike in every language; the environments and
// kinds are also written in the languages of the trade's teams
// (data/qavocab.txt).
//
// Each field holding the trade's words is one weak piece of
// placeholder_identity where it stands (the name, the firm, the address,
// the message), counted only when that field has no piece yet: a field
// says what it is once however many of the words it holds, so these words
// alone in one field are never two pieces. A QA consultancy asking about
// our product, a firm called Staging Solutions, a developer who asks
// whether our API has a sandbox have one piece or none and pass; a
// tester's name and firm, or a name and a message, are two.

//go:embed data/qavocab.txt
var qaVocabFile string

// qaVocabHeader is what the table's lines hold before the entry.
const qaVocabHeader = "LANGUAGE KIND"

// qaKinds are the kinds of entry the table holds (see its header).
var qaKinds = map[string]bool{"tool": true, "env": true, "stage": true, "kind": true, "run": true, "expect": true}

// qaVocabulary is the table, folded and filed by where it is read.
type qaVocabulary struct {
	entries []vocabLine // the table's lines, as generated (not copied)
	// message are the tool, env and kind entries of scripts written with
	// spaces, read in a message as runs of whole words; unspaced those of
	// scripts written without (and Hangul), read anywhere in it.
	message  phraseList
	unspaced []string
	// field are the tool, env, stage and kind entries, read in the
	// names, an address's tag and a domain's label; firm the tool and env
	// entries, read anywhere in a firm's name, and stage the stage
	// entries, read in a firm of nothing else.
	field, firm, stage phraseList
	// numbered are the run entries, read before a number; expect the
	// expect entries, read before an HTTP status.
	numbered, expect phraseList
}

// qaVocab returns the table, read at its first use.
var qaVocab = sync.OnceValue(func() *qaVocabulary {
	return mustFileVocab("qavocab.txt", qaVocabFile, qaVocabHeader, qaKinds, qaVocabLines, fileQAVocab)
})

// parseQAVocab reads the table's text.
func parseQAVocab(text string) (*qaVocabulary, error) {
	return parseVocab("qavocab.txt", text, qaVocabHeader, qaKinds, fileQAVocab)
}

// fileQAVocab files the table's lines.
func fileQAVocab(lines []vocabLine) (*qaVocabulary, error) {
	v := &qaVocabulary{entries: lines}
	var message, field, firm, stage, numbered, expect []string
	for _, l := range lines {
		if l.folded == "" || strings.HasSuffix(l.text, "*") {
			return nil, fmt.Errorf("qavocab.txt line %d: %q is no whole word", l.line, l.text)
		}
		unspaced := unspacedScript(l.folded) || hasHangul(l.folded)
		switch l.kind {
		case "tool", "env", "kind":
			if unspaced {
				v.unspaced = append(v.unspaced, strings.ReplaceAll(l.folded, " ", ""))
			} else {
				message = append(message, l.folded)
			}
		case "run", "expect":
			if unspaced {
				return nil, fmt.Errorf("qavocab.txt line %d: a %s entry is read before a number, as a word", l.line, l.kind)
			}
		}
		switch l.kind {
		case "tool", "env":
			firm = append(firm, l.folded)
		case "stage":
			stage = append(stage, l.folded)
		case "run":
			numbered = append(numbered, l.folded)
		case "expect":
			expect = append(expect, l.folded)
		}
		if l.kind != "run" && l.kind != "expect" {
			field = append(field, l.folded)
		}
	}
	v.message, v.field, v.firm = lazyFoldedPhrases(message), lazyFoldedPhrases(field), lazyFoldedPhrases(firm)
	v.stage, v.numbered, v.expect = lazyFoldedPhrases(stage), lazyFoldedPhrases(numbered), lazyFoldedPhrases(expect)
	return v, nil
}

// qaTermAt returns how many words at words[i] are a term of the trade as
// a message reads it: a tool, an environment or a kind of test, a run
// word and its number, an expected result and its status; 0 when none.
func qaTermAt(words []string, i int) int {
	v := qaVocab()
	if n := v.message.at(words, i); n > 0 {
		return n
	}
	if n := v.numbered.at(words, i); n > 0 && i+n < len(words) && runNumber(words[i+n]) {
		return n + 1
	}
	if n := v.expect.at(words, i); n > 0 && i+n < len(words) && httpStatus(words[i+n]) &&
		(i+n+1 == len(words) || has(statusWords, words[i+n+1])) {
		return n + 1
	}
	return 0
}

// runNumber reports a folded word that numbers a run or a build: three
// digits or more ("4411"); "run 2 errands" is no run.
func runNumber(w string) bool {
	return len(w) >= 3 && strings.Trim(w, "0123456789") == ""
}

// httpStatus reports a folded word that is an HTTP status code (100-599).
func httpStatus(w string) bool {
	return len(w) == 3 && w[0] >= '1' && w[0] <= '5' && strings.Trim(w, "0123456789") == ""
}

// statusWords may follow a status code in a test's expectation ("200 OK",
// "201 created", "500 actual"): a status so named is no count of users.
var statusWords = foldedSet("ok", "created", "accepted", "actual", "got", "received", "returned", "but", "no",
	"content", "found", "error", "vs", "instead")

// qaMessage returns the first term of the trade in a message of up to
// noteMaxWords words that asks nothing of us, or "": a message that asks
// a question or something of us (whether our API has a sandbox, a quote
// for a QA team) only talks about the trade.
func qaMessage(m messageViews) string {
	words := m.words.words
	if len(words) == 0 || len(words) > noteMaxWords || hasAnyOf(m.text, questionMarks+"¿") {
		return ""
	}
	term := ""
	for i := 0; i < len(words) && term == ""; i++ {
		if n := qaTermAt(words, i); n > 0 {
			term = strings.Join(words[i:i+n], " ")
		}
	}
	if term == "" && (hasUnspacedRune(m.folded) || hasHangul(m.folded)) {
		squeezed := strings.ReplaceAll(m.folded, " ", "")
		for _, t := range qaVocab().unspaced {
			if strings.Contains(squeezed, t) {
				term = t
				break
			}
		}
	}
	if term == "" || asksBesideNote(words) {
		return ""
	}
	return term
}

// qaNameWords are the words a tester's or a script's name adds to the
// trade's ("Cypress Bot", "E2E Runner", "QA Smoke"), folded: read only in
// a name that holds a term of the trade besides.
var qaNameWords = foldedSet("bot", "robot", "runner", "tester", "testbot", "automation", "automated", "auto",
	"script", "monitor", "agent", "user", "smoke", "regression", "suite", "pipeline", "ci", "cd", "hook",
	"webhook", "check", "synthetic", "headless", "test", "tests", "testing", "бот", "робот", "тестер", "ボット", "봇")

// qaName returns a name field, or the first and last names together, made
// of nothing but the trade's words, a term of it at least; or "". Cypress
// Hill and a person named Demo or Test are no such name.
func qaName(n foldedNames) string {
	for _, v := range [...]string{strings.TrimSpace(n.first + " " + n.last), n.name} {
		if qaWordsOnly(v) {
			return v
		}
	}
	return ""
}

// qaWordsOnly reports folded text made only of the trade's terms, the
// words of qaNameWords and numbers, a term at least.
func qaWordsOnly(folded string) bool {
	words := strings.Fields(folded)
	if len(words) == 0 {
		return false
	}
	v := qaVocab()
	term := false
	for i := 0; i < len(words); {
		if n := v.field.at(words, i); n > 0 {
			term = true
			i += n
			continue
		}
		if !has(qaNameWords, words[i]) && strings.Trim(words[i], "0123456789") != "" {
			return false
		}
		i++
	}
	return term
}

// qaFirm reports a folded firm's name that ends with a tool or an
// environment of the trade, legal forms aside ("Northwind QA", "Acme
// UAT GmbH": a team's test firm), or made of nothing but a stage word and
// legal forms ("Staging", "Sandbox Ltd"). A firm of the trade names its
// business after the word ("Ferreira QA Consulting", "Cypress Labs"),
// and is no test.
func qaFirm(folded string) bool {
	words := strings.Fields(folded)
	v := qaVocab()
	end := len(words)
	for end > 1 && has(companyFiller, words[end-1]) {
		end--
	}
	for i := range end {
		if n := v.firm.at(words[:end], i); n > 0 && i+n == end {
			return true
		}
	}
	stage := false
	for i := 0; i < len(words); {
		if n := v.stage.at(words, i); n > 0 {
			stage = true
			i += n
			continue
		}
		if !has(companyFiller, words[i]) {
			return false
		}
		i++
	}
	return stage
}

// qaAddress returns what in an address is the trade's: a term in its
// subaddress tag ("+abtest-variantB", "+cypress.staging") or an
// environment in its domain's label ("northwind-staging.io"); or "".
func qaAddress(local, domain string) string {
	v := qaVocab()
	if _, tag, ok := strings.Cut(strings.ToLower(local), "+"); ok {
		words := splitAlnum(tag)
		for i := range words {
			if n := v.field.at(words, i); n > 0 {
				return "+" + tag
			}
			// Joined to a number or a letter: "build2291", "variantb".
			if base := strings.TrimRight(words[i], "0123456789"); base != words[i] && v.field.at([]string{base}, 0) > 0 {
				return "+" + tag
			}
		}
	}
	name := registrableName(domain)
	// The label comes folded: its hyphens are spaces.
	if !strings.Contains(name, " ") {
		return "" // a label of one word is the firm's name (sandbox.com)
	}
	words := strings.Fields(name)
	for i := range words {
		if v.firm.at(words, i) > 0 || v.stage.at(words, i) > 0 {
			return domain
		}
	}
	return ""
}

// splitAlnum splits s into its runs of letters and digits.
func splitAlnum(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// qaPieces lists the pieces of the trade's words found in in: one for
// each of the name, the firm, the address and the message that holds
// them and has no piece of the pieces found before.
func qaPieces(in *Input, before []piece) []piece {
	f := &in.Sub.Fields
	found := map[pieceSubject]bool{}
	for _, p := range before {
		found[p.of] = true
	}
	var pieces []piece
	if n := qaName(in.names); n != "" && !found[pieceName] {
		pieces = append(pieces, onePiece(pieceName, "a name of test automation's words: "+quote(n, 30)))
	}
	// A firm of the trade at its own domain (TestWerk QA at
	// testwerk-qa.nl, Tesfaye QA Services at tesfaye-qa.com) is a QA
	// consultancy, not a team's test.
	ownDomain := in.Email.Valid && ownFirmDomain(in.names.company, registrableName(in.Email.Domain))
	if c := in.names.company; c != "" && !found[pieceFirm] && !ownDomain && qaFirm(c) {
		pieces = append(pieces, onePiece(pieceFirm, "a firm named with test automation's words: "+quote(f.Company, 30)))
	}
	if em := in.Email; em.Valid && !found[pieceAddress] && !ownDomain {
		if a := qaAddress(em.Local, em.Domain); a != "" {
			pieces = append(pieces, onePiece(pieceAddress, "test automation's words in the address: "+quote(a, 30)))
		}
	}
	if !found[pieceMessage] {
		if t := qaMessage(in.msg); t != "" {
			pieces = append(pieces, onePiece(pieceMessage, "the message names a test run ("+quote(t, 30)+"): "+quote(f.Message, 40)))
		}
	}
	return pieces
}

// ownFirmDomain reports a folded domain label that is the folded firm's
// own name: the firm's words written together, or words of the firm's
// only, a word of its own at least ("tesfaye qa" of "tesfaye qa
// services").
func ownFirmDomain(firm, label string) bool {
	if firm == "" || label == "" {
		return false
	}
	words := strings.Fields(firm)
	// The firm's first words written together: "tesselqa" of "tessel qa
	// services".
	squeezed := strings.ReplaceAll(label, " ", "")
	for k := len(words); k >= 2; k-- {
		if squeezed == strings.Join(words[:k], "") {
			return true
		}
	}
	own := false
	for w := range strings.FieldsSeq(label) {
		if !slices.Contains(words, w) {
			return false
		}
		if qaVocab().field.at([]string{w}, 0) == 0 {
			own = true
		}
	}
	return own
}

package screen

import (
	"cmp"
	"strings"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/screen/lookalike"
)

// Abuse that expects a word filter hides its swear words from it while a
// person still reads them: letters masked ("f*ck", "p*ta", "х*й"), digits
// and symbols for letters ("sh1t", "a$$holes", "m0rons", "b!tch"), letters
// spaced or dotted apart ("f u c k", "f.u.c.k", "f_u_c_k", "С у к и"),
// letters drawn out ("fuuuck", "idiooots"), look-alike letters of another
// script ("idiоts" with a Cyrillic о), invisible characters inside a word
// ("f\u200bck"). The lists in
// abuse.go hold the words as they are spelt, so unmask spells a message's
// hidden words out again and abusiveMessage judges the result as it would
// the plain text: a masked swear word weighs what the word weighs. Only a
// token that unmasks to a word of the swear and insult lists is changed,
// so "R2-D2", "C++", "24/7", "$5k" and "a * b" stay as they are.

// leetLetters are the digits and symbols written for letters.
var leetLetters = map[rune]rune{
	'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l', '€': 'e',
}

// maskRunes stand for a letter the writer would not spell.
const maskRunes = "*#%_"

// maskGuesses are the letters tried for a masked one, by script: the
// Latin and Cyrillic alphabets, vowels first (a mask hides a vowel most
// often, and "f*ck" is "fuck" before it is "fack").
var maskGuesses = map[bool]string{
	false: "uioaeybcdfghjklmnpqrstvwxz",
	true:  "уиоаеыяюёйбвгджзклмнпрстфхцчшщъьэ",
}

// maxMasked is the most masked letters a word may have to be guessed
// (a*s*h*le is read, *** is not).
const maxMasked = 2

// unmask returns msg with its hidden swear words spelt out, and the words
// it spelt out; none when it found nothing hidden.
func unmask(msg string) (string, []string) {
	orig := msg
	msg, invisible := dropInvisible(msg)
	if !invisible && !mayHideWords(msg) {
		return msg, nil
	}
	var found []string
	if hasSpacedLetters(msg) {
		msg, found = joinSpacedLetters(msg)
	}
	if len(found) == 0 && !invisible && !hidesAWord(msg) {
		return orig, nil
	}
	fields := strings.Fields(msg)
	changed := len(found) > 0
	drawn := make([]bool, len(fields))
	for i, f := range fields {
		lead, core, trail := trimPunct(f)
		if w := cmp.Or(readMasked(core), readDrawnOut(core), readLookalike(core)); w != "" {
			fields[i] = lead + w + trail
			found = append(found, w)
			changed = true
		} else if invisible && isSwearWord(strings.ToLower(core)) {
			// Hidden by an invisible character, now dropped.
			found = append(found, strings.ToLower(core))
			changed = true
		} else {
			drawn[i] = hasDrawnOut(f)
		}
	}
	if !changed {
		return orig, nil
	}
	for i, f := range fields {
		// Beside a hidden swear word, the other drawn-out words are
		// drawn out too ("fuuuck youuu").
		if drawn[i] {
			fields[i] = collapseRuns(f, 1)
		}
	}
	return strings.Join(fields, " "), found
}

// hidesAWord reports whether a word of msg, read as unmask reads it,
// spells a swear or insult word: most messages with a digit or a symbol
// hide none, and need not be cut up and joined again.
func hidesAWord(msg string) bool {
	for f := range strings.FieldsSeq(msg) {
		_, core, _ := trimPunct(f)
		if cmp.Or(readMasked(core), readDrawnOut(core), readLookalike(core)) != "" {
			return true
		}
	}
	return false
}

// mayHideWords reports whether msg has a mask, a symbol or digit for a
// letter, or single letters between separators: most messages have none
// of them and need no further look.
func mayHideWords(msg string) bool {
	if hasAnyOf(msg, maskRunes+"013457@$!|€") {
		return true
	}
	if hasDrawnOut(msg) || !isASCII(msg) && mixesScripts(msg) {
		return true
	}
	return hasSpacedLetters(msg)
}

// hasSpacedLetters reports minSpacedLetters single letters in a row with a
// separator after each but the last (see spacedRun), reading msg once
// without copying it: the last seven runes are kept, a space standing
// before the first and after the last.
func hasSpacedLetters(msg string) bool {
	var w [2*minSpacedLetters + 1]rune
	for i := range w {
		w[i] = ' '
	}
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	check := func() bool {
		if alnum(w[0]) || alnum(w[len(w)-1]) {
			return false
		}
		for k := 1; k < len(w)-1; k++ {
			if k%2 == 1 && !unicode.IsLetter(w[k]) || k%2 == 0 && !strings.ContainsRune(letterSeparators, w[k]) {
				return false
			}
		}
		return true
	}
	push := func(r rune) bool {
		copy(w[:], w[1:])
		w[len(w)-1] = r
		return check()
	}
	for _, r := range msg {
		if push(r) {
			return true
		}
	}
	return push(' ')
}

// trimPunct splits a token into its leading punctuation, its core and its
// trailing punctuation. Leet symbols inside a word stay in the core; "!" and
// "$" at either end are punctuation ("Idiots!", "$500").
func trimPunct(tok string) (lead, core, trail string) {
	isEdge := func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(maskRunes+"@", r)
	}
	core = strings.TrimLeftFunc(tok, isEdge)
	lead = tok[:len(tok)-len(core)]
	c := strings.TrimRightFunc(core, isEdge)
	return lead, c, core[len(c):]
}

// readMasked returns the swear or insult word a token hides, lower case,
// or "". A token must mix letters with masks, digits or symbols; an e-mail
// address or a link hides nothing.
func readMasked(tok string) string {
	if tok == "" || strings.Contains(tok, ".") || strings.Contains(tok, "@") && strings.Count(tok, "@") == len(tok) {
		return ""
	}
	letters, others := 0, 0
	cyrillic := false
	for _, r := range tok {
		switch {
		case unicode.IsLetter(r):
			letters++
			cyrillic = cyrillic || unicode.Is(unicode.Cyrillic, r)
		default:
			others++
		}
	}
	if letters < 2 || others == 0 || others > letters+1 {
		return readLongMask(tok)
	}
	// Digits and symbols for letters first: sh1t, m13rda, a$$holes.
	var b strings.Builder
	masked := 0
	for _, r := range strings.ToLower(tok) {
		switch {
		case strings.ContainsRune(maskRunes, r):
			b.WriteRune('*')
			masked++
		case leetLetters[r] != 0:
			b.WriteRune(leetLetters[r])
		case unicode.IsLetter(r):
			b.WriteRune(r)
		default:
			return "" // a hyphen, an apostrophe: two words, not one masked
		}
	}
	word := b.String()
	if masked == 0 {
		if isSwearWord(word) {
			return word
		}
		return ""
	}
	if masked > maxMasked {
		return readLongMask(tok)
	}
	// The curated lists first: the vendored ones hold rarer spellings
	// that a guess would find before the common word.
	if w := guessMasked([]rune(word), maskGuesses[cyrillic], isCuratedSwearWord); w != "" {
		return w
	}
	return cmp.Or(guessMasked([]rune(word), maskGuesses[cyrillic], isSwearWord), readLongMask(tok))
}

// guessMasked fills each * of word with the letters of alphabet and
// returns the first swear or insult word that comes out, or "".
func guessMasked(word []rune, alphabet string, known func(string) bool) string {
	i := -1
	for j, r := range word {
		if r == '*' {
			i = j
			break
		}
	}
	if i < 0 {
		if w := string(word); known(w) {
			return w
		}
		return ""
	}
	for _, r := range alphabet {
		next := append([]rune(nil), word...)
		next[i] = r
		if w := guessMasked(next, alphabet, known); w != "" {
			return w
		}
	}
	return ""
}

// isSwearWord reports whether w (one lower-case word) is on a swear or
// insult list, curated or vendored.
func isSwearWord(w string) bool {
	return isCuratedSwearWord(w) || onLists(w, listedProfanity())
}

// isCuratedSwearWord reports whether w is on a swear or insult list of
// this package.
func isCuratedSwearWord(w string) bool {
	return onLists(w, profanity, abuseInsults, moreInsults, maskedOnly)
}

// onLists reports whether w, folded, is one word that one of lists holds.
func onLists(w string, lists ...phraseList) bool {
	words := strings.Fields(foldText(w))
	if len(words) != 1 {
		return false
	}
	for _, l := range lists {
		if l.at(words, 0) > 0 {
			return true
		}
	}
	return false
}

// maskedOnly are words people mask that the swear lists hold only in
// phrases ("faire foutre", "go fuck yourselves"), folded.
var maskedOnly = foldedPhrases("foutre", "fuck", "fucking", "fucked", "puta", "cabrones", "scheisse", "pute")

// minSpacedLetters is how many single letters in a row, spaced or dotted
// apart, make one word ("f u c k", "s.h.i.t"): fewer are initials.
const minSpacedLetters = 3

// joinSpacedLetters joins runs of single letters written one by one with
// spaces, dots or dashes between them into words, when one of the runs is
// a swear or insult word; the others are joined too ("f u c k   o f f" is
// two runs: a wider gap parts them). It returns msg with the runs joined
// and the swear words it made.
func joinSpacedLetters(msg string) (string, []string) {
	runes := []rune(msg)
	type run struct {
		from, to int
		word     string
	}
	var runs []run
	var found []string
	for i := 0; i < len(runes); i++ {
		if word, end := spacedRun(runes, i); end > i {
			runs = append(runs, run{i, end, word})
			if isSwearWord(word) {
				found = append(found, word)
			}
			i = end - 1
		}
	}
	if len(found) == 0 {
		return msg, nil
	}
	var out strings.Builder
	at := 0
	for _, r := range runs {
		out.WriteString(string(runes[at:r.from]))
		out.WriteString(r.word)
		at = r.to
	}
	out.WriteString(string(runes[at:]))
	return out.String(), found
}

// letterSeparators are what stands between letters written one by one.
const letterSeparators = " .-_*"

// spacedRun reads single letters from runes[i] on, each followed by one
// separator (see letterSeparators), and returns them joined and where the
// run ends (after its last letter); or i when fewer than minSpacedLetters
// stand there. The run must start a word.
func spacedRun(runes []rune, i int) (string, int) {
	if i > 0 && (unicode.IsLetter(runes[i-1]) || unicode.IsDigit(runes[i-1])) {
		return "", i
	}
	var b strings.Builder
	n, end, sep := 0, i, rune(0)
	for j := i; j < len(runes) && unicode.IsLetter(runes[j]); j += 2 {
		// A letter followed by a letter is a word, not a spaced letter.
		if j+1 < len(runes) && (unicode.IsLetter(runes[j+1]) || unicode.IsDigit(runes[j+1])) {
			break
		}
		b.WriteRune(unicode.ToLower(runes[j]))
		n++
		end = j + 1
		// One separator throughout: "f_u_c_k y_o_u" is two runs.
		if j+1 >= len(runes) || !strings.ContainsRune(letterSeparators, runes[j+1]) || sep != 0 && runes[j+1] != sep {
			break
		}
		sep = runes[j+1]
	}
	if n < minSpacedLetters {
		return "", i
	}
	return b.String(), end
}

// dropInvisible removes format characters (zero-width spaces and joiners,
// soft hyphens) from msg and reports whether it found any: nobody types
// them inside a word but to hide it.
func dropInvisible(msg string) (string, bool) {
	if isASCII(msg) || !strings.ContainsFunc(msg, isInvisible) {
		return msg, false
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, msg), true
}

// isInvisible reports a format character (Unicode category Cf).
func isInvisible(r rune) bool { return unicode.Is(unicode.Cf, r) }

// drawnOut is how many times in a row a letter must stand to be drawn out
// ("fuuuck"): English and German write two at most ("Schifffahrt" is the
// rare three).
const drawnOut = 3

// hasDrawnOut reports a letter repeated drawnOut times in a row.
func hasDrawnOut(msg string) bool {
	n, last := 0, rune(0)
	for _, r := range msg {
		if r == last && unicode.IsLetter(r) {
			if n++; n >= drawnOut {
				return true
			}
			continue
		}
		n, last = 1, r
	}
	return false
}

// readDrawnOut returns the swear or insult word a token with drawn-out
// letters spells, lower case, or "": each run of drawnOut or more of one
// letter read as one letter, then as two ("asssshole").
func readDrawnOut(tok string) string {
	if !hasDrawnOut(tok) {
		return ""
	}
	for _, keep := range []int{1, 2} {
		if w := collapseRuns(strings.ToLower(tok), keep); isSwearWord(w) {
			return w
		}
	}
	return ""
}

// collapseRuns shortens every run of drawnOut or more of one letter in s
// to keep letters.
func collapseRuns(s string, keep int) string {
	runes := []rune(s)
	var b strings.Builder
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		n := j - i
		if n >= drawnOut && unicode.IsLetter(runes[i]) {
			n = keep
		}
		b.WriteString(strings.Repeat(string(runes[i]), n))
		i = j
	}
	return b.String()
}

// mixesScripts reports a word with letters of two scripts.
func mixesScripts(msg string) bool {
	for _, w := range strings.Fields(msg) {
		if wordMixesScripts(w) {
			return true
		}
	}
	return false
}

// wordMixesScripts reports letters of more than one script in w.
func wordMixesScripts(w string) bool {
	first := -1
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		s := scriptOf(r)
		if first < 0 {
			first = s
		} else if s != first {
			return true
		}
	}
	return false
}

// readLookalike returns the swear or insult word a token spells with
// look-alike letters of another script ("idiоts" with a Cyrillic о), or
// "".
func readLookalike(tok string) string {
	if !wordMixesScripts(tok) {
		return ""
	}
	if w := lookalike.Skeleton(tok); isSwearWord(w) {
		return w
	}
	return ""
}

package screen

import (
	"slices"
	"sync"
)

// A message is read against dozens of phrase lists. Walked list by list,
// each list looked up every word of the text again (three map look-ups
// per word and list); the phrase book files together every list asked
// about a folded text, so that one walk over the text finds the phrases
// of every list at once, and the text keeps them for the questions that
// follow (see foundPhrases): a list's first phrase (find) and the longest
// of its phrases at a word (atWord).
//
// A list joins the book at its first such question, not at package
// initialisation: the intake function's first answer consults only some
// of the lists, and a list only asked about loose words (at) never joins.

// book is the phrase book of the package's lists.
var book phraseBook

// phraseBook is the phrases and stems of every list filed so far, filed
// like one list's (see phraseIndex) with the list each came from. Within
// a list, its phrases and stems keep the order find gives them.
type phraseBook struct {
	mu      sync.RWMutex
	lists   int                    // how many lists are filed; their ids are 0 to lists-1
	byFirst map[string][]bookEntry // first word -> phrases of every list
	stems   map[string][]bookEntry // stemKey of the first word -> stems of every list
	// shortStems are the stems whose first word is one byte, filed apart
	// because every longer word may start them: the lists have none, and
	// the walk does not look for them then.
	shortStems map[string][]bookEntry
}

// bookEntry is a phrase or a stem of the list with id list.
type bookEntry struct {
	list int
	listPhrase
}

// file adds ix, a list's index, to the book and returns the list's id.
func (b *phraseBook) file(ix *phraseIndex) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.byFirst == nil {
		b.byFirst, b.stems, b.shortStems = map[string][]bookEntry{}, map[string][]bookEntry{}, map[string][]bookEntry{}
	}
	id := b.lists
	b.lists++
	for w, ps := range ix.byFirst {
		for _, p := range ps {
			b.byFirst[w] = append(b.byFirst[w], bookEntry{id, p})
		}
	}
	for k, ss := range ix.stems {
		file := b.stems
		if len(k) < stemIndexLen {
			file = b.shortStems
		}
		for _, s := range ss {
			file[k] = append(file[k], bookEntry{id, s})
		}
	}
	return id
}

// bookID returns l's id in the book, filing l there at the first call.
func (l phraseList) bookID() int {
	l.p.filed.Do(func() { l.p.id = book.file(l.index()) })
	return l.p.id
}

// foundPhrases is every phrase and stem of the filed lists that a text's
// words hold, found in one walk and kept with the text (a foldedText
// shares it with its copies). A list filed after the walk makes the next
// question walk the text again. One goroutine at a time reads a text:
// the detectors that read messages run in turn (see Engine.runOffline).
type foundPhrases struct {
	walked bool
	lists  int         // the lists filed when the text was walked
	found  []bookMatch // by the word they start at; at one word, in the order find prefers them
	from   []int       // from[i] is the index in found of the first match at word i or later
	first  []int32     // by list id: 1 + the index in found of the list's first match, or 0
}

// bookMatch is a phrase or stem of the list with id list that the text
// holds, n words long.
type bookMatch struct {
	list, n int
	text    string
}

// matches returns the text's matches, walking its words first if the list
// with id list was filed since the last walk.
func (f *foundPhrases) matches(list int, words []string) *foundPhrases {
	if !f.walked || list >= f.lists {
		f.walk(words)
	}
	return f
}

// firstOf returns the first phrase of the list with id list in words (the
// text's), or "".
func (f *foundPhrases) firstOf(list int, words []string) string {
	if k := f.matches(list, words).first[list]; k > 0 {
		return f.found[k-1].text
	}
	return ""
}

// longestAt returns how many words the longest phrase or stem of the list
// with id list matches from words[i] on (words being the text's), or 0.
func (f *foundPhrases) longestAt(list int, words []string, i int) int {
	f.matches(list, words)
	best := 0
	for _, m := range f.found[f.from[i]:f.from[i+1]] {
		if m.list == list {
			best = max(best, m.n)
		}
	}
	return best
}

// walk finds every phrase and stem of the filed lists in words. At one
// word, a list's phrases come before its stems, each in the list's order,
// and stems filed under the word's first stemIndexLen bytes before those
// whose first word is shorter (as phraseIndex.stemsFor gives them): a
// list's first match is the phrase find returns.
func (f *foundPhrases) walk(words []string) {
	book.mu.RLock()
	defer book.mu.RUnlock()
	f.walked, f.lists = false, book.lists
	f.found = f.found[:0]
	f.from = slices.Grow(f.from[:0], len(words)+1)
	f.first = slices.Grow(f.first[:0], f.lists)[:f.lists]
	clear(f.first)
	for i, w := range words {
		f.from = append(f.from, len(f.found))
		rest := words[i:]
		for _, e := range book.byFirst[w] {
			// The first word is the key: compare the others.
			if len(rest) >= len(e.words) && slices.Equal(rest[1:len(e.words)], e.words[1:]) {
				f.note(e)
			}
		}
		if len(w) < stemIndexLen {
			f.stemsAt(book.shortStems[w], rest)
			continue
		}
		f.stemsAt(book.stems[w[:stemIndexLen]], rest)
		if len(book.shortStems) > 0 {
			f.stemsAt(book.shortStems[w[:1]], rest)
		}
	}
	f.from = append(f.from, len(f.found))
	f.walked = true
}

// stemsAt notes each of stems that words begin with.
func (f *foundPhrases) stemsAt(stems []bookEntry, words []string) {
	for _, e := range stems {
		if startsWithStem(words, e.words) {
			f.note(e)
		}
	}
}

// note records e as found in the text.
func (f *foundPhrases) note(e bookEntry) {
	f.found = append(f.found, bookMatch{list: e.list, n: len(e.words), text: e.text})
	if f.first[e.list] == 0 {
		f.first[e.list] = int32(len(f.found))
	}
}

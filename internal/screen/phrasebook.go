package screen

import (
	"slices"
	"sync"
)

// A message is read against dozens of phrase lists. Walked list by list,
// each list looked up every word of the text again (three map look-ups
// per word and list); the phrase book files every list that find has
// been asked about together, so that one walk over a text finds the first
// phrase of every list at once, and the text keeps the answers for the
// lists asked next (see foundPhrases).
//
// A list joins the book at its first find, not at package initialisation:
// the intake function's first answer consults only some of the lists, and
// a list that is only asked at a position (at, startsWithPhrase) never
// joins.

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
		b.byFirst, b.stems = map[string][]bookEntry{}, map[string][]bookEntry{}
	}
	id := b.lists
	b.lists++
	for w, ps := range ix.byFirst {
		for _, p := range ps {
			b.byFirst[w] = append(b.byFirst[w], bookEntry{id, p})
		}
	}
	for k, ss := range ix.stems {
		for _, s := range ss {
			b.stems[k] = append(b.stems[k], bookEntry{id, s})
		}
	}
	return id
}

// bookID returns l's id in the book, filing l there at the first call.
func (l phraseList) bookID() int {
	l.p.filed.Do(func() { l.p.id = book.file(l.index()) })
	return l.p.id
}

// foundPhrases is the first phrase of every filed list in a text's words,
// found in one walk and kept with the text (a foldedText shares it with
// its copies). A list filed after the walk makes the next find walk the
// text again.
type foundPhrases struct {
	mu     sync.Mutex // a text may be read by several detectors at once
	walked bool
	lists  int           // the lists filed when the text was walked
	hit    []bool        // list id -> whether the text holds one of its phrases
	first  []foundPhrase // the first phrase of each list hit, in the order found
}

// foundPhrase is the first phrase of the list with id list in a text.
type foundPhrase struct {
	list int
	text string
}

// of returns the first phrase of the list with id list in words (the
// text's), walking them if that list was filed since the last walk.
func (f *foundPhrases) of(list int, words []string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.walked || list >= f.lists {
		f.walk(words)
	}
	if !f.hit[list] {
		return ""
	}
	for _, p := range f.first {
		if p.list == list {
			return p.text
		}
	}
	panic("screen: a list hit without its phrase") // walk records both
}

// walk finds the first phrase of every filed list in words. A list's
// first phrase is the one at the earliest word; at one word, its phrases
// come before its stems, each in the list's order, and stems filed under
// the word's first stemIndexLen bytes before those whose first word is
// shorter (as phraseIndex.stemsFor gives them).
func (f *foundPhrases) walk(words []string) {
	book.mu.RLock()
	defer book.mu.RUnlock()
	f.walked, f.lists = true, book.lists
	f.hit = slices.Grow(f.hit[:0], f.lists)[:f.lists]
	clear(f.hit)
	f.first = f.first[:0]
	for i, w := range words {
		rest := words[i:]
		for _, e := range book.byFirst[w] {
			if !f.hit[e.list] && e.beginsWith(rest) {
				f.note(e)
			}
		}
		f.stemsAt(book.stems[stemKey(w)], rest)
		if len(w) >= stemIndexLen {
			f.stemsAt(book.stems[w[:1]], rest) // stems whose first word is one byte
		}
	}
}

// stemsAt notes each of stems that words begin with, for the lists not
// hit yet.
func (f *foundPhrases) stemsAt(stems []bookEntry, words []string) {
	for _, e := range stems {
		if !f.hit[e.list] && startsWithStem(words, e.words) {
			f.note(e)
		}
	}
}

// note records e as its list's first phrase in the text.
func (f *foundPhrases) note(e bookEntry) {
	f.hit[e.list] = true
	f.first = append(f.first, foundPhrase{e.list, e.text})
}

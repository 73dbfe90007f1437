package screen

import (
	"slices"
	"testing"
)

// TestPhraseBookFind: find reads every list from one walk of the text and
// answers as a walk of that list alone would: the phrase at the earliest
// word; at one word, the list's phrases before its stems, each in the
// list's order, and stems filed under two bytes before those whose first
// word is one byte.
func TestPhraseBookFind(t *testing.T) {
	first := foldedPhrases("quick call", "quick", "call")
	order := foldedPhrases("we help", "we help companies", "we*", "w*")
	stems := foldedPhrases("w*", "we*", "case stud*")
	other := foldedPhrases("companies", "help*")
	for _, tc := range []struct {
		text                   string
		first, order, stems, o string
	}{
		{"a quick call", "quick call", "", "", ""},
		{"call me for a quick chat", "call", "", "", ""},
		{"we help companies", "", "we help", "we", "help"}, // help* comes first in the text
		{"welcome", "", "we", "we", ""},
		{"w we", "", "w", "w", ""},
		{"wonder", "", "w", "w", ""}, // a stem of one byte starts a longer word
		{"two case studies, helpful", "", "", "case stud", "help"},
		{"nothing here", "", "", "", ""},
		{"", "", "", "", ""},
	} {
		m := newFoldedText(foldText(tc.text))
		copied := m // copies share what the walk found
		got := []string{first.find(m), order.find(copied), stems.find(m), other.find(copied)}
		if want := []string{tc.first, tc.order, tc.stems, tc.o}; !slices.Equal(got, want) {
			t.Errorf("%q: found %q, want %q", tc.text, got, want)
		}
	}
}

// TestPhraseBookListFiledAfterAWalk: a list asked for the first time after
// a text was walked is looked for in that text too.
func TestPhraseBookListFiledAfterAWalk(t *testing.T) {
	m := newFoldedText(foldText("Please ignore this kakaotalk message"))
	if got := foldedPhrases("please ignore").find(m); got != "please ignore" {
		t.Fatalf("first list: %q", got)
	}
	added := foldedPhrases("whatsapp", "kakaotalk")
	if got := added.find(m); got != "kakaotalk" {
		t.Errorf("a list filed after the walk finds %q, want kakaotalk", got)
	}
	if got := added.atWord(m, 3); got != 1 {
		t.Errorf("atWord at kakaotalk = %d, want 1", got)
	}
}

// TestPhraseBookAtWord: atWord gives the longest phrase or stem of the
// list at a word of the text, counted in words, as at does on the words.
func TestPhraseBookAtWord(t *testing.T) {
	l := foldedPhrases("go", "go away", "go a*", "leave us alone", "get lost")
	m := newFoldedText(foldText("Go away and leave us alone, go now"))
	want := []int{2, 0, 0, 3, 0, 0, 1, 0}
	for i := range m.words {
		if got := l.atWord(m, i); got != want[i] {
			t.Errorf("atWord(%q) = %d, want %d", m.words[i], got, want[i])
		}
		if got := l.at(m.words, i); got != want[i] {
			t.Errorf("at(%q) = %d, want %d", m.words[i], got, want[i])
		}
	}
}

// TestListedPhrasesAreFound: every phrase of the lists that moved from a
// substring search to the phrase book is found in a message of its own,
// so a phrase added to them is looked for.
func TestListedPhrasesAreFound(t *testing.T) {
	for _, p := range append(slices.Clone(doNotActPhrases), doNotActUnspaced...) {
		if instruction, _ := doNotActMessage(newFoldedText(foldText("hello, " + p))); !instruction {
			t.Errorf("do-not-answer phrase %q not found", p)
		}
	}
	for _, p := range fillerTextWords {
		if !isFillerText(newFoldedText(foldText("here is " + p))) {
			t.Errorf("filler phrase %q not found", p)
		}
	}
}

// TestFirstIn: entries that are not ASCII are passed over in ASCII text
// without changing what is found, in any order of the list.
func TestFirstIn(t *testing.T) {
	list := []string{"赚钱", "كازينو", "casino", "r$", "€"}
	for _, tc := range []struct{ text, want string }{
		{"best online casino", "casino"},
		{"ganhe r$ 500", "r$"},
		{"500 € am Tag", "€"},
		{"日赚 casino", "casino"},
		{"在家赚钱 casino", "赚钱"},
		{"كازينو casino", "كازينو"},
		{"nothing to see", ""},
		{"", ""},
	} {
		if got := firstIn(tc.text, list); got != tc.want {
			t.Errorf("firstIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestHasAnyOf: any rune of the set, ASCII or not, anywhere in the text,
// and nothing in text that holds none (invalid UTF-8 included).
func TestHasAnyOf(t *testing.T) {
	for _, tc := range []struct {
		text, chars string
		want        bool
	}{
		{"Can we talk?", "?？؟¿", true},
		{"能试用吗？", "?？؟¿", true},
		{"هل يمكن؟", "?？؟¿", true},
		{"¿Podemos pagar?", "¿", true},
		{"No question here.", "?？؟¿", false},
		{"bad \xff\xfe bytes", "?？", false},
		{"bad \xef\xbc bytes", "？", false},
		{"", "?？", false},
		{"anything", "", false},
	} {
		if got := hasAnyOf(tc.text, tc.chars); got != tc.want {
			t.Errorf("hasAnyOf(%q, %q) = %v, want %v", tc.text, tc.chars, got, tc.want)
		}
	}
}

// TestIncomePromise: the income pattern counts with a verb of earning, or
// written with one in Chinese; an amount by the day alone is a price.
func TestIncomePromise(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Earn $500 per day from home", true},
		{"Verdienen Sie 2000 € am Tag", true},
		{"轻松日赚千元", true},
		{"The course costs €40 per day", false},
		{"Our budget is $5000 per month", false},
	} {
		got := moreTrade(tc.msg, newFoldedText(foldText(tc.msg)))
		if (got != "") != tc.want {
			t.Errorf("%q: trade %q, want found %v", tc.msg, got, tc.want)
		}
	}
}

package screen

import (
	"strings"
	"unicode/utf8"
)

// Keyword stuffing without commas: SEO bots and scraped-form fillers
// repeat the phrase they rank for ("cheap flights cheap hotels cheap
// flights london", "Immobilien kaufen Immobilien verkaufen ...") with
// hardly a little word of a sentence between. A person names the thing
// they want once or twice and writes sentences around it.

const (
	// repeatedKeywordMinWords is the shortest message judged: a short one
	// ("Preis? Preis für 3?") repeats a word without stuffing.
	repeatedKeywordMinWords = 8
	// repeatedKeywordMaxWords bounds the messages judged: a stuffed list
	// is a few lines, and each word is compared with every other.
	repeatedKeywordMaxWords = 200
	// repeatedKeywordMinCount is how often the keyword must occur.
	repeatedKeywordMinCount = 4
	// repeatedKeywordShare is the least share of the words (in percent)
	// that begin with the keyword.
	repeatedKeywordShare = 25
	// repeatedKeywordStrong is the count and share from which the message
	// is nothing but the keyword: twice the points.
	repeatedKeywordStrongCount = 5
	repeatedKeywordStrongShare = 30
	// repeatedKeywordProse is the largest share (percent) of the little
	// words of sentences that a stuffed message has.
	repeatedKeywordProse = 15
)

// repeatedKeyword returns the word that a folded message repeats as a stuffed keyword
// list, how many of its words begin with it, and whether it is nothing but
// the keyword (see repeatedKeywordStrongCount); "" when msg is no such
// list.
func repeatedKeyword(folded string) (word string, count int, strong bool) {
	words := strings.Fields(folded)
	if len(words) < repeatedKeywordMinWords || len(words) > repeatedKeywordMaxWords {
		return "", 0, false
	}
	prose := 0
	freq := map[string]int{}
	for _, w := range words {
		if has(functionWords, w) {
			prose++
			continue
		}
		if utf8.RuneCountInString(w) >= 3 {
			freq[w]++
		}
	}
	if prose*100 > len(words)*repeatedKeywordProse {
		return "", 0, false
	}
	for w := range freq {
		// Compounds count for their head: "Immobilienmakler" repeats
		// "Immobilien".
		n := 0
		for _, x := range words {
			if strings.HasPrefix(x, w) {
				n++
			}
		}
		if n > count || n == count && w < word {
			word, count = w, n
		}
	}
	if count < repeatedKeywordMinCount || count*100 < len(words)*repeatedKeywordShare {
		return "", 0, false
	}
	return word, count, count >= repeatedKeywordStrongCount && count*100 >= len(words)*repeatedKeywordStrongShare
}

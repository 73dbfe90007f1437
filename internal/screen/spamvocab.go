package screen

import (
	"cmp"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The trades of spam in the world's languages, whole (issue 11, task
// spamvocab). Each direction round written by new hands sold its trade in
// languages no labelled row held ("Gyors kölcsön hitelbírálat nélkül",
// "Pinjaman peribadi tanpa dokumen", weight loss in Telugu): the character
// models cannot read scripts they have few rows of, and the trade lists
// (spamTrades, moreSpamTrades, tradeConcepts) grew from what the last
// round showed, so they always trailed the next. Spam sells few trades —
// quick loans, easy income, weight loss, potency, casinos and betting,
// crypto returns, bought followers and reviews, first-page SEO, diplomas
// and papers, replicas, dating — and the table in data/spamvocab.txt
// holds them for about 120 languages and every major script, as senders
// word them, one entry a line with its language.
//
// A trade word is weak alone: a lender or a casino asks about our product
// in its own words. The table keeps it apart from what only an advert
// adds — an offer (a reward, speed, a guarantee, no documents or checks)
// or a call to act ("join now", "write to us") — and the evidence rule of
// spamOffer holds: junk needs the trade with an offer, a call or a way
// round the form, in a message that asks nothing of us and does not name
// our product. Asking is read in the table's languages too: its ask
// entries are what a customer asks of us there ("produk anda", "mohon
// info harga", "报价", "tunataka kununua"), at least four in every
// language of the table (task ask: a Swahili buyer asking to be called
// read as an advert where only 51 languages had one), which the request
// lists of the other checks hold for some twenty languages only. What a
// customer quotes from an advert they received is read without the quote
// (reportedSpeech), and a complaint asks us something.

//go:embed data/spamvocab.txt
var spamVocabFile string

// spamVocabKinds are the kinds of entry the table holds (see its header).
var spamVocabKinds = map[string]bool{"lang": true, "trade": true, "offer": true, "call": true, "ask": true, "hook": true, "wish": true}

// spamVocabEntry is one line of the table.
type spamVocabEntry struct {
	line             int
	lang, kind, text string
	// key is the entry as a match returns it: folded (a stem without its
	// *), and without spaces where it is matched inside words.
	key string
}

// spamVocabulary is the table, filed by kind.
type spamVocabulary struct {
	entries []spamVocabEntry
	names   map[string]string // language code -> its English name, from the lang lines
	// spaced are the entries matched as whole words, by kind, folded (a
	// stem keeps its *), as the phrase book files them.
	// unspaced are those matched inside words (see matchedInside),
	// folded without their spaces, sought inside the folded message
	// without its spaces.
	spaced, unspaced map[string][]string
	// langs files the languages that write an entry under its key (as a
	// match returns it), at the first reason that names one: a map most
	// submissions never read.
	langsOnce sync.Once
	langs     map[string][]string
}

// spamVocab returns the table, read at its first use.
var spamVocab = sync.OnceValue(func() *spamVocabulary {
	return mustFileVocab("spamvocab.txt", spamVocabFile, spamVocabHeader, spamVocabKinds, spamVocabLines, fileSpamVocab)
})

// spamVocabHeader is what the table's lines hold before the entry.
const spamVocabHeader = "LANGUAGE KIND"

// parseSpamVocab reads the table's text.
func parseSpamVocab(text string) (*spamVocabulary, error) {
	return parseVocab("spamvocab.txt", text, spamVocabHeader, spamVocabKinds, fileSpamVocab)
}

// fileSpamVocab files the table's lines.
func fileSpamVocab(lines []vocabLine) (*spamVocabulary, error) {
	v := &spamVocabulary{names: map[string]string{}, spaced: map[string][]string{}, unspaced: map[string][]string{},
		entries: make([]spamVocabEntry, 0, len(lines))}
	for _, l := range lines {
		e := spamVocabEntry{line: l.line, lang: l.lang, kind: l.kind, text: l.text}
		if e.kind == "lang" {
			v.names[e.lang] = e.text
			continue
		}
		if v.names[e.lang] == "" {
			return nil, fmt.Errorf("spamvocab.txt line %d: language %q has no lang line before it", l.line, e.lang)
		}
		stem, _ := strings.CutSuffix(e.text, "*")
		if !strings.ContainsFunc(stem, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return nil, fmt.Errorf("spamvocab.txt line %d: %q has no letter to match", l.line, e.text)
		}
		inside := matchedInside(stem)
		e.key = l.folded
		if inside {
			// As a match inside words returns it (see vocabFind).
			e.key = strings.ReplaceAll(l.folded, " ", "")
		}
		v.entries = append(v.entries, e)
		if inside {
			v.unspaced[e.kind] = append(v.unspaced[e.kind], e.key)
			continue
		}
		if stem != e.text {
			v.spaced[e.kind] = append(v.spaced[e.kind], e.key+"*")
		} else {
			v.spaced[e.kind] = append(v.spaced[e.kind], e.key)
		}
	}
	return v, nil
}

// matchedInside reports an entry matched inside the words of a
// message rather than as whole words: in a script written without spaces
// (see unspacedScript), or in Hebrew or Arabic script, which write
// prepositions, articles and "and" as letters joined to the word that
// follows ("בביטקוין", "والقروض").
//
// An entry is written in one script, beside Latin words ("google
// ပထမစာမျက်နှာ"): its first letter outside ASCII names it, and only that
// letter is looked up in the script tables (each of the table's two
// thousand entries once, at its first use).
func matchedInside(entry string) bool {
	i := strings.IndexFunc(entry, func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsLetter(r) })
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(entry[i:])
	return unspacedScript(string(r)) || unicode.In(r, unicode.Hebrew, unicode.Arabic)
}

// vocabKindList is the table's entries of one kind in scripts written
// with spaces, as a phrase list of the phrase book.
func vocabKindList(kind string) phraseList {
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexFoldedPhrases(spamVocab().spaced[kind]) }
	return phraseList{lp}
}

// The table's trades, offers and calls as phrase lists.
var (
	vocabTrades = vocabKindList("trade")
	vocabOffers = vocabKindList("offer")
	vocabCalls  = vocabKindList("call")
	vocabAsks   = vocabKindList("ask")
	vocabHooks  = vocabKindList("hook")
	vocabWishes = vocabKindList("wish")
)

// vocabFind returns the first entry of kind in m (the message folded),
// from the phrase book, or in the scripts written without spaces, or "".
func vocabFind(kind string, list phraseList, m foldedText) string {
	if p := list.find(m); p != "" {
		return p
	}
	if !hasWideRunes(m.text) {
		return "" // no script matched inside words: most messages
	}
	joined := strings.ReplaceAll(m.text, " ", "")
	for _, u := range spamVocab().unspaced[kind] {
		if strings.Contains(joined, u) {
			return u
		}
	}
	return ""
}

// hasWideRunes reports whether s may hold a script matched inside words:
// a rune of Hebrew or Arabic (two bytes in UTF-8, lead bytes 0xD6 to
// 0xDB) or of three or more bytes (Thai, Khmer, Han, kana and the rest).
func hasWideRunes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xD6 && (s[i] <= 0xDB || s[i] >= 0xE0) {
			return true
		}
	}
	return false
}

// vocabLanguages names the languages that write a folded entry, for a
// reason ("Hungarian", "Malay or Indonesian").
func vocabLanguages(folded string) string { return spamVocab().languages(folded) }

// languages names the languages of the table that write a folded entry.
func (v *spamVocabulary) languages(folded string) string {
	v.langsOnce.Do(func() {
		v.langs = map[string][]string{}
		for _, e := range v.entries {
			k := e.key
			if ls := v.langs[k]; len(ls) == 0 || ls[len(ls)-1] != e.lang {
				v.langs[k] = append(ls, e.lang)
			}
		}
	})
	var names []string
	for _, l := range v.langs[folded] {
		names = append(names, v.names[l])
		if len(names) == 2 {
			break
		}
	}
	return strings.Join(names, " or ")
}

// vocabOffer explains why a message is an advert for a spam trade by the
// table, or returns "": a trade of the table with an offer or a call of
// the table or a way round the form, or a trade of the other lists with
// an offer or a call of the table; in a message that asks nothing of us
// and does not name our product (product and buyer are what it asks
// about our product and a buyer's sign). lower, words and st are the
// message lower-cased, in words and counted (see scanMessage), for the
// way round the form.
//
// A trade's price is an advert's second sign too: a seller prices its
// goods as a floor, by the piece or by the batch ("1000 followersów za 19
// zł", "SEO od 99 €"; see advertPrice), and a customer who names a price
// asks us something. An offer of the table needs no trade beside a way
// round the form (channel, as the message checks found it: a messenger
// with its number or handle, a disguised link): cash on delivery with a WhatsApp number, a woman "bij jou in
// de buurt" with a disguised link, is the advert whatever it sells.
func vocabOffer(msg, lower string, m foldedText, words []string, st msgStats, product, buyer, channel, price string) string {
	trade := vocabFind("trade", vocabTrades, m)
	second := vocabFind("offer", vocabOffers, m)
	secondKind := "an offer"
	offer := second != ""
	if second == "" {
		second, secondKind = vocabFind("call", vocabCalls, m), "a call to act"
	}
	listed := ""
	if trade == "" && second == "" {
		if price == "" || product != "" || buyer != "" {
			return "" // most messages: nothing of the table, and no price
		}
		if listed = listedTrade(msg, m); listed == "" {
			return ""
		}
	}
	if product != "" || buyer != "" || asksOfUs(msg, m) != "" || namesOurProduct(msg, m) ||
		vocabFind("ask", vocabAsks, m) != "" {
		return ""
	}
	wayRound := func() string {
		if channel != "" {
			return channel
		}
		return cmp.Or(otherChannel(msg, lower, words, st.digits), moreChannel(msg, lower))
	}
	why := ""
	switch {
	case trade != "" && second != "":
		why = quote(second, 30) + " (" + secondKind + ", " + vocabLanguages(second) + ")"
	case trade != "":
		if price != "" {
			why = "its price " + quote(price, 30)
			break
		}
		c := wayRound()
		if c == "" {
			return ""
		}
		why = "a way round the form: " + c
	default:
		// An offer or a call of the table, or a price, beside a trade the
		// other lists name in words the table leaves to them.
		t := cmp.Or(listed, listedTrade(msg, m))
		if t == "" {
			if offer && channel != "" {
				return "makes an advert's offer " + quote(second, 30) + " (" + vocabLanguages(second) +
					") with a way round the form: " + channel + ", and asks nothing of us"
			}
			return ""
		}
		if second == "" {
			if price == "" {
				return ""
			}
			return "offers " + quote(t, 24) + " at its price " + quote(price, 30) + " and asks nothing of us"
		}
		return "offers " + quote(t, 24) + " with " + quote(second, 30) + " (" + secondKind + ", " +
			vocabLanguages(second) + ") and asks nothing of us"
	}
	return "offers the spam trade " + quote(trade, 24) + " (" + vocabLanguages(trade) + ") with " + why +
		", and asks nothing of us"
}

// tablesAsk returns what a customer asks of us in m by the tables of the
// world's languages: an ask of this table ("báo giá", "produk anda") or
// a request or thanks of the abuse table ("vui lòng", "cảm ơn"); or "".
func tablesAsk(m foldedText) string {
	if a := vocabFind("ask", vocabAsks, m); a != "" {
		return a
	}
	if hits := vocabHits(m, vocabRequest, func(k string) bool { return k == "request" }); len(hits) > 0 {
		return hits[0].text
	}
	return ""
}

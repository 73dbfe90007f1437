package screen

import (
	"cmp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/screen/romanise"
)

// Spam loanwords in any script. Spam sells a few international trades and
// names them in their international words written in the local script:
// "කැසිනෝ … බෝනස්" (casino … bonus) in Sinhala, "ቴሌግራም" in Amharic,
// "ביטקוין … בטלגרם" in Hebrew, "казино … бонус" in Kazakh. A list per
// script always trails the scripts spam arrives in, but the trade words
// are few, so each word of another script is read in Latin letters
// (internal/screen/romanise) and compared with the trade words by a
// phonetic skeleton that forgives how scripts render them.
//
// A loanword is weak evidence alone: a casino asking about our product is
// a genuine lead, and "we use Telegram" is a fact. A trade word counts
// only with a second sign of an advert (see loanAdvert).

// loanKind says what a loanword shows of a message.
type loanKind uint8

const (
	// loanTrade is a trade that lives on spam (casino, bitcoin, backlinks).
	loanTrade loanKind = iota
	// loanReward is an advert's lure (bonus, promo code).
	loanReward
	// loanChannel is a messenger: a way round the form.
	loanChannel
)

// loanword is a trade word spelt as the scripts that borrow it say it (an
// English spelling would mislead: "followers" sounds as "folovers").
type loanword struct {
	word, spelt string
	kind        loanKind
}

// loanwords are the international words of spam's trades, lures and
// messengers. Words of four consonants or fewer must match with their
// vowels (see skeletonMatch), longer ones by their consonants. Trade
// words of one or two consonants (bet, SEO, likes) have too few sounds to
// tell them from a language's own words and are left to the lists.
var loanwords = []loanword{
	{"casino", "kasino", loanTrade},
	{"jackpot", "jekpot", loanTrade},
	{"bitcoin", "bitkoin", loanTrade},
	{"crypto", "kripto", loanTrade},
	{"forex", "foreks", loanTrade},
	{"trading", "treidin", loanTrade},
	{"binance", "binans", loanTrade},
	{"bookmaker", "bukmeker", loanTrade},
	{"roulette", "rulet", loanTrade},
	{"roulette", "ruletka", loanTrade},
	{"viagra", "viagra", loanTrade},
	{"cialis", "sialis", loanTrade},
	{"backlinks", "beklink", loanTrade},
	{"followers", "folover", loanTrade},
	{"free spins", "frispin", loanTrade},
	{"promo code", "promokod", loanReward},
	{"bonus", "bon@s", loanReward},
	{"promo", "promo", loanReward},
	{"cashback", "keshbek", loanReward},
	{"telegram", "telegram", loanChannel},
	{"telegram", "telejram", loanChannel}, // Arabic writes g with jeem
	{"whatsapp", "w@tsap", loanChannel},
	{"viber", "vaiber", loanChannel},
}

// soundSkel is a skeleton split into its consonants and, for each
// consonant after the first, the vowels between it and the one before.
type soundSkel struct {
	consonants string
	between    []string
}

// loanSkeletons are the loanwords' skeletons, computed when a message
// first needs them rather than at intake's cold start: most messages are
// written in Latin letters.
var loanSkeletons = sync.OnceValue(func() []soundSkel {
	s := make([]soundSkel, len(loanwords))
	for i, l := range loanwords {
		s[i] = splitSkeleton(soundSkeleton(l.spelt))
	}
	return s
})

// loanFound is a loanword found in a message: the word, what it shows,
// and the script it was written in.
type loanFound struct {
	word, script, token string
	kind                loanKind
}

// dropJoiners removes the zero-width joiners, which shape the letters of
// Indic scripts and say nothing of their sound.
var dropJoiners = strings.NewReplacer("\u200c", "", "\u200d", "")

// findLoanwords returns the loanwords written in other scripts in msg,
// each once. Text in Latin letters only is not read: its words are on the
// lists already.
func findLoanwords(msg string) []loanFound {
	if !romanise.Needed(msg) {
		return nil
	}
	var found []loanFound
	skeletons := loanSkeletons()
	msg = dropJoiners.Replace(msg)
	for _, token := range strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		first, _ := utf8.DecodeRuneInString(token)
		if first < 0x0370 || unicode.Is(unicode.Latin, first) || unicode.Is(unicode.Han, first) {
			continue
		}
		w := writingOf(first)
		sk := splitSkeleton(soundSkeleton(romanise.String(token)))
		for i, l := range loanwords {
			if !skeletonMatch(sk, skeletons[i], w) || hasLoan(found, l.word) {
				continue
			}
			found = append(found, loanFound{word: l.word, kind: l.kind, script: scriptName(first), token: token})
		}
	}
	return found
}

// findLatinLoanwords returns the loanwords respelt in Latin letters in
// msg, as a language writes the trade in its own spelling ("Kazino …
// bonus ya 200%", "bitkoin", "kripto"), or nil. Task direction9: the
// loanwords were read only in other scripts, but the languages written in
// Latin letters borrow the same words and respell them as they sound.
// One word must be respelt: English spellings ("casino", "bonus") are
// the lists' to read. Only a message with a sign an advert's second part
// may stand on (a percentage, a price symbol, an @handle) is read, so
// that the words of most messages are never taken apart.
func findLatinLoanwords(msg string) []loanFound {
	if !hasAnyOf(msg, "%$€£@") {
		return nil
	}
	var found []loanFound
	respelt := false
	skeletons := loanSkeletons()
	for _, token := range strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(token) < 4 || !isASCIILetters(token) {
			continue
		}
		lower := strings.ToLower(token)
		sk := splitSkeleton(soundSkeleton(lower))
		for i, l := range loanwords {
			if !skeletonMatch(sk, skeletons[i], alphabetic) || hasLoan(found, l.word) {
				continue
			}
			found = append(found, loanFound{word: l.word, kind: l.kind, script: "Latin", token: token})
			if !strings.HasPrefix(lower, strings.ReplaceAll(l.word, " ", "")) {
				respelt = true
			}
		}
	}
	if !respelt {
		return nil
	}
	return found
}

func hasLoan(found []loanFound, word string) bool {
	for _, f := range found {
		if f.word == word {
			return true
		}
	}
	return false
}

// firstLoan returns the first loanword of a kind, or "".
func firstLoan(found []loanFound, kind loanKind) (loanFound, bool) {
	for _, f := range found {
		if f.kind == kind {
			return f, true
		}
	}
	return loanFound{}, false
}

// scripts are the scripts the romaniser reads, for naming them in a
// reason (unicode.Scripts would link every script's table into intake).
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Armenian", unicode.Armenian},
	{"Georgian", unicode.Georgian}, {"Hebrew", unicode.Hebrew}, {"Arabic", unicode.Arabic},
	{"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali}, {"Gurmukhi", unicode.Gurmukhi},
	{"Gujarati", unicode.Gujarati}, {"Oriya", unicode.Oriya}, {"Tamil", unicode.Tamil}, {"Telugu", unicode.Telugu},
	{"Kannada", unicode.Kannada}, {"Malayalam", unicode.Malayalam}, {"Sinhala", unicode.Sinhala},
	{"Thai", unicode.Thai}, {"Lao", unicode.Lao}, {"Tibetan", unicode.Tibetan}, {"Myanmar", unicode.Myanmar},
	{"Khmer", unicode.Khmer}, {"Ethiopic", unicode.Ethiopic}, {"Hangul", unicode.Hangul},
	{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
}

// scriptName names the script of a letter ("Sinhala").
func scriptName(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "another"
}

// soundSkeleton reduces a romanised word to classes of sounds that the
// scripts borrowing a word confuse or render alike, in capitals: K (k, g,
// c, q, kh), S (s, z, j, sh, ch), T (t, d, th), P (p, b, f, v, ph, and w
// at the start of a word), L (l, r: Japanese and Korean do not tell them
// apart), M and N; and its vowels in small letters, y read as i and w
// inside a word as u (Hebrew and Arabic write vowels with them). h is
// dropped, a consonant doubled is one, and the Greek mp and nt at the
// start of a word are b and d. In a loanword's spelling @ is a vowel
// that scripts render as any (the second of "bonus").
func soundSkeleton(w string) string {
	var b strings.Builder
	last := byte(0)
	put := func(c byte) {
		if c == last && c >= 'A' && c <= 'Z' {
			return
		}
		b.WriteByte(c)
		last = c
	}
	switch {
	case strings.HasPrefix(w, "mp"):
		w = "b" + w[2:]
	case strings.HasPrefix(w, "nt"):
		w = "d" + w[2:]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', '@':
			put(c)
		case 'y':
			put('i')
		case 'w':
			if i == 0 {
				put('P')
			} else {
				put('u')
			}
		case 'k', 'g', 'q':
			put('K')
		case 'c':
			if next == 'e' || next == 'i' || next == 'y' || next == 'h' {
				put('S')
			} else {
				put('K')
			}
		case 's', 'z', 'j':
			put('S')
		case 'x':
			put('K')
			put('S')
		case 't', 'd':
			if c == 'd' && (next == 'z' || next == 'j') || c == 't' && next == 'z' {
				continue // dz, dzh, dj, tz: one sound
			}
			put('T')
		case 'p', 'b', 'f', 'v':
			put('P')
		case 'l', 'r':
			put('L')
		case 'm':
			put('M')
		case 'n':
			put('N')
			if next == 'g' && (i+2 == len(w) || !isVowelByte(w[i+2])) {
				i++ // ng at the end of a syllable is one sound
			}
		case 'h':
			// dropped: silent in many renderings, kh and gh are K already
		default:
			if c >= 0x80 {
				put('a') // a Latin letter with a mark left by the reading (æ)
			}
		}
	}
	return b.String()
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// splitSkeleton splits a skeleton.
func splitSkeleton(sk string) soundSkel {
	var between []string
	var cons []byte
	start := -1
	for i := 0; i < len(sk); i++ {
		if sk[i] < 'A' || sk[i] > 'Z' {
			continue
		}
		if len(cons) > 0 {
			between = append(between, sk[start+1:i])
		}
		cons = append(cons, sk[i])
		start = i
	}
	return soundSkel{string(cons), between}
}

// writing is how a script writes vowels, for comparing them.
type writing uint8

const (
	// alphabetic scripts (Cyrillic, Greek, Armenian, Georgian) write
	// each vowel and no other.
	alphabetic writing = iota
	// abugida scripts (the Brahmic ones, Thai, Khmer, Myanmar) give a
	// consonant an inherent vowel that a loanword may not say
	// (জ্যাকপট, "jyaakopoto").
	abugida
	// abjad scripts (Hebrew, Arabic) seldom write vowels, and write them
	// as a, u (waw, vav) or i (yeh, yod).
	abjad
	// syllabic scripts (Hangul, Kana, Ethiopic) write a vowel after every
	// consonant, so they add one inside a cluster (비아그라, プロモ, ግራ).
	syllabic
)

// writingOf returns how the script of a word's first letter writes vowels.
func writingOf(first rune) writing {
	switch {
	case unicode.In(first, unicode.Hebrew, unicode.Arabic):
		return abjad
	case unicode.In(first, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Ethiopic):
		return syllabic
	case unicode.In(first, unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Georgian):
		return alphabetic
	}
	return abugida
}

// epenthetic reports whether a run of vowels is one that Korean (eu),
// Japanese (u, o, i, after a small ya or yu) and Ethiopic (e) add inside a
// cluster: any but an a.
func epenthetic(v string) bool { return !strings.HasSuffix(v, "a") }

// skeletonMatch reports whether a word's skeleton holds a loanword's. A
// word may add an ending of up to two consonants to a loanword of four
// or more (телеграмда, фолловеров), and in the abjads a prefix of up to
// two to those too (ב־, ל־, ال). The vowels must stand where they stand
// in the loanword (see vowelsAgree): перезвоните is not free spins.
func skeletonMatch(word, loan soundSkel, w writing) bool {
	wc, wv, lc, lv := word.consonants, word.between, loan.consonants, loan.between
	n := len(lc)
	if len(wc) < n || n == 0 {
		return false
	}
	prefixes, suffix := 0, 0
	if n >= 4 {
		suffix = 2
	}
	if w == abjad && n >= 4 {
		prefixes = 2
	}
	for p := 0; p <= prefixes && p+n <= len(wc); p++ {
		if wc[p:p+n] != lc || len(wc)-p-n > suffix {
			continue
		}
		if !vowelsAgree(wv[p:p+n-1], lv, w) {
			continue
		}
		return true
	}
	return false
}

// vowelsAgree compares the vowels between a word's consonants with a
// loanword's. A vowel more is allowed only where the script adds one (an
// inherent vowel in a loanword of four consonants or more, a syllabic
// script's vowel inside a cluster); a vowel fewer only in the abjads,
// and in loanwords of five consonants or more, where Hindi or Thai leave
// one unwritten. Vowels written on both sides must be alike (see
// sameVowel): casino is not қашан nor 기준, bonus not 보내세요, backlinks
// not พวกไร้ยางอาย. The abjads write vowels so seldom that a short loanword must
// show one of its vowels (وکړئ is not viagra).
func vowelsAgree(word, loan []string, script writing) bool {
	n := len(loan) + 1
	written := 0
	for i := range loan {
		w, l := word[i], loan[i]
		switch {
		case w != "" && l == "":
			more := script == abugida && n >= 4 || script == syllabic && epenthetic(w)
			if !more {
				return false
			}
		case w == "" && l != "":
			if script != abjad && n <= 4 {
				return false
			}
		case w != "":
			if script == abjad && !abjadVowel(w, l) || script != abjad && !sameVowel(w, l) {
				return false
			}
		}
		if w != "" {
			written++
		}
	}
	return script != abjad || n > 3 || written > 0 || strings.Join(loan, "") == ""
}

// abjadVowel reports whether the vowel letters of an abjad (a, u for
// waw and vav, i for yeh and yod) can write a loanword's vowels.
func abjadVowel(w, l string) bool {
	for _, v := range l {
		var ok bool
		switch v {
		case 'a':
			ok = strings.Contains(w, "a")
		case 'e':
			ok = strings.ContainsAny(w, "ai")
		case 'o', 'u':
			ok = strings.Contains(w, "u")
		case 'i':
			ok = strings.Contains(w, "i")
		case '@':
			ok = strings.ContainsAny(w, "au")
		}
		if ok {
			return true
		}
	}
	return false
}

// sameVowel reports whether a word's run of vowels can say a loanword's:
// they share one, or the loanword's e is said a or i (the English æ, the
// Hindi "teli" of telegram), or the word's e says an a (the Tamil "kee"
// of casino), but not an i (через is not cialis). @ is the vowel scripts
// render as a, o, u or the Korean eo (the second of "bonus"), but not as
// e (보내세요, "please send", is not bonus).
func sameVowel(w, l string) bool {
	if strings.Contains(l, "@") {
		return w != "ae" && strings.IndexByte("aou", w[0]) >= 0 || strings.HasPrefix(w, "eo")
	}
	if strings.Contains(l, "e") {
		l += "ai"
	}
	if strings.Contains(w, "e") {
		w += "a"
	}
	return strings.ContainsAny(w, l)
}

// loanOffer explains why a message is an advert by a loanword of a spam
// trade and a second sign, or returns "": a lure (bonus, promo code), a
// price, a percentage or a word for cheap, or a way round the form (a messenger, also named
// as a loanword, an @handle, a link); or a messenger named as a loanword
// beside a trade of the lists; or a lure with a price or a messenger. Only in a message that asks nothing of us
// and names no buyer's need or our product: a casino asking about our
// filter and a firm that says it uses Telegram are genuine. m is msg
// folded; lower, words and digits as the message detector reads them;
// channel the way round the form it found, if any.
func loanOffer(msg, lower string, m foldedText, words []string, digits int, product, buyer, channel string) string {
	return clip(loanAdvert(msg, lower, m, words, digits, product, buyer, channel), reasonDetailMax)
}

// loanAdvert is loanOffer's reason before it is clipped to a reason's
// length. The advert's two parts are looked for first and what the
// message asks of us last: few messages hold a loanword and a second
// sign, and the question is the dearer to read.
func loanAdvert(msg, lower string, m foldedText, words []string, digits int, product, buyer, channel string) string {
	if product != "" || buyer != "" {
		return ""
	}
	found := findLoanwords(msg)
	if len(found) == 0 {
		found = findLatinLoanwords(msg)
	}
	if len(found) == 0 {
		return ""
	}
	why := loanParts(found, msg, lower, m, words, digits, channel)
	if why == "" || asksOfUs(msg, m) != "" || namesOurProduct(msg, m) {
		return ""
	}
	return why
}

// loanParts returns the loanwords' advert and its second sign, or "".
func loanParts(found []loanFound, msg, lower string, m foldedText, words []string, digits int, channel string) string {
	in := func(f loanFound) string {
		return quote(f.word, 20) + " (" + quote(f.token, 20) + ", " + f.script + " script)"
	}
	messenger, hasMessenger := firstLoan(found, loanChannel)
	trade, ok := firstLoan(found, loanTrade)
	if !ok {
		if lure, ok := firstLoan(found, loanReward); ok {
			// A lure is an advert's by itself only with a price or a
			// percentage ("첫충 20% 보너스") or a messenger.
			if p := priceTag.FindString(msg); digits > 0 && p != "" {
				return "the lure " + in(lure) + " with a price " + quote(strings.TrimSpace(p), 12) + ", asking nothing of us"
			}
			if hasMessenger {
				return "the lure " + in(lure) + " with a way round the form: the loanword " + in(messenger)
			}
		}
		if !hasMessenger {
			return ""
		}
		if t := listedTrade(msg, m); t != "" {
			return "offers " + quote(t, 24) + " and a way round the form: the loanword " + in(messenger)
		}
		return ""
	}
	second := ""
	if lure, ok := firstLoan(found, loanReward); ok {
		second = "the lure " + in(lure)
	} else if cue := sellCue(msg, m, digits); cue != "" {
		second = cue
	} else if hasMessenger {
		second = "a way round the form: the loanword " + in(messenger)
	} else if channel = cmp.Or(channel, otherChannel(msg, lower, words, digits)); channel != "" {
		second = "a way round the form: " + channel
	}
	if second == "" {
		return ""
	}
	return "the spam trade's loanword " + in(trade) + " with " + second + ", asking nothing of us"
}

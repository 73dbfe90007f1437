package qualify

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// foldLatin maps accented Latin letters (U+00C0..U+02FF) to ASCII; it is
// computed from the Unicode decompositions at start-up.
var foldLatin [0x300 - 0xC0]string

func init() {
	for r := rune(0xC0); r < 0x300; r++ {
		lr := unicode.ToLower(r)
		d := norm.NFD.PropertiesString(string(lr)).Decomposition()
		if len(d) > 0 && d[0] < 0x80 {
			foldLatin[r-0xC0] = string(rune(d[0]))
		}
	}
	for r, s := range map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th",
		'Þ': "th", 'ı': "i",
	} {
		foldLatin[r-0xC0] = s
	}
}

// What normalize makes of a character other than ASCII.
const (
	runeSep  = iota // a separator
	runeOut         // letters or digits, written out
	runeDrop        // nothing: a combining accent
)

// normRune says what normalize makes of the character r (not ASCII): its
// kind, and dst with the bytes written for it appended.
func normRune(r rune, dst []byte) (kind uint8, out []byte) {
	switch {
	case r >= 0xC0 && r < 0x300 && foldLatin[r-0xC0] != "":
		return runeOut, append(dst, foldLatin[r-0xC0]...)
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return runeOut, utf8.AppendRune(dst, unicode.ToLower(r))
	case unicode.Is(unicode.Mn, r):
		return runeDrop, dst
	}
	return runeSep, dst
}

// runeNorm is normRune's answer for one character: kind, and the n bytes
// of b to write.
type runeNorm struct {
	kind, n uint8
	b       [utf8.UTFMax]byte
}

// twoByteNorm holds normRune for the characters U+0080..U+07FF (Latin,
// Greek, Cyrillic, Hebrew, Arabic...), which normalize would otherwise
// look up in the Unicode tables one by one. It is filled by init, after
// foldLatin.
var twoByteNorm [0x800 - 0x80]runeNorm

func init() {
	for r := rune(0x80); r < 0x800; r++ {
		kind, out := normRune(r, nil)
		e := runeNorm{kind: kind, n: uint8(len(out))}
		copy(e.b[:], out)
		twoByteNorm[r-0x80] = e
	}
}

// isCJK reports whether r belongs to a script written without spaces.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 0x30FC)
}

// normalize lower-cases s, removes accents, and turns every run of
// characters other than letters and digits into a single space, without
// leading or trailing space. Scripts without spaces are kept as they are.
func normalize(s string) string {
	if isNormalized(s) {
		return s // already lower-case words: no copy
	}
	b := appendNormalized(make([]byte, 0, len(s)), s)
	if len(b) == 0 {
		return ""
	}
	// b is never written again: share its bytes as strings.Builder does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// msgBufSize is the stack buffer Evaluate normalises and lower-cases the
// message in; longer messages spill to the heap.
const msgBufSize = 512

// normalizeInto is normalize, writing into buf's spare capacity (or a new
// array when it does not fit). The result may point into buf. ascii
// reports that the result is pure ASCII (so it holds no CJK).
func normalizeInto(buf []byte, s string) (norm string, ascii bool) {
	if isNormalized(s) {
		return s, true
	}
	b, ascii := appendNormalizedASCII(buf[:0], s)
	if len(b) == 0 {
		return "", true
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), ascii
}

// lookupNormalized returns m[normalize(s)] without allocating for short s.
func lookupNormalized[V any](m map[string]V, s string) (V, bool) {
	if isNormalized(s) {
		v, ok := m[s]
		return v, ok
	}
	var buf [64]byte
	b := appendNormalized(buf[:0], s)
	v, ok := m[string(b)] // no allocation: the key is only compared
	return v, ok
}

// lookupOrZero is m[normalize(s)].
func lookupOrZero[V any](m map[string]V, s string) V {
	v, _ := lookupNormalized(m, s)
	return v
}

// asciiNorm maps an ASCII byte to what normalize writes for it: the
// letter in lower case or the digit, or 0 for a separator.
var asciiNorm = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// appendNormalized appends normalize(s) to dst.
func appendNormalized(dst []byte, s string) []byte {
	dst, _ = appendNormalizedASCII(dst, s)
	return dst
}

// appendNormalizedASCII is appendNormalized that also reports whether
// every byte it appended is ASCII.
func appendNormalizedASCII(dst []byte, s string) ([]byte, bool) {
	ascii := true
	n0 := len(dst)
	space := true // suppress leading space
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if o := asciiNorm[c]; o != 0 {
				dst = append(dst, o)
				space = false
			} else if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		ascii = false // (conservative: the rune may fold to ASCII)
		var kind uint8
		if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// A two-byte character (U+0080..U+07FF): from the table.
			e := &twoByteNorm[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x80]
			i += 2
			kind = e.kind
			if kind == runeOut {
				dst = append(dst, e.b[:e.n]...)
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			kind, dst = normRune(r, dst)
		}
		switch kind {
		case runeOut:
			space = false
			continue
		case runeDrop:
			continue // combining accent
		}
		if !space {
			dst = append(dst, ' ')
			space = true
		}
	}
	if len(dst) > n0 && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst, ascii
}

// isNormalized reports whether normalize would return s unchanged: ASCII
// lower-case letters and digits in words separated by single spaces.
func isNormalized(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			prevSpace = false
		case c == ' ' && !prevSpace:
			prevSpace = true
		default:
			return false
		}
	}
	return true
}

// hasCJK reports whether s holds any character of a script without spaces.
// Those are all at U+2E80 or above, encoded in three or four bytes led by
// 0xE2 or more: only such lead bytes need decoding.
func hasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE2 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if isCJK(r) {
				return true
			}
		}
	}
	return false
}

// hit is one phrase found in a normalized text.
type hit struct {
	start, end int
	id         int32
}

type phraseEntry struct {
	text string
	id   int32
}

type regexEntry struct {
	re *regexp.Regexp
	// must is a literal every match contains; texts without it are skipped.
	must string
	id   int32
}

// requiredLiteral returns the longest literal that every match of a
// top-level concatenation must contain, or "".
func requiredLiteral(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return ""
	}
	re = re.Simplify()
	var subs []*syntax.Regexp
	switch re.Op {
	case syntax.OpConcat:
		subs = re.Sub
	case syntax.OpLiteral:
		subs = []*syntax.Regexp{re}
	}
	best := ""
	for _, s := range subs {
		if s.Op == syntax.OpLiteral && s.Flags&syntax.FoldCase == 0 && len(string(s.Rune)) > len(best) {
			best = string(s.Rune)
		}
	}
	return best
}

// matcher finds configured phrases in normalized text on word boundaries,
// leftmost-longest: "vice president" wins over "president". Phrases in
// scripts without spaces match anywhere; phrases starting with "re:" are
// regular expressions run on the normalized text.
type matcher struct {
	byFirst map[string][]phraseEntry
	// words numbers the words of the byFirst phrases, and starts lists by
	// the number of its first word the phrases of byFirst as word numbers
	// (see wordscan.go).
	words  wordDict
	starts [][]wordPhrase
	cjk    []phraseEntry
	res    []regexEntry
	n      int
}

func newMatcher() *matcher {
	m := &matcher{byFirst: map[string][]phraseEntry{}}
	m.words.grow() // findSpan needs slots
	return m
}

// add registers a phrase under id. It returns an error for an empty phrase
// or a regular expression that does not compile.
func (m *matcher) add(phrase string, id int32) error {
	if rest, ok := strings.CutPrefix(phrase, "re:"); ok {
		re, err := regexp.Compile(rest)
		if err != nil {
			return fmt.Errorf("bad regular expression %q: %w", rest, err)
		}
		m.res = append(m.res, regexEntry{re: re, must: requiredLiteral(rest), id: id})
		m.n++
		return nil
	}
	p := normalize(phrase)
	if p == "" {
		return fmt.Errorf("phrase %q has no letters or digits", phrase)
	}
	m.n++
	if hasCJK(p) {
		m.cjk = append(m.cjk, phraseEntry{p, id})
		return nil
	}
	first, _, _ := strings.Cut(p, " ")
	list := m.byFirst[first]
	for _, e := range list {
		if e.text == p && e.id == id {
			return nil
		}
	}
	// keep longest first
	i := len(list)
	for i > 0 && len(list[i-1].text) < len(p) {
		i--
	}
	list = append(list, phraseEntry{})
	copy(list[i+1:], list[i:])
	list[i] = phraseEntry{p, id}
	m.byFirst[first] = list
	m.indexPhrases(first, list)
	return nil
}

// scan appends to dst the phrases found in the normalized text t.
func (m *matcher) scan(t string, dst []hit) []hit {
	return m.scanText(t, false, dst)
}

// scanText is scan, told by ascii that t is pure ASCII, so that it need
// not look for phrases of scripts without spaces.
func (m *matcher) scanText(t string, ascii bool, dst []hit) []hit {
	var recBuf [32]wordRec
	return m.matchWords(t, ascii, m.wordsOf(t, recBuf[:0]), dst)
}

// resolve sorts hits by position, longest first at equal starts, drops hits
// overlapping an earlier kept one, and returns how many remain.
func resolve(h []hit) int {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && (h[j].start < h[j-1].start ||
			h[j].start == h[j-1].start && h[j].end > h[j-1].end); j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
	n, end := 0, -1
	for _, x := range h {
		if x.start < end {
			continue
		}
		h[n] = x
		n++
		end = x.end
	}
	return n
}

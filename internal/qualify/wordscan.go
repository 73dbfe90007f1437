package qualify

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/leadsieve/leadsieve/internal/swar"
)

// Phrase matching by word numbers.
//
// Every word of a matcher's spaced phrases gets a number in a small hash
// table, built once with the matcher. A text is then read word by word:
// each word is looked up once, and only the words some phrase holds are
// kept, with their position. A phrase
// matches where its word numbers follow one another in consecutive words,
// which is exactly where its normalized text stands in the normalized text
// on word boundaries, because both are words separated by single spaces.
// The order phrases are tried in (longest first, then as added) is the
// one of byFirst, so the hits are those of the plain text comparison.

// prefixOf packs the first (up to) eight bytes of w into a word, the
// first byte lowest. Words hold no zero byte, so a prefix and a length
// tell words of up to eight bytes apart.
func prefixOf(w string) uint64 {
	var p uint64
	for i := 0; i < len(w) && i < 8; i++ {
		p |= uint64(w[i]) << (8 * i)
	}
	return p
}

// dictSlot is one slot of a wordDict; w is "" in an empty slot.
type dictSlot struct {
	pre uint64 // prefixOf(w)
	w   string
	id  int32
}

// wordDict numbers words: open addressing on a hash of their first eight
// bytes and length, kept at most a quarter full so that a word no phrase
// holds is usually rejected at its first slot, and compared without a
// call for words of up to eight bytes.
type wordDict struct {
	slots []dictSlot
	mask  uint64
	n     int32
}

// slot returns the first slot to probe for a word of length wl whose
// prefix is pre.
func (d *wordDict) slot(pre uint64, wl int) uint64 {
	return ((pre ^ uint64(wl)) * 0x9E3779B97F4A7C15) >> 32 & d.mask
}

// find returns the number of the word w, or -1.
func (d *wordDict) find(w string) int32 {
	if len(d.slots) == 0 {
		return -1
	}
	pre := prefixOf(w)
	for i := d.slot(pre, len(w)); ; i = (i + 1) & d.mask {
		e := &d.slots[i]
		if e.pre == pre && len(e.w) == len(w) && (len(w) <= 8 || e.w[8:] == w[8:]) {
			return e.id
		}
		if e.w == "" {
			return -1
		}
	}
}

// findSpan returns the number of the word b[w.start:w.end] whose prefix
// is w.pre, or -1. The dictionary must have slots (newMatcher gives it
// some).
func (d *wordDict) findSpan(b []byte, w wordSpan) int32 {
	k := int(w.end - w.start)
	for i := d.slot(w.pre, k); ; i = (i + 1) & d.mask {
		e := &d.slots[i]
		if e.pre == w.pre && len(e.w) == k && (k <= 8 || e.w[8:] == string(b[w.start+8:w.end])) {
			return e.id
		}
		if len(e.w) == 0 {
			return -1
		}
	}
}

// add returns the number of the non-empty word w, numbering it if new.
func (d *wordDict) add(w string) int32 {
	if id := d.find(w); id >= 0 {
		return id
	}
	if 4*(int(d.n)+1) > len(d.slots) {
		d.grow()
	}
	id := d.n
	d.n++
	d.put(dictSlot{pre: prefixOf(w), w: w, id: id})
	return id
}

// grow doubles the table (to 64 slots when empty) and reinserts.
func (d *wordDict) grow() {
	old := d.slots
	size := max(64, 2*len(old))
	d.slots = make([]dictSlot, size) // slot hashes to 32 bits: plenty
	d.mask = uint64(size - 1)
	for _, e := range old {
		if e.w != "" {
			d.put(e)
		}
	}
}

// put stores e in the first free slot of its probe sequence.
func (d *wordDict) put(e dictSlot) {
	i := d.slot(e.pre, len(e.w))
	for d.slots[i].w != "" {
		i = (i + 1) & d.mask
	}
	d.slots[i] = e
}

// wordPhrase is a spaced phrase as word numbers: rest holds the numbers
// of its words after the first.
type wordPhrase struct {
	rest []int32
	id   int32
}

// wordRec is a word of a text that some phrase holds: its ordinal among
// the text's words, its number, and its byte range in the text.
type wordRec struct {
	ord, id    int32
	start, end int32
}

// indexPhrases numbers the words of the phrases in list, all starting
// with the word first, and records them as the phrases starting with it.
func (m *matcher) indexPhrases(first string, list []phraseEntry) {
	fid := m.words.add(first)
	ws := make([]wordPhrase, len(list))
	for i, e := range list {
		words := strings.Split(e.text, " ")
		rest := make([]int32, len(words)-1)
		for k, w := range words[1:] {
			rest[k] = m.words.add(w)
		}
		ws[i] = wordPhrase{rest: rest, id: e.id}
	}
	for int(m.words.n) > len(m.starts) {
		m.starts = append(m.starts, nil)
	}
	m.starts[fid] = ws
}

// wordsOf appends to recs the words of the normalized text t that some
// phrase holds.
func (m *matcher) wordsOf(t string, recs []wordRec) []wordRec {
	ord := int32(0)
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			j = len(t)
		} else {
			j += i
		}
		if id := m.words.find(t[i:j]); id >= 0 {
			recs = append(recs, wordRec{ord: ord, id: id, start: int32(i), end: int32(j)})
		}
		ord++
		i = j + 1
	}
	return recs
}

// normTab maps a byte to what normalize writes for it when it is ASCII:
// the letter in lower case or the digit, or 0 for a separator; it maps
// the bytes of other characters to nonASCII.
var normTab = func() (t [256]byte) {
	copy(t[:], asciiNorm[:])
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = nonASCII
	}
	return t
}()

const nonASCII = 0xFF

// prefixMasks[k] keeps the first k bytes of a prefix.
var prefixMasks = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xff_ffffffff, 0xffff_ffffffff, 0xffffff_ffffffff, ^uint64(0)}

// Bytes repeated in each lane of a word, for alnumRun.
const (
	lanes   = swar.Ones
	laneLow = 0x7f * lanes
	laneTop = swar.Highs
)

// alnumRun reads eight text bytes x (the first lowest): k is how many of
// them, from the first, are ASCII letters or digits, and y holds in its
// first k bytes what normalize writes for them (asciiNorm): the byte with
// the 0x20 bit set, which lowers a letter and keeps a digit. keep masks
// those k bytes. Each lane is tested on its own: no sum below carries
// across lanes.
func alnumRun(x uint64) (y uint64, k int, keep uint64) {
	x7 := x & laneLow
	y = x7 | 0x20*lanes
	letter := (y + (0x80-'a')*lanes) &^ (y + (0x7f-'z')*lanes)  // 'a' <= y <= 'z'
	digit := (x7 + (0x80-'0')*lanes) &^ (x7 + (0x7f-'9')*lanes) // '0' <= x7 <= '9'
	not := ^((letter | digit) &^ x) & laneTop                   // top bit of the lanes failing, or not ASCII
	first := not & -not                                         // that of the first of them (0 if none)
	return y, bits.TrailingZeros64(not) >> 3, first>>7 - 1
}

// wordSpan is a word of a normalized text: its byte range and prefix.
type wordSpan struct {
	pre        uint64
	start, end int32
}

// normalizeWords is normalizeInto (writing into buf's spare capacity when
// it fits) that also appends to recs the words of the result that some
// phrase holds, as wordsOf does. ascii reports that the result is pure
// ASCII. spans is scratch space for the words.
//
// An ASCII text of at most len(spans) words is normalized in one pass
// that lists every word in spans; a second pass looks the words up and
// keeps those phrases hold. Two tight loops keep their variables in
// registers where one would not.
func (m *matcher) normalizeWords(buf []byte, s string, recs []wordRec, spans *[maxSpans]wordSpan) (norm string, ascii bool, out []wordRec) {
	// An ASCII text normalizes to at most as many bytes; a word's prefix
	// is read as the eight bytes from its start.
	if len(s)+8 > cap(buf) {
		buf = make([]byte, 0, len(s)+8)
	}
	b := buf[:cap(buf)]
	n, nw, ok := splitASCII(b, s, spans)
	if !ok {
		// Other scripts, or many words: normalize first, then read the
		// words.
		t, ascii := normalizeInto(buf[:0], s)
		return t, ascii, m.wordsOf(t, recs)
	}
	for j, w := range spans[:nw] {
		if id := m.words.findSpan(b, w); id >= 0 {
			recs = append(recs, wordRec{ord: int32(j), id: id, start: w.start, end: w.end})
		}
	}
	if n == 0 {
		return "", true, recs
	}
	// b is never written again while the result is in use.
	return unsafe.String(unsafe.SliceData(b), n), true, recs
}

// splitASCII writes normalize(s) to b, which must be at least len(s)+8
// long, and lists its words in spans: their prefixes and byte ranges. It
// returns the length of the result and the number of words, or ok false
// when s holds other than ASCII or more than len(spans) words. It is not
// inlined so that its loop keeps its few variables in registers.
//
//go:noinline
func splitASCII(b []byte, s string, spans *[maxSpans]wordSpan) (n, nw int, ok bool) {
	i := 0
	for {
		for i < len(s) && normTab[s[i]] == 0 {
			i++ // separators
		}
		if i == len(s) {
			return n, nw, true
		}
		if normTab[s[i]] == nonASCII || nw == len(spans) {
			return 0, 0, false
		}
		// A word: its letters and digits, eight bytes at a time while the
		// text has eight more, then byte by byte. pre is its prefix.
		if n > 0 {
			b[n] = ' '
			n++
		}
		ws := n
		var pre uint64
		k := 0
		if i+8 <= len(s) {
			y, keep := uint64(0), uint64(0)
			y, k, keep = alnumRun(swar.Load64(s, i))
			binary.LittleEndian.PutUint64(b[n:n+8], y)
			n += k
			i += k
			pre = y & keep
			for k == 8 && i+8 <= len(s) {
				y, k, _ = alnumRun(swar.Load64(s, i))
				binary.LittleEndian.PutUint64(b[n:n+8], y)
				n += k
				i += k
			}
		}
		if k == 8 || i+8 > len(s) {
			for i < len(s) {
				o := normTab[s[i]]
				if o-1 >= nonASCII-1 { // not a letter or digit
					break
				}
				b[n] = o
				n++
				i++
			}
			if n-ws < 8 { // the word started in this loop
				pre = binary.LittleEndian.Uint64(b[ws:ws+8]) & prefixMasks[n-ws]
			}
		}
		spans[nw] = wordSpan{pre: pre, start: int32(ws), end: int32(n)}
		nw++
	}
}

// maxSpans is how many words normalizeWords reads in its one pass.
const maxSpans = 48

// matchWords appends to dst the phrases found in the normalized text t,
// whose phrase words wordsOf or normalizeWords listed in recs; ascii
// reports that t is pure ASCII, so that it holds no phrase of a script
// without spaces.
func (m *matcher) matchWords(t string, ascii bool, recs []wordRec, dst []hit) []hit {
	base := len(dst)
	for a := 0; a < len(recs); {
		r := recs[a]
		matched := false
		for _, p := range m.starts[r.id] {
			k := len(p.rest)
			if a+k >= len(recs) || recs[a+k].ord != r.ord+int32(k) {
				continue // fewer consecutive phrase words than p has
			}
			ok := true
			for q, id := range p.rest {
				if recs[a+1+q].id != id {
					ok = false
					break
				}
			}
			if ok {
				dst = append(dst, hit{int(r.start), int(recs[a+k].end), p.id})
				a += k + 1
				matched = true
				break
			}
		}
		if !matched {
			a++
		}
	}
	return m.scanOther(t, ascii, base, dst)
}

// scanOther appends to dst, whose hits from base on are the spaced
// phrases found in t, the phrases of scripts without spaces and the
// regular expression matches, and resolves overlaps if there were any.
func (m *matcher) scanOther(t string, ascii bool, base int, dst []hit) []hit {
	extra := false
	if len(m.cjk) > 0 && !ascii && hasCJK(t) {
		for _, e := range m.cjk {
			for off := 0; ; {
				k := strings.Index(t[off:], e.text)
				if k < 0 {
					break
				}
				dst = append(dst, hit{off + k, off + k + len(e.text), e.id})
				off += k + len(e.text)
				extra = true
			}
		}
	}
	// The regexp package may keep the text it searches, so it gets a copy
	// and t, often in a caller's stack buffer, does not escape.
	rt := ""
	for _, e := range m.res {
		if e.must != "" && !strings.Contains(t, e.must) {
			continue
		}
		if rt == "" {
			rt = strings.Clone(t)
		}
		for _, loc := range e.re.FindAllStringIndex(rt, 8) {
			dst = append(dst, hit{loc[0], loc[1], e.id})
			extra = true
		}
	}
	if extra {
		dst = dst[:base+resolve(dst[base:])]
	}
	return dst
}

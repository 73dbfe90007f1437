package spamtext

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/swar"
)

// Token hashes standing for whole classes of chunks.
const (
	hashURL   uint64 = 0x5f75726c5f5f5f31 // any link
	hashEmail uint64 = 0x5f656d61696c5f32 // any email address
	hashNum   uint64 = 0x5f6e756d5f5f5f33 // any run of digits
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Features calls visit with the feature-table bucket (below 1<<bits) of
// every feature of msg: each word and each pair of adjacent words. Words
// are runs of letters and digits, lower-cased and stripped of accents;
// digits inside words read as 0, digit runs, links and email addresses as
// one token each. Only the first MaxRunes runes are read. It reports
// whether the message is scorable: at least MinWords words, and at least
// half of its letters in the Latin script. The model and the training
// program share it, so they see the same features.
func Features(msg string, bits uint, visit func(bucket uint32)) bool {
	st := featState{visit: visit}
	return st.run(msg, bits)
}

// featState is the tokenizer's state and its output: with m set, the sum
// of the weights of the buckets visited (what Model.Margin needs, without
// a call per feature); otherwise each bucket goes to visit.
type featState struct {
	mask     uint32
	m        *Model
	visit    func(bucket uint32)
	sum      float32
	n        int
	prev     uint64
	havePrev bool
	// buf holds the buckets not yet added to sum. The weight table is
	// larger than the caches; reading a batch of weights in a tight loop
	// lets their cache misses overlap, where reading each one amid the
	// tokenizer's work would wait for them one or two at a time.
	buf [64]uint32
	nb  int
	// toks are asciiChunk's tokens, emitted once the chunk is known to be
	// text.
	toks [32]uint64
}

func (s *featState) bucket(b uint32) {
	if s.m != nil {
		s.buf[s.nb] = b
		s.nb++
		if s.nb == len(s.buf) {
			s.flush()
		}
		return
	}
	s.visit(b)
}

// flush adds the weights of the buffered buckets to sum, in the order they
// were visited (float addition is not associative: the order is part of
// the result).
func (s *featState) flush() {
	if s.nb == 0 {
		return
	}
	sum, m := s.sum, s.m
	if q := m.q; q != nil {
		scale := m.scale
		for _, b := range s.buf[:s.nb] {
			sum += float32(float32(q[b]) * scale)
		}
	} else {
		w := m.weights
		for _, b := range s.buf[:s.nb] {
			sum += w[b]
		}
	}
	s.sum = sum
	s.n += s.nb
	s.nb = 0
}

// emit visits token t's unigram and, after the first token, its bigram
// with the previous one. With a model, both buckets go straight to buf,
// flushed first if they might not fit: the weights are still added in the
// order visited, so when flush runs does not change sum.
func (s *featState) emit(t uint64) {
	if s.m == nil {
		s.bucket(uint32(mix(t)) & s.mask)
		if s.havePrev {
			s.bucket(uint32(mix(s.prev*0x9e3779b97f4a7c15^t^0xb1)) & s.mask)
		}
		s.prev, s.havePrev = t, true
		return
	}
	if s.nb > len(s.buf)-2 {
		s.flush()
	}
	nb := s.nb
	s.buf[nb] = uint32(mix(t)) & s.mask
	nb++
	if s.havePrev {
		s.buf[nb] = uint32(mix(s.prev*0x9e3779b97f4a7c15^t^0xb1)) & s.mask
		nb++
	}
	s.nb = nb
	s.prev, s.havePrev = t, true
}

// asciiSpace flags the ASCII bytes isSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\n': true, '\t': true, '\r': true, '\v': true, '\f': true}

// run tokenizes msg as Features describes.
func (s *featState) run(msg string, bits uint) bool {
	s.mask = uint32(1)<<bits - 1
	var (
		words         int
		latin, letter int
		runes         int
	)

	i := 0
	for i < len(msg) && runes < MaxRunes {
		// Skip white space.
		if c := msg[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				runes++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(msg[i:]); isSpace(r) {
			i += size
			runes++
			continue
		}
		if j, nw, nl, ok := s.asciiChunk(msg, i); ok {
			runes += j - i
			i = j
			words += nw
			latin += nl
			letter += nl
			continue
		}
		// The chunk up to the next white space.
		j := i
		for j < len(msg) {
			if c := msg[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				runes++
				continue
			}
			r, size := utf8.DecodeRuneInString(msg[j:])
			if isSpace(r) {
				break
			}
			j += size
			runes++
		}
		chunk := msg[i:j]
		i = j
		var tok uint64
		switch chunkKind(chunk) {
		case kindURL:
			tok = hashURL
		case kindEmail:
			tok = hashEmail
		default:
			// Words inside the chunk.
			h, inWord, hasLetter, hasDigit := uint64(fnvOffset), false, false, false
			for k := 0; k <= len(chunk); {
				var r rune
				size := 1
				if k < len(chunk) {
					if c := chunk[k]; c < utf8.RuneSelf {
						r = rune(c)
					} else {
						r, size = utf8.DecodeRuneInString(chunk[k:])
					}
				}
				word := false // r continues or starts a word
				switch {
				case k == len(chunk):
				case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
					h = (h ^ uint64(r|0x20)) * fnvPrime
					inWord, hasLetter, word = true, true, true
					latin++
					letter++
				case r < utf8.RuneSelf && '0' <= r && r <= '9':
					h = (h ^ '0') * fnvPrime
					inWord, hasDigit, word = true, true, true
				case r < utf8.RuneSelf:
				case unicode.Is(unicode.Mn, r):
					// A combining accent: part of the word, folded away.
					word = true
				case unicode.IsLetter(r):
					letter++
					if isLatin(r) {
						latin++
					}
					f := fold(r, chunk[k:])
					var buf [utf8.UTFMax]byte
					n := utf8.EncodeRune(buf[:], f)
					for _, c := range buf[:n] {
						h = (h ^ uint64(c)) * fnvPrime
					}
					inWord, hasLetter, word = true, true, true
				case unicode.IsDigit(r):
					h = (h ^ '0') * fnvPrime
					inWord, hasDigit, word = true, true, true
				}
				k += size
				if word || !inWord {
					continue
				}
				// The word ends here.
				var t uint64
				if hasLetter {
					words++
					t = h
				} else if hasDigit {
					t = hashNum
				}
				if hasLetter || hasDigit {
					s.emit(t)
				}
				h, inWord, hasLetter, hasDigit = fnvOffset, false, false, false
			}
			continue
		}
		s.emit(tok)
	}
	return words >= MinWords && latin*2 >= letter
}

// Classes of ASCII bytes for asciiChunk.
const (
	clsPunct  = iota // ends a word
	clsSpace         // ends the chunk
	clsLetter        // a-z, A-Z
	clsDigit         // 0-9
	clsKind          // ':', '@': ends a word, and the chunk may be a link or an address
	clsDot           // '.': ends a word, and the chunk may be a www. link
	clsHigh          // not ASCII
)

// asciiClass classifies every byte value.
var asciiClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = clsHigh
		case asciiSpace[c]:
			t[c] = clsSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = clsLetter
		case '0' <= c && c <= '9':
			t[c] = clsDigit
		case c == '.':
			t[c] = clsDot
		case kindByte[c]:
			t[c] = clsKind
		}
	}
	return t
}()

// asciiChunk is the fast path of run for a chunk (starting at msg[i], not
// white space) that is all ASCII: one pass hashes its words and finds its
// end, and chunkKind runs only if the chunk could be a link or an address. It
// emits the chunk's tokens and returns the chunk's end and how many words
// and letters (all Latin) count. It returns false, having emitted
// nothing, for a chunk with a non-ASCII byte or with more words than it
// buffers: run's general path takes those.
func (s *featState) asciiChunk(msg string, i int) (end, words, letters int, ok bool) {
	toks := &s.toks
	nt, nw, nl := 0, 0, 0
	special, dot := false, false
	h, inWord, hasLetter := uint64(fnvOffset), false, false
	j := i
	for ; ; j++ {
		// The end of msg ends the chunk as white space does.
		cls := byte(clsSpace)
		if j < len(msg) {
			cls = asciiClass[msg[j]]
		}
		switch cls {
		case clsLetter:
			h = (h ^ uint64(msg[j]|0x20)) * fnvPrime
			inWord, hasLetter = true, true
			nl++
			continue
		case clsDigit:
			h = (h ^ '0') * fnvPrime
			inWord = true
			continue
		case clsHigh:
			return 0, 0, 0, false
		case clsKind:
			special = true
		case clsDot:
			dot = true
		}
		if inWord {
			if nt == len(toks) {
				return 0, 0, 0, false
			}
			if hasLetter {
				nw++
				toks[nt] = h
			} else {
				toks[nt] = hashNum
			}
			nt++
			h, inWord, hasLetter = fnvOffset, false, false
		}
		if cls == clsSpace {
			break
		}
	}
	// Without ':' or '@', chunkKind finds only a link starting "www.".
	if special || dot && j-i >= 4 && msg[i]|0x20 == 'w' && msg[i+1]|0x20 == 'w' && msg[i+2]|0x20 == 'w' && msg[i+3] == '.' {
		switch chunkKind(msg[i:j]) {
		case kindURL:
			s.emit(hashURL)
			return j, 0, 0, true
		case kindEmail:
			s.emit(hashEmail)
			return j, 0, 0, true
		}
	}
	for _, t := range toks[:nt] {
		s.emit(t)
	}
	return j, nw, nl, true
}

// fold lower-cases r and strips its accents; s starts with r.
func fold(r rune, s string) rune {
	if d := norm.NFD.PropertiesString(s).Decomposition(); len(d) > 0 {
		if b, _ := utf8.DecodeRune(d); b != utf8.RuneError {
			r = b
		}
	}
	return unicode.ToLower(r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func isLatin(r rune) bool {
	return r < 0x250 || r >= 0x1E00 && r <= 0x1EFF
}

const (
	kindText = iota
	kindURL
	kindEmail
)

// kindByte flags the bytes chunkKind looks at; most chunks have none.
var kindByte = [256]bool{':': true, '@': true, '.': true}

// chunkKind tells links and email addresses from ordinary text.
func chunkKind(c string) int {
	at, dotAfterAt := -1, false
	for k := 0; k < len(c); k++ {
		if !kindByte[c[k]] {
			continue
		}
		switch c[k] {
		case ':':
			if k+2 < len(c) && c[k+1] == '/' && c[k+2] == '/' {
				return kindURL
			}
		case '@':
			if at < 0 {
				at = k
			}
		case '.':
			if at >= 0 && k > at+1 && k+1 < len(c) {
				dotAfterAt = true
			}
		}
	}
	if len(c) >= 4 && (c[0]|0x20) == 'w' && (c[1]|0x20) == 'w' && (c[2]|0x20) == 'w' && c[3] == '.' {
		return kindURL
	}
	if at > 0 && dotAfterAt {
		return kindEmail
	}
	return kindText
}

// mix is a 64-bit finaliser (SplitMix64) spreading hashes over the table.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// chunkToken is a chunk of a message scored by MarginASCII that holds a
// ':', '@' or a leading "www.": its bounds and the token it stands for if
// it is a link or an address (0 if it is text).
type chunkToken struct {
	start, end int
	tok        uint64
}

// wordHashByte maps an ASCII letter to the byte its word's hash takes in
// (lower-cased) and an ASCII digit to '0'.
var wordHashByte = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = '0'
	}
	return t
}()

// hashASCIIWord returns the hash of w, a run of ASCII letters and digits,
// as run hashes a word (letters lower-cased, digits as '0'), and whether
// it has a letter: of its bytes only letters have bit 0x40 set. It is
// kept out of line: inlined in runASCII, its loop's state would be spilled
// to the stack on every byte.
//
//go:noinline
func hashASCIIWord(w string) (h uint64, letter bool) {
	h = fnvOffset
	bits := byte(0)
	for k := 0; k < len(w); k++ {
		c := w[k]
		h = (h ^ uint64(wordHashByte[c&0x7f])) * fnvPrime
		bits |= c
	}
	return h, bits&0x40 != 0
}

// runASCII is run for a msg of ASCII bytes only whose words (maximal runs
// of ASCII letters and digits) are at words, as start and end offsets in
// order. It emits the same tokens without reading the bytes between words
// but to find the ':', '@' and "www." that may make a chunk a link or an
// address. In ASCII text a rune is a byte, so MaxRunes counts bytes, and
// every letter is Latin.
func (s *featState) runASCII(msg string, words [][2]int32, bits uint) bool {
	s.mask = uint32(1)<<bits - 1
	var buf [16]chunkToken
	chunks := buf[:0]
	for p := 0; p < len(msg); p++ {
		// Eight bytes at a time, blocks without ':', '@' or '.' are
		// passed over: the switch below would pass each of their bytes.
		if p&7 == 0 && p+8 <= len(msg) {
			if x := swar.Load64(msg, p); !swar.HasByte(x, ':') && !swar.HasByte(x, '@') && !swar.HasByte(x, '.') {
				p += 7
				continue
			}
		}
		switch msg[p] {
		case ':', '@':
		case '.':
			// A dot matters only in "www." at a chunk's start.
			if p < 3 || msg[p-1]|0x20 != 'w' || msg[p-2]|0x20 != 'w' || msg[p-3]|0x20 != 'w' || p > 3 && !asciiSpace[msg[p-4]] {
				continue
			}
		default:
			continue
		}
		if n := len(chunks); n > 0 && p < chunks[n-1].end {
			continue // in the chunk found last
		}
		cs, ce := p, p
		for cs > 0 && !asciiSpace[msg[cs-1]] {
			cs--
		}
		for ce < len(msg) && !asciiSpace[msg[ce]] {
			ce++
		}
		c := chunkToken{start: cs, end: ce}
		switch chunkKind(msg[cs:ce]) {
		case kindURL:
			c.tok = hashURL
		case kindEmail:
			c.tok = hashEmail
		}
		chunks = append(chunks, c)
	}
	nw, ci := 0, 0
	skipTo := 0 // the end of the last link or address
	for _, sp := range words {
		start, end := int(sp[0]), int(sp[1])
		// The chunks starting before the word, which may be in one.
		for ; ci < len(chunks) && chunks[ci].start <= start; ci++ {
			c := chunks[ci]
			if c.tok == 0 {
				continue
			}
			if c.start >= MaxRunes {
				return nw >= MinWords
			}
			s.emit(c.tok)
			skipTo = c.end
		}
		if start < skipTo {
			continue // the word is part of a link or an address
		}
		if start >= MaxRunes {
			cs := start
			for cs > 0 && !asciiSpace[msg[cs-1]] {
				cs--
			}
			if cs >= MaxRunes {
				return nw >= MinWords
			}
		}
		if h, letter := hashASCIIWord(msg[start:end]); letter {
			nw++
			s.emit(h)
		} else {
			s.emit(hashNum)
		}
	}
	for ; ci < len(chunks); ci++ {
		if c := chunks[ci]; c.tok != 0 {
			if c.start >= MaxRunes {
				break
			}
			s.emit(c.tok)
		}
	}
	return nw >= MinWords
}

package spamtext

import (
	"encoding/binary"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// refFeatures is Features as it was before the allocation-free rewrite: the
// reference the fast path is held to. It calls visit with the feature-table bucket (below 1<<bits) of
// every feature of msg: each word and each pair of adjacent words. Words
// are runs of letters and digits, lower-cased and stripped of accents;
// digits inside words read as 0, digit runs, links and email addresses as
// one token each. Only the first MaxRunes runes are read. It reports
// whether the message is scorable: at least MinWords words, and at least
// half of its letters in the Latin script. The model and the training
// program share it, so they see the same features.
func refFeatures(msg string, bits uint, visit func(bucket uint32)) bool {
	mask := uint32(1)<<bits - 1
	var (
		prev          uint64
		havePrev      bool
		words         int
		latin, letter int
		runes         int
	)
	emit := func(h uint64) {
		visit(uint32(mix(h)) & mask)
		if havePrev {
			visit(uint32(mix(prev*0x9e3779b97f4a7c15^h^0xb1)) & mask)
		}
		prev, havePrev = h, true
	}
	i := 0
	for i < len(msg) && runes < MaxRunes {
		// Skip white space.
		r, size := utf8.DecodeRuneInString(msg[i:])
		if isSpace(r) {
			i += size
			runes++
			continue
		}
		// The chunk up to the next white space.
		j := i
		for j < len(msg) {
			r, size := utf8.DecodeRuneInString(msg[j:])
			if isSpace(r) {
				break
			}
			j += size
			runes++
		}
		chunk := msg[i:j]
		i = j
		switch chunkKind(chunk) {
		case kindURL:
			emit(hashURL)
			continue
		case kindEmail:
			emit(hashEmail)
			continue
		}
		// Words inside the chunk.
		h, inWord, hasLetter, hasDigit := uint64(fnvOffset), false, false, false
		end := func() {
			if !inWord {
				return
			}
			if hasLetter {
				words++
				emit(h)
			} else if hasDigit {
				emit(hashNum)
			}
			h, inWord, hasLetter, hasDigit = fnvOffset, false, false, false
		}
		for k := 0; k < len(chunk); {
			r, size := utf8.DecodeRuneInString(chunk[k:])
			switch {
			case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
				h = (h ^ uint64(r|0x20)) * fnvPrime
				inWord, hasLetter = true, true
				latin++
				letter++
			case r < utf8.RuneSelf && '0' <= r && r <= '9':
				h = (h ^ '0') * fnvPrime
				inWord, hasDigit = true, true
			case r < utf8.RuneSelf:
				end()
			case unicode.Is(unicode.Mn, r):
				// A combining accent: part of the word, folded away.
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
				inWord, hasLetter = true, true
			case unicode.IsDigit(r):
				h = (h ^ '0') * fnvPrime
				inWord, hasDigit = true, true
			default:
				end()
			}
			k += size
		}
		end()
	}
	return words >= MinWords && latin*2 >= letter
}

// refWeights decodes the weight table of the embedded model as Load did
// before it kept the weights as int16: one float32 per bucket.
var refWeights = sync.OnceValue(func() []float32 {
	raw := embedded
	h := raw[len(magic):]
	bits := binary.LittleEndian.Uint32(h[0:])
	scale := math.Float32frombits(binary.LittleEndian.Uint32(h[4:]))
	raw = raw[len(magic)+12:]
	w := make([]float32, 1<<bits)
	for i := range w {
		w[i] = float32(int16(binary.LittleEndian.Uint16(raw[2*i:]))) * scale
	}
	return w
})

// refMargin is Model.Margin of the embedded model m as it was, on top of
// refFeatures and refWeights.
func refMargin(m *Model, msg string) float64 {
	var sum float32
	n := 0
	w := refWeights()
	ok := refFeatures(msg, m.bits, func(b uint32) {
		sum += w[b]
		n++
	})
	if !ok || n == 0 {
		return math.Inf(-1)
	}
	return float64(m.bias) + float64(sum)/math.Sqrt(float64(n))
}

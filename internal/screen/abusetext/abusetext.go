// Package abusetext scores how much a short free-text message reads like
// abuse aimed at its reader: a logistic-regression model over hashed
// character n-grams (two to four letters, lower-cased, NFKC), so that it
// reads every script the same way and an unseen inflection or compound
// ("Drecksladen", "жульё") shares pieces with the words it learnt. It is
// trained by ./train on the abusive rows of testdata/kinds and everything
// else labelled there and in testdata/corpus (genuine leads, spam, pitches,
// bots), never on a held-out round, and embedded uncompressed: loading it
// decodes nothing.
package abusetext

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Model format: magic, then little-endian uint32 bits, float32 scale,
// float32 bias, and 1<<bits int16 weights (weight = int16 * scale).
const magic = "LSABUSE1"

// MaxRunes is how much of a message is read; the rest is ignored.
const MaxRunes = 600

// Model is a trained abuse model. Its methods are safe for concurrent use.
type Model struct {
	bits      uint
	bias      float32
	weights   []float32 // a model being trained
	quantized []byte    // or int16 weights read in place from a model file
	scale     float32
}

// NewModel builds a model from float weights; len(weights) must be a power
// of two. The training program uses it.
func NewModel(bias float32, weights []float32) (*Model, error) {
	n := len(weights)
	if n == 0 || n&(n-1) != 0 {
		return nil, fmt.Errorf("abusetext: %d weights is not a power of two", n)
	}
	bits := uint(0)
	for 1<<bits < n {
		bits++
	}
	return &Model{bits: bits, bias: bias, weights: weights}, nil
}

// weight returns the weight of bucket b.
func (m *Model) weight(b uint32) float32 {
	if m.quantized != nil {
		return float32(int16(binary.LittleEndian.Uint16(m.quantized[2*b:]))) * m.scale
	}
	return m.weights[b]
}

// Probability returns the probability in [0, 1] that msg is abuse aimed
// at its reader; 0 for a message with no letters.
func (m *Model) Probability(msg string) float64 {
	z, ok := m.Logit(msg)
	if !ok {
		return 0
	}
	return 1 / (1 + math.Exp(-z))
}

// Logit returns the model's log-odds for msg, and false when msg has no
// letters to read.
func (m *Model) Logit(msg string) (float64, bool) {
	var sum float64
	n := Features(msg, m.bits, func(b uint32) { sum += float64(m.weight(b)) })
	if n == 0 {
		return 0, false
	}
	return float64(m.bias) + sum/math.Sqrt(float64(n)), true
}

// Features calls visit with the bucket (below 1<<bits) of every
// character n-gram of msg, as often as it occurs, and returns how many it
// visited. The text is NFKC-normalised and lower-cased; a run of anything
// but letters is one space, and the text is read with a space at each
// end, so that n-grams mark where words start and end. The n-grams of one
// start are hashed in one pass, and nothing is allocated for an ASCII
// message: screening calls it on every message that asks nothing. The
// model and the training program share it.
func Features(msg string, bits uint, visit func(bucket uint32)) int {
	if !isASCII(msg) {
		msg = norm.NFKC.String(msg)
	}
	var buf [MaxRunes + 2]rune
	text := append(buf[:0], ' ')
	space := true
	runes := 0
	for _, r := range msg {
		if runes >= MaxRunes {
			break
		}
		runes++
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			text = append(text, unicode.ToLower(r))
			space = false
		} else if !space {
			text = append(text, ' ')
			space = true
		}
	}
	if !space {
		text = append(text, ' ')
	}
	if len(text) < 3 {
		return 0
	}
	mask := uint32(1)<<bits - 1
	count := 0
	for i := range text {
		h := uint64(fnvOffset)
		for n := 1; n <= maxGram && i+n <= len(text); n++ {
			h = (h ^ uint64(text[i+n-1])) * fnvPrime
			if n >= minGram {
				visit(uint32(mix(h^uint64(n))) & mask)
				count++
			}
		}
	}
	return count
}

// isASCII reports whether s is all ASCII, which NFKC leaves as it is.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// The n-gram lengths read.
const (
	minGram = 2
	maxGram = 4
)

// n-grams are hashed with 64-bit FNV-1a, then mixed.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix spreads the hash's bits (the finaliser of splitmix64).
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// WriteTo writes the model in the embedded format, quantising the
// weights to int16.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if m.weights == nil {
		return 0, errors.New("abusetext: only a trained model can be written")
	}
	maxAbs := float32(0)
	for _, x := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	buf := make([]byte, 0, len(magic)+12+2*len(m.weights))
	buf = append(buf, magic...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(m.bits))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(scale))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(m.bias))
	for _, x := range m.weights {
		buf = binary.LittleEndian.AppendUint16(buf, uint16(int16(math.Round(float64(x/scale)))))
	}
	n, err := w.Write(buf)
	return int64(n), err
}

// Load reads a model in the embedded format; the weights are read in
// place from data, which must not change.
func Load(data []byte) (*Model, error) {
	head := len(magic) + 12
	if len(data) < head || string(data[:len(magic)]) != magic {
		return nil, errors.New("abusetext: not a model file")
	}
	bits := uint(binary.LittleEndian.Uint32(data[len(magic):]))
	if bits == 0 || bits > 24 || len(data) != head+2<<bits {
		return nil, fmt.Errorf("abusetext: model of %d bits has %d bytes", bits, len(data))
	}
	return &Model{
		bits:      bits,
		scale:     math.Float32frombits(binary.LittleEndian.Uint32(data[len(magic)+4:])),
		bias:      math.Float32frombits(binary.LittleEndian.Uint32(data[len(magic)+8:])),
		quantized: data[head:],
	}, nil
}

//go:embed model.bin
var embedded []byte

// Default returns the embedded model.
var Default = sync.OnceValue(func() *Model {
	m, err := Load(embedded)
	if err != nil {
		panic(err) // embedded and checked by the tests
	}
	return m
})

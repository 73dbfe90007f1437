// Package spamtext scores how much a free-text message reads like bulk
// spam. It is a logistic-regression model over hashed word unigrams and
// bigrams (lower-cased, accent-folded), trained by ./train on the
// SpamAssassin public corpus and the genuine enquiries of the tuning corpus,
// and embedded uncompressed, so a cold start does not spend milliseconds
// inflating it.
package spamtext

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Model format: magic, then little-endian uint32 bits, float32 scale,
// float32 bias, and 1<<bits int16 weights (weight = int16 * scale).
const magic = "LSSPAMT1"

// MaxRunes is how much of a message is read; the rest is ignored.
const MaxRunes = 1000

// MinWords is the fewest words a message needs to be scored.
const MinWords = 5

// Model is a trained spam-text model. Its methods are safe for concurrent
// use.
type Model struct {
	bits uint
	bias float32
	// The weights, one per feature-table bucket: floats (a model being
	// trained), or int16 times scale read in place from a model file, so
	// that loading the embedded model decodes and allocates nothing.
	weights   []float32
	quantized []byte
	scale     float32
}

// weight returns the weight of bucket b.
func (m *Model) weight(b uint32) float32 {
	if m.quantized != nil {
		return float32(int16(binary.LittleEndian.Uint16(m.quantized[2*b:]))) * m.scale
	}
	return m.weights[b]
}

// NewModel builds a model from float weights; len(weights) must be a power
// of two. The training program uses it before writing the model out.
func NewModel(bias float32, weights []float32) (*Model, error) {
	n := len(weights)
	if n == 0 || n&(n-1) != 0 {
		return nil, fmt.Errorf("spamtext: %d weights is not a power of two", n)
	}
	bits := uint(0)
	for 1<<bits < n {
		bits++
	}
	return &Model{bits: bits, bias: bias, weights: weights}, nil
}

// Bits returns the log2 of the model's feature-table size.
func (m *Model) Bits() uint { return m.bits }

// Margin returns the model's log-odds that msg is spam, or -Inf when msg
// is not scorable (see SpamProbability).
func (m *Model) Margin(msg string) float64 {
	var sum float32
	n := 0
	ok := Features(msg, m.bits, func(b uint32) {
		sum += m.weight(b)
		n++
	})
	if !ok || n == 0 {
		return math.Inf(-1)
	}
	return float64(m.bias) + float64(sum)/math.Sqrt(float64(n))
}

// Scaled returns a copy of m whose log-odds are a*margin + b: the training
// program calibrates probabilities with it.
func (m *Model) Scaled(a, b float32) *Model {
	w := make([]float32, 1<<m.bits)
	for i := range w {
		w[i] = m.weight(uint32(i)) * a
	}
	return &Model{bits: m.bits, bias: m.bias*a + b, weights: w}
}

// SpamProbability returns the probability that msg is spam, in [0, 1].
// Messages with fewer than MinWords words, and messages mostly written in
// non-Latin scripts, get 0: the model knows nothing about them.
func (m *Model) SpamProbability(msg string) float64 {
	z := m.Margin(msg)
	if math.IsInf(z, -1) {
		return 0
	}
	return 1 / (1 + math.Exp(-z))
}

// Write stores the model in its binary format, weights quantized to int16.
// Equal models give equal bytes.
func (m *Model) Write(w io.Writer) error {
	n := uint32(1) << m.bits
	var maxAbs float32
	for i := range n {
		maxAbs = max(maxAbs, float32(math.Abs(float64(m.weight(i)))))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	b := make([]byte, 0, len(magic)+12+2*int(n))
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(m.bits))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.bias))
	for i := range n {
		v := math.Round(float64(m.weight(i) / scale))
		b = binary.LittleEndian.AppendUint16(b, uint16(int16(max(-math.MaxInt16, min(math.MaxInt16, v)))))
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("spamtext: write model: %w", err)
	}
	return nil
}

// Load reads a model written by Write. Gzip-compressed models, as earlier
// versions wrote them, are read too.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("spamtext: read model: %w", err)
	}
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("spamtext: open model: %w", err)
		}
		defer zr.Close()
		if b, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("spamtext: inflate model: %w", err)
		}
	}
	return parse(b)
}

// parse reads a model from its uncompressed bytes.
func parse(b []byte) (*Model, error) {
	if len(b) < len(magic)+12 {
		return nil, errors.New("spamtext: read model header: file too short")
	}
	if string(b[:len(magic)]) != magic {
		return nil, errors.New("spamtext: not a spam-text model")
	}
	h := b[len(magic):]
	bits := binary.LittleEndian.Uint32(h[0:])
	if bits < 4 || bits > 24 {
		return nil, fmt.Errorf("spamtext: bad table size 2^%d", bits)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(h[4:]))
	bias := math.Float32frombits(binary.LittleEndian.Uint32(h[8:]))
	raw := h[12:]
	n := 2 << bits
	switch {
	case len(raw) < n:
		return nil, fmt.Errorf("spamtext: read weights: %d bytes, want %d", len(raw), n)
	case len(raw) > n:
		return nil, errors.New("spamtext: trailing data after weights")
	}
	// The weights stay where they are: parse's callers hand it bytes
	// nobody changes (the embedded model, or Load's own copy).
	return &Model{bits: uint(bits), bias: bias, quantized: raw[:n:n], scale: scale}, nil
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the embedded model, loaded once. It panics if the
// embedded file is corrupt, which the package tests rule out.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := parse(embedded)
		if err != nil {
			panic(fmt.Errorf("spamtext: embedded model: %w", err))
		}
		defaultModel = m
	})
	return defaultModel
}

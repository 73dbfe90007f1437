// Package textmodel is the stored form the screening's trained text
// models share (the spam-text and abuse models): the weights of a logistic
// regression over hashed text features, one per bucket of a table of
// 1<<bits, kept as int16 times one scale so that a model embedded in the
// binary is read in place, decoding and allocating nothing at a cold
// start. Each model package owns its features and how it scores them.
//
// The file format: an eight-byte magic naming the model, then
// little-endian uint32 bits, float32 scale, float32 bias, and 1<<bits
// int16 weights (weight = int16 * scale).
package textmodel

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// MaxBits is the largest feature table a model may have.
const MaxBits = 24

// Model holds a model's bias and weights. Its methods are safe for
// concurrent use.
type Model struct {
	bits uint
	bias float32
	// The weights: floats (a model being trained), or int16 times scale
	// read in place from a model file.
	weights   []float32
	quantized []byte
	scale     float32
}

// New builds a model from float weights; len(weights) must be a power of
// two. The training programs use it.
func New(bias float32, weights []float32) (*Model, error) {
	n := len(weights)
	if n == 0 || n&(n-1) != 0 || n > 1<<MaxBits {
		return nil, fmt.Errorf("textmodel: %d weights is not a power of two up to 2^%d", n, MaxBits)
	}
	bits := uint(0)
	for 1<<bits < n {
		bits++
	}
	return &Model{bits: bits, bias: bias, weights: weights}, nil
}

// Bits returns the log2 of the model's feature-table size.
func (m *Model) Bits() uint { return m.bits }

// Bias returns the model's bias.
func (m *Model) Bias() float32 { return m.bias }

// Weight returns the weight of bucket b (below 1<<Bits()).
func (m *Model) Weight(b uint32) float32 {
	if m.quantized != nil {
		return float32(int16(binary.LittleEndian.Uint16(m.quantized[2*b:]))) * m.scale
	}
	return m.weights[b]
}

// Write stores m in the file format under magic, its weights quantised to
// int16. Equal models give equal bytes.
func (m *Model) Write(w io.Writer, magic string) error {
	if len(magic) != magicLen {
		return fmt.Errorf("textmodel: magic %q is not %d bytes", magic, magicLen)
	}
	n := uint32(1) << m.bits
	var maxAbs float32
	for i := range n {
		maxAbs = max(maxAbs, float32(math.Abs(float64(m.Weight(i)))))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	b := make([]byte, 0, headerLen+2*int(n))
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(m.bits))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.bias))
	for i := range n {
		v := math.Round(float64(m.Weight(i) / scale))
		b = binary.LittleEndian.AppendUint16(b, uint16(int16(max(-math.MaxInt16, min(math.MaxInt16, v)))))
	}
	_, err := w.Write(b)
	return err
}

const (
	magicLen  = 8
	headerLen = magicLen + 12
)

// Parse reads a model written under magic. The weights stay in data,
// which must not change afterwards (an embedded file, or a copy of the
// caller's own).
func Parse(data []byte, magic string) (*Model, error) {
	if len(data) < headerLen {
		return nil, errors.New("textmodel: file too short for a model header")
	}
	if string(data[:magicLen]) != magic {
		return nil, fmt.Errorf("textmodel: not a %s model", magic)
	}
	h := data[magicLen:]
	bits := uint(binary.LittleEndian.Uint32(h[0:]))
	if bits == 0 || bits > MaxBits {
		return nil, fmt.Errorf("textmodel: bad table size 2^%d", bits)
	}
	if n := headerLen + 2<<bits; len(data) != n {
		return nil, fmt.Errorf("textmodel: a model of 2^%d weights has %d bytes, not %d", bits, n, len(data))
	}
	return &Model{
		bits:      bits,
		scale:     math.Float32frombits(binary.LittleEndian.Uint32(h[4:])),
		bias:      math.Float32frombits(binary.LittleEndian.Uint32(h[8:])),
		quantized: data[headerLen:],
	}, nil
}

// Mix spreads a feature's 64-bit hash over the table (the finaliser of
// SplitMix64), so that the low bits that pick a bucket depend on all of
// the hash.
func Mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

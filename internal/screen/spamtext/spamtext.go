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
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/leadsieve/leadsieve/internal/screen/textmodel"
)

// magic names the model in its file (format: package textmodel).
const magic = "LSSPAMT1"

// MaxRunes is how much of a message is read; the rest is ignored.
const MaxRunes = 1000

// MinWords is the fewest words a message needs to be scored.
const MinWords = 5

// Model is a trained spam-text model. Its methods are safe for concurrent
// use.
type Model struct{ *textmodel.Model }

// NewModel builds a model from float weights; len(weights) must be a power
// of two. The training program uses it before writing the model out.
func NewModel(bias float32, weights []float32) (*Model, error) {
	m, err := textmodel.New(bias, weights)
	if err != nil {
		return nil, fmt.Errorf("spamtext: %w", err)
	}
	return &Model{m}, nil
}

// Margin returns the model's log-odds that msg is spam, or -Inf when msg
// is not scorable (see SpamProbability).
func (m *Model) Margin(msg string) float64 {
	var sum float32
	n := 0
	ok := Features(msg, m.Bits(), func(b uint32) {
		sum += m.Weight(b)
		n++
	})
	if !ok || n == 0 {
		return math.Inf(-1)
	}
	return float64(m.Bias()) + float64(sum)/math.Sqrt(float64(n))
}

// Scaled returns a copy of m whose log-odds are a*margin + b: the training
// program calibrates probabilities with it.
func (m *Model) Scaled(a, b float32) *Model {
	w := make([]float32, 1<<m.Bits())
	for i := range w {
		w[i] = m.Weight(uint32(i)) * a
	}
	s, _ := textmodel.New(m.Bias()*a+b, w) // as many weights as m: a power of two
	return &Model{s}
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
	if err := m.Model.Write(w, magic); err != nil {
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

// parse reads a model from its uncompressed bytes, in place.
func parse(b []byte) (*Model, error) {
	m, err := textmodel.Parse(b, magic)
	if err != nil {
		return nil, fmt.Errorf("spamtext: %w", err)
	}
	return &Model{m}, nil
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

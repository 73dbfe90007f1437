// Package abusetext scores how much a short free-text message reads like
// abuse aimed at its reader: a logistic-regression model over hashed
// character n-grams (two to four letters, lower-cased, NFKC), so that it
// reads every script the same way and an unseen inflection or compound
// ("Drecksladen", "жульё") shares pieces with the words it learnt. It is
// trained by ./train on the abusive rows of testdata/kinds and everything
// else labelled there and in testdata/corpus (genuine leads, spam, pitches,
// bots), never on a held-out round, beside a corpus written for it in
// about 270 language tags and every major script (train/world/: the
// labelled sets hold only the languages earlier rounds happened to use),
// and embedded uncompressed: loading it decodes nothing.
//
// A second model of the same features and format (DefaultAdvert, task
// direction6) scores how much a message reads like an advert — spam or a
// vendor pitch — against genuine leads, in every script: the spam model
// of package spamtext reads Latin text only, and scores 0 for the Chinese,
// Korean or Arabic adverts that carry a messenger handle.
package abusetext

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sync"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/screen/textmodel"
	"golang.org/x/text/unicode/norm"
)

// magic names the model in its file (format: package textmodel).
const magic = "LSABUSE1"

// MaxRunes is how much of a message is read; the rest is ignored.
const MaxRunes = 600

// Model is a trained abuse model. Its methods are safe for concurrent use.
type Model struct{ *textmodel.Model }

// NewModel builds a model from float weights; len(weights) must be a power
// of two. The training program uses it.
func NewModel(bias float32, weights []float32) (*Model, error) {
	m, err := textmodel.New(bias, weights)
	if err != nil {
		return nil, fmt.Errorf("abusetext: %w", err)
	}
	return &Model{m}, nil
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
	n := Features(msg, m.Bits(), func(b uint32) { sum += float64(m.Weight(b)) })
	if n == 0 {
		return 0, false
	}
	return float64(m.Bias()) + sum/math.Sqrt(float64(n)), true
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
				visit(uint32(textmodel.Mix(h^uint64(n))) & mask)
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

// WriteTo writes the model in the embedded format, quantising the
// weights to int16.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if err := m.Model.Write(&buf, magic); err != nil {
		return 0, fmt.Errorf("abusetext: %w", err)
	}
	return buf.WriteTo(w)
}

// Load reads a model in the embedded format; the weights are read in
// place from data, which must not change.
func Load(data []byte) (*Model, error) {
	m, err := textmodel.Parse(data, magic)
	if err != nil {
		return nil, fmt.Errorf("abusetext: %w", err)
	}
	return &Model{m}, nil
}

//go:embed model.bin
var embedded []byte

//go:embed advert.bin
var embeddedAdvert []byte

// Default returns the embedded model.
var Default = sync.OnceValue(func() *Model {
	m, err := Load(embedded)
	if err != nil {
		panic(err) // embedded and checked by the tests
	}
	return m
})

// DefaultAdvert returns the embedded advert model: the probability it
// gives is that a message is an advert (spam or a vendor pitch) rather
// than a genuine lead's.
var DefaultAdvert = sync.OnceValue(func() *Model {
	m, err := Load(embeddedAdvert)
	if err != nil {
		panic(err) // embedded and checked by the tests
	}
	return m
})

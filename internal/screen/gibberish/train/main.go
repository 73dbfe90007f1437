// Command train regenerates internal/screen/gibberish/model.bin from the name and
// word lists under internal/screen/gibberish/data and from synthetic keyboard mash
// generated with a fixed seed, so the output is reproducible.
//
// Usage (from the repository root):
//
//	go run ./internal/screen/gibberish/train [-data internal/screen/gibberish/data] [-out internal/screen/gibberish/model.bin]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

func main() {
	dataDir := flag.String("data", "internal/screen/gibberish/data", "directory holding names/ and words/")
	out := flag.String("out", "internal/screen/gibberish/model.bin", "model file to write")
	flag.Parse()
	if err := run(*dataDir, *out); err != nil {
		slog.Error("train failed", "err", err)
		os.Exit(1)
	}
}

// readLists reads every *.txt file under dir, one item a line.
func readLists(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	slices.Sort(files)
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("opening list: %w", err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if t := strings.TrimSpace(sc.Text()); t != "" {
				out = append(out, t)
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("reading %s: %w", f, err)
		}
	}
	return out, nil
}

// heldOut reports whether a text belongs to the calibration split.
func heldOut(s string) bool {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()%10 == 0
}

func run(dataDir, out string) error {
	names, err := readLists(filepath.Join(dataDir, "names"))
	if err != nil {
		return err
	}
	wordList, err := readLists(filepath.Join(dataDir, "words"))
	if err != nil {
		return err
	}
	var train gibberish.TrainingSet
	var calNames []string
	for _, n := range names {
		if heldOut(n) {
			calNames = append(calNames, n)
			continue
		}
		train.Texts = append(train.Texts, n)
		train.Weights = append(train.Weights, 1)
	}
	for _, w := range wordList {
		if heldOut(w) {
			calNames = append(calNames, w)
			continue
		}
		// Words and company terms help with the company field but should
		// not drown the names: half weight.
		train.Texts = append(train.Texts, w)
		train.Weights = append(train.Weights, 0.5)
	}
	mash := gibberish.TrainingSet{Texts: generateMash(rand.New(rand.NewPCG(1, 2)), 40000)}
	m := gibberish.Train(train, mash)

	// Calibration: held-out names alone and paired into full names, against
	// fresh mash from another seed.
	r := rand.New(rand.NewPCG(3, 4))
	var samples []gibberish.Sample
	for i, n := range calNames {
		samples = append(samples, gibberish.Sample{Text: n})
		if i%2 == 0 {
			samples = append(samples, gibberish.Sample{Text: n + " " + calNames[r.IntN(len(calNames))]})
		}
	}
	for _, s := range generateMash(r, len(samples)/2) {
		samples = append(samples, gibberish.Sample{Text: s, Mash: true})
	}
	w0, w1, w2 := m.Calibrate(samples, 10)

	var fp, fn, nGenuine, nMash int
	for _, s := range samples {
		if len([]rune(s.Text)) <= 3 {
			continue
		}
		flagged := m.IsGibberish(s.Text)
		if s.Mash {
			nMash++
			if !flagged {
				fn++
			}
		} else {
			nGenuine++
			if flagged {
				fp++
			}
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("creating model file: %w", err)
	}
	size, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("closing model file: %w", cerr)
	}
	if err != nil {
		return err
	}
	fmt.Printf("trained on %d texts, %d mash; calibration w0=%.3f w1=%.3f w2=%.3f\n", len(train.Texts), len(mash.Texts), w0, w1, w2)
	fmt.Printf("calibration split: genuine flagged %d/%d (%.2f%%), mash missed %d/%d (%.2f%%)\n",
		fp, nGenuine, 100*float64(fp)/float64(nGenuine), fn, nMash, 100*float64(fn)/float64(nMash))
	fmt.Printf("wrote %s (%d bytes)\n", out, size)
	return nil
}

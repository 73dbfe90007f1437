// Package labelled writes the labelled sets of testdata/kinds: form
// submissions in leadctl's batch input format, each with the label,
// category, family and source that `leadctl eval` scores by. The sets'
// generators (gen, identity) were written by different people from the
// descriptions of the kinds; what they share is only this file format.
package labelled

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Record is one line of a set.
type Record struct {
	ID          string            `json:"id"`
	FormID      string            `json:"form_id"`
	SubmittedAt string            `json:"submitted_at"`
	Fields      map[string]string `json:"fields"`
	Context     map[string]any    `json:"context"`
	Label       string            `json:"label"`
	Category    string            `json:"category"`
	Family      string            `json:"family"`
	Source      string            `json:"source"`
}

// RandomTime is a time in the sixty days from start.
func RandomTime(r *rand.Rand, start time.Time) time.Time {
	return start.Add(time.Duration(r.Int64N(int64(60 * 24 * time.Hour))))
}

// Shuffle puts recs in a random order, so that a record's place (and the
// id Write gives it) says nothing of its family.
func Shuffle(r *rand.Rand, recs []*Record) {
	r.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
}

// Write numbers recs (prefix and four digits, in their order) and writes
// them to path, one JSON object a line.
func Write(path string, recs []*Record, prefix string) error {
	var b bytes.Buffer
	for i, rec := range recs {
		rec.ID = fmt.Sprintf("%s%04d", prefix, i+1)
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// CheckGenerated fails t unless committed (a path relative to the
// generator's folder, the test's working directory) is what the generator
// writes now, so that a row edited in the generator shows up in the file
// and the other way round.
func CheckGenerated(t *testing.T, committed string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), filepath.Base(committed))
	cmd := exec.Command("go", "run", ".", "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		wd, _ := os.Getwd()
		t.Fatalf("%s differs from the generator's output: run go run ./%s", committed, filepath.Join("testdata", "kinds", filepath.Base(wd)))
	}
}

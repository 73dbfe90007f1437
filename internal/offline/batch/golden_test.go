package batch_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

// The golden digest pins the behaviour of the whole offline judging path
// (decode, intake normalization, screening, qualification, encoding) on the
// three shipped data sets. Regenerate it with
//
//	go test ./internal/offline/batch -run TestGoldenDigest -update-golden
//
// only when a change is meant to alter verdicts, scores, reasons or the
// output format, and say so in the commit. A pure performance change must
// leave it untouched.
var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/golden.sha256 from the current behaviour")

// goldenDump, when set, names a directory to write the full per-line dumps
// to, for diffing before and after a change.
var goldenDump = flag.String("golden-dump", "", "write the per-line output and judgment dumps to this directory")

// goldenFiles are the data sets the digest covers, relative to this package.
var goldenFiles = []string{
	"../../../testdata/backtest/history.jsonl",
	"../../../testdata/corpus/tuning.jsonl",
	"../../../testdata/corpus/holdout.jsonl",
}

// goldenDumps screens every line of path twice, each time with a fresh
// screener (the velocity counters are part of the behaviour): once as
// `leadctl screen` does, giving the output lines, and once through
// Submission and JudgeWith, giving the full judgment (both verdicts, scores,
// every reason, grade, segment, qualification flags, suggestion).
func goldenDumps(t *testing.T, path string) (outputs, judgments []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var outBuf, judgeBuf bytes.Buffer
	screener, judger := newScreener(t), newScreener(t)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 256<<10), 4<<20)
	n := 0
	var line []byte
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		in, err := batch.Decode(sc.Bytes())
		var o batch.Output
		if err != nil {
			o = batch.ErrorOutput(in, n, err)
		} else {
			o = screener.Screen(ctx, in)
		}
		line = append(o.AppendJSON(line[:0]), '\n')
		outBuf.Write(line)

		in, err = batch.Decode(sc.Bytes())
		if err != nil {
			fmt.Fprintf(&judgeBuf, "%d error %q\n", n, err)
			continue
		}
		sub, sf, err := judger.Submission(in)
		if err != nil {
			fmt.Fprintf(&judgeBuf, "%d error %q\n", n, err)
			continue
		}
		j := judger.Judge.JudgeWith(ctx, sf, sub)
		b, err := json.Marshal(j)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&judgeBuf, "%d %s\n", n, b)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return outBuf.Bytes(), judgeBuf.Bytes()
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestGoldenDigest holds the judging path to the checked-in digests of its
// output on the shipped data sets.
func TestGoldenDigest(t *testing.T) {
	const goldenPath = "testdata/golden.sha256"
	var got strings.Builder
	for _, path := range goldenFiles {
		outs, judgments := goldenDumps(t, path)
		name := filepath.Base(path)
		fmt.Fprintf(&got, "%s  %s output\n", digest(outs), name)
		fmt.Fprintf(&got, "%s  %s judgment\n", digest(judgments), name)
		if *goldenDump != "" {
			if err := os.MkdirAll(*goldenDump, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*goldenDump, name+".out"), outs, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*goldenDump, name+".judgment"), judgments, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if *updateGolden {
		if err := os.WriteFile(goldenPath, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (create it with -update-golden)", err)
	}
	if got.String() != string(want) {
		t.Fatalf("judging output changed on the shipped data sets:\n got:\n%s want:\n%s"+
			"Run with -golden-dump DIR before and after the change to see which lines differ; "+
			"regenerate with -update-golden only if the change is meant to alter behaviour.", got.String(), want)
	}
}

// TestGoldenDumpDeterministic guards the digest itself: two runs over the
// same data must agree, or the digest would pin nothing.
func TestGoldenDumpDeterministic(t *testing.T) {
	a, ja := goldenDumps(t, goldenFiles[0])
	b, jb := goldenDumps(t, goldenFiles[0])
	if !bytes.Equal(a, b) || !bytes.Equal(ja, jb) {
		t.Fatal("screening the same data twice gave different output")
	}
	for _, want := range []string{`"verdict":"qualified"`, `"verdict":"review"`, `"verdict":"nurture"`, `"code":"spam_model"`} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("history output lacks %s", want)
		}
	}
	if n := bytes.Count(a, []byte("\n")); n != 60 {
		t.Errorf("history output has %d lines, want 60", n)
	}
}

package screen

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
	"github.com/leadsieve/leadsieve/internal/screen/spamtext"
)

// msgCorpusFiles are the shipped corpora whose messages the message
// detector's benchmarks and equivalence tests loop over.
var msgCorpusFiles = []string{
	"../../testdata/corpus/tuning.jsonl",
	"../../testdata/corpus/holdout.jsonl",
	"../../testdata/backtest/history.jsonl",
}

// loadMessages returns the non-empty messages of the JSON-lines files at
// paths, at most limit of them (0: all), skipping files that do not exist.
func loadMessages(tb testing.TB, limit int, paths ...string) []string {
	return loadField(tb, "message", limit, paths...)
}

// loadField returns the non-empty values of the string field of the
// submissions in the JSON-lines files at paths, at most limit of them (0:
// all), skipping files that do not exist.
func loadField(tb testing.TB, field string, limit int, paths ...string) []string {
	tb.Helper()
	var out []string
	for _, path := range paths {
		f, err := os.Open(path)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 4<<20)
		for sc.Scan() && (limit == 0 || len(out) < limit) {
			var line struct {
				Fields map[string]json.RawMessage `json:"fields"`
			}
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			var v string
			if raw, ok := line.Fields[field]; ok && json.Unmarshal(raw, &v) == nil && v != "" {
				out = append(out, v)
			}
		}
		f.Close()
	}
	return out
}

// msgEngine is an engine with the real name and spam-text models, as
// leadctl wires them.
func msgEngine(tb testing.TB) *Engine {
	return testEngine(tb, nil, func(d *Deps) {
		d.Names = gibberish.Default()
		d.SpamModel = spamtext.Default()
		d.Counter = nil
	})
}

// BenchmarkMessageDetect runs the message detector over varied messages:
// the shipped corpora, and the first lines of the leadctl benchmark files
// when they are present (/tmp/50k.jsonl, /tmp/gen50k.jsonl).
func BenchmarkMessageDetect(b *testing.B) {
	e := msgEngine(b)
	d := messageDetector{e}
	sets := []struct {
		name  string
		paths []string
	}{
		{"corpus", msgCorpusFiles},
		{"history", []string{"../../testdata/backtest/history.jsonl"}},
	}
	for _, s := range sets {
		msgs := loadMessages(b, 5000, s.paths...)
		if len(msgs) == 0 {
			continue
		}
		b.Run(filepath.Base(s.name), func(b *testing.B) {
			benchDetect(b, e, d, msgs, false)
		})
		b.Run(filepath.Base(s.name)+"-cold", func(b *testing.B) {
			benchDetect(b, e, d, msgs, true)
		})
	}
}

// evictBuf is read between the messages of the cold benchmarks.
var evictBuf = make([]byte, 2<<20)

// benchDetect runs d over msgs. With cold set, it reads 2 MB between two
// messages, as the rest of the pipeline does between two leads, so that
// the detector's tables come from memory rather than from the caches; the
// reading is not timed.
func benchDetect(b *testing.B, e *Engine, d messageDetector, msgs []string, cold bool) {
	subs := make([]lead.Submission, len(msgs))
	ins := make([]Input, len(msgs))
	for i, m := range msgs {
		subs[i].Fields.Message = m
		ins[i] = Input{Sub: &subs[i], eng: e}
	}
	ctx := context.Background()
	sink := byte(0)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if cold {
			b.StopTimer()
			for k := 0; k < len(evictBuf); k += 64 {
				sink += evictBuf[k]
				evictBuf[k] = sink
			}
			b.StartTimer()
		}
		d.Detect(ctx, &ins[i%len(ins)])
	}
}

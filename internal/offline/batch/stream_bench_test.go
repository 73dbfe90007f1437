package batch_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

// streamLines builds a stream of about n lines from the data set at path,
// as an export would look: the data set repeated, every copy with its own
// ids and client IPs (so the velocity counters see new addresses, as they
// would in a real export, rather than one IP submitting thousands of
// times).
func streamLines(b *testing.B, path string, n int) [][]byte {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	src := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	ids := regexp.MustCompile(`"id": ?"`)
	ips := regexp.MustCompile(`"ip": ?"[^"]*"`)
	var out [][]byte
	for pass := 0; len(out) < n; pass++ {
		for i, line := range src {
			ip := fmt.Sprintf(`"ip":"10.%d.%d.%d"`, pass%250, pass/250%250, i%250)
			l := ids.ReplaceAll(line, fmt.Appendf(nil, `"id":"p%d-`, pass))
			out = append(out, ips.ReplaceAll(l, []byte(ip)))
		}
	}
	return out[:n]
}

// BenchmarkScreenStream is `leadctl screen` on a stream of 50,000 lines,
// one line per op: read, decode, judge (offline, in-memory counters),
// encode, write, reusing one decoder and one submission as the command
// does. lines/s is the throughput; run it on one core with
// -cpu 1. "history" is the back-test history (60 typical submissions);
// "corpus" is the labeled corpus (2,400 varied ones, a third of them
// junk with long spam texts).
func BenchmarkScreenStream(b *testing.B) {
	for _, ds := range []struct{ name, path string }{
		{"history", "../../../testdata/backtest/history.jsonl"},
		{"corpus", "../../../testdata/corpus/tuning.jsonl"},
	} {
		b.Run(ds.name, func(b *testing.B) {
			lines := streamLines(b, ds.path, 50000)
			// As `leadctl screen` does: a larger heap, fewer collections.
			defer debug.SetGCPercent(debug.SetGCPercent(400))
			ctx := context.Background()
			out := bufio.NewWriterSize(discard{}, 64<<10)
			var buf []byte
			var s *batch.Screener
			var (
				dec batch.Decoder
				sub lead.Submission
			)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if i%len(lines) == 0 {
					// A fresh run: new counters, as each `leadctl
					// screen` starts with.
					b.StopTimer()
					s = newScreener(b)
					b.StartTimer()
				}
				line := lines[i%len(lines)]
				var o batch.Output
				if in, err := dec.Decode(line); err != nil {
					o = batch.ErrorOutput(in, i, err)
				} else {
					o = s.ScreenReusing(ctx, in, &sub)
				}
				buf = append(o.AppendJSON(buf[:0]), '\n')
				if _, err := out.Write(buf); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lines/s")
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

package batch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// velocityStream is the back-test history five times over, each copy with
// its own ids: the same addresses and IPs come back, so the velocity
// checks fire with counts that depend on which lines came before.
func velocityStream(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../../../testdata/backtest/history.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for i := range 5 {
		b.Write(bytes.ReplaceAll(data, []byte(`"id": "h`), fmt.Appendf(nil, `"id": "c%d-h`, i)))
	}
	return b.Bytes()
}

// screenOneByOne is the reference for ScreenLines: every line decoded,
// judged and encoded in turn, on this goroutine.
func screenOneByOne(t *testing.T, input []byte) []byte {
	t.Helper()
	s := newScreener(t)
	var out bytes.Buffer
	for n, line := range bytes.Split(input, []byte("\n")) {
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			continue
		}
		in, err := batch.Decode(line)
		var o batch.Output
		if err != nil {
			o = batch.ErrorOutput(in, n+1, err)
		} else {
			o = s.Screen(context.Background(), in)
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		out.Write(b)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

func screenLines(t *testing.T, input []byte, workers int) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := newScreener(t).ScreenLines(context.Background(), bytes.NewReader(input), &out, batch.StreamOptions{Workers: workers}); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestScreenLinesSameOutputOnAnyCores: judging on several goroutines
// gives, byte for byte, what judging one line after another gives, with
// one core or two, run after run, velocity counts included.
func TestScreenLinesSameOutputOnAnyCores(t *testing.T) {
	input := velocityStream(t)
	want := screenOneByOne(t, input)
	if n := bytes.Count(want, []byte(`"code":"email_velocity"`)); n < 50 {
		t.Fatalf("only %d email_velocity reasons: the stream does not exercise the counters' order", n)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		for _, workers := range []int{0, 1, 2, 8, 8, 8} {
			if got := screenLines(t, input, workers); !bytes.Equal(got, want) {
				t.Fatalf("GOMAXPROCS=%d, %d workers: output differs from judging one line at a time:\n%s",
					procs, workers, firstDifference(got, want))
			}
		}
	}
}

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}

// TestScreenLinesNumbersAndErrors: blank lines are skipped but counted, a
// carriage return before the newline is dropped, and a line that cannot
// be read gets an error result carrying its number (or id).
func TestScreenLinesNumbersAndErrors(t *testing.T) {
	input := "\n" +
		`{"id":"a1","form_id":"contact-sales","fields":{"email":"a@b.co"}}` + "\r\n" +
		"\n" +
		`{"id":"a2", "form_id": ` + "\n" +
		`{"id":"a3","fields":{}}` + "\n" +
		`[1,2]`
	got := screenLines(t, []byte(input), 2)
	var outs []batch.Output
	for _, l := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		var o batch.Output
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, o)
	}
	if len(outs) != 4 {
		t.Fatalf("got %d result lines, want 4:\n%s", len(outs), got)
	}
	if outs[0].ID != "a1" || outs[0].Error != "" || outs[0].Verdict == "" {
		t.Errorf("line 2: %+v", outs[0])
	}
	if outs[1].Line != 4 || !strings.HasPrefix(outs[1].Error, "malformed line") {
		t.Errorf("line 4: %+v", outs[1])
	}
	if outs[2].ID != "a3" || outs[2].Error != "missing form_id" {
		t.Errorf("line 5: %+v", outs[2])
	}
	if outs[3].Line != 6 || !strings.HasPrefix(outs[3].Error, "malformed line") {
		t.Errorf("line 6: %+v", outs[3])
	}
}

// exportStream is velocityStream shuffled, so that lines are not in
// submitted_at order, with lines the screening cannot judge among them:
// unreadable, without a form, with a value that is not a scalar (its
// address still counts), without a time.
func exportStream(t *testing.T) []byte {
	t.Helper()
	lines := bytes.Split(bytes.TrimSpace(velocityStream(t)), []byte("\n"))
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	odd := []string{
		`not json`,
		``,
		`{"id":"x1","submitted_at":"2026-07-01T08:15:00Z","fields":{"email":"maria.kim@northwind-traders.com"},"context":{"ip":"198.51.100.1"}}`,
		`{"id":"x2","form_id":"contact-sales","submitted_at":"2026-07-01T08:15:00Z","fields":{"email":"maria.kim@northwind-traders.com","tags":["a"]}}`,
		`{"id":"x3","form_id":"contact-sales","fields":{"email":"maria.kim@northwind-traders.com"},"context":{"ip":"198.51.100.1"}}`,
	}
	for i, l := range odd {
		at := (i + 1) * len(lines) / (len(odd) + 1)
		lines = slices.Insert(lines, at, []byte(l))
	}
	return append(bytes.Join(lines, []byte("\n")), '\n')
}

// TestScreenExportSameAsLayOutThenOneByOne: ScreenExport, which decodes
// each line once for both passes, writes byte for byte what laying the
// export out with LayOut and then judging one line at a time writes, on
// any number of cores.
func TestScreenExportSameAsLayOutThenOneByOne(t *testing.T) {
	input := exportStream(t)
	want := layOutThenOneByOne(t, input, config.Forms())
	for _, code := range []string{"email_velocity", "submission_burst"} {
		if !bytes.Contains(want, []byte(`"code":"`+code+`"`)) {
			t.Fatalf("no %s reason: the export does not exercise the timeline", code)
		}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		for _, workers := range []int{0, 1, 3} {
			if got := screenExport(t, input, config.Forms(), workers); !bytes.Equal(got, want) {
				t.Fatalf("GOMAXPROCS=%d, %d workers: output differs from LayOut and one line at a time:\n%s",
					procs, workers, firstDifference(got, want))
			}
		}
	}
}

// TestScreenExportHoneypotNamedAsAddress: a form whose honeypot is named
// as an address field ("mail") judges the line without it, while LayOut,
// which knows no forms, lays the line out with it; ScreenExport lays it
// out as LayOut does.
func TestScreenExportHoneypotNamedAsAddress(t *testing.T) {
	formsYAML := []byte("forms:\n  - id: contact\n    name: Contact\n    honeypot: mail\n")
	var input bytes.Buffer
	for i := range 8 {
		hp := ""
		if i%2 == 0 {
			hp = `,"mail":"bot@padaria.com.br"`
		}
		fmt.Fprintf(&input, `{"id":"p%d","form_id":"contact","submitted_at":"2026-10-03T14:%02d:05Z","fields":{"email":"ana@padaria.com.br"%s},"context":{"ip":"203.0.113.%d"}}`+"\n", i, i, hp, i)
	}
	want := layOutThenOneByOne(t, input.Bytes(), formsYAML)
	if got := screenExport(t, input.Bytes(), formsYAML, 2); !bytes.Equal(got, want) {
		t.Fatalf("output differs from LayOut and one line at a time:\n%s", firstDifference(got, want))
	}
}

// layOutThenOneByOne is the reference for ScreenExport: the export laid
// out with LayOut, then every line decoded, judged and encoded in turn.
func layOutThenOneByOne(t *testing.T, input, formsYAML []byte) []byte {
	t.Helper()
	tl := screen.NewTimeline()
	batch.LayOut(tl, input)
	s := newScreenerWith(t, tl, formsYAML)
	var out bytes.Buffer
	for n, line := range bytes.Split(input, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var o batch.Output
		if in, err := batch.Decode(line); err != nil {
			o = batch.ErrorOutput(in, n+1, err)
		} else {
			o = s.Screen(context.Background(), in)
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		out.Write(append(b, '\n'))
	}
	return out.Bytes()
}

func screenExport(t *testing.T, input, formsYAML []byte, workers int) []byte {
	t.Helper()
	tl := screen.NewTimeline()
	var out bytes.Buffer
	err := newScreenerWith(t, tl, formsYAML).ScreenExport(context.Background(), bytes.NewReader(input), &out, tl, batch.StreamOptions{Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestScreenExportTooLongLine: as with ScreenLines, the lines before a
// line over the limit are written, then the error is returned.
func TestScreenExportTooLongLine(t *testing.T) {
	input := `{"id":"a1","form_id":"f"}` + "\n" + strings.Repeat("x", batch.MaxLineLen+1) + "\n"
	var out bytes.Buffer
	tl := screen.NewTimeline()
	err := newScreenerOn(t, tl).ScreenExport(context.Background(), strings.NewReader(input), &out, tl, batch.StreamOptions{})
	if err == nil || !strings.Contains(err.Error(), "reading line 2") {
		t.Fatalf("err = %v, want a read error at line 2", err)
	}
	if !strings.Contains(out.String(), `"id":"a1"`) {
		t.Errorf("the line before the error is missing: %q", out.String())
	}
}

// TestScreenLinesTooLongLine: a line over the limit stops the stream with
// its number, after the lines before it are written.
func TestScreenLinesTooLongLine(t *testing.T) {
	input := `{"id":"a1","form_id":"f"}` + "\n" + strings.Repeat("x", batch.MaxLineLen+1) + "\n"
	var out bytes.Buffer
	err := newScreener(t).ScreenLines(context.Background(), strings.NewReader(input), &out, batch.StreamOptions{})
	if err == nil || !strings.Contains(err.Error(), "reading line 2") {
		t.Fatalf("err = %v, want a read error at line 2", err)
	}
	if !strings.Contains(out.String(), `"id":"a1"`) {
		t.Errorf("the line before the error is missing: %q", out.String())
	}
}

type failingWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n += len(p); w.n > 10000 {
		return 0, errWrite
	}
	return len(p), nil
}

// TestScreenLinesWriteError: a failing writer stops the stream with its
// error (and the goroutines end).
func TestScreenLinesWriteError(t *testing.T) {
	input := velocityStream(t)
	err := newScreener(t).ScreenLines(context.Background(), bytes.NewReader(input), &failingWriter{}, batch.StreamOptions{Workers: 2})
	if !errors.Is(err, errWrite) {
		t.Fatalf("err = %v, want %v", err, errWrite)
	}
}

// BenchmarkScreenLines is `leadctl screen` without its start-up: the
// back-test history repeated to 10,020 lines, each copy with its own ids
// and client IPs, judged on every core. lines/s is the throughput.
func BenchmarkScreenLines(b *testing.B) {
	data, err := os.ReadFile("../../../testdata/backtest/history.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var input bytes.Buffer
	for i := range 167 {
		c := bytes.ReplaceAll(data, []byte(`"id": "h`), fmt.Appendf(nil, `"id": "r%d-h`, i))
		input.Write(bytes.ReplaceAll(c, []byte(`198.51.100.`), fmt.Appendf(nil, `10.%d.%d.`, i%250, i/250)))
	}
	lines := bytes.Count(input.Bytes(), []byte("\n"))
	for b.Loop() {
		b.StopTimer()
		s := newScreener(b) // fresh velocity counters
		b.StartTimer()
		if err := s.ScreenLines(context.Background(), bytes.NewReader(input.Bytes()), io.Discard, batch.StreamOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "lines/s")
}

package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
	"github.com/leadsieve/leadsieve/internal/screen"
)

func init() {
	register("screen", command{usage: "screen [--rules FILE] [--forms FILE] [--network] [--in-order] < in.jsonl > out.jsonl",
		help: "judge exported submissions (JSON Lines), offline unless --network; the export is read whole and velocity counted by `submitted_at` (bursts seen with hindsight) unless --in-order; a form missing from --forms gets the default rules and no origin check", run: screenCmd})
}

// loadRules reads a rules file, or the embedded one when path is "".
func loadRules(path string) (*rules.Set, error) {
	if path == "" {
		return rules.Parse(config.Rules())
	}
	return rules.Load(path)
}

// screenerOpts choose how a batch screener is built.
type screenerOpts struct {
	network   bool             // run the checks that leave the process
	formsPath string           // forms file; "" is the embedded config/forms.yaml
	timeline  *screen.Timeline // the export laid out by submitted_at; nil counts lines in input order
}

// newScreener builds the offline batch screener: in-memory velocity
// counters, no render-token secret (exports carry elapsed times instead).
func newScreener(rulesPath string, network bool) (*batch.Screener, error) {
	return newScreenerOpts(rulesPath, screenerOpts{network: network})
}

func newScreenerOpts(rulesPath string, o screenerOpts) (*batch.Screener, error) {
	rs, err := loadRules(rulesPath)
	if err != nil {
		return nil, err
	}
	return newScreenerWithOpts(rs, o)
}

func newScreenerWith(rs *rules.Set, network bool) (*batch.Screener, error) {
	return newScreenerWithOpts(rs, screenerOpts{network: network})
}

func newScreenerWithOpts(rs *rules.Set, o screenerOpts) (*batch.Screener, error) {
	formsYAML := config.Forms()
	if o.formsPath != "" {
		b, err := os.ReadFile(o.formsPath)
		if err != nil {
			return nil, err
		}
		formsYAML = b
	}
	fs, err := forms.Parse(formsYAML)
	if err != nil {
		if o.formsPath != "" {
			return nil, fmt.Errorf("%s: %w", o.formsPath, err)
		}
		return nil, err
	}
	return batch.NewScreener(rs, fs, batch.Options{Network: o.network, Timeline: o.timeline})
}

// eachLine calls fn for every non-blank line of r (up to
// batch.MaxLineLen bytes) with its 1-based number.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), batch.MaxLineLen)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading line %d: %w", n+1, err)
	}
	return nil
}

func screenCmd(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "screen")
	rulesPath := fl.String("rules", "", "rules file (default: the embedded config/rules.yaml)")
	formsPath := fl.String("forms", "", "forms file (default: the embedded config/forms.yaml); a form it does not list is judged by the default rules with no origin check")
	network := fl.Bool("network", false, "run network checks (MX lookups, CAPTCHA)")
	inOrder := fl.Bool("in-order", false, "stream: count velocity over the lines in input order, as they come, instead of reading the whole export first and counting by submitted_at")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 0 {
		return usageErr("unexpected arguments")
	}
	// A batch run makes many short-lived values and keeps little: trade a
	// larger heap for fewer collections (from the start: loading the
	// models makes garbage too), unless GOGC says otherwise.
	if e.getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	o := screenerOpts{network: *network, formsPath: *formsPath}
	if !*inOrder {
		o.timeline = screen.NewTimeline()
	}
	s, err := newScreenerOpts(*rulesPath, o)
	if err != nil {
		return err
	}
	// The lines are decoded and normalized on every core and judged in
	// input order; the output is the same whatever the number of cores
	// (see batch.Screener.ScreenLines).
	var opts batch.StreamOptions
	if e.isTerminal {
		prog := newProgress(e.stderr, e.stdin)
		defer prog.done()
		opts.Progress = prog.add
	}
	if o.timeline != nil {
		// Two passes: lay the export out by submitted_at, then judge it,
		// so that velocity counts by time and a burst is seen whole.
		return s.ScreenExport(ctx, e.stdin, e.stdout, o.timeline, opts)
	}
	return s.ScreenLines(ctx, e.stdin, e.stdout, opts)
}

// progress draws a one-line progress bar on a terminal.
type progress struct {
	w         io.Writer
	total     int64 // bytes, when the input is a file
	bytesRead int64
	lines     int
	start     time.Time
	last      time.Time
}

func newProgress(w io.Writer, in io.Reader) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := in.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			p.total = st.Size()
		}
	}
	return p
}

func (p *progress) add(bytes int) {
	if p == nil {
		return
	}
	p.bytesRead += int64(bytes)
	p.lines++
	if now := time.Now(); now.Sub(p.last) > 100*time.Millisecond {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	rate := float64(p.lines) / max(now.Sub(p.start).Seconds(), 1e-9)
	if p.total > 0 {
		frac := min(float64(p.bytesRead)/float64(p.total), 1)
		const width = 30
		filled := int(frac * width)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = '-'
			if i < filled {
				bar[i] = '#'
			}
		}
		fmt.Fprintf(p.w, "\r[%s] %3.0f%%  %d lines  %.0f lines/s", bar, frac*100, p.lines, rate)
		return
	}
	fmt.Fprintf(p.w, "\r%d lines  %.0f lines/s", p.lines, rate)
}

func (p *progress) done() {
	if p == nil {
		return
	}
	p.draw(time.Now())
	fmt.Fprintln(p.w)
}

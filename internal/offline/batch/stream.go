package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// MaxLineLen bounds one input line.
const MaxLineLen = 4 << 20

// StreamOptions tune ScreenLines.
type StreamOptions struct {
	// Workers is the number of goroutines that decode and normalize
	// lines; 0 means one per core (GOMAXPROCS).
	Workers int
	// Progress, when set, is called after each result line is written,
	// with the length of the input line it answers (newline included).
	Progress func(inputBytes int)
}

// job is one input line on its way through ScreenLines or ScreenExport.
type job struct {
	n    int    // line number, 1-based, blank lines counted
	line []byte // the input line; nil once decoded
	size int    // the input line's length, newline included (Progress)

	// Set by decode: the submission to judge, or the result when the line
	// cannot be judged. The result is set once known: ScreenExport holds
	// every job of an export between its passes.
	id   string
	sub  *lead.Submission
	form screen.Form
	out  *Output

	judgment *judge.Prepared // set by prepare: judged but for the checks that count lines
	prepared chan struct{}   // closed once prepare is done
}

// ScreenLines reads the interchange format from r (JSON Lines) and writes
// one result line to w for every line that is not blank, in input order.
//
// Decoding, normalizing and judging a line (nearly all of the work) run on
// opts.Workers goroutines, except for the checks that count lines: the
// velocity checks count the submissions that came before a line (per IP,
// per address, per message) and the replay check the uses of a render
// token, so they run on one goroutine in input order (judge.Finish). That
// keeps their answers, and the output, the same from run to run and for
// any number of cores. Encoding and writing run on a third stage.
//
// A line that cannot be read gets an error result and the stream goes on;
// ScreenLines stops at the first read or write error, or when ctx is
// done, and returns it.
func (s *Screener) ScreenLines(ctx context.Context, r io.Reader, w io.Writer, opts StreamOptions) error {
	return s.screenJobs(ctx, w, opts, func(ctx context.Context, send func(*job)) error {
		return readJobs(ctx, r, send)
	})
}

// ScreenExport is ScreenLines for a whole export whose velocity checks
// count on tl, the timeline the screener's judge was built with (see
// screen.Timeline): every line is read, decoded and laid out on tl first,
// on every core, and then judged as ScreenLines judges it. Each line is
// decoded once: the first pass keeps the submission it builds for the
// second, not the text of the line, and lays that submission out. A line
// that cannot be judged is laid out as LayOut reads it.
//
// When reading fails, the lines before the failure are judged and written
// (on the timeline of those lines) and the error is returned.
func (s *Screener) ScreenExport(ctx context.Context, r io.Reader, w io.Writer, tl *screen.Timeline, opts StreamOptions) error {
	workers := workerCount(opts)
	todo := make(chan *job, 16*workers)
	var jobs []*job
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			fields := map[string]Value{} // this worker's scratch (see decodeWith)
			for j := range todo {
				line := j.line
				if in := s.decode(j, fields); in != nil {
					tl.Add(s.laidOut(in, j.sub))
				} else {
					tl.Add(timelineEntry(line))
				}
			}
		})
	}
	readErr := readJobs(ctx, r, func(j *job) {
		jobs = append(jobs, j)
		todo <- j
	})
	close(todo)
	wg.Wait()
	err := s.screenJobs(ctx, w, opts, func(ctx context.Context, send func(*job)) error {
		for i, j := range jobs {
			if err := ctx.Err(); err != nil {
				return err
			}
			jobs[i] = nil // judged and written soon: what it holds need not wait for the rest
			send(j)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return readErr
}

// workerCount is the number of goroutines that decode and prepare lines.
func workerCount(opts StreamOptions) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// screenJobs judges the jobs that read sends and writes their results to
// w, in the order they are sent (see ScreenLines).
func (s *Screener) screenJobs(ctx context.Context, w io.Writer, opts StreamOptions, read func(context.Context, func(*job)) error) error {
	workers := workerCount(opts)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The reader hands every line to the preparing workers, and the same
	// job, in input order, to the judge, which waits for each to be
	// prepared and passes it on to the writer. The buffers bound how far
	// reading runs ahead of writing.
	todo := make(chan *job, 16*workers)
	inOrder := make(chan *job, 64*workers)
	judged := make(chan *job, 64)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			fields := map[string]Value{} // this worker's scratch (see decodeWith)
			for j := range todo {
				s.prepare(ctx, j, fields)
				close(j.prepared)
			}
		})
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(todo)
		defer close(inOrder)
		readErr <- read(ctx, func(j *job) {
			inOrder <- j
			todo <- j
		})
	}()
	go func() {
		defer close(judged)
		for j := range inOrder {
			<-j.prepared
			if j.judgment != nil {
				out := output(j.id, s.Judge.Finish(ctx, j.judgment))
				j.out = &out
				j.judgment = nil // written soon; what it holds need not wait for the rest
			}
			judged <- j
		}
	}()

	rw := newResultWriter(bufio.NewWriter(w))
	var writeErr error
	for j := range judged {
		if writeErr != nil {
			continue // drain, so that the other stages can finish
		}
		if writeErr = rw.write(j); writeErr != nil {
			cancel()
			continue
		}
		if opts.Progress != nil {
			opts.Progress(j.size)
		}
	}
	wg.Wait()
	if writeErr != nil {
		return writeErr
	}
	// What was judged is written, even when reading failed.
	flushErr := rw.w.Flush()
	if err := <-readErr; err != nil {
		return err
	}
	return flushErr
}

// readJobs sends a job for every non-blank line of r, until r ends, fails
// or ctx is done.
func readJobs(ctx context.Context, r io.Reader, send func(*job)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineLen)
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		line := append([]byte(nil), sc.Bytes()...)
		send(&job{n: n, line: line, size: len(line) + 1, prepared: make(chan struct{})})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading line %d: %w", n+1, err)
	}
	return nil
}

// decode reads a job's line and builds its submission, or sets its result
// when the line cannot be judged. It returns the decoded line when it has
// a submission to judge.
func (s *Screener) decode(j *job, scratch map[string]Value) *Input {
	line := j.line
	j.line = nil // the submission holds what the rest needs
	in, err := decodeWith(line, scratch)
	if err != nil {
		out := ErrorOutput(in, j.n, err)
		j.out = &out
		return nil
	}
	sub, form, err := s.Submission(in)
	if err != nil {
		j.out = &Output{ID: in.ID, Error: err.Error()}
		return nil
	}
	j.id, j.sub, j.form = in.ID, sub, form
	return in
}

// prepare decodes a line unless that is done, and judges it but for the
// checks that count lines (velocity, token replay), which the judging
// stage runs in input order.
func (s *Screener) prepare(ctx context.Context, j *job, scratch map[string]Value) {
	if j.line != nil {
		s.decode(j, scratch)
	}
	if j.sub != nil {
		j.judgment = s.Judge.Prepare(ctx, j.form, j.sub)
		j.sub = nil
	}
}

// resultWriter writes result lines, each encoded in one reused buffer.
type resultWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder // writes to buf: what json.Marshal gives, and a newline
}

func newResultWriter(w *bufio.Writer) *resultWriter {
	rw := &resultWriter{w: w}
	rw.enc = json.NewEncoder(&rw.buf)
	return rw
}

// write writes a job's result line.
func (rw *resultWriter) write(j *job) error {
	rw.buf.Reset()
	var out Output // every job has its result by now; the zero one otherwise
	if j.out != nil {
		out = *j.out
	}
	if err := rw.enc.Encode(out); err != nil {
		// An Output is strings and numbers; this would be a bug.
		rw.buf.Reset()
		_ = rw.enc.Encode(ErrorOutput(nil, j.n, fmt.Errorf("encoding the result: %w", err)))
	}
	_, err := rw.w.Write(rw.buf.Bytes())
	return err
}

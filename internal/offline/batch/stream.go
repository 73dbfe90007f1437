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

// job is one input line on its way through ScreenLines.
type job struct {
	n    int    // line number, 1-based, blank lines counted
	line []byte // the input line

	// Set by prepare: the submission to judge, or the result when the
	// line cannot be judged.
	in       *Input
	judgment *judge.Prepared // judged but for the checks that count lines
	out      Output

	prepared chan struct{} // closed once prepare is done
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
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
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
		readErr <- readJobs(ctx, r, func(j *job) {
			inOrder <- j
			todo <- j
		})
	}()
	go func() {
		defer close(judged)
		for j := range inOrder {
			<-j.prepared
			if j.judgment != nil {
				j.out = output(j.in, s.Judge.Finish(ctx, j.judgment))
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
			opts.Progress(len(j.line) + 1)
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
		send(&job{n: n, line: append([]byte(nil), sc.Bytes()...), prepared: make(chan struct{})})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading line %d: %w", n+1, err)
	}
	return nil
}

// prepare decodes a line, builds the submission and judges it but for the
// checks that count lines (velocity, token replay), which the judging
// stage runs in input order.
func (s *Screener) prepare(ctx context.Context, j *job, scratch map[string]Value) {
	in, err := decodeWith(j.line, scratch)
	if err != nil {
		j.out = ErrorOutput(in, j.n, err)
		return
	}
	sub, form, err := s.Submission(in)
	if err != nil {
		j.out = Output{ID: in.ID, Error: err.Error()}
		return
	}
	j.in, j.judgment = in, s.Judge.Prepare(ctx, form, sub)
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
	if err := rw.enc.Encode(j.out); err != nil {
		// An Output is strings and numbers; this would be a bug.
		rw.buf.Reset()
		_ = rw.enc.Encode(ErrorOutput(nil, j.n, fmt.Errorf("encoding the result: %w", err)))
	}
	_, err := rw.w.Write(rw.buf.Bytes())
	return err
}

package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// MaxLineLen bounds one input line.
const MaxLineLen = 4 << 20

// StreamOptions tune ScreenLines.
type StreamOptions struct {
	// Workers is the number of goroutines judging lines; 0 means one per
	// core (GOMAXPROCS).
	Workers int
	// Progress, when set, is called after each result line is written,
	// with the length of the input line it answers (newline included).
	Progress func(inputBytes int)
}

// job is one input line on its way through ScreenLines.
type job struct {
	n      int    // line number, 1-based, blank lines counted
	ticket int    // its place in the velocity counters' order
	line   []byte // the input line
	out    []byte // the result line, newline included
	done   chan struct{}
}

// ScreenLines reads the interchange format from r (JSON Lines) and writes
// one result line to w for every line that is not blank, in input order.
// The lines are judged on opts.Workers goroutines, and the output is the
// same for any number of them: results are written in input order, and
// with a Screener from NewScreener the velocity checks count the lines in
// input order too (see lineOrder). A Screener built otherwise judges one
// line at a time, since its counter's answers would depend on timing.
//
// A line that cannot be read gets an error result and the stream goes on;
// ScreenLines stops at the first read or write error, or when ctx is
// done, and returns it.
func (s *Screener) ScreenLines(ctx context.Context, r io.Reader, w io.Writer, opts StreamOptions) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if s.order == nil {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The reader hands every line to the workers, and the same job, in
	// input order, to the writer, which waits for each to be done. The
	// buffers bound how far reading runs ahead of writing.
	todo := make(chan *job, 4*workers)
	inOrder := make(chan *job, 16*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range todo {
				s.screenJob(ctx, j)
				close(j.done)
			}
		})
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(todo)
		defer close(inOrder)
		readErr <- s.readJobs(ctx, r, func(j *job) {
			inOrder <- j
			todo <- j
		})
	}()

	bw := bufio.NewWriter(w)
	var writeErr error
	for j := range inOrder {
		<-j.done
		if writeErr != nil {
			continue // drain, so that the reader and workers can finish
		}
		if _, writeErr = bw.Write(j.out); writeErr != nil {
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
	flushErr := bw.Flush()
	if err := <-readErr; err != nil {
		return err
	}
	return flushErr
}

// readJobs sends a job for every non-blank line of r, until r ends, fails
// or ctx is done.
func (s *Screener) readJobs(ctx context.Context, r io.Reader, send func(*job)) error {
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
		j := &job{n: n, line: append([]byte(nil), sc.Bytes()...), done: make(chan struct{})}
		if s.order != nil {
			// Taken here, in input order, and finished by screenJob.
			j.ticket = s.order.ticket()
		}
		send(j)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading line %d: %w", n+1, err)
	}
	return nil
}

// screenJob decodes, judges and encodes one line.
func (s *Screener) screenJob(ctx context.Context, j *job) {
	if s.order != nil {
		defer s.order.finish(j.ticket)
		ctx = context.WithValue(ctx, ticketKey{}, j.ticket)
	}
	in, err := Decode(j.line)
	var o Output
	if err != nil {
		o = ErrorOutput(in, j.n, err)
	} else {
		o = s.Screen(ctx, in)
	}
	b, err := json.Marshal(o)
	if err != nil {
		// An Output is strings and numbers; this would be a bug.
		b, _ = json.Marshal(ErrorOutput(in, j.n, fmt.Errorf("encoding the result: %w", err)))
	}
	j.out = append(b, '\n')
}

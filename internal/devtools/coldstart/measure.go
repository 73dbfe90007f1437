package coldstart

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// Subject is one built bootstrap with what it needs to run.
type Subject struct {
	// Tree names the source tree it was built from ("" for the references
	// kept in this package's testdata).
	Tree string
	// Name is the function's logical id, or hello / putitem.
	Name string
	// Bootstrap is the built binary.
	Bootstrap string
	// Env is the whole environment the emulator and the function get.
	Env []string
	// Event is the sample sent on the timed cold start, EventName its file.
	Event     []byte
	EventName string
	// Expect is what Event's answer must be.
	Expect Expectation
	// NewLeads, for an API Gateway event, sends Event with an
	// idempotency-key header of its own on every cold start and warm
	// invoke: intake then
	// judges and stores a new lead each time instead of answering a
	// double-click of the sample the samples' check already stored (a
	// repeat judges nothing again).
	NewLeads bool
}

// Label is how the subject appears in the table.
func (s Subject) Label() string {
	if s.Tree == "" {
		return s.Name
	}
	return s.Tree + " " + s.Name
}

// Run is one cold start of a subject.
type Run struct {
	// InitMillis is the emulator's INIT REPORT duration.
	InitMillis float64
	// RSS is the bootstrap's resident set after its first invoke, bytes.
	RSS int64
	// CPU is the CPU time the bootstrap used up to its first answer (init
	// and the first invoke), all threads.
	CPU time.Duration
	// First is the round trip of the first invoke, the request that met
	// the cold start: the emulator starts the runtime when it arrives, so
	// it holds the init, the work init left to the first request (a model
	// built lazily, or in the background and waited for) and the invoke.
	First time.Duration
	// Warm are the round trips of the invokes after the first.
	Warm []time.Duration
}

// ColdStart starts s under the emulator rie, invokes it once with its
// event, reads the bootstrap's RSS, invokes it warm more times, and
// returns the init time the emulator reported. Every answer is checked.
func ColdStart(ctx context.Context, rie string, s Subject, warm int) (Run, error) {
	sess, err := Start(ctx, rie, s.Bootstrap, s.Env)
	if err != nil {
		return Run{}, err
	}
	defer sess.Stop()
	var r Run
	event := s.Event
	if s.NewLeads {
		if event, err = withNewIdempotencyKey(event); err != nil {
			return Run{}, fmt.Errorf("%s: %w", s.Label(), err)
		}
	}
	answer, first, err := sess.Invoke(ctx, event)
	if err != nil {
		return Run{}, fmt.Errorf("%s: %w", s.Label(), err)
	}
	r.First = first
	if err := s.Expect.Check(answer); err != nil {
		return Run{}, fmt.Errorf("%s with %s: %w\n%s", s.Label(), s.EventName, err, sess.Output())
	}
	if r.RSS, err = sess.RuntimeRSS(); err != nil {
		return Run{}, fmt.Errorf("%s: %w", s.Label(), err)
	}
	if r.CPU, err = sess.RuntimeCPU(); err != nil {
		return Run{}, fmt.Errorf("%s: %w", s.Label(), err)
	}
	for range warm {
		event := s.Event
		if s.NewLeads {
			if event, err = withNewIdempotencyKey(event); err != nil {
				return Run{}, fmt.Errorf("%s: %w", s.Label(), err)
			}
		}
		answer, took, err := sess.Invoke(ctx, event)
		if err != nil {
			return Run{}, fmt.Errorf("%s warm: %w", s.Label(), err)
		}
		if err := s.Expect.Check(answer); err != nil {
			return Run{}, fmt.Errorf("%s warm with %s: %w", s.Label(), s.EventName, err)
		}
		r.Warm = append(r.Warm, took)
	}
	if err := sess.Stop(); err != nil {
		return Run{}, err
	}
	if r.InitMillis, err = sess.InitMillis(); err != nil {
		return Run{}, fmt.Errorf("%s: %w", s.Label(), err)
	}
	return r, nil
}

// SampleResult is the answer to one sample event.
type SampleResult struct {
	File   string
	Expect Expectation
	Err    error
}

// CheckSamples starts s once and invokes it with every sample file in
// order, checking each answer against the status in the file's name.
func CheckSamples(ctx context.Context, rie string, s Subject, files []string) ([]SampleResult, error) {
	sess, err := Start(ctx, rie, s.Bootstrap, s.Env)
	if err != nil {
		return nil, err
	}
	defer sess.Stop()
	var out []SampleResult
	for _, f := range files {
		exp, err := ExpectationOf(f)
		if err != nil {
			return nil, err
		}
		event, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		res := SampleResult{File: filepath.Base(f), Expect: exp}
		answer, _, err := sess.Invoke(ctx, event)
		if err == nil {
			err = exp.Check(answer)
		}
		res.Err = err
		out = append(out, res)
	}
	return out, nil
}

// Result gathers the rounds of one subject.
type Result struct {
	Subject Subject
	// Size is the bootstrap's size in bytes.
	Size int64
	// Init and Ratio hold one value per round: init ms, and init divided
	// by the init of the hello-world run paired with it.
	Init, Ratio []float64
	// CPU and CPURatio hold the CPU ms to the first answer per round,
	// and its ratio to the paired hello-world's.
	CPU, CPURatio []float64
	// RSS holds the bootstrap's resident set per round.
	RSS []float64
	// First and FirstRatio hold the cold request's round trip per round
	// (Run.First), ms, and its ratio to the paired hello-world's.
	First, FirstRatio []float64
	// Warm holds every warm round trip, ms.
	Warm []float64
}

func (r *Result) add(run, hello Run) {
	r.Init = append(r.Init, run.InitMillis)
	if hello.InitMillis > 0 {
		r.Ratio = append(r.Ratio, run.InitMillis/hello.InitMillis)
	}
	cpu := float64(run.CPU) / float64(time.Millisecond)
	r.CPU = append(r.CPU, cpu)
	if hello.CPU > 0 {
		r.CPURatio = append(r.CPURatio, float64(run.CPU)/float64(hello.CPU))
	}
	r.RSS = append(r.RSS, float64(run.RSS))
	r.First = append(r.First, float64(run.First)/float64(time.Millisecond))
	if hello.First > 0 {
		r.FirstRatio = append(r.FirstRatio, float64(run.First)/float64(hello.First))
	}
	for _, w := range run.Warm {
		r.Warm = append(r.Warm, float64(w)/float64(time.Millisecond))
	}
}

// Rounds cold-starts every subject rounds times, each time paired with a
// cold start of hello: hello first in one round, second in the next, so
// that drift in the machine's load falls on both sides of each ratio. It
// returns hello's result first, then one per subject.
func Rounds(ctx context.Context, rie string, hello Subject, subjects []Subject, rounds, warm int, progress io.Writer) ([]Result, error) {
	results := make([]Result, len(subjects)+1)
	results[0].Subject = hello
	for i, s := range subjects {
		results[i+1].Subject = s
	}
	for i := range results {
		st, err := os.Stat(results[i].Subject.Bootstrap)
		if err != nil {
			return nil, err
		}
		results[i].Size = st.Size()
	}
	for round := range rounds {
		for i, s := range subjects {
			helloFirst := (round+i)%2 == 0
			var h, f Run
			for k := range 2 {
				var err error
				if (k == 0) == helloFirst {
					h, err = coldStartRetry(ctx, rie, hello, 0, progress)
				} else {
					f, err = coldStartRetry(ctx, rie, s, warm, progress)
				}
				if err != nil {
					return nil, err
				}
			}
			results[0].add(h, h)
			results[i+1].add(f, h)
		}
		if progress != nil {
			fmt.Fprintf(progress, "round %d/%d done\n", round+1, rounds)
		}
	}
	return results, nil
}

// coldStartRetry is ColdStart tried up to three times: one failed start
// on a busy machine (a port taken between choosing and binding it) should
// not end a long run, while a function that cannot start still fails it.
func coldStartRetry(ctx context.Context, rie string, s Subject, warm int, log io.Writer) (Run, error) {
	var err error
	for range 3 {
		var r Run
		if r, err = ColdStart(ctx, rie, s, warm); err == nil || ctx.Err() != nil {
			return r, err
		}
		if log != nil {
			fmt.Fprintf(log, "retrying %s after: %.500v\n", s.Label(), err)
		}
	}
	return Run{}, err
}

// WriteTable prints one line per result: medians of init, its ratio to
// hello-world, CPU time to the first answer and its ratio to
// hello-world's, the cold request's round trip (init and first invoke) and
// its ratio to hello-world's, RSS after the first invoke, warm round trip,
// and the binary's size. "best × hello" is the fastest init over the
// rounds divided by hello-world's fastest (results[0]): on a busy machine
// the load only ever adds time, so the best rounds show the cost itself.
func WriteTable(w io.Writer, results []Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "function\tinit ms\t× hello\tbest × hello\tCPU ms\t× hello\tcold req ms\t× hello\tRSS MiB\twarm ms\tbinary MB\tcold-start event\t")
	var helloBest float64
	if len(results) > 0 && len(results[0].Init) > 0 {
		helloBest = slices.Min(results[0].Init)
	}
	for _, r := range results {
		best := "-"
		if helloBest > 0 && len(r.Init) > 0 {
			best = fmt.Sprintf("%.2f", slices.Min(r.Init)/helloBest)
		}
		warm := "-"
		if len(r.Warm) > 0 {
			warm = fmt.Sprintf("%.2f", Median(r.Warm))
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.2f\t%s\t%.1f\t%.2f\t%.1f\t%.2f\t%.1f\t%s\t%.1f\t%s\t\n", r.Subject.Label(), Median(r.Init), Median(r.Ratio), best,
			Median(r.CPU), Median(r.CPURatio), Median(r.First), Median(r.FirstRatio), Median(r.RSS)/(1<<20), warm, float64(r.Size)/1e6, r.Subject.EventName)
	}
	return tw.Flush()
}

// WriteComparison prints, for each function measured in more than one
// tree, the median over rounds of its init in each later tree divided by
// its init in the first tree in the same round (the budget: the
// intake bootstrap's init not above 1.2× today's).
func WriteComparison(w io.Writer, results []Result) error {
	first := map[string]Result{}
	var lines []string
	for _, r := range results {
		if r.Subject.Tree == "" {
			continue
		}
		base, ok := first[r.Subject.Name]
		if !ok {
			first[r.Subject.Name] = r
			continue
		}
		var q, c, f []float64
		for i := range min(len(r.Init), len(base.Init)) {
			q = append(q, r.Init[i]/base.Init[i])
			c = append(c, r.CPU[i]/base.CPU[i])
			if i < len(r.First) && i < len(base.First) {
				f = append(f, r.First[i]/base.First[i])
			}
		}
		lines = append(lines, fmt.Sprintf("%s, %s / %s: init %.2f×, CPU to first answer %.2f×, cold request %.2f×, binary %.2f× (medians of %d same-round ratios)",
			r.Subject.Name, r.Subject.Tree, base.Subject.Tree, Median(q), Median(c), Median(f), float64(r.Size)/float64(base.Size), len(q)))
	}
	if len(lines) == 0 {
		return nil
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

// withNewIdempotencyKey returns the API Gateway event with a random
// idempotency-key header, the other headers kept.
func withNewIdempotencyKey(event []byte) ([]byte, error) {
	var req map[string]any
	if err := json.Unmarshal(event, &req); err != nil {
		return nil, fmt.Errorf("coldstart: event: %w", err)
	}
	headers, _ := req["headers"].(map[string]any)
	if headers == nil {
		headers = map[string]any{}
	}
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	headers["idempotency-key"] = "coldstart-" + hex.EncodeToString(key)
	req["headers"] = headers
	return json.Marshal(req)
}

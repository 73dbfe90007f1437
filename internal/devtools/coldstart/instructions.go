package coldstart

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Instructions counts, with Valgrind's callgrind, the instructions s's
// bootstrap runs from its start to its first request for work (its init)
// and, when first is set, to its first answer to s.Event as well. Unlike
// the times the emulator reports, the counts are the same from run to run
// within about 0.1 M (goroutine scheduling), loaded machine or not, which
// shows a change of a few per cent that paired timings cannot.
//
// The bootstrap runs on its own, not under the emulator: a stand-in for
// the runtime API hands it s.Event at its first request for work (when
// first is set) and then refuses the next one, which ends the process
// (the Lambda libraries exit when the runtime API fails). valgrind is the
// valgrind command; GODEBUG=asyncpreemptoff=1 keeps callgrind from
// failing on Go's preemption signals.
func Instructions(ctx context.Context, valgrind string, s Subject, first bool) (init, answer int64, err error) {
	init, _, err = countOnce(ctx, valgrind, s, false)
	if err != nil || !first {
		return init, 0, err
	}
	answer, body, err := countOnce(ctx, valgrind, s, true)
	if err != nil {
		return init, 0, err
	}
	if err := s.Expect.Check(body); err != nil {
		return init, 0, fmt.Errorf("%s with %s under callgrind: %w", s.Label(), s.EventName, err)
	}
	return init, answer, nil
}

// countOnce runs the bootstrap once under callgrind, handing it the event
// when withEvent is set, and returns the instruction count and the answer.
func countOnce(ctx context.Context, valgrind string, s Subject, withEvent bool) (int64, []byte, error) {
	var event []byte
	if withEvent {
		event = s.Event
		if s.NewLeads {
			var err error
			if event, err = withNewIdempotencyKey(event); err != nil {
				return 0, nil, fmt.Errorf("%s: %w", s.Label(), err)
			}
		}
	}
	api, err := startRuntimeAPI(event)
	if err != nil {
		return 0, nil, err
	}
	defer api.close()
	out, err := os.MkdirTemp("", "callgrind-")
	if err != nil {
		return 0, nil, err
	}
	defer os.RemoveAll(out)
	cmd := exec.CommandContext(ctx, valgrind, "--tool=callgrind", "--callgrind-out-file="+filepath.Join(out, "callgrind.out"), s.Bootstrap)
	cmd.Env = Environ(s.Env, map[string]string{"AWS_LAMBDA_RUNTIME_API": api.addr, "GODEBUG": godebug(s.Env)})
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	// The bootstrap exits with an error when the runtime API refuses it
	// work: that is how the run ends, so the exit status says nothing.
	_ = cmd.Run()
	n, ok := ParseCollected(stderr.String())
	if !ok {
		return 0, nil, fmt.Errorf("%s under callgrind: no instruction count in its output:\n%s", s.Label(), stderr.String())
	}
	if !api.asked() {
		return 0, nil, fmt.Errorf("%s under callgrind ended before asking for work (it did not start):\n%s", s.Label(), stderr.String())
	}
	body := api.answer()
	if withEvent && body == nil {
		return 0, nil, fmt.Errorf("%s under callgrind did not answer %s:\n%s", s.Label(), s.EventName, stderr.String())
	}
	return n, body, nil
}

// godebug is env's GODEBUG with asyncpreemptoff=1 added.
func godebug(env []string) string {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok && v != "" {
			return v + ",asyncpreemptoff=1"
		}
	}
	return "asyncpreemptoff=1"
}

// collected matches callgrind's summary line, "==123== Collected : 4567".
var collected = regexp.MustCompile(`(?m)^==\d+== Collected : (\d+)\s*$`)

// ParseCollected returns the instruction count of callgrind's output.
func ParseCollected(output string) (int64, bool) {
	m := collected.FindStringSubmatch(output)
	if m == nil {
		return 0, false
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	return n, err == nil
}

// runtimeAPI stands in for the Lambda runtime API: the first request for
// work gets the event, if any; every other is refused.
type runtimeAPI struct {
	addr string
	srv  *http.Server

	mu       sync.Mutex
	event    []byte
	requests int
	body     []byte
}

func startRuntimeAPI(event []byte) (*runtimeAPI, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("coldstart: runtime API stand-in: %w", err)
	}
	a := &runtimeAPI{addr: ln.Addr().String(), event: event}
	a.srv = &http.Server{Handler: http.HandlerFunc(a.serve)}
	go func() { _ = a.srv.Serve(ln) }()
	return a, nil
}

func (a *runtimeAPI) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case strings.HasSuffix(r.URL.Path, "/runtime/invocation/next"):
		a.requests++
		if a.requests > 1 || a.event == nil {
			http.Error(w, "no more work", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Lambda-Runtime-Aws-Request-Id", "callgrind-1")
		w.Header().Set("Lambda-Runtime-Deadline-Ms", "9999999999999")
		w.Header().Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:callgrind")
		_, _ = w.Write(a.event)
	case strings.HasSuffix(r.URL.Path, "/response"), strings.HasSuffix(r.URL.Path, "/error"):
		// An error's body, {"errorMessage", "errorType"}, fails
		// Expectation.Check.
		a.body = body
		w.WriteHeader(http.StatusAccepted)
	default:
		http.NotFound(w, r)
	}
}

// asked reports whether the bootstrap asked for work at least once.
func (a *runtimeAPI) asked() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.requests > 0
}

// answer is what the bootstrap answered, nil before it did.
func (a *runtimeAPI) answer() []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.body
}

func (a *runtimeAPI) close() { _ = a.srv.Close() }

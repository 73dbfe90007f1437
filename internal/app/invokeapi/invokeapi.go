// Package invokeapi serves the Lambda Invoke API for functions built in
// this process: the local stack's stand-in for the Lambda service, so that
// code invoking a function through the AWS SDK (pointed here with the
// standard AWS_ENDPOINT_URL_LAMBDA variable) runs unchanged on a laptop.
//
//	POST /2015-03-31/functions/{name}/invocations
//
// X-Amz-Invocation-Type: Event queues the event and answers 202 at once,
// whatever the function then does; RequestResponse (the default) runs it
// and answers 200 with its result, or with X-Amz-Function-Error: Unhandled
// and {"errorMessage", "errorType"} when it fails; DryRun answers 204. An
// unknown function is 404 ResourceNotFoundException. The name may be the
// function's name or ARN.
//
// # Asynchronous invocations, as the Lambda service runs them
//
// Queued events are run by a fixed number of workers (Concurrency), so a
// burst of events, or a function stuck on a dependency that hangs, never
// holds up the caller or the HTTP server the caller shares: an event waits
// in the queue instead, as it does in the Lambda service's internal queue.
// An event starts no sooner than StartDelay after it was queued, as in the
// service, whose queue hands events on after a short delay: here the delay
// also keeps a function from taking the CPU from the request that queued
// it, which shares this process (on AWS it runs elsewhere), so that a
// request that starts a hand-off ends no later than one that starts none.
// A queue that is full (QueueSize) answers 429 TooManyRequestsException,
// which the caller treats like any failed invocation. An invocation that
// returns an error is retried twice, after RetryDelays (the service's one
// and two minutes by default), and dropped, logged, when those fail too or
// when it is older than MaxEventAge: whatever it was to do is left to the
// dispatcher's due-work pass, as with the service.
package invokeapi

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// PathPrefix starts every Invoke API path.
const PathPrefix = "/2015-03-31/functions/"

// MaxPayload is the largest request payload accepted (the service's
// limit for synchronous invocations).
const MaxPayload = 6 << 20

// Function handles one invocation: the request payload in, the response
// payload out.
type Function func(ctx context.Context, payload []byte) ([]byte, error)

// Defaults of the asynchronous queue (see the package doc). The Lambda
// service runs up to the account's concurrency (1,000 by default) at once
// against a DynamoDB that scales; locally every function shares one
// single-threaded dynalite, and more workers only take its time from the
// requests: with 64, a loaded machine left 37 of 3,000 posts unanswered
// within 30 s where 16 left none (the hand-offs queue instead).
const (
	DefaultConcurrency = 16
	DefaultQueueSize   = 100_000
	DefaultMaxEventAge = 6 * time.Hour
	DefaultStartDelay  = 50 * time.Millisecond
)

// DefaultRetryDelays are the Lambda service's waits before the two retries
// of a failed asynchronous invocation.
var DefaultRetryDelays = []time.Duration{time.Minute, 2 * time.Minute}

// Server serves the Invoke API for Functions, keyed by function name.
// Fields are read when the first Event invocation arrives.
type Server struct {
	Functions map[string]Function
	// Timeout bounds one run of an Event invocation; zero means 2 minutes.
	Timeout time.Duration
	// Concurrency is how many Event invocations run at once; zero means
	// DefaultConcurrency.
	Concurrency int
	// QueueSize bounds the events waiting to run; zero means
	// DefaultQueueSize.
	QueueSize int
	// RetryDelays are the waits before each retry of a failed Event
	// invocation; nil means DefaultRetryDelays, empty (non-nil) no retries.
	RetryDelays []time.Duration
	// MaxEventAge drops an event, retries included, this long after it
	// was queued; zero means DefaultMaxEventAge.
	MaxEventAge time.Duration
	// StartDelay is the least time between queueing an event and running
	// it; zero means DefaultStartDelay, negative none.
	StartDelay time.Duration
	Log        *slog.Logger

	start   sync.Once
	queue   chan *event
	pending sync.WaitGroup // queued, running or waiting for a retry
	closing chan struct{}
	close   sync.Once
}

// event is one queued asynchronous invocation.
type event struct {
	name     string
	fn       Function
	payload  []byte
	queued   time.Time
	attempts int
}

// Wait blocks until every Event invocation accepted so far has finished,
// its retries included: for tests that look at what an asynchronous
// invocation did.
func (s *Server) Wait() { s.pending.Wait() }

// Close stops taking retries: events waiting for a retry are dropped
// (logged), queued and running ones finish, and Close returns when they
// have. For shutdown, where waiting minutes for a retry would hold the
// process up.
func (s *Server) Close() {
	s.init()
	s.close.Do(func() { close(s.closing) })
	s.pending.Wait()
}

func (s *Server) init() {
	s.start.Do(func() {
		size := s.QueueSize
		if size <= 0 {
			size = DefaultQueueSize
		}
		n := s.Concurrency
		if n <= 0 {
			n = DefaultConcurrency
		}
		s.queue = make(chan *event, size)
		s.closing = make(chan struct{})
		for range n {
			go s.work()
		}
	})
}

// enqueue queues ev, or reports false when the queue is full.
func (s *Server) enqueue(ev *event) bool {
	s.pending.Add(1)
	select {
	case s.queue <- ev:
		return true
	default:
		s.pending.Done()
		return false
	}
}

// work runs queued events, one at a time, for as long as the process runs.
func (s *Server) work() {
	for ev := range s.queue {
		s.run(ev)
	}
}

// run makes one attempt of ev and schedules its retry when it fails.
func (s *Server) run(ev *event) {
	defer s.pending.Done()
	delay := s.StartDelay
	if delay == 0 {
		delay = DefaultStartDelay
	}
	if wait := time.Until(ev.queued.Add(delay)); ev.attempts == 0 && wait > 0 {
		time.Sleep(wait)
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	_, err := ev.fn(ctx, ev.payload)
	cancel()
	if err == nil {
		return
	}
	ev.attempts++
	delays := s.RetryDelays
	if delays == nil {
		delays = DefaultRetryDelays
	}
	maxAge := s.MaxEventAge
	if maxAge <= 0 {
		maxAge = DefaultMaxEventAge
	}
	if ev.attempts > len(delays) || time.Since(ev.queued)+delays[ev.attempts-1] > maxAge {
		s.log().Error("asynchronous invocation failed; dropped after its retries", "function", ev.name, "attempts", ev.attempts, "err", err)
		return
	}
	retryIn := delays[ev.attempts-1]
	s.log().Warn("asynchronous invocation failed; retried later", "function", ev.name, "attempts", ev.attempts, "retry_in", retryIn, "err", err)
	s.pending.Add(1)
	go func() {
		select {
		case <-time.After(retryIn):
			// The retry waits behind what was queued meanwhile, as in
			// the service; a full queue drops it (the dispatcher is the
			// last retry).
			if !s.enqueue(ev) {
				s.log().Error("asynchronous invocation dropped: queue full", "function", ev.name)
			}
		case <-s.closing:
			s.log().Warn("asynchronous invocation's retry dropped at shutdown", "function", ev.name, "attempts", ev.attempts)
		}
		s.pending.Done()
	}()
}

// ServeHTTP implements the Invoke API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := functionName(r.URL.Path)
	if !ok || r.Method != http.MethodPost {
		writeError(w, http.StatusNotFound, "UnknownOperationException", "unknown operation "+r.Method+" "+truncate(r.URL.Path, 100))
		return
	}
	fn, ok := s.Functions[name]
	if !ok {
		writeError(w, http.StatusNotFound, "ResourceNotFoundException", "Function not found: "+truncate(name, 100))
		return
	}
	payload, err := io.ReadAll(io.LimitReader(r.Body, MaxPayload+1))
	if err != nil || len(payload) > MaxPayload {
		writeError(w, http.StatusRequestEntityTooLarge, "RequestTooLargeException", "request payload too large or unreadable")
		return
	}
	if len(payload) == 0 {
		payload = []byte("{}")
	}
	w.Header().Set("X-Amz-Executed-Version", "$LATEST")
	switch t := r.Header.Get("X-Amz-Invocation-Type"); t {
	case "Event":
		s.init()
		if !s.enqueue(&event{name: name, fn: fn, payload: payload, queued: time.Now()}) {
			writeError(w, http.StatusTooManyRequests, "TooManyRequestsException", "asynchronous invocation queue full")
			return
		}
		w.WriteHeader(http.StatusAccepted)
	case "DryRun":
		w.WriteHeader(http.StatusNoContent)
	case "", "RequestResponse":
		out, err := fn(r.Context(), payload)
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			w.Header().Set("X-Amz-Function-Error", "Unhandled")
			out, _ = json.Marshal(map[string]string{"errorMessage": err.Error(), "errorType": fmt.Sprintf("%T", err)})
		}
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(out)
	default:
		writeError(w, http.StatusBadRequest, "InvalidParameterValueException", "unknown invocation type "+truncate(t, 100))
	}
}

// functionName is {name} of /2015-03-31/functions/{name}/invocations,
// given as a name or an ARN (arn:...:function:name[:qualifier]).
func functionName(path string) (string, bool) {
	rest, ok := strings.CutPrefix(path, PathPrefix)
	if !ok {
		return "", false
	}
	name, ok := strings.CutSuffix(rest, "/invocations")
	if !ok || name == "" || strings.Contains(name, "/") {
		return "", false
	}
	if _, after, found := strings.Cut(name, ":function:"); found {
		name, _, _ = strings.Cut(after, ":")
	}
	return name, name != ""
}

func writeError(w http.ResponseWriter, status int, typ, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Amzn-ErrorType", typ)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"Type": "User", "message": msg})
}

func (s *Server) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

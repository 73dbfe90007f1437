// Package invokeapi serves the Lambda Invoke API for functions built in
// this process: the local stack's stand-in for the Lambda service, so that
// code invoking a function through the AWS SDK (pointed here with the
// standard AWS_ENDPOINT_URL_LAMBDA variable) runs unchanged on a laptop.
//
//	POST /2015-03-31/functions/{name}/invocations
//
// X-Amz-Invocation-Type: Event answers 202 at once and runs the function in
// the background (Wait waits for it); RequestResponse (the default) runs it
// and answers 200 with its result, or with X-Amz-Function-Error: Unhandled
// and {"errorMessage", "errorType"} when it fails; DryRun answers 204. An
// unknown function is 404 ResourceNotFoundException. The name may be the
// function's name or ARN. Unlike the Lambda service, a failed Event
// invocation is logged, not retried: locally the dispatcher is the retry.
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

// Server serves the Invoke API for Functions, keyed by function name.
type Server struct {
	Functions map[string]Function
	// Timeout bounds a background (Event) invocation; zero means 2 minutes.
	Timeout time.Duration
	Log     *slog.Logger

	wg sync.WaitGroup
}

// Wait blocks until every Event invocation accepted so far has finished:
// at shutdown, and for tests that look at what an asynchronous invocation
// did.
func (s *Server) Wait() { s.wg.Wait() }

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
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			timeout := s.Timeout
			if timeout <= 0 {
				timeout = 2 * time.Minute
			}
			ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), timeout)
			defer cancel()
			if _, err := fn(ctx, payload); err != nil {
				s.log().Error("asynchronous invocation failed", "function", name, "err", err)
			}
		}()
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

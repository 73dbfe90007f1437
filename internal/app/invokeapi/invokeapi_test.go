package invokeapi_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"

	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
)

// client is the AWS SDK's Lambda client pointed at the stand-in.
func client(t *testing.T, srv *invokeapi.Server) *lambda.Client {
	t.Helper()
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return lambda.New(lambda.Options{
		Region: "us-east-1", BaseEndpoint: aws.String(hs.URL),
		Credentials: credentials.NewStaticCredentialsProvider("local", "local", ""),
	})
}

func TestInvokeThroughTheSDK(t *testing.T) {
	ctx := context.Background()
	release := make(chan struct{})
	var ran atomic.Int32
	srv := &invokeapi.Server{Functions: map[string]invokeapi.Function{
		"EchoFunction": func(_ context.Context, p []byte) ([]byte, error) { return p, nil },
		"SlowFunction": func(_ context.Context, p []byte) ([]byte, error) {
			<-release
			ran.Add(1)
			return nil, nil
		},
		"FailingFunction": func(context.Context, []byte) ([]byte, error) { return nil, errors.New("boom") },
	}}
	c := client(t, srv)

	out, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("EchoFunction"), Payload: []byte(`{"lead_id":"x"}`)})
	if err != nil || out.StatusCode != 200 || string(out.Payload) != `{"lead_id":"x"}` || out.FunctionError != nil {
		t.Fatalf("request-response: %+v %v", out, err)
	}
	// An ARN names the function too.
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("arn:aws:lambda:us-east-1:000000000000:function:EchoFunction"), Payload: []byte(`1`)})
	if err != nil || string(out.Payload) != "1" {
		t.Fatalf("by ARN: %+v %v", out, err)
	}
	// Event: answered at once, run in the background, awaited by Wait.
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("SlowFunction"), InvocationType: types.InvocationTypeEvent, Payload: []byte(`{}`)})
	if err != nil || out.StatusCode != 202 {
		t.Fatalf("event: %+v %v", out, err)
	}
	if ran.Load() != 0 {
		t.Fatal("an Event invocation ran before the answer")
	}
	close(release)
	srv.Wait()
	if ran.Load() != 1 {
		t.Fatalf("Event invocation ran %d times", ran.Load())
	}
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("FailingFunction")})
	if err != nil || out.FunctionError == nil || *out.FunctionError != "Unhandled" || !strings.Contains(string(out.Payload), "boom") {
		t.Fatalf("function error: %+v %v", out, err)
	}
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("EchoFunction"), InvocationType: types.InvocationTypeDryRun})
	if err != nil || out.StatusCode != 204 {
		t.Fatalf("dry run: %+v %v", out, err)
	}
	_, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("NoSuchFunction")})
	var nf *types.ResourceNotFoundException
	if !errors.As(err, &nf) {
		t.Fatalf("unknown function: %v, want ResourceNotFoundException", err)
	}
}

// TestEventsQueueBehindHungFunctions: a function that hangs (as the hand-off
// does while SES hangs) holds up neither the 202 nor the HTTP server; at
// most Concurrency invocations run at once, the rest wait in the queue,
// and a full queue answers 429 at once.
func TestEventsQueueBehindHungFunctions(t *testing.T) {
	ctx := context.Background()
	release := make(chan struct{})
	var running, most atomic.Int32
	srv := &invokeapi.Server{Concurrency: 2, QueueSize: 3, Functions: map[string]invokeapi.Function{
		"HungFunction": func(context.Context, []byte) ([]byte, error) {
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			<-release
			running.Add(-1)
			return nil, nil
		},
	}}
	c := client(t, srv)
	ev := &lambda.InvokeInput{FunctionName: aws.String("HungFunction"), InvocationType: types.InvocationTypeEvent}
	statuses := map[int]int{}
	for range 8 {
		out, err := c.Invoke(ctx, ev)
		var tm *types.TooManyRequestsException
		switch {
		case errors.As(err, &tm):
			statuses[429]++
		case err != nil:
			t.Fatal(err)
		default:
			statuses[int(out.StatusCode)]++
		}
	}
	// Two running, three queued (the workers may not have taken the first
	// two off the queue yet, so up to five were accepted).
	if statuses[202] < 3 || statuses[202] > 5 || statuses[202]+statuses[429] != 8 {
		t.Fatalf("answers %v, want 3-5 × 202 and the rest 429", statuses)
	}
	close(release)
	srv.Wait()
	if most.Load() > 2 {
		t.Fatalf("%d invocations ran at once, Concurrency is 2", most.Load())
	}
}

// TestFailedEventsAreRetriedTwice: as the Lambda service does, a failed
// asynchronous invocation runs twice more after the retry delays, then is
// dropped.
func TestFailedEventsAreRetriedTwice(t *testing.T) {
	ctx := context.Background()
	var calls atomic.Int32
	var at []time.Time
	var mu sync.Mutex
	srv := &invokeapi.Server{RetryDelays: []time.Duration{20 * time.Millisecond, 40 * time.Millisecond}, Functions: map[string]invokeapi.Function{
		"FailingFunction": func(context.Context, []byte) ([]byte, error) {
			calls.Add(1)
			mu.Lock()
			at = append(at, time.Now())
			mu.Unlock()
			return nil, errors.New("storage unavailable")
		},
		"RecoveringFunction": func(context.Context, []byte) ([]byte, error) {
			if calls.Add(1) < 5 {
				return nil, errors.New("not yet")
			}
			return nil, nil
		},
	}}
	c := client(t, srv)
	if _, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("FailingFunction"), InvocationType: types.InvocationTypeEvent}); err != nil {
		t.Fatal(err)
	}
	srv.Wait()
	if calls.Load() != 3 {
		t.Fatalf("a failing event ran %d times, want 3 (two retries)", calls.Load())
	}
	if gap := at[1].Sub(at[0]); gap < 20*time.Millisecond {
		t.Errorf("first retry after %s, want ≥ 20ms", gap)
	}
	if gap := at[2].Sub(at[1]); gap < 40*time.Millisecond {
		t.Errorf("second retry after %s, want ≥ 40ms", gap)
	}
	// A retry that succeeds ends the retries: call 4 fails, call 5 works.
	if _, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("RecoveringFunction"), InvocationType: types.InvocationTypeEvent}); err != nil {
		t.Fatal(err)
	}
	srv.Wait()
	if calls.Load() != 5 {
		t.Fatalf("%d calls in all, want 5", calls.Load())
	}
}

// TestCloseDropsWaitingRetries: at shutdown a retry due minutes later is
// dropped rather than waited for.
func TestCloseDropsWaitingRetries(t *testing.T) {
	var calls atomic.Int32
	srv := &invokeapi.Server{RetryDelays: []time.Duration{time.Hour}, Functions: map[string]invokeapi.Function{
		"FailingFunction": func(context.Context, []byte) ([]byte, error) { calls.Add(1); return nil, errors.New("boom") },
	}}
	c := client(t, srv)
	if _, err := c.Invoke(context.Background(), &lambda.InvokeInput{FunctionName: aws.String("FailingFunction"), InvocationType: types.InvocationTypeEvent}); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { srv.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Close waited for a retry an hour away")
	}
	if calls.Load() != 1 {
		t.Fatalf("ran %d times, want 1", calls.Load())
	}
}

// TestEventsStartAfterTheDelay: an event is not run sooner than StartDelay
// after it was queued (a lower bound only: the run may come later).
func TestEventsStartAfterTheDelay(t *testing.T) {
	started := make(chan time.Time, 1)
	srv := &invokeapi.Server{StartDelay: 150 * time.Millisecond, Functions: map[string]invokeapi.Function{
		"F": func(context.Context, []byte) ([]byte, error) { started <- time.Now(); return nil, nil },
	}}
	c := client(t, srv)
	before := time.Now()
	if _, err := c.Invoke(context.Background(), &lambda.InvokeInput{FunctionName: aws.String("F"), InvocationType: types.InvocationTypeEvent}); err != nil {
		t.Fatal(err)
	}
	if at := <-started; at.Sub(before) < 150*time.Millisecond {
		t.Fatalf("started %s after the invocation, StartDelay is 150ms", at.Sub(before))
	}
}

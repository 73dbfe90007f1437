package unsubscribe_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/lead"
)

const secret = "test-signing-secret-0123456789abcdef"

// fakeStore holds one lead; while down is positive, every call fails as
// an outage does and counts down.
type fakeStore struct {
	mu         sync.Mutex
	lead       *lead.Lead
	down       int
	suppressed []string
	stopped    int
}

func (f *fakeStore) outage() error {
	if f.down > 0 {
		f.down--
		return fmt.Errorf("store: get lead: %w: connection refused", store.ErrUnavailable)
	}
	return nil
}

func (f *fakeStore) GetLead(_ context.Context, id string) (*lead.Lead, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.outage(); err != nil {
		return nil, err
	}
	if f.lead == nil || f.lead.ID != id {
		return nil, fmt.Errorf("store: lead %s: %w", id, store.ErrNotFound)
	}
	return f.lead, nil
}

func (f *fakeStore) Suppress(_ context.Context, email, _ string, _ time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.outage(); err != nil {
		return err
	}
	f.suppressed = append(f.suppressed, email)
	return nil
}

func (f *fakeStore) StopEnrollments(context.Context, string, string, time.Time) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.outage(); err != nil {
		return 0, err
	}
	f.stopped++
	return 1, nil
}

// recordingQueue keeps what was queued; err makes Enqueue fail.
type recordingQueue struct {
	tokens []string
	err    error
}

func (q *recordingQueue) Enqueue(_ context.Context, token string) error {
	q.tokens = append(q.tokens, token)
	return q.err
}

// TestEveryTokenAnsweredAlike: the endpoint queues whatever token it gets
// and answers the same page; valid, forged and garbage tokens do the same
// work, and a queue out of reach answers 503 for all of them alike.
func TestEveryTokenAnsweredAlike(t *testing.T) {
	signer, err := unsubscribe.NewSigner([]byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	forger, _ := unsubscribe.NewSigner([]byte("another-secret-0123456789abcdefghij"))
	tokens := map[string]string{
		"valid":   signer.Token("ana@padaria-souza.com.br", "01M4B3R6G0GQ6SAJ9B4TD63BWG", time.Now()),
		"forged":  forger.Token("ana@padaria-souza.com.br", "01M4B3R6G0GQ6SAJ9B4TD63BWG", time.Now()),
		"garbage": "not-a-token",
	}
	for _, queueErr := range []error{nil, errors.New("lambda unreachable")} {
		var first *unsubscribe.Response
		for name, tok := range tokens {
			q := &recordingQueue{err: queueErr}
			svc := &unsubscribe.Service{Queue: q}
			r := svc.Unsubscribe(context.Background(), tok)
			if len(q.tokens) != 1 || q.tokens[0] != tok {
				t.Errorf("%s token: queued %v", name, q.tokens)
			}
			want := 200
			if queueErr != nil {
				want = 503
			}
			if r.Status != want {
				t.Errorf("%s token, queue error %v: status %d, want %d", name, queueErr, r.Status, want)
			}
			if first == nil {
				first = &r
			} else if r.Status != first.Status || r.Body != first.Body || fmt.Sprint(r.Headers) != fmt.Sprint(first.Headers) {
				t.Errorf("%s token answered otherwise than another token", name)
			}
		}
	}
}

// TestRecorder: a valid token suppresses the address and stops its
// enrollments; a forged token, a token for another address and an unknown
// lead are ignored without an error (not retried).
func TestRecorder(t *testing.T) {
	signer, _ := unsubscribe.NewSigner([]byte(secret))
	forger, _ := unsubscribe.NewSigner([]byte("another-secret-0123456789abcdefghij"))
	l := &lead.Lead{ID: "01M4B3R6G0GQ6SAJ9B4TD63BWG", Email: "ana@padaria-souza.com.br"}
	for _, tc := range []struct {
		name, token string
		recorded    bool
	}{
		{"valid", signer.Token(l.Email, l.ID, time.Now()), true},
		{"forged", forger.Token(l.Email, l.ID, time.Now()), false},
		{"other address", signer.Token("someone.else@example.org", l.ID, time.Now()), false},
		{"unknown lead", signer.Token(l.Email, "01M4B3R6G0GQ6SAJ9B4TD63BWH", time.Now()), false},
		{"garbage", "not-a-token", false},
	} {
		st := &fakeStore{lead: l}
		rec := &unsubscribe.Recorder{Signer: signer, Store: st, Now: time.Now}
		if err := rec.Record(context.Background(), tc.token); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		if got := len(st.suppressed) == 1 && st.stopped == 1; got != tc.recorded {
			t.Errorf("%s: suppressed %v, stopped %d", tc.name, st.suppressed, st.stopped)
		}
	}
}

// TestValidTokenRecordedAfterOutage: while storage is down the recorder
// fails, so the Lambda service retries the event (invokeapi's tests show
// the local stand-in does, twice), and the retry records the token: a
// valid token is recorded late, never refused.
func TestValidTokenRecordedAfterOutage(t *testing.T) {
	signer, _ := unsubscribe.NewSigner([]byte(secret))
	l := &lead.Lead{ID: "01M4B3R6G0GQ6SAJ9B4TD63BWG", Email: "ana@padaria-souza.com.br"}
	st := &fakeStore{lead: l, down: 1}
	rec := &unsubscribe.Recorder{Signer: signer, Store: st, Now: time.Now}
	token := signer.Token(l.Email, l.ID, time.Now())
	if err := rec.Record(context.Background(), token); !errors.Is(err, store.ErrUnavailable) {
		t.Fatalf("during the outage: %v, want ErrUnavailable (retried)", err)
	}
	if len(st.suppressed) != 0 {
		t.Fatal("recorded during the outage")
	}
	if err := rec.Record(context.Background(), token); err != nil {
		t.Fatalf("the retry: %v", err)
	}
	if len(st.suppressed) != 1 || st.stopped != 1 {
		t.Fatalf("after the retry: suppressed %v, stopped %d", st.suppressed, st.stopped)
	}
}

// TestPages: GET shows the confirmation page, whose button posts the
// RFC 8058 one-click body back to the same URL; a queued POST answers the
// "you are unsubscribed" page, without the button; a POST that could not
// be queued shows the button again (with 503 and Retry-After), so the
// person can try once more. Every answer is a page no one caches, indexes
// or frames.
func TestPages(t *testing.T) {
	const button = `<form method="post">`
	const oneClick = `<input type="hidden" name="List-Unsubscribe" value="One-Click">`
	const done = "<h1>You are unsubscribed</h1>"
	for _, tc := range []struct {
		name       string
		answer     func(*unsubscribe.Service) unsubscribe.Response
		queueErr   error
		status     int
		title      string
		withButton bool
		retryAfter string
	}{
		{name: "GET", answer: func(s *unsubscribe.Service) unsubscribe.Response { return s.Confirm() },
			status: 200, title: "<title>Unsubscribe</title>", withButton: true},
		{name: "POST queued", answer: func(s *unsubscribe.Service) unsubscribe.Response { return s.Unsubscribe(context.Background(), "t") },
			status: 200, title: "<title>You are unsubscribed</title>"},
		{name: "POST not queued", answer: func(s *unsubscribe.Service) unsubscribe.Response { return s.Unsubscribe(context.Background(), "t") },
			queueErr: errors.New("lambda unreachable"), status: 503, title: "<title>Unsubscribe</title>", withButton: true, retryAfter: "30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.answer(&unsubscribe.Service{Queue: &recordingQueue{err: tc.queueErr}})
			if r.Status != tc.status {
				t.Errorf("status %d, want %d", r.Status, tc.status)
			}
			if !strings.HasPrefix(r.Body, "<!DOCTYPE html>") || !strings.Contains(r.Body, tc.title) {
				t.Errorf("not the page titled %s:\n%s", tc.title, r.Body)
			}
			if got := strings.Contains(r.Body, button) && strings.Contains(r.Body, oneClick); got != tc.withButton {
				t.Errorf("one-click button shown %v, want %v:\n%s", got, tc.withButton, r.Body)
			}
			if got := strings.Contains(r.Body, done); got == tc.withButton {
				t.Errorf("says unsubscribed %v on a page with button %v", got, tc.withButton)
			}
			if r.Headers["Retry-After"] != tc.retryAfter {
				t.Errorf("Retry-After %q, want %q", r.Headers["Retry-After"], tc.retryAfter)
			}
			for h, want := range map[string]string{"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store",
				"X-Robots-Tag": "noindex", "X-Content-Type-Options": "nosniff"} {
				if r.Headers[h] != want {
					t.Errorf("%s %q, want %q", h, r.Headers[h], want)
				}
			}
			if !strings.Contains(r.Headers["Content-Security-Policy"], "frame-ancestors 'none'") {
				t.Errorf("Content-Security-Policy %q allows framing", r.Headers["Content-Security-Policy"])
			}
		})
	}
}

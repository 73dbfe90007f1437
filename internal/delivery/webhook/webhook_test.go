package webhook

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

type capture struct {
	header http.Header
	body   []byte
	method string
}

func server(t *testing.T, status int, respBody string, got *capture) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if got != nil {
			got.header, got.body, got.method = r.Header.Clone(), b, r.Method
		}
		w.WriteHeader(status)
		io.WriteString(w, respBody)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestSendSignsAndReceiverVerifies(t *testing.T) {
	var got capture
	srv := server(t, http.StatusNoContent, "", &got)
	fixed := time.Unix(1767225600, 0)
	s := Sender{Now: func() time.Time { return fixed }}
	payload := map[string]any{"lead_id": "L1", "verdict": "qualified"}
	if err := s.Send(context.Background(), srv.URL+"/hook", "s3cret", "lead-1:handoff", payload); err != nil {
		t.Fatal(err)
	}
	if got.method != http.MethodPost || got.header.Get("Content-Type") != "application/json" ||
		got.header.Get("User-Agent") != UserAgent || got.header.Get(HeaderIdempotencyKey) != "lead-1:handoff" {
		t.Fatalf("request: %s %v", got.method, got.header)
	}
	if string(got.body) != `{"lead_id":"L1","verdict":"qualified"}` {
		t.Fatalf("body = %s", got.body)
	}
	ts := got.header.Get(HeaderTimestamp)
	if ts != strconv.FormatInt(fixed.Unix(), 10) {
		t.Fatalf("timestamp = %q", ts)
	}
	sig := got.header.Get(HeaderSignature)
	if !strings.HasPrefix(sig, "sha256=") || len(sig) != 7+64 {
		t.Fatalf("signature = %q", sig)
	}
	if err := VerifyAt("s3cret", sig, ts, got.body, fixed.Add(time.Minute), DefaultTolerance); err != nil {
		t.Fatalf("verify: %v", err)
	}
}

func TestVerify(t *testing.T) {
	now := time.Unix(1767225600, 0)
	ts := strconv.FormatInt(now.Unix(), 10)
	body := []byte(`{"a":1}`)
	sig := Sign("k", ts, body)
	tests := []struct {
		name            string
		secret, hdr, ts string
		body            []byte
		now             time.Time
		want            error
	}{
		{"ok", "k", sig, ts, body, now, nil},
		{"ok with space", "k", " " + sig, ts, body, now.Add(-4 * time.Minute), nil},
		{"wrong secret", "x", sig, ts, body, now, ErrSignature},
		{"body changed", "k", sig, ts, []byte(`{"a":2}`), now, ErrSignature},
		{"ts changed", "k", sig, strconv.FormatInt(now.Unix()+1, 10), body, now, ErrSignature},
		{"no prefix", "k", strings.TrimPrefix(sig, "sha256="), ts, body, now, ErrSignature},
		{"not hex", "k", "sha256=zz", ts, body, now, ErrSignature},
		{"empty sig", "k", "", ts, body, now, ErrSignature},
		{"stale", "k", sig, ts, body, now.Add(6 * time.Minute), ErrTimestamp},
		{"future", "k", sig, ts, body, now.Add(-6 * time.Minute), ErrTimestamp},
		{"bad ts", "k", sig, "abc", body, now, ErrTimestamp},
		{"empty ts", "k", sig, "", body, now, ErrTimestamp},
		{"no secret", "", sig, ts, body, now, ErrNoSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyAt(tt.secret, tt.hdr, tt.ts, tt.body, tt.now, DefaultTolerance)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v want %v", err, tt.want)
			}
		})
	}
	// Verify uses the real clock: a fresh signature passes, an old one fails.
	fresh := strconv.FormatInt(time.Now().Unix(), 10)
	if err := Verify("k", Sign("k", fresh, body), fresh, body); err != nil {
		t.Fatalf("Verify fresh: %v", err)
	}
	if err := Verify("k", sig, ts, body); !errors.Is(err, ErrTimestamp) {
		t.Fatalf("Verify old: %v", err)
	}
}

func TestSendStatuses(t *testing.T) {
	tests := []struct {
		status    int
		wantErr   bool
		retryable bool
	}{
		{200, false, false},
		{202, false, false},
		{301, true, false},
		{400, true, false},
		{401, true, false},
		{404, true, false},
		{408, true, true},
		{410, true, false},
		{429, true, true},
		{500, true, true},
		{503, true, true},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.status), func(t *testing.T) {
			srv := server(t, tt.status, strings.Repeat("x", 100000), nil)
			err := (&Sender{}).Send(context.Background(), srv.URL, "k", "", 1)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			if Retryable(err) != tt.retryable {
				t.Fatalf("Retryable(%v) = %v", err, !tt.retryable)
			}
			var se *StatusError
			if tt.wantErr {
				if !errors.As(err, &se) || se.Code != tt.status || len(se.Body) > maxErrorBody {
					t.Fatalf("StatusError = %+v", se)
				}
				if !strings.Contains(err.Error(), strconv.Itoa(tt.status)) {
					t.Fatalf("error text %q lacks status", err)
				}
			}
		})
	}
}

func TestSendRedirectNotFollowed(t *testing.T) {
	hit := false
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hit = true }))
	defer target.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL, http.StatusTemporaryRedirect)
	}))
	defer srv.Close()
	err := (&Sender{Client: &http.Client{}}).Send(context.Background(), srv.URL, "k", "", 1)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 307 || hit {
		t.Fatalf("err = %v, hit = %v", err, hit)
	}
}

func TestSendTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	err := (&Sender{Timeout: 50 * time.Millisecond}).Send(context.Background(), srv.URL, "k", "", 1)
	if err == nil || !errors.Is(err, context.DeadlineExceeded) || !Retryable(err) {
		t.Fatalf("err = %v", err)
	}
}

func TestSendRejects(t *testing.T) {
	tests := []struct {
		name, url, secret string
		payload           any
		want              error
	}{
		{"http remote", "http://example.com/x", "k", 1, ErrInsecureURL},
		{"ftp", "ftp://example.com/x", "k", 1, ErrInsecureURL},
		{"userinfo", "https://u:p@example.com/x", "k", 1, ErrInsecureURL},
		{"no host", "https:///x", "k", 1, ErrInsecureURL},
		{"garbage", "://", "k", 1, ErrInsecureURL},
		{"http lookalike", "http://localhost.evil.com/", "k", 1, ErrInsecureURL},
		{"no secret", "https://example.com", "", 1, ErrNoSecret},
		{"bad payload", "https://example.com", "k", make(chan int), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := (&Sender{}).Send(context.Background(), tt.url, tt.secret, "", tt.payload)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if Retryable(err) {
				t.Fatalf("%v must be permanent", err)
			}
		})
	}
	for _, ok := range []string{"https://hooks.example.com/x", "http://localhost:8080/", "http://127.0.0.1:1/", "http://[::1]:9/"} {
		if err := CheckURL(ok); err != nil {
			t.Errorf("CheckURL(%q) = %v", ok, err)
		}
	}
	if Retryable(nil) {
		t.Error("Retryable(nil)")
	}
}

// Package webhook delivers signed JSON payloads to HTTPS endpoints and lets
// receivers verify them.
//
// Each request carries
//
//	X-Signature-Timestamp: <Unix seconds>
//	X-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
//	Idempotency-Key: <the same for every post of the same event>
//
// A receiver that stores the Idempotency-Key of what it processed can drop
// a repeat: a sender that could not learn the outcome of a post may post
// the same event again with the same key.
// Receivers recompute the MAC with [Verify], which also rejects timestamps
// more than [DefaultTolerance] away from their clock, to limit replays.
//
// Only https URLs are accepted, except plain http to localhost, 127.0.0.1
// or ::1 (for local development and tests). Redirects are not followed.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Header names and the User-Agent sent with every delivery.
const (
	HeaderSignature      = "X-Signature"
	HeaderTimestamp      = "X-Signature-Timestamp"
	HeaderIdempotencyKey = "Idempotency-Key"
	UserAgent            = "leadsieve-webhook/1"
)

// Defaults for Sender and Verify.
const (
	DefaultTimeout   = 10 * time.Second
	DefaultTolerance = 5 * time.Minute
	// MaxResponseBody is how much of a response Send reads at most.
	MaxResponseBody = 64 << 10
	maxErrorBody    = 256
)

// Sentinel errors.
var (
	ErrInsecureURL = errors.New("webhook: URL must be https (http only for localhost)")
	ErrNoSecret    = errors.New("webhook: empty signing secret")
	ErrSignature   = errors.New("webhook: signature mismatch")
	ErrTimestamp   = errors.New("webhook: timestamp missing, malformed or outside tolerance")
)

// StatusError is a non-2xx response.
type StatusError struct {
	Code int
	// Body is the start of the response body, for diagnostics.
	Body string
}

// Error describes the status.
func (e *StatusError) Error() string {
	return fmt.Sprintf("webhook: endpoint answered %d %s", e.Code, http.StatusText(e.Code))
}

// Retryable reports whether a later attempt may succeed: 5xx, 408 and 429
// are retryable; other statuses (other 4xx, unfollowed 3xx) are permanent.
func (e *StatusError) Retryable() bool {
	return e.Code >= 500 || e.Code == http.StatusRequestTimeout || e.Code == http.StatusTooManyRequests
}

// Retryable reports whether err from Send is worth retrying: network errors
// and timeouts are, bad URLs, unencodable payloads and permanent statuses
// are not.
func Retryable(err error) bool {
	if err == nil {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Retryable()
	}
	var pe *permanentError
	return !errors.As(err, &pe)
}

type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Sender posts signed payloads. The zero value is usable.
type Sender struct {
	// Client is the HTTP client; nil means a client with default transport.
	// Its redirect policy is overridden: redirects are never followed.
	Client *http.Client
	// Timeout bounds each delivery; zero means DefaultTimeout.
	Timeout time.Duration
	// Now returns the current time for the signature timestamp; nil means
	// time.Now.
	Now func() time.Time
}

// CheckURL reports whether raw is an acceptable webhook URL.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInsecureURL, err)
	}
	if u.Host == "" || u.User != nil {
		return fmt.Errorf("%w: %q needs a host and no credentials", ErrInsecureURL, u.Redacted())
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		switch h := u.Hostname(); {
		case h == "localhost":
			return nil
		default:
			if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
				return nil
			}
		}
	}
	return fmt.Errorf("%w: %q", ErrInsecureURL, u.Redacted())
}

// Sign returns the X-Signature value for a timestamp and body.
func Sign(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Send encodes payload as JSON and POSTs it to rawURL, signed with secret,
// with idempotencyKey (when not empty) as its Idempotency-Key. A non-2xx
// answer is a *StatusError; use Retryable to decide on retries.
func (s *Sender) Send(ctx context.Context, rawURL, secret, idempotencyKey string, payload any) error {
	if err := CheckURL(rawURL); err != nil {
		return &permanentError{err}
	}
	if secret == "" {
		return &permanentError{ErrNoSecret}
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return &permanentError{fmt.Errorf("webhook: encode payload: %w", err)}
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	ts := strconv.FormatInt(now().Unix(), 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rawURL, bytes.NewReader(body))
	if err != nil {
		return &permanentError{fmt.Errorf("webhook: build request: %w", err)}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set(HeaderTimestamp, ts)
	req.Header.Set(HeaderSignature, Sign(secret, ts, body))
	if idempotencyKey != "" {
		req.Header.Set(HeaderIdempotencyKey, idempotencyKey)
	}

	client := http.Client{}
	if s.Client != nil {
		client = *s.Client
	}
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("webhook: post to %s: %w", redacted(rawURL), err)
	}
	defer resp.Body.Close()
	head, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, MaxResponseBody-maxErrorBody))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &StatusError{Code: resp.StatusCode, Body: strings.ToValidUTF8(string(head), "")}
	}
	return nil
}

func redacted(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(invalid URL)"
	}
	u.RawQuery, u.Fragment = "", ""
	return u.Redacted()
}

// Verify checks a delivery received now: header is the X-Signature value,
// ts the X-Signature-Timestamp value and body the raw request body. It
// fails with ErrTimestamp when ts is more than DefaultTolerance away from
// the local clock and ErrSignature when the MAC does not match.
func Verify(secret, header, ts string, body []byte) error {
	return VerifyAt(secret, header, ts, body, time.Now(), DefaultTolerance)
}

// VerifyAt is Verify with an explicit clock and tolerance; tolerance <= 0
// disables the timestamp window (not recommended).
func VerifyAt(secret, header, ts string, body []byte, now time.Time, tolerance time.Duration) error {
	if secret == "" {
		return ErrNoSecret
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sec <= 0 {
		return ErrTimestamp
	}
	if tolerance > 0 {
		d := now.Sub(time.Unix(sec, 0))
		if d > tolerance || d < -tolerance {
			return ErrTimestamp
		}
	}
	got, ok := strings.CutPrefix(strings.TrimSpace(header), "sha256=")
	if !ok {
		return ErrSignature
	}
	mac, err := hex.DecodeString(got)
	if err != nil {
		return ErrSignature
	}
	want, _ := hex.DecodeString(strings.TrimPrefix(Sign(secret, ts, body), "sha256="))
	if !hmac.Equal(mac, want) {
		return ErrSignature
	}
	return nil
}

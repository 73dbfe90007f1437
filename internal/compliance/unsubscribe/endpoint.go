// The endpoint behind every nurture email's link and List-Unsubscribe
// header (RFC 8058 one-click).
//
// GET shows a small confirmation page with a button and never unsubscribes
// by itself (mail scanners follow links). POST queues the token for the
// recorder (an asynchronous invocation) and answers the "you are
// unsubscribed" page at once, without looking at the token: valid, unknown
// and forged tokens get the same status, the same body and the same work
// on the request path, so neither the answer nor its timing tells whether
// an address is on the list, and a storage outage cannot refuse a valid
// token. The recorder (Recorder) verifies the HMAC-signed token in
// constant time, checks it was issued for the lead's address, adds the
// address to the suppression list and stops the person's nurture
// enrollments; it ignores a token that is not valid, and fails (to be
// retried by the Lambda service) only while storage does. POST answers 200
// without a redirect, sets no cookie and is idempotent.

package unsubscribe

import (
	"context"
	_ "embed" // the two pages
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store/storeerr"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Store is the storage the recorder needs.
type Store interface {
	GetLead(ctx context.Context, id string) (*lead.Lead, error)
	Suppress(ctx context.Context, email, reason string, at time.Time) error
	StopEnrollments(ctx context.Context, email, reason string, now time.Time) (int, error)
}

// The endpoint's two pages are fixed text, the same for every token, so
// they are static files rather than a template: a function that executes
// a template links reflect's method look-up by name, and then keeps in its
// binary every exported method of every type that may reach it, the SDK
// clients' whole APIs included (docs/performance.md: 5.9 MB of the
// unsubscribe function's bootstrap).
var (
	//go:embed confirm.html
	confirmPage string
	//go:embed unsubscribed.html
	unsubscribedPage string
)

// Response is what to answer.
type Response struct {
	Status  int
	Headers map[string]string
	Body    string
}

// Queue hands a one-click token to the recorder without waiting for it
// (an asynchronous invocation of the recorder function).
type Queue interface {
	Enqueue(ctx context.Context, token string) error
}

// Service answers unsubscribe requests.
type Service struct {
	Queue Queue
	Log   *slog.Logger
}

// Recorder records one-click unsubscribes queued by Service.
type Recorder struct {
	Signer *Signer
	Store  Store
	Now    func() time.Time
	Log    *slog.Logger
}

func headers() map[string]string {
	return map[string]string{
		"Content-Type":            "text/html; charset=utf-8",
		"Cache-Control":           "no-store",
		"Referrer-Policy":         "no-referrer",
		"X-Robots-Tag":            "noindex",
		"X-Content-Type-Options":  "nosniff",
		"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
	}
}

func render(status int, page string) Response {
	return Response{Status: status, Headers: headers(), Body: page}
}

// Confirm answers GET /u/{token}: the confirmation page with a button that
// posts back to the same URL. It changes nothing, whatever the token.
func (s *Service) Confirm() Response { return render(http.StatusOK, confirmPage) }

// Unsubscribe answers POST /u/{token}: it queues the token for the
// recorder, whatever the token, and answers the "you are unsubscribed"
// page. Only when the token cannot be queued (the Lambda service out of
// reach, for valid and forged tokens alike) does it answer 503 with
// Retry-After, so the mail provider retries the one-click POST.
func (s *Service) Unsubscribe(ctx context.Context, token string) Response {
	if err := s.Queue.Enqueue(ctx, token); err != nil {
		s.log().Error("unsubscribe not queued", "err", err)
		r := render(http.StatusServiceUnavailable, confirmPage)
		r.Headers["Retry-After"] = "30"
		return r
	}
	return render(http.StatusOK, unsubscribedPage)
}

// Record records the unsubscribe a queued token asks for. A token that is
// not valid (forged, unknown lead, issued for another address) is logged
// and ignored: nil, so it is not retried. It fails only when storage does,
// for the caller to retry later: a valid token is never refused.
func (r *Recorder) Record(ctx context.Context, token string) error {
	err := r.unsubscribe(ctx, token)
	switch {
	case errors.Is(err, storeerr.ErrUnavailable):
		r.log().Warn("unsubscribe not recorded yet; retried", "err", err)
		return err
	case err != nil:
		r.log().Info("unsubscribe with unusable token ignored", "err", err)
	}
	return nil
}

var errMismatch = errors.New("optout: token was not issued for this lead's address")

func (s *Recorder) unsubscribe(ctx context.Context, token string) error {
	c, err := s.Signer.Verify(token)
	if err != nil {
		return err
	}
	l, err := s.Store.GetLead(ctx, c.LeadID)
	if errors.Is(err, storeerr.ErrNotFound) {
		return fmt.Errorf("optout: %w", err)
	}
	if err != nil {
		return err
	}
	if l.Email == "" || !s.Signer.Matches(c, l.Email) {
		return errMismatch
	}
	now := s.Now()
	if err := s.Store.Suppress(ctx, l.Email, "unsubscribe", now); err != nil {
		return err
	}
	n, err := s.Store.StopEnrollments(ctx, l.Email, "unsubscribed", now)
	if err != nil {
		return err
	}
	s.log().Info("unsubscribed", "lead", l.ID, "enrollments_stopped", n)
	return nil
}

func (s *Service) log() *slog.Logger { return orDiscard(s.Log) }

func (r *Recorder) log() *slog.Logger { return orDiscard(r.Log) }

func orDiscard(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}

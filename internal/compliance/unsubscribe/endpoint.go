// The endpoint behind every nurture email's link and List-Unsubscribe
// header (RFC 8058 one-click).
//
// GET shows a small confirmation page with a button and never unsubscribes
// by itself (mail scanners follow links). POST unsubscribes: it verifies the
// HMAC-signed token in constant time, checks it was issued for the lead's
// address, adds the address to the suppression list and stops the person's
// nurture enrollments. POST answers 200 without a redirect, sets no cookie,
// is idempotent, and answers the same for unknown, forged or stale tokens,
// so the endpoint reveals nothing about who is on the list.

package unsubscribe

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Store is the storage the endpoint needs.
type Store interface {
	GetLead(ctx context.Context, id string) (*lead.Lead, error)
	Suppress(ctx context.Context, email, reason string, at time.Time) error
	StopEnrollments(ctx context.Context, email, reason string, now time.Time) (int, error)
}

//go:embed page.html
var pageFS embed.FS

var page = template.Must(template.ParseFS(pageFS, "page.html"))

// Response is what to answer.
type Response struct {
	Status  int
	Headers map[string]string
	Body    string
}

// Service answers unsubscribe requests.
type Service struct {
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

func render(status int, done bool) Response {
	var b bytes.Buffer
	_ = page.Execute(&b, struct{ Done bool }{done})
	return Response{Status: status, Headers: headers(), Body: b.String()}
}

// Confirm answers GET /u/{token}: the confirmation page with a button that
// posts back to the same URL. It changes nothing, whatever the token.
func (s *Service) Confirm() Response { return render(http.StatusOK, false) }

// Unsubscribe answers POST /u/{token}. The answer is the same "you are
// unsubscribed" page for valid, unknown and forged tokens; only a storage
// failure answers 503 (so the mail provider retries the one-click POST).
func (s *Service) Unsubscribe(ctx context.Context, token string) Response {
	switch err := s.unsubscribe(ctx, token); {
	case errors.Is(err, store.ErrUnavailable):
		s.log().Error("unsubscribe failed", "err", err)
		r := render(http.StatusServiceUnavailable, false)
		r.Headers["Retry-After"] = "30"
		return r
	case err != nil:
		s.log().Info("unsubscribe with unusable token", "err", err)
	}
	return render(http.StatusOK, true)
}

var errMismatch = errors.New("optout: token was not issued for this lead's address")

func (s *Service) unsubscribe(ctx context.Context, token string) error {
	c, err := s.Signer.Verify(token)
	if err != nil {
		return err
	}
	l, err := s.Store.GetLead(ctx, c.LeadID)
	if errors.Is(err, store.ErrNotFound) {
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

func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

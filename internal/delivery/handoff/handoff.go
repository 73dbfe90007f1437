// Package handoff notifies sales about a qualified lead: it picks the owner
// with the routing rules and a persisted round-robin rotation, renders the
// sales notification, sends it through SES SendRawEmail, posts the lead to
// the form's webhook when one is configured, and records the outcome on the
// lead's Handoff (sent with speed-to-lead, or pending with a backoff, or
// failed after MaxAttempts) through the hand-off state machine of package
// lead, which refuses any transition the rules do not allow. It does not
// write to storage: callers hold a lead.Lease and write the result back.
package handoff

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/ses/types"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Sender is the part of the SES (v1) client that sends mail.
type Sender interface {
	SendRawEmail(ctx context.Context, in *ses.SendRawEmailInput, opts ...func(*ses.Options)) (*ses.SendRawEmailOutput, error)
}

// WebhookPoster delivers a signed JSON payload (webhook.Sender).
type WebhookPoster interface {
	Send(ctx context.Context, rawURL, secret string, payload any) error
}

// Defaults for retries.
const (
	DefaultMaxAttempts = 8
	DefaultBaseBackoff = time.Minute
	MaxBackoff         = time.Hour
	// RespondWithin is the speed-to-lead target shown to sales.
	RespondWithin = 5 * time.Minute
	// MaxWebhookTimeout bounds a webhook delivery whatever the form says,
	// well inside DefaultLeaseTTL: the hand-off's outcome is written after
	// the webhook returns, so a longer wait could let the lease lapse and
	// another worker send the sales email again.
	MaxWebhookTimeout = 30 * time.Second
)

// Notifier sends sales notifications.
type Notifier struct {
	Mail Sender
	// Rules pick the owner; nil sends everything to DefaultTo.
	Rules   *assign.Rules
	Rotator assign.Rotator
	From    mail.Address
	// DefaultTo receives leads when routing yields no owner.
	DefaultTo  mail.Address
	ConsoleURL string
	// Forms and Webhook enable per-form webhooks; WebhookSecrets holds each
	// form's signing secret by form id, read once at cold start
	// (WebhookSecrets builds it).
	Forms          *forms.Set
	Webhook        WebhookPoster
	WebhookSecrets map[string]string

	MaxAttempts int
	BaseBackoff time.Duration
	Log         *slog.Logger
}

// Backoff is the wait before retry number attempts+1: the base doubled for
// every earlier failure, capped at MaxBackoff.
func Backoff(base time.Duration, attempts int) time.Duration {
	if base <= 0 {
		base = DefaultBaseBackoff
	}
	d := base
	for i := 1; i < attempts && d < MaxBackoff; i++ {
		d *= 2
	}
	return min(d, MaxBackoff)
}

// Attempt makes one delivery attempt for l's pending hand-off at now and
// records the outcome on l.Handoff: sent (with owner, message id and
// speed-to-lead), or still pending with the error and the next retry time,
// or failed once MaxAttempts attempts have failed. It returns the send error
// (nil when sent, or when no hand-off is pending). l must be held under a
// lease by the caller.
func (n *Notifier) Attempt(ctx context.Context, l *lead.Lead, now time.Time) error {
	h := l.Handoff
	if h == nil || h.Start() != nil {
		return nil // nothing pending
	}
	err := n.send(ctx, l, now)
	if err == nil {
		_ = h.Sent(now, l.ReceivedAt)
		n.log().Info("sales notified", "lead", l.ID, "team", h.Team, "attempts", h.Attempts, "speed_to_lead_ms", h.SpeedToLeadMS)
		n.postWebhook(ctx, l)
		return nil
	}
	errText := truncate(err.Error(), 300)
	maxAttempts := n.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = DefaultMaxAttempts
	}
	if h.Attempts >= maxAttempts || permanent(err) {
		_ = h.Failed(errText)
		n.log().Error("sales hand-off failed for good", "lead", l.ID, "attempts", h.Attempts, "err", h.LastError)
		return err
	}
	next := now.Add(Backoff(n.BaseBackoff, h.Attempts))
	_ = h.Retry(next, errText)
	n.log().Warn("sales hand-off will be retried", "lead", l.ID, "attempts", h.Attempts, "next_at", next, "err", h.LastError)
	return err
}

// errPermanent marks failures that retrying cannot fix.
var errPermanent = errors.New("permanent")

func permanent(err error) bool { return errors.Is(err, errPermanent) }

func (n *Notifier) send(ctx context.Context, l *lead.Lead, now time.Time) error {
	h := l.Handoff
	to := n.DefaultTo
	if h.OwnerEmail != "" {
		// Retries keep the owner the first attempt picked.
		to = mail.Address{Name: h.OwnerName, Address: h.OwnerEmail}
	} else if n.Rules != nil {
		rl := assign.RouteLead{FormID: l.FormID, Country: l.Fields.Country, CompanySize: l.Fields.CompanySize}
		if l.Fit != nil {
			rl.Segment = l.Fit.Segment
		}
		team, _ := n.Rules.Team(rl)
		m, err := n.Rules.Pick(ctx, rl, n.Rotator)
		if err != nil {
			return fmt.Errorf("handoff: pick owner: %w", err)
		}
		to = mail.Address{Name: m.Name, Address: m.Email}
		h.Team = team
	}
	h.OwnerName, h.OwnerEmail = to.Name, to.Address
	sl := mail.SalesLead{
		ID: l.ID, FormID: l.FormID, Fields: l.Fields, Verdict: l.Verdict, JunkScore: l.Screening.Score,
		Reasons: l.Reasons, ReceivedAt: l.ReceivedAt,
	}
	if l.Fit != nil {
		sl.FitScore, sl.Grade, sl.Segment = l.Fit.Score, l.Fit.Grade, l.Fit.Segment
	}
	msg, err := mail.SalesNotification(sl, mail.SalesOptions{
		From: n.From, To: to, ConsoleURL: n.ConsoleURL, Now: now, RespondWithin: RespondWithin,
	})
	if err != nil {
		return fmt.Errorf("handoff: render: %w: %w", errPermanent, err)
	}
	msg.Date = now
	raw, err := msg.Bytes()
	if err != nil {
		return fmt.Errorf("handoff: build message: %w: %w", errPermanent, err)
	}
	id, err := SendRaw(ctx, n.Mail, n.From.Address, to.Address, raw)
	if err != nil {
		return err
	}
	h.MessageID = id
	return nil
}

// SendRaw sends one raw MIME message through SES and returns its message id.
func SendRaw(ctx context.Context, s Sender, from, to string, raw []byte) (string, error) {
	out, err := s.SendRawEmail(ctx, &ses.SendRawEmailInput{
		Source:       &from,
		Destinations: []string{to},
		RawMessage:   &types.RawMessage{Data: raw},
	})
	if err != nil {
		return "", fmt.Errorf("ses send: %w", err)
	}
	if out.MessageId == nil {
		return "", nil
	}
	return *out.MessageId, nil
}

// WebhookPayload is the JSON a form's webhook receives for a qualified lead.
type WebhookPayload struct {
	Event     string         `json:"event"` // lead.qualified
	Lead      *lead.Lead     `json:"lead"`
	Owner     map[string]any `json:"owner,omitempty"`
	Delivered time.Time      `json:"delivered_at"`
}

// postWebhook posts the lead once to its form's webhook; failures are
// logged and recorded, never retried with the email.
func (n *Notifier) postWebhook(ctx context.Context, l *lead.Lead) {
	h := l.Handoff
	if n.Forms == nil || n.Webhook == nil || h.Webhook != "" {
		return
	}
	f := n.Forms.Get(l.FormID)
	if f == nil || f.Webhook == nil {
		return
	}
	secret := n.WebhookSecrets[f.ID]
	if secret == "" {
		h.Webhook = lead.WebhookFailed
		n.log().Error("webhook secret not set", "form", f.ID, "env", f.Webhook.SecretEnv)
		return
	}
	wctx, cancel := context.WithTimeout(ctx, min(max(f.Webhook.Timeout, time.Second), MaxWebhookTimeout))
	defer cancel()
	payload := WebhookPayload{Event: "lead.qualified", Lead: l, Owner: map[string]any{"name": h.OwnerName, "email": h.OwnerEmail, "team": h.Team}, Delivered: time.Now().UTC()}
	if err := n.Webhook.Send(wctx, f.Webhook.URL, secret, payload); err != nil {
		h.Webhook = lead.WebhookFailed
		n.log().Warn("webhook delivery failed", "form", f.ID, "lead", l.ID, "err", err)
		return
	}
	h.Webhook = lead.WebhookSent
}

// WebhookSecrets reads, through getenv, the signing secret of every form in
// fs that has a webhook: once, at cold start, rather than on every hand-off.
func WebhookSecrets(fs *forms.Set, getenv func(string) string) map[string]string {
	out := map[string]string{}
	if fs == nil || getenv == nil {
		return out
	}
	for _, id := range fs.IDs() {
		if f := fs.Get(id); f.Webhook != nil {
			out[id] = getenv(f.Webhook.SecretEnv)
		}
	}
	return out
}

func (n *Notifier) log() *slog.Logger {
	if n.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return n.Log
}

func truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if len(s) <= n {
		return s
	}
	return s[:n]
}

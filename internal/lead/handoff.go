package lead

import (
	"fmt"
	"time"
)

// HandoffState is where a sales hand-off stands. The values are stored.
type HandoffState string

// Hand-off states:
//
//	pending --Start--> pending (an attempt under way)
//	pending --Sent---> sent      (final)
//	pending --Retry--> pending   (due again later)
//	pending --Failed-> failed    (final until a person decides again)
//	pending|failed --Withdraw--> pending as before the attempt
//
// A new verdict of qualified replaces a pending or failed hand-off with a
// fresh one (Plan); a sent one is never sent again.
const (
	HandoffPending HandoffState = "pending"
	HandoffSent    HandoffState = "sent"
	HandoffFailed  HandoffState = "failed"
)

// HandoffGrace is how long the dispatcher leaves a new qualified lead to
// intake's own immediate hand-off before it retries.
const HandoffGrace = time.Minute

// Handoff tracks the notification of sales about a qualified lead. Change
// its state only through its methods, which refuse illegal transitions.
type Handoff struct {
	State     HandoffState `json:"state"`
	Attempts  int          `json:"attempts"`
	LastError string       `json:"last_error,omitempty"`
	NextAt    *time.Time   `json:"next_at,omitempty"`
	// LeaseUntil marks an attempt in progress; another sender waits for it.
	LeaseUntil *time.Time `json:"lease_until,omitempty"`
	OwnerName  string     `json:"owner_name,omitempty"`
	OwnerEmail string     `json:"owner_email,omitempty"`
	Team       string     `json:"team,omitempty"`
	SentAt     *time.Time `json:"sent_at,omitempty"`
	MessageID  string     `json:"message_id,omitempty"`
	// SpeedToLeadMS is the time from submit to sales notified.
	SpeedToLeadMS int64 `json:"speed_to_lead_ms,omitempty"`
	// Webhook is the outcome of the one post to the form's webhook.
	Webhook WebhookState `json:"webhook,omitempty"`
}

// WebhookState is the outcome of posting a sent hand-off to the form's
// webhook: "" until tried (or when the form has none), then sent or
// failed. A webhook is posted once and never retried with the email.
type WebhookState string

// Webhook outcomes. The values are stored.
const (
	WebhookSent   WebhookState = "sent"
	WebhookFailed WebhookState = "failed"
)

// NewHandoff is the hand-off a newly qualified lead gets: pending, and due
// after HandoffGrace (intake tries at once; the dispatcher picks up what
// intake could not send).
func NewHandoff(now time.Time) *Handoff {
	next := now.Add(HandoffGrace)
	return &Handoff{State: HandoffPending, NextAt: &next}
}

func (h *Handoff) refuse(op string) error {
	return fmt.Errorf("lead: hand-off %s: %w from %q", op, ErrIllegalTransition, h.State)
}

// Start counts a delivery attempt of a pending hand-off.
func (h *Handoff) Start() error {
	if h.State != HandoffPending {
		return h.refuse("start")
	}
	h.Attempts++
	return nil
}

// Sent records that sales were notified at at, for a lead received at
// receivedAt (speed to lead).
func (h *Handoff) Sent(at, receivedAt time.Time) error {
	if h.State != HandoffPending {
		return h.refuse("sent")
	}
	sent := at
	h.State, h.SentAt, h.NextAt, h.LastError = HandoffSent, &sent, nil, ""
	h.SpeedToLeadMS = max(0, at.Sub(receivedAt).Milliseconds())
	return nil
}

// Retry records a failed attempt that may succeed later: the hand-off stays
// pending and is due again at next.
func (h *Handoff) Retry(next time.Time, errText string) error {
	if h.State != HandoffPending {
		return h.refuse("retry")
	}
	h.LastError, h.NextAt = errText, &next
	return nil
}

// Failed records a failure that retrying cannot fix, or the last allowed
// attempt: the hand-off is failed and due no more.
func (h *Handoff) Failed(errText string) error {
	if h.State != HandoffPending {
		return h.refuse("fail")
	}
	h.State, h.LastError, h.NextAt = HandoffFailed, errText, nil
	return nil
}

// Withdraw takes back an attempt that never reached sales through no fault
// of the lead's (the mail service throttled it): state, attempts and due
// time return to before, which must have been pending; the owner picked and
// the last error stay.
func (h *Handoff) Withdraw(before Handoff) error {
	if before.State != HandoffPending || h.State == HandoffSent {
		return h.refuse("withdraw")
	}
	h.State, h.Attempts, h.NextAt = before.State, before.Attempts, before.NextAt
	return nil
}

// Reschedule makes a pending hand-off due at at.
func (h *Handoff) Reschedule(at time.Time) error {
	if h.State != HandoffPending {
		return h.refuse("reschedule")
	}
	h.NextAt = &at
	return nil
}

// Due reports whether a pending hand-off is due at or before now.
func (h *Handoff) Due(now time.Time) bool {
	return h != nil && h.State == HandoffPending && h.NextAt != nil && !h.NextAt.After(now)
}

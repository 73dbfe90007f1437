package lead

import (
	"fmt"
	"time"
)

// HandoffState is where a sales hand-off stands. The values are stored.
type HandoffState string

// Hand-off states and their transitions:
//
//	pending --Begin------> sending   (intent recorded before the e-mail is sent)
//	sending --Sent-------> sent      (SES accepted it; final)
//	sending --Retry------> pending   (SES definitely refused it: due again later)
//	sending --Failed-----> failed    (retrying cannot help, or the last attempt)
//	sending --Withdraw---> pending   (as before Begin: SES throttled the send)
//	sending --Unconfirmed> pending   (no answer from SES: sent or not, nobody knows)
//	sending --Recover----> pending   (a worker died holding the intent; as Unconfirmed)
//	sending|pending --Confirm--> sent (SES's own record shows it accepted an
//	                                   attempt whose answer was lost; final)
//	pending|failed       (a new verdict of qualified: a fresh pending hand-off)
//
// An e-mail SES accepted is never sent again: the intent (state sending,
// with the attempt number and an intent id) is stored before the send and
// the outcome after it, so a hand-off found in state sending after its
// lease ran out is the one case where nobody knows whether SES accepted the
// e-mail. Such an outcome is "unconfirmed": the hand-off is sent once more
// and that e-mail is marked as a possible duplicate (PossibleDuplicate);
// when that second outcome is unknown too, the hand-off fails for a person
// to check (MaxUnconfirmed), rather than risk a third e-mail.
const (
	HandoffPending HandoffState = "pending"
	HandoffSending HandoffState = "sending"
	HandoffSent    HandoffState = "sent"
	HandoffFailed  HandoffState = "failed"
)

// HandoffGrace is how long the dispatcher leaves a new qualified lead to
// the hand-off function before it retries.
const HandoffGrace = time.Minute

// UnconfirmedGrace is how long after an unconfirmed attempt (or after the
// lease of a worker that died while sending ran out) the e-mail is sent
// once more: long enough for the lost outcome of a slow send to have been
// written if it ever will be.
const UnconfirmedGrace = time.Minute

// MaxUnconfirmed is how many attempts may end with an unknown outcome
// before the hand-off fails instead of sending again: one resend at most.
const MaxUnconfirmed = 1

// Handoff tracks the notification of sales about a qualified lead. Change
// its state only through its methods, which refuse illegal transitions.
type Handoff struct {
	State     HandoffState `json:"state"`
	Attempts  int          `json:"attempts"`
	LastError string       `json:"last_error,omitempty"`
	NextAt    *time.Time   `json:"next_at,omitempty"`
	// LeaseUntil marks an attempt in progress; another sender waits for it.
	LeaseUntil *time.Time `json:"lease_until,omitempty"`
	// Intent identifies the send under way while sending, and the last
	// send begun after it.
	Intent string `json:"intent,omitempty"`
	// UnknownOutcomes counts attempts whose outcome nobody knows; the
	// next e-mail is marked as a possible duplicate.
	UnknownOutcomes int        `json:"unknown_outcomes,omitempty"`
	OwnerName       string     `json:"owner_name,omitempty"`
	OwnerEmail      string     `json:"owner_email,omitempty"`
	Team            string     `json:"team,omitempty"`
	SentAt          *time.Time `json:"sent_at,omitempty"`
	MessageID       string     `json:"message_id,omitempty"`
	// SpeedToLeadMS is the time from submit to sales notified.
	SpeedToLeadMS int64 `json:"speed_to_lead_ms,omitempty"`
	// Webhook is the outcome of the one post to the form's webhook.
	Webhook WebhookState `json:"webhook,omitempty"`
	// Route says why the owner got the lead, as routing decided it
	// (assign.Decision.Summary): "rule emea-demo", "owner-first",
	// "default team; overflow: all capped".
	Route string `json:"route,omitempty"`
}

// WebhookState is the outcome of posting a sent hand-off to the form's
// webhook: "" until tried (or when the form has none), posting while the
// post is under way (a post whose outcome was never written stays so), then
// sent or failed. A webhook is posted at most once, never retried with the
// e-mail; it carries an idempotency key so a receiver can drop a repeat.
type WebhookState string

// Webhook outcomes. The values are stored.
const (
	WebhookPosting WebhookState = "posting"
	WebhookSent    WebhookState = "sent"
	WebhookFailed  WebhookState = "failed"
)

// NewHandoff is the hand-off a newly qualified lead gets: pending, and due
// after HandoffGrace (the hand-off function tries at once; the dispatcher
// picks up what it could not send).
func NewHandoff(now time.Time) *Handoff {
	next := now.Add(HandoffGrace)
	return &Handoff{State: HandoffPending, NextAt: &next}
}

func (h *Handoff) refuse(op string) error {
	return fmt.Errorf("lead: hand-off %s: %w from %q", op, ErrIllegalTransition, h.State)
}

// Begin records the intent to send a pending hand-off's e-mail: the attempt
// is counted, intent names it, and the hand-off is due again at recoverAt
// (after the sender's lease), where a worker finds it if the sender died
// before writing the outcome. The intent must be stored before the send.
func (h *Handoff) Begin(intent string, recoverAt time.Time) error {
	if h.State != HandoffPending {
		return h.refuse("begin")
	}
	h.Attempts++
	h.State, h.Intent, h.NextAt = HandoffSending, intent, &recoverAt
	return nil
}

// PossibleDuplicate reports whether the e-mail about to be sent may repeat
// one SES accepted earlier (an earlier attempt's outcome is unknown).
func (h *Handoff) PossibleDuplicate() bool { return h.UnknownOutcomes > 0 }

// Sent records that SES accepted the e-mail at at, for a lead received at
// receivedAt (speed to lead).
func (h *Handoff) Sent(at, receivedAt time.Time) error {
	if h.State != HandoffSending {
		return h.refuse("sent")
	}
	sent := at
	h.State, h.SentAt, h.NextAt, h.LastError = HandoffSent, &sent, nil, ""
	h.SpeedToLeadMS = max(0, at.Sub(receivedAt).Milliseconds())
	return nil
}

// Confirm records that SES accepted an e-mail of this hand-off whose
// answer its sender never got (an unknown outcome): SES's own report of the
// send, its Send event, says it was accepted as messageID at at. It applies
// to a hand-off still sending (the answer was lost just now) or pending
// after an unknown outcome; the e-mail is then never sent again.
func (h *Handoff) Confirm(at, receivedAt time.Time, messageID string) error {
	if h.State != HandoffSending && (h.State != HandoffPending || h.UnknownOutcomes == 0) {
		return h.refuse("confirm")
	}
	h.State = HandoffSending
	_ = h.Sent(at, receivedAt)
	h.MessageID = messageID
	return nil
}

// Retry records an attempt SES definitely refused that may succeed later:
// the hand-off is pending again, due at next.
func (h *Handoff) Retry(next time.Time, errText string) error {
	if h.State != HandoffSending {
		return h.refuse("retry")
	}
	h.State, h.LastError, h.NextAt = HandoffPending, errText, &next
	return nil
}

// Failed records a failure that retrying cannot fix, or the last allowed
// attempt: the hand-off is failed and due no more.
func (h *Handoff) Failed(errText string) error {
	if h.State != HandoffSending {
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
	if before.State != HandoffPending || h.State != HandoffSending {
		return h.refuse("withdraw")
	}
	h.State, h.Attempts, h.NextAt = before.State, before.Attempts, before.NextAt
	return nil
}

// Unconfirmed records an attempt whose outcome is unknown (SES did not
// answer: the e-mail may have gone out). The hand-off is pending, due at
// next, and its next e-mail is marked as a possible duplicate; when an
// earlier outcome was unknown too (MaxUnconfirmed), it fails instead, for a
// person to check, since sending again could make a third e-mail.
func (h *Handoff) Unconfirmed(next time.Time, errText string) error {
	if h.State != HandoffSending {
		return h.refuse("record an unknown outcome")
	}
	if h.UnknownOutcomes >= MaxUnconfirmed {
		h.State, h.NextAt = HandoffFailed, nil
		h.LastError = "outcome of the last attempts unknown: check the SES sending log before sending by hand; last error: " + errText
		h.UnknownOutcomes++
		return nil
	}
	h.UnknownOutcomes++
	h.State, h.LastError, h.NextAt = HandoffPending, errText, &next
	return nil
}

// Stale reports whether a hand-off is still sending at now, past the due
// time Begin set: its sender died or lost its lease before writing the
// outcome.
func (h *Handoff) Stale(now time.Time) bool {
	return h != nil && h.State == HandoffSending && h.NextAt != nil && !h.NextAt.After(now)
}

// Recover takes over a stale hand-off (Stale): nobody knows whether SES
// accepted its e-mail, so the attempt counts as unconfirmed (Unconfirmed),
// due at once.
func (h *Handoff) Recover(now time.Time) error {
	if !h.Stale(now) {
		return h.refuse("recover")
	}
	return h.Unconfirmed(now, "sender stopped before recording the outcome (intent "+h.Intent+")")
}

// Reschedule makes a pending hand-off due at at.
func (h *Handoff) Reschedule(at time.Time) error {
	if h.State != HandoffPending {
		return h.refuse("reschedule")
	}
	h.NextAt = &at
	return nil
}

// Due reports whether the hand-off has work at or before now: a pending
// attempt, or a stale intent to recover.
func (h *Handoff) Due(now time.Time) bool {
	if h == nil || h.NextAt == nil || h.NextAt.After(now) {
		return false
	}
	return h.State == HandoffPending || h.State == HandoffSending
}

// Package handoff notifies sales about a qualified lead: it picks the owner
// with the routing rules (package assign: owner-first, the team's turn
// order, time away, daily caps, overflow), renders the sales notification,
// sends it through SES SendRawEmail, posts the lead to the form's webhook
// when one is configured, and records the outcome on the
// lead's Handoff through the hand-off state machine of package lead, which
// refuses any transition the rules do not allow. It runs outside the
// request that stored the lead: in the hand-off function, invoked
// asynchronously by intake (Worker), and in the dispatcher, which retries.
//
// # Exactly one sales e-mail
//
// An e-mail SES accepted is never sent again. Each attempt runs under a
// store lease and is bracketed by two writes:
//
//  1. the intent, before the send: state sending, the attempt counted, an
//     intent id, the owner picked, and a recovery time after the lease;
//     when it cannot be written nothing is sent;
//  2. the outcome, after the send, written by the caller's release of the
//     lease (one write: the outcome and the end of the lease) with a
//     context of its own (not the caller's, which may be cancelled or
//     nearly out of time) and retried with backoff (Persist) until it is
//     written or the lease nearly runs out; a sent hand-off with a webhook
//     to post records it before the post. The send is never retried in
//     the same attempt, and the SES client makes exactly one request per
//     send (no SDK retries), since a request whose answer is lost may have
//     been accepted.
//
// The lease (DefaultLeaseTTL) outlasts the send (SendTimeout) and the
// recording retries, so a live sender always writes its outcome first.
//
// # When nobody knows whether SES accepted the e-mail
//
// SES's answer decides the outcome: accepted (sent); an error SES itself
// returned, or a connection that never opened (the e-mail was definitely
// not sent: retried with backoff, or failed for good); throttled (the
// attempt is withdrawn, not counted). No answer at all (a timeout, a
// connection reset after the request was written) is an unknown outcome,
// and so is an intent found still sending after its lease and
// lead.UnconfirmedGrace ran out (the sender died, or could not write the
// outcome during a storage outage longer than the lease).
//
// SES itself settles most unknown outcomes. Every e-mail goes through the
// configuration set (Notifier.ConfigurationSet) with message tags naming
// the lead and the e-mail (sesevents.TagLead, sesevents.TagEmail); for
// every message it accepts SES publishes a Send event, which the SES
// events function records as a send mark (store.SendMark). Before an
// unknown outcome is ever sent again, the mark is read: when SES accepted
// the e-mail the hand-off is confirmed sent (lead.Handoff.Confirm) and
// nothing is sent. A sender that got no answer waits for the mark up to
// MarkWait; a retry comes lead.UnconfirmedGrace later and reads it again.
// Only when SES has reported nothing by then (its event pipeline is down,
// or the request never reached it) is the e-mail resent, once, to the
// same owner, with the subject prefixed "[Possible duplicate]" and an
// X-Leadsieve-Possible-Duplicate header, and logged at ERROR for on-call;
// every attempt for a lead carries the same Message-ID, so a mail client
// that de-duplicates by Message-ID shows one. A second unknown outcome
// fails the hand-off (logged at ERROR) for a person to check the SES
// sending log, rather than risk a third e-mail. When the mark cannot be
// read (storage down), nothing is sent: the attempt is due again later.
//
// # The owner
//
// The first attempt picks the owner (assign.Rules.Route), taking the
// team's turn and counting the lead against the member's daily cap in the
// table (Counters), and the intent records the owner, the team and why
// (lead.Handoff.OwnerEmail, Team, Route: the decision's summary; who was
// skipped is logged) before anything is sent. Every later attempt (a
// retry, a resend after an unknown outcome) goes to the owner recorded,
// without routing again: a lead's e-mails all go to one person, and a turn
// or a count is taken once per lead. When the intent
// cannot be written, the release of the lease still records the owner;
// only when neither write succeeds (storage down), or the process dies
// between routing and the intent, is the lead routed again by a later
// attempt: the team's counter has then given one turn, and a capped
// member's count one lead, that no hand-off kept. That over-count (at
// most one turn and one count per lost attempt) is accepted: it costs a
// member one lead of their share or cap that day, whereas recording the
// owner before taking the turn would need a second write on every
// hand-off.
//
// A returning person (owner_first) goes back to the owner of their latest
// earlier lead that had one (Leads: the person's leads by e-mail address),
// read only for a lead intake merged with the person's earlier one
// (lead.Lead.PreviousID): a first lead costs no read. (A person whose
// newest earlier lead was junk is not merged, and so goes by turns.)
//
// Webhooks are posted at most once, after the sent outcome is stored, with
// an Idempotency-Key header (lead id + ":handoff") so that a receiver can
// drop a repeat, should an unknown-outcome resend post again.
package handoff

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/ses/types"
	"github.com/aws/smithy-go"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Sender is the part of the SES (v1) client that sends mail.
type Sender interface {
	SendRawEmail(ctx context.Context, in *ses.SendRawEmailInput, opts ...func(*ses.Options)) (*ses.SendRawEmailOutput, error)
}

// WebhookPoster delivers a signed JSON payload (webhook.Sender) with an
// idempotency key the receiver can de-duplicate on.
type WebhookPoster interface {
	Send(ctx context.Context, rawURL, secret, idempotencyKey string, payload any) error
}

// SendMarks reads what SES reported it accepted (store.Store.SentMark):
// the mark of e-mail what (sesevents.EmailHandoff, a nurture step) about
// lead leadID, or nil when SES has reported none.
type SendMarks interface {
	SentMark(ctx context.Context, leadID, what string) (*store.SendMark, error)
}

// Recorder writes a leased lead's hand-off (and enrollment) back and keeps
// the lease (store.Record); it fails with store.ErrConflict once the lease
// is lost.
type Recorder interface {
	Record(ctx context.Context, ls *lead.Lease, now time.Time) error
}

// Defaults for retries, and the times an attempt is bounded by. A sales
// e-mail is worth most in its first minutes, and the usual failure is a
// short outage of SES or the network: the first retries come within
// seconds (5 s, 10 s, 20 s …), the waits double up to an hour, and the
// twelfth failure, about two and a half hours after the first, is final.
const (
	DefaultMaxAttempts = 12
	DefaultBaseBackoff = 5 * time.Second
	MaxBackoff         = time.Hour
	// RespondWithin is the speed-to-lead target shown to sales.
	RespondWithin = 5 * time.Minute
	// MaxWebhookTimeout bounds a webhook delivery whatever the form says,
	// well inside DefaultLeaseTTL.
	MaxWebhookTimeout = 30 * time.Second
	// SendTimeout bounds one SES request.
	SendTimeout = 10 * time.Second
	// RecordTimeout bounds one write of an intent or an outcome.
	RecordTimeout = 3 * time.Second
	// RecordMargin is how long before the lease ends a sender stops
	// retrying the write of an outcome; an attempt begins only with at
	// least SendTimeout + RecordMargin of its lease left.
	RecordMargin = 10 * time.Second
	// MarkWait bounds how long a sender that got no answer from SES
	// waits for SES's Send event (usually a second or two through SNS)
	// before it records the outcome as unknown.
	MarkWait = 15 * time.Second
	// DefaultLeaseTTL bounds one delivery attempt: the send, the webhook
	// and retrying the write of the outcome. Another worker takes over a
	// hand-off only after it and lead.UnconfirmedGrace ran out.
	DefaultLeaseTTL = 2 * time.Minute
)

// IdempotencyKey is the Idempotency-Key a lead's webhook post carries.
func IdempotencyKey(leadID string) string { return leadID + ":handoff" }

// Notifier sends sales notifications.
type Notifier struct {
	Mail Sender
	// Rules pick the owner; nil sends everything to DefaultTo.
	Rules *assign.Rules
	// Counters are the routing counters (store.Routing): the teams' turns
	// and the members' daily counts. nil keeps them in this process only
	// (tests and tools: each process would have turns of its own).
	Counters assign.Counters
	// Leads reads a person's earlier leads for owner-first routing
	// (store.Store); nil finds none.
	Leads EarlierLeads
	From  mail.Address
	// DefaultTo receives leads when routing yields no owner, and a team's
	// overflow when the team has no inbox of its own.
	DefaultTo  mail.Address
	ConsoleURL string
	// OutcomeLinks, when set, adds the signed "Was this a good lead?"
	// link to each e-mail (outcomelink.Signer provides it).
	OutcomeLinks interface {
		URL(leadID string, issued time.Time) (string, error)
	}
	// Forms and Webhook enable per-form webhooks; WebhookSecrets holds each
	// form's signing secret by form id, read once at cold start
	// (WebhookSecrets builds it).
	Forms          *forms.Set
	Webhook        WebhookPoster
	WebhookSecrets map[string]string
	// Suppressions, when set, is asked before each e-mail: the hand-off
	// of an erased person's lead (a post after the erasure) is never
	// sent, while an unsubscribe or a bounce of the person's own address
	// does not stop sales hearing of a new enquiry (docs/privacy.md).
	Suppressions interface {
		Suppressed(ctx context.Context, email string) (*store.Suppression, error)
	}

	// ConfigurationSet is the SES configuration set every send goes
	// through: its event destination publishes the Send events that the
	// SES events function records as send marks. "" sends without one (no
	// marks: an unknown outcome is resent as a possible duplicate).
	ConfigurationSet string
	// Marks reads the send marks; nil never finds one.
	Marks SendMarks
	// MarkWait overrides MarkWait (tests).
	MarkWait time.Duration

	MaxAttempts int
	BaseBackoff time.Duration
	// local are the Counters when none are set.
	local     *assign.MemoryCounters
	localOnce sync.Once
	// Clock is the wall clock leases are measured by; nil means time.Now
	// (the now given to Attempt may be simulated).
	Clock func() time.Time
	Log   *slog.Logger
}

// EarlierLeads reads a person's leads by e-mail address, newest first
// (store.Store.ListByEmail).
type EarlierLeads interface {
	ListByEmail(ctx context.Context, email string, limit int) ([]*lead.Lead, error)
}

// earlierLeadsRead is how many of a person's newest leads owner-first
// routing reads looking for one with an owner.
const earlierLeadsRead = 20

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

// Errors of an attempt that sent nothing, or may have sent.
var (
	// ErrLeaseTooShort: too little of the lease is left for a send and
	// the write of its outcome; nothing was sent.
	ErrLeaseTooShort = errors.New("handoff: lease too short to send")
	// ErrIntentNotRecorded: the intent could not be written; nothing was
	// sent.
	ErrIntentNotRecorded = errors.New("handoff: intent not recorded")
	// ErrOutcomeUnknown: SES gave no answer, or a sender stopped before
	// recording one; the e-mail may have gone out.
	ErrOutcomeUnknown = errors.New("handoff: outcome of the send unknown")
)

// Attempt makes one delivery attempt for the hand-off of the lead held
// under ls, at now, writing the intent through rec (see the package doc)
// and leaving the outcome on ls.Lead.Handoff for the caller's release of
// the lease to write (with Persist): sent (with owner, message id and
// speed-to-lead), pending with the error and the next retry time, failed,
// or withdrawn when SES throttled the send. A stale intent
// (lead.Handoff.Stale) is recovered first. It returns nil when sent or when
// nothing is pending, else why not; a throttled send's error satisfies
// Throttled.
func (n *Notifier) Attempt(ctx context.Context, rec Recorder, ls *lead.Lease, now time.Time) error {
	l := ls.Lead
	h := l.Handoff
	if h == nil {
		return nil
	}
	if h.Stale(now) {
		// The sender stopped before writing the outcome; SES may have
		// reported what became of its e-mail.
		if done, err := n.settle(ctx, rec, ls, now); done || err != nil {
			return err
		}
		_ = h.Recover(now)
		n.log().Error("sales hand-off outcome unknown: a sender stopped before recording it", "lead", l.ID,
			"attempts", h.Attempts, "state", h.State, "resend_as_possible_duplicate", h.State == lead.HandoffPending)
		if h.State != lead.HandoffPending {
			return ErrOutcomeUnknown
		}
	}
	if h.State != lead.HandoffPending {
		return nil
	}
	if h.PossibleDuplicate() {
		// An earlier attempt's outcome is unknown: SES may have accepted
		// it. Its Send event says so; without an answer nothing is sent.
		if done, err := n.settle(ctx, rec, ls, now); done || err != nil {
			return err
		}
	}
	if n.clock().Add(SendTimeout + RecordMargin).After(ls.Until) {
		return ErrLeaseTooShort
	}
	if n.Suppressions != nil && l.Email != "" {
		sup, err := n.Suppressions.Suppressed(ctx, l.Email)
		if err != nil {
			return err // still pending: the dispatcher tries again
		}
		if sup != nil && sup.Reason == store.ReasonErasure {
			_ = h.Begin(newIntent(h.Attempts+1), ls.Until.Add(lead.UnconfirmedGrace))
			_ = h.Failed("not sent: the address was erased")
			n.log().Info("sales hand-off withheld: the address was erased", "lead", l.ID)
			return nil
		}
	}
	before := *h
	_ = h.Begin(newIntent(h.Attempts+1), ls.Until.Add(lead.UnconfirmedGrace))
	msg, err := n.compose(ctx, l, now)
	if err == nil {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), RecordTimeout)
		err = rec.Record(rctx, ls, now)
		cancel()
		if err != nil {
			_ = h.Withdraw(before)
			n.log().Warn("sales hand-off: intent not recorded, nothing sent", "lead", l.ID, "err", err)
			return fmt.Errorf("%w: %w", ErrIntentNotRecorded, err)
		}
		err = n.send(ctx, h, msg)
	}
	errText := ""
	if err != nil {
		errText = truncate(err.Error(), 300)
	}
	maxAttempts := n.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = DefaultMaxAttempts
	}
	switch {
	case err == nil:
		_ = h.Sent(now, l.ReceivedAt)
		if n.webhookFor(l) != nil {
			h.Webhook = lead.WebhookPosting
		}
		n.log().Info("sales notified", "lead", l.ID, "team", h.Team, "attempts", h.Attempts,
			"possible_duplicate", h.PossibleDuplicate(), "speed_to_lead_ms", h.SpeedToLeadMS)
	case Throttled(err):
		// Not the lead's fault: as before the attempt (the owner picked
		// stays), without using up an attempt.
		_ = h.Withdraw(before)
	case !NotSent(err) && n.awaitMark(ctx, l, ls.Until.Add(-RecordMargin)):
		// SES's Send event arrived: accepted after all.
		err = nil
	case !NotSent(err):
		_ = h.Unconfirmed(now.Add(lead.UnconfirmedGrace), errText)
		n.log().Error("sales hand-off outcome unknown: SES gave no answer", "lead", l.ID, "attempts", h.Attempts,
			"state", h.State, "resend_as_possible_duplicate", h.State == lead.HandoffPending, "err", errText)
		err = fmt.Errorf("%w: %w", ErrOutcomeUnknown, err)
	case h.Attempts >= maxAttempts || permanent(err):
		_ = h.Failed(errText)
		n.log().Error("sales hand-off failed for good", "lead", l.ID, "attempts", h.Attempts, "err", h.LastError)
	default:
		next := now.Add(Backoff(n.BaseBackoff, h.Attempts))
		_ = h.Retry(next, errText)
		n.log().Warn("sales hand-off will be retried", "lead", l.ID, "attempts", h.Attempts, "next_at", next, "err", h.LastError)
	}
	if err == nil && h.Webhook == lead.WebhookPosting {
		// The post follows the stored outcome: a sender that dies after
		// posting must not leave an intent that sends the e-mail again.
		n.recordOutcome(ctx, rec, ls, now)
		n.postWebhook(ctx, l)
	}
	return err
}

// settle looks up what SES reported of the earlier attempt of the hand-off
// held under ls, whose outcome is unknown: when SES accepted it, the
// hand-off is recorded sent (its webhook posted after the outcome is
// written, as after any send) and settle reports done. When the mark cannot
// be read nothing may be sent: a pending hand-off is due again a little
// later (a stale intent stays as it is, due already) and the error says so.
func (n *Notifier) settle(ctx context.Context, rec Recorder, ls *lead.Lease, now time.Time) (done bool, err error) {
	l := ls.Lead
	h := l.Handoff
	m, err := n.mark(ctx, l.ID)
	if err != nil {
		if h.State == lead.HandoffPending {
			_ = h.Reschedule(now.Add(Backoff(n.BaseBackoff, 1)))
		}
		n.log().Warn("sales hand-off outcome unknown and the send mark not readable: nothing sent", "lead", l.ID, "err", err)
		return false, fmt.Errorf("%w: %w", ErrOutcomeUnknown, err)
	}
	if m == nil {
		return false, nil
	}
	n.confirmed(l, m)
	if h.Webhook == lead.WebhookPosting {
		n.recordOutcome(ctx, rec, ls, now)
		n.postWebhook(ctx, l)
	}
	return true, nil
}

// mark reads the send mark of lead id's hand-off; nil without Marks.
func (n *Notifier) mark(ctx context.Context, id string) (*store.SendMark, error) {
	if n.Marks == nil {
		return nil, nil
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), RecordTimeout)
	defer cancel()
	return n.Marks.SentMark(rctx, id, sesevents.EmailHandoff)
}

// confirmed records on l's hand-off that SES accepted its e-mail, as the
// send mark m reports: sent, never to be sent again.
func (n *Notifier) confirmed(l *lead.Lead, m *store.SendMark) {
	h := l.Handoff
	_ = h.Confirm(m.At, l.ReceivedAt, m.MessageID)
	if n.webhookFor(l) != nil && h.Webhook == "" {
		h.Webhook = lead.WebhookPosting
	}
	n.log().Warn("sales hand-off outcome was unknown; SES reports it accepted the e-mail: not sent again",
		"lead", l.ID, "attempts", h.Attempts, "message_id", m.MessageID, "speed_to_lead_ms", h.SpeedToLeadMS)
}

// awaitMark waits, while SES's answer to the send of l's hand-off is
// unknown, for SES's Send event to be recorded, up to MarkWait and never
// past until; when it comes, the hand-off is confirmed sent and awaitMark
// reports true.
func (n *Notifier) awaitMark(ctx context.Context, l *lead.Lead, until time.Time) bool {
	if n.Marks == nil || n.ConfigurationSet == "" {
		return false
	}
	wait := n.MarkWait
	if wait <= 0 {
		wait = MarkWait
	}
	if u := n.clock().Add(wait); u.Before(until) {
		until = u
	}
	pause := 100 * time.Millisecond
	for {
		m, err := n.mark(ctx, l.ID)
		if err == nil && m != nil {
			n.confirmed(l, m)
			return true
		}
		if !n.clock().Add(pause).Before(until) {
			return false
		}
		time.Sleep(pause)
		pause = min(2*pause, 2*time.Second)
	}
}

// recordOutcome writes the hand-off's outcome, retrying the write (never
// the send) until it is written, the lease is lost, or the lease nearly ran
// out (Persist).
func (n *Notifier) recordOutcome(ctx context.Context, rec Recorder, ls *lead.Lease, now time.Time) {
	err := Persist(ctx, ls.Until.Add(-RecordMargin), n.clock, func(ctx context.Context) error { return rec.Record(ctx, ls, now) })
	if err != nil {
		n.log().Error("sales hand-off: outcome not recorded; the next worker recovers the intent after the lease",
			"lead", ls.Lead.ID, "state", ls.Lead.Handoff.State, "err", err)
	}
}

// Persist runs write, each try bounded by RecordTimeout on a context that
// ctx's cancellation and deadline do not reach (a cancelled request or a
// passed deadline must not lose an outcome), retrying with backoff (100 ms
// doubling to 2 s) until it succeeds, fails with store.ErrConflict (the
// lease was lost: retrying cannot help), or until (by clock) has come.
func Persist(ctx context.Context, until time.Time, clock func() time.Time, write func(context.Context) error) error {
	base := context.WithoutCancel(ctx)
	wait := 100 * time.Millisecond
	for {
		wctx, cancel := context.WithTimeout(base, RecordTimeout)
		err := write(wctx)
		cancel()
		if err == nil || errors.Is(err, store.ErrConflict) || !clock().Add(wait+RecordTimeout).Before(until) {
			return err
		}
		time.Sleep(wait)
		wait = min(2*wait, 2*time.Second)
	}
}

func newIntent(attempt int) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return strconv.Itoa(attempt) + "-" + hex.EncodeToString(b[:])
}

func (n *Notifier) clock() time.Time {
	if n.Clock != nil {
		return n.Clock()
	}
	return time.Now()
}

// throttleCodes are the SES error codes of sending too fast (or beyond the
// daily quota, which SES also reports as Throttling).
var throttleCodes = map[string]bool{"Throttling": true, "ThrottlingException": true, "TooManyRequestsException": true}

// Throttled reports whether err is SES telling the sender to slow down:
// an API error with a throttling code or the "Maximum sending rate
// exceeded" message.
func Throttled(err error) bool {
	var ae smithy.APIError
	if !errors.As(err, &ae) {
		return false
	}
	return throttleCodes[ae.ErrorCode()] || strings.Contains(ae.ErrorMessage(), "Maximum sending rate exceeded")
}

// NotSent reports whether a failed send definitely did not send the
// e-mail: the message could not be built, SES answered with an error, or
// the connection to SES never opened. Anything else (a timeout, a
// connection lost after the request went out) leaves the outcome unknown.
func NotSent(err error) bool {
	if err == nil {
		return false
	}
	if permanent(err) {
		return true
	}
	var ae smithy.APIError
	if errors.As(err, &ae) {
		return true
	}
	if errors.Is(err, errNotRouted) {
		return true
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" {
		return true
	}
	var de *net.DNSError
	return errors.As(err, &de)
}

// errPermanent marks failures that retrying cannot fix.
var errPermanent = errors.New("permanent")

func permanent(err error) bool { return errors.Is(err, errPermanent) }

// errNotRouted marks a failure to pick the owner (the routing counters or
// the person's earlier leads could not be read): nothing was sent, and a
// retry may succeed.
var errNotRouted = errors.New("owner not picked, nothing sent")

// compose picks the owner (the first attempt's, on retries) and renders
// the sales notification for l at now. Every attempt for a lead carries the
// same Message-ID; a resend after an unknown outcome is marked as a
// possible duplicate.
func (n *Notifier) compose(ctx context.Context, l *lead.Lead, now time.Time) (mail.Message, error) {
	h := l.Handoff
	to := n.DefaultTo
	if h.OwnerEmail != "" {
		// Retries keep the owner the first attempt picked.
		to = mail.Address{Name: h.OwnerName, Address: h.OwnerEmail}
	} else if n.Rules != nil {
		d, err := n.route(ctx, n.Rules, l, now)
		if err != nil {
			return mail.Message{}, fmt.Errorf("handoff: %w: %w", errNotRouted, err)
		}
		if d.Member.Email != "" {
			to = mail.Address{Name: d.Member.Name, Address: d.Member.Email}
		}
		h.Team, h.Route = d.Team, d.Summary()
		n.log().Info("sales owner picked", "lead", l.ID, "team", d.Team, "route", d.Reason())
	}
	h.OwnerName, h.OwnerEmail = to.Name, to.Address
	sl := mail.SalesLead{
		ID: l.ID, FormID: l.FormID, Fields: l.Fields, Verdict: l.Verdict, JunkScore: l.Screening.Score,
		Reasons: l.Reasons, ReceivedAt: l.ReceivedAt,
	}
	if l.Fit != nil {
		sl.FitScore, sl.Grade, sl.Segment = l.Fit.Score, l.Fit.Grade, l.Fit.Segment
	}
	opts := mail.SalesOptions{From: n.From, To: to, ConsoleURL: n.ConsoleURL, Now: now, RespondWithin: RespondWithin, Routing: h.Route}
	if n.OutcomeLinks != nil {
		var err error
		if opts.OutcomeURL, err = n.OutcomeLinks.URL(l.ID, now); err != nil {
			return mail.Message{}, fmt.Errorf("handoff: outcome link: %w: %w", errPermanent, err)
		}
	}
	msg, err := mail.SalesNotification(sl, opts)
	if err != nil {
		return mail.Message{}, fmt.Errorf("handoff: render: %w: %w", errPermanent, err)
	}
	msg.Date = now
	if _, domain, ok := strings.Cut(n.From.Address, "@"); ok {
		msg.MessageID = "handoff." + strings.ToLower(l.ID) + "@" + domain
	}
	if msg.Headers == nil {
		msg.Headers = map[string]string{}
	}
	msg.Headers["X-Leadsieve-Lead"] = l.ID
	if h.PossibleDuplicate() {
		msg.Subject = "[Possible duplicate] " + msg.Subject
		msg.Headers["X-Leadsieve-Possible-Duplicate"] = "yes; the outcome of an earlier attempt is unknown"
	}
	return msg, nil
}

// route decides who gets l at now by rules: the first attempt's choice of
// owner (compose keeps it for every later one).
func (n *Notifier) route(ctx context.Context, rules *assign.Rules, l *lead.Lead, now time.Time) (assign.Decision, error) {
	rl := assign.LeadOf(l)
	// Only a returning person has an earlier owner: intake merged their
	// newest earlier lead into this one (PreviousID). A first lead reads
	// nothing.
	if rules.OwnerFirst() && n.Leads != nil && l.Email != "" && l.PreviousID != "" {
		owner, err := n.earlierOwner(ctx, l)
		if err != nil {
			return assign.Decision{}, err
		}
		rl.EarlierOwner = owner
	}
	return rules.Route(ctx, n.counters(), rl, now)
}

// earlierOwner is the owner of the person's latest lead before l whose
// hand-off has one; "" when none has.
func (n *Notifier) earlierOwner(ctx context.Context, l *lead.Lead) (string, error) {
	rctx, cancel := context.WithTimeout(ctx, RecordTimeout)
	defer cancel()
	leads, err := n.Leads.ListByEmail(rctx, l.Email, earlierLeadsRead)
	if err != nil {
		return "", fmt.Errorf("read the person's earlier leads: %w", err)
	}
	for _, e := range leads {
		// Ids begin with their time: a smaller id is an earlier lead.
		if e.ID < l.ID && e.Handoff != nil && e.Handoff.OwnerEmail != "" {
			return e.Handoff.OwnerEmail, nil
		}
	}
	return "", nil
}

// counters are the routing counters: Counters, else this process's own.
func (n *Notifier) counters() assign.Counters {
	if n.Counters != nil {
		return n.Counters
	}
	n.localOnce.Do(func() { n.local = assign.NewMemoryCounters(assign.Snapshot{}) })
	return n.local
}

// send sends msg to the hand-off's owner and keeps SES's message id.
func (n *Notifier) send(ctx context.Context, h *lead.Handoff, msg mail.Message) error {
	raw, err := msg.Bytes()
	if err != nil {
		return fmt.Errorf("handoff: build message: %w: %w", errPermanent, err)
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), SendTimeout)
	defer cancel()
	id, err := SendRaw(sctx, n.Mail, n.From.Address, h.OwnerEmail, raw, Envelope{
		ConfigurationSet: n.ConfigurationSet, LeadID: msg.Headers["X-Leadsieve-Lead"], What: sesevents.EmailHandoff,
	})
	if err != nil {
		return err
	}
	h.MessageID = id
	return nil
}

// SESIdleTimeout is how long an idle connection to SES is kept for the
// next send. It is shorter than the time servers keep an idle connection
// open (Node's 5 s default, which the local SES server runs with; longer
// on AWS): a send written on a connection the server is closing for
// idleness is reset, and the sender cannot tell whether SES saw it, an
// unknown outcome that costs a "[Possible duplicate]" resend. Three of
// 1,350 sales e-mails met that race in a plain `make load` run.
const SESIdleTimeout = 2 * time.Second

// NewSESClient is the SES client the hand-off sends with: the SDK's, with
// idle connections dropped after SESIdleTimeout.
func NewSESClient(cfg aws.Config) *ses.Client {
	hc := awshttp.NewBuildableClient().WithTransportOptions(func(tr *http.Transport) {
		tr.IdleConnTimeout = SESIdleTimeout
	})
	return ses.NewFromConfig(cfg, func(o *ses.Options) { o.HTTPClient = hc })
}

// Envelope says what an e-mail is about, for SES: the configuration set
// it goes through ("" for none) and, as message tags, the lead and which
// e-mail about it this is (sesevents.TagLead, sesevents.TagEmail), which
// SES repeats in the Send event it publishes when it accepts the message.
type Envelope struct {
	ConfigurationSet string
	LeadID           string
	What             string
}

// tags are the envelope's message tags, sanitised as SES requires.
func (e Envelope) tags() []types.MessageTag {
	var tags []types.MessageTag
	if e.LeadID != "" {
		tags = append(tags, types.MessageTag{Name: aws.String(sesevents.TagLead), Value: aws.String(sesevents.Tag(e.LeadID))})
	}
	if e.What != "" {
		tags = append(tags, types.MessageTag{Name: aws.String(sesevents.TagEmail), Value: aws.String(sesevents.Tag(e.What))})
	}
	return tags
}

// SendRaw sends one raw MIME message through SES, with env's
// configuration set and tags, and returns its message id. It makes exactly
// one request: the SDK's retries are off, because a retried request whose
// first answer was lost may send the e-mail twice.
func SendRaw(ctx context.Context, s Sender, from, to string, raw []byte, env Envelope) (string, error) {
	in := &ses.SendRawEmailInput{
		Source:       &from,
		Destinations: []string{to},
		RawMessage:   &types.RawMessage{Data: raw},
		Tags:         env.tags(),
	}
	if env.ConfigurationSet != "" {
		in.ConfigurationSetName = aws.String(env.ConfigurationSet)
	}
	out, err := s.SendRawEmail(ctx, in, func(o *ses.Options) { o.RetryMaxAttempts = 1 })
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

// webhookFor is l's form when it has a webhook to post to.
func (n *Notifier) webhookFor(l *lead.Lead) *forms.Form {
	if n.Forms == nil || n.Webhook == nil {
		return nil
	}
	f := n.Forms.Get(l.FormID)
	if f == nil || f.Webhook == nil {
		return nil
	}
	return f
}

// postWebhook posts the lead once to its form's webhook, after the sent
// outcome was recorded; failures are logged and recorded, never retried
// with the email. The caller writes the webhook's outcome.
func (n *Notifier) postWebhook(ctx context.Context, l *lead.Lead) {
	h := l.Handoff
	f := n.webhookFor(l)
	if f == nil || h.Webhook != lead.WebhookPosting {
		return
	}
	secret := n.WebhookSecrets[f.ID]
	if secret == "" {
		h.Webhook = lead.WebhookFailed
		n.log().Error("webhook secret not set", "form", f.ID, "env", f.Webhook.SecretEnv)
		return
	}
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), min(max(f.Webhook.Timeout, time.Second), MaxWebhookTimeout))
	defer cancel()
	payload := WebhookPayload{Event: "lead.qualified", Lead: l, Owner: map[string]any{"name": h.OwnerName, "email": h.OwnerEmail, "team": h.Team}, Delivered: time.Now().UTC()}
	if err := n.Webhook.Send(wctx, f.Webhook.URL, secret, IdempotencyKey(l.ID), payload); err != nil {
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

// Package dispatch runs the dispatcher pass: it reads the due-work index,
// retries due sales hand-offs (and recovers those whose sender stopped
// before recording the outcome) and sends due nurture steps at a configured
// send rate, and stops cleanly before its deadline so the next run resumes
// where it left off. Every lead is worked under a store lease, so two
// dispatchers (or a dispatcher and the hand-off function) never work the
// same lead at once, and every send is bracketed by a stored intent and a
// stored outcome (package handoff explains how). A nurture step is
// delivered at most once: a step whose outcome is unknown (SES gave no
// answer, or a stale intent) counts as sent. What may happen to a hand-off
// or an enrollment is decided by their state machines in package lead; the
// pass only picks which transition the outcome of a send calls for.
package dispatch

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Store is the storage a pass needs, in the domain's terms.
type Store interface {
	// QueryDue lists one page of a shard's leads with work due at or
	// before now, starting at an opaque cursor ("" first).
	QueryDue(ctx context.Context, shard int, now time.Time, limit int, cursor string) (store.DuePage, error)
	// ClaimDue leases a lead whose work is still due; store.ErrConflict
	// when it is gone or held by another worker.
	ClaimDue(ctx context.Context, id string, now, clock time.Time, ttl time.Duration) (*lead.Lease, error)
	// Record writes the leased lead's hand-off and enrollment back and
	// keeps the lease (intents and outcomes of sends).
	Record(ctx context.Context, ls *lead.Lease, now time.Time) error
	// Release writes the leased lead's hand-off and enrollment back.
	Release(ctx context.Context, ls *lead.Lease, now time.Time) error
	// Suppressed reports why an address may not be emailed, or nil.
	Suppressed(ctx context.Context, email string) (*store.Suppression, error)
}

// Catalog returns the sequences to use for this pass.
type Catalog func(ctx context.Context) (*nurture.Catalog, error)

// Defaults.
const (
	DefaultRate        = 14 // emails per second (the SES sandbox default)
	DefaultMargin      = 5 * time.Second
	DefaultPageSize    = 100
	DefaultWorkers     = 8
	DefaultMaxAttempts = 8
)

// Dispatcher runs passes. Fields left zero take the defaults.
type Dispatcher struct {
	Store   Store
	Handoff *handoff.Notifier
	Catalog Catalog
	Mail    handoff.Sender
	Unsub   *unsubscribe.Signer
	// BaseURL is the public base of the unsubscribe function
	// (https://host[/stage]); links are BaseURL + "/u/" + token.
	BaseURL       string
	UnsubMailto   string
	PostalAddress string

	// Rate is the SES send rate in emails per second.
	Rate float64
	// Margin is how long before the context deadline a pass stops taking
	// new work.
	Margin      time.Duration
	PageSize    int
	Workers     int
	MaxAttempts int
	LeaseTTL    time.Duration
	// Clock is the wall clock for leases (a pass may run "as if" at
	// another time); nil means time.Now.
	Clock func() time.Time
	Log   *slog.Logger

	limOnce sync.Once
	lim     *limiter
}

// Stats summarise one pass.
type Stats struct {
	Leads       int `json:"leads"`
	HandoffSent int `json:"handoffs_sent"`
	HandoffErr  int `json:"handoff_errors"`
	StepsSent   int `json:"steps_sent"`
	StepErr     int `json:"step_errors"`
	Enrolled    int `json:"enrolled"`
	Stopped     int `json:"stopped"`
	// Deferred counts steps that were due but found the send window
	// closed; they wait for its next opening.
	Deferred  int  `json:"deferred"`
	Conflicts int  `json:"conflicts"`
	Deadline  bool `json:"stopped_at_deadline"`
	// Throttled reports that SES throttled a send and the pass stopped
	// sending; what it did not send stays due for the next pass.
	Throttled bool `json:"stopped_throttled"`
}

func (s *Stats) add(o Stats) {
	s.Leads += o.Leads
	s.HandoffSent += o.HandoffSent
	s.HandoffErr += o.HandoffErr
	s.StepsSent += o.StepsSent
	s.StepErr += o.StepErr
	s.Enrolled += o.Enrolled
	s.Stopped += o.Stopped
	s.Deferred += o.Deferred
	s.Conflicts += o.Conflicts
}

// Emails is the number of emails sent.
func (s Stats) Emails() int { return s.HandoffSent + s.StepsSent }

// errDeadline ends a pass early.
var errDeadline = errors.New("dispatch: deadline near")

// errThrottled ends a pass early: SES throttled a send.
var errThrottled = errors.New("dispatch: SES throttled")

// Throttled reports whether err is SES telling the sender to slow down
// (handoff.Throttled).
func Throttled(err error) bool { return handoff.Throttled(err) }

// pass is the state shared by the workers of one pass.
type pass struct {
	stop time.Time
	// throttled is set by the first throttled send; nothing is sent after.
	throttled atomic.Bool
}

// Pass works everything due at or before now, shard by shard, until the
// index has nothing more due, the context deadline (minus Margin) is near,
// or SES throttles a send. It returns an error only when storage fails;
// individual send failures are recorded on the leads and retried later. A
// throttled send is not counted as a failed attempt: the lead stays due as
// it was, and so does everything the pass did not reach.
func (d *Dispatcher) Pass(ctx context.Context, now time.Time) (Stats, error) {
	var total Stats
	stop := d.stopTime(ctx)
	ps := &pass{stop: stop}
	cat, err := d.Catalog(ctx)
	if err != nil {
		return total, fmt.Errorf("dispatch: sequences: %w", err)
	}
	// The first page of every shard is asked for at once: a pass that
	// finds little due waits for one round trip, not one per shard.
	var firsts [store.DueShards]store.DuePage
	var errs [store.DueShards]error
	var wg sync.WaitGroup
	for shard := range store.DueShards {
		wg.Go(func() { firsts[shard], errs[shard] = d.Store.QueryDue(ctx, shard, now, d.pageSize(), "") })
	}
	wg.Wait()
	for shard := range store.DueShards {
		var cursor string
		for first := true; ; first = false {
			if d.late(ctx, stop) {
				total.Deadline = true
				return total, nil
			}
			page, err := firsts[shard], errs[shard]
			if !first {
				page, err = d.Store.QueryDue(ctx, shard, now, d.pageSize(), cursor)
			}
			if err != nil {
				return total, err
			}
			st, err := d.work(ctx, page.Refs, now, cat, ps)
			total.add(st)
			if errors.Is(err, errDeadline) {
				total.Deadline = true
				return total, nil
			}
			if errors.Is(err, errThrottled) {
				total.Throttled = true
				d.log().Warn("SES throttled: pass stopped; due work resumes next pass", "stats", total)
				return total, nil
			}
			if err != nil {
				return total, err
			}
			if page.Next == "" {
				break
			}
			cursor = page.Next
		}
	}
	return total, nil
}

func (d *Dispatcher) stopTime(ctx context.Context) time.Time {
	dl, ok := ctx.Deadline()
	if !ok {
		return time.Time{}
	}
	m := d.Margin
	if m <= 0 {
		m = DefaultMargin
	}
	return dl.Add(-m)
}

func (d *Dispatcher) late(ctx context.Context, stop time.Time) bool {
	return ctx.Err() != nil || (!stop.IsZero() && time.Now().After(stop))
}

func (d *Dispatcher) pageSize() int {
	if d.PageSize > 0 {
		return d.PageSize
	}
	return DefaultPageSize
}

// work handles one page of due leads with a few workers.
func (d *Dispatcher) work(ctx context.Context, refs []store.DueRef, now time.Time, cat *nurture.Catalog, ps *pass) (Stats, error) {
	workers := d.Workers
	if workers <= 0 {
		workers = DefaultWorkers
	}
	var (
		mu    sync.Mutex
		total Stats
		first error
		wg    sync.WaitGroup
	)
	next := make(chan store.DueRef)
	for range min(workers, max(1, len(refs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ref := range next {
				if ps.throttled.Load() {
					continue // leave it due, unclaimed
				}
				st, err := d.one(ctx, ref, now, cat, ps)
				mu.Lock()
				total.add(st)
				if err != nil && first == nil {
					first = err
				}
				mu.Unlock()
			}
		}()
	}
	var err error
	for _, ref := range refs {
		if d.late(ctx, ps.stop) {
			err = errDeadline
			break
		}
		if ps.throttled.Load() {
			err = errThrottled
			break
		}
		mu.Lock()
		failed := first != nil
		mu.Unlock()
		if failed {
			break
		}
		next <- ref
	}
	close(next)
	wg.Wait()
	if err == nil && first == nil && ps.throttled.Load() {
		err = errThrottled
	}
	if err != nil {
		return total, err
	}
	return total, first
}

func (d *Dispatcher) clock() time.Time {
	if d.Clock != nil {
		return d.Clock()
	}
	return time.Now()
}

func (d *Dispatcher) log() *slog.Logger {
	if d.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.Log
}

// one leases one lead and does its due work.
func (d *Dispatcher) one(ctx context.Context, ref store.DueRef, now time.Time, cat *nurture.Catalog, ps *pass) (Stats, error) {
	var st Stats
	ttl := d.LeaseTTL
	if ttl <= 0 {
		ttl = handoff.DefaultLeaseTTL
	}
	ls, err := d.Store.ClaimDue(ctx, ref.ID, now, d.clock(), ttl)
	if errors.Is(err, store.ErrConflict) {
		st.Conflicts++
		return st, nil
	}
	if err != nil {
		return st, err
	}
	st.Leads++
	l := ls.Lead
	if h := l.Handoff; h.Due(now) {
		d.limiter().wait(ctx)
		if !ps.throttled.Load() {
			switch err := d.Handoff.Attempt(ctx, d.Store, ls, now); {
			case err == nil:
				if h.State == lead.HandoffSent {
					st.HandoffSent++
				}
			case Throttled(err):
				// Withdrawn by Attempt: still due as it was.
				ps.throttled.Store(true)
			default:
				st.HandoffErr++
			}
		}
	}
	if l.Nurture.Due(now) && !ps.throttled.Load() {
		d.nurture(ctx, ls, now, cat, &st, ps)
	}
	err = handoff.Persist(ctx, ls.Until.Add(-handoff.RecordMargin), d.clock, func(ctx context.Context) error {
		return d.Store.Release(ctx, ls, now)
	})
	if err != nil {
		if errors.Is(err, store.ErrConflict) {
			st.Conflicts++
			return st, nil
		}
		return st, err
	}
	return st, nil
}

// nurture advances l's enrollment: enroll a pending one, then send the
// step that is due (at most one step per lead per pass).
func (d *Dispatcher) nurture(ctx context.Context, ls *lead.Lease, now time.Time, cat *nurture.Catalog, st *Stats, ps *pass) {
	l := ls.Lead
	n := l.Nurture
	if !n.Live() {
		n.Settle()
		return
	}
	if n.Stale(now) {
		// A sender stopped between intent and outcome: the step may have
		// gone out, so it counts as sent (at most one delivery per step).
		step := n.Step
		_ = n.Recover(now)
		d.log().Warn("nurture step outcome unknown: counted as sent", "lead", l.ID, "step", step)
		d.scheduleNext(l, cat, now)
		return
	}
	// Junk and review leads are never emailed; qualified leads leave.
	if l.Verdict != lead.VerdictNurture {
		_ = n.Stop(lead.StopReasonVerdict + string(l.Verdict))
		st.Stopped++
		return
	}
	var seq *nurture.Sequence
	if n.State == lead.NurturePending {
		// Intake enrols a lead when it stores it; this is for one it
		// could not (the sequences unreadable then) and for a lead whose
		// enrollment a person's decision resumed.
		enrolled := *n.NextAt
		if enrolled.After(now) {
			enrolled = now
		}
		s, ok := cat.Enroll(n, l.Fields.Country, enrolled)
		if !ok {
			_ = n.Stop("no sequence for segment " + n.Segment)
			st.Stopped++
			return
		}
		seq = s
		st.Enrolled++
		if n.NextAt.After(now) {
			return
		}
	} else {
		s, ok := cat.ByID(n.SequenceID)
		if !ok {
			_ = n.Stop("sequence removed")
			st.Stopped++
			return
		}
		seq = s
	}
	if n.Step >= len(seq.Steps) {
		_ = n.Complete()
		return
	}
	// The window is the rule at the moment of sending, not only when the
	// step was scheduled.
	if open := seq.SendableAt(now, l.Fields.Country); open.After(now) {
		_ = n.Schedule(open)
		st.Deferred++
		return
	}
	sup, err := d.Store.Suppressed(ctx, l.Email)
	if err != nil {
		d.stepFailed(l, now, err, false, st)
		return
	}
	if sup != nil {
		_ = n.Stop("suppressed: " + sup.Reason)
		st.Stopped++
		return
	}
	d.limiter().wait(ctx)
	if ps.throttled.Load() {
		return // still due: the next pass sends it
	}
	if d.clock().Add(handoff.SendTimeout + handoff.RecordMargin).After(ls.Until) {
		return // too little lease left to send and record: still due
	}
	due := *n.NextAt
	// The intent is stored before the send; a send whose outcome is lost
	// is then never repeated.
	_ = n.Begin(newIntent(n.Step), ls.Until.Add(lead.UnconfirmedGrace))
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handoff.RecordTimeout)
	err = d.Store.Record(rctx, ls, now)
	cancel()
	n = l.Nurture // a stop recorded meanwhile was adopted
	if err != nil || n.State != lead.NurtureActive {
		if err != nil {
			_ = n.Withdraw(due)
			d.log().Warn("nurture step: intent not recorded, nothing sent", "lead", l.ID, "err", err)
		}
		return
	}
	msgID, err := d.sendStep(ctx, l, seq, n.Step, now)
	switch {
	case Throttled(err):
		// Not the lead's fault: the step stays due as it was.
		ps.throttled.Store(true)
		_ = n.Withdraw(due)
		return
	case err != nil && handoff.NotSent(err):
		d.stepFailed(l, now, err, permanent(err), st)
		return
	case err != nil:
		// No answer from SES: the step may have gone out. At most one
		// delivery per step: it counts as sent.
		_ = n.Sent(now)
		n.LastError = "outcome unknown, counted as sent: " + truncate(err.Error(), 200)
		d.log().Warn("nurture step outcome unknown: counted as sent", "lead", l.ID, "sequence", seq.ID, "err", err)
	default:
		_ = n.Sent(now)
		st.StepsSent++
		d.log().Info("nurture step sent", "lead", l.ID, "sequence", seq.ID, "step", n.Step, "message_id", msgID)
	}
	d.scheduleNext(l, cat, now)
}

// scheduleNext completes l's enrollment after its last step, or schedules
// the step now current.
func (d *Dispatcher) scheduleNext(l *lead.Lead, cat *nurture.Catalog, now time.Time) {
	n := l.Nurture
	seq, ok := cat.ByID(n.SequenceID)
	if !ok {
		_ = n.Stop("sequence removed")
		return
	}
	if n.Step >= len(seq.Steps) {
		_ = n.Complete()
		return
	}
	_ = n.Schedule(seq.DueAt(n.Step, *n.EnrolledAt, now, l.Fields.Country))
}

func newIntent(step int) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return "step" + strconv.Itoa(step) + "-" + hex.EncodeToString(b[:])
}

func truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if len(s) <= n {
		return s
	}
	return s[:n]
}

type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

func permanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}

// UnsubscribeURL is the one-click link for lead l.
func (d *Dispatcher) UnsubscribeURL(l *lead.Lead, now time.Time) (string, error) {
	tok, err := d.Unsub.TokenErr(l.Email, l.ID, now)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(d.BaseURL, "/") + "/u/" + tok, nil
}

// Compose renders step of seq for l as a complete message.
func (d *Dispatcher) Compose(l *lead.Lead, seq *nurture.Sequence, step int, now time.Time) (mail.Message, error) {
	u, err := d.UnsubscribeURL(l, now)
	if err != nil {
		return mail.Message{}, err
	}
	to := mail.Address{Name: l.Fields.FullName(), Address: l.Email}
	msg, err := seq.Compose(step, nurture.RenderLead{
		Fields: l.Fields, UnsubscribeURL: u, UnsubscribeMailto: d.UnsubMailto, PostalAddress: d.PostalAddress,
	}, to)
	if err != nil {
		return mail.Message{}, err
	}
	msg.Date = now
	return msg, nil
}

func (d *Dispatcher) sendStep(ctx context.Context, l *lead.Lead, seq *nurture.Sequence, step int, now time.Time) (string, error) {
	msg, err := d.Compose(l, seq, step, now)
	if err != nil {
		return "", permanentError{fmt.Errorf("compose: %w", err)}
	}
	raw, err := msg.Bytes()
	if err != nil {
		return "", permanentError{fmt.Errorf("build message: %w", err)}
	}
	env := handoff.Envelope{LeadID: l.ID, What: sesevents.EmailStep(seq.ID, step)}
	if d.Handoff != nil {
		env.ConfigurationSet = d.Handoff.ConfigurationSet
	}
	return handoff.SendRaw(ctx, d.Mail, seq.From.Address, l.Email, raw, env)
}

func (d *Dispatcher) stepFailed(l *lead.Lead, now time.Time, err error, perm bool, st *Stats) {
	n := l.Nurture
	errText := err.Error()
	if len(errText) > 300 {
		errText = errText[:300]
	}
	_ = n.SendFailed(errText)
	st.StepErr++
	maxA := d.MaxAttempts
	if maxA <= 0 {
		maxA = DefaultMaxAttempts
	}
	if perm || n.Attempts >= maxA {
		_ = n.Stop("send failed")
		st.Stopped++
		d.log().Error("nurture enrollment stopped after send failures", "lead", l.ID, "attempts", n.Attempts, "err", n.LastError)
		return
	}
	_ = n.Schedule(now.Add(handoff.Backoff(time.Minute, n.Attempts)))
	d.log().Warn("nurture step will be retried", "lead", l.ID, "attempts", n.Attempts, "err", n.LastError)
}

func (d *Dispatcher) limiter() *limiter {
	d.limOnce.Do(func() {
		r := d.Rate
		if r <= 0 {
			r = DefaultRate
		}
		d.lim = newLimiter(r, max(1, int(r)))
	})
	return d.lim
}

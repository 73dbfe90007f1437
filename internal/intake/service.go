package intake

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Judge screens and qualifies a submission.
type Judge interface {
	Judge(ctx context.Context, form *forms.Form, sub *lead.Submission) lead.Judgment
	// Refit re-runs qualification alone on merged fields, keeping s.
	Refit(form *forms.Form, fields *lead.Fields, s lead.Screening) lead.Judgment
}

// Store is the storage intake needs.
type Store interface {
	// Claim reserves an idempotency key for leadID, or returns the id
	// that already holds it.
	Claim(ctx context.Context, form, hash, leadID string, window time.Duration, now time.Time) (string, error)
	// CreateLead writes a lead unless its id exists; created reports which.
	CreateLead(ctx context.Context, l *lead.Lead) (created bool, err error)
	// CreateLeadFollowedUp is CreateLead for a lead whose follow-up
	// intake starts at once: its pending sales hand-off, which the
	// follow-up does, may be left off the due-work index (one write less
	// to put it on, one less to take it off).
	CreateLeadFollowedUp(ctx context.Context, l *lead.Lead) (created bool, err error)
	// IndexDue puts a lead stored by CreateLeadFollowedUp on the due-work
	// index, where the dispatcher finds it: for a follow-up that could not
	// be started.
	IndexDue(ctx context.Context, l *lead.Lead) error
	// GetLead reads a lead; errors wrap store.ErrNotFound when absent.
	GetLead(ctx context.Context, id string) (*lead.Lead, error)
	// RecallByEmail returns the ids of the person's newest leads (at most
	// n, newest first) and the newest lead, or nil.
	RecallByEmail(ctx context.Context, email string, n int) (ids []string, latest *lead.Lead, err error)
	// Supersede marks lead prevID as taken over by newID and stops its
	// nurture enrollment.
	Supersede(ctx context.Context, prevID, newID string, now time.Time) error
}

// FollowUp starts, outside the request, the work that follows a newly
// stored lead (the sales hand-off of a qualified lead). Intake calls it for
// every stored lead whatever its verdict, so that the answer's timing
// reveals nothing, and for a lead whose write failed (it may be stored);
// it must return without waiting for that work.
// handoffPending tells the follow-up whether the lead was stored with a
// pending hand-off, so that it need not read the lead to find nothing to
// do. Its failures never fail the submission: intake puts the lead on the
// due-work index (Store.IndexDue) and the dispatcher picks it up.
type FollowUp interface {
	FollowUp(ctx context.Context, leadID string, handoffPending bool) error
}

// Enroller enrols a newly stored nurture lead in its sequence, so that the
// lead is stored with its first step due (the dispatcher enrols it when
// this fails). It is called for every lead, whatever its verdict.
type Enroller interface {
	Enroll(ctx context.Context, l *lead.Lead, now time.Time) error
}

// Windows within which a repeated submission returns the first one's id.
const (
	ContentWindow = 10 * time.Minute // same form, email and fields: a double-click
	KeyWindow     = 24 * time.Hour   // same Idempotency-Key header
)

// Service accepts submissions.
type Service struct {
	// Forms gives the configured forms; a request resolves its form once
	// (Form), so that it is validated and judged by one version of them.
	// The intake function's are the live version (package versions), so a
	// publish changes them without a deploy; FixedForms gives a set that
	// never changes. An error is the table being unwell (503).
	Forms          func(ctx context.Context) (*forms.Set, error)
	Judge          Judge
	Store          Store
	FollowUp       FollowUp // optional
	Enroller       Enroller // optional: without it the dispatcher enrols
	AllowedOrigins []string
	JunkRetention  time.Duration
	// ReviewRetention is how long a lead held for review waits for a
	// person before its TTL deletes it; zero keeps it.
	ReviewRetention time.Duration
	// RepeatWait bounds how long a repeat waits for the first request's
	// lead (DefaultRepeatWait when zero).
	RepeatWait time.Duration
	Now        func() time.Time
	Log        *slog.Logger
}

// Request is one submission as received.
type Request struct {
	// Form is the form posted to, when the caller resolved it already
	// (httpapi does, to answer preflights); nil resolves FormID.
	Form           *forms.Form
	FormID         string
	ContentType    string
	Body           string
	Base64         bool
	IdempotencyKey string
	Context        lead.Context
}

// Result is a stored submission.
type Result struct {
	ID string
	// Created is false when the submission repeated an earlier one.
	Created bool
	Lead    *lead.Lead
	Form    *forms.Form
}

// FixedForms returns fs as Service.Forms: forms that never change.
func FixedForms(fs *forms.Set) func(context.Context) (*forms.Set, error) {
	return func(context.Context) (*forms.Set, error) { return fs, nil }
}

// Form returns the configured form, or an ENOTFOUND *Error, or an
// EUNAVAILABLE one when the forms cannot be read.
func (s *Service) Form(ctx context.Context, id string) (*forms.Form, error) {
	if !forms.ValidID(id) {
		// No forms file can hold it: unknown without reading the forms,
		// which may come from the store.
		return nil, &Error{Kind: lead.ENOTFOUND, Code: CodeUnknownForm, Message: "no form " + echo(id)}
	}
	fs, err := s.Forms(ctx)
	if err != nil {
		return nil, unavailableErr(err)
	}
	f := fs.Get(id)
	if f == nil {
		return nil, &Error{Kind: lead.ENOTFOUND, Code: CodeUnknownForm, Message: "no form " + echo(id)}
	}
	return f, nil
}

// Origins returns the origins allowed to post to form f.
func (s *Service) Origins(f *forms.Form) []string {
	if len(f.AllowedOrigins) > 0 {
		return f.AllowedOrigins
	}
	return s.AllowedOrigins
}

// Submit validates, judges and stores a submission exactly once, in named
// steps: decode the body, build the submission, dedupe (claim the
// idempotency key, while the person's earlier leads are looked up), judge,
// merge with the newest of those leads, store, and start the follow-up. Whatever the verdict, it makes the same calls to its
// ports in the same order, so that neither the answer nor its timing tells
// a bot whether it reached sales. It answers only after the lead is
// stored; a repeat (same
// Idempotency-Key, or the same form, email and fields within ContentWindow)
// returns the first id and writes nothing new. Client errors are *Error;
// storage outages are an EUNAVAILABLE *Error wrapping the cause.
func (s *Service) Submit(ctx context.Context, req Request) (Result, error) {
	f, err := s.form(ctx, req)
	if err != nil {
		return Result{}, err
	}
	pairs, err := decode(req)
	if err != nil {
		return Result{}, err
	}
	now := s.Now()
	sub, err := build(f, pairs, req.Context, now)
	if err != nil {
		return Result{}, err
	}
	// The person's earlier leads are looked up while the key is claimed:
	// the look-up only reads, and needs nothing the claim decides (a
	// repeat leaves its answer unread, but waits for it: nothing of the
	// request goes on after its answer).
	earlier := s.recall(ctx, strings.ToLower(sub.Fields.Email))
	defer func() { <-earlier.done }()
	id, repeat, err := s.dedupe(ctx, f, sub, req.IdempotencyKey, now)
	if err != nil || repeat != nil {
		return deref(repeat), err
	}
	sub.Control.Claim = id
	l := newLead(id, f, sub, now)
	j, prev, err := s.judgeAndRecall(ctx, f, sub, earlier)
	if err != nil {
		return Result{}, err
	}
	s.mergeEarlier(f, l, j, prev, now)
	created, err := s.store(ctx, l, now)
	if err != nil {
		return Result{}, err
	}
	return Result{ID: id, Created: created, Lead: l, Form: f}, nil
}

// recalled is the look-up of a person's earlier leads (Store.RecallByEmail),
// under way until done is closed.
type recalled struct {
	done chan struct{}
	ids  []string
	prev *lead.Lead
	err  error
}

// recall starts looking up the newest earlier leads of the person with
// address email ("" looks up nothing).
func (s *Service) recall(ctx context.Context, email string) *recalled {
	r := &recalled{done: make(chan struct{})}
	if email == "" {
		close(r.done)
		return r
	}
	go func() {
		defer close(r.done)
		r.ids, r.prev, r.err = s.Store.RecallByEmail(ctx, email, RecallLeads)
	}()
	return r
}

// judgeAndRecall judges the submission while the look-up of the person's
// earlier leads goes on: neither waits for the other's round trips until
// the velocity check asks how many of them are recent
// (sub.Control.EarlierLeads). The earlier leads are looked up whatever the
// verdict, so that a junk answer takes as long as any other.
func (s *Service) judgeAndRecall(ctx context.Context, f *forms.Form, sub *lead.Submission, r *recalled) (lead.Judgment, *lead.Lead, error) {
	if sub.Fields.Email != "" {
		sub.Control.EarlierLeads = func(since time.Time) (int, error) {
			<-r.done
			return countSince(r.ids, since), r.err
		}
	}
	j := s.Judge.Judge(ctx, f, sub)
	<-r.done
	if r.err != nil {
		return j, nil, unavailableErr(r.err)
	}
	return j, r.prev, nil
}

// RecallLeads is how many of a person's newest leads intake looks up: the
// velocity check counts a person's recent submissions among them, so a
// limit on them above RecallLeads-1 counts no more than RecallLeads.
const RecallLeads = 25

// countSince counts the lead ids (newest first) received at or after since.
func countSince(ids []string, since time.Time) int {
	floor := lead.IDFloor(since)
	n := 0
	for _, id := range ids {
		if id < floor {
			break
		}
		n++
	}
	return n
}

// form is the form posted to: the one the caller resolved, or by id.
func (s *Service) form(ctx context.Context, req Request) (*forms.Form, error) {
	if req.Form != nil {
		return req.Form, nil
	}
	return s.Form(ctx, req.FormID)
}

// decode reads the body's name/value pairs.
func decode(req Request) ([]Pair, error) {
	body, err := DecodeBody(req.Body, req.Base64)
	if err != nil {
		return nil, err
	}
	return ParseBody(req.ContentType, body)
}

// build validates and normalizes the pairs into the form's submission,
// received at now.
func build(f *forms.Form, pairs []Pair, c lead.Context, now time.Time) (*lead.Submission, error) {
	c.ReceivedAt = now
	return Build(FormRules{ID: f.ID, Honeypot: f.Honeypot, Required: f.Required}, pairs, c)
}

// dedupe claims the submission's idempotency key (the Idempotency-Key
// header, else its content) for a new lead id. A repeat answers with the
// first submission's stored lead (repeat non-nil), and judges nothing again:
// velocity counters and token replay marks count a person's submission once.
func (s *Service) dedupe(ctx context.Context, f *forms.Form, sub *lead.Submission, idemKey string, now time.Time) (id string, repeat *Result, err error) {
	hash, window := contentKey(sub), ContentWindow
	if k := strings.TrimSpace(idemKey); k != "" {
		if len(k) > 255 {
			return "", nil, &Error{Kind: lead.EINVALID, Code: CodeValidation, Message: "Idempotency-Key is longer than 255 characters",
				Fields: map[string]string{"Idempotency-Key": "too long"}}
		}
		hash, window = "k"+digest(k), KeyWindow
	}
	id = lead.NewID(now)
	holder, err := s.Store.Claim(ctx, f.ID, hash, id, window, now)
	if err != nil {
		return "", nil, unavailableErr(err)
	}
	if holder == id {
		return id, nil, nil
	}
	// A double-click's twin is usually still being judged: wait for its
	// lead rather than judge the same submission a second time (its token
	// and counters are already spent on the first).
	if prev := s.awaitLead(ctx, holder); prev != nil {
		s.indexStalled(ctx, prev, now)
		return holder, &Result{ID: holder, Created: false, Lead: prev, Form: f}, nil
	}
	// Still not stored: the first request failed. This one takes over the
	// claim and stores the lead under the same id; the write is
	// conditional, so exactly one lead results either way, and the claim
	// lets the render-token check see the same submission, not a replay.
	return holder, nil, nil
}

// StalledHandoff is how long after it was stored a lead's pending sales
// hand-off, not yet tried, makes a repeat suspect that its follow-up never
// started: the hand-off function writes its intent within a second or two.
const StalledHandoff = 10 * time.Second

// indexStalled puts a repeat's first lead on the due-work index when its
// hand-off has stalled: the first request stored it (off the index, with
// CreateLeadFollowedUp) but may never have started its follow-up, as when
// the lead's write reached DynamoDB and its answer was lost, and the
// client retried. Without it the report roll-up would put the lead there,
// minutes later.
func (s *Service) indexStalled(ctx context.Context, prev *lead.Lead, now time.Time) {
	h := prev.Handoff
	if s.FollowUp == nil || h == nil || h.State != lead.HandoffPending || h.Attempts > 0 || now.Sub(prev.UpdatedAt) < StalledHandoff {
		return
	}
	if err := s.Store.IndexDue(ctx, prev); err != nil {
		s.log().Warn("stalled hand-off not put on the due-work index; the roll-up will", "lead_id", prev.ID, "err", err)
	}
}

// DefaultRepeatWait bounds how long a repeated submission waits for the
// first one's lead before taking its claim over.
const DefaultRepeatWait = 3 * time.Second

// awaitLead returns lead id once it is stored, or nil when it is not
// within the repeat wait.
func (s *Service) awaitLead(ctx context.Context, id string) *lead.Lead {
	wait := s.RepeatWait
	if wait <= 0 {
		wait = DefaultRepeatWait
	}
	deadline := time.Now().Add(wait)
	for {
		if l, err := s.Store.GetLead(ctx, id); err == nil {
			return l
		}
		if time.Now().Add(repeatPoll).After(deadline) || ctx.Err() != nil {
			return nil
		}
		time.Sleep(repeatPoll)
	}
}

// repeatPoll is how often a waiting repeat looks for the first one's lead.
const repeatPoll = 50 * time.Millisecond

func deref(r *Result) Result {
	if r == nil {
		return Result{}
	}
	return *r
}

// newLead is the lead a submission becomes, before judgment.
func newLead(id string, f *forms.Form, sub *lead.Submission, now time.Time) *lead.Lead {
	return &lead.Lead{
		ID: id, FormID: f.ID, Email: strings.ToLower(sub.Fields.Email), Fields: sub.Fields, Raw: auditRaw(sub),
		Context: sub.Context, ReceivedAt: now, UpdatedAt: now, SchemaVersion: lead.SchemaVersion,
	}
}

// auditRaw is what a lead keeps of the pairs as submitted: only those the
// fields do not already hold as sent (a value normalization changed, a
// name given twice). A pair stored as it came, or blank, would only store
// the same personal data twice.
func auditRaw(sub *lead.Submission) map[string]string {
	fields := sub.Fields.Map()
	var out map[string]string
	for name, v := range sub.Raw {
		if strings.TrimSpace(v) == "" || fields[FieldName(name)] == v {
			continue
		}
		if out == nil {
			out = make(map[string]string)
		}
		out[name] = v
	}
	return out
}

// mergeEarlier applies judgment j to l, first merging the person's earlier
// lead prev when there is one (lead.Merge): what a returning person told us
// now is judged together with what they told us before. A junk lead is
// never merged.
func (s *Service) mergeEarlier(f *forms.Form, l *lead.Lead, j lead.Judgment, prev *lead.Lead, now time.Time) {
	cause := "submitted"
	if prev != nil && j.Verdict != lead.VerdictJunk && lead.Mergeable(prev, l.ID, j.Verdict) {
		screening := j.Screening
		j = lead.Merge(l, prev, func(fields *lead.Fields) lead.Judgment { return s.Judge.Refit(f, fields, screening) })
		cause = lead.MergeCause(prev.ID)
	}
	l.Apply(j, cause, now)
}

// store plans the lead's follow-up and writes it; a junk lead expires
// after JunkRetention, a lead held for review after ReviewRetention (a
// person's decision removes the TTL). A newly stored lead's follow-up is
// started and, when it took over an earlier lead, that one is marked
// superseded (which stops its enrollment): the two at once, since neither
// needs the other.
func (s *Service) store(ctx context.Context, l *lead.Lead, now time.Time) (created bool, err error) {
	if keep := s.retention(l.Verdict); keep > 0 {
		exp := now.Add(keep)
		l.ExpiresAt = &exp
	}
	l.Plan(now)
	if s.Enroller != nil {
		if err := s.Enroller.Enroll(ctx, l, now); err != nil {
			s.log().Warn("nurture lead not enrolled; the dispatcher will enrol it", "lead_id", l.ID, "err", err)
		}
	}
	create := s.Store.CreateLead
	if s.FollowUp != nil {
		create = s.Store.CreateLeadFollowedUp
	}
	created, err = create(ctx, l)
	if err != nil {
		// Whether the lead is stored is unknown: the write may have landed
		// and its answer been lost, the lead off the due-work index. The
		// follow-up starts anyway (it finds no lead when there is none,
		// and the Lambda service retries it while storage is down).
		s.followUp(ctx, l)
		return false, unavailableErr(err)
	}
	if !created {
		return false, nil
	}
	var wg sync.WaitGroup
	if l.PreviousID != "" {
		wg.Go(func() {
			if err := s.Store.Supersede(ctx, l.PreviousID, l.ID, now); err != nil {
				// The new lead is stored and carries the enrollment; the
				// old one may still hold an active enrollment. Logged for
				// on-call.
				s.log().Warn("could not mark earlier lead superseded", "lead_id", l.ID, "previous_id", l.PreviousID, "err", err)
			}
		})
	}
	s.followUp(ctx, l)
	wg.Wait()
	return true, nil
}

// retention is how long a lead with verdict v is kept; zero is for good.
func (s *Service) retention(v lead.Verdict) time.Duration {
	switch v {
	case lead.VerdictJunk:
		return s.JunkRetention
	case lead.VerdictReview:
		return s.ReviewRetention
	}
	return 0
}

// followUp starts the follow-up of a newly stored lead, whatever its
// verdict; a failure is logged and never fails the submission: the lead is
// put on the due-work index, whatever its verdict too, and the dispatcher
// picks the work up from there. Should that fail as well (or intake die
// first), the report roll-up puts it there a few minutes later
// (store.RollUp).
func (s *Service) followUp(ctx context.Context, l *lead.Lead) {
	if s.FollowUp == nil {
		return
	}
	err := s.FollowUp.FollowUp(ctx, l.ID, l.Handoff != nil)
	if err == nil {
		return
	}
	ierr := s.Store.IndexDue(ctx, l)
	s.log().Warn("follow-up not started; the dispatcher will pick it up", "lead_id", l.ID, "err", err, "index_err", ierr)
}

func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// contentKey identifies a submission by its content: the same person
// sending the same fields to the same form.
func contentKey(sub *lead.Submission) string {
	m := sub.Fields.Map()
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(strings.ToLower(sub.Fields.Email))
	for _, k := range names {
		b.WriteString("\x00")
		b.WriteString(k)
		b.WriteString("\x01")
		b.WriteString(m[k])
	}
	return "c" + digest(b.String())
}

func digest(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:16])
}

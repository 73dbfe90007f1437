package intake

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/qualify"
)

// Judgment is what screening and qualification decided about a submission.
type Judgment struct {
	Verdict      lead.Verdict
	Screening    lead.Screening
	Fit          *lead.Fit
	RulesVersion string
}

// Judge screens and qualifies a submission.
type Judge interface {
	Judge(ctx context.Context, form *forms.Form, sub *lead.Submission) Judgment
	// Refit re-runs qualification alone on merged fields, keeping s.
	Refit(form *forms.Form, fields *lead.Fields, s lead.Screening) Judgment
}

// Store is the storage intake needs.
type Store interface {
	// Claim reserves an idempotency key for leadID, or returns the id
	// that already holds it.
	Claim(ctx context.Context, form, hash, leadID string, window time.Duration, now time.Time) (string, error)
	// CreateLead writes a lead unless its id exists; created reports which.
	CreateLead(ctx context.Context, l *lead.Lead) (created bool, err error)
	// GetLead reads a lead; errors wrap store.ErrNotFound when absent.
	GetLead(ctx context.Context, id string) (*lead.Lead, error)
	// LatestByEmail returns the person's newest lead, or nil.
	LatestByEmail(ctx context.Context, email string) (*lead.Lead, error)
	// Supersede marks lead prevID as taken over by newID and stops its
	// nurture enrollment.
	Supersede(ctx context.Context, prevID, newID string, now time.Time) error
}

// Router hands a newly stored lead on (sales notification, nurture). It
// runs after the lead is stored; its failures never fail the submission.
type Router interface {
	Route(ctx context.Context, l *lead.Lead)
}

// Windows within which a repeated submission returns the first one's id.
const (
	ContentWindow = 10 * time.Minute // same form, email and fields: a double-click
	KeyWindow     = 24 * time.Hour   // same Idempotency-Key header
)

// Service accepts submissions.
type Service struct {
	Forms          *forms.Set
	Judge          Judge
	Store          Store
	Router         Router // optional
	AllowedOrigins []string
	JunkRetention  time.Duration
	Now            func() time.Time
	Log            *slog.Logger
}

// Request is one submission as received.
type Request struct {
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

// Form returns the configured form, or a 404 *Error.
func (s *Service) Form(id string) (*forms.Form, error) {
	f := s.Forms.Get(id)
	if f == nil {
		return nil, &Error{Status: http.StatusNotFound, Code: CodeUnknownForm, Message: fmt.Sprintf("no form %q", id)}
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

// Submit validates, judges and stores a submission exactly once. It answers
// only after the lead is stored; a repeat (same Idempotency-Key, or the same
// form, email and fields within ContentWindow) returns the first id and
// writes nothing new. Client errors are *Error; storage outages are a 503
// *Error wrapping the cause.
func (s *Service) Submit(ctx context.Context, req Request) (Result, error) {
	f, err := s.Form(req.FormID)
	if err != nil {
		return Result{}, err
	}
	body, err := DecodeBody(req.Body, req.Base64)
	if err != nil {
		return Result{}, err
	}
	pairs, err := ParseBody(req.ContentType, body)
	if err != nil {
		return Result{}, err
	}
	now := s.Now()
	req.Context.ReceivedAt = now
	sub, err := Build(FormRules{ID: f.ID, Honeypot: f.Honeypot, Required: f.Required}, pairs, req.Context)
	if err != nil {
		return Result{}, err
	}

	hash, window := contentKey(sub), ContentWindow
	if k := strings.TrimSpace(req.IdempotencyKey); k != "" {
		if len(k) > 255 {
			return Result{}, &Error{Status: http.StatusBadRequest, Code: CodeValidation, Message: "Idempotency-Key is longer than 255 characters",
				Fields: map[string]string{"Idempotency-Key": "too long"}}
		}
		hash, window = "k"+digest(k), KeyWindow
	}
	id := lead.NewID(now)
	holder, err := s.Store.Claim(ctx, f.ID, hash, id, window, now)
	if err != nil {
		return Result{}, unavailableErr(err)
	}
	if holder != id {
		// A repeat: answer with the first submission's lead, and judge
		// nothing again (velocity counters and token replay marks count a
		// person's submission once).
		if prev, err := s.Store.GetLead(ctx, holder); err == nil {
			return Result{ID: holder, Created: false, Lead: prev, Form: f}, nil
		}
		// Not stored yet: the first attempt crashed or is still running.
		// Writing the lead under the same id is safe: the write is
		// conditional, so exactly one lead results either way.
		id = holder
	}

	j := s.Judge.Judge(ctx, f, sub)
	email := strings.ToLower(sub.Fields.Email)
	var prev *lead.Lead
	if j.Verdict != lead.VerdictJunk && email != "" {
		// A returning person: judge what they told us now together with
		// what they told us before. Junk never merges into a real lead.
		if prev, err = s.Store.LatestByEmail(ctx, email); err != nil {
			return Result{}, unavailableErr(err)
		}
		if prev != nil && (prev.ID == id || prev.Verdict == lead.VerdictJunk) {
			prev = nil
		}
		if prev != nil {
			sub.Fields.FillFrom(&prev.Fields)
			j = s.Judge.Refit(f, &sub.Fields, j.Screening)
			if v := qualify.Requalify(prev.Verdict, j.Verdict); v != j.Verdict {
				if j.Fit != nil {
					j.Fit.Reasons = append(j.Fit.Reasons, lead.Reason{Code: "previously_qualified", Stage: lead.StageFit,
						Detail: fmt.Sprintf("kept %s: lead %s was %s before, and a qualified lead is never silently downgraded", v, prev.ID, prev.Verdict)})
				}
				j.Verdict = v
			}
		}
	}
	l := &lead.Lead{
		ID: id, FormID: f.ID, Email: email, Fields: sub.Fields, Raw: sub.Raw,
		Context: sub.Context, Verdict: j.Verdict, Screening: j.Screening, Fit: j.Fit,
		RulesVersion: j.RulesVersion, ReceivedAt: now, UpdatedAt: now, SchemaVersion: lead.SchemaVersion,
	}
	cause := "submitted"
	if prev != nil {
		l.PreviousID = prev.ID
		l.History = append(l.History, prev.History...)
		cause = "resubmitted; merged with lead " + prev.ID
		if n := prev.Nurture; n != nil && (n.State == lead.NurtureActive || n.State == lead.NurturePending) {
			// The person stays where they were in their sequence.
			moved := *n
			l.Nurture = &moved
		}
	}
	l.Reasons = append(l.Reasons, j.Screening.Reasons...)
	if j.Fit != nil {
		l.Reasons = append(l.Reasons, j.Fit.Reasons...)
	}
	l.History = append(l.History, lead.VerdictChange{At: now, Verdict: j.Verdict, JunkScore: j.Screening.Score, FitScore: fitScore(j.Fit), RulesVersion: j.RulesVersion, Cause: cause})
	if j.Verdict == lead.VerdictJunk && s.JunkRetention > 0 {
		exp := now.Add(s.JunkRetention)
		l.ExpiresAt = &exp
	}
	Plan(l, now)
	created, err := s.Store.CreateLead(ctx, l)
	if err != nil {
		return Result{}, unavailableErr(err)
	}
	if created && prev != nil {
		if err := s.Store.Supersede(ctx, prev.ID, l.ID, now); err != nil {
			// The new lead is stored and carries the enrollment; the old
			// one may still hold an active enrollment. Logged for on-call.
			s.Log.Warn("could not mark earlier lead superseded", "lead_id", l.ID, "previous_id", prev.ID, "err", err)
		}
	}
	if created && s.Router != nil {
		s.Router.Route(ctx, l)
	}
	return Result{ID: id, Created: created, Lead: l, Form: f}, nil
}

// HandoffGrace is how long the dispatcher leaves a new qualified lead to
// intake's own immediate hand-off before it retries.
const HandoffGrace = time.Minute

// Plan sets the follow-up work a verdict calls for: a pending sales hand-off
// for a qualified lead, a pending nurture enrollment for a nurture lead, and
// nothing for junk and review (never emailed until a person decides). The
// work is due at once; the store puts due leads on the due-work index.
func Plan(l *lead.Lead, now time.Time) {
	switch l.Verdict {
	case lead.VerdictQualified:
		if l.Handoff == nil || l.Handoff.State != lead.HandoffSent {
			next := now.Add(HandoffGrace)
			l.Handoff = &lead.Handoff{State: lead.HandoffPending, NextAt: &next}
		}
		if l.Nurture != nil && (l.Nurture.State == lead.NurtureActive || l.Nurture.State == lead.NurturePending) {
			l.Nurture.State, l.Nurture.StopReason, l.Nurture.NextAt = lead.NurtureStopped, lead.StopReasonVerdict+string(lead.VerdictQualified), nil
		}
	case lead.VerdictNurture:
		segment := "general"
		if l.Fit != nil && l.Fit.Segment != "" {
			segment = l.Fit.Segment
		}
		next := now
		switch n := l.Nurture; {
		case n == nil:
			l.Nurture = &lead.Enrollment{State: lead.NurturePending, Segment: segment, NextAt: &next}
		case n.State == lead.NurtureStopped && strings.HasPrefix(n.StopReason, lead.StopReasonVerdict):
			// Stopped only because the lead was held for review (or was
			// qualified); now that it is nurture again it resumes where it
			// stopped. Unsubscribes, bounces and complaints never resume.
			n.State, n.StopReason, n.NextAt = lead.NurtureActive, "", &next
			if n.SequenceID == "" {
				n.State = lead.NurturePending
			}
		}
	}
}

func fitScore(f *lead.Fit) int {
	if f == nil {
		return 0
	}
	return f.Score
}

func unavailableErr(err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return fmt.Errorf("%w", &storageError{cause: err})
}

// storageError is a 503 that keeps its cause for logs.
type storageError struct{ cause error }

func (e *storageError) Error() string { return "storage unavailable: " + e.cause.Error() }
func (e *storageError) Unwrap() error { return e.cause }

// AsError converts any Submit error to the *Error to answer with: client
// errors as they are, everything else as 503 storage_unavailable.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Status: http.StatusServiceUnavailable, Code: CodeUnavailable,
		Message: "we could not store your submission right now; nothing was saved, please try again shortly"}
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

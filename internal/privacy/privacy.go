// Package privacy answers a person's requests about their data: export
// every lead of an address as JSON, and erase the person, which removes
// their personal data from every lead that holds it, puts a keyed hash of
// the address on the suppression list so they are never mailed again, and
// writes an audit entry that names who erased, when and which kinds of
// data, but not the person. docs/privacy.md says what is kept and why.
//
// It speaks in domain terms (lead.Lead, lead.Audit) through the small
// Store interface below; internal/adapters/store provides it.
package privacy

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Store is what the requests need of storage.
type Store interface {
	// LeadsOfEmail reads every lead whose address is email (any casing).
	LeadsOfEmail(ctx context.Context, email string) ([]*lead.Lead, error)
	// ReplaceLead writes l over the stored lead if it is still the
	// version last updated at prevUpdatedAt; else an error that wraps
	// ErrConflict (below).
	ReplaceLead(ctx context.Context, l *lead.Lead, prevUpdatedAt time.Time) error
	// Suppress puts email on the suppression list with reason; the
	// reason Erasure always wins over an earlier one.
	Suppress(ctx context.Context, email, reason string, at time.Time) error
	// ForgetPlainSuppression deletes a suppression that names email in
	// plain text (one written before suppressions were hashed).
	ForgetPlainSuppression(ctx context.Context, email string) error
	AppendAudit(ctx context.Context, e lead.Audit) error
}

// Erasure is the suppression reason of an erased person (the store's
// ReasonErasure): every e-mail about or to the address stops.
const Erasure = "erasure"

// Actor is who asked: a signed-in console user or an operator at leadctl.
type Actor struct {
	// Subject is the stable identity (a Cognito sub, or "leadctl:<name>").
	Subject string
	Name    string
}

// Service serves the requests.
type Service struct {
	Store Store
	// Conflict reports whether an error of ReplaceLead means the lead
	// changed meanwhile (store.ErrConflict); such a lead is read again.
	Conflict func(error) bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// ErrNoAddress is returned for an empty or implausible address.
var ErrNoAddress = &lead.Error{Kind: lead.EINVALID, Code: "email_required", Message: "an e-mail address is required"}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// normal checks and normalizes a requested address.
func normal(email string) (string, error) {
	e := strings.ToLower(strings.TrimSpace(email))
	if e == "" || !strings.Contains(e, "@") || strings.ContainsAny(e, " \t\r\n") {
		return "", ErrNoAddress
	}
	return e, nil
}

// Export is every stored lead of one address.
type Export struct {
	Email      string       `json:"email"`
	ExportedAt time.Time    `json:"exported_at"`
	Leads      []LeadExport `json:"leads"`
}

// LeadExport is one lead as stored (every field, the raw submission, the
// request context, reasons, verdict history, hand-off, nurture and
// outcome) and the e-mails sent because of it.
type LeadExport struct {
	*lead.Lead
	EmailsSent []SentEmail `json:"emails_sent"`
}

// SentEmail is one e-mail leadsieve sent because of a lead.
type SentEmail struct {
	Kind string `json:"kind"` // sales (to the team about the lead), nurture (to the person)
	// To is who received it: the sales owner, or the person.
	To        string    `json:"to"`
	At        time.Time `json:"at"`
	MessageID string    `json:"message_id,omitempty"`
	// Sequence and Steps say which nurture sequence and how many of its
	// e-mails were sent (the last one at At).
	Sequence string `json:"sequence,omitempty"`
	Steps    int    `json:"steps,omitempty"`
}

// Export reads every lead of email.
func (s *Service) Export(ctx context.Context, email string) (*Export, error) {
	e, err := normal(email)
	if err != nil {
		return nil, err
	}
	leads, err := s.Store.LeadsOfEmail(ctx, e)
	if err != nil {
		return nil, err
	}
	x := &Export{Email: e, ExportedAt: s.now(), Leads: make([]LeadExport, 0, len(leads))}
	for _, l := range leads {
		x.Leads = append(x.Leads, LeadExport{Lead: l, EmailsSent: sent(l)})
	}
	return x, nil
}

// sent lists the e-mails a lead's follow-up records as sent.
func sent(l *lead.Lead) []SentEmail {
	out := []SentEmail{}
	if h := l.Handoff; h != nil && h.State == lead.HandoffSent && h.SentAt != nil {
		to := h.OwnerEmail
		if to == "" {
			to = h.Team
		}
		out = append(out, SentEmail{Kind: "sales", To: to, At: *h.SentAt, MessageID: h.MessageID})
	}
	if n := l.Nurture; n != nil && n.LastSentAt != nil && n.Step > 0 {
		out = append(out, SentEmail{Kind: "nurture", To: l.Email, At: *n.LastSentAt, Sequence: n.SequenceID, Steps: n.Step})
	}
	return out
}

// Report says what an erasure did.
type Report struct {
	// Leads is how many leads were erased by this run; a rerun after a
	// complete erasure finds none.
	Leads int `json:"leads"`
	// Kinds are the kinds of personal data removed (Kinds below).
	Kinds []string  `json:"kinds"`
	At    time.Time `json:"at"`
}

// Kinds are the kinds of personal data an erasure removes from a lead;
// the audit entry names them.
var Kinds = []string{
	"address", "name", "company", "job title", "phone", "message", "website",
	"other fields", "raw submission", "request context (IP, user agent, language, referer)",
	"page and referrer URLs", "reason details", "notes", "delivery errors",
}

// maxConflicts bounds the rereads of one lead that keeps changing under
// an erasure (a worker writing its state); the rerun finishes it.
const maxConflicts = 5

// Erase erases the person at email (see the package doc). Every step is
// idempotent and the order makes a crash anywhere safe: the suppression
// comes first, so nothing is sent while the leads are erased; an erased
// lead leaves the byEmail index, so a rerun finds only the leads left; the
// audit entry is written last, by the run that finished.
func (s *Service) Erase(ctx context.Context, email string, by Actor) (*Report, error) {
	e, err := normal(email)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(by.Subject) == "" {
		return nil, &lead.Error{Kind: lead.EINVALID, Code: "actor_required", Message: "an erasure must name who asked for it"}
	}
	now := s.now()
	if err := s.Store.Suppress(ctx, e, Erasure, now); err != nil {
		return nil, err
	}
	r := &Report{Kinds: Kinds, At: now}
	for attempt := 0; ; attempt++ {
		leads, err := s.Store.LeadsOfEmail(ctx, e)
		if err != nil {
			return nil, err
		}
		if len(leads) == 0 {
			break
		}
		if attempt == maxConflicts {
			return nil, fmt.Errorf("privacy: erase: %d leads kept changing; run the erasure again", len(leads))
		}
		for _, l := range leads {
			prev := l.UpdatedAt
			Scrub(l, now, by.Name)
			err := s.Store.ReplaceLead(ctx, l, prev)
			if err != nil && (s.Conflict == nil || !s.Conflict(err)) {
				return nil, err
			}
			if err == nil {
				r.Leads++
			}
			// A conflict leaves the lead on the index: the next round
			// reads it again.
		}
	}
	if err := s.Store.ForgetPlainSuppression(ctx, e); err != nil {
		return nil, err
	}
	detail := fmt.Sprintf("erased %d leads: %s; address kept as a keyed hash on the suppression list", r.Leads, strings.Join(Kinds, ", "))
	if err := s.Store.AppendAudit(ctx, lead.Audit{At: now, Subject: by.Subject, Actor: by.Name, Action: "erase", Detail: detail}); err != nil {
		return nil, fmt.Errorf("privacy: the person is erased, but the audit entry was not written (run the erasure again): %w", err)
	}
	return r, nil
}

// Scrub removes the person's personal data from l in place, at now, by
// the named person. What stays is what reports and backtests count and
// no one can be recognized by: the id, form, verdict, scores, reason
// codes and points, segmenting fields (country, company size, industry,
// budget, timeline, campaign), the referrer's host, the verdict history
// without notes, the hand-off and nurture state, and the outcome without
// its note. The address goes too, so the lead leaves the byEmail index.
func Scrub(l *lead.Lead, now time.Time, by string) {
	f := l.Fields
	l.Fields = lead.Fields{
		Country: f.Country, CompanySize: f.CompanySize, Industry: f.Industry,
		Budget: f.Budget, Timeline: f.Timeline,
		UTMSource: f.UTMSource, UTMMedium: f.UTMMedium, UTMCampaign: f.UTMCampaign,
		Referrer: hostOnly(f.Referrer),
	}
	l.Email = ""
	l.Raw = nil
	l.Context = lead.Context{Origin: l.Context.Origin, ReceivedAt: l.Context.ReceivedAt, ElapsedMS: l.Context.ElapsedMS}
	l.Screening.EmailSuggestion = ""
	l.Screening.Reasons = withoutDetails(l.Screening.Reasons)
	l.Reasons = withoutDetails(l.Reasons)
	if l.Fit != nil {
		l.Fit.Reasons = withoutDetails(l.Fit.Reasons)
	}
	for i := range l.History {
		l.History[i].Note = ""
	}
	if l.Outcome != nil {
		l.Outcome.Note = ""
	}
	if l.Handoff != nil {
		l.Handoff.LastError = ""
	}
	if n := l.Nurture; n != nil {
		n.LastError = ""
		if n.Live() {
			_ = n.Stop("erased")
		}
	}
	l.History = append(l.History, lead.VerdictChange{
		At: now, Verdict: l.Verdict, JunkScore: l.Screening.Score, FitScore: fitScore(l),
		RulesVersion: l.RulesVersion, Cause: "erased", By: by,
	})
	l.UpdatedAt = now
}

func fitScore(l *lead.Lead) int {
	if l.Fit == nil {
		return 0
	}
	return l.Fit.Score
}

func withoutDetails(rs []lead.Reason) []lead.Reason {
	out := make([]lead.Reason, len(rs))
	for i, r := range rs {
		out[i] = lead.Reason{Code: r.Code, Points: r.Points, Stage: r.Stage}
	}
	return out
}

// hostOnly keeps a URL's scheme and host (the source reports read the
// host), dropping the path and query, which may name the person.
func hostOnly(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return (&url.URL{Scheme: u.Scheme, Host: u.Hostname()}).String()
}

// IsNoAddress reports whether err is ErrNoAddress.
func IsNoAddress(err error) bool { return errors.Is(err, ErrNoAddress) }

package console

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// maxBulk bounds the leads one bulk decision may name.
const maxBulk = 50

// maxNote bounds a decision's note.
const maxNote = 500

// Queue is one page of a form's review queue.
type Queue struct {
	Form  string    `json:"form"`
	Forms []string  `json:"forms"`
	Leads []LeadRow `json:"leads"`
	// Read is how many held leads the page read, oldest first.
	Read     int    `json:"read"`
	Next     string `json:"next,omitempty"`
	PageRead int    `json:"page_read"`
	// Done reports bulk decisions, when the page answers one.
	Done []Decided `json:"done,omitempty"`
}

// Decided is the result of one decision of a bulk decision.
type Decided struct {
	ID      string       `json:"id"`
	Verdict lead.Verdict `json:"verdict,omitempty"`
	Error   string       `json:"error,omitempty"`
}

// reviewRead is how many held leads a page of the review queue reads.
const reviewRead = pageRead

// formParam is the form a page asks for, the first configured form when
// none is given.
func (p *Pages) formParam(r *http.Request) (string, error) {
	f := strings.TrimSpace(r.FormValue("form"))
	if forms := p.forms(r.Context()); f == "" && len(forms) > 0 {
		f = forms[0]
	}
	if f == "" {
		return "", invalid("form", "choose a form")
	}
	return f, nil
}

func (p *Pages) reviewQueue(w http.ResponseWriter, r *http.Request, u User) {
	form, err := p.formParam(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	q, err := p.queue(r.Context(), form, r.FormValue("cursor"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.reply(w, r, http.StatusOK, "review", q)
}

// queue reads one page of form's review queue, oldest first: the leads
// the store lists as held for review (an index of held leads alone, so a
// page is never empty while held leads wait further on). A lead decided
// since the index was read is left out.
func (p *Pages) queue(ctx context.Context, form, cursor string) (Queue, error) {
	q := Queue{Form: form, Forms: p.forms(ctx), PageRead: reviewRead, Leads: []LeadRow{}}
	leads, next, err := p.Leads.ReviewQueue(ctx, form, reviewRead, cursor)
	if err != nil {
		return q, err
	}
	q.Read, q.Next = len(leads), next
	for _, l := range leads {
		if l.Verdict == lead.VerdictReview {
			row := rowOf(l)
			row.Reasons = strongest(l.Screening.Reasons, 3)
			q.Leads = append(q.Leads, row)
		}
	}
	return q, nil
}

// strongest is the n reasons with the most points, strongest first.
func strongest(rs []lead.Reason, n int) []lead.Reason {
	rs = slices.Clone(rs)
	slices.SortStableFunc(rs, func(a, b lead.Reason) int { return b.Points - a.Points })
	return rs[:min(n, len(rs))]
}

// decision is what a decision form or JSON body says.
func decisionOf(r *http.Request) (lead.Verdict, string, error) {
	v := lead.Verdict(strings.TrimSpace(r.FormValue("verdict")))
	switch v {
	case lead.VerdictQualified, lead.VerdictNurture, lead.VerdictJunk:
	default:
		return "", "", invalid("verdict", "verdict must be qualified, nurture or junk")
	}
	note, err := noteOf(r)
	return v, note, err
}

func noteOf(r *http.Request) (string, error) {
	note := strings.TrimSpace(r.FormValue("note"))
	if len(note) > maxNote {
		return "", invalid("note", "a note is at most 500 bytes")
	}
	return note, nil
}

func (p *Pages) decideOne(w http.ResponseWriter, r *http.Request, u User) {
	v, note, err := decisionOf(r)
	if err != nil {
		p.failOnLead(w, r, u, r.PathValue("id"), err)
		return
	}
	l, err := p.decide(r.Context(), u, r.PathValue("id"), v, note)
	if err != nil {
		p.failOnLead(w, r, u, r.PathValue("id"), err)
		return
	}
	p.replyLead(w, r, u, l)
}

func (p *Pages) decideMany(w http.ResponseWriter, r *http.Request, u User) {
	v, note, err := decisionOf(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	ids := r.Form["id"]
	switch {
	case len(ids) == 0:
		p.fail(w, r, invalid("id", "choose at least one lead"))
		return
	case len(ids) > maxBulk:
		p.fail(w, r, invalid("id", "at most 50 leads at once"))
		return
	}
	form, err := p.formParam(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	var done []Decided
	for _, id := range ids {
		d := Decided{ID: id, Verdict: v}
		if _, err := p.decide(r.Context(), u, id, v, note); err != nil {
			d.Verdict, d.Error = "", asError(err).Message
		}
		done = append(done, d)
	}
	q, err := p.queue(r.Context(), form, "")
	if err != nil {
		p.fail(w, r, err)
		return
	}
	q.Done = done
	p.reply(w, r, http.StatusOK, "review", q)
}

// decide records u's verdict v on the lead held for review id, the way
// leadctl leads decide does (lead.Decide, then a write that refuses a
// lead changed meanwhile), writes the audit entry and starts a qualified
// lead's hand-off.
func (p *Pages) decide(ctx context.Context, u User, id string, v lead.Verdict, note string) (*lead.Lead, error) {
	return p.change(ctx, u, id, "decide", func(l *lead.Lead, now time.Time) error {
		if l.Verdict != lead.VerdictReview {
			return &lead.Error{Kind: lead.ECONFLICT, Code: "not_in_review", Message: "this lead is " + string(l.Verdict) + ", not held for review; rescue a junk lead instead"}
		}
		l.Decide(v, u.Name, note, p.JunkRetention, now)
		return nil
	})
}

func (p *Pages) rescue(w http.ResponseWriter, r *http.Request, u User) {
	note, err := noteOf(r)
	if err != nil {
		p.failOnLead(w, r, u, r.PathValue("id"), err)
		return
	}
	l, err := p.change(r.Context(), u, r.PathValue("id"), "rescue", func(l *lead.Lead, now time.Time) error {
		return l.Rescue(u.Name, note, now)
	})
	if err != nil {
		p.failOnLead(w, r, u, r.PathValue("id"), err)
		return
	}
	p.replyLead(w, r, u, l)
}

// change reads lead id, applies the domain change do, writes the lead
// back unless it changed meanwhile, records action in the audit trail,
// and starts the hand-off a verdict of qualified calls for.
func (p *Pages) change(ctx context.Context, u User, id, action string, do func(*lead.Lead, time.Time) error) (*lead.Lead, error) {
	if !lead.ValidID(id) {
		return nil, &lead.Error{Kind: lead.ENOTFOUND, Code: "not_found", Message: "no such lead"}
	}
	l, err := p.Leads.GetLead(ctx, id)
	if err != nil {
		return nil, err
	}
	prev, was, now := l.UpdatedAt, l.Verdict, p.now()
	if err := do(l, now); err != nil {
		return nil, err
	}
	if err := p.Saver.ReplaceLead(ctx, l, prev); err != nil {
		return nil, err
	}
	p.tallyVerdict(ctx, l, was)
	detail := "verdict " + string(l.Verdict)
	if action == "outcome" {
		detail = "outcome " + string(l.Outcome.Kind)
	}
	if err := p.audit(ctx, u, action, l.ID, detail, now); err != nil {
		return nil, err
	}
	if action != "outcome" && l.Verdict == lead.VerdictQualified && l.Handoff != nil && l.Handoff.State == lead.HandoffPending && p.FollowUp != nil {
		if err := p.FollowUp.FollowUp(ctx, l.ID, true); err != nil {
			// The hand-off is due at once: the dispatcher's next run
			// sends it, so the decision stands.
			p.log().Warn("console: start hand-off", "lead", l.ID, "err", err)
		}
	}
	return l, nil
}

// audit writes one audit entry. The change it records is already stored,
// so a failure says so rather than leave a silent gap in the trail.
func (p *Pages) audit(ctx context.Context, u User, action, leadID, detail string, now time.Time) error {
	e := lead.Audit{At: now, Subject: u.Subject, Actor: u.Name, Action: action, LeadID: leadID, Detail: detail}
	err := p.Audit.AppendAudit(ctx, e)
	if err != nil {
		err = p.Audit.AppendAudit(ctx, e)
	}
	if err != nil {
		p.log().Error("console: audit entry not written", "action", action, "lead", leadID, "err", err)
		return &lead.Error{Kind: lead.EUNAVAILABLE, Code: "audit_unavailable",
			Message: "the " + action + " is saved, but its audit entry could not be written; tell an administrator", Err: err}
	}
	return nil
}

// NearMisses is one page of a form's near misses: nurtured leads whose
// fit fell just short of qualifying, for sales to pick up.
type NearMisses struct {
	Form     string    `json:"form"`
	Forms    []string  `json:"forms"`
	Leads    []LeadRow `json:"leads"`
	Read     int       `json:"read"`
	Next     string    `json:"next,omitempty"`
	PageRead int       `json:"page_read"`
}

func (p *Pages) nearMisses(w http.ResponseWriter, r *http.Request, u User) {
	form, err := p.formParam(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	leads, next, err := p.Leads.LeadsByFormTime(r.Context(), form, time.Time{}, time.Time{}, false, pageRead, r.FormValue("cursor"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	nm := NearMisses{Form: form, Forms: p.forms(r.Context()), Read: len(leads), Next: next, PageRead: pageRead, Leads: []LeadRow{}}
	for _, l := range leads {
		if l.Fit != nil && l.Fit.NearMiss {
			row := rowOf(l)
			row.Reasons = l.Fit.Reasons
			nm.Leads = append(nm.Leads, row)
		}
	}
	p.reply(w, r, http.StatusOK, "nearmisses", nm)
}

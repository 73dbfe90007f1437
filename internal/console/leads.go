package console

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// pageRead is how many leads one page of a search or list reads: the
// bound on the items a console page costs, whatever the filters.
const pageRead = 50

// dateLayout is how the search form's dates are written.
const dateLayout = "2006-01-02"

// Search is a lead search as the form and the query string give it.
type Search struct {
	Email   string       `json:"email,omitempty"`
	Form    string       `json:"form,omitempty"`
	From    string       `json:"from,omitempty"` // YYYY-MM-DD, inclusive
	To      string       `json:"to,omitempty"`   // YYYY-MM-DD, inclusive
	Verdict lead.Verdict `json:"verdict,omitempty"`
	Source  string       `json:"source,omitempty"`
	Company string       `json:"company,omitempty"`
	Cursor  string       `json:"cursor,omitempty"`

	from, to time.Time
}

// parseSearch reads a search from r's query string.
func (p *Pages) parseSearch(r *http.Request) (Search, error) {
	q := r.URL.Query()
	s := Search{
		Email:   strings.ToLower(strings.TrimSpace(q.Get("email"))),
		Form:    strings.TrimSpace(q.Get("form")),
		From:    strings.TrimSpace(q.Get("from")),
		To:      strings.TrimSpace(q.Get("to")),
		Verdict: lead.Verdict(strings.TrimSpace(q.Get("verdict"))),
		Source:  strings.ToLower(strings.TrimSpace(q.Get("source"))),
		Company: strings.TrimSpace(q.Get("company")),
		Cursor:  q.Get("cursor"),
	}
	switch s.Verdict {
	case "", lead.VerdictJunk, lead.VerdictReview, lead.VerdictNurture, lead.VerdictQualified:
	default:
		return s, invalid("verdict", "verdict must be junk, review, nurture or qualified")
	}
	var err error
	if s.From != "" {
		if s.from, err = time.Parse(dateLayout, s.From); err != nil {
			return s, invalid("from", "from must be a date, YYYY-MM-DD")
		}
	}
	if s.To != "" {
		if s.to, err = time.Parse(dateLayout, s.To); err != nil {
			return s, invalid("to", "to must be a date, YYYY-MM-DD")
		}
		s.to = s.to.AddDate(0, 0, 1) // the whole of the last day
	}
	if !s.from.IsZero() && !s.to.IsZero() && !s.from.Before(s.to) {
		return s, invalid("to", "to must not be before from")
	}
	if forms := p.forms(r.Context()); s.Email == "" && s.Form == "" && len(forms) > 0 {
		s.Form = forms[0]
	}
	if s.Email == "" && s.Form == "" {
		return s, invalid("form", "choose a form or give an e-mail address")
	}
	return s, nil
}

// matches reports whether l passes the filters no index serves: verdict,
// source, company, and the dates of an e-mail search.
func (s Search) matches(l *lead.Lead) bool {
	switch {
	case s.Verdict != "" && l.Verdict != s.Verdict,
		s.Source != "" && l.Source() != s.Source,
		s.Company != "" && !strings.Contains(strings.ToLower(l.Fields.Company), strings.ToLower(s.Company)),
		!s.from.IsZero() && l.ReceivedAt.Before(s.from),
		!s.to.IsZero() && !l.ReceivedAt.Before(s.to):
		return false
	}
	return true
}

// filtered reports whether the search has filters applied to the page
// read rather than by an index.
func (s Search) filtered() bool {
	return s.Verdict != "" || s.Source != "" || s.Company != ""
}

// LeadRow is a lead as a list shows it.
type LeadRow struct {
	ID         string       `json:"id"`
	Form       string       `json:"form"`
	ReceivedAt time.Time    `json:"received_at"`
	Verdict    lead.Verdict `json:"verdict"`
	Name       string       `json:"name,omitempty"`
	Email      string       `json:"email,omitempty"`
	Company    string       `json:"company,omitempty"`
	Source     string       `json:"source"`
	JunkScore  int          `json:"junk_score"`
	FitScore   int          `json:"fit_score"`
	NearMiss   bool         `json:"near_miss,omitempty"`
	Outcome    string       `json:"outcome,omitempty"`
	// Reasons are the strongest reasons, as the review queue shows them.
	Reasons []lead.Reason `json:"reasons,omitempty"`
}

func rowOf(l *lead.Lead) LeadRow {
	r := LeadRow{ID: l.ID, Form: l.FormID, ReceivedAt: l.ReceivedAt, Verdict: l.Verdict, Name: l.Fields.FullName(),
		Email: l.Email, Company: l.Fields.Company, Source: l.Source(), JunkScore: l.Screening.Score, FitScore: l.FitScore()}
	if l.Fit != nil {
		r.NearMiss = l.Fit.NearMiss
	}
	if l.Outcome != nil {
		r.Outcome = string(l.Outcome.Kind)
	}
	return r
}

// SearchResult is one page of a search.
type SearchResult struct {
	Search Search    `json:"search"`
	Forms  []string  `json:"forms"`
	Leads  []LeadRow `json:"leads"`
	// Read is how many leads the page read; the filters in Search that
	// no index serves (verdict, source, company) apply within them, so a
	// page may show fewer than it read, or none, and the next page more.
	Read     int    `json:"read"`
	Filtered bool   `json:"filtered"`
	Next     string `json:"next,omitempty"`
	// ByEmail is set for an e-mail search: the address's newest leads,
	// at most PageRead, in one page.
	ByEmail  bool `json:"by_email,omitempty"`
	PageRead int  `json:"page_read"`
}

// NextQuery is the query string of the next page.
func (r SearchResult) NextQuery() string {
	s := r.Search
	q := make([]string, 0, 8)
	add := func(k, v string) {
		if v != "" {
			q = append(q, k+"="+url.QueryEscape(v))
		}
	}
	add("email", s.Email)
	add("form", s.Form)
	add("from", s.From)
	add("to", s.To)
	add("verdict", string(s.Verdict))
	add("source", s.Source)
	add("company", s.Company)
	add("cursor", r.Next)
	return strings.Join(q, "&")
}

func (p *Pages) searchLeads(w http.ResponseWriter, r *http.Request, u User) {
	s, err := p.parseSearch(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	res, err := p.search(r.Context(), s)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.reply(w, r, http.StatusOK, "leads", res)
}

func (p *Pages) search(ctx context.Context, s Search) (SearchResult, error) {
	res := SearchResult{Search: s, Forms: p.forms(ctx), Filtered: s.filtered(), PageRead: pageRead, Leads: []LeadRow{}}
	var leads []*lead.Lead
	var err error
	if s.Email != "" {
		res.ByEmail = true
		leads, err = p.Leads.ListByEmail(ctx, s.Email, pageRead)
		if err == nil && s.Form != "" {
			leads = slices.DeleteFunc(leads, func(l *lead.Lead) bool { return l.FormID != s.Form })
		}
	} else {
		leads, res.Next, err = p.Leads.LeadsByFormTime(ctx, s.Form, s.from, s.to, false, pageRead, s.Cursor)
	}
	if err != nil {
		return res, err
	}
	res.Read = len(leads)
	for _, l := range leads {
		if s.matches(l) {
			res.Leads = append(res.Leads, rowOf(l))
		}
	}
	return res, nil
}

// LeadPage is everything the console shows of one lead.
type LeadPage struct {
	Lead *lead.Lead `json:"lead"`
	// Fields are the non-empty fields in display order, extras last.
	Fields []Field `json:"fields"`
	Source string  `json:"source"`
	// ScreenReasons and FitReasons split Lead.Reasons by stage; Decisions
	// are the reasons people added.
	ScreenReasons []lead.Reason `json:"screen_reasons"`
	FitReasons    []lead.Reason `json:"fit_reasons"`
	Decisions     []lead.Reason `json:"decisions"`
	Emails        []EmailSent   `json:"emails"`
	// Messages are the e-mails SES reported about the lead, with their
	// delivery, bounce or complaint.
	Messages []Message `json:"messages"`
	// Suppression is the address's entry on the suppression list (a
	// bounce, a complaint or an unsubscribe), nil when it may be mailed.
	Suppression *store.Suppression `json:"suppression,omitempty"`

	Rescuable bool `json:"rescuable"`
	// Error says why the action that answers with this page was refused
	// (HTML only: JSON answers a refusal with the error itself).
	Error string `json:"-"`
	// May says which actions the viewer may take, so the page offers
	// only those.
	May    May                `json:"-"`
	Kinds  []lead.OutcomeKind `json:"-"`
	Decide []lead.Verdict     `json:"-"`
}

// May says which of a page's actions the viewer may take.
type May struct{ Decide, MarkOutcome bool }

// Field is one field's name and value.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// EmailSent is an e-mail the lead caused, as far as the lead records it.
type EmailSent struct {
	Kind   string     `json:"kind"` // sales hand-off, nurture
	To     string     `json:"to,omitempty"`
	At     *time.Time `json:"at,omitempty"`
	Status string     `json:"status"`
	// MessageID is SES's id of the message.
	MessageID string `json:"message_id,omitempty"`
	Detail    string `json:"detail,omitempty"`
}

// Message is one e-mail about the lead as SES reported it.
type Message struct {
	// Which says in words which e-mail it is: "sales hand-off" or
	// "nurture step 2 of welcome" (steps counted from 1); Kind is the
	// e-mail's tag as the store keeps it.
	Which       string           `json:"which"`
	Kind        string           `json:"kind"`
	SentAt      *time.Time       `json:"sent_at,omitempty"`
	MessageID   string           `json:"message_id,omitempty"`
	DeliveredAt *time.Time       `json:"delivered_at,omitempty"`
	Bounce      *store.Bounce    `json:"bounce,omitempty"`
	Complaint   *store.Complaint `json:"complaint,omitempty"`
	// Outcome says in words what became of it: "delivered", "bounced
	// (permanent, general)", "complained (abuse)", "no delivery reported
	// yet".
	Outcome string `json:"outcome"`
}

// EmailRecords reads what SES reported of a lead's e-mails
// (store.Store provides it).
type EmailRecords interface {
	SentEmails(ctx context.Context, leadID string) ([]store.EmailRecord, error)
}

// messagesOf puts recs in words, in the order they were sent: SES's
// acceptance time, and the e-mail's kind for those not yet known.
func messagesOf(recs []store.EmailRecord) []Message {
	recs = slices.Clone(recs)
	slices.SortStableFunc(recs, func(a, b store.EmailRecord) int {
		if a.SentAt != nil && b.SentAt != nil && !a.SentAt.Equal(*b.SentAt) {
			return a.SentAt.Compare(*b.SentAt)
		}
		return strings.Compare(a.What, b.What)
	})
	out := make([]Message, 0, len(recs))
	for _, r := range recs {
		m := Message{Which: whichEmail(r.What), Kind: r.What, SentAt: r.SentAt, MessageID: r.MessageID,
			DeliveredAt: r.DeliveredAt, Bounce: r.Bounce, Complaint: r.Complaint}
		var words []string
		if r.DeliveredAt != nil {
			words = append(words, "delivered")
		}
		if b := r.Bounce; b != nil {
			words = append(words, "bounced ("+strings.ToLower(strings.Join(nonEmpty(b.Type, b.SubType), ", "))+")")
		}
		if c := r.Complaint; c != nil {
			w := "complained"
			if c.FeedbackType != "" {
				w += " (" + c.FeedbackType + ")"
			}
			words = append(words, w)
		}
		m.Outcome = strings.Join(words, ", then ")
		if m.Outcome == "" {
			m.Outcome = "no delivery reported yet"
		}
		out = append(out, m)
	}
	return out
}

// whichEmail puts an e-mail's tag (sesevents.EmailHandoff,
// sesevents.EmailStep) in words.
func whichEmail(what string) string {
	if what == sesevents.EmailHandoff {
		return "sales hand-off"
	}
	if rest, ok := strings.CutPrefix(what, "step-"); ok {
		if n, seq, ok := strings.Cut(rest, "-"); ok {
			if step, err := strconv.Atoi(n); err == nil && seq != "" {
				return "nurture step " + strconv.Itoa(step+1) + " of " + seq
			}
		}
	}
	return what
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Suppressions reads the suppression list (store.Store provides it).
type Suppressions interface {
	Suppressed(ctx context.Context, email string) (*store.Suppression, error)
}

func (p *Pages) showLead(w http.ResponseWriter, r *http.Request, u User) {
	id := r.PathValue("id")
	if !lead.ValidID(id) {
		p.fail(w, r, &lead.Error{Kind: lead.ENOTFOUND, Code: "not_found", Message: "no such lead"})
		return
	}
	l, err := p.Leads.GetLead(r.Context(), id)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.replyLead(w, r, u, l)
}

// replyLead answers with l's page.
func (p *Pages) replyLead(w http.ResponseWriter, r *http.Request, u User, l *lead.Lead) {
	p.replyLeadStatus(w, r, u, l, http.StatusOK, "")
}

// failOnLead answers an action on lead id refused with err: a fragment
// shows the lead's page again with the reason above it, so that the
// person sees what changed and can act again; JSON gets the error.
func (p *Pages) failOnLead(w http.ResponseWriter, r *http.Request, u User, id string, err error) {
	if !wantsHTML(r) || !lead.ValidID(id) {
		p.fail(w, r, err)
		return
	}
	l, gerr := p.Leads.GetLead(r.Context(), id)
	if gerr != nil {
		p.fail(w, r, err)
		return
	}
	p.replyLeadStatus(w, r, u, l, p.statusOf(r, err), asError(err).Message)
}

func (p *Pages) replyLeadStatus(w http.ResponseWriter, r *http.Request, u User, l *lead.Lead, status int, problem string) {
	var err error
	pg := LeadPage{Lead: l, Source: l.Source(), Rescuable: l.Rescuable(p.now()), Kinds: lead.OutcomeKinds, Error: problem,
		Decide: []lead.Verdict{lead.VerdictQualified, lead.VerdictNurture, lead.VerdictJunk},
		May:    May{Decide: u.Can(DecideReview), MarkOutcome: u.Can(MarkOutcome)}}
	for i, name := range lead.CanonicalFields {
		if v := *l.Fields.At(i); v != "" {
			pg.Fields = append(pg.Fields, Field{name, v})
		}
	}
	extras := make([]string, 0, len(l.Fields.Extra))
	for k := range l.Fields.Extra {
		extras = append(extras, k)
	}
	slices.Sort(extras)
	for _, k := range extras {
		pg.Fields = append(pg.Fields, Field{k, l.Fields.Extra[k]})
	}
	for _, rs := range l.Reasons {
		switch {
		case rs.Code == lead.ReasonDecidedByPerson:
			pg.Decisions = append(pg.Decisions, rs)
		case rs.Stage == lead.StageFit:
			pg.FitReasons = append(pg.FitReasons, rs)
		default:
			pg.ScreenReasons = append(pg.ScreenReasons, rs)
		}
	}
	pg.Emails = emailsOf(l)
	pg.Messages = []Message{}
	if er, ok := p.Leads.(EmailRecords); ok {
		recs, err := er.SentEmails(r.Context(), l.ID)
		if err != nil {
			p.fail(w, r, err)
			return
		}
		pg.Messages = messagesOf(recs)
	}
	if sp, ok := p.Leads.(Suppressions); ok && l.Email != "" {
		if pg.Suppression, err = sp.Suppressed(r.Context(), l.Email); err != nil {
			p.fail(w, r, err)
			return
		}
	}
	p.reply(w, r, status, "lead", pg)
}

// emailsOf lists the e-mails l's follow-up sent or is sending.
func emailsOf(l *lead.Lead) []EmailSent {
	var out []EmailSent
	if h := l.Handoff; h != nil {
		e := EmailSent{Kind: "sales hand-off", To: h.OwnerEmail, At: h.SentAt, Status: string(h.State), MessageID: h.MessageID, Detail: h.LastError}
		if h.SpeedToLeadMS > 0 {
			e.Detail = strings.TrimSpace(e.Detail + " speed to lead " + (time.Duration(h.SpeedToLeadMS) * time.Millisecond).Round(time.Second).String())
		}
		out = append(out, e)
	}
	if n := l.Nurture; n != nil {
		detail := "sequence " + n.SequenceID
		if n.SequenceID == "" {
			detail = "segment " + n.Segment + ", no sequence yet"
		}
		if n.StopReason != "" {
			detail += "; stopped: " + n.StopReason
		}
		if n.LastError != "" {
			detail += "; last error: " + n.LastError
		}
		out = append(out, EmailSent{Kind: "nurture", To: l.Email, At: n.LastSentAt, Status: string(n.State) + ", " + strconv.Itoa(n.Step) + " steps sent", Detail: detail})
	}
	return out
}

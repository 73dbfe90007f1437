package console

import (
	"net/http"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// OutcomeLinkPath is the public page the sales e-mail's "Was this a good
// lead?" link opens (outcomelink makes the links): outside /console/api,
// so the gateway's authorizer lets it through; the token is its proof.
const OutcomeLinkPath = "/console/outcome/{token}"

// linkUser is who the audit trail and the lead's outcome name for an
// outcome given through the e-mail link: the link proves the lead, not
// the person.
var linkUser = User{Subject: "sales-link", Name: "sales e-mail link"}

func outcomeOf(r *http.Request) (lead.OutcomeKind, string, error) {
	k := lead.OutcomeKind(strings.TrimSpace(r.FormValue("outcome")))
	if !k.Valid() {
		return "", "", invalid("outcome", "outcome must be won, lost, bad_fit, not_a_lead or spam")
	}
	note, err := noteOf(r)
	return k, note, err
}

func (p *Pages) markOutcome(w http.ResponseWriter, r *http.Request, u User) {
	k, note, err := outcomeOf(r)
	if err != nil {
		p.failOnLead(w, r, u, r.PathValue("id"), err)
		return
	}
	var was lead.OutcomeKind
	l, err := p.change(r.Context(), u, r.PathValue("id"), "outcome", func(l *lead.Lead, now time.Time) error {
		was = kindOf(l.Outcome)
		return l.MarkOutcome(k, u.Name, note, now)
	})
	if err != nil {
		p.failOnLead(w, r, u, r.PathValue("id"), err)
		return
	}
	p.tallyOutcome(r.Context(), l, was)
	p.replyLead(w, r, u, l)
}

// OutcomePage is the public page of an outcome link.
type OutcomePage struct {
	Token      string
	LeadID     string
	Form       string
	Company    string
	ReceivedAt time.Time
	Kinds      []lead.OutcomeKind
	Current    *lead.Outcome
	Saved      bool
	Error      string
}

// outcomePage answers a public outcome page with status.
func (p *Pages) outcomePage(w http.ResponseWriter, r *http.Request, status int, pg OutcomePage) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Type", "text/html; charset=utf-8")
	// The page is the one console answer outside the shell: it carries
	// the shell's policy itself, and keeps its token out of referrers.
	h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Robots-Tag", "noindex")
	var b strings.Builder
	if err := templatesFor(p.base(r)).ExecuteTemplate(&b, "outcomepage", pg); err != nil {
		p.log().Error("console: render outcome page", "err", err)
		http.Error(w, "could not render the page", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status)
	_, _ = w.Write([]byte(b.String()))
}

// linkLead checks r's outcome link and reads the lead it names; on
// failure it has answered.
func (p *Pages) linkLead(w http.ResponseWriter, r *http.Request) (*lead.Lead, bool) {
	if p.Links == nil {
		p.outcomePage(w, r, http.StatusNotFound, OutcomePage{Error: "Outcome links are not set up here."})
		return nil, false
	}
	token := r.PathValue("token")
	id, err := p.Links.Verify(token, p.now())
	if err != nil {
		p.outcomePage(w, r, http.StatusNotFound, OutcomePage{Error: "This link does not work: it is damaged or has expired. Mark the outcome in the console instead."})
		return nil, false
	}
	l, err := p.Leads.GetLead(r.Context(), id)
	if err != nil {
		e := asError(err)
		msg := "The lead could not be read; try again shortly."
		if e.Kind == lead.ENOTFOUND {
			msg = "This lead is no longer stored."
		}
		p.outcomePage(w, r, p.statusOf(r, err), OutcomePage{Error: msg})
		return nil, false
	}
	return l, true
}

func (p *Pages) pageOf(r *http.Request, l *lead.Lead) OutcomePage {
	return OutcomePage{Token: r.PathValue("token"), LeadID: l.ID, Form: l.FormID, Company: l.Fields.Company,
		ReceivedAt: l.ReceivedAt, Kinds: lead.OutcomeKinds, Current: l.Outcome}
}

// outcomeConfirm shows the outcome form; a GET never records anything,
// since mail scanners open every link of an e-mail.
func (p *Pages) outcomeConfirm(w http.ResponseWriter, r *http.Request) {
	l, ok := p.linkLead(w, r)
	if !ok {
		return
	}
	p.outcomePage(w, r, http.StatusOK, p.pageOf(r, l))
}

// outcomeRecord records the outcome the link's form posts.
func (p *Pages) outcomeRecord(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		p.outcomePage(w, r, http.StatusBadRequest, OutcomePage{Error: "The form could not be read."})
		return
	}
	l, ok := p.linkLead(w, r)
	if !ok {
		return
	}
	pg := p.pageOf(r, l)
	k, note, err := outcomeOf(r)
	if err != nil {
		pg.Error = asError(err).Message
		p.outcomePage(w, r, http.StatusBadRequest, pg)
		return
	}
	var was lead.OutcomeKind
	l, err = p.change(r.Context(), linkUser, l.ID, "outcome", func(l *lead.Lead, now time.Time) error {
		was = kindOf(l.Outcome)
		return l.MarkOutcome(k, linkUser.Name, note, now)
	})
	if err != nil {
		pg.Error = asError(err).Message
		p.outcomePage(w, r, p.statusOf(r, err), pg)
		return
	}
	p.tallyOutcome(r.Context(), l, was)
	pg = p.pageOf(r, l)
	pg.Saved = true
	p.outcomePage(w, r, http.StatusOK, pg)
}

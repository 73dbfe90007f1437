package console

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/privacy"
)

// People answers a person's privacy requests (privacy.Service provides
// it).
type People interface {
	Export(ctx context.Context, email string) (*privacy.Export, error)
	Erase(ctx context.Context, email string, by privacy.Actor) (*privacy.Report, error)
}

// people is Pages.People, or, when that is not set and Leads is the store
// (it holds everything an erasure writes), the privacy service on it.
func (p *Pages) people() People {
	if p.People != nil {
		return p.People
	}
	if st, ok := p.Leads.(privacy.Store); ok {
		return &privacy.Service{Store: st, Conflict: func(err error) bool { return errors.Is(err, store.ErrConflict) }, Now: p.Now}
	}
	return nil
}

// PersonPage is the privacy page of one address: its newest leads, its
// suppression, and what the admin may do.
type PersonPage struct {
	Email       string             `json:"email,omitempty"`
	Leads       []LeadRow          `json:"leads"`
	PageRead    int                `json:"page_read"`
	Suppression *store.Suppression `json:"suppression,omitempty"`
	// Erased is what the erasure just made said, on the page it answers.
	Erased *privacy.Report `json:"erased,omitempty"`
	Error  string          `json:"error,omitempty"`
	May    struct{ Export, Erase bool }
}

func (p *Pages) notSetUp(w http.ResponseWriter, r *http.Request) bool {
	if p.people() != nil {
		return false
	}
	p.fail(w, r, &lead.Error{Kind: lead.ENOTALLOWED, Code: "privacy_not_set_up", Message: "export and erasure are not set up in this console"})
	return true
}

// personPage reads the page of email (the newest pageRead leads).
func (p *Pages) personPage(ctx context.Context, u User, email string) (*PersonPage, error) {
	pg := &PersonPage{Email: email, PageRead: pageRead, Leads: []LeadRow{}}
	pg.May.Export, pg.May.Erase = u.Can(ExportPerson), u.Can(ErasePerson)
	if email == "" {
		return pg, nil
	}
	ls, err := p.Leads.ListByEmail(ctx, email, pageRead)
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		pg.Leads = append(pg.Leads, rowOf(l))
	}
	if sp, ok := p.Leads.(Suppressions); ok {
		if pg.Suppression, err = sp.Suppressed(ctx, email); err != nil {
			return nil, err
		}
	}
	return pg, nil
}

// personEmail reads and checks the email parameter ("" is allowed only
// where the page may show just its search form).
func personEmail(r *http.Request, required bool) (string, error) {
	e := strings.ToLower(strings.TrimSpace(r.FormValue("email")))
	if e == "" && !required {
		return "", nil
	}
	if e == "" || !strings.Contains(e, "@") || strings.ContainsAny(e, " \t\r\n") {
		return "", invalid("email", "give the person's e-mail address")
	}
	return e, nil
}

func (p *Pages) showPerson(w http.ResponseWriter, r *http.Request, u User) {
	if p.notSetUp(w, r) {
		return
	}
	email, err := personEmail(r, false)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	pg, err := p.personPage(r.Context(), u, email)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.reply(w, r, http.StatusOK, "people", pg)
}

// exportPerson answers with every lead of the address as a JSON file.
func (p *Pages) exportPerson(w http.ResponseWriter, r *http.Request, u User) {
	if p.notSetUp(w, r) {
		return
	}
	email, err := personEmail(r, true)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	x, err := p.people().Export(r.Context(), email)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	// The file name carries the date, not the address.
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", `attachment; filename="person-export-`+x.ExportedAt.Format("2006-01-02")+`.json"`)
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(x)
}

// erasePerson erases the address once the form's confirm field repeats
// it, and answers with the address's page, now empty.
func (p *Pages) erasePerson(w http.ResponseWriter, r *http.Request, u User) {
	if p.notSetUp(w, r) {
		return
	}
	email, err := personEmail(r, true)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if !strings.EqualFold(strings.TrimSpace(r.FormValue("confirm")), email) {
		err := invalid("confirm", "type the address again to confirm the erasure")
		pg, perr := p.personPage(r.Context(), u, email)
		if perr != nil || !wantsHTML(r) {
			p.fail(w, r, err)
			return
		}
		pg.Error = asError(err).Message
		p.reply(w, r, p.statusOf(r, err), "people", pg)
		return
	}
	rep, err := p.people().Erase(r.Context(), email, privacy.Actor{Subject: u.Subject, Name: u.Name})
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.log().Info("console: person erased", "by", u.Subject, "leads", rep.Leads) // no address in logs
	pg, err := p.personPage(r.Context(), u, email)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	pg.Erased = rep
	p.reply(w, r, http.StatusOK, "people", pg)
}

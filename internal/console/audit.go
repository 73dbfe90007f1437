package console

import (
	"net/http"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// AuditPage is one page of the audit trail, newest first.
type AuditPage struct {
	Entries []lead.Audit `json:"entries"`
	Next    string       `json:"next,omitempty"`
}

func (p *Pages) auditTrail(w http.ResponseWriter, r *http.Request, u User) {
	entries, next, err := p.Audit.Audit(r.Context(), pageRead, r.FormValue("cursor"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if entries == nil {
		entries = []lead.Audit{}
	}
	p.reply(w, r, http.StatusOK, "audit", AuditPage{Entries: entries, Next: next})
}

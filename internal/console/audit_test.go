package console_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestAuditTrail(t *testing.T) {
	a, j := held(0), junk(time.Minute, false)
	won := mkLead("demo", "w@acme.example", lead.VerdictQualified, 2*time.Minute)
	m := newMem(a, j, won)
	mux := serve(memPages(m))
	for _, r := range []req{
		{method: "POST", path: "/console/api/leads/" + a.ID + "/decision", user: reviewer, form: url.Values{"verdict": {"nurture"}, "note": {"ana@acme.example asked by phone"}}},
		{method: "POST", path: "/console/api/leads/" + j.ID + "/rescue", user: marketing, form: url.Values{"note": {"a real person"}}},
		{method: "POST", path: "/console/api/leads/" + won.ID + "/outcome", user: sales, form: url.Values{"outcome": {"won"}}},
	} {
		if w := r.do(t, mux); w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", r.path, w.Code, w.Body)
		}
	}

	w := req{method: "GET", path: "/console/api/audit", user: admin}.do(t, mux)
	pg := decode[console.AuditPage](t, w)
	want := []struct{ who, action, id, detail string }{
		{"sam", "outcome", won.ID, "outcome won"},
		{"maria", "rescue", j.ID, "verdict nurture"},
		{"rita", "decide", a.ID, "verdict nurture"},
	}
	if len(pg.Entries) != len(want) {
		t.Fatalf("entries %+v", pg.Entries)
	}
	for i, e := range pg.Entries {
		if e.Actor != want[i].who || e.Action != want[i].action || e.LeadID != want[i].id || e.Detail != want[i].detail {
			t.Errorf("entry %d: %+v, want %+v", i, e, want[i])
		}
	}
	if strings.Contains(w.Body.String(), "acme.example") || strings.Contains(w.Body.String(), "phone") {
		t.Errorf("the audit trail holds personal data or a note: %s", w.Body)
	}
	w = req{method: "GET", path: "/console/api/audit", user: admin, html: true}.do(t, mux)
	checkFragment(t, w)
	if !strings.Contains(w.Body.String(), `hx-get="/console/api/leads/`+won.ID+`"`) {
		t.Errorf("the audit page does not link its leads:\n%s", w.Body)
	}
	for _, u := range []*console.User{marketing, sales, reviewer} {
		if w := (req{method: "GET", path: "/console/api/audit", user: u}).do(t, mux); w.Code != http.StatusForbidden {
			t.Errorf("%s sees the audit trail: %d", u.Name, w.Code)
		}
	}
}

// brokenAudit refuses every entry, as a storage outage would.
type brokenAudit struct{ *memLeads }

func (brokenAudit) AppendAudit(context.Context, lead.Audit) error {
	return fmt.Errorf("audit: %w", store.ErrUnavailable)
}

func TestDecisionWithoutAuditSaysSo(t *testing.T) {
	a := held(0)
	m := newMem(a)
	p := memPages(m)
	p.Audit = brokenAudit{m}
	w := req{method: "POST", path: "/console/api/leads/" + a.ID + "/decision", user: reviewer, form: url.Values{"verdict": {"junk"}}}.do(t, serve(p))
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "audit_unavailable") {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
}

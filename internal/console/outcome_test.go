package console_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestMarkOutcome(t *testing.T) {
	tests := []struct {
		name    string
		user    *console.User
		outcome string
		status  int
	}{
		{"sales marks a lead won", sales, "won", 200},
		{"sales marks spam that got through", sales, "spam", 200},
		{"an admin marks bad fit", admin, "bad_fit", 200},
		{"an outcome that is not one", sales, "great", 400},
		{"a reviewer may not", reviewer, "won", 403},
		{"marketing may not", marketing, "lost", 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mkLead("demo", "a@acme.example", lead.VerdictQualified, 0)
			m := newMem(l)
			w := req{method: "POST", path: "/console/api/leads/" + l.ID + "/outcome", user: tt.user,
				form: url.Values{"outcome": {tt.outcome}, "note": {"signed in Q4"}}}.do(t, serve(memPages(m)))
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			got := m.get(l.ID)
			if tt.status != 200 {
				if got.Outcome != nil || len(m.audit) != 0 {
					t.Fatalf("a refused outcome was stored: %+v %v", got.Outcome, m.audit)
				}
				return
			}
			want := lead.Outcome{Kind: lead.OutcomeKind(tt.outcome), At: t0.Add(48 * time.Hour), By: tt.user.Name, Note: "signed in Q4"}
			if got.Outcome == nil || *got.Outcome != want {
				t.Fatalf("outcome %+v, want %+v", got.Outcome, want)
			}
			if len(m.audit) != 1 || m.audit[0].Action != "outcome" || m.audit[0].Detail != "outcome "+tt.outcome || m.audit[0].Subject != tt.user.Subject {
				t.Errorf("audit %+v", m.audit)
			}
			if got.Verdict != lead.VerdictQualified || len(got.History) != 1 {
				t.Errorf("an outcome changed the verdict or its history: %s %v", got.Verdict, got.History)
			}
		})
	}
}

func TestOutcomeLink(t *testing.T) {
	l := mkLead("demo", "a@acme.example", lead.VerdictQualified, 0)
	m := newMem(l)
	p := memPages(m)
	signer, err := outcomelink.New([]byte("0123456789abcdef0123456789abcdef"), "https://console.example/console")
	if err != nil {
		t.Fatal(err)
	}
	p.Links = signer
	mux := serve(p)
	link, _ := signer.URL(l.ID, t0.Add(time.Hour))
	path := strings.TrimPrefix(link, "https://console.example")
	if !strings.HasPrefix(path, "/console/outcome/") {
		t.Fatalf("link %s", link)
	}

	w := req{method: "GET", path: path}.do(t, mux)
	if w.Code != http.StatusOK || m.get(l.ID).Outcome != nil {
		t.Fatalf("GET: status %d, outcome %+v; a GET must record nothing", w.Code, m.get(l.ID).Outcome)
	}
	checkFragment(t, w)
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	if !strings.Contains(w.Body.String(), `action="`+path+`"`) || !strings.Contains(w.Body.String(), `value="not_a_lead"`) {
		t.Errorf("the page lacks its form:\n%s", w.Body)
	}

	w = req{method: "POST", path: path, form: url.Values{"outcome": {"not_a_lead"}}}.do(t, mux)
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "saved as <strong>not a lead</strong>") {
		t.Fatalf("POST: status %d\n%s", w.Code, w.Body)
	}
	if o := m.get(l.ID).Outcome; o == nil || o.Kind != lead.OutcomeNotALead || o.By != "sales e-mail link" {
		t.Fatalf("outcome %+v", o)
	}
	if len(m.audit) != 1 || m.audit[0].Subject != "sales-link" || m.audit[0].LeadID != l.ID {
		t.Errorf("audit %+v", m.audit)
	}

	bad := []struct {
		name   string
		r      req
		status int
	}{
		{"a damaged link", req{method: "GET", path: path + "x"}, 404},
		{"a damaged link, posted", req{method: "POST", path: path + "x", form: url.Values{"outcome": {"won"}}}, 404},
		{"no outcome chosen", req{method: "POST", path: path, form: url.Values{}}, 400},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.r.do(t, mux)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d", w.Code, tt.status)
			}
			checkFragment(t, w)
			if o := m.get(l.ID).Outcome; o.Kind != lead.OutcomeNotALead {
				t.Errorf("outcome changed to %s", o.Kind)
			}
		})
	}
	p.Links = nil
	if w := (req{method: "GET", path: path}).do(t, serve(p)); w.Code != http.StatusNotFound {
		t.Errorf("without a signer: status %d", w.Code)
	}
}

package console_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/privacy"
)

// The rest of privacy.Store on the in-memory leads, so that the console
// builds its privacy service on them as it does on the store.

func (m *memLeads) LeadsOfEmail(ctx context.Context, email string) ([]*lead.Lead, error) {
	return m.ListByEmail(ctx, email, 1<<20)
}

func (m *memLeads) Suppress(_ context.Context, email, reason string, at time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.supp[email] == nil || reason == store.ReasonErasure {
		m.supp[email] = &store.Suppression{Email: email, Reason: reason, At: at}
	}
	return nil
}

func (m *memLeads) ForgetPlainSuppression(context.Context, string) error { return nil }

func personLeads() []*lead.Lead {
	return []*lead.Lead{
		mkLead("demo", "ana@acme.example", lead.VerdictNurture, 0),
		mkLead("newsletter", "ana@acme.example", lead.VerdictQualified, time.Hour, func(l *lead.Lead) {
			sent := l.ReceivedAt.Add(time.Minute)
			l.Handoff = &lead.Handoff{State: lead.HandoffSent, OwnerEmail: "sam@sales.example", SentAt: &sent, MessageID: "m-1"}
		}),
		mkLead("demo", "bo@other.example", lead.VerdictNurture, 2*time.Hour),
	}
}

func TestPeoplePermissions(t *testing.T) {
	mux := serve(memPages(newMem(personLeads()...)))
	for _, r := range []req{
		{method: "GET", path: "/console/api/people?email=ana@acme.example"},
		{method: "GET", path: "/console/api/people/export?email=ana@acme.example"},
		{method: "POST", path: "/console/api/people/erase", form: url.Values{"email": {"ana@acme.example"}, "confirm": {"ana@acme.example"}}},
	} {
		for _, u := range []*console.User{nil, marketing, sales, reviewer, nobody} {
			r.user = u
			want := http.StatusForbidden
			if u == nil {
				want = http.StatusUnauthorized
			}
			if w := r.do(t, mux); w.Code != want {
				t.Errorf("%s %s as %v: %d, want %d", r.method, r.path, u, w.Code, want)
			}
		}
	}
}

func TestPersonPageAndExport(t *testing.T) {
	mux := serve(memPages(newMem(personLeads()...)))
	w := req{method: "GET", path: "/console/api/people?email=%20ANA@acme.example", user: admin}.do(t, mux)
	if w.Code != http.StatusOK {
		t.Fatalf("page: %d %s", w.Code, w.Body)
	}
	pg := decode[console.PersonPage](t, w)
	if pg.Email != "ana@acme.example" || len(pg.Leads) != 2 || !pg.May.Export || !pg.May.Erase {
		t.Fatalf("page %+v", pg)
	}
	w = req{method: "GET", path: "/console/api/people?email=ana@acme.example", user: admin, html: true}.do(t, mux)
	checkFragment(t, w)
	for _, want := range []string{"Export as JSON", `/console/api/people/export?email=ana%40acme.example`, `hx-post="/console/api/people/erase"`, `name="confirm"`, "Ana Lima"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("fragment lacks %s:\n%s", want, w.Body)
		}
	}
	// Without an address the page is just its search form.
	w = req{method: "GET", path: "/console/api/people", user: admin, html: true}.do(t, mux)
	if checkFragment(t, w); w.Code != http.StatusOK || strings.Contains(w.Body.String(), "Export as JSON") {
		t.Errorf("empty page: %d %s", w.Code, w.Body)
	}

	w = req{method: "GET", path: "/console/api/people/export?email=ana@acme.example", user: admin}.do(t, mux)
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Disposition"), `attachment; filename="person-export-`) ||
		strings.Contains(w.Header().Get("Content-Disposition"), "ana") {
		t.Fatalf("export: %d %v", w.Code, w.Header())
	}
	x := decode[privacy.Export](t, w)
	if len(x.Leads) != 2 || x.Leads[1].Context.IP != "203.0.113.7" || len(x.Leads[0].EmailsSent) != 1 || x.Leads[0].EmailsSent[0].To != "sam@sales.example" {
		t.Errorf("export %+v", x)
	}
	for _, path := range []string{"/console/api/people/export", "/console/api/people/export?email=not-an-address", "/console/api/people?email=a%20b@c"} {
		if w := (req{method: "GET", path: path, user: admin}).do(t, mux); w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", path, w.Code)
		}
	}
}

func TestErasePerson(t *testing.T) {
	m := newMem(personLeads()...)
	mux := serve(memPages(m))
	erase := func(confirm string, html bool) *httptest.ResponseRecorder {
		return req{method: "POST", path: "/console/api/people/erase", user: admin, html: html,
			form: url.Values{"email": {"Ana@Acme.example"}, "confirm": {confirm}}}.do(t, mux)
	}
	// Without the address typed again nothing happens, and the page says why.
	w := erase("yes", true)
	if checkFragment(t, w); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "type the address again") {
		t.Fatalf("unconfirmed: %d %s", w.Code, w.Body)
	}
	if len(m.audit) != 0 || m.supp["ana@acme.example"] != nil {
		t.Fatal("an unconfirmed erasure changed something")
	}
	w = erase(" ana@acme.EXAMPLE ", true)
	if checkFragment(t, w); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Erased: 2 leads") || !strings.Contains(w.Body.String(), "No stored lead has this address") {
		t.Fatalf("erase: %d %s", w.Code, w.Body)
	}
	for _, id := range m.ids() {
		l := m.get(id)
		if l.Fields.FirstName == "Ana" && l.Email != "bo@other.example" {
			t.Errorf("lead %s still names the person: %+v", id, l.Fields)
		}
	}
	if sp := m.supp["ana@acme.example"]; sp == nil || sp.Reason != privacy.Erasure {
		t.Errorf("suppression %+v", sp)
	}
	if i := slices.IndexFunc(m.audit, func(e lead.Audit) bool { return e.Action == "erase" }); i < 0 || m.audit[i].Subject != admin.Subject ||
		strings.Contains(m.audit[i].Detail, "ana") {
		t.Errorf("audit %+v", m.audit)
	}
	// Again, as JSON: nothing left, and the request is recorded again.
	w = erase("ana@acme.example", false)
	if r := decode[console.PersonPage](t, w); w.Code != http.StatusOK || r.Erased == nil || r.Erased.Leads != 0 || len(r.Leads) != 0 {
		t.Errorf("second erasure: %d %s", w.Code, w.Body)
	}
}

func TestErasePersonOnDynamoDB(t *testing.T) {
	p, s := storePages(t, personLeads()...)
	mux := serve(p)
	w := req{method: "POST", path: "/console/api/people/erase", user: admin,
		form: url.Values{"email": {"ana@acme.example"}, "confirm": {"ana@acme.example"}}}.do(t, mux)
	if w.Code != http.StatusOK {
		t.Fatalf("erase: %d %s", w.Code, w.Body)
	}
	ctx := context.Background()
	if ls, err := s.LeadsOfEmail(ctx, "ana@acme.example"); err != nil || len(ls) != 0 {
		t.Fatalf("leads left: %d %v", len(ls), err)
	}
	if ls, _ := s.LeadsOfEmail(ctx, "bo@other.example"); len(ls) != 1 || ls[0].Fields.FirstName != "Ana" {
		t.Errorf("another person's lead changed: %+v", ls)
	}
	if sp, err := s.Suppressed(ctx, "ana@acme.example"); err != nil || sp == nil || sp.Reason != privacy.Erasure {
		t.Errorf("suppression %+v %v", sp, err)
	}
	if a, _, err := s.Audit(ctx, 1, ""); err != nil || len(a) != 1 || a[0].Action != "erase" {
		t.Errorf("audit %+v %v", a, err)
	}
}

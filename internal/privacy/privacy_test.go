package privacy_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/privacy"
)

var errConflict = errors.New("conflict")

// fakeStore keeps leads in memory; conflicts makes the next n
// ReplaceLead calls lose to a concurrent write.
type fakeStore struct {
	leads     map[string]*lead.Lead
	calls     []string
	conflicts int
	audit     []lead.Audit
}

func (f *fakeStore) LeadsOfEmail(_ context.Context, email string) ([]*lead.Lead, error) {
	f.calls = append(f.calls, "list")
	var out []*lead.Lead
	for _, l := range f.leads {
		if l.Email == email {
			c := *l
			out = append(out, &c)
		}
	}
	return out, nil
}

func (f *fakeStore) ReplaceLead(_ context.Context, l *lead.Lead, prev time.Time) error {
	f.calls = append(f.calls, "replace")
	if f.conflicts > 0 {
		f.conflicts--
		return errConflict
	}
	if !f.leads[l.ID].UpdatedAt.Equal(prev) {
		return errConflict
	}
	f.leads[l.ID] = l
	return nil
}

func (f *fakeStore) Suppress(_ context.Context, email, reason string, _ time.Time) error {
	f.calls = append(f.calls, "suppress "+reason)
	return nil
}

func (f *fakeStore) ForgetPlainSuppression(context.Context, string) error {
	f.calls = append(f.calls, "forget")
	return nil
}

func (f *fakeStore) AppendAudit(_ context.Context, e lead.Audit) error {
	f.calls = append(f.calls, "audit")
	f.audit = append(f.audit, e)
	return nil
}

var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func person(id string) *lead.Lead {
	sent := t0.Add(time.Hour)
	return &lead.Lead{
		ID: id, FormID: "contact", Email: "ana.lima@example.org",
		Fields: lead.Fields{Email: "Ana.Lima@example.org", FirstName: "Ana", LastName: "Lima", Company: "Lima Tecidos",
			Phone: "+55 11 91234 5678", Country: "BR", Industry: "retail", Message: "Call me on +55 11 91234 5678",
			PageURL: "https://shop.example/contact?email=ana.lima@example.org", Referrer: "https://news.example/a/b?u=ana",
			UTMSource: "newsletter", Extra: map[string]string{"cpf": "123.456.789-00"}},
		Raw:     map[string]string{"email": "Ana.Lima@example.org"},
		Context: lead.Context{IP: "198.51.100.4", UserAgent: "Mozilla/5.0", AcceptLanguage: "pt-BR", Origin: "https://shop.example", ReceivedAt: t0},
		Verdict: lead.VerdictNurture,
		Screening: lead.Screening{Score: 5, EmailSuggestion: "ana.lima@example.com",
			Reasons: []lead.Reason{{Code: "typo_domain", Points: 5, Detail: "ana.lima@example.org looks mistyped", Stage: "screen"}}},
		Reasons:    []lead.Reason{{Code: "typo_domain", Points: 5, Detail: "ana.lima@example.org looks mistyped", Stage: "screen"}},
		ReceivedAt: t0, UpdatedAt: t0,
		History: []lead.VerdictChange{{At: t0, Verdict: lead.VerdictNurture, Cause: "submitted"},
			{At: t0, Verdict: lead.VerdictNurture, Cause: "decided", By: "Rui", Note: "Ana called, wants a demo"}},
		Outcome: &lead.Outcome{Kind: lead.OutcomeWon, At: t0, By: "Rui", Note: "Ana signed"},
		Nurture: &lead.Enrollment{State: lead.NurtureActive, Segment: "smb", SequenceID: "smb", Step: 1, LastSentAt: &sent,
			NextAt: &sent, LastError: "554 ana.lima@example.org rejected"},
	}
}

func TestScrubLeavesNoPersonalData(t *testing.T) {
	l := person("L1")
	privacy.Scrub(l, t0.Add(24*time.Hour), "Robin")
	js, _ := json.Marshal(l)
	text := strings.ToLower(string(js))
	for _, needle := range []string{"ana", "lima", "tecidos", "91234", "198.51.100.4", "mozilla", "pt-br", "123.456", "demo", "signed", "/a/b", "contact?"} {
		if strings.Contains(text, needle) {
			t.Errorf("scrubbed lead holds %q: %s", needle, js)
		}
	}
	// What reports and backtests count stays.
	if l.Verdict != lead.VerdictNurture || l.Fields.Country != "BR" || l.Fields.Industry != "retail" || l.Fields.UTMSource != "newsletter" ||
		l.Fields.Referrer != "https://news.example" || l.Outcome.Kind != lead.OutcomeWon || l.Reasons[0].Code != "typo_domain" ||
		l.Reasons[0].Points != 5 || l.Context.Origin != "https://shop.example" || !l.ReceivedAt.Equal(t0) {
		t.Errorf("scrubbed too much: %s", js)
	}
	if l.Nurture.Live() || l.History[1].By != "Rui" {
		t.Errorf("enrollment %+v, history %+v", l.Nurture, l.History)
	}
	if last := l.History[len(l.History)-1]; last.Cause != "erased" || last.By != "Robin" || !l.UpdatedAt.Equal(t0.Add(24*time.Hour)) {
		t.Errorf("erasure not recorded on the lead: %+v", last)
	}
}

func TestEraseOrderAndRerun(t *testing.T) {
	st := &fakeStore{leads: map[string]*lead.Lead{"L1": person("L1"), "L2": person("L2")}, conflicts: 1}
	other := person("L3")
	other.Email = "someone@example.org"
	st.leads["L3"] = other
	svc := &privacy.Service{Store: st, Conflict: func(err error) bool { return errors.Is(err, errConflict) }, Now: func() time.Time { return t0 }}
	r, err := svc.Erase(context.Background(), " ANA.LIMA@example.org", privacy.Actor{Subject: "sub-1", Name: "Robin"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Leads != 2 || st.leads["L3"].Email == "" {
		t.Fatalf("erased %d leads; the other person's: %q", r.Leads, st.leads["L3"].Email)
	}
	// Suppressed first, the conflicting lead read again, audit last.
	got := strings.Join(st.calls, ",")
	if !strings.HasPrefix(got, "suppress erasure,list,") || !strings.HasSuffix(got, "list,forget,audit") || strings.Count(got, "list") != 3 {
		t.Errorf("calls %s", got)
	}
	a := st.audit[0]
	if a.Action != "erase" || a.Subject != "sub-1" || a.Actor != "Robin" || a.LeadID != "" || strings.Contains(strings.ToLower(a.Detail), "ana") {
		t.Errorf("audit entry %+v", a)
	}
	// A rerun finds nothing left and still records the request.
	r, err = svc.Erase(context.Background(), "ana.lima@example.org", privacy.Actor{Subject: "sub-1", Name: "Robin"})
	if err != nil || r.Leads != 0 || len(st.audit) != 2 {
		t.Fatalf("rerun: %+v %v, %d audit entries", r, err, len(st.audit))
	}
}

func TestEraseRefuses(t *testing.T) {
	svc := &privacy.Service{Store: &fakeStore{}}
	for _, tc := range []struct {
		email   string
		subject string
	}{{"", "s"}, {"not-an-address", "s"}, {"a b@example.org", "s"}, {"a@example.org", " "}} {
		if _, err := svc.Erase(context.Background(), tc.email, privacy.Actor{Subject: tc.subject}); lead.KindOf(err) != lead.EINVALID {
			t.Errorf("Erase(%q, %q): %v", tc.email, tc.subject, err)
		}
	}
	if _, err := svc.Export(context.Background(), "nobody"); !privacy.IsNoAddress(err) {
		t.Errorf("Export: %v", err)
	}
}

func TestExportListsEmailsSent(t *testing.T) {
	st := &fakeStore{leads: map[string]*lead.Lead{"L1": person("L1")}}
	svc := &privacy.Service{Store: st, Now: func() time.Time { return t0 }}
	x, err := svc.Export(context.Background(), "Ana.Lima@Example.org")
	if err != nil {
		t.Fatal(err)
	}
	if x.Email != "ana.lima@example.org" || len(x.Leads) != 1 || len(x.Leads[0].EmailsSent) != 1 || x.Leads[0].EmailsSent[0].Kind != "nurture" {
		t.Fatalf("export %+v", x)
	}
	js, _ := json.Marshal(x)
	for _, want := range []string{`"first_name":"Ana"`, `"ip":"198.51.100.4"`, `"note":"Ana signed"`, `"emails_sent":[{"kind":"nurture"`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("export lacks %s: %s", want, js)
		}
	}
}

package intake

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// fakeJudge judges every submission with verdict, and refits merged
// fields with refit (verdict when empty).
type fakeJudge struct {
	verdict, refit lead.Verdict
	judged, refits int
}

func (j *fakeJudge) Judge(_ context.Context, _ *forms.Form, sub *lead.Submission) lead.Judgment {
	j.judged++
	return lead.Judgment{Verdict: j.verdict, RulesVersion: "r1",
		Screening: lead.Screening{Verdict: lead.ScreenPass, Reasons: []lead.Reason{{Code: "screened", Stage: lead.StageScreen}}},
		Fit:       &lead.Fit{Score: 10, Segment: "smb"}}
}

func (j *fakeJudge) Refit(_ *forms.Form, fields *lead.Fields, s lead.Screening) lead.Judgment {
	j.refits++
	v := j.refit
	if v == "" {
		v = j.verdict
	}
	return lead.Judgment{Verdict: v, Screening: s, RulesVersion: "r1", Fit: &lead.Fit{Score: 20, Segment: "smb"}}
}

// memStore is the storage intake needs, in memory.
type memStore struct {
	claims     map[string]string
	leads      map[string]*lead.Lead
	superseded map[string]string
	fail       error
}

func newMemStore() *memStore {
	return &memStore{claims: map[string]string{}, leads: map[string]*lead.Lead{}, superseded: map[string]string{}}
}

func (m *memStore) Claim(_ context.Context, form, hash, id string, _ time.Duration, _ time.Time) (string, error) {
	if m.fail != nil {
		return "", m.fail
	}
	k := form + "#" + hash
	if h, ok := m.claims[k]; ok {
		return h, nil
	}
	m.claims[k] = id
	return id, nil
}

func (m *memStore) CreateLead(_ context.Context, l *lead.Lead) (bool, error) {
	if _, ok := m.leads[l.ID]; ok {
		return false, nil
	}
	m.leads[l.ID] = l
	return true, nil
}

func (m *memStore) GetLead(_ context.Context, id string) (*lead.Lead, error) {
	if l, ok := m.leads[id]; ok {
		return l, nil
	}
	return nil, errors.New("not found")
}

func (m *memStore) LatestByEmail(_ context.Context, email string) (*lead.Lead, error) {
	var latest *lead.Lead
	for _, l := range m.leads {
		if l.Email == email && (latest == nil || l.ReceivedAt.After(latest.ReceivedAt)) {
			latest = l
		}
	}
	return latest, nil
}

func (m *memStore) Supersede(_ context.Context, prevID, newID string, _ time.Time) error {
	m.superseded[prevID] = newID
	return nil
}

type countingRouter struct{ routed []string }

func (r *countingRouter) Route(_ context.Context, l *lead.Lead) { r.routed = append(r.routed, l.ID) }

func newService(t *testing.T, j *fakeJudge, st *memStore, r *countingRouter, now *time.Time) *Service {
	t.Helper()
	fs, err := forms.Parse([]byte("forms:\n  - id: contact\n    required: [email]\n"))
	if err != nil {
		t.Fatal(err)
	}
	return &Service{Forms: fs, Judge: j, Store: st, Router: r, JunkRetention: 30 * 24 * time.Hour,
		Now: func() time.Time { return *now }, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

func post(body string) Request {
	return Request{FormID: "contact", ContentType: "application/json", Body: body}
}

func TestSubmitStoresJudgesAndHandsOff(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	j, st, r := &fakeJudge{verdict: lead.VerdictQualified}, newMemStore(), &countingRouter{}
	svc := newService(t, j, st, r, &now)
	res, err := svc.Submit(context.Background(), post(`{"email":"Ana@Example.org","company":"Acme"}`))
	if err != nil {
		t.Fatal(err)
	}
	l := st.leads[res.ID]
	if !res.Created || l == nil || l.Email != "ana@example.org" || l.Verdict != lead.VerdictQualified || l.RulesVersion != "r1" {
		t.Fatalf("result %+v, stored %+v", res, l)
	}
	if len(l.History) != 1 || l.History[0].Cause != "submitted" || len(l.Reasons) != 1 {
		t.Errorf("history %+v reasons %+v", l.History, l.Reasons)
	}
	if l.Handoff == nil || l.Handoff.State != lead.HandoffPending || l.ExpiresAt != nil {
		t.Errorf("follow-up not planned: %+v expires %v", l.Handoff, l.ExpiresAt)
	}
	if len(r.routed) != 1 || r.routed[0] != res.ID {
		t.Errorf("routed %v", r.routed)
	}

	// The same post again (a double click) answers with the first lead and
	// judges nothing again.
	again, err := svc.Submit(context.Background(), post(`{"email":"Ana@Example.org","company":"Acme"}`))
	if err != nil || again.ID != res.ID || again.Created || j.judged != 1 || len(r.routed) != 1 {
		t.Errorf("repeat: %+v %v; judged %d, routed %v", again, err, j.judged, r.routed)
	}
}

func TestSubmitMergesAReturningPerson(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name        string
		first, then lead.Verdict
		want        lead.Verdict
		wantReason  bool
	}{
		{"nurture becomes qualified", lead.VerdictNurture, lead.VerdictQualified, lead.VerdictQualified, false},
		{"qualified is never downgraded", lead.VerdictQualified, lead.VerdictNurture, lead.VerdictQualified, true},
		{"review gives way", lead.VerdictReview, lead.VerdictNurture, lead.VerdictNurture, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, r := newMemStore(), &countingRouter{}
			j := &fakeJudge{verdict: tc.first}
			svc := newService(t, j, st, r, &now)
			first, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","company":"Acme","phone":"+49 30 1234567"}`))
			if err != nil {
				t.Fatal(err)
			}
			now = now.Add(time.Hour)
			j.verdict, j.refit = tc.then, tc.then
			second, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","job_title":"CEO"}`))
			if err != nil {
				t.Fatal(err)
			}
			l := second.Lead
			if l.PreviousID != first.ID || st.superseded[first.ID] != second.ID || j.refits != 1 {
				t.Fatalf("not merged: previous %q, superseded %v, refits %d", l.PreviousID, st.superseded, j.refits)
			}
			if l.Fields.Company != "Acme" || l.Fields.JobTitle != "CEO" {
				t.Errorf("fields %+v", l.Fields)
			}
			if l.Verdict != tc.want || len(l.History) != 2 || l.History[1].Cause != lead.MergeCause(first.ID) {
				t.Errorf("verdict %s history %+v", l.Verdict, l.History)
			}
			kept := false
			for _, rs := range l.Reasons {
				kept = kept || rs.Code == lead.ReasonPreviouslyQualified
			}
			if kept != tc.wantReason {
				t.Errorf("previously_qualified reason %v, want %v: %+v", kept, tc.wantReason, l.Reasons)
			}
		})
	}
}

func TestSubmitJunkExpiresAndNeverMerges(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	st := newMemStore()
	svc := newService(t, &fakeJudge{verdict: lead.VerdictNurture}, st, &countingRouter{}, &now)
	first, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org"}`))
	if err != nil {
		t.Fatal(err)
	}
	svc.Judge = &fakeJudge{verdict: lead.VerdictJunk}
	junk, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","message":"buy now"}`))
	if err != nil {
		t.Fatal(err)
	}
	l := junk.Lead
	if l.PreviousID != "" || len(st.superseded) != 0 || l.Nurture != nil {
		t.Errorf("junk merged with %s: %+v", first.ID, l)
	}
	if l.ExpiresAt == nil || !l.ExpiresAt.Equal(now.Add(30*24*time.Hour)) {
		t.Errorf("expires %v", l.ExpiresAt)
	}
}

func TestSubmitErrors(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	down := newMemStore()
	down.fail = fmt.Errorf("dynamodb: %w", errors.New("connection refused"))
	for _, tc := range []struct {
		name     string
		st       *memStore
		req      Request
		wantKind lead.ErrorKind
		wantCode string
	}{
		{"unknown form", newMemStore(), Request{FormID: "nope", ContentType: "application/json", Body: `{}`}, lead.ENOTFOUND, CodeUnknownForm},
		{"missing email", newMemStore(), post(`{"company":"Acme"}`), lead.EINVALID, CodeValidation},
		{"long idempotency key", newMemStore(), func() Request {
			r := post(`{"email":"ana@example.org"}`)
			r.IdempotencyKey = strings.Repeat("k", 256)
			return r
		}(), lead.EINVALID, CodeValidation},
		{"storage down", down, post(`{"email":"ana@example.org"}`), lead.EUNAVAILABLE, CodeUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svc := newService(t, &fakeJudge{verdict: lead.VerdictNurture}, tc.st, &countingRouter{}, &now)
			_, err := svc.Submit(context.Background(), tc.req)
			e := AsError(err)
			if err == nil || e.Kind != tc.wantKind || e.Code != tc.wantCode {
				t.Fatalf("err %v: kind %s code %s, want %s %s", err, e.Kind, e.Code, tc.wantKind, tc.wantCode)
			}
			if tc.wantKind == lead.EUNAVAILABLE && (!errors.Is(err, down.fail) || strings.Contains(e.Message, "dynamodb")) {
				t.Errorf("the cause must be kept for logs and kept out of the message: %v / %q", err, e.Message)
			}
		})
	}
}

// TestErrorsEchoLittleInput: an error message repeats at most maxEcho
// characters of what the caller sent, however much that was.
func TestErrorsEchoLittleInput(t *testing.T) {
	now := time.Now()
	s := newService(t, nil, nil, nil, &now)
	long := strings.Repeat("x", 60000)
	_, err := s.Form(long)
	e := AsError(err)
	if e.Code != CodeUnknownForm || len(e.Message) > 2*maxEcho || !strings.Contains(e.Message, "xxxx") {
		t.Fatalf("unknown form answered %q (%d bytes)", e.Code, len(e.Message))
	}
	if got := echo("short"); got != `"short"` {
		t.Errorf("echo(short) = %s", got)
	}
}

// TestParseErrorsEchoLittleInput: a 5,000-character Content-Type or
// charset is not sent back whole.
func TestParseErrorsEchoLittleInput(t *testing.T) {
	for _, ct := range []string{
		"text/" + strings.Repeat("p", 5000),
		"application/json; charset=" + strings.Repeat("x", 5000),
	} {
		_, err := ParseBody(ct, []byte("{}"))
		e := AsError(err)
		if e.Kind != lead.EUNSUPPORTED || len(e.Message) > 3*maxEcho {
			t.Errorf("Content-Type of %d bytes: %s, message of %d bytes", len(ct), e.Code, len(e.Message))
		}
	}
}

package intake

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
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
	claims         []string // the claim each judged submission held
}

func (j *fakeJudge) Judge(_ context.Context, _ *forms.Form, sub *lead.Submission) lead.Judgment {
	j.judged++
	j.claims = append(j.claims, sub.Control.Claim)
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

// memStore is the storage intake needs, in memory. calls lists the port
// calls made, in order (the follow-up's too, when it shares the log).
type memStore struct {
	claims     map[string]string
	leads      map[string]*lead.Lead
	superseded map[string]string
	fail       error
	// calls is guarded by mu: intake makes some calls concurrently.
	mu    sync.Mutex
	calls []string
	// heldBy, when set, holds every claim (another request got there
	// first); hiddenFor hides stored leads from the next GetLead calls
	// (the first request has not stored its lead yet).
	heldBy    string
	hiddenFor int
	// lostAnswer makes the next CreateLead store the lead and then fail,
	// as when DynamoDB wrote the item and went down before answering.
	lostAnswer bool
	// claimWaits makes Claim wait for RecallByEmail to close recalling
	// (claimWaited records that it gave up waiting).
	claimWaits  bool
	recalling   chan struct{}
	claimWaited bool
}

func (m *memStore) call(name string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, name)
}

func newMemStore() *memStore {
	return &memStore{claims: map[string]string{}, leads: map[string]*lead.Lead{}, superseded: map[string]string{}}
}

func (m *memStore) Claim(_ context.Context, form, hash, id string, _ time.Duration, _ time.Time) (string, error) {
	m.call("Claim")
	if m.claimWaits {
		select {
		case <-m.recalling:
		case <-time.After(10 * time.Second):
			m.claimWaited = true
		}
	}
	if m.fail != nil {
		return "", m.fail
	}
	if m.heldBy != "" {
		return m.heldBy, nil
	}
	k := form + "#" + hash
	if h, ok := m.claims[k]; ok {
		return h, nil
	}
	m.claims[k] = id
	return id, nil
}

func (m *memStore) CreateLead(_ context.Context, l *lead.Lead) (bool, error) {
	m.call("CreateLead")
	if _, ok := m.leads[l.ID]; ok {
		return false, nil
	}
	m.leads[l.ID] = l
	if m.lostAnswer {
		m.lostAnswer = false
		return false, fmt.Errorf("dynamodb: %w", errors.New("connection reset by peer"))
	}
	return true, nil
}

// CreateLeadFollowedUp stores like CreateLead: the memory store has no
// due-work index to leave the lead off.
func (m *memStore) CreateLeadFollowedUp(ctx context.Context, l *lead.Lead) (bool, error) {
	return m.CreateLead(ctx, l)
}

func (m *memStore) IndexDue(_ context.Context, l *lead.Lead) error {
	m.call("IndexDue")
	return nil
}

func (m *memStore) GetLead(_ context.Context, id string) (*lead.Lead, error) {
	m.call("GetLead")
	if m.hiddenFor > 0 {
		m.hiddenFor--
		return nil, errors.New("not found")
	}
	if l, ok := m.leads[id]; ok {
		return l, nil
	}
	return nil, errors.New("not found")
}

func (m *memStore) RecallByEmail(_ context.Context, email string, n int) ([]string, *lead.Lead, error) {
	m.call("RecallByEmail")
	if m.recalling != nil {
		close(m.recalling)
	}
	var mine []*lead.Lead
	for _, l := range m.leads {
		if l.Email == email {
			mine = append(mine, l)
		}
	}
	slices.SortFunc(mine, func(a, b *lead.Lead) int { return strings.Compare(b.ID, a.ID) })
	var ids []string
	for _, l := range mine[:min(n, len(mine))] {
		ids = append(ids, l.ID)
	}
	if len(mine) == 0 {
		return nil, nil, nil
	}
	return ids, mine[0], nil
}

func (m *memStore) Supersede(_ context.Context, prevID, newID string, _ time.Time) error {
	m.call("Supersede")
	m.superseded[prevID] = newID
	return nil
}

// countingRouter is the follow-up port: it records the lead ids it was
// asked to follow up, and the call in the store's log.
type countingRouter struct {
	routed []string
	store  *memStore
	err    error
}

func (r *countingRouter) FollowUp(_ context.Context, id string, _ bool) error {
	r.routed = append(r.routed, id)
	if r.store != nil {
		r.store.call("FollowUp")
	}
	return r.err
}

func newService(t *testing.T, j *fakeJudge, st *memStore, r *countingRouter, now *time.Time) *Service {
	t.Helper()
	fs, err := forms.Parse([]byte("forms:\n  - id: contact\n    required: [email]\n"))
	if err != nil {
		t.Fatal(err)
	}
	return &Service{Forms: FixedForms(fs), Judge: j, Store: st, FollowUp: r, JunkRetention: 30 * 24 * time.Hour,
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

// TestSubmitReviewExpires: a lead held for review gets the review TTL, a
// lead for sales or nurture none; without a review retention it is kept.
func TestSubmitReviewExpires(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		verdict lead.Verdict
		keep    time.Duration
		want    time.Duration // 0: no TTL
	}{
		{lead.VerdictReview, 14 * 24 * time.Hour, 14 * 24 * time.Hour},
		{lead.VerdictReview, 0, 0},
		{lead.VerdictNurture, 14 * 24 * time.Hour, 0},
		{lead.VerdictQualified, 14 * 24 * time.Hour, 0},
		{lead.VerdictJunk, 14 * 24 * time.Hour, 30 * 24 * time.Hour},
	} {
		svc := newService(t, &fakeJudge{verdict: tc.verdict}, newMemStore(), &countingRouter{}, &now)
		svc.ReviewRetention = tc.keep
		res, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org"}`))
		if err != nil {
			t.Fatal(err)
		}
		got := res.Lead.ExpiresAt
		switch {
		case tc.want == 0 && got != nil:
			t.Errorf("%s with review retention %s: expires %v, want never", tc.verdict, tc.keep, got)
		case tc.want != 0 && (got == nil || !got.Equal(now.Add(tc.want))):
			t.Errorf("%s with review retention %s: expires %v, want %v", tc.verdict, tc.keep, got, now.Add(tc.want))
		}
	}
}

// TestRetryAfterLostAnswerFindsTheLead: the lead write landed but its
// answer was lost (DynamoDB went down mid-call), so the post is answered
// 503 "retry". The contract: a retry of the same post, as the 503's
// Retry-After asks, answers 201 with that lead's id and stores nothing
// more, because the idempotency claim written before the lead names it.
// The first request starts the follow-up all the same (the lead may be
// stored), and should that be lost too, a retry that finds the hand-off
// still untouched after StalledHandoff puts the lead on the due-work
// index; one sooner leaves it to the hand-off function.
func TestRetryAfterLostAnswerFindsTheLead(t *testing.T) {
	for _, tc := range []struct {
		after   time.Duration
		indexed bool
	}{
		{time.Second, false},
		{StalledHandoff, true},
	} {
		now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
		st, r := newMemStore(), &countingRouter{}
		st.lostAnswer = true
		j := &fakeJudge{verdict: lead.VerdictQualified}
		svc := newService(t, j, st, r, &now)
		body := `{"email":"ana@example.org","company":"Acme"}`
		_, err := svc.Submit(context.Background(), post(body))
		if e := AsError(err); e == nil || e.Kind != lead.EUNAVAILABLE {
			t.Fatalf("first post: %v, want EUNAVAILABLE (503)", err)
		}
		if len(st.leads) != 1 {
			t.Fatalf("fixture: %d leads stored, want the one whose answer was lost", len(st.leads))
		}
		var storedID string
		for id := range st.leads {
			storedID = id
		}
		if !slices.Equal(r.routed, []string{storedID}) {
			t.Fatalf("follow-ups %v after the lost answer, want the lead that may be stored, %s", r.routed, storedID)
		}
		now = now.Add(tc.after)
		res, err := svc.Submit(context.Background(), post(body))
		if err != nil || res.ID != storedID || res.Created || len(st.leads) != 1 || j.judged != 1 {
			t.Fatalf("retry: %+v %v; %d leads, judged %d times; want the stored lead %s", res, err, len(st.leads), j.judged, storedID)
		}
		if got := slices.Contains(st.calls, "IndexDue"); got != tc.indexed {
			t.Errorf("retry %s later: put on the due-work index %v, want %v", tc.after, got, tc.indexed)
		}
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
	_, err := s.Form(context.Background(), long)
	e := AsError(err)
	if e.Code != CodeUnknownForm || len(e.Message) > 2*maxEcho || !strings.Contains(e.Message, "xxxx") {
		t.Fatalf("unknown form answered %q (%d bytes)", e.Code, len(e.Message))
	}
	if got := echo("short"); got != `"short"` {
		t.Errorf("echo(short) = %s", got)
	}
}

// TestSubmitSameCallsWhateverTheVerdict: junk, review, nurture and
// qualified submissions make the same port calls in the same order (store
// and follow-up), so the request path does the same work whatever the
// verdict and its timing reveals nothing. Every stored lead is followed up.
func TestSubmitSameCallsWhateverTheVerdict(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	var first []string
	for _, v := range []lead.Verdict{lead.VerdictJunk, lead.VerdictReview, lead.VerdictNurture, lead.VerdictQualified} {
		st := newMemStore()
		r := &countingRouter{store: st}
		svc := newService(t, &fakeJudge{verdict: v}, st, r, &now)
		res, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","company":"Acme"}`))
		if err != nil {
			t.Fatal(err)
		}
		if got := st.leads[res.ID].Verdict; got != v {
			t.Fatalf("stored verdict %s, want %s", got, v)
		}
		if len(r.routed) != 1 || r.routed[0] != res.ID {
			t.Errorf("%s: followed up %v, want the stored lead", v, r.routed)
		}
		calls := inOrder(t, st.calls)
		if first == nil {
			first = calls
			if calls[len(calls)-1] != "FollowUp" {
				t.Fatalf("%s: calls %v", v, calls)
			}
			continue
		}
		if !slices.Equal(calls, first) {
			t.Errorf("%s made the calls %v, junk made %v", v, calls, first)
		}
	}
}

// inOrder is calls without the look-up of the person's earlier leads,
// which intake makes while it claims the idempotency key (so that the two
// are logged in either order), after checking that it was made before the
// lead was stored.
func inOrder(t *testing.T, calls []string) []string {
	t.Helper()
	recall, store := slices.Index(calls, "RecallByEmail"), slices.Index(calls, "CreateLead")
	if recall < 0 || store < 0 || recall > store {
		t.Fatalf("calls %v: no look-up of earlier leads before the lead was stored", calls)
	}
	return slices.Delete(slices.Clone(calls), recall, recall+1)
}

// TestRecallWhileClaiming: the look-up of the person's earlier leads does
// not wait for the idempotency claim (one round trip less before the
// answer). The claim below returns only once the look-up has begun.
func TestRecallWhileClaiming(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	st := newMemStore()
	st.recalling = make(chan struct{})
	st.claimWaits = true
	svc := newService(t, &fakeJudge{verdict: lead.VerdictNurture}, st, &countingRouter{}, &now)
	if _, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","company":"Acme"}`)); err != nil {
		t.Fatal(err)
	}
	if st.claimWaited {
		t.Fatal("the claim was made before the look-up of earlier leads began, and the look-up waited for it")
	}
}

// TestFollowUpFailureKeepsTheLead: a follow-up that cannot be started
// fails nothing: the lead is stored and the answer is the same.
func TestFollowUpFailureKeepsTheLead(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	st := newMemStore()
	svc := newService(t, &fakeJudge{verdict: lead.VerdictQualified}, st, &countingRouter{err: errors.New("lambda: throttled")}, &now)
	res, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","company":"Acme"}`))
	if err != nil || !res.Created || st.leads[res.ID] == nil {
		t.Fatalf("submit with a failing follow-up: %+v %v", res, err)
	}
	if h := st.leads[res.ID].Handoff; h == nil || !h.Due(now.Add(lead.HandoffGrace)) {
		t.Fatalf("hand-off not left for the dispatcher: %+v", h)
	}
	if !slices.Contains(st.calls, "IndexDue") {
		t.Fatalf("lead not put on the due-work index after the failed follow-up: calls %v", st.calls)
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

// TestRepeatNeverJudgesAgain: a double-click's twin waits for the first
// request's lead and answers with it, judging nothing (judging again spent
// the render token a second time and turned a qualified lead into junk);
// when the first request never stores its lead, the repeat takes the claim
// over and is judged once, holding that claim.
func TestRepeatNeverJudgesAgain(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	const holder = "01JHOLDERLEAD00000000000000"
	body := `{"email":"ana@northwind.example","message":"A demo, please."}`

	t.Run("the first request stores its lead while the repeat waits", func(t *testing.T) {
		j, st := &fakeJudge{verdict: lead.VerdictQualified}, newMemStore()
		st.leads[holder] = &lead.Lead{ID: holder, Verdict: lead.VerdictQualified}
		st.heldBy, st.hiddenFor = holder, 3
		s := newService(t, j, st, &countingRouter{}, &now)
		res, err := s.Submit(context.Background(), post(body))
		if err != nil || res.ID != holder || res.Created || res.Lead.Verdict != lead.VerdictQualified {
			t.Fatalf("repeat = %+v, %v; want the first lead %s", res, err, holder)
		}
		if j.judged != 0 {
			t.Fatalf("the repeat was judged %d times", j.judged)
		}
	})
	t.Run("the first request never stores its lead", func(t *testing.T) {
		j, st := &fakeJudge{verdict: lead.VerdictQualified}, newMemStore()
		st.heldBy = holder
		s := newService(t, j, st, &countingRouter{}, &now)
		s.RepeatWait = 120 * time.Millisecond
		res, err := s.Submit(context.Background(), post(body))
		if err != nil || res.ID != holder || !res.Created {
			t.Fatalf("takeover = %+v, %v; want lead %s stored", res, err, holder)
		}
		if j.judged != 1 || j.claims[0] != holder {
			t.Fatalf("judged %d times with claims %q; want once, holding %s", j.judged, j.claims, holder)
		}
	})
}

// enroller enrols a pending enrollment in sequence "welcome" with its
// first step due an hour after now, or fails with err; it records the
// call in the store's log.
type enroller struct {
	store *memStore
	err   error
}

func (e *enroller) Enroll(_ context.Context, l *lead.Lead, now time.Time) error {
	e.store.call("Enroll")
	if e.err != nil {
		return e.err
	}
	if n := l.Nurture; n != nil && n.State == lead.NurturePending {
		return n.Enroll("welcome", "v1", now, now.Add(time.Hour))
	}
	return nil
}

// TestSubmitEnrolsANurtureLead: a nurture lead is stored enrolled, its
// first step due, so that no dispatcher pass rewrites it only to enrol
// it; the enroller is asked for every verdict (same calls), and when it
// fails the lead is stored with its enrollment pending for the
// dispatcher.
func TestSubmitEnrolsANurtureLead(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		verdict lead.Verdict
		err     error
		want    lead.EnrollmentState // "" for none
	}{
		{lead.VerdictNurture, nil, lead.NurtureActive},
		{lead.VerdictNurture, errors.New("sequences unreadable"), lead.NurturePending},
		{lead.VerdictQualified, nil, ""},
		{lead.VerdictJunk, nil, ""},
	} {
		st := newMemStore()
		svc := newService(t, &fakeJudge{verdict: tc.verdict}, st, &countingRouter{}, &now)
		svc.Enroller = &enroller{store: st, err: tc.err}
		res, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","company":"Acme"}`))
		if err != nil || !res.Created {
			t.Fatalf("%s: %+v %v", tc.verdict, res, err)
		}
		if !slices.Contains(st.calls, "Enroll") {
			t.Errorf("%s: enroller not asked: %v", tc.verdict, st.calls)
		}
		n := st.leads[res.ID].Nurture
		switch {
		case tc.want == "" && n != nil:
			t.Errorf("%s: enrollment %+v, want none", tc.verdict, n)
		case tc.want != "" && (n == nil || n.State != tc.want):
			t.Errorf("%s (enroller error %v): enrollment %+v, want %s", tc.verdict, tc.err, n, tc.want)
		case tc.want == lead.NurtureActive && (n.NextAt == nil || !n.NextAt.Equal(now.Add(time.Hour))):
			t.Errorf("first step due %v, want an hour after intake", n.NextAt)
		}
	}
}

// velocityJudge records how many of the person's leads
// sub.Control.EarlierLeads counts within a day.
type velocityJudge struct {
	fakeJudge
	counted int
	err     error
}

func (j *velocityJudge) Judge(ctx context.Context, f *forms.Form, sub *lead.Submission) lead.Judgment {
	if sub.Control.EarlierLeads != nil {
		j.counted, j.err = sub.Control.EarlierLeads(sub.Context.ReceivedAt.Add(-24 * time.Hour))
	}
	return j.fakeJudge.Judge(ctx, f, sub)
}

// TestVelocityCountsTheEarlierLeads: the judge counts a person's recent
// submissions from the leads intake looks up (no counter): two of the
// three stored leads are inside the day asked about.
func TestVelocityCountsTheEarlierLeads(t *testing.T) {
	now := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	st := newMemStore()
	for _, ago := range []time.Duration{30 * time.Hour, 5 * time.Hour, time.Minute} {
		at := now.Add(-ago)
		id := lead.NewID(at)
		st.leads[id] = &lead.Lead{ID: id, FormID: "contact", Email: "ana@example.org", Verdict: lead.VerdictJunk, ReceivedAt: at}
	}
	j := &velocityJudge{fakeJudge: fakeJudge{verdict: lead.VerdictNurture}}
	svc := newService(t, &j.fakeJudge, st, &countingRouter{}, &now)
	svc.Judge = j
	if _, err := svc.Submit(context.Background(), post(`{"email":"ana@example.org","company":"Acme"}`)); err != nil {
		t.Fatal(err)
	}
	if j.counted != 2 || j.err != nil {
		t.Fatalf("counted %d earlier leads within the day (%v), want 2", j.counted, j.err)
	}
}

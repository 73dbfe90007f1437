package console_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// held is a lead held for review with a screening reason.
func held(after time.Duration, change ...func(*lead.Lead)) *lead.Lead {
	return mkLead("demo", "held@acme.example", lead.VerdictReview, after, append([]func(*lead.Lead){func(l *lead.Lead) {
		l.Screening = lead.Screening{Verdict: lead.ScreenReview, Score: 55, Reasons: []lead.Reason{
			{Code: "link_in_message", Points: 30, Stage: lead.StageScreen}, {Code: "new_domain", Points: 25, Stage: lead.StageScreen}}}
		l.Reasons = l.Screening.Reasons
		l.Fit = &lead.Fit{Score: 80, Segment: "mid", Qualifies: true}
	}}, change...)...)
}

func junk(after time.Duration, qualifies bool) *lead.Lead {
	return mkLead("demo", "junk@acme.example", lead.VerdictJunk, after, func(l *lead.Lead) {
		exp := t0.Add(30 * 24 * time.Hour)
		l.ExpiresAt = &exp
		l.Fit = &lead.Fit{Score: 10, Segment: "smb", Qualifies: qualifies}
	})
}

type starter struct{ started []string }

func (s *starter) FollowUp(_ context.Context, id string, pending bool) error {
	if pending {
		s.started = append(s.started, id)
	}
	return nil
}

func TestReviewQueue(t *testing.T) {
	newer, older := held(2*time.Hour), held(time.Hour)
	other := mkLead("demo", "n@acme.example", lead.VerdictNurture, 90*time.Minute)
	mux := serve(memPages(newMem(newer, other, older)))

	w := req{method: "GET", path: "/console/api/review?form=demo", user: reviewer}.do(t, mux)
	q := decode[console.Queue](t, w)
	if len(q.Leads) != 2 || q.Leads[0].ID != older.ID || q.Leads[1].ID != newer.ID || q.Read != 3 {
		t.Fatalf("queue %+v, want the two held leads oldest first", q)
	}
	if rs := q.Leads[0].Reasons; len(rs) != 2 || rs[0].Code != "link_in_message" {
		t.Errorf("reasons %+v, want the strongest first", rs)
	}
	w = req{method: "GET", path: "/console/api/review", user: marketing, html: true}.do(t, mux)
	checkFragment(t, w)
	for _, want := range []string{`name="id" value="` + older.ID, `hx-post="/console/api/review/decisions"`, "link_in_message"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("queue fragment lacks %q", want)
		}
	}
	if w := (req{method: "GET", path: "/console/api/review", user: sales}).do(t, mux); w.Code != http.StatusForbidden {
		t.Errorf("sales may not see the queue: status %d", w.Code)
	}
}

func TestDecide(t *testing.T) {
	tests := []struct {
		name    string
		lead    *lead.Lead
		user    *console.User
		verdict string
		status  int
		check   func(t *testing.T, l *lead.Lead)
	}{
		{"qualified: the hand-off is due at once", held(0), reviewer, "qualified", 200, func(t *testing.T, l *lead.Lead) {
			if l.Handoff == nil || l.Handoff.State != lead.HandoffPending || l.DueAt() == nil || l.DueAt().After(t0.Add(48*time.Hour)) {
				t.Errorf("hand-off %+v", l.Handoff)
			}
		}},
		{"nurture: enrolled", held(0), marketing, "nurture", 200, func(t *testing.T, l *lead.Lead) {
			if l.Nurture == nil || l.Nurture.State != lead.NurturePending || l.Handoff != nil {
				t.Errorf("nurture %+v, hand-off %+v", l.Nurture, l.Handoff)
			}
		}},
		{"junk: kept for the junk retention", held(0), admin, "junk", 200, func(t *testing.T, l *lead.Lead) {
			if l.ExpiresAt == nil || !l.ExpiresAt.Equal(t0.Add(48*time.Hour+30*24*time.Hour)) || l.DueAt() != nil {
				t.Errorf("expires %v, due %v", l.ExpiresAt, l.DueAt())
			}
		}},
		{"a lead not held for review", junk(0, true), reviewer, "qualified", 409, nil},
		{"a verdict that is not a decision", held(0), reviewer, "review", 400, nil},
		{"sales may not decide", held(0), sales, "qualified", 403, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMem(tt.lead)
			p := memPages(m)
			hs := &starter{}
			p.FollowUp = hs
			w := req{method: "POST", path: "/console/api/leads/" + tt.lead.ID + "/decision", user: tt.user,
				form: url.Values{"verdict": {tt.verdict}, "note": {"called them"}}}.do(t, serve(p))
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			got := m.get(tt.lead.ID)
			if tt.check == nil {
				if got.Verdict != tt.lead.Verdict || len(m.audit) != 0 {
					t.Fatalf("a refused decision changed the lead (%s) or wrote audit %v", got.Verdict, m.audit)
				}
				return
			}
			if string(got.Verdict) != tt.verdict {
				t.Fatalf("verdict %s", got.Verdict)
			}
			last := got.History[len(got.History)-1]
			if last.By != tt.user.Name || last.Note != "called them" || !last.At.Equal(t0.Add(48*time.Hour)) {
				t.Errorf("history entry %+v", last)
			}
			if len(m.audit) != 1 || m.audit[0] != (lead.Audit{At: t0.Add(48 * time.Hour), Subject: tt.user.Subject, Actor: tt.user.Name,
				Action: "decide", LeadID: tt.lead.ID, Detail: "verdict " + tt.verdict}) {
				t.Errorf("audit %+v", m.audit)
			}
			if started := len(hs.started) == 1; started != (tt.verdict == "qualified") {
				t.Errorf("hand-offs started: %v", hs.started)
			}
			tt.check(t, got)
		})
	}
}

func TestDecideMany(t *testing.T) {
	a, b := held(0), held(time.Minute)
	n := mkLead("demo", "n@acme.example", lead.VerdictNurture, 2*time.Minute)
	m := newMem(a, b, n)
	mux := serve(memPages(m))
	w := req{method: "POST", path: "/console/api/review/decisions", user: reviewer,
		form: url.Values{"id": {a.ID, n.ID, b.ID}, "verdict": {"junk"}, "form": {"demo"}}}.do(t, mux)
	q := decode[console.Queue](t, w)
	if len(q.Done) != 3 || q.Done[0].Error != "" || q.Done[1].Error == "" || q.Done[2].Verdict != lead.VerdictJunk {
		t.Fatalf("done %+v", q.Done)
	}
	if len(q.Leads) != 0 || m.get(a.ID).Verdict != lead.VerdictJunk || m.get(n.ID).Verdict != lead.VerdictNurture || len(m.audit) != 2 {
		t.Fatalf("queue %+v after the decisions, audit %v", q.Leads, m.audit)
	}
	ids := url.Values{"verdict": {"junk"}}
	for range 51 {
		ids.Add("id", a.ID)
	}
	if w := (req{method: "POST", path: "/console/api/review/decisions", user: reviewer, form: ids}).do(t, mux); w.Code != 400 {
		t.Errorf("51 leads at once: status %d", w.Code)
	}
}

func TestRescue(t *testing.T) {
	expired := junk(0, true)
	past := t0.Add(time.Hour)
	expired.ExpiresAt = &past
	tests := []struct {
		name   string
		lead   *lead.Lead
		status int
		want   lead.Verdict
	}{
		{"a junk lead whose fit qualified goes to sales", junk(0, true), 200, lead.VerdictQualified},
		{"any other junk lead is nurtured", junk(0, false), 200, lead.VerdictNurture},
		{"a junk lead past its retention", expired, 409, lead.VerdictJunk},
		{"a lead that is not junk", held(0), 409, lead.VerdictReview},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMem(tt.lead)
			w := req{method: "POST", path: "/console/api/leads/" + tt.lead.ID + "/rescue", user: marketing,
				form: url.Values{"note": {"real prospect"}}, html: true}.do(t, serve(memPages(m)))
			if w.Code != tt.status {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			checkFragment(t, w)
			got := m.get(tt.lead.ID)
			if got.Verdict != tt.want {
				t.Fatalf("verdict %s, want %s", got.Verdict, tt.want)
			}
			if tt.status != 200 {
				return
			}
			if got.ExpiresAt != nil || got.DueAt() == nil {
				t.Errorf("a rescued lead keeps no expiry (%v) and has its follow-up due (%v)", got.ExpiresAt, got.DueAt())
			}
			if h := got.History[len(got.History)-1]; h.By != "maria" || h.Note != "not junk: real prospect" {
				t.Errorf("history %+v", h)
			}
			if len(m.audit) != 1 || m.audit[0].Action != "rescue" {
				t.Errorf("audit %+v", m.audit)
			}
		})
	}
}

func TestNearMisses(t *testing.T) {
	near := mkLead("demo", "a@acme.example", lead.VerdictNurture, 0, func(l *lead.Lead) {
		l.Fit = &lead.Fit{Score: 48, NearMiss: true, Reasons: []lead.Reason{{Code: "no_budget", Points: -10, Stage: lead.StageFit}}}
	})
	far := mkLead("demo", "b@acme.example", lead.VerdictNurture, time.Minute, func(l *lead.Lead) { l.Fit = &lead.Fit{Score: 5} })
	mux := serve(memPages(newMem(near, far)))
	w := req{method: "GET", path: "/console/api/near-misses?form=demo", user: sales}.do(t, mux)
	nm := decode[console.NearMisses](t, w)
	if len(nm.Leads) != 1 || nm.Leads[0].ID != near.ID || nm.Leads[0].Reasons[0].Code != "no_budget" || nm.Read != 2 {
		t.Fatalf("near misses %+v", nm)
	}
	checkFragment(t, req{method: "GET", path: "/console/api/near-misses", user: sales, html: true}.do(t, mux))
}

func TestRefusedActionShowsTheLeadAgain(t *testing.T) {
	j := junk(0, false)
	mux := serve(memPages(newMem(j)))
	w := req{method: "POST", path: "/console/api/leads/" + j.ID + "/decision", user: reviewer, html: true,
		form: url.Values{"verdict": {"nurture"}}}.do(t, mux)
	if w.Code != http.StatusConflict {
		t.Fatalf("status %d", w.Code)
	}
	checkFragment(t, w)
	body := w.Body.String()
	if !strings.Contains(body, `<p class="pg-error" role="alert">this lead is junk, not held for review`) || !strings.Contains(body, `/rescue"`) {
		t.Errorf("the refusal does not show the lead with its reason and the rescue it allows:\n%s", body)
	}
	w = req{method: "POST", path: "/console/api/leads/" + j.ID + "/decision", user: reviewer, form: url.Values{"verdict": {"nurture"}}}.do(t, mux)
	if e := decode[map[string]any](t, w); e["error"] != "not_in_review" {
		t.Errorf("JSON refusal %v", e)
	}
}

package console_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestSearchLeads(t *testing.T) {
	ana := mkLead("demo", "ana@acme.example", lead.VerdictQualified, 0, func(l *lead.Lead) { l.Fields.UTMSource = "Google" })
	bo := mkLead("demo", "bo@bolt.example", lead.VerdictJunk, time.Hour, func(l *lead.Lead) {
		l.Fields.Referrer = "https://www.LinkedIn.com/feed"
		l.Fields.Company = "Bolt Ltd"
	})
	cy := mkLead("demo", "cy@acme.example", lead.VerdictNurture, 2*time.Hour)
	ana2 := mkLead("newsletter", "ana@acme.example", lead.VerdictNurture, 26*time.Hour)
	late := mkLead("demo", "dee@acme.example", lead.VerdictNurture, 72*time.Hour)
	mux := serve(memPages(newMem(ana, bo, cy, ana2, late)))

	tests := []struct {
		name  string
		query string
		want  []string // ids, in order
		read  int
	}{
		{"a form's leads, newest first", "form=demo", []string{late.ID, cy.ID, bo.ID, ana.ID}, 4},
		{"the first form when none is chosen", "", []string{late.ID, cy.ID, bo.ID, ana.ID}, 4},
		{"an address's leads on every form", "email=ANA@acme.example", []string{ana2.ID, ana.ID}, 2},
		{"an address's leads on one form", "email=ana@acme.example&form=newsletter", []string{ana2.ID}, 1},
		{"a verdict, within the page read", "form=demo&verdict=junk", []string{bo.ID}, 4},
		{"a utm source, any case", "form=demo&source=google", []string{ana.ID}, 4},
		{"a referrer host without www", "form=demo&source=linkedin.com", []string{bo.ID}, 4},
		{"no source is direct", "form=demo&source=direct", []string{late.ID, cy.ID}, 2 + 2},
		{"a company, by part of its name", "form=demo&company=bolt", []string{bo.ID}, 4},
		{"a date range, both days whole", "form=demo&from=2026-11-02&to=2026-11-02", []string{cy.ID, bo.ID, ana.ID}, 3},
		{"dates on an e-mail search", "email=ana@acme.example&to=2026-11-02", []string{ana.ID}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := req{method: "GET", path: "/console/api/leads?" + tt.query, user: marketing}.do(t, mux)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			res := decode[console.SearchResult](t, w)
			var got []string
			for _, r := range res.Leads {
				got = append(got, r.ID)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("leads %v, want %v", got, tt.want)
			}
			if res.Read != tt.read {
				t.Errorf("read %d, want %d", res.Read, tt.read)
			}
		})
	}
}

func TestSearchPagesAreBounded(t *testing.T) {
	var ls []*lead.Lead
	for i := range 120 {
		ls = append(ls, mkLead("demo", "x@acme.example", lead.VerdictNurture, time.Duration(i)*time.Minute, func(l *lead.Lead) {
			if i == 3 {
				l.Verdict = lead.VerdictReview
			}
		}))
	}
	m := newMem(ls...)
	mux := serve(memPages(m))
	path, pages, found := "/console/api/leads?form=demo&verdict=review", 0, 0
	for path != "" {
		before := m.reads
		w := req{method: "GET", path: path, user: reviewer}.do(t, mux)
		if w.Code != http.StatusOK {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		res := decode[console.SearchResult](t, w)
		if m.reads-before > res.PageRead || res.Read > res.PageRead {
			t.Fatalf("page read %d leads, bound %d", m.reads-before, res.PageRead)
		}
		if !res.Filtered {
			t.Error("a verdict filter must say it applies within the page")
		}
		found += len(res.Leads)
		pages++
		path = ""
		if res.Next != "" {
			path = "/console/api/leads?" + res.NextQuery()
		}
	}
	if pages != 3 || found != 1 {
		t.Fatalf("%d pages, %d found; want 3 pages and the one held lead", pages, found)
	}
}

func TestSearchRefuses(t *testing.T) {
	mux := serve(memPages(newMem()))
	tests := []struct {
		name   string
		r      req
		status int
		code   string
	}{
		{"nobody signed in", req{method: "GET", path: "/console/api/leads"}, 401, "unauthenticated"},
		{"a user in no group", req{method: "GET", path: "/console/api/leads", user: nobody}, 403, "forbidden"},
		{"an unknown verdict", req{method: "GET", path: "/console/api/leads?verdict=maybe", user: sales}, 400, "validation_failed"},
		{"a date that is not one", req{method: "GET", path: "/console/api/leads?from=yesterday", user: sales}, 400, "validation_failed"},
		{"a range that ends before it begins", req{method: "GET", path: "/console/api/leads?from=2026-11-03&to=2026-11-01", user: sales}, 400, "validation_failed"},
		{"a cursor the console never gave", req{method: "GET", path: "/console/api/leads?cursor=zz", user: sales}, 400, "invalid_cursor"},
		{"a lead id that is not one", req{method: "GET", path: "/console/api/leads/nope", user: sales}, 404, "not_found"},
		{"a lead that does not exist", req{method: "GET", path: "/console/api/leads/" + lead.NewID(t0), user: sales}, 404, "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.r.do(t, mux)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if e := decode[map[string]any](t, w); e["error"] != tt.code {
				t.Errorf("error %v, want %s", e["error"], tt.code)
			}
			tt.r.html = true
			if w := tt.r.do(t, mux); w.Code != tt.status {
				t.Errorf("as HTML: status %d", w.Code)
			} else {
				checkFragment(t, w)
			}
		})
	}
}

func TestSearchFragment(t *testing.T) {
	l := mkLead("demo", "ana@acme.example", lead.VerdictQualified, 0)
	mux := serve(memPages(newMem(l)))
	w := req{method: "GET", path: "/console/api/leads?form=demo", user: sales, html: true}.do(t, mux)
	checkFragment(t, w)
	body := w.Body.String()
	for _, want := range []string{
		`hx-get="/console/api/leads/` + l.ID + `" hx-target="#main" hx-push-url="/console/leads/` + l.ID + `"`,
		"Ana Lima", "Acme Tools", "ana@acme.example", `<form class="pg-search" hx-get="/console/api/leads"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("fragment lacks %q", want)
		}
	}
}

func TestLeadPage(t *testing.T) {
	elapsed := int64(5400)
	sent := t0.Add(time.Minute)
	l := mkLead("demo", "ana@acme.example", lead.VerdictQualified, 0, func(l *lead.Lead) {
		l.Fields.Extra = map[string]string{"seats": "40"}
		l.Raw = map[string]string{"email": "Ana@Acme.example"}
		l.Context.ElapsedMS = &elapsed
		l.Screening = lead.Screening{Verdict: lead.ScreenPass, Score: 12, Reasons: []lead.Reason{{Code: "free_mail", Points: 12, Detail: "gmail.com", Stage: lead.StageScreen}}}
		l.Fit = &lead.Fit{Score: 70, Grade: "A", Segment: "mid", Qualifies: true, Reasons: []lead.Reason{{Code: "budget", Points: 30, Detail: "has budget", Stage: lead.StageFit}}}
		l.Reasons = append(append([]lead.Reason{}, l.Screening.Reasons...), l.Fit.Reasons...)
		l.Handoff = &lead.Handoff{State: lead.HandoffSent, Attempts: 1, OwnerEmail: "sales@acme.example", SentAt: &sent, MessageID: "msg-1", SpeedToLeadMS: 61000}
	})
	m := newMem(l)
	mux := serve(memPages(m))

	w := req{method: "GET", path: "/console/api/leads/" + l.ID, user: sales}.do(t, mux)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	pg := decode[console.LeadPage](t, w)
	if pg.Lead.ID != l.ID || len(pg.ScreenReasons) != 1 || len(pg.FitReasons) != 1 || pg.FitReasons[0].Points != 30 {
		t.Errorf("reasons: %+v %+v", pg.ScreenReasons, pg.FitReasons)
	}
	if pg.Fields[len(pg.Fields)-1] != (console.Field{Name: "seats", Value: "40"}) || pg.Fields[0].Name != "email" {
		t.Errorf("fields not in display order, extras last: %+v", pg.Fields)
	}
	if len(pg.Emails) != 1 || pg.Emails[0].MessageID != "msg-1" || pg.Emails[0].Status != "sent" {
		t.Errorf("e-mails: %+v", pg.Emails)
	}
	if pg.Messages == nil || len(pg.Messages) != 0 {
		t.Errorf("messages before SES reported any: %+v", pg.Messages)
	}

	// What SES reported of each e-mail, in words.
	delivered, bounced, complained := sent.Add(3*time.Second), sent.Add(time.Hour), sent.Add(2*time.Hour)
	m.sent[l.ID] = []store.EmailRecord{
		{What: "handoff", MessageID: "msg-1", SentAt: &sent, DeliveredAt: &delivered, Complaint: &store.Complaint{FeedbackType: "abuse", At: complained}},
		{What: "step-1-welcome-dach", MessageID: "msg-2", SentAt: &sent,
			Bounce: &store.Bounce{Type: "Permanent", SubType: "General", Status: "5.1.1", Diagnostic: "smtp; 550 5.1.1 <address>: user unknown", At: bounced}},
		{What: "step-0-welcome", MessageID: "msg-3", SentAt: &sent},
	}
	// Listed as sent (then by kind), whatever order the store reads them in.
	later := sent.Add(24 * time.Hour)
	m.sent[l.ID][1].SentAt = &later
	pg = decode[console.LeadPage](t, req{method: "GET", path: "/console/api/leads/" + l.ID, user: sales}.do(t, mux))
	want := []struct {
		which, outcome, id string
		sent               time.Time
	}{
		{"sales hand-off", "delivered, then complained (abuse)", "msg-1", sent},
		{"nurture step 1 of welcome", "no delivery reported yet", "msg-3", sent},
		{"nurture step 2 of welcome-dach", "bounced (permanent, general)", "msg-2", later},
	}
	if len(pg.Messages) != len(want) {
		t.Fatalf("messages %+v", pg.Messages)
	}
	for i, w := range want {
		g := pg.Messages[i]
		if g.Which != w.which || g.Outcome != w.outcome || g.MessageID != w.id || g.SentAt == nil || !g.SentAt.Equal(w.sent) {
			t.Errorf("message %d: %+v, want %+v", i, g, w)
		}
	}
	if g := pg.Messages[0]; g.DeliveredAt == nil || !g.DeliveredAt.Equal(delivered) || g.Complaint == nil || !g.Complaint.At.Equal(complained) {
		t.Errorf("hand-off's events: %+v", g)
	}
	if g := pg.Messages[2]; g.Bounce == nil || g.Bounce.Status != "5.1.1" || g.Kind != "step-1-welcome-dach" {
		t.Errorf("step's bounce: %+v", g)
	}

	m.supp["ana@acme.example"] = nil
	w = req{method: "GET", path: "/console/api/leads/" + l.ID, user: sales, html: true}.do(t, mux)
	checkFragment(t, w)
	body := w.Body.String()
	if testing.Verbose() {
		t.Log(body)
	}
	for _, want := range []string{"free_mail", "budget", ">30<", "203.0.113.7", "seats", "Ana@Acme.example", "msg-1", "speed to lead 1m1s",
		"nurture step 2 of welcome-dach", "bounced (permanent, general)", "delivered, then complained (abuse)", "user unknown", "msg-3",
		`hx-post="/console/api/leads/` + l.ID + `/outcome"`} {
		if !strings.Contains(body, want) {
			t.Errorf("lead page lacks %q", want)
		}
	}
	if strings.Contains(body, "/decision") || strings.Contains(body, "/rescue") {
		t.Error("a qualified lead, seen by sales, must offer no decision or rescue")
	}
	w = req{method: "GET", path: "/console/api/leads/" + l.ID, user: reviewer, html: true}.do(t, mux)
	if strings.Contains(w.Body.String(), "/outcome") {
		t.Error("a reviewer may not mark outcomes; the page must not offer it")
	}
}

func TestLinksUnderAStage(t *testing.T) {
	l := mkLead("demo", "ana@acme.example", lead.VerdictReview, 0)
	p := memPages(newMem(l))
	p.Base = func(context.Context) string { return "/prod" }
	mux := serve(p)
	for _, path := range []string{"/console/api/leads?form=demo", "/console/api/leads/" + l.ID, "/console/api/review", "/console/api/near-misses"} {
		w := req{method: "GET", path: path, user: admin, html: true}.do(t, mux)
		body := w.Body.String()
		if strings.Contains(body, `="/console/`) || !strings.Contains(body, `="/prod/console/`) {
			t.Errorf("%s: links not under the stage:\n%s", path, body)
		}
	}
	w := req{method: "GET", path: "/console/api/leads?form=demo", user: admin, html: true}.do(t, serve(memPages(newMem(l))))
	if strings.Contains(w.Body.String(), "/prod") {
		t.Error("a console at the root got the stage's links")
	}
}

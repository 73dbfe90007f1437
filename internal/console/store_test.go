package console_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// storePages is the console on a fresh table of the local DynamoDB
// server, holding leads.
func storePages(t *testing.T, leads ...*lead.Lead) (*console.Pages, *store.Store) {
	t.Helper()
	st := devstacktest.Stack(t)
	tables := devstacktest.Tables(t, st)
	s := store.New(dynamodb.NewFromConfig(devstacktest.Config(t, st)), tables["LeadsTable"])
	for _, l := range leads {
		if _, err := s.CreateLead(context.Background(), l); err != nil {
			t.Fatal(err)
		}
	}
	// A clock a second further on at each reading, so that the audit
	// trail's order is the order of the actions.
	var tick time.Duration
	clock := func() time.Time { tick += time.Second; return t0.Add(48*time.Hour + tick) }
	return &console.Pages{Leads: s, Saver: s, Audit: s, Forms: console.FixedForms("demo"), JunkRetention: 30 * 24 * time.Hour, Now: clock}, s
}

func TestLeadsOnDynamoDB(t *testing.T) {
	var ls []*lead.Lead
	for i := range 60 {
		v := lead.VerdictNurture
		if i%20 == 0 {
			v = lead.VerdictJunk
		}
		ls = append(ls, mkLead("demo", "ana@acme.example", v, time.Duration(i)*time.Hour))
	}
	p, s := storePages(t, ls...)
	if err := s.Suppress(context.Background(), "ana@acme.example", "bounce", t0); err != nil {
		t.Fatal(err)
	}
	mux := serve(p)

	t.Run("a form and a verdict, page by page", func(t *testing.T) {
		path, got, reads := "/console/api/leads?form=demo&verdict=junk&from=2026-11-02", []string{}, 0
		for path != "" {
			w := req{method: "GET", path: path, user: marketing}.do(t, mux)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			res := decode[console.SearchResult](t, w)
			for _, r := range res.Leads {
				got = append(got, r.ID)
			}
			reads += res.Read
			path = ""
			if res.Next != "" {
				path = "/console/api/leads?" + res.NextQuery()
			}
		}
		want := []string{ls[40].ID, ls[20].ID, ls[0].ID}
		if len(got) != 3 || got[0] != want[0] || got[2] != want[2] || reads != 60 {
			t.Fatalf("got %v after reading %d, want %v after 60", got, reads, want)
		}
	})
	t.Run("an address, newest first and bounded", func(t *testing.T) {
		w := req{method: "GET", path: "/console/api/leads?email=ana@acme.example", user: marketing}.do(t, mux)
		res := decode[console.SearchResult](t, w)
		if res.Read != res.PageRead || res.Leads[0].ID != ls[59].ID {
			t.Fatalf("read %d (bound %d), first %s", res.Read, res.PageRead, res.Leads[0].ID)
		}
	})
	t.Run("a lead page with the address's suppression", func(t *testing.T) {
		w := req{method: "GET", path: "/console/api/leads/" + ls[3].ID, user: sales}.do(t, mux)
		pg := decode[console.LeadPage](t, w)
		if pg.Lead.ID != ls[3].ID || pg.Suppression == nil || pg.Suppression.Reason != "bounce" {
			t.Fatalf("status %d, page %+v", w.Code, pg)
		}
	})
}

func TestDecisionsOnDynamoDB(t *testing.T) {
	a, b, j := held(0), held(time.Minute), junk(2*time.Minute, false)
	p, s := storePages(t, a, b, j)
	mux := serve(p)
	ctx := context.Background()

	w := req{method: "POST", path: "/console/api/leads/" + a.ID + "/decision", user: reviewer,
		form: url.Values{"verdict": {"qualified"}, "note": {"known account"}}}.do(t, mux)
	if w.Code != http.StatusOK {
		t.Fatalf("decide: %d %s", w.Code, w.Body)
	}
	w = req{method: "POST", path: "/console/api/review/decisions", user: reviewer,
		form: url.Values{"id": {b.ID}, "verdict": {"nurture"}}}.do(t, mux)
	if q := decode[console.Queue](t, w); len(q.Done) != 1 || q.Done[0].Error != "" || len(q.Leads) != 0 {
		t.Fatalf("bulk: %+v", q)
	}
	w = req{method: "POST", path: "/console/api/leads/" + j.ID + "/rescue", user: marketing}.do(t, mux)
	if w.Code != http.StatusOK {
		t.Fatalf("rescue: %d %s", w.Code, w.Body)
	}

	got := map[string]*lead.Lead{}
	for _, id := range []string{a.ID, b.ID, j.ID} {
		l, err := s.GetLead(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		got[id] = l
	}
	if l := got[a.ID]; l.Verdict != lead.VerdictQualified || l.Handoff == nil || l.Handoff.State != lead.HandoffPending || l.History[len(l.History)-1].By != "rita" {
		t.Errorf("decided qualified: %s %+v", l.Verdict, l.Handoff)
	}
	if l := got[b.ID]; l.Verdict != lead.VerdictNurture || l.Nurture == nil {
		t.Errorf("decided nurture: %s %+v", l.Verdict, l.Nurture)
	}
	if l := got[j.ID]; l.Verdict != lead.VerdictNurture || l.ExpiresAt != nil || l.Nurture == nil {
		t.Errorf("rescued: %s, expires %v, %+v", l.Verdict, l.ExpiresAt, l.Nurture)
	}
	shard, _ := strconv.Atoi(strings.TrimPrefix(store.DueShard(a.ID), "DUE#"))
	due, err := s.QueryDue(ctx, shard, t0.Add(49*time.Hour), 10, "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(due.Refs, func(r store.DueRef) bool { return r.ID == a.ID }) {
		t.Errorf("the qualified lead's hand-off is not on the due-work index: %+v", due)
	}
	entries, _, err := s.Audit(ctx, 10, "")
	if err != nil || len(entries) != 3 || entries[0].Action != "rescue" || entries[2].LeadID != a.ID {
		t.Fatalf("audit %+v %v", entries, err)
	}

	// A second decision on a decided lead is refused: it is no longer held.
	w = req{method: "POST", path: "/console/api/leads/" + a.ID + "/decision", user: reviewer, form: url.Values{"verdict": {"junk"}}}.do(t, mux)
	if w.Code != http.StatusConflict {
		t.Errorf("second decision: %d", w.Code)
	}
}

func TestOutcomeOnDynamoDB(t *testing.T) {
	l := mkLead("demo", "a@acme.example", lead.VerdictQualified, 0)
	p, s := storePages(t, l)
	w := req{method: "POST", path: "/console/api/leads/" + l.ID + "/outcome", user: sales, form: url.Values{"outcome": {"won"}}}.do(t, serve(p))
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	got, err := s.GetLead(context.Background(), l.ID)
	if err != nil || got.Outcome == nil || got.Outcome.Kind != lead.OutcomeWon || got.Outcome.By != "sam" {
		t.Fatalf("stored outcome %+v %v", got, err)
	}
	w = req{method: "GET", path: "/console/api/audit", user: admin}.do(t, serve(p))
	if pg := decode[console.AuditPage](t, w); len(pg.Entries) != 1 || pg.Entries[0].Detail != "outcome won" || pg.Entries[0].Subject != "sub-sales" {
		t.Fatalf("audit page %d: %+v", w.Code, pg)
	}
}

package console_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestReportsOnDynamoDB runs the reports page on the local DynamoDB
// server: leads stored, rolled up as the dispatcher does, then reported
// from the aggregates alone.
func TestReportsOnDynamoDB(t *testing.T) {
	var ls []*lead.Lead
	// 24 leads from 2026-11-03 09:30 to 11-04 08:30, one an hour: every
	// fourth junk (from spam.example, no country), every third of the
	// rest qualified and handed off in 3 s, the others nurtured.
	for i := range 24 {
		v, src := lead.VerdictNurture, "google"
		switch {
		case i%4 == 0:
			v, src = lead.VerdictJunk, "spam.example"
		case i%3 == 0:
			v = lead.VerdictQualified
		}
		ls = append(ls, mkLead("demo", "ana@acme.example", v, 24*time.Hour+time.Duration(i)*time.Hour, func(l *lead.Lead) {
			l.Fields.UTMSource = src
			if v != lead.VerdictJunk {
				l.Fields.Country = "de"
			}
			switch v {
			case lead.VerdictJunk:
				l.Screening.Reasons = []lead.Reason{{Code: "disposable_email", Points: 60}, {Code: "no_points", Points: 0}}
			case lead.VerdictQualified:
				l.Fit = &lead.Fit{Score: 80, Segment: "enterprise"}
				l.Handoff = &lead.Handoff{State: lead.HandoffSent, SpeedToLeadMS: 3000}
			}
		}))
	}
	p, s := storePages(t, ls...)
	if n, err := s.RollUp(context.Background(), "demo", t0.Add(48*time.Hour)); err != nil || n != len(ls) {
		t.Fatalf("roll up: %d, %v; want %d", n, err, len(ls))
	}
	// Sales marks three qualified leads: one won, one won then lost, one
	// won twice (a retried request); the store counts each once.
	for _, o := range []struct {
		lead    int
		outcome string
	}{{3, "won"}, {6, "won"}, {6, "lost"}, {9, "won"}, {9, "won"}} {
		w := req{method: http.MethodPost, path: "/console/api/leads/" + ls[o.lead].ID + "/outcome", user: sales,
			form: url.Values{"outcome": {o.outcome}}}.do(t, serve(p))
		if w.Code != http.StatusOK {
			t.Fatalf("mark %s: status %d: %s", o.outcome, w.Code, w.Body)
		}
	}
	w := req{method: http.MethodGet, path: "/console/api/reports?from=2026-11-01&to=2026-11-04", user: marketing}.do(t, serve(p))
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	rep := decode[console.Report](t, w)
	if rep.Total != 24 || rep.Verdicts["junk"] != 6 || rep.Verdicts["qualified"] != 6 || rep.Verdicts["nurture"] != 12 {
		t.Errorf("total %d verdicts %v, want 24: 6 junk, 6 qualified, 12 nurture", rep.Total, rep.Verdicts)
	}
	if len(rep.Days) != 4 || rep.Days[2].Total != 15 || rep.Days[3].Total != 9 || rep.ItemsRead != 4 {
		t.Errorf("days %+v (items read %d), want 15 on 11-03 and 9 on 11-04 of 4", rep.Days, rep.ItemsRead)
	}
	if len(rep.BySource) != 2 || rep.BySource[0].Name != "google" || rep.BySource[1].Rate != 1 {
		t.Errorf("by source %+v, want google first and spam.example all junk", rep.BySource)
	}
	if len(rep.ByCtry) != 2 || rep.ByCtry[0] != (console.RateRow{Name: "DE", Total: 18}) {
		t.Errorf("by country %+v, want DE 18 without junk", rep.ByCtry)
	}
	if len(rep.Reasons) != 1 || rep.Reasons[0].Name != "disposable_email" || rep.Reasons[0].Count != 6 {
		t.Errorf("junk reasons %+v, want disposable_email ×6 only (a reason without points is not a cause)", rep.Reasons)
	}
	if sp := rep.Speed; sp.Sent != 6 || sp.P50 != "≤ 5 s" || sp.P99 != "≤ 5 s" || sp.Breaches != 0 || sp.MeanMS != 3000 {
		t.Errorf("speed to lead %+v, want 6 sent, all within 5 s", sp)
	}
	if len(rep.Segments) != 1 || rep.Segments[0].Name != "enterprise" || rep.Segments[0].Count != 6 {
		t.Errorf("segments %+v", rep.Segments)
	}
	conv := rep.Conversion
	want := console.ConversionRow{Qualified: 6, Won: 2, Lost: 1, Conversion: 2.0 / 6, WinRate: 2.0 / 3}
	for _, c := range []struct {
		what string
		rows []console.ConversionRow
		name string
	}{{"total", []console.ConversionRow{conv.Total}, "all"}, {"by segment", conv.BySegment, "enterprise"},
		{"by source", conv.BySource, "google"}, {"by form", conv.ByForm, "demo"}} {
		want.Name = c.name
		if len(c.rows) != 1 || c.rows[0] != want {
			t.Errorf("conversion %s %+v, want %+v", c.what, c.rows, want)
		}
	}
	// The fragment of the same report renders on the real data.
	if w := (req{method: http.MethodGet, path: "/console/api/reports", user: marketing, html: true}).do(t, serve(p)); w.Code != http.StatusOK {
		t.Fatalf("fragment status %d: %s", w.Code, w.Body)
	} else {
		checkFragment(t, w)
	}
}

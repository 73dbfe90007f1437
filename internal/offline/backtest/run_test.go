package backtest_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/backtest"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

// pages serves each form's leads newest first, pageSize-agnostic: a page
// is at most limit leads, the cursor the index of the next one.
type pages map[string][]*lead.Lead

func (p pages) LeadsByFormTime(_ context.Context, form string, _, _ time.Time, _ bool, limit int, cursor string) ([]*lead.Lead, string, error) {
	from, _ := strconv.Atoi(cursor)
	ls := p[form]
	to := min(from+limit, len(ls))
	next := ""
	if to < len(ls) {
		next = strconv.Itoa(to)
	}
	return ls[from:to], next, nil
}

func marked(form string, n int, every int) []*lead.Lead {
	t0 := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	var out []*lead.Lead
	for i := range n {
		at := t0.Add(time.Duration(n-i) * time.Minute) // newest first
		l := &lead.Lead{ID: form + "-" + strconv.Itoa(i), FormID: form, ReceivedAt: at}
		if i%every == 0 {
			l.Outcome = &lead.Outcome{Kind: lead.OutcomeWon, At: at}
		}
		out = append(out, l)
	}
	return out
}

func TestStored(t *testing.T) {
	src := pages{"a": marked("a", 250, 10), "b": marked("b", 30, 3)}
	for _, tt := range []struct {
		name      string
		max       int
		want      int
		truncated bool
	}{
		{"everything", 0, 25 + 10, false},
		{"a bound past the end", 1000, 25 + 10, false},
		{"a bound inside the first form", 120, 20, true}, // two pages of 100 read
		{"a bound at the end of the first form", 250, 25, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h, truncated, err := backtest.Stored(context.Background(), src, []string{"a", "b"}, tt.max)
			if err != nil {
				t.Fatal(err)
			}
			if len(h) != tt.want || truncated != tt.truncated {
				t.Fatalf("%d leads, truncated %v; want %d, %v", len(h), truncated, tt.want, tt.truncated)
			}
			for i, in := range h {
				if in.Outcome != backtest.OutcomeWon {
					t.Fatalf("lead %s outcome %q", in.ID, in.Outcome)
				}
				if i > 0 && in.SubmittedAt.Before(h[i-1].SubmittedAt) {
					t.Fatalf("not oldest first at %d", i)
				}
			}
		})
	}
}

// verdictOf judges by form id: a stand-in for a rule set.
type verdictOf map[string]lead.Verdict

func (v verdictOf) Screen(_ context.Context, in *batch.Input) batch.Output {
	if vd, ok := v[in.FormID]; ok {
		return batch.Output{ID: in.ID, Verdict: vd}
	}
	return batch.Output{ID: in.ID, Error: "unknown form " + in.FormID}
}

func TestScorer(t *testing.T) {
	sc := &backtest.Scorer{
		Baseline:  verdictOf{"a": lead.VerdictQualified, "b": lead.VerdictNurture},
		Candidate: verdictOf{"a": lead.VerdictQualified, "b": lead.VerdictQualified},
	}
	for _, in := range []*batch.Input{{ID: "1", FormID: "a", Outcome: "won"}, {ID: "2", FormID: "b", Outcome: "bad"}, {ID: "3", FormID: "c", Outcome: "won"}} {
		sc.Add(context.Background(), in, in.ID, "lead "+in.ID)
	}
	rep, err := sc.Report()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 2 || len(rep.Changed) != 1 || rep.Changed[0].ID != "2" || rep.Candidate.BadQualified != 1 {
		t.Fatalf("report %+v", rep)
	}
	if len(sc.Skipped) != 1 || sc.Skipped[0].Where != "lead 3" || sc.Skipped[0].Error != "unknown form c" {
		t.Fatalf("skipped %+v", sc.Skipped)
	}
}

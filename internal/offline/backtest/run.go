package backtest

import (
	"context"
	"sort"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

// Screener judges one historical lead (batch.Screener provides it).
type Screener interface {
	Screen(ctx context.Context, in *batch.Input) batch.Output
}

// Skip is a lead the back-test could not judge under one of the rule
// sets, and why.
type Skip struct {
	Where string `json:"where"`
	Error string `json:"error"`
}

// Scorer judges history under the current rules (Baseline) and a draft
// (Candidate), one lead at a time, and compares them: `leadctl backtest`
// and the console's back-test both score through it.
type Scorer struct {
	Baseline, Candidate Screener
	records             []Record
	// Skipped lists the leads either rule set failed to judge.
	Skipped []Skip
}

// Add judges in under both rule sets; label names it in the report,
// where in a skip.
func (s *Scorer) Add(ctx context.Context, in *batch.Input, label, where string) {
	b, c := s.Baseline.Screen(ctx, in), s.Candidate.Screen(ctx, in)
	if b.Error != "" || c.Error != "" {
		// Most errors are the input's (a form it does not know), so both
		// rule sets say the same: say it once.
		msg := b.Error
		if c.Error != "" && c.Error != b.Error {
			if msg != "" {
				msg += "; "
			}
			msg += c.Error
		}
		s.Skipped = append(s.Skipped, Skip{Where: where, Error: msg})
		return
	}
	s.records = append(s.records, Record{ID: label, Outcome: in.Outcome, Baseline: b.Verdict, Candidate: c.Verdict})
}

// Report compares what was added.
func (s *Scorer) Report() (Report, error) {
	return Compare(s.records)
}

// LeadReader reads a form's stored leads a page at a time (store.Store
// provides it).
type LeadReader interface {
	LeadsByFormTime(ctx context.Context, form string, from, to time.Time, oldestFirst bool, limit int, cursor string) (leads []*lead.Lead, next string, err error)
}

// pageSize is how many leads Stored reads per request.
const pageSize = 100

// Stored reads the stored leads of forms whose outcome sales marked (in
// the console or through the sales e-mail's link), oldest first, as
// back-test history. No index lists them, so each form is read to its
// end, or until maxRead leads were read in all when maxRead > 0 (the
// console bounds a request's work; the terminal reads everything).
// truncated tells that the bound was reached.
func Stored(ctx context.Context, st LeadReader, forms []string, maxRead int) (history []*batch.Input, truncated bool, err error) {
	var marked []*lead.Lead
	read := 0
	for _, id := range forms {
		cursor := ""
		for {
			page, next, err := st.LeadsByFormTime(ctx, id, time.Time{}, time.Time{}, false, pageSize, cursor)
			if err != nil {
				return nil, false, err
			}
			read += len(page)
			for _, l := range page {
				if l.Outcome != nil {
					marked = append(marked, l)
				}
			}
			if maxRead > 0 && read >= maxRead {
				truncated = next != "" || id != forms[len(forms)-1]
				break
			}
			if next == "" {
				break
			}
			cursor = next
		}
		if truncated {
			break
		}
	}
	sort.SliceStable(marked, func(i, j int) bool { return marked[i].ReceivedAt.Before(marked[j].ReceivedAt) })
	history = make([]*batch.Input, 0, len(marked))
	for _, l := range marked {
		in := batch.FromLead(l)
		in.Outcome = l.Outcome.Kind.Backtest()
		history = append(history, &in)
	}
	return history, truncated, nil
}

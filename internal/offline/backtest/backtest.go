// Package backtest compares two rule sets on historical leads whose sales
// outcome is known, for `leadctl backtest` and the console's back-test of
// a rules draft. Compare is pure: Scorer re-scores the history with each
// rule set and passes the verdicts in; Stored reads the history from the
// stored leads sales marked.
package backtest

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Outcomes of a historical lead.
const (
	OutcomeWon  = "won"
	OutcomeLost = "lost"
	OutcomeBad  = "bad" // junk or unqualified that reached sales
	OutcomeOpen = "open"
)

// Record is one historical lead with its verdict under each rule set.
type Record struct {
	ID        string       `json:"id"`
	Outcome   string       `json:"outcome"`
	Baseline  lead.Verdict `json:"baseline"`
	Candidate lead.Verdict `json:"candidate"`
}

// Metrics describe one rule set's verdicts against the outcomes.
//
// Precision is the share of won leads among qualified leads whose outcome
// is decided (won, lost or bad; open ones are left out). Recall is the share
// of all won leads that were qualified. Either is nil when its denominator
// is zero.
type Metrics struct {
	Counts map[lead.Verdict]int `json:"counts"`
	// Qualified counts leads sent to sales.
	Qualified int `json:"qualified"`
	// WonQualified counts won leads sent to sales.
	WonQualified int `json:"won_qualified"`
	// LostQualified counts lost leads sent to sales.
	LostQualified int `json:"lost_qualified"`
	// BadQualified counts bad leads sent to sales.
	BadQualified int `json:"bad_qualified"`
	// WonMissed counts won leads not sent to sales.
	WonMissed int      `json:"won_missed"`
	Precision *float64 `json:"precision"`
	Recall    *float64 `json:"recall"`
}

// Change is a lead whose verdict differs between the rule sets.
type Change struct {
	ID      string       `json:"id"`
	Outcome string       `json:"outcome"`
	From    lead.Verdict `json:"from"`
	To      lead.Verdict `json:"to"`
}

// Report is the result of a back-test.
type Report struct {
	Records   int            `json:"records"`
	Outcomes  map[string]int `json:"outcomes"`
	Baseline  Metrics        `json:"baseline"`
	Candidate Metrics        `json:"candidate"`
	Changed   []Change       `json:"changed"`
}

var verdicts = []lead.Verdict{lead.VerdictQualified, lead.VerdictReview, lead.VerdictNurture, lead.VerdictJunk}

func validVerdict(v lead.Verdict) bool {
	for _, x := range verdicts {
		if v == x {
			return true
		}
	}
	return false
}

// Compare computes the metrics of both rule sets. It rejects unknown
// outcomes and verdicts, naming the record.
func Compare(records []Record) (Report, error) {
	r := Report{
		Records:   len(records),
		Outcomes:  map[string]int{OutcomeWon: 0, OutcomeLost: 0, OutcomeBad: 0, OutcomeOpen: 0},
		Baseline:  Metrics{Counts: map[lead.Verdict]int{}},
		Candidate: Metrics{Counts: map[lead.Verdict]int{}},
		Changed:   []Change{},
	}
	won := 0
	for i, rec := range records {
		if _, ok := r.Outcomes[rec.Outcome]; !ok {
			return Report{}, fmt.Errorf("backtest: record %d (%s): unknown outcome %q (want won, lost, bad or open)", i, rec.ID, rec.Outcome)
		}
		for _, v := range []lead.Verdict{rec.Baseline, rec.Candidate} {
			if !validVerdict(v) {
				return Report{}, fmt.Errorf("backtest: record %d (%s): unknown verdict %q", i, rec.ID, v)
			}
		}
		r.Outcomes[rec.Outcome]++
		if rec.Outcome == OutcomeWon {
			won++
		}
		tally(&r.Baseline, rec.Outcome, rec.Baseline)
		tally(&r.Candidate, rec.Outcome, rec.Candidate)
		if rec.Baseline != rec.Candidate {
			r.Changed = append(r.Changed, Change{ID: rec.ID, Outcome: rec.Outcome, From: rec.Baseline, To: rec.Candidate})
		}
	}
	finish(&r.Baseline, won)
	finish(&r.Candidate, won)
	return r, nil
}

func tally(m *Metrics, outcome string, v lead.Verdict) {
	m.Counts[v]++
	if v != lead.VerdictQualified {
		if outcome == OutcomeWon {
			m.WonMissed++
		}
		return
	}
	m.Qualified++
	switch outcome {
	case OutcomeWon:
		m.WonQualified++
	case OutcomeLost:
		m.LostQualified++
	case OutcomeBad:
		m.BadQualified++
	}
}

func finish(m *Metrics, won int) {
	if d := m.WonQualified + m.LostQualified + m.BadQualified; d > 0 {
		p := float64(m.WonQualified) / float64(d)
		m.Precision = &p
	}
	if won > 0 {
		rc := float64(m.WonQualified) / float64(won)
		m.Recall = &rc
	}
}

func pct(p *float64) string {
	if p == nil {
		return "n/a"
	}
	return strconv.FormatFloat(*p*100, 'f', 1, 64) + "%"
}

// WriteText writes an aligned, human-readable report.
func (r Report) WriteText(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "%d leads: %d won, %d lost, %d bad, %d open\n\n", r.Records,
		r.Outcomes[OutcomeWon], r.Outcomes[OutcomeLost], r.Outcomes[OutcomeBad], r.Outcomes[OutcomeOpen]); err != nil {
		return fmt.Errorf("backtest: write report: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "metric\tbaseline\tcandidate\tchange\t")
	row := func(name string, a, b int) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%+d\t\n", name, a, b, b-a)
	}
	for _, v := range verdicts {
		row(string(v), r.Baseline.Counts[v], r.Candidate.Counts[v])
	}
	row("won sent to sales", r.Baseline.WonQualified, r.Candidate.WonQualified)
	row("lost sent to sales", r.Baseline.LostQualified, r.Candidate.LostQualified)
	row("bad sent to sales", r.Baseline.BadQualified, r.Candidate.BadQualified)
	row("won missed", r.Baseline.WonMissed, r.Candidate.WonMissed)
	fmt.Fprintf(tw, "precision\t%s\t%s\t%s\t\n", pct(r.Baseline.Precision), pct(r.Candidate.Precision), delta(r.Baseline.Precision, r.Candidate.Precision))
	fmt.Fprintf(tw, "recall\t%s\t%s\t%s\t\n", pct(r.Baseline.Recall), pct(r.Candidate.Recall), delta(r.Baseline.Recall, r.Candidate.Recall))
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("backtest: write report: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d changed verdicts\n", len(r.Changed))
	if len(r.Changed) > 0 {
		tw2 := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw2, "id\toutcome\tbaseline\tcandidate")
		for _, c := range r.Changed {
			fmt.Fprintf(tw2, "%s\t%s\t%s\t%s\n", c.ID, c.Outcome, c.From, c.To)
		}
		_ = tw2.Flush()
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("backtest: write report: %w", err)
	}
	return nil
}

func delta(a, b *float64) string {
	if a == nil || b == nil {
		return "n/a"
	}
	d := (*b - *a) * 100
	sign := "+"
	if d < 0 {
		sign = ""
	}
	return sign + strconv.FormatFloat(d, 'f', 1, 64) + " pt"
}

// JSON encodes the report, indented.
func (r Report) JSON() ([]byte, error) {
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("backtest: encode report: %w", err)
	}
	return out, nil
}

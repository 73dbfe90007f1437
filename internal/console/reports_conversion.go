package console

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// OutcomeTally counts sales' outcomes in the report aggregates (store.Store
// provides it), in the day the lead was received, so that conversion is
// per cohort. was is the outcome the change replaced ("" for none); an
// unchanged outcome counts nothing.
type OutcomeTally interface {
	TallyOutcome(ctx context.Context, l *lead.Lead, was lead.OutcomeKind) error
}

func (p *Pages) outcomeTally() OutcomeTally {
	if p.Outcomes != nil {
		return p.Outcomes
	}
	if t, ok := p.Leads.(OutcomeTally); ok {
		return t
	}
	return nil
}

func kindOf(o *lead.Outcome) lead.OutcomeKind {
	if o == nil {
		return ""
	}
	return o.Kind
}

// tallyOutcome counts l's new outcome (was the one before) in the reports.
// It runs only after the change was stored, once per stored change: a
// retried request finds the outcome already there and counts nothing. A
// failed tally leaves the outcome stored and the reports one short, which
// is logged, not answered: asking again would not count it either.
func (p *Pages) tallyOutcome(ctx context.Context, l *lead.Lead, was lead.OutcomeKind) {
	t := p.outcomeTally()
	if t == nil || kindOf(l.Outcome) == was {
		return
	}
	if err := t.TallyOutcome(ctx, l, was); err != nil {
		p.log().Warn("console: outcome not counted in the reports", "lead", l.ID, "err", err)
	}
}

// ConversionRow is one row of a conversion table: what became of the
// qualified leads of a segment, source or form received in the period.
type ConversionRow struct {
	Name      string `json:"name"`
	Qualified int64  `json:"qualified"`
	Won       int64  `json:"won"`
	Lost      int64  `json:"lost"`
	// Bad counts outcomes that say the lead should not have reached
	// sales (bad fit, not a lead, spam).
	Bad int64 `json:"bad"`
	// Conversion is won ÷ qualified; WinRate is won ÷ (won + lost), the
	// win rate of the leads sales decided.
	Conversion float64 `json:"conversion"`
	WinRate    float64 `json:"win_rate"`
}

// Conversion is the period's conversion by segment, source and form.
type Conversion struct {
	Total     ConversionRow   `json:"total"`
	BySegment []ConversionRow `json:"by_segment"`
	BySource  []ConversionRow `json:"by_source"`
	ByForm    []ConversionRow `json:"by_form"`
}

// convTable sums conversion rows by name.
type convTable map[string]*ConversionRow

func (t convTable) row(name string) *ConversionRow {
	r := t[name]
	if r == nil {
		r = &ConversionRow{Name: name}
		t[name] = r
	}
	return r
}

func (r *ConversionRow) addOutcome(k lead.OutcomeKind, n int64) {
	switch k.Backtest() {
	case string(lead.OutcomeWon):
		r.Won += n
	case string(lead.OutcomeLost):
		r.Lost += n
	default:
		r.Bad += n
	}
}

func (r *ConversionRow) rates() {
	r.Conversion, r.WinRate = rate(r.Won, r.Qualified), rate(r.Won, r.Won+r.Lost)
}

// rows are the table's rows, most qualified first, at most reportRows;
// rows with neither qualified leads nor outcomes are left out.
func (t convTable) rows() []ConversionRow {
	out := make([]ConversionRow, 0, len(t))
	for _, r := range t {
		if r.Qualified == 0 && r.Won+r.Lost+r.Bad == 0 {
			continue
		}
		r.rates()
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b ConversionRow) int {
		return cmp.Or(cmp.Compare(b.Qualified, a.Qualified), cmp.Compare(b.Won, a.Won), strings.Compare(a.Name, b.Name))
	})
	return out[:min(len(out), reportRows)]
}

// conversionOf sums the qualified leads and outcomes of the day
// aggregates. Qualified counts are the roll-up's (by segment, and by
// source and form from the verdict counts); outcomes are those sales
// recorded on the same days' leads.
func conversionOf(in []store.DayReport) Conversion {
	segs, srcs, forms := convTable{}, convTable{}, convTable{}
	var c Conversion
	for _, d := range in {
		for seg, n := range d.Qualified {
			segs.row(segmentName(seg)).Qualified += n
		}
		for src, n := range d.Leads[lead.VerdictQualified] {
			srcs.row(src).Qualified += n
			forms.row(d.Form).Qualified += n
			c.Total.Qualified += n
		}
		for k, bySeg := range d.OutcomeSegments {
			for seg, n := range bySeg {
				segs.row(segmentName(seg)).addOutcome(k, n)
				forms.row(d.Form).addOutcome(k, n)
				c.Total.addOutcome(k, n)
			}
		}
		for k, bySrc := range d.OutcomeSources {
			for src, n := range bySrc {
				srcs.row(src).addOutcome(k, n)
			}
		}
	}
	c.Total.Name = "all"
	c.Total.rates()
	c.BySegment, c.BySource, c.ByForm = segs.rows(), srcs.rows(), forms.rows()
	return c
}

func segmentName(s string) string {
	if s == "" {
		return "(no segment)"
	}
	return s
}

// ConvPct is the row's conversion as a percentage, "-" without qualified
// leads.
func (r ConversionRow) ConvPct() string {
	if r.Qualified == 0 {
		return "-"
	}
	return pct(r.Conversion)
}

// WinPct is the row's win rate of decided leads as a percentage, "-"
// when sales decided none.
func (r ConversionRow) WinPct() string {
	if r.Won+r.Lost == 0 {
		return "-"
	}
	return pct(r.WinRate)
}

// ConversionTable is a conversion table as the fragment draws it.
type ConversionTable struct {
	Label string
	Rows  []ConversionRow
}

// ConvTable names rows for the fragment's conversion table.
func (r Report) ConvTable(label string, rows []ConversionRow) ConversionTable {
	return ConversionTable{label, rows}
}

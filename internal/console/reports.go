package console

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// ReportReader reads the report aggregates (store.Store provides it): one
// item per form and UTC day, rolled up from the leads by the dispatcher.
// Reports read nothing else, so a report's cost is days × forms items
// whatever the number of leads.
type ReportReader interface {
	DayReports(ctx context.Context, form string, first, last time.Time) ([]store.DayReport, error)
}

// ReviewQueueReader reads the size and age of a form's review queue now
// (store.Store provides it) from the review index, not the leads.
type ReviewQueueReader interface {
	ReviewQueueState(ctx context.Context, form string) (store.ReviewQueueState, error)
}

// VerdictTally moves a decided or rescued lead to its new verdict in the
// report aggregates (store.Store provides it); was is the verdict the
// change replaced.
type VerdictTally interface {
	TallyVerdict(ctx context.Context, l *lead.Lead, was lead.Verdict) error
}

// tallyVerdict counts l's change of verdict (from was) in the reports. It
// runs only after the change was stored, once per stored change, like
// tallyOutcome; a failed count is logged, not answered.
func (p *Pages) tallyVerdict(ctx context.Context, l *lead.Lead, was lead.Verdict) {
	t, ok := p.Outcomes.(VerdictTally)
	if !ok {
		t, ok = p.Leads.(VerdictTally)
	}
	if !ok || l.Verdict == was {
		return
	}
	if err := t.TallyVerdict(ctx, l, was); err != nil {
		p.log().Warn("console: verdict not counted in the reports", "lead", l.ID, "err", err)
	}
}

const (
	// DefaultReportDays is the period a report covers when none is asked.
	DefaultReportDays = 30
	// MaxReportDays bounds a report's period, and so the items it reads.
	MaxReportDays = 92
	// DefaultSpeedTarget is the speed-to-lead target when Pages sets none:
	// a sales hand-off slower than this is a breach. Five minutes is the
	// figure sales teams commonly aim for.
	DefaultSpeedTarget = 5 * time.Minute
	// reportRows bounds the rows of each ranked table.
	reportRows = 20
)

// Report is the reports page for a period: every figure but the review
// queue comes from the day aggregates, where a lead counts on the day it
// arrived under its verdict now (rolled up a few minutes after it
// arrived, then moved by review decisions and rescues).
type Report struct {
	From  string   `json:"from"` // first day, UTC, inclusive
	To    string   `json:"to"`   // last day, UTC, inclusive
	Form  string   `json:"form"` // "" for every form
	Forms []string `json:"forms"`
	// ItemsRead is how many aggregate items the report asked for (days ×
	// forms): its whole cost.
	ItemsRead int `json:"items_read"`

	Total int64 `json:"total"`
	// Tests counts the test submissions left out of every other figure
	// (store.TestCodes).
	Tests    int64            `json:"test_submissions"`
	Verdicts map[string]int64 `json:"verdicts"`
	Days     []ReportDay      `json:"days"`
	JunkRate float64          `json:"junk_rate"`
	ByForm   []RateRow        `json:"by_form"`
	BySource []RateRow        `json:"by_source"`
	ByCtry   []RateRow        `json:"by_country"`
	ByCamp   []RateRow        `json:"by_campaign"`
	Reasons  []CountRow       `json:"junk_reasons"`
	Segments []CountRow       `json:"qualified_by_segment"`
	Speed    SpeedToLead      `json:"speed_to_lead"`
	// Queue is each form's review queue now, whatever the period; nil
	// when the console cannot read it.
	Queue []QueueRow `json:"review_queue"`
	// Conversion counts outcomes by the day the lead arrived, so a
	// period's figures grow as sales records what became of its leads.
	Conversion Conversion        `json:"conversion"`
	Notes      map[string]string `json:"notes"`
	charts     map[string]string // Chart.js configurations, for the fragment
}

// ReportDay is one day's submissions by verdict.
type ReportDay struct {
	Day   string `json:"day"`
	Total int64  `json:"total"`
	// Tests counts the test submissions left out of every other figure
	// (store.TestCodes).
	Tests    int64            `json:"test_submissions"`
	Verdicts map[string]int64 `json:"verdicts"`
}

// QueueRow is one form's review queue now.
type QueueRow struct {
	Form string `json:"form"`
	// Size counts the leads waiting, up to store.ReviewCountBound; More
	// says there are more.
	Size int  `json:"size"`
	More bool `json:"more"`
	// Oldest is when the longest-waiting lead arrived ("" when none
	// waits), AgeMinutes how long ago that was.
	Oldest     string `json:"oldest,omitempty"`
	AgeMinutes int64  `json:"age_minutes"`
}

// Waiting says the queue's size, "1000+" past the count's bound.
func (q QueueRow) Waiting() string {
	if q.More {
		return strconv.Itoa(q.Size) + "+"
	}
	return strconv.Itoa(q.Size)
}

// Age says how long the oldest lead has waited, the way people do.
func (q QueueRow) Age() string {
	m := q.AgeMinutes
	switch {
	case q.Oldest == "":
		return "-"
	case m < 1:
		return "under a minute"
	case m < 120:
		return strconv.FormatInt(m, 10) + " min"
	case m < 48*60:
		return strconv.FormatInt(m/60, 10) + " h"
	}
	return strconv.FormatInt(m/(24*60), 10) + " days"
}

// RateRow is one row of a junk-rate table.
type RateRow struct {
	Name  string  `json:"name"`
	Total int64   `json:"total"`
	Junk  int64   `json:"junk"`
	Rate  float64 `json:"junk_rate"`
}

// CountRow is one row of a ranked count.
type CountRow struct {
	Name  string  `json:"name"`
	Count int64   `json:"count"`
	Share float64 `json:"share"`
}

// SpeedToLead summarises sales hand-offs: the percentiles are bucket upper
// bounds (the aggregates keep buckets, not each time), so "p90 ≤ 5 s"
// means at least 90% were sent within 5 seconds.
type SpeedToLead struct {
	Sent     int64   `json:"sent"`
	MeanMS   int64   `json:"mean_ms"`
	P50      string  `json:"p50"`
	P90      string  `json:"p90"`
	P99      string  `json:"p99"`
	Target   string  `json:"target"`
	TargetMS int64   `json:"target_ms"`
	Breaches int64   `json:"breaches"`
	Rate     float64 `json:"breach_rate"`
}

// Chart is a Chart.js configuration as JSON, for a canvas's data-chart.
func (r Report) Chart(name string) string { return r.charts[name] }

func (p *Pages) reportReader() ReportReader {
	if p.Reports != nil {
		return p.Reports
	}
	if r, ok := p.Leads.(ReportReader); ok {
		return r
	}
	return nil
}

func (p *Pages) queueReader() ReviewQueueReader {
	if q, ok := p.Reports.(ReviewQueueReader); ok {
		return q
	}
	if q, ok := p.Leads.(ReviewQueueReader); ok {
		return q
	}
	return nil
}

func (p *Pages) speedTarget() time.Duration {
	target := p.SpeedTarget
	if target <= 0 {
		target = DefaultSpeedTarget
	}
	// Breaches are counted in whole buckets: the target is the first
	// bucket bound at or above the configured one.
	for _, b := range store.STLBuckets {
		if b >= target {
			return b
		}
	}
	return store.STLBuckets[len(store.STLBuckets)-1]
}

// reportPeriod reads from and to (YYYY-MM-DD, UTC, inclusive).
func (p *Pages) reportPeriod(r *http.Request) (from, to time.Time, err error) {
	today := p.now().Truncate(24 * time.Hour)
	to = today
	if v := strings.TrimSpace(r.FormValue("to")); v != "" {
		if to, err = time.Parse(time.DateOnly, v); err != nil {
			return from, to, invalid("to", "give the last day as YYYY-MM-DD")
		}
	}
	from = to.AddDate(0, 0, -(DefaultReportDays - 1))
	if v := strings.TrimSpace(r.FormValue("from")); v != "" {
		if from, err = time.Parse(time.DateOnly, v); err != nil {
			return from, to, invalid("from", "give the first day as YYYY-MM-DD")
		}
	}
	switch {
	case from.After(to):
		return from, to, invalid("from", "the first day is after the last")
	case to.Sub(from) >= MaxReportDays*24*time.Hour:
		return from, to, invalid("from", fmt.Sprintf("a report covers at most %d days", MaxReportDays))
	}
	return from, to, nil
}

func (p *Pages) reports(w http.ResponseWriter, r *http.Request, u User) {
	rr := p.reportReader()
	if rr == nil {
		p.fail(w, r, &lead.Error{Kind: lead.EUNAVAILABLE, Code: "reports_unavailable", Message: "reports are not set up on this console"})
		return
	}
	from, to, err := p.reportPeriod(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	form := strings.TrimSpace(r.FormValue("form"))
	configured := p.forms(r.Context())
	forms := configured
	if form != "" {
		if len(configured) > 0 && !slices.Contains(configured, form) {
			p.fail(w, r, invalid("form", "no such form"))
			return
		}
		forms = []string{form}
	}
	if len(forms) == 0 {
		p.fail(w, r, invalid("form", "choose a form"))
		return
	}
	// The forms' days and review queues are read at once: each form is a
	// BatchGetItem and two small queries of its own, and waiting for one
	// after the other would add up.
	qr := p.queueReader()
	perForm := make([][]store.DayReport, len(forms))
	queues := make([]store.ReviewQueueState, len(forms))
	errs := make([]error, 2*len(forms))
	var wg sync.WaitGroup
	for i, f := range forms {
		wg.Go(func() { perForm[i], errs[i] = rr.DayReports(r.Context(), f, from, to) })
		if qr != nil {
			wg.Go(func() { queues[i], errs[len(forms)+i] = qr.ReviewQueueState(r.Context(), f) })
		}
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		p.fail(w, r, err)
		return
	}
	var days []store.DayReport
	for _, d := range perForm {
		days = append(days, d...)
	}
	rep := buildReport(days, from, to, p.speedTarget())
	rep.Form, rep.Forms = form, configured
	if rep.Forms == nil {
		rep.Forms = []string{}
	}
	rep.ItemsRead = len(forms) * len(rep.Days)
	if qr != nil {
		rep.Queue = queueRows(queues, p.now())
	}
	p.reply(w, r, http.StatusOK, "reports", rep)
}

// queueRows are the forms' review queues, the longest wait first.
func queueRows(qs []store.ReviewQueueState, now time.Time) []QueueRow {
	rows := make([]QueueRow, 0, len(qs))
	for _, q := range qs {
		row := QueueRow{Form: q.Form, Size: q.Size, More: q.More}
		if !q.Oldest.IsZero() {
			row.Oldest = q.Oldest.UTC().Format(time.RFC3339)
			row.AgeMinutes = max(0, int64(now.Sub(q.Oldest)/time.Minute))
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(a, b QueueRow) int {
		return cmp.Or(cmp.Compare(b.AgeMinutes, a.AgeMinutes), cmp.Compare(b.Size, a.Size), strings.Compare(a.Form, b.Form))
	})
	return rows
}

// reportVerdicts are the verdicts in the order the chart stacks them.
var reportVerdicts = []lead.Verdict{lead.VerdictQualified, lead.VerdictNurture, lead.VerdictReview, lead.VerdictJunk}

// verdictColours match the verdict badges of pages.css.
var verdictColours = map[lead.Verdict]string{
	lead.VerdictQualified: "#2da44e", lead.VerdictNurture: "#218bff",
	lead.VerdictReview: "#d4a72c", lead.VerdictJunk: "#cf222e",
}

// buildReport sums the day aggregates of every form into the period's
// report.
func buildReport(in []store.DayReport, from, to time.Time, target time.Duration) Report {
	rep := Report{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly), Verdicts: map[string]int64{},
		Notes: map[string]string{}, charts: map[string]string{}}
	byDay := map[string]*ReportDay{}
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		day := d.Format(time.DateOnly)
		rep.Days = append(rep.Days, ReportDay{Day: day, Verdicts: map[string]int64{}})
	}
	for i := range rep.Days {
		byDay[rep.Days[i].Day] = &rep.Days[i]
	}
	forms, sources, countries, campaigns := rateTable{}, rateTable{}, rateTable{}, rateTable{}
	reasons, segments, stl := map[string]int64{}, map[string]int64{}, map[string]int64{}
	var stlMillis int64
	for _, d := range in {
		day := byDay[d.Day]
		for v, bySrc := range d.Leads {
			for src, n := range bySrc {
				rep.Total += n
				rep.Verdicts[string(v)] += n
				if day != nil {
					day.Total += n
					day.Verdicts[string(v)] += n
				}
				forms.add(d.Form, v, n)
				sources.add(src, v, n)
			}
		}
		for v, byCtry := range d.Countries {
			for c, n := range byCtry {
				countries.add(c, v, n)
			}
		}
		for v, byCamp := range d.Campaigns {
			for c, n := range byCamp {
				campaigns.add(c, v, n)
			}
		}
		for k, n := range d.JunkReasons {
			reasons[k] += n
		}
		for k, n := range d.Qualified {
			segments[k] += n
		}
		for k, n := range d.STL {
			stl[k] += n
		}
		rep.Speed.Sent += d.Sent
		rep.Tests += d.Tests
		stlMillis += d.STLMillis
	}
	rep.JunkRate = rate(rep.Verdicts[string(lead.VerdictJunk)], rep.Total)
	rep.ByForm, rep.BySource, rep.ByCtry, rep.ByCamp = forms.rows(), sources.rows(), countries.rows(), campaigns.rows()
	rep.Reasons = countRows(reasons, rep.Verdicts[string(lead.VerdictJunk)])
	rep.Segments = countRows(segments, rep.Verdicts[string(lead.VerdictQualified)])
	for i := range rep.Segments {
		if rep.Segments[i].Name == "" {
			rep.Segments[i].Name = "(no segment)"
		}
	}
	if n := rep.Speed.Sent; n > 0 {
		rep.Speed.MeanMS = stlMillis / n
	}
	rep.Speed = speedOf(stl, rep.Speed, target)
	rep.Conversion = conversionOf(in)
	rep.Notes["conversion"] = "Outcomes count on the day the lead arrived, not the day sales recorded them, so a period's conversion grows as sales catches up. Conversion is won ÷ qualified; the win rate counts only the leads sales marked won or lost. A lead won without having qualified (a near miss sales picked up) counts as won but not as qualified."
	rep.Notes["review_queue"] = "The review queue is as it is now, whatever the period: the leads waiting for a decision and how long the oldest has waited, read from the review index. The \"Held for review\" figure counts the period's leads still held: a decision moves a lead to its new verdict. The Review page lists the queue."
	rep.Notes["tests"] = "Test submissions (the screening's test_entry or email_reserved_domain: someone trying the form, or a site check) are counted apart and left out of every other figure, so that trying a form does not move its junk rate."
	rep.Notes["verdicts"] = "Leads count under their verdict now, on the day they arrived: the roll-up counts them a few minutes after they arrive (it runs with the dispatcher, so the last minutes are not in yet), and a review decision or a rescue then moves them to their new verdict. Speed to lead counts only hand-offs sent before the roll-up, not those of leads a person later decided qualified."
	rep.charts["verdicts"] = verdictChart(rep.Days)
	rep.charts["reasons"] = reasonChart(rep.Reasons)
	return rep
}

// rateTable counts leads and junk leads by name.
type rateTable map[string]*RateRow

func (t rateTable) add(name string, v lead.Verdict, n int64) {
	row := t[name]
	if row == nil {
		row = &RateRow{Name: name}
		t[name] = row
	}
	row.Total += n
	if v == lead.VerdictJunk {
		row.Junk += n
	}
}

// rows are the table's rows, most submissions first, at most reportRows.
func (t rateTable) rows() []RateRow {
	out := make([]RateRow, 0, len(t))
	for _, row := range t {
		row.Rate = rate(row.Junk, row.Total)
		out = append(out, *row)
	}
	slices.SortFunc(out, func(a, b RateRow) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(b.Junk, a.Junk), strings.Compare(a.Name, b.Name))
	})
	return out[:min(len(out), reportRows)]
}

func countRows(m map[string]int64, of int64) []CountRow {
	out := make([]CountRow, 0, len(m))
	for k, n := range m {
		out = append(out, CountRow{Name: k, Count: n, Share: rate(n, of)})
	}
	slices.SortFunc(out, func(a, b CountRow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	return out[:min(len(out), reportRows)]
}

func rate(n, of int64) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// speedOf fills the percentiles and breaches of s from the bucket counts:
// a percentile is the upper bound of the first bucket by which that share
// of the hand-offs was sent; a breach is a hand-off in a bucket above the
// target (a bucket bound).
func speedOf(buckets map[string]int64, s SpeedToLead, target time.Duration) SpeedToLead {
	s.Target, s.TargetMS = durationLabel(target), target.Milliseconds()
	type bucket struct {
		bound time.Duration // 0 for the open last bucket
		n     int64
	}
	var bs []bucket
	var total int64
	for _, b := range store.STLBuckets {
		n := buckets[strconv.FormatInt(b.Milliseconds(), 10)]
		bs = append(bs, bucket{b, n})
		total += n
		if b > target {
			s.Breaches += n
		}
	}
	bs = append(bs, bucket{0, buckets["inf"]})
	total += buckets["inf"]
	s.Breaches += buckets["inf"]
	s.Rate = rate(s.Breaches, total)
	pct := func(q float64) string {
		if total == 0 {
			return "-"
		}
		var seen int64
		for _, b := range bs {
			seen += b.n
			if float64(seen) >= q*float64(total) {
				if b.bound == 0 {
					return "> " + durationLabel(store.STLBuckets[len(store.STLBuckets)-1])
				}
				return "≤ " + durationLabel(b.bound)
			}
		}
		return "-"
	}
	s.P50, s.P90, s.P99 = pct(0.50), pct(0.90), pct(0.99)
	return s
}

// durationLabel says a bucket bound the way people do: "5 s", "5 min", "1 h".
func durationLabel(d time.Duration) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return strconv.Itoa(int(d/time.Hour)) + " h"
	case d >= time.Minute && d%time.Minute == 0:
		return strconv.Itoa(int(d/time.Minute)) + " min"
	case d%time.Second == 0:
		return strconv.Itoa(int(d/time.Second)) + " s"
	}
	return strconv.FormatInt(d.Milliseconds(), 10) + " ms"
}

// chartJSON encodes a Chart.js configuration; the fragment puts it in a
// data-chart attribute, which app.js draws after the swap.
func chartJSON(cfg any) string {
	b, err := json.Marshal(cfg)
	if err != nil {
		return "{}" // only plain maps and slices are encoded
	}
	return string(b)
}

func verdictChart(days []ReportDay) string {
	labels := make([]string, len(days))
	for i, d := range days {
		labels[i] = d.Day[5:] // MM-DD: the period is on the page
	}
	var sets []map[string]any
	for _, v := range reportVerdicts {
		data := make([]int64, len(days))
		for i, d := range days {
			data[i] = d.Verdicts[string(v)]
		}
		sets = append(sets, map[string]any{"label": string(v), "data": data, "backgroundColor": verdictColours[v], "borderWidth": 0})
	}
	return chartJSON(map[string]any{
		"type": "bar",
		"data": map[string]any{"labels": labels, "datasets": sets},
		"options": map[string]any{
			"responsive": true, "maintainAspectRatio": false, "animation": false,
			"interaction": map[string]any{"mode": "index", "intersect": false},
			"plugins":     map[string]any{"legend": map[string]any{"position": "bottom"}},
			"scales": map[string]any{
				"x": map[string]any{"stacked": true, "grid": map[string]any{"display": false}},
				"y": map[string]any{"stacked": true, "beginAtZero": true, "title": map[string]any{"display": true, "text": "submissions"}},
			},
		},
	})
}

func reasonChart(rows []CountRow) string {
	rows = rows[:min(len(rows), 10)]
	labels := make([]string, len(rows))
	data := make([]int64, len(rows))
	for i, r := range rows {
		labels[i], data[i] = r.Name, r.Count
	}
	return chartJSON(map[string]any{
		"type": "bar",
		"data": map[string]any{"labels": labels, "datasets": []map[string]any{{
			"label": "junk leads with this reason", "data": data, "backgroundColor": verdictColours[lead.VerdictJunk], "borderWidth": 0}}},
		"options": map[string]any{
			"indexAxis": "y", "responsive": true, "maintainAspectRatio": false, "animation": false,
			"plugins": map[string]any{"legend": map[string]any{"display": false}},
			"scales":  map[string]any{"x": map[string]any{"beginAtZero": true}},
		},
	})
}

// pct says a rate as a percentage with one decimal.
func pct(r float64) string { return strconv.FormatFloat(100*r, 'f', 1, 64) + "%" }

// JunkPct is the period's junk rate as a percentage.
func (r Report) JunkPct() string { return pct(r.JunkRate) }

// Pct is the row's junk rate as a percentage.
func (r RateRow) Pct() string { return pct(r.Rate) }

// Pct is the row's share as a percentage.
func (r CountRow) Pct() string { return pct(r.Share) }

// Pct is the share of hand-offs that breached the target, as a percentage.
func (s SpeedToLead) Pct() string { return pct(s.Rate) }

// Mean says the mean speed to lead.
func (s SpeedToLead) Mean() string {
	if s.Sent == 0 {
		return "-"
	}
	return (time.Duration(s.MeanMS) * time.Millisecond).Round(100 * time.Millisecond).String()
}

// RateTable is a junk-rate table as the fragment draws it.
type RateTable struct {
	Label string
	Rows  []RateRow
}

// Table names rows for the fragment's junk-rate table.
func (r Report) Table(label string, rows []RateRow) RateTable { return RateTable{label, rows} }

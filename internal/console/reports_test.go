package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// fakeDays serves day aggregates and review queues from memory and
// records what was asked.
type fakeDays struct {
	days   []store.DayReport
	queues map[string]store.ReviewQueueState
	mu     sync.Mutex
	asked  []string // form first..last, sorted (forms are read at once)
}

func (f *fakeDays) DayReports(_ context.Context, form string, first, last time.Time) ([]store.DayReport, error) {
	f.mu.Lock()
	f.asked = append(f.asked, form+" "+first.Format(time.DateOnly)+".."+last.Format(time.DateOnly))
	slices.Sort(f.asked)
	f.mu.Unlock()
	var out []store.DayReport
	for _, d := range f.days {
		at, _ := time.Parse(time.DateOnly, d.Day)
		if d.Form == form && !at.Before(first) && !at.After(last) {
			out = append(out, d)
		}
	}
	return out, nil
}

func (f *fakeDays) ReviewQueueState(_ context.Context, form string) (store.ReviewQueueState, error) {
	q := f.queues[form]
	q.Form = form
	return q, nil
}

func day(form, d string, leads map[lead.Verdict]map[string]int64, change ...func(*store.DayReport)) store.DayReport {
	r := store.DayReport{Form: form, Day: d, Leads: leads, Countries: map[lead.Verdict]map[string]int64{},
		JunkReasons: map[string]int64{}, Qualified: map[string]int64{}, STL: map[string]int64{}}
	for _, c := range change {
		c(&r)
	}
	return r
}

func reportFixture() *fakeDays {
	return &fakeDays{queues: map[string]store.ReviewQueueState{
		// now is 2026-11-04 09:30 UTC.
		"demo":       {Size: 7, Oldest: time.Date(2026, 11, 3, 7, 0, 0, 0, time.UTC)},
		"newsletter": {Size: 1000, More: true, Oldest: time.Date(2026, 11, 4, 9, 20, 0, 0, time.UTC)},
	}, days: []store.DayReport{
		day("demo", "2026-11-03", map[lead.Verdict]map[string]int64{
			lead.VerdictQualified: {"google": 6}, lead.VerdictJunk: {"google": 2, "spam.example": 8}, lead.VerdictReview: {"google": 1},
		}, func(r *store.DayReport) {
			r.Countries = map[lead.Verdict]map[string]int64{lead.VerdictQualified: {"DE": 6}, lead.VerdictJunk: {"??": 10}, lead.VerdictReview: {"DE": 1}}
			r.Tests = 4
			r.Campaigns = map[lead.Verdict]map[string]int64{lead.VerdictQualified: {"spring": 6}, lead.VerdictJunk: {"spring": 1, "": 9}, lead.VerdictReview: {"": 1}}
			r.JunkReasons = map[string]int64{"disposable_email": 7, "honeypot": 3}
			r.Qualified = map[string]int64{"enterprise": 4, "": 2}
			// 100 hand-offs: 50 within 1 s, 40 within 5 s, 9 within 5 min, 1 slower than an hour.
			r.Sent, r.STLMillis = 100, 100*4000
			r.STL = map[string]int64{"1000": 50, "5000": 40, "300000": 9, "inf": 1}
			r.OutcomeSegments = map[lead.OutcomeKind]map[string]int64{
				lead.OutcomeWon: {"enterprise": 2, "": 1}, lead.OutcomeLost: {"enterprise": 1}, lead.OutcomeSpam: {"": 1}}
			r.OutcomeSources = map[lead.OutcomeKind]map[string]int64{
				lead.OutcomeWon: {"google": 3}, lead.OutcomeLost: {"google": 1}, lead.OutcomeSpam: {"google": 1}}
		}),
		day("demo", "2026-11-04", map[lead.Verdict]map[string]int64{lead.VerdictNurture: {"linkedin.com": 3}}),
		// A near miss sales picked up and won: won, but never qualified.
		day("newsletter", "2026-11-04", map[lead.Verdict]map[string]int64{lead.VerdictJunk: {"google": 1}, lead.VerdictNurture: {"google": 9}},
			func(r *store.DayReport) {
				r.OutcomeSegments = map[lead.OutcomeKind]map[string]int64{lead.OutcomeWon: {"smb": 1}}
				r.OutcomeSources = map[lead.OutcomeKind]map[string]int64{lead.OutcomeWon: {"google": 1}}
			}),
		day("demo", "2026-08-01", map[lead.Verdict]map[string]int64{lead.VerdictNurture: {"old": 5}}),
	}}
}

func TestReports(t *testing.T) {
	// memPages' now is t0+48h: 2026-11-04.
	tests := []struct {
		name     string
		user     *console.User
		query    string
		status   int
		asked    []string
		check    func(t *testing.T, rep map[string]any)
		errField string
	}{
		{name: "default period, every form", user: marketing, status: 200,
			asked: []string{"demo 2026-10-06..2026-11-04", "newsletter 2026-10-06..2026-11-04"},
			check: func(t *testing.T, rep map[string]any) {
				want := map[string]any{"from": "2026-10-06", "to": "2026-11-04", "total": 30.0, "items_read": 60.0, "test_submissions": 4.0}
				for k, v := range want {
					if rep[k] != v {
						t.Errorf("%s = %v, want %v", k, rep[k], v)
					}
				}
				if got := rep["junk_rate"].(float64); got < 11.0/30-1e-9 || got > 11.0/30+1e-9 {
					t.Errorf("junk rate %v, want 11/30", got)
				}
				byForm := rep["by_form"].([]any)
				if len(byForm) != 2 || byForm[0].(map[string]any)["name"] != "demo" || byForm[0].(map[string]any)["total"] != 20.0 {
					t.Errorf("by form %v, want demo (20) first", byForm)
				}
				src := rep["by_source"].([]any)[0].(map[string]any)
				if src["name"] != "google" || src["total"] != 19.0 || src["junk"] != 3.0 {
					t.Errorf("top source %v, want google 19 with 3 junk", src)
				}
				ctry := rep["by_country"].([]any)[0].(map[string]any)
				if ctry["name"] != "??" || ctry["junk_rate"] != 1.0 {
					t.Errorf("top country %v, want ?? all junk", ctry)
				}
				camp := rep["by_campaign"].([]any)
				if len(camp) != 2 || camp[0].(map[string]any)["name"] != "" || camp[0].(map[string]any)["junk"] != 9.0 ||
					camp[1].(map[string]any)["name"] != "spring" || camp[1].(map[string]any)["total"] != 7.0 || camp[1].(map[string]any)["junk"] != 1.0 {
					t.Errorf("by campaign %v, want none (10, 9 junk) then spring (7, 1 junk)", camp)
				}
				queue, _ := json.Marshal(rep["review_queue"])
				if want := `[{"age_minutes":1590,"form":"demo","more":false,"oldest":"2026-11-03T07:00:00Z","size":7},{"age_minutes":10,"form":"newsletter","more":true,"oldest":"2026-11-04T09:20:00Z","size":1000}]`; string(queue) != want {
					t.Errorf("review queue %s, want %s", queue, want)
				}
				reason := rep["junk_reasons"].([]any)[0].(map[string]any)
				if reason["name"] != "disposable_email" || reason["count"] != 7.0 {
					t.Errorf("top reason %v", reason)
				}
				days := rep["days"].([]any)
				if len(days) != 30 || days[28].(map[string]any)["total"] != 17.0 || days[29].(map[string]any)["total"] != 13.0 {
					t.Errorf("days: %d, last two %v %v", len(days), days[28], days[29])
				}
				stl := rep["speed_to_lead"].(map[string]any)
				for k, v := range map[string]any{"p50": "≤ 1 s", "p90": "≤ 5 s", "p99": "≤ 5 min", "breaches": 1.0, "target": "5 min", "sent": 100.0, "mean_ms": 4000.0} {
					if stl[k] != v {
						t.Errorf("speed to lead %s = %v, want %v", k, stl[k], v)
					}
				}
				if !strings.Contains(rep["notes"].(map[string]any)["conversion"].(string), "on the day the lead arrived") {
					t.Errorf("conversion note %v must say outcomes count on the day the lead arrived", rep["notes"])
				}
			}},
		{name: "one form, chosen period", user: sales, query: "form=newsletter&from=2026-11-01&to=2026-11-04", status: 200,
			asked: []string{"newsletter 2026-11-01..2026-11-04"},
			check: func(t *testing.T, rep map[string]any) {
				if rep["total"] != 10.0 || rep["form"] != "newsletter" || rep["items_read"] != 4.0 {
					t.Errorf("total %v form %v items %v, want 10 newsletter 4", rep["total"], rep["form"], rep["items_read"])
				}
				if stl := rep["speed_to_lead"].(map[string]any); stl["p50"] != "-" || stl["breaches"] != 0.0 {
					t.Errorf("no hand-offs, yet speed to lead %v", stl)
				}
			}},
		{name: "old days", user: admin, query: "form=demo&from=2026-07-15&to=2026-08-10", status: 200,
			check: func(t *testing.T, rep map[string]any) {
				if rep["total"] != 5.0 {
					t.Errorf("total %v, want 5", rep["total"])
				}
			}},
		{name: "reviewer may not", user: reviewer, status: 403},
		{name: "signed out", status: 401},
		{name: "unknown form", user: marketing, query: "form=nope", status: 400, errField: "form"},
		{name: "bad date", user: marketing, query: "from=11/01/2026", status: 400, errField: "from"},
		{name: "reversed", user: marketing, query: "from=2026-11-04&to=2026-11-01", status: 400, errField: "from"},
		{name: "too long", user: marketing, query: "from=2026-01-01&to=2026-11-04", status: 400, errField: "from"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := reportFixture()
			p := memPages(newMem())
			p.Reports = f
			w := req{method: http.MethodGet, path: "/console/api/reports?" + tc.query, user: tc.user}.do(t, serve(p))
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.status, w.Body)
			}
			if tc.asked != nil && strings.Join(f.asked, ";") != strings.Join(tc.asked, ";") {
				t.Errorf("asked %v, want %v", f.asked, tc.asked)
			}
			rep := decode[map[string]any](t, w)
			if tc.errField != "" {
				if fields, _ := rep["fields"].(map[string]any); fields[tc.errField] == nil {
					t.Errorf("error %v does not name %s", rep, tc.errField)
				}
			}
			if tc.check != nil {
				tc.check(t, rep)
			}
		})
	}
}

// TestReportsFragment checks the HTML: charts as data-chart JSON that
// app.js draws, tables, and nothing the CSP forbids.
func TestReportsFragment(t *testing.T) {
	p := memPages(newMem())
	p.Reports = reportFixture()
	w := req{method: http.MethodGet, path: "/console/api/reports", user: marketing, html: true}.do(t, serve(p))
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	checkFragment(t, w)
	body := w.Body.String()
	charts := regexp.MustCompile(`<canvas data-chart="([^"]*)"`).FindAllStringSubmatch(body, -1)
	if len(charts) != 2 {
		t.Fatalf("%d charts, want 2 (verdicts per day, junk reasons)", len(charts))
	}
	var cfg struct {
		Type string
		Data struct {
			Labels   []string
			Datasets []struct {
				Label string
				Data  []int64
			}
		}
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(charts[0][1])), &cfg); err != nil {
		t.Fatalf("chart config is not JSON: %v", err)
	}
	if cfg.Type != "bar" || len(cfg.Data.Labels) != 30 || len(cfg.Data.Datasets) != 4 || cfg.Data.Datasets[3].Label != "junk" ||
		cfg.Data.Datasets[3].Data[28] != 10 {
		t.Errorf("verdict chart %+v", cfg)
	}
	for _, want := range []string{"Junk rate by form", "spam.example", "Junk rate by campaign", "4 test submissions left out", "Review queue now",
		`<td>demo</td><td class="pg-num">7</td><td class="pg-num" title="arrived 2026-11-03T07:00:00Z">26 h</td>`,
		`<td>newsletter</td><td class="pg-num">1000+</td><td class="pg-num" title="arrived 2026-11-04T09:20:00Z">10 min</td>`, "<td>spring</td><td class=\"pg-num\">7</td><td class=\"pg-num\">1</td><td class=\"pg-num\">14.3%</td>", "disposable_email", "Slower than the 5 min target", "read 60 daily aggregate items",
		"4 won of 6 qualified: conversion 66.7%", "win rate of decided 80.0%", "By segment", "By source", "By form", "on the day the lead arrived",
		"<td>enterprise</td><td class=\"pg-num\">4</td><td class=\"pg-num\">2</td><td class=\"pg-num\">1</td><td class=\"pg-num\">0</td><td class=\"pg-num\">50.0%</td><td class=\"pg-num\">66.7%</td>",
		"<td>smb</td><td class=\"pg-num\">0</td><td class=\"pg-num\">1</td><td class=\"pg-num\">0</td><td class=\"pg-num\">0</td><td class=\"pg-num\">-</td><td class=\"pg-num\">100.0%</td>"} {
		if !strings.Contains(html.UnescapeString(body), want) {
			t.Errorf("fragment lacks %q", want)
		}
	}
}

// TestReportsConversion: won ÷ qualified and won ÷ (won + lost) by
// segment, source and form, from the qualified counts and the outcomes of
// the same days.
func TestReportsConversion(t *testing.T) {
	row := func(name string, q, won, lost, bad int64) console.ConversionRow {
		r := console.ConversionRow{Name: name, Qualified: q, Won: won, Lost: lost, Bad: bad}
		if q > 0 {
			r.Conversion = float64(won) / float64(q)
		}
		if won+lost > 0 {
			r.WinRate = float64(won) / float64(won+lost)
		}
		return r
	}
	tests := []struct {
		name  string
		query string
		want  console.Conversion
	}{
		{"every form", "", console.Conversion{
			Total:     row("all", 6, 4, 1, 1),
			BySegment: []console.ConversionRow{row("enterprise", 4, 2, 1, 0), row("(no segment)", 2, 1, 0, 1), row("smb", 0, 1, 0, 0)},
			BySource:  []console.ConversionRow{row("google", 6, 4, 1, 1)},
			ByForm:    []console.ConversionRow{row("demo", 6, 3, 1, 1), row("newsletter", 0, 1, 0, 0)},
		}},
		{"one form", "form=newsletter", console.Conversion{
			Total:     row("all", 0, 1, 0, 0),
			BySegment: []console.ConversionRow{row("smb", 0, 1, 0, 0)},
			BySource:  []console.ConversionRow{row("google", 0, 1, 0, 0)},
			ByForm:    []console.ConversionRow{row("newsletter", 0, 1, 0, 0)},
		}},
		{"a period without outcomes", "from=2026-08-01&to=2026-08-02", console.Conversion{
			Total: row("all", 0, 0, 0, 0), BySegment: []console.ConversionRow{}, BySource: []console.ConversionRow{}, ByForm: []console.ConversionRow{},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := memPages(newMem())
			p.Reports = reportFixture()
			w := req{method: http.MethodGet, path: "/console/api/reports?" + tc.query, user: sales}.do(t, serve(p))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			got := decode[console.Report](t, w).Conversion
			if g, wt := fmt.Sprintf("%+v", got), fmt.Sprintf("%+v", tc.want); g != wt {
				t.Errorf("conversion\n got %s\nwant %s", g, wt)
			}
		})
	}
}

// TestReportsSpeedTarget: a target between bucket bounds counts breaches
// from the next bound up, and the page says which.
func TestReportsSpeedTarget(t *testing.T) {
	for _, tc := range []struct {
		target   time.Duration
		label    string
		breaches float64
	}{
		{time.Second, "1 s", 50}, {3 * time.Second, "5 s", 10}, {time.Hour, "1 h", 1}, {2 * time.Hour, "1 h", 1},
	} {
		p := memPages(newMem())
		p.Reports, p.SpeedTarget = reportFixture(), tc.target
		w := req{method: http.MethodGet, path: "/console/api/reports?form=demo", user: marketing}.do(t, serve(p))
		stl := decode[map[string]any](t, w)["speed_to_lead"].(map[string]any)
		if stl["target"] != tc.label || stl["breaches"] != tc.breaches {
			t.Errorf("target %v: got %v with %v breaches, want %s with %v", tc.target, stl["target"], stl["breaches"], tc.label, tc.breaches)
		}
	}
}

type failingDays struct{}

func (failingDays) DayReports(context.Context, string, time.Time, time.Time) ([]store.DayReport, error) {
	return nil, fmt.Errorf("read days: %w", store.ErrUnavailable)
}

// TestReportsUnavailable: a failed read of one form's days is a 503 that
// says to try again, not a report with a form missing.
func TestReportsUnavailable(t *testing.T) {
	p := memPages(newMem())
	p.Reports = failingDays{}
	w := req{method: http.MethodGet, path: "/console/api/reports", user: marketing}.do(t, serve(p))
	if w.Code != http.StatusServiceUnavailable || decode[map[string]any](t, w)["error"] != "storage_unavailable" {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
}

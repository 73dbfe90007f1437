package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// TestTestCodes: the codes the store names are the screening's.
func TestTestCodes(t *testing.T) {
	want := []string{screen.CodeTestEntry, screen.CodeEmailReservedDomain}
	if strings.Join(store.TestCodes, ",") != strings.Join(want, ",") {
		t.Errorf("store.TestCodes %v, want %v", store.TestCodes, want)
	}
}

// reportLead is a lead of form received at at, with the given verdict and
// source fields.
func reportLead(form string, at time.Time, v lead.Verdict, utm, referrer, country string) *lead.Lead {
	l := mkLead(lead.NewID(at), form, fmt.Sprintf("p%d@example-co.com", at.UnixNano()), at)
	l.Verdict = v
	l.Fields.UTMSource, l.Fields.Referrer, l.Fields.Country = utm, referrer, country
	switch v {
	case lead.VerdictJunk:
		l.Screening = lead.Screening{Verdict: lead.ScreenJunk, Score: 80, Reasons: []lead.Reason{
			{Code: "disposable_email", Points: 60, Stage: "screening"}, {Code: "free_mail", Points: 0, Stage: "screening"}}}
	case lead.VerdictQualified:
		l.Fit = &lead.Fit{Score: 90, Segment: "enterprise", Qualifies: true}
		sent := at.Add(1500 * time.Millisecond)
		l.Handoff = &lead.Handoff{State: lead.HandoffSent, Attempts: 1, SentAt: &sent, SpeedToLeadMS: 1500}
	}
	return l
}

func campaign(l *lead.Lead, c string) *lead.Lead {
	l.Fields.UTMCampaign = c
	return l
}

// TestRollUp: the leads a form stored are added to their days once,
// however often and however concurrently the roll-up runs, and only up to
// the time it is given.
func TestRollUp(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	day1 := time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC)
	day2 := day1.Add(2 * time.Hour) // the next UTC day
	save := func(ls ...*lead.Lead) {
		t.Helper()
		for _, l := range ls {
			if created, err := s.CreateLead(ctx, l); err != nil || !created {
				t.Fatalf("create: %v %v", created, err)
			}
		}
	}
	save(
		campaign(reportLead("demo", day1, lead.VerdictNurture, "Google", "", "se"), " Spring-Launch "),
		campaign(reportLead("demo", day1.Add(time.Minute), lead.VerdictJunk, "", "https://www.spam-example.net/x?y", ""), "spring-launch"),
		reportLead("demo", day1.Add(2*time.Minute), lead.VerdictQualified, "", "", "DE"),
		reportLead("demo", day2, lead.VerdictNurture, "google", "", "SE"),
		reportLead("other-form", day2, lead.VerdictNurture, "google", "", "SE"),
	)
	// A test submission is counted apart, in no other figure.
	trial := reportLead("demo", day1.Add(3*time.Minute), lead.VerdictJunk, "Google", "", "SE")
	trial.Screening.Reasons = []lead.Reason{{Code: screen.CodeTestEntry, Points: 60, Stage: "screening"}}
	save(trial)
	until := day2.Add(time.Hour)
	late := reportLead("demo", until.Add(time.Minute), lead.VerdictNurture, "google", "", "SE")
	save(late)

	// Three roll-ups at once and one after: each lead counts once.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for range 3 {
		wg.Go(func() {
			n, err := s.RollUp(ctx, "demo", until)
			if err != nil && !errors.Is(err, store.ErrConflict) {
				t.Error(err)
			}
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	wg.Wait()
	n, err := s.RollUp(ctx, "demo", until)
	if err != nil || total+n != 5 {
		t.Fatalf("rolled up %d leads (%d at once, %d after), want 5; %v", total+n, total, n, err)
	}

	reports, err := s.DayReports(ctx, "demo", day1, until)
	if err != nil || len(reports) != 2 {
		t.Fatalf("%d day reports, %v", len(reports), err)
	}
	d1, d2 := reports[0], reports[1]
	if d1.Day != "2026-11-30" || d2.Day != "2026-12-01" {
		t.Errorf("days %s %s", d1.Day, d2.Day)
	}
	for _, c := range []struct {
		what      string
		got, want int64
	}{
		{"day 1 nurture from google", d1.Leads[lead.VerdictNurture]["google"], 1},
		{"day 1 junk from the referrer's host", d1.Leads[lead.VerdictJunk]["spam-example.net"], 1},
		{"day 1 qualified, direct", d1.Leads[lead.VerdictQualified][lead.SourceDirect], 1},
		{"day 1 nurture from SE", d1.Countries[lead.VerdictNurture]["SE"], 1},
		{"day 1 junk without a country", d1.Countries[lead.VerdictJunk]["??"], 1},
		{"day 1 nurture in the spring campaign", d1.Campaigns[lead.VerdictNurture]["spring-launch"], 1},
		{"day 1 junk in the spring campaign", d1.Campaigns[lead.VerdictJunk]["spring-launch"], 1},
		{"day 1 qualified without a campaign", d1.Campaigns[lead.VerdictQualified][""], 1},
		{"day 1 test submissions", d1.Tests, 1},
		{"day 1 junk from google (the test left out)", d1.Leads[lead.VerdictJunk]["google"], 0},
		{"day 1 junk from SE (the test left out)", d1.Countries[lead.VerdictJunk]["SE"], 0},
		{"day 1 junk reason", d1.JunkReasons["disposable_email"], 1},
		{"day 1 junk reason of the test left out", d1.JunkReasons[screen.CodeTestEntry], 0},
		{"day 2 test submissions", d2.Tests, 0},
		{"day 1 junk reason without points", d1.JunkReasons["free_mail"], 0},
		{"day 1 qualified enterprise", d1.Qualified["enterprise"], 1},
		{"day 1 hand-offs sent", d1.Sent, 1},
		{"day 1 speed to lead", d1.STLMillis, 1500},
		{"day 1 speed to lead within 2 s", d1.STL["2000"], 1},
		{"day 2 nurture from google", d2.Leads[lead.VerdictNurture]["google"], 1},
		{"day 2 hand-offs sent", d2.Sent, 0},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}

	// The late lead is added by the next roll-up that reaches it.
	if n, err := s.RollUp(ctx, "demo", until.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("next roll-up: %d leads, %v", n, err)
	}
	reports, _ = s.DayReports(ctx, "demo", day2, day2)
	if got := reports[0].Leads[lead.VerdictNurture]["google"]; got != 2 {
		t.Errorf("day 2 nurture from google after the late lead: %d", got)
	}

	// A roll-up up to a time its mark has passed adds nothing and fails
	// nothing (leadctl dev seed after the dispatcher's roll-ups).
	if n, err := s.RollUp(ctx, "demo", day1); err != nil || n != 0 {
		t.Fatalf("a roll-up behind the mark: %d leads, %v", n, err)
	}
}

// TestRollUpBoundsSources: made-up sources and campaigns beyond the bound of a day count
// as other, so that nobody can grow an aggregate item without bound.
func TestRollUpBoundsSources(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	for i := range 45 {
		l := campaign(reportLead("flood", at.Add(time.Duration(i)*time.Second), lead.VerdictJunk, fmt.Sprintf("src-%02d", i), "", ""),
			fmt.Sprintf("campaign-%02d-%s", i, strings.Repeat("x", 60)))
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.RollUp(ctx, "flood", at.Add(time.Hour)); err != nil || n != 45 {
		t.Fatalf("rolled up %d, %v", n, err)
	}
	reports, err := s.DayReports(ctx, "flood", at, at)
	if err != nil || len(reports) != 1 {
		t.Fatalf("%d reports, %v", len(reports), err)
	}
	junk := reports[0].Leads[lead.VerdictJunk]
	if len(junk) != 41 || junk[store.SourceOther] != 5 {
		t.Errorf("%d sources, %d other", len(junk), junk[store.SourceOther])
	}
	campaigns := reports[0].Campaigns[lead.VerdictJunk]
	if len(campaigns) != 41 || campaigns[store.SourceOther] != 5 {
		t.Errorf("%d campaigns, %d other", len(campaigns), campaigns[store.SourceOther])
	}
	for c := range campaigns {
		if len(c) > 40 {
			t.Errorf("campaign %q is longer than 40 bytes", c)
		}
	}
}

// TestReviewQueueState: the size and age of a form's review queue come
// from its review shard, oldest first, and other forms' or verdicts' leads
// do not count.
func TestReviewQueueState(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)
	empty, err := s.ReviewQueueState(ctx, "held")
	if err != nil || empty.Size != 0 || empty.More || !empty.Oldest.IsZero() {
		t.Fatalf("empty queue %+v, %v", empty, err)
	}
	for i, c := range []struct {
		form string
		v    lead.Verdict
	}{{"held", lead.VerdictReview}, {"held", lead.VerdictNurture}, {"held", lead.VerdictReview}, {"other", lead.VerdictReview}, {"held", lead.VerdictReview}} {
		l := reportLead(c.form, at.Add(time.Duration(i)*time.Hour), c.v, "", "", "")
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	q, err := s.ReviewQueueState(ctx, "held")
	if err != nil || q.Size != 3 || q.More || !q.Oldest.Equal(at) || q.Form != "held" {
		t.Errorf("queue %+v, %v; want 3 held since %v", q, err, at)
	}
	if q, err := s.ReviewQueueState(ctx, "other"); err != nil || q.Size != 1 || !q.Oldest.Equal(at.Add(3*time.Hour)) {
		t.Errorf("other form's queue %+v, %v", q, err)
	}
}

// TestTallyVerdict: a decision on a lead already rolled up moves it from
// review to its new verdict in its received day; one the roll-up has not
// reached yet is left to the roll-up, which counts the new verdict; a
// test submission and an unchanged verdict move nothing.
func TestTallyVerdict(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	held := campaign(reportLead("decide", at, lead.VerdictReview, "Google", "", "fr"), "autumn")
	held.Screening.Reasons = []lead.Reason{{Code: "role_account", Points: 10, Stage: "screening"}}
	trial := reportLead("decide", at.Add(time.Minute), lead.VerdictReview, "", "", "")
	trial.Screening.Reasons = []lead.Reason{{Code: screen.CodeTestEntry, Points: 60, Stage: "screening"}}
	late := reportLead("decide", at.Add(3*time.Hour), lead.VerdictReview, "google", "", "FR")
	for _, l := range []*lead.Lead{held, trial, late} {
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.RollUp(ctx, "decide", at.Add(time.Hour)); err != nil || n != 2 {
		t.Fatalf("rolled up %d, %v", n, err)
	}

	// held is decided junk, trial qualified, late qualified (before the
	// roll-up reaches it); each as the console stores it.
	decide := func(l *lead.Lead, v lead.Verdict) {
		t.Helper()
		prev := l.UpdatedAt
		l.Verdict, l.UpdatedAt = v, prev.Add(time.Minute)
		if v == lead.VerdictQualified {
			l.Fit = &lead.Fit{Score: 80, Segment: "mid-market", Qualifies: true}
		}
		if err := s.ReplaceLead(ctx, l, prev); err != nil {
			t.Fatal(err)
		}
		if err := s.TallyVerdict(ctx, l, lead.VerdictReview); err != nil {
			t.Fatal(err)
		}
	}
	decide(held, lead.VerdictJunk)
	decide(trial, lead.VerdictQualified)
	decide(late, lead.VerdictQualified)
	if err := s.TallyVerdict(ctx, held, lead.VerdictJunk); err != nil {
		t.Fatal(err)
	}
	if n, err := s.RollUp(ctx, "decide", at.Add(4*time.Hour)); err != nil || n != 1 {
		t.Fatalf("second roll-up %d, %v", n, err)
	}
	reports, err := s.DayReports(ctx, "decide", at, at)
	if err != nil || len(reports) != 1 {
		t.Fatalf("%d reports, %v", len(reports), err)
	}
	d := reports[0]
	for _, c := range []struct {
		what      string
		got, want int64
	}{
		{"held for review from google", d.Leads[lead.VerdictReview]["google"], 0},
		{"junk from google", d.Leads[lead.VerdictJunk]["google"], 1},
		{"qualified from google (the late lead, rolled up as decided)", d.Leads[lead.VerdictQualified]["google"], 1},
		{"held for review from FR", d.Countries[lead.VerdictReview]["FR"], 0},
		{"junk from FR", d.Countries[lead.VerdictJunk]["FR"], 1},
		{"held for review in autumn", d.Campaigns[lead.VerdictReview]["autumn"], 0},
		{"junk in autumn", d.Campaigns[lead.VerdictJunk]["autumn"], 1},
		{"junk reason of the decided lead", d.JunkReasons["role_account"], 1},
		{"qualified mid-market (the late lead only)", d.Qualified["mid-market"], 1},
		{"test submissions (never moved)", d.Tests, 1},
		{"qualified without a source (the test left out)", d.Leads[lead.VerdictQualified][lead.SourceDirect], 0},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}
}

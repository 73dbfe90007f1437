package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestTallyOutcome: outcomes count in the day the lead was received, move
// when sales changes them, leave an unchanged outcome alone, and live
// beside the roll-up's counters whichever comes first.
func TestTallyOutcome(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	day1 := time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC)
	won := reportLead("demo", day1, lead.VerdictQualified, "Google", "", "SE")
	other := reportLead("demo", day1.Add(time.Minute), lead.VerdictNurture, "", "", "SE") // no fit: no segment
	late := reportLead("demo", day1.Add(2*time.Hour), lead.VerdictNurture, "google", "", "SE")
	for _, l := range []*lead.Lead{won, other, late} {
		if created, err := s.CreateLead(ctx, l); err != nil || !created {
			t.Fatalf("create: %v %v", created, err)
		}
	}
	mark := func(l *lead.Lead, k lead.OutcomeKind) lead.OutcomeKind {
		var was lead.OutcomeKind
		if l.Outcome != nil {
			was = l.Outcome.Kind
		}
		if err := l.MarkOutcome(k, "sam", "", day1.AddDate(0, 0, 3)); err != nil {
			t.Fatal(err)
		}
		return was
	}

	type want struct {
		segment, source string
		kind            lead.OutcomeKind
		n               int64
	}
	steps := []struct {
		name   string
		do     func() error
		rollUp bool
		want   []want
	}{
		{"first outcome before any roll-up makes the day's item", func() error { return s.TallyOutcome(ctx, won, mark(won, lead.OutcomeWon)) }, false,
			[]want{{"enterprise", "google", lead.OutcomeWon, 1}}},
		{"the roll-up then adds the day and keeps the outcome", nil, true,
			[]want{{"enterprise", "google", lead.OutcomeWon, 1}}},
		{"a changed outcome moves the count", func() error { return s.TallyOutcome(ctx, won, mark(won, lead.OutcomeLost)) }, false,
			[]want{{"enterprise", "google", lead.OutcomeWon, 0}, {"enterprise", "google", lead.OutcomeLost, 1}}},
		{"the same outcome again counts nothing", func() error { return s.TallyOutcome(ctx, won, mark(won, lead.OutcomeLost)) }, false,
			[]want{{"enterprise", "google", lead.OutcomeLost, 1}}},
		{"a lead without fit counts under no segment", func() error { return s.TallyOutcome(ctx, other, mark(other, lead.OutcomeSpam)) }, false,
			[]want{{"", lead.SourceDirect, lead.OutcomeSpam, 1}, {"enterprise", "google", lead.OutcomeLost, 1}}},
		{"a later roll-up of the day leaves the outcomes", nil, true,
			[]want{{"", lead.SourceDirect, lead.OutcomeSpam, 1}, {"enterprise", "google", lead.OutcomeLost, 1}}},
	}
	for _, st := range steps {
		if st.do != nil {
			if err := st.do(); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		if st.rollUp {
			if _, err := s.RollUp(ctx, "demo", day1.Add(3*time.Hour)); err != nil {
				t.Fatalf("%s: roll up: %v", st.name, err)
			}
		}
		reports, err := s.DayReports(ctx, "demo", day1, day1)
		if err != nil || len(reports) != 1 {
			t.Fatalf("%s: %d day reports, %v", st.name, len(reports), err)
		}
		d := reports[0]
		for _, w := range st.want {
			if got := d.OutcomeSegments[w.kind][w.segment]; got != w.n {
				t.Errorf("%s: %s in segment %q: %d, want %d", st.name, w.kind, w.segment, got, w.n)
			}
			if got := d.OutcomeSources[w.kind][w.source]; got != w.n {
				t.Errorf("%s: %s from %q: %d, want %d", st.name, w.kind, w.source, got, w.n)
			}
		}
		if st.rollUp {
			if q := d.Leads[lead.VerdictQualified]["google"]; q != 1 {
				t.Errorf("%s: qualified from google %d, want 1 (the roll-up was blocked?)", st.name, q)
			}
		}
	}
	// The next day's lead was rolled up too, and no outcome reached its day.
	reports, err := s.DayReports(ctx, "demo", late.ReceivedAt, late.ReceivedAt)
	if err != nil || len(reports) != 1 || reports[0].Leads[lead.VerdictNurture]["google"] != 1 || len(reports[0].OutcomeSources) != 0 {
		t.Errorf("day 2: %+v, %v", reports, err)
	}
}

// TestTallyOutcomes: the outcomes of leads written in bulk count in their
// forms' received days, leads without one not at all.
func TestTallyOutcomes(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	day1 := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	var leads []*lead.Lead
	for i, c := range []struct {
		form    string
		at      time.Time
		outcome lead.OutcomeKind
	}{
		{"demo", day1, lead.OutcomeWon}, {"demo", day1.Add(time.Hour), lead.OutcomeWon}, {"demo", day1.Add(2 * time.Hour), lead.OutcomeLost},
		{"demo", day1.Add(3 * time.Hour), ""}, {"demo", day1.Add(24 * time.Hour), lead.OutcomeBadFit}, {"other-form", day1, lead.OutcomeWon},
	} {
		l := reportLead(c.form, c.at.Add(time.Duration(i)*time.Millisecond), lead.VerdictQualified, "google", "", "DE")
		if c.outcome != "" {
			l.Outcome = &lead.Outcome{Kind: c.outcome, At: c.at.AddDate(0, 0, 5), By: "sam"}
		}
		leads = append(leads, l)
	}
	if n, err := s.TallyOutcomes(ctx, leads); err != nil || n != 5 {
		t.Fatalf("tallied %d, %v; want 5", n, err)
	}
	for _, c := range []struct {
		form string
		day  time.Time
		kind lead.OutcomeKind
		want int64
	}{
		{"demo", day1, lead.OutcomeWon, 2}, {"demo", day1, lead.OutcomeLost, 1}, {"demo", day1, lead.OutcomeBadFit, 0},
		{"demo", day1.Add(24 * time.Hour), lead.OutcomeBadFit, 1}, {"other-form", day1, lead.OutcomeWon, 1},
	} {
		reports, err := s.DayReports(ctx, c.form, c.day, c.day)
		if err != nil || len(reports) != 1 {
			t.Fatalf("%s %s: %d reports, %v", c.form, c.day, len(reports), err)
		}
		if got := reports[0].OutcomeSegments[c.kind]["enterprise"]; got != c.want {
			t.Errorf("%s %s %s by segment: %d, want %d", c.form, c.day.Format(time.DateOnly), c.kind, got, c.want)
		}
		if got := reports[0].OutcomeSources[c.kind]["google"]; got != c.want {
			t.Errorf("%s %s %s by source: %d, want %d", c.form, c.day.Format(time.DateOnly), c.kind, got, c.want)
		}
	}
}

package lead

import (
	"testing"
	"time"
)

// TestFollowUpWork: what the follow-up of a newly stored lead does at once
// (FollowUpDue) and whether that is all the lead has due (FollowUpOnly),
// which decides whether the store leaves it off the due-work index.
func TestFollowUpWork(t *testing.T) {
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	later := now.Add(time.Hour)
	active := func(step int, next time.Time) *Enrollment {
		return &Enrollment{State: NurtureActive, Segment: DefaultSegment, SequenceID: "s", Step: step, NextAt: &next}
	}
	for _, tc := range []struct {
		name      string
		lead      func() *Lead
		due, only bool
	}{
		{"a new qualified lead: its hand-off", func() *Lead {
			l := &Lead{Verdict: VerdictQualified}
			l.Plan(now)
			return l
		}, true, true},
		{"a hand-off tried before is the dispatcher's", func() *Lead {
			l := &Lead{Verdict: VerdictQualified}
			l.Plan(now)
			l.Handoff.Attempts = 1
			return l
		}, false, false},
		{"a nurture lead enrolled with its first step due now", func() *Lead {
			return &Lead{Verdict: VerdictNurture, Nurture: active(0, now)}
		}, true, true},
		{"a first step a send window defers is the dispatcher's", func() *Lead {
			return &Lead{Verdict: VerdictNurture, Nurture: active(0, later)}
		}, false, false},
		{"a later step is the dispatcher's", func() *Lead {
			return &Lead{Verdict: VerdictNurture, Nurture: active(1, now)}
		}, false, false},
		{"a first step whose send was begun is the dispatcher's", func() *Lead {
			n := active(0, now)
			n.Intent = "i"
			return &Lead{Verdict: VerdictNurture, Nurture: n}
		}, false, false},
		{"an enrollment that could not pick a sequence is the dispatcher's", func() *Lead {
			l := &Lead{Verdict: VerdictNurture}
			l.Plan(now)
			return l
		}, false, false},
		{"a junk lead has nothing", func() *Lead { return &Lead{Verdict: VerdictJunk} }, false, false},
		{"a hand-off beside a live enrollment's later step is not all", func() *Lead {
			l := &Lead{Verdict: VerdictQualified, Nurture: active(1, later)}
			l.Handoff = NewHandoff(now)
			return l
		}, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := tc.lead()
			if got := l.FollowUpDue(now); got != tc.due {
				t.Errorf("FollowUpDue = %v, want %v", got, tc.due)
			}
			if got := l.FollowUpOnly(now); got != tc.only {
				t.Errorf("FollowUpOnly = %v, want %v", got, tc.only)
			}
		})
	}
}

package lead

import (
	"testing"
	"time"
)

func TestRescue(t *testing.T) {
	now := time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC)
	later, earlier := now.Add(time.Hour), now.Add(-time.Hour)
	tests := []struct {
		name    string
		lead    Lead
		want    Verdict
		refused bool
	}{
		{"junk whose fit qualified: sales", Lead{Verdict: VerdictJunk, ExpiresAt: &later, Fit: &Fit{Qualifies: true}}, VerdictQualified, false},
		{"junk whose fit did not: nurture", Lead{Verdict: VerdictJunk, ExpiresAt: &later, Fit: &Fit{}}, VerdictNurture, false},
		{"junk never scored for fit: nurture", Lead{Verdict: VerdictJunk}, VerdictNurture, false},
		{"junk past its retention", Lead{Verdict: VerdictJunk, ExpiresAt: &earlier}, VerdictJunk, true},
		{"a lead that is not junk", Lead{Verdict: VerdictReview}, VerdictReview, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.lead
			err := l.Rescue("rita", "", now)
			if (err != nil) != tt.refused || l.Verdict != tt.want {
				t.Fatalf("err %v, verdict %s; want refused %v, %s", err, l.Verdict, tt.refused, tt.want)
			}
			if tt.refused {
				if KindOf(err) != ECONFLICT || len(l.History) != 0 {
					t.Errorf("a refused rescue: kind %s, history %v", KindOf(err), l.History)
				}
				return
			}
			if l.ExpiresAt != nil || l.DueAt() == nil || l.History[0].Note != "not junk" || l.History[0].By != "rita" {
				t.Errorf("expires %v, due %v, history %+v", l.ExpiresAt, l.DueAt(), l.History)
			}
		})
	}
}

func TestMarkOutcome(t *testing.T) {
	now := time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC)
	for _, k := range OutcomeKinds {
		var l Lead
		if err := l.MarkOutcome(k, " sam ", " signed ", now); err != nil || *l.Outcome != (Outcome{Kind: k, At: now, By: "sam", Note: "signed"}) || !l.UpdatedAt.Equal(now) {
			t.Errorf("%s: %v %+v", k, err, l.Outcome)
		}
	}
	var l Lead
	if err := l.MarkOutcome("maybe", "sam", "", now); KindOf(err) != EINVALID || l.Outcome != nil {
		t.Errorf("an unknown outcome: %v %+v", err, l.Outcome)
	}
	for k, want := range map[OutcomeKind]string{OutcomeWon: "won", OutcomeLost: "lost", OutcomeBadFit: "bad", OutcomeNotALead: "bad", OutcomeSpam: "bad"} {
		if got := k.Backtest(); got != want {
			t.Errorf("%s counts as %s in a back-test, want %s", k, got, want)
		}
	}
}

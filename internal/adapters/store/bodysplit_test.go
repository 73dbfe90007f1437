package store_test

import (
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestBodyKeptApartWhateverTheVerdict: whether a lead's body is kept in an
// item of its own (one write more before intake answers) follows from what
// was submitted, not from the verdict: the same submission judged junk,
// review, nurture or qualified, each with its own follow-up (TTL, review
// shard, enrollment, pending hand-off) and reasons, is split alike, for
// messages of every length across the one-KB line.
func TestBodyKeptApartWhateverTheVerdict(t *testing.T) {
	exp := t0.Add(30 * 24 * time.Hour)
	fit := &lead.Fit{Score: 85, Grade: "A", Segment: "enterprise", Qualifies: true}
	judged := map[lead.Verdict]func(l *lead.Lead){
		lead.VerdictJunk: func(l *lead.Lead) {
			l.ExpiresAt = &exp
			l.Screening = lead.Screening{Verdict: lead.ScreenJunk, Score: 100}
			l.Reasons = []lead.Reason{{Code: "disposable_email", Points: 100, Detail: `email domain "mailinator.com" is a disposable mail service`, Stage: lead.StageScreen}}
		},
		lead.VerdictReview: func(l *lead.Lead) {
			l.ExpiresAt = &exp
			l.Screening = lead.Screening{Verdict: lead.ScreenReview, Score: 40}
			l.Reasons = []lead.Reason{{Code: "spam_content", Points: 40, Detail: `spam phrases "online casino"`, Stage: lead.StageScreen}}
		},
		lead.VerdictNurture: func(l *lead.Lead) {
			l.Fit = &lead.Fit{Score: 35, Grade: "C", Segment: "long-term"}
			l.Reasons = []lead.Reason{{Code: "timeline_next_year", Points: -5, Detail: "Timeline option 'Next year' reads as next year or later: -5", Stage: lead.StageFit}}
		},
		lead.VerdictQualified: func(l *lead.Lead) {
			l.Fit = fit
			l.Reasons = []lead.Reason{{Code: "authority_c_level", Points: 25, Detail: "Job title 'CEO' reads as C-level, founder or owner: +25", Stage: lead.StageFit}}
		},
	}
	splits := map[bool]int{}
	ids := strings.Fields(longMessage()) // words that compress badly
	for n := range len(ids) {
		msg := strings.Join(ids[:n], " ")
		apart := map[lead.Verdict]bool{}
		for v, judge := range judged {
			l := mkLead(lead.NewID(t0), "contact-sales", "katrin.becker@westfield-analytics.com", t0)
			l.Fields.Message = msg
			l.Verdict = v
			judge(l)
			l.Plan(t0)
			if l.Nurture != nil {
				l.Nurture.SequenceID = "long-term-dach"
			}
			_, body, err := store.ItemsOf(l)
			if err != nil {
				t.Fatal(err)
			}
			apart[v] = body != nil
		}
		splits[apart[lead.VerdictJunk]]++
		for v, a := range apart {
			if a != apart[lead.VerdictJunk] {
				t.Errorf("message of %d bytes: body kept apart %v for %s, %v for junk", len(msg), a, v, apart[lead.VerdictJunk])
			}
		}
	}
	if splits[true] == 0 || splits[false] == 0 {
		t.Fatalf("the messages never crossed the line: %v", splits)
	}
}

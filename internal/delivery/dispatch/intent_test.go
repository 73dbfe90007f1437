package dispatch_test

import (
	"context"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestNurtureUnknownOutcomeCountsAsSent: SES took the step but its answer
// was lost. At most one delivery per step: the step counts as sent and a
// later pass does not send it again.
func TestNurtureUnknownOutcomeCountsAsSent(t *testing.T) {
	ctx := context.Background()
	f := newThrottleFixture(t, 3, 0, &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded})
	f.ses.setBudget(0) // every send: no answer
	if _, err := f.d.Pass(ctx, wednesdayNoon); err != nil {
		t.Fatal(err)
	}
	f.ses.setBudget(-1)
	if _, err := f.d.Pass(ctx, wednesdayNoon.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if calls, _ := f.ses.counts(); calls != 3 {
		t.Fatalf("%d sends for 3 due steps, want 3 (none repeated)", calls)
	}
	for _, id := range f.nurture {
		l, err := f.st.GetLead(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if n := l.Nurture; n.Step != 1 || n.Intent != "" || n.Attempts != 0 || !strings.Contains(n.LastError, "outcome unknown") || !n.NextAt.After(wednesdayNoon.Add(time.Hour)) {
			t.Fatalf("enrollment after a lost answer: %+v", n)
		}
	}
}

// TestNurtureStaleIntentCountsAsSent: a dispatcher stored its intent to
// send a step and died; the next pass counts the step as sent and sends
// nothing for it.
func TestNurtureStaleIntentCountsAsSent(t *testing.T) {
	ctx := context.Background()
	f := newThrottleFixture(t, 0, 0, nil)
	enrolled := wednesdayNoon.Add(-24 * time.Hour)
	stale := wednesdayNoon.Add(-time.Minute)
	l := &lead.Lead{ID: lead.NewID(enrolled), FormID: "contact-sales", Email: "stale@example.org",
		Fields:  lead.Fields{Email: "stale@example.org", FirstName: "Ana", Company: "Example", Country: "GB"},
		Verdict: lead.VerdictNurture, ReceivedAt: enrolled, UpdatedAt: enrolled, SchemaVersion: lead.SchemaVersion,
		Nurture: &lead.Enrollment{State: lead.NurtureActive, Segment: "general", SequenceID: "general", EnrolledAt: &enrolled,
			Intent: "step0-dead", NextAt: &stale}}
	if created, err := f.st.CreateLead(ctx, l); err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	if _, err := f.d.Pass(ctx, wednesdayNoon); err != nil {
		t.Fatal(err)
	}
	if calls, _ := f.ses.counts(); calls != 0 {
		t.Fatalf("%d sends for a step whose outcome is unknown, want 0", calls)
	}
	got, err := f.st.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n := got.Nurture; n.Step != 1 || n.Intent != "" || !strings.Contains(n.LastError, "step0-dead") || n.NextAt == nil || !n.NextAt.After(wednesdayNoon) {
		t.Fatalf("enrollment after recovery: %+v", n)
	}
}

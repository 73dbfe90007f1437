package app_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
	"github.com/leadsieve/leadsieve/internal/app/dispatcherfn"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestDispatcherRollsUpReports: the dispatcher function adds the leads
// stored since its last run to the report aggregates once they have
// settled, and only once.
func TestDispatcherRollsUpReports(t *testing.T) {
	// The functions' clock, moved on past the settle time below.
	var ahead atomic.Int64
	prev := lambdaenv.Clock
	lambdaenv.Clock = func() time.Time { return time.Now().UTC().Add(time.Duration(ahead.Load())) }
	t.Cleanup(func() { lambdaenv.Clock = prev })
	f := newFlow(t)
	addr := fmt.Sprintf("k.becker+%d@brandt-maschinenbau.de", time.Now().UnixNano())
	l := f.submit(t, "partner-import", qualifiedFields(addr))
	today := func() int64 {
		t.Helper()
		days, err := f.store.DayReports(context.Background(), "partner-import", l.ReceivedAt, l.ReceivedAt)
		if err != nil {
			t.Fatal(err)
		}
		if len(days) == 0 {
			return 0
		}
		return days[0].Leads[lead.VerdictQualified]["direct"]
	}
	f.pass(t, time.Now())
	if got := today(); got != 0 {
		t.Fatalf("a lead younger than the settle time was counted: %d", got)
	}
	ahead.Store(int64(dispatcherfn.ReportSettle + time.Minute))
	f.pass(t, time.Now())
	f.pass(t, time.Now())
	if got := today(); got != 1 {
		t.Errorf("qualified leads counted after two passes: %d, want 1", got)
	}
}

// TestLostHandoffInvocationIsSentAfterTheRollUp: a qualified lead is stored
// off the due-work index, since intake invokes the hand-off function at
// once. When that invocation is lost (accepted, never run) the report
// roll-up, once the lead has settled, puts it on the index, and the
// dispatcher sends exactly one sales e-mail.
func TestLostHandoffInvocationIsSentAfterTheRollUp(t *testing.T) {
	var ahead atomic.Int64
	prev := lambdaenv.Clock
	lambdaenv.Clock = func() time.Time { return time.Now().UTC().Add(time.Duration(ahead.Load())) }
	t.Cleanup(func() { lambdaenv.Clock = prev })
	f := newFlow(t)
	f.lambda.lose.Store(true)
	addr := fmt.Sprintf("k.becker+lost%d@brandt-maschinenbau.de", time.Now().UnixNano())
	l := f.submit(t, "partner-import", qualifiedFields(addr))
	if l.Verdict != lead.VerdictQualified || l.Handoff == nil || l.Handoff.State != lead.HandoffPending {
		t.Fatalf("fixture: %s %+v", l.Verdict, l.Handoff)
	}
	if len(f.lambda.invocations()) == 0 {
		t.Fatal("intake invoked no hand-off function")
	}
	// Due after the grace minute, but on no index yet: the pass that
	// runs the roll-up finds nothing to send.
	f.pass(t, time.Now().Add(2*time.Minute))
	if n := len(f.mailFor(t, addr)); n != 0 {
		t.Fatalf("%d sales e-mails before the roll-up", n)
	}
	ahead.Store(int64(dispatcherfn.ReportSettle + time.Minute))
	f.pass(t, time.Now().Add(passAhead))
	f.pass(t, time.Now().Add(passAhead))
	f.pass(t, time.Now().Add(passAhead+time.Hour))
	if n := len(f.mailFor(t, addr)); n != 1 {
		t.Fatalf("%d sales e-mails after the roll-up, want exactly 1", n)
	}
	got, err := f.store.GetLead(context.Background(), l.ID)
	if err != nil || got.Handoff.State != lead.HandoffSent || got.Handoff.Attempts != 1 {
		t.Fatalf("hand-off after the roll-up: %+v %v", got.Handoff, err)
	}
}

// passAhead is how far past the wall clock the passes after the
// settle time run (the functions' clock is moved on as far).
const passAhead = dispatcherfn.ReportSettle + time.Minute

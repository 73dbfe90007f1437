package app_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/dispatcherfn"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestDispatcherRollsUpReports: the dispatcher function adds the leads
// stored since its last run to the report aggregates once they have
// settled, and only once.
func TestDispatcherRollsUpReports(t *testing.T) {
	// The functions' clock, moved on past the settle time below.
	var ahead atomic.Int64
	prev := boot.Clock
	boot.Clock = func() time.Time { return time.Now().UTC().Add(time.Duration(ahead.Load())) }
	t.Cleanup(func() { boot.Clock = prev })
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

package store_test

import (
	"context"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
)

var (
	_ assign.Counters      = (*store.Routing)(nil)
	_ assign.CounterReader = (*store.Routing)(nil)
)

func TestRoutingTurns(t *testing.T) {
	r := newStore(t).Routing()
	ctx := context.Background()
	for i, step := range []struct {
		team string
		n    int64
		want int64
	}{{"emea", 1, 1}, {"emea", 1, 2}, {"apac", 1, 1}, {"emea", 3, 5}} {
		got, err := r.TakeTurns(ctx, step.team, step.n)
		if err != nil || got != step.want {
			t.Fatalf("step %d: TakeTurns(%s, %d) = %d, %v; want %d", i+1, step.team, step.n, got, err, step.want)
		}
	}
	// Concurrent hand-offs each get a turn of their own.
	var wg sync.WaitGroup
	seen := make([]int64, 20)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i], _ = r.TakeTurns(ctx, "inbound", 1)
		}()
	}
	wg.Wait()
	distinct := map[int64]bool{}
	for _, v := range seen {
		distinct[v] = true
	}
	if len(distinct) != 20 || !distinct[1] || !distinct[20] {
		t.Errorf("20 concurrent turns got %v", seen)
	}
}

func TestRoutingDailyCount(t *testing.T) {
	r := newStore(t).Routing()
	ctx := context.Background()
	for i, want := range []bool{true, true, false, false} {
		ok, err := r.CountLead(ctx, "lena@northwind.example", "2026-12-07", 2)
		if err != nil || ok != want {
			t.Fatalf("lead %d: %v, %v; want %v", i+1, ok, err, want)
		}
	}
	// Another day and another member count on their own; a higher cap
	// (the file was changed) lets more through the same day.
	for _, c := range []struct {
		email, day string
		limit      int
	}{{"lena@northwind.example", "2026-12-08", 2}, {"tomas@northwind.example", "2026-12-07", 1}, {"lena@northwind.example", "2026-12-07", 3}} {
		if ok, err := r.CountLead(ctx, c.email, c.day, c.limit); err != nil || !ok {
			t.Errorf("%+v: %v, %v; want counted", c, ok, err)
		}
	}
	// Concurrent hand-offs never both take the last lead under a cap.
	var counted atomic.Int32
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, err := r.CountLead(ctx, "priya@northwind.example", "2026-12-07", 5); err == nil && ok {
				counted.Add(1)
			}
		}()
	}
	wg.Wait()
	if counted.Load() != 5 {
		t.Errorf("%d of 12 concurrent leads counted under a cap of 5", counted.Load())
	}

	turns, counts, err := r.Read(ctx, []string{"emea", "never"}, []string{"lena@northwind.example", "priya@northwind.example", "sam@northwind.example"}, "2026-12-07")
	if err != nil {
		t.Fatal(err)
	}
	if len(turns) != 0 || !reflect.DeepEqual(counts, map[string]int64{"lena@northwind.example": 3, "priya@northwind.example": 5}) {
		t.Errorf("read turns %v, counts %v", turns, counts)
	}
}

// TestDryRunFromTheTable: a dry run started from the table's counters
// decides what live routing through the table then does, and writes
// nothing.
func TestDryRunFromTheTable(t *testing.T) {
	rules, err := assign.Parse("routing.yaml", []byte(`time_zone: Europe/Berlin
teams:
  sales:
    overflow: {name: Sales inbox, email: sales@northwind.example}
    members:
      - {name: Lena, email: lena@northwind.example, weight: 2, daily_cap: 3}
      - {name: Tomas, email: tomas@northwind.example, daily_cap: 2}
      - {name: Sam, email: sam@northwind.example, away: {until: 2026-12-31}}
default_team: sales
`))
	if err != nil {
		t.Fatal(err)
	}
	r := newStore(t).Routing()
	ctx := context.Background()
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	for range 2 {
		if _, err := rules.Route(ctx, r, assign.RouteLead{}, now); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := assign.ReadSnapshot(ctx, rules, r, now)
	if err != nil {
		t.Fatal(err)
	}
	leads := make([]assign.RouteLead, 5)
	dry := assign.Simulate(rules, now, leads, snap)
	if again, err := assign.ReadSnapshot(ctx, rules, r, now); err != nil || !reflect.DeepEqual(again, snap) {
		t.Fatalf("the dry run wrote: %+v, then %+v (%v)", snap, again, err)
	}
	for i, l := range leads {
		live, err := rules.Route(ctx, r, l, now)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(live, dry[i]) {
			t.Errorf("lead %d: dry run %s (%s), live %s (%s)", i+1, dry[i].Member.Name, dry[i].Reason(), live.Member.Name, live.Reason())
		}
	}
	if dry[4].Overflow == "" {
		t.Errorf("the fifth lead after two should overflow (caps 3 and 2): %+v", dry[4])
	}
}

package costreport_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/leadsieve/leadsieve/internal/devtools/costreport"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
)

var update = flag.Bool("update", false, "rewrite docs/cost.md from the measured report")

func TestMain(m *testing.M) { devstacktest.Main(m) }

var (
	once   sync.Once
	report *costreport.Report
	runErr error
)

// measured runs the scenarios once per test binary (Run sets process-wide
// hooks).
func measured(t *testing.T) *costreport.Report {
	t.Helper()
	st := devstacktest.Stack(t)
	once.Do(func() { report, runErr = costreport.Run(context.Background(), costreport.Options{Stack: st}) })
	if runErr != nil {
		t.Fatal(runErr)
	}
	return report
}

// TestCostPage checks that docs/cost.md is the command's output: nobody
// edits the page by hand. -update rewrites it.
func TestCostPage(t *testing.T) {
	rep := measured(t)
	var b bytes.Buffer
	if err := rep.Markdown(&b, costreport.OnDemand); err != nil {
		t.Fatal(err)
	}
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "docs", "cost.md")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, b.Bytes()) {
		t.Errorf("docs/cost.md differs from the measured report; run `go run ./cmd/costreport -write docs/cost.md` (or this test with -update) and review the diff.\nmeasured:\n%s", b.String())
	}
}

// TestCapacityBudgets holds the write units per scenario to what the table
// design achieves, so that a change that writes more fails here. Issue
// 13's targets are noted where they differ: the IP and message counters
// and the idempotency claim take 3 units before a lead is written, and a
// lead needs its item and an entry in each index it belongs to
// (docs/cost.md; docs/operations.md says what each unit buys and what
// going lower would take).
func TestCapacityBudgets(t *testing.T) {
	rep := measured(t)
	for _, tc := range []struct {
		scenario string
		wcu      float64
		target   float64 // issue 13's target; 0 when none
	}{
		{costreport.NewNurture, 7, 4},
		// The team's turn counter (issue 15: real turns for weighted
		// round robin) is one write unit of the nine; the lead goes on
		// dueWork only when its hand-off might be lost.
		{costreport.NewQualified, 9, 6},
		{costreport.Repeat, 1, 1},
		{costreport.Returning, 9, 0},
		{costreport.OneEmail, 4, 0},
		{costreport.Life, 11, 15},
		{costreport.IdlePass, 0, 0},
		{costreport.RollUp, 1, 0},
	} {
		r, ok := rep.Get(tc.scenario)
		if !ok {
			t.Errorf("no scenario %q", tc.scenario)
			continue
		}
		if r.Usage.WCU > tc.wcu {
			t.Errorf("%s: %g WCU, budget %g", tc.scenario, r.Usage.WCU, tc.wcu)
		}
		if tc.target > 0 && r.Usage.WCU <= tc.target {
			t.Logf("%s: %g WCU meets the issue's target %g", tc.scenario, r.Usage.WCU, tc.target)
		}
	}
	// Cost before e-mail, per million leads at on-demand prices (the
	// issue's target, $5, needs fewer writes than the claim, the counters
	// and a lead's index entries take: see docs/operations.md).
	for _, tc := range []struct {
		scenario string
		dollars  float64
	}{{costreport.NewNurture, 6.05}, {costreport.NewQualified, 7.4}} {
		r, _ := rep.Get(tc.scenario)
		if c := r.Cost(costreport.OnDemand); c > tc.dollars {
			t.Errorf("%s: $%.2f per million, budget $%g", tc.scenario, c, tc.dollars)
		}
	}
}

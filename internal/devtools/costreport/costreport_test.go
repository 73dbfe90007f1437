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

package intakefn

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/judge"
)

// TestPendingJudge: a request waits for the judge being built, gets the
// build's error when it failed, and stops waiting when its context ends.
func TestPendingJudge(t *testing.T) {
	t.Run("built", func(t *testing.T) {
		release := make(chan struct{})
		want := &judge.Judge{}
		p := buildJudge(func() (*judge.Judge, error) { <-release; return want, nil })
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		if err := p.wait(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("wait before the judge is built = %v, want the context's deadline", err)
		}
		close(release)
		if err := p.wait(context.Background()); err != nil {
			t.Fatalf("wait = %v", err)
		}
		if p.j != want {
			t.Error("the built judge is not the one used")
		}
	})
	t.Run("failed", func(t *testing.T) {
		bad := errors.New("rules: line 3: unknown field")
		p := buildJudge(func() (*judge.Judge, error) { return nil, bad })
		for range 2 {
			if err := p.wait(context.Background()); !errors.Is(err, bad) {
				t.Fatalf("wait = %v, want the build's error", err)
			}
		}
	})
}

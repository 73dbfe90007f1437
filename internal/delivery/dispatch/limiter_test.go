package dispatch

import (
	"context"
	"testing"
	"time"
)

func TestLimiterPacesToRate(t *testing.T) {
	clock := time.Date(2026, 10, 7, 12, 0, 0, 0, time.UTC)
	var slept time.Duration
	l := newLimiter(14, 14)
	l.now = func() time.Time { return clock }
	l.sleep = func(_ context.Context, d time.Duration) { slept += d; clock = clock.Add(d) }
	for range 14 { // the burst is free
		l.wait(context.Background())
	}
	if slept != 0 {
		t.Fatalf("burst slept %s", slept)
	}
	for range 28 {
		l.wait(context.Background())
	}
	if want := 2 * time.Second; slept < want-10*time.Millisecond || slept > want+10*time.Millisecond {
		t.Fatalf("28 sends after the burst slept %s, want about %s at 14/s", slept, want)
	}
}

package handoff

import (
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	for _, tc := range []struct {
		attempts int
		want     time.Duration
	}{{1, time.Minute}, {2, 2 * time.Minute}, {3, 4 * time.Minute}, {7, time.Hour}, {30, time.Hour}} {
		if got := Backoff(time.Minute, tc.attempts); got != tc.want {
			t.Errorf("Backoff(1m, %d) = %s, want %s", tc.attempts, got, tc.want)
		}
	}
	if got := Backoff(0, 1); got != DefaultBaseBackoff {
		t.Errorf("zero base = %s", got)
	}
}

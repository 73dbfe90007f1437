package screen

import (
	"context"
	"strconv"
	"testing"
	"time"
)

// BenchmarkMemoryCounterFresh measures the in-memory counter when every
// operation opens a new window, as for a sender's first submission.
func BenchmarkMemoryCounterFresh(b *testing.B) {
	m := NewMemoryCounter()
	ctx := context.Background()
	now := time.Date(2026, 10, 3, 14, 22, 5, 0, time.UTC)
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = "ip:" + strconv.Itoa(1000000000000000000+i*7919)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		now = now.Add(25 * time.Hour)
		k := keys[i%len(keys)]
		i++
		if _, err := m.Incr(ctx, k, time.Hour, now); err != nil {
			b.Fatal(err)
		}
		if _, err := m.Incr(ctx, k+"e", 24*time.Hour, now); err != nil {
			b.Fatal(err)
		}
		if _, err := m.AddDistinct(ctx, k+"m", k, 24*time.Hour, now); err != nil {
			b.Fatal(err)
		}
	}
}

package store_test

import (
	"context"
	"slices"
	"sync"
	"testing"
)

func TestRotatorAtomicAcrossGoroutines(t *testing.T) {
	r := newStore(t).Rotator()
	ctx := context.Background()
	const goroutines, each = 8, 5
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got = map[string][]int64{}
	)
	for g := range goroutines {
		team := []string{"dach", "uk"}[g%2]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				n, err := r.Next(ctx, team, 3)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				got[team] = append(got[team], n)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for _, team := range []string{"dach", "uk"} {
		vals := slices.Sorted(slices.Values(got[team]))
		want := make([]int64, goroutines/2*each)
		for i := range want {
			want[i] = int64(i + 1)
		}
		if !slices.Equal(vals, want) {
			t.Errorf("team %s got %v, want each of 1..%d exactly once", team, vals, len(want))
		}
	}
	// A fresh team or shard starts at 1; counters persist (a new Rotator
	// continues).
	for _, tc := range []struct {
		team  string
		shard int
		want  int64
	}{{"nordics", 3, 1}, {"nordics", 3, 2}, {"dach", 3, goroutines/2*each + 1}, {"dach", 0, 1}} {
		if n, err := r.Next(ctx, tc.team, tc.shard); err != nil || n != tc.want {
			t.Errorf("Next(%s, %d) = %d, %v; want %d", tc.team, tc.shard, n, err, tc.want)
		}
	}
}

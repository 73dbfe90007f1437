package screen

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

// recentConsistent reports whether every list t.recent holds is byExp's
// list of its second, and every live slot is listed under its expiry's
// second.
func (t *windowTable[V]) recentConsistent() bool {
	for slot, r := range t.recent {
		if r.list != nil && (t.byExp[r.sec] != r.list || recentSlot(r.sec) != slot) {
			return false
		}
	}
	for i, s := range t.slots {
		if s.key == "" {
			continue
		}
		listed := false
		if l := t.byExp[s.expires.sec]; l != nil {
			for _, j := range *l {
				listed = listed || j == int32(i)
			}
		}
		if !listed {
			return false
		}
	}
	return true
}

// TestMemoryCounterOutOfOrder runs a MemoryCounter and the reference
// through operations whose times jump back and forth between months, as
// in exports that are not time-ordered, with many distinct expiries (so
// that recent's entries are replaced and its lists emptied by sweeps):
// every answer and the state after every sweep must agree, and the
// cached lists must stay byExp's.
func TestMemoryCounterOutOfOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	c := NewMemoryCounter()
	ref := newRefCounter()
	ctx := context.Background()
	base := time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)
	times := make([]time.Time, 150)
	for i := range times {
		times[i] = base.Add(time.Duration(rng.IntN(120*24)) * time.Hour).Add(time.Duration(rng.IntN(3600)) * time.Second)
	}
	windows := []time.Duration{time.Hour, 24 * time.Hour, 90 * time.Minute}
	for i := range 30000 {
		now := times[rng.IntN(len(times))]
		if rng.IntN(50) == 0 {
			// Now and then the clock runs far ahead: everything expires.
			now = now.AddDate(0, 6, 0)
		}
		key := "k" + strconv.Itoa(rng.IntN(2000))
		w := windows[rng.IntN(len(windows))]
		if rng.IntN(3) == 0 {
			member := "m" + strconv.Itoa(rng.IntN(3))
			want, _ := ref.AddDistinct(ctx, key, member, w, now)
			if n, _ := c.AddDistinct(ctx, key, member, w, now); n != want {
				t.Fatalf("step %d: AddDistinct = %d, want %d", i, n, want)
			}
		} else {
			want, _ := ref.Incr(ctx, key, w, now)
			if n, _ := c.Incr(ctx, key, w, now); n != want {
				t.Fatalf("step %d: Incr = %d, want %d", i, n, want)
			}
		}
		if ref.ops%sweepEvery == 0 {
			if !c.sameState(ref) {
				t.Fatalf("step %d: state differs from the reference's after a sweep", i)
			}
			if !c.counts.recentConsistent() || !c.sets.recentConsistent() {
				t.Fatalf("step %d: recent lists are not byExp's", i)
			}
		}
	}
}

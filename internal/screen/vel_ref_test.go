package screen

import (
	"context"
	"encoding/binary"
	"maps"
	"time"
)

// windowed is a counter key in one window, named by the window's start:
// how the reference counter keys its maps.
type windowed struct {
	key   string
	start int64 // Unix nanoseconds
}

// windowKey is the windowed key of key at now, and when its entry expires.
func windowKey(key string, window time.Duration, now time.Time) (windowed, time.Time) {
	start := WindowStart(now, window)
	return windowed{key: key, start: start.UnixNano()}, start.Add(window)
}

// refCount is a reference counter's count and expiry.
type refCount struct {
	n       int64
	expires time.Time
}

// refCounter is the reference Counter: plain maps keyed by key and window
// start, with expired entries deleted one by one every sweepEvery
// operations, as MemoryCounter must behave. It is in-process but not a
// *MemoryCounter, so screening with it takes the general in-process path
// (plainCounterKey and localKey keys).
type refCounter struct {
	counts map[windowed]refCount
	sets   map[windowed]map[string]bool
	setExp map[windowed]time.Time
	uses   map[string]time.Time
	ops    int
}

func newRefCounter() *refCounter {
	return &refCounter{counts: map[windowed]refCount{}, sets: map[windowed]map[string]bool{},
		setExp: map[windowed]time.Time{}, uses: map[string]time.Time{}}
}

func (r *refCounter) maybeSweep(now time.Time) {
	r.ops++
	if r.ops%sweepEvery != 0 {
		return
	}
	for k, c := range r.counts {
		if !now.Before(c.expires) {
			delete(r.counts, k)
		}
	}
	for k, exp := range r.setExp {
		if !now.Before(exp) {
			delete(r.setExp, k)
			delete(r.sets, k)
		}
	}
	for k, exp := range r.uses {
		if !now.Before(exp) {
			delete(r.uses, k)
		}
	}
}

func (r *refCounter) Incr(_ context.Context, key string, window time.Duration, now time.Time) (int64, error) {
	r.maybeSweep(now)
	k, exp := windowKey(key, window, now)
	c := r.counts[k]
	c.n++
	c.expires = exp
	r.counts[k] = c
	return c.n, nil
}

func (r *refCounter) AddDistinct(_ context.Context, key, member string, window time.Duration, now time.Time) (int64, error) {
	r.maybeSweep(now)
	k, exp := windowKey(key, window, now)
	if r.sets[k] == nil {
		r.sets[k] = map[string]bool{}
		r.setExp[k] = exp
	}
	r.sets[k][member] = true
	return int64(len(r.sets[k])), nil
}

func (r *refCounter) FirstUse(_ context.Context, key string, ttl time.Duration, now time.Time) (bool, error) {
	r.maybeSweep(now)
	if exp, ok := r.uses[key]; ok && now.Before(exp) {
		return false, nil
	}
	r.uses[key] = now.Add(ttl)
	return true, nil
}

func (r *refCounter) InProcess() bool { return true }

// unwindow splits a MemoryCounter windowed key into key and start.
func unwindow(k string) windowed {
	n := len(k) - windowStartLen
	return windowed{key: k[:n], start: int64(binary.LittleEndian.Uint64([]byte(k[n:])))}
}

// sameState reports whether m holds exactly r's live entries: the same
// counts with the same expiries, the same sets with the same members and
// expiries, and the same uses.
func (m *MemoryCounter) sameState(r *refCounter) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.counts.index) != len(r.counts) || len(m.sets.index) != len(r.sets) || !maps.Equal(m.uses, r.uses) {
		return false
	}
	for k, i := range m.counts.index {
		s := m.counts.slots[i]
		if s.key != k || r.counts[unwindow(k)].n != s.v || instantOf(r.counts[unwindow(k)].expires) != s.expires {
			return false
		}
	}
	for k, i := range m.sets.index {
		s := m.sets.slots[i]
		w := unwindow(k)
		want, ok := r.sets[w]
		if s.key != k || !ok || s.expires != instantOf(r.setExp[w]) {
			return false
		}
		got := map[string]bool{s.v.first: true}
		for mem := range s.v.members {
			got[mem] = true
		}
		if !maps.Equal(got, want) {
			return false
		}
	}
	return true
}

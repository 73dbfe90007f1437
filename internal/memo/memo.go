// Package memo remembers the results of pure functions of short strings in
// a bounded, lock-free table, so that values which repeat across
// submissions (user agents, email domains, the options of a form's select
// fields, job titles) are worked out once rather than on every line.
//
// A Table is direct-mapped: each key has one slot, and a new key that
// lands on an occupied slot replaces the old entry. Memory is therefore
// bounded by the number of slots times the longest key kept, whatever the
// input; a miss only costs the computation it would have cost anyway.
package memo

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// Table maps strings to values of type V. The zero Table is not usable;
// make one with New. A Table is safe for concurrent use.
type Table[V any] struct {
	seed   maphash.Seed
	slots  []atomic.Pointer[entry[V]]
	mask   uint64
	maxKey int
}

type entry[V any] struct {
	key string
	val V
}

// New returns a table with at least slots slots (rounded up to a power of
// two) that keeps keys of at most maxKey bytes; longer keys are never
// stored, so one huge value cannot pin memory.
func New[V any](slots, maxKey int) *Table[V] {
	n := 1
	for n < slots {
		n <<= 1
	}
	return &Table[V]{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[entry[V]], n), mask: uint64(n - 1), maxKey: maxKey}
}

// Get returns the value stored for key, if any.
func (t *Table[V]) Get(key string) (V, bool) {
	if len(key) <= t.maxKey {
		if e := t.slots[maphash.String(t.seed, key)&t.mask].Load(); e != nil && e.key == key {
			return e.val, true
		}
	}
	var zero V
	return zero, false
}

// Put stores v for key, replacing whatever held its slot. The key is
// copied: callers may pass strings that alias reused buffers.
func (t *Table[V]) Put(key string, v V) {
	if len(key) > t.maxKey {
		return
	}
	t.slots[maphash.String(t.seed, key)&t.mask].Store(&entry[V]{key: strings.Clone(key), val: v})
}

// Len returns the number of occupied slots, for tests and monitoring.
func (t *Table[V]) Len() int {
	n := 0
	for i := range t.slots {
		if t.slots[i].Load() != nil {
			n++
		}
	}
	return n
}

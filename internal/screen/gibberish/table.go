package gibberish

import "math/bits"

// entry is one slot of a table. Key 0 marks an empty slot; no n-gram key is
// 0 because the boundary rune is 1 and letters are above it.
type entry struct {
	key uint64
	p   pair
}

// table is an open-addressing hash table from n-gram keys to pairs, built
// once and read concurrently. It is several times faster than a Go map for
// this read-only, uint64-keyed use.
type table struct {
	slots []entry
	shift uint
}

// newTable builds a table holding the given entries at a load of at most 50%.
func newTable(entries map[uint64]pair) table {
	t := newTableSized(len(entries))
	for k, p := range entries {
		t.put(k, p)
	}
	return t
}

// newTableSized returns an empty table for n entries at a load of at most
// 50%.
func newTableSized(n int) table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return table{slots: make([]entry, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

func (t *table) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

func (t *table) put(k uint64, p pair) {
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		if t.slots[i].key == 0 || t.slots[i].key == k {
			t.slots[i] = entry{k, p}
			return
		}
	}
}

func (t *table) get(k uint64) (pair, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		e := &t.slots[i]
		if e.key == k {
			return e.p, true
		}
		if e.key == 0 {
			return pair{}, false
		}
	}
}

// each calls f for every stored entry.
func (t *table) each(f func(uint64, pair)) {
	for _, e := range t.slots {
		if e.key != 0 {
			f(e.key, e.p)
		}
	}
}

func (t *table) len() int {
	n := 0
	for _, e := range t.slots {
		if e.key != 0 {
			n++
		}
	}
	return n
}

package gibberish

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
)

// table maps n-gram keys to pairs. It is an open-addressing hash table
// laid out in bytes exactly as the model file stores it, so the embedded
// model is read in place: a cold start decodes nothing and allocates
// nothing for it (decoding 64,000 entries into Go maps took longer than
// the rest of the function's initialisation, and 4 MB of heap).
//
// Each slot is 16 bytes, little-endian: the key (emptySlot when free) and
// the pair's two float32. A key's home slot is its hash scaled to the
// number of slots; a key not at home is in one of the slots after it
// (wrapping), before the next free slot.
type table struct {
	slots []byte
	n     uint64 // slots
}

const slotSize = 16

// emptySlot marks a free slot; no key has its top bit set (keys are at
// most three 21-bit runes).
const emptySlot = ^uint64(0)

// tableLoad is the most slots a table fills, in percent: enough free
// slots that a key the table lacks (most back-off lookups) is found
// missing after a few probes.
const tableLoad = 60

// home returns the slot where a search for key starts.
func (t table) home(key uint64) uint64 {
	hi, _ := bits.Mul64(key*0x9e3779b97f4a7c15, t.n)
	return hi
}

// get returns key's pair.
func (t table) get(key uint64) (pair, bool) {
	le := binary.LittleEndian
	for i, probes := t.home(key), uint64(0); probes < t.n; probes++ {
		s := t.slots[i*slotSize : i*slotSize+slotSize]
		switch le.Uint64(s) {
		case key:
			return pair{math.Float32frombits(le.Uint32(s[8:])), math.Float32frombits(le.Uint32(s[12:]))}, true
		case emptySlot:
			return pair{}, false
		}
		if i++; i == t.n {
			i = 0
		}
	}
	return pair{}, false
}

// len returns the number of keys.
func (t table) len() int {
	n := 0
	for i := range t.n {
		if binary.LittleEndian.Uint64(t.slots[i*slotSize:]) != emptySlot {
			n++
		}
	}
	return n
}

// newTable lays m out. Keys are inserted in ascending order, so a map
// always gives the same bytes.
func newTable(m map[uint64]pair) table {
	n := uint64(len(m))*100/tableLoad + 1
	t := table{slots: make([]byte, n*slotSize), n: n}
	le := binary.LittleEndian
	for i := range n {
		le.PutUint64(t.slots[i*slotSize:], emptySlot)
	}
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		i := t.home(k)
		for le.Uint64(t.slots[i*slotSize:]) != emptySlot {
			if i++; i == n {
				i = 0
			}
		}
		s := t.slots[i*slotSize:]
		p := m[k]
		le.PutUint64(s, k)
		le.PutUint32(s[8:], math.Float32bits(p.name))
		le.PutUint32(s[12:], math.Float32bits(p.mash))
	}
	return t
}

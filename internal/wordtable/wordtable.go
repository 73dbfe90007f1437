// Package wordtable provides read-mostly lookup tables keyed by short words:
// open addressing with a cheap byte hash, several times cheaper than a Go
// map for the hot word lookups of screening and qualification. Tables are
// built once and then only read, so concurrent lookups are safe.
package wordtable

// Table maps non-empty words to values. The zero value is an empty table.
type Table[V any] struct {
	keys []string // "" marks an empty slot
	vals []V
	n    int
}

// wordHash is FNV-1a over the word's bytes, with the high bits folded in
// because the table indexes by the low ones.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h ^ h>>16
}

// Get returns the value stored for w.
func (t *Table[V]) Get(w string) (V, bool) {
	if len(t.keys) == 0 || w == "" {
		var zero V
		return zero, false
	}
	mask := uint32(len(t.keys) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case w:
			return t.vals[i], true
		case "":
			var zero V
			return zero, false
		}
	}
}

// Set stores v for the non-empty word w.
func (t *Table[V]) Set(w string, v V) {
	if w == "" {
		panic("wordtable: empty key")
	}
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := uint32(len(t.keys) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case w:
			t.vals[i] = v
			return
		case "":
			t.keys[i], t.vals[i] = w, v
			t.n++
			return
		}
	}
}

// grow doubles the table (keeping it at most half full) and reinserts.
func (t *Table[V]) grow() {
	keys, vals := t.keys, t.vals
	size := max(16, 2*len(keys))
	t.keys, t.vals, t.n = make([]string, size), make([]V, size), 0
	for i, k := range keys {
		if k != "" {
			t.Set(k, vals[i])
		}
	}
}

// Set is a set of words.
type Set struct{ t Table[struct{}] }

// SetOf copies the words of set (which must not hold "").
func SetOf(set map[string]struct{}) *Set {
	s := new(Set)
	for w := range set {
		s.t.Set(w, struct{}{})
	}
	return s
}

// Has reports whether w is in s.
func (s *Set) Has(w string) bool {
	_, ok := s.t.Get(w)
	return ok
}

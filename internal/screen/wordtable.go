package screen

// wordTable maps non-empty words to values: an open-addressing table with
// a cheap byte hash, for hot lookups of short words (a Go map hashes with
// a general-purpose function and costs several times as much). It is built
// once and then only read, so concurrent lookups are safe.
type wordTable[V any] struct {
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

// get returns the value stored for w.
func (t *wordTable[V]) get(w string) (V, bool) {
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

// set stores v for the non-empty word w.
func (t *wordTable[V]) set(w string, v V) {
	if w == "" {
		panic("wordTable: empty key")
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
func (t *wordTable[V]) grow() {
	keys, vals := t.keys, t.vals
	size := max(16, 2*len(keys))
	t.keys, t.vals, t.n = make([]string, size), make([]V, size), 0
	for i, k := range keys {
		if k != "" {
			t.set(k, vals[i])
		}
	}
}

// wordSet is a set of words in a wordTable.
type wordSet struct{ t wordTable[struct{}] }

// wordSetOf copies the words of set (which must not hold "").
func wordSetOf(set map[string]struct{}) *wordSet {
	s := new(wordSet)
	for w := range set {
		s.t.set(w, struct{}{})
	}
	return s
}

// has reports whether w is in s.
func (s *wordSet) has(w string) bool {
	_, ok := s.t.get(w)
	return ok
}

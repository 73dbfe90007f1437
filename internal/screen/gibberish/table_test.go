package gibberish

import (
	"math/rand/v2"
	"testing"
)

// TestTable: every key put in a table is found with its pair, and keys
// left out are not, for tables of every fill from empty to large.
func TestTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, 2, 3, 10, 1000, 60000} {
		m := map[uint64]pair{}
		for len(m) < size {
			k := key3(rune(rng.IntN(foldLimit)), rune(rng.IntN(foldLimit)), rune(rng.IntN(foldLimit)))
			m[k] = pair{rng.Float32(), -rng.Float32()}
		}
		tb := newTable(m)
		if tb.len() != size {
			t.Fatalf("size %d: table holds %d keys", size, tb.len())
		}
		for k, want := range m {
			if got, ok := tb.get(k); !ok || got != want {
				t.Fatalf("size %d: get(%#x) = %v, %v; want %v", size, k, got, ok, want)
			}
		}
		for range 1000 {
			k := key3(rune(rng.IntN(foldLimit)), rune(rng.IntN(foldLimit)), foldLimit+rune(rng.IntN(100)))
			if _, ok := tb.get(k); ok {
				t.Fatalf("size %d: get(%#x) found a key never put", size, k)
			}
		}
	}
}

// TestDecodeRefusesBadTables: a model whose table sizes do not fit its
// bytes is refused, not read past its end.
func TestDecodeRefusesBadTables(t *testing.T) {
	good := embedded
	header := len(magic) + 3*8
	for name, data := range map[string][]byte{
		"truncated":   good[:len(good)/2],
		"no slots":    append(append([]byte{}, good[:header]...), 0, 0, 0, 0),
		"too many":    append(append([]byte{}, good[:header]...), 0xff, 0xff, 0xff, 0x00),
		"only header": good[:header],
	} {
		if _, err := decode(data); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}

// BenchmarkDefaultModel is what a cold start pays for the embedded model.
func BenchmarkDefaultModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

package swar

import (
	"math/rand/v2"
	"testing"
)

// TestAgainstBytes checks every test against a plain loop over the eight
// bytes, on words built to hit the edges (0x00, 0x7f, 0x80, 0xff, the
// byte asked for and its neighbours).
func TestAgainstBytes(t *testing.T) {
	edges := []byte{0, 1, 0x1f, ' ', '!', '"', '\\', 0x7e, 0x7f, 0x80, 0x81, 0xfe, 0xff, 'a'}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b [8]byte
		for j := range b {
			if r.IntN(2) == 0 {
				b[j] = edges[r.IntN(len(edges))]
			} else {
				b[j] = byte(r.IntN(256))
			}
		}
		s := string(b[:])
		x := Load64("xx"+s, 2)
		for j := range b {
			if byte(x>>(8*j)) != b[j] {
				t.Fatalf("Load64 byte %d of %q = %#x", j, s, byte(x>>(8*j)))
			}
		}
		want := uint64(0)
		ascii := true
		for j, c := range b {
			if c == 0 {
				want |= 0x80 << (8 * j)
			}
			ascii = ascii && c < 0x80
		}
		if got := ZeroBytes(x); got != want {
			t.Fatalf("ZeroBytes(%#x) = %#x, want %#x", x, got, want)
		}
		q := edges[r.IntN(len(edges))]
		has := false
		for _, c := range b {
			has = has || c == q
		}
		if got := HasByte(x, q); got != has {
			t.Fatalf("HasByte(%#x, %#x) = %v", x, q, got)
		}
		if ascii {
			n := byte(r.IntN(129))
			less := false
			for _, c := range b {
				less = less || c < n
			}
			if got := HasLess(x, n); got != less {
				t.Fatalf("HasLess(%#x, %d) = %v", x, n, got)
			}
		}
	}
}

package swar

import (
	"math/rand/v2"
	"strings"
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

// TestCapitals checks Capitals on every ASCII byte in every position of a
// word.
func TestCapitals(t *testing.T) {
	for c := range 0x80 {
		for pos := range 8 {
			// The other bytes cover the neighbours of both bounds.
			x := uint64(0x5b5a41407f00615a)&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			var want uint64
			for k := range 8 {
				if b := byte(x >> (8 * k)); 'A' <= b && b <= 'Z' {
					want |= 0x80 << (8 * k)
				}
			}
			if got := Capitals(x); got != want {
				t.Fatalf("Capitals(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
}

// TestIsASCII checks IsASCII against a byte loop on strings of every
// length up to 20 with one byte from 0x7f to 0x81 at every position.
func TestIsASCII(t *testing.T) {
	for n := range 21 {
		plain := strings.Repeat("a", n)
		if !IsASCII(plain) {
			t.Fatalf("IsASCII(%q) = false", plain)
		}
		for pos := range n {
			for _, c := range []byte{0x7f, 0x80, 0x81, 0xff} {
				b := []byte(plain)
				b[pos] = c
				if got, want := IsASCII(string(b)), c < 0x80; got != want {
					t.Fatalf("IsASCII(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

package screen

import (
	"math/rand/v2"
	"net/netip"
	"testing"
)

// TestIsDottedQuadMatchesParseAddr holds isDottedQuad to netip.ParseAddr:
// it must accept exactly the strings ParseAddr reads as IPv4 addresses
// (which ipKey then keeps as they are), over table cases and random
// strings of digits, dots and a few other bytes.
func TestIsDottedQuadMatchesParseAddr(t *testing.T) {
	check := func(s string) {
		t.Helper()
		a, err := netip.ParseAddr(s)
		want := err == nil && a.Is4()
		if got := isDottedQuad(s); got != want {
			t.Fatalf("isDottedQuad(%q) = %v, ParseAddr says IPv4 %v", s, got, want)
		}
		if want && ipKey(s) != s {
			t.Fatalf("ipKey(%q) = %q", s, ipKey(s))
		}
	}
	for _, s := range []string{
		"", ".", "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3.256", "01.2.3.4", "1.2.3.04",
		"1.2.3.0", "1.2.3", "1.2.3.4.", ".1.2.3.4", "1..2.3", "1.2.3.4.5", "1.2.3.4 ", " 1.2.3.4", "1.2.3.4%eth0",
		"1.2.3.-4", "1.2.3.+4", "1000.2.3.4", "10.1.0.1", "99.99.99.99", "::ffff:1.2.3.4", "1.2.3.4:80",
	} {
		check(s)
	}
	const alphabet = "0123456789....05:x "
	r := rand.New(rand.NewPCG(13, 14))
	b := make([]byte, 0, 20)
	for range 100000 {
		b = b[:0]
		for range r.IntN(18) {
			b = append(b, alphabet[r.IntN(len(alphabet))])
		}
		check(string(b))
		// Near-valid addresses: four random fields.
		b = b[:0]
		for f := range 4 {
			if f > 0 {
				b = append(b, '.')
			}
			for range r.IntN(4) {
				b = append(b, "0123456789"[r.IntN(10)])
			}
		}
		check(string(b))
	}
}

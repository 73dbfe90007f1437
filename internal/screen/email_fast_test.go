package screen

import (
	"math/rand/v2"
	"net/mail"
	"strings"
	"testing"
)

// refRoundTrips is roundTrips without its fast path.
func refRoundTrips(addr string) bool {
	a, err := mail.ParseAddress(addr)
	return err == nil && a.Address == addr && a.Name == ""
}

// TestRoundTripsFastPath checks that the parse-free answer for plain
// dot-atom addresses is what mail.ParseAddress concludes, over every
// printable ASCII character and some that are not.
func TestRoundTripsFastPath(t *testing.T) {
	var alphabet []string
	for c := byte(0x20); c < 0x7f; c++ {
		alphabet = append(alphabet, string(c))
	}
	alphabet = append(alphabet, "\t", "é", "\xff", "a", "b", "x", "0", ".", ".", "-", "_", "+")
	fixed := []string{"a@b.c", "maria.garcia@northwind-logistics.com", "a..b@c.d", ".a@b.c", "a.@b.c", "a@.b", "a@b.", "a@b..c",
		"a@b@c", "@b.c", "a@", "\"a b\"@c.d", "a(b)@c.d", "a@[1.2.3.4]", "a b@c.d", "o'brien+tag@x-y.co", "{x}|~@a.b", "é@b.c"}
	plain := 0
	check := func(s string) {
		t.Helper()
		if got, want := roundTrips(s), refRoundTrips(s); got != want {
			t.Fatalf("roundTrips(%q) = %v, mail.ParseAddress says %v", s, got, want)
		}
		if plainAddrSpec(s) {
			plain++
		}
	}
	for _, s := range fixed {
		check(s)
	}
	r := rand.New(rand.NewPCG(13, 14))
	part := func() string {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 50000 {
		check(part() + "@" + part())
	}
	if plain < 1000 {
		t.Errorf("only %d inputs took the fast path; the comparison proves little", plain)
	}
}

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

// checkParseEmail fails when ParseEmail and the full checks disagree on s.
func checkParseEmail(t *testing.T, s string) bool {
	t.Helper()
	got, want := ParseEmail(s), parseEmail(s)
	if got != want {
		t.Fatalf("ParseEmail(%q) = %+v, the full checks give %+v", s, got, want)
	}
	_, _, fast := plainEmail(strings.TrimSpace(s))
	if fast && !got.Valid {
		t.Fatalf("plainEmail accepted the invalid %q", s)
	}
	return fast
}

// TestParseEmailFastPath holds ParseEmail, which answers plain ASCII
// addresses without the full checks, to the full checks: fixed cases at
// every limit, random addresses over every ASCII byte and some others,
// and the addresses of the shipped corpora.
func TestParseEmailFastPath(t *testing.T) {
	label := func(n int) string { return strings.Repeat("a", n) }
	fixed := []string{"", " ", "a@b.co", " Maria.Garcia@Northwind-Logistics.COM ", "a@b.c", "a@b.12", "a@b.1a", "a@12.34", "a@b.co.",
		"a@b.co..", "a@-b.co", "a@b-.co", "a@b.-co", "a@b.co-", "a@b..co", "a@.b.co", ".a@b.co", "a.@b.co", "a..b@c.co", "a.b@c.co",
		"@b.co", "a@", "a@@b.co", "a@b@c.co", "a@bco", "a@[1.2.3.4]", "é@b.co", "a@bé.co", "a b@c.co", "\"a\"@b.co", "a(b)@c.co",
		"o'brien+tag@x-y.co", "{x}|~@a.bc", "a@b_c.co", "a@b.c_o", "A@B.CO", "a\t@b.co", "a@b.co\t",
		label(64) + "@b.co", label(65) + "@b.co", "a@" + label(63) + ".co", "a@" + label(64) + ".co",
		"a@" + strings.Repeat(label(61)+".", 4) + "co", "a@" + strings.Repeat(label(62)+".", 4) + "co", // 252 and 256 bytes of domain
		label(64) + "@" + strings.Repeat(label(60)+".", 3) + label(5), label(64) + "@" + strings.Repeat(label(60)+".", 3) + label(6)}
	for _, s := range fixed {
		checkParseEmail(t, s)
	}
	// Random addresses shaped local@label.label[.label], each piece from
	// a few common bytes, with now and then any ASCII byte or a few
	// others in the mix.
	var any []string
	for c := byte(0x20); c < 0x7f; c++ {
		any = append(any, string(c))
	}
	any = append(any, "\t", "é", "\xff", "\u00a0", "@", ".", "..", "-")
	common := []string{"a", "Z", "q", "0", "7", "-", "."}
	r := rand.New(rand.NewPCG(15, 16))
	piece := func(max int) string {
		var b strings.Builder
		for range r.IntN(max + 1) {
			if r.IntN(12) == 0 {
				b.WriteString(any[r.IntN(len(any))])
			} else {
				b.WriteString(common[r.IntN(len(common))])
			}
		}
		return b.String()
	}
	fast := 0
	for range 40000 {
		s := piece(8) + "@" + piece(6) + "." + piece(3)
		if r.IntN(3) == 0 {
			s += "." + piece(3)
		}
		if checkParseEmail(t, s) {
			fast++
		}
	}
	t.Logf("%d of 40000 random inputs took the fast path", fast)
	if fast < 1000 {
		t.Errorf("only %d random inputs took the fast path; the comparison proves little", fast)
	}
	for _, s := range loadEmails(t) {
		checkParseEmail(t, s)
	}
}

// loadEmails returns the email fields of the shipped corpora.
func loadEmails(tb testing.TB) []string {
	tb.Helper()
	out := loadField(tb, "email", 0, msgCorpusFiles...)
	if len(out) < 100 {
		tb.Errorf("only %d corpus addresses", len(out))
	}
	return out
}

package unsubscribe

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

func mustSigner(t testing.TB, s []byte) *Signer {
	t.Helper()
	sg, err := NewSigner(s)
	if err != nil {
		t.Fatal(err)
	}
	return sg
}

func TestRoundTrip(t *testing.T) {
	s := mustSigner(t, secret)
	issued := time.Date(2026, 3, 1, 12, 30, 45, 999, time.UTC)
	tok := s.Token("Jane.Doe@Example.COM ", "01JLEAD123", issued)
	for _, r := range tok {
		if !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", r) {
			t.Fatalf("token %q not URL-safe", tok)
		}
	}
	if strings.Contains(strings.ToLower(tok), "jane") {
		t.Fatal("token leaks the address")
	}
	c, err := s.Verify(tok)
	if err != nil {
		t.Fatal(err)
	}
	if c.LeadID != "01JLEAD123" || !c.Issued.Equal(issued.Truncate(time.Second)) {
		t.Fatalf("claims = %+v", c)
	}
	if c.EmailHash != s.EmailHash("jane.doe@example.com") {
		t.Fatal("email hash mismatch")
	}
	if !s.Matches(c, "JANE.DOE@example.com") {
		t.Fatal("Matches false for same address")
	}
	if s.Matches(c, "john@example.com") {
		t.Fatal("Matches true for other address")
	}
	if s.Matches(Claims{EmailHash: "!!"}, "jane.doe@example.com") {
		t.Fatal("Matches true for garbage hash")
	}
}

func TestVerifyRejects(t *testing.T) {
	s := mustSigner(t, secret)
	other := mustSigner(t, []byte("another-secret-of-32-bytes-long!"))
	good := s.Token("a@b.co", "lead-1", time.Unix(1700000000, 0))
	raw, _ := base64.RawURLEncoding.DecodeString(good)

	flip := func(i int) string {
		b := append([]byte(nil), raw...)
		b[i] ^= 0x01
		return base64.RawURLEncoding.EncodeToString(b)
	}
	withVersion := func(v byte) string {
		b := append([]byte(nil), raw...)
		b[0] = v
		return base64.RawURLEncoding.EncodeToString(b)
	}
	tests := []struct {
		name string
		tok  string
		want error
	}{
		{"empty", "", ErrMalformed},
		{"garbage", "not a token!", ErrMalformed},
		{"padded std base64", base64.StdEncoding.EncodeToString(raw), ErrMalformed},
		{"short", good[:20], ErrMalformed},
		{"too long", strings.Repeat("A", MaxTokenLen+1), ErrMalformed},
		{"other key", other.Token("a@b.co", "lead-1", time.Unix(1700000000, 0)), ErrSignature},
		{"flipped time", flip(3), ErrSignature},
		{"flipped hash", flip(12), ErrSignature},
		{"flipped lead", flip(headerLen), ErrSignature},
		{"flipped mac", flip(len(raw) - 1), ErrSignature},
		{"truncated mac", base64.RawURLEncoding.EncodeToString(raw[:len(raw)-1]), ErrSignature},
		{"version", withVersion(2), ErrVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Verify(tt.tok)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Verify = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := s.Verify(good); err != nil {
		t.Fatalf("good token rejected: %v", err)
	}
}

func TestForgeryOtherLead(t *testing.T) {
	// Splicing another lead ID onto a valid MAC must fail.
	s := mustSigner(t, secret)
	raw, _ := base64.RawURLEncoding.DecodeString(s.Token("a@b.co", "lead-1", time.Unix(1, 0)))
	b := append(append(append([]byte(nil), raw[:headerLen]...), "lead-2"...), raw[len(raw)-macLen:]...)
	if _, err := s.Verify(base64.RawURLEncoding.EncodeToString(b)); !errors.Is(err, ErrSignature) {
		t.Fatalf("spliced token: %v", err)
	}
}

func TestNewSignerAndLeadID(t *testing.T) {
	if _, err := NewSigner([]byte("short")); !errors.Is(err, ErrShortSecret) {
		t.Fatalf("short secret: %v", err)
	}
	s := mustSigner(t, secret)
	for _, id := range []string{"", strings.Repeat("x", 129)} {
		if _, err := s.TokenErr("a@b.co", id, time.Now()); !errors.Is(err, ErrLeadID) {
			t.Errorf("lead %q: %v", id, err)
		}
	}
	long := strings.Repeat("x", 128)
	tok, err := s.TokenErr("a@b.co", long, time.Now())
	if err != nil || len(tok) > MaxTokenLen {
		t.Fatalf("max lead id: %v len %d", err, len(tok))
	}
	if c, err := s.Verify(tok); err != nil || c.LeadID != long {
		t.Fatalf("max lead id verify: %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("Token with empty lead did not panic")
		}
	}()
	s.Token("a@b.co", "", time.Now())
}

func BenchmarkVerify(b *testing.B) {
	s := mustSigner(b, secret)
	tok := s.Token("jane@example.com", "01JLEAD123", time.Now())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Verify(tok); err != nil {
			b.Fatal(err)
		}
	}
}

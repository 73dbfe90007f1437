package rendertoken

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"
)

var (
	secret = []byte("0123456789abcdef0123456789abcdef")
	t0     = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
)

func mustSigner(t testing.TB, key []byte) *Signer {
	t.Helper()
	s, err := NewSigner(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNewSignerRejectsShortSecret(t *testing.T) {
	if _, err := NewSigner([]byte("short")); err == nil {
		t.Fatal("want error for short secret")
	}
	if _, err := NewSigner(nil); err == nil {
		t.Fatal("want error for nil secret")
	}
}

func TestRoundTrip(t *testing.T) {
	s := mustSigner(t, secret)
	tok := s.Issue("contact", t0)
	if strings.ContainsAny(tok, "+/=") {
		t.Fatalf("token not URL-safe: %q", tok)
	}
	c, err := s.Verify("contact", tok, t0.Add(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !c.IssuedAt.Equal(t0) || c.FormID != "contact" || len(c.Nonce) != 2*nonceLen {
		t.Fatalf("claims = %+v", c)
	}
	if got := c.Age(t0.Add(10 * time.Second)); got != 10*time.Second {
		t.Fatalf("age = %v", got)
	}
	// Each token has its own nonce.
	c2, err := s.Verify("contact", s.Issue("contact", t0), t0)
	if err != nil || c2.Nonce == c.Nonce {
		t.Fatalf("nonce reuse or error: %v %q %q", err, c.Nonce, c2.Nonce)
	}
	// Long form ids bind by their prefix and still verify.
	long := strings.Repeat("f", 300)
	if _, err := s.Verify(long, s.Issue(long, t0), t0); err != nil {
		t.Fatalf("long form id: %v", err)
	}
}

func TestVerifyFailures(t *testing.T) {
	s := mustSigner(t, secret)
	other := mustSigner(t, []byte("another-secret-another-secret!!"))
	good := s.Issue("contact", t0)
	raw, _ := base64.RawURLEncoding.DecodeString(good)
	enc := base64.RawURLEncoding.EncodeToString
	flip := func(i int) string {
		b := append([]byte(nil), raw...)
		b[i] ^= 0x01
		return enc(b)
	}
	badVersion := append([]byte(nil), raw...)
	badVersion[0] = 9

	tests := []struct {
		name  string
		form  string
		token string
		now   time.Time
		want  error
	}{
		{"empty", "contact", "", t0, ErrMalformed},
		{"garbage", "contact", "not a token!!", t0, ErrMalformed},
		{"garbage base64", "contact", enc([]byte("hello world, this is not it")), t0, ErrMalformed},
		{"truncated", "contact", good[:len(good)-6], t0, ErrMalformed},
		{"too short", "contact", good[:10], t0, ErrMalformed},
		{"too long", "contact", good + strings.Repeat("A", 400), t0, ErrMalformed},
		{"unknown version", "contact", enc(badVersion), t0, ErrMalformed},
		{"tampered time", "contact", flip(8), t0, ErrForged},
		{"tampered nonce", "contact", flip(12), t0, ErrForged},
		{"tampered form id", "contact", flip(headerLen), t0, ErrForged},
		{"tampered mac", "contact", flip(len(raw) - 1), t0, ErrForged},
		{"wrong secret", "contact", other.Issue("contact", t0), t0, ErrForged},
		{"wrong form", "demo", good, t0, ErrWrongForm},
		{"future dated", "contact", s.Issue("contact", t0.Add(time.Hour)), t0, ErrNotYetValid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Verify(tt.form, tt.token, tt.now)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestSmallSkewAccepted(t *testing.T) {
	s := mustSigner(t, secret)
	if _, err := s.Verify("contact", s.Issue("contact", t0.Add(30*time.Second)), t0); err != nil {
		t.Fatalf("30s skew rejected: %v", err)
	}
}

func BenchmarkVerify(b *testing.B) {
	s := mustSigner(b, secret)
	tok := s.Issue("contact", t0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Verify("contact", tok, t0); err != nil {
			b.Fatal(err)
		}
	}
}

package outcomelink

import (
	"encoding/base64"
	"encoding/binary"
	"strings"
	"testing"
	"time"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

func TestRoundTrip(t *testing.T) {
	s, err := New(secret, "https://console.example.com/console/")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	u, err := s.URL("01M6DSG7E079AYRXHMC3E50679", at)
	if err != nil || !strings.HasPrefix(u, "https://console.example.com/console/outcome/") {
		t.Fatalf("url %q %v", u, err)
	}
	tok := strings.TrimPrefix(u, "https://console.example.com/console/outcome/")
	other, _ := New([]byte("another secret of 32 bytes......"), "https://console.example.com")
	flipped := []byte(tok)
	flipped[len(flipped)-3] ^= 1
	tests := []struct {
		name  string
		s     *Signer
		token string
		now   time.Time
		ok    bool
	}{
		{"a fresh link", s, tok, at.Add(time.Minute), true},
		{"a link near the end of its life", s, tok, at.Add(Lifetime - time.Minute), true},
		{"an expired link", s, tok, at.Add(Lifetime + time.Minute), false},
		{"a link from the future", s, tok, at.Add(-2 * time.Hour), false},
		{"another secret's link", other, tok, at, false},
		{"a changed byte", s, string(flipped), at, false},
		{"not base64", s, "!!!", at, false},
		{"too short", s, "AQ", at, false},
		{"too long", s, strings.Repeat("A", 200), at, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := tt.s.Verify(tt.token, tt.now)
			if (err == nil) != tt.ok || tt.ok && id != "01M6DSG7E079AYRXHMC3E50679" {
				t.Fatalf("id %q, err %v; want ok %v", id, err, tt.ok)
			}
		})
	}
}

func TestNewRefuses(t *testing.T) {
	if _, err := New([]byte("short"), "https://c.example"); err == nil {
		t.Error("a short secret was accepted")
	}
	if _, err := New(secret, "javascript:alert(1)"); err == nil {
		t.Error("a console URL that is not http(s) was accepted")
	}
}

func FuzzVerify(f *testing.F) {
	s, _ := New(secret, "https://c.example")
	tok, _ := s.Token("01M6DSG7E079AYRXHMC3E50679", time.Unix(1_800_000_000, 0))
	f.Add(tok)
	f.Add("")
	f.Fuzz(func(t *testing.T, token string) {
		id, err := s.Verify(token, time.Unix(1_800_000_100, 0))
		if err != nil {
			return
		}
		// Only a token this signer made verifies: the same id and issue
		// time sign to the very same token.
		b, _ := base64.RawURLEncoding.DecodeString(token)
		issued := time.Unix(int64(binary.BigEndian.Uint64(b[1:headLen])), 0)
		if again, _ := s.Token(id, issued); again != token {
			t.Fatalf("token %q verified as %q but is not the one signed", token, id)
		}
	})
}

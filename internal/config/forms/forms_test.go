package forms

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
)

func TestParseShippedForms(t *testing.T) {
	s, err := Parse(config.Forms())
	if err != nil {
		t.Fatal(err)
	}
	f := s.Get("contact-sales")
	if f == nil {
		t.Fatal("make dev ships the contact-sales form")
	}
	if f.Honeypot != DefaultHoneypot || !f.TokenRequired() {
		t.Errorf("contact-sales = %+v", f)
	}
	if p := s.Get("partner-import"); p == nil || p.TokenRequired() {
		t.Error("partner-import is server-fed and must not require a render token")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown key", "forms:\n  - id: a\n    colour: red\n", "line 3"},
		{"bad id", "forms:\n  - id: Bad_ID\n", "line 2: form \"Bad_ID\": id must be"},
		{"duplicate", "forms:\n  - id: a\n  - id: a\n", "line 3: form \"a\": duplicate id"},
		{"honeypot is a real field", "forms:\n  - id: a\n    honeypot: email\n", "honeypot \"email\" is a real lead field"},
		{"bad origin", "forms:\n  - id: a\n    allowed_origins: [\"example.com\"]\n", "allowed origin"},
		{"bad thank you", "forms:\n  - id: a\n    thank_you_url: /thanks\n", "thank_you_url"},
		{"captcha provider", "forms:\n  - id: a\n    captcha: {provider: foo, secret_env: X}\n", "captcha provider"},
		{"captcha secret", "forms:\n  - id: a\n    captcha: {provider: turnstile}\n", "secret_env"},
		{"webhook http", "forms:\n  - id: a\n    webhook: {url: \"http://x.example\", secret_env: S}\n", "webhook url must be https"},
		{"wrong type", "forms:\n  - id: a\n    required: yes\n", "line 3"},
		{"reviewer not an address", "forms:\n  - id: a\n    reviewers: [\"Dana <dana@x.example>\"]\n", "reviewer \"Dana <dana@x.example>\" is not a plain e-mail address"},
		{"reviewer without domain", "forms:\n  - id: a\n    reviewers: [dana]\n", "reviewer \"dana\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestReviewers(t *testing.T) {
	s, err := Parse([]byte("forms:\n  - id: a\n    reviewers: [dana@x.example, lena@x.example]\n  - id: b\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Get("a").Reviewers; len(got) != 2 || got[1] != "lena@x.example" {
		t.Errorf("reviewers of a = %v", got)
	}
	if got := s.Get("b").Reviewers; len(got) != 0 {
		t.Errorf("reviewers of b = %v", got)
	}
}

func TestOriginAllowed(t *testing.T) {
	list := []string{"https://www.example.com", "http://127.0.0.1:3000/"}
	for origin, want := range map[string]bool{
		"https://www.example.com":  true,
		"HTTPS://WWW.EXAMPLE.COM":  true,
		"http://127.0.0.1:3000":    true,
		"https://evil.example.com": false,
		"http://www.example.com":   false,
		"":                         false,
	} {
		if got := OriginAllowed(list, origin); got != want {
			t.Errorf("OriginAllowed(%q) = %v", origin, got)
		}
	}
	if !OriginAllowed([]string{"*"}, "https://any.example") {
		t.Error("* must allow any origin")
	}
}

// TestIDAndFieldShapes pins the shapes and the length bounds, which are
// checked apart from the patterns.
func TestIDAndFieldShapes(t *testing.T) {
	ids := []struct {
		id   string
		want bool
	}{
		{"contact-sales", true},
		{"0-day", true},
		{strings.Repeat("a", MaxIDLen), true},
		{strings.Repeat("a", 64), true},
		{strings.Repeat("a", 65), false},
		{"", false},
		{"-sales", false},
		{"Sales", false},
		{"contact_sales", false},
	}
	for _, c := range ids {
		if got := ValidID(c.id); got != c.want {
			t.Errorf("ValidID(%q) = %v, want %v", c.id, got, c.want)
		}
	}
	fields := []struct {
		name string
		want bool
	}{
		{"company_size", true},
		{"x" + strings.Repeat("1", 63), true},
		{"x" + strings.Repeat("1", 64), false},
		{"", false},
		{"1st", false},
		{"first-name", false},
	}
	for _, c := range fields {
		if got := validField(c.name); got != c.want {
			t.Errorf("validField(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

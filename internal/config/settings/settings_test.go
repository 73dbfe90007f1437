package settings

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestLoadDefaults(t *testing.T) {
	s, err := Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if s.LeadsTable != "LeadsTable" || s.JunkRetention != 30*24*time.Hour || len(s.AllowedOrigins) != 1 ||
		s.SendRate != 14 || s.PublicBaseURL != "http://127.0.0.1:3000" || s.PostalAddress == "" || s.ConsoleURL != "" ||
		s.SpeedTarget != 5*time.Minute || s.ConfigRefresh != time.Minute {
		t.Fatalf("defaults = %+v", s)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"JUNK_RETENTION_DAYS": "0"}, "JUNK_RETENTION_DAYS"},
		{map[string]string{"JUNK_RETENTION_DAYS": "ten"}, "JUNK_RETENTION_DAYS"},
		{map[string]string{"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"},
		{map[string]string{"ALLOWED_ORIGINS": "example.com"}, "ALLOWED_ORIGINS"},
		{map[string]string{"SENDER_EMAIL": "not an address"}, "SENDER_EMAIL"},
		{map[string]string{"SIGNING_SECRET": "short"}, "SIGNING_SECRET"},
		{map[string]string{"SES_SEND_RATE": "0"}, "SES_SEND_RATE"},
		{map[string]string{"SES_SEND_RATE": "fast"}, "SES_SEND_RATE"},
		{map[string]string{"PUBLIC_BASE_URL": "example.com/x"}, "PUBLIC_BASE_URL"},
		{map[string]string{"CONSOLE_URL": "ftp://x"}, "CONSOLE_URL"},
		{map[string]string{"UNSUBSCRIBE_MAILTO": "not an address"}, "UNSUBSCRIBE_MAILTO"},
		{map[string]string{"SPEED_TO_LEAD_TARGET_SECONDS": "0"}, "SPEED_TO_LEAD_TARGET_SECONDS"},
		{map[string]string{"SPEED_TO_LEAD_TARGET_SECONDS": "5m"}, "SPEED_TO_LEAD_TARGET_SECONDS"},
		{map[string]string{"CONFIG_REFRESH_SECONDS": "0"}, "CONFIG_REFRESH_SECONDS"},
		{map[string]string{"CONFIG_REFRESH_SECONDS": "3601"}, "CONFIG_REFRESH_SECONDS"},
		{map[string]string{"CONFIG_REFRESH_SECONDS": "1m"}, "CONFIG_REFRESH_SECONDS"},
	}
	for _, tc := range tests {
		_, err := Load(func(k string) string { return tc.env[k] })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("env %v: err = %v, want mention of %s", tc.env, err, tc.want)
		}
	}
}

func TestVarsDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, v := range Vars {
		if v.Name == "" || v.Description == "" || seen[v.Name] {
			t.Errorf("bad or duplicate var %+v", v)
		}
		seen[v.Name] = true
	}
}

// TestDocsDocumentEveryVar keeps the configuration table of
// docs/operations.md in step with the variables the code reads.
func TestDocsDocumentEveryVar(t *testing.T) {
	b, err := os.ReadFile("../../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Vars {
		if !strings.Contains(string(b), "| `"+v.Name+"` |") {
			t.Errorf("docs/operations.md has no configuration row for %s", v.Name)
		}
	}
}

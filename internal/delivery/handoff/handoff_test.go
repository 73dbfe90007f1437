package handoff

import (
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
)

func TestBackoff(t *testing.T) {
	for _, tc := range []struct {
		attempts int
		want     time.Duration
	}{{1, time.Minute}, {2, 2 * time.Minute}, {3, 4 * time.Minute}, {7, time.Hour}, {30, time.Hour}} {
		if got := Backoff(time.Minute, tc.attempts); got != tc.want {
			t.Errorf("Backoff(1m, %d) = %s, want %s", tc.attempts, got, tc.want)
		}
	}
	if got := Backoff(0, 1); got != DefaultBaseBackoff {
		t.Errorf("zero base = %s", got)
	}
	// With the defaults, the last retry comes hours after the first
	// failure, not minutes: an SES outage of an hour loses no lead.
	var total time.Duration
	for a := 1; a < DefaultMaxAttempts; a++ {
		total += Backoff(0, a)
	}
	if total < 2*time.Hour || total > 3*time.Hour {
		t.Errorf("retries span %s, want 2-3 hours", total)
	}
}

func TestWebhookSecrets(t *testing.T) {
	fs, err := forms.Parse([]byte(`forms:
  - id: with-hook
    webhook:
      url: https://crm.example.com/hook
      secret_env: CRM_SECRET
  - id: plain
`))
	if err != nil {
		t.Fatal(err)
	}
	reads := 0
	got := WebhookSecrets(fs, func(k string) string {
		reads++
		if k == "CRM_SECRET" {
			return "s3cret"
		}
		return ""
	})
	if len(got) != 1 || got["with-hook"] != "s3cret" || reads != 1 {
		t.Errorf("secrets %v after %d reads", got, reads)
	}
}

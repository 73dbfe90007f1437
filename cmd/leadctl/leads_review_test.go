package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// TestLeadsReviewAndNearMiss stores leads in the local DynamoDB and checks
// that leads review lists only the review queue, oldest first, and that
// leads list --near-miss finds the nurtured near misses.
func TestLeadsReviewAndNearMiss(t *testing.T) {
	s, env := localTable(t)
	ctx := context.Background()
	now := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	mk := func(form string, v lead.Verdict, at time.Time, nearMiss bool, reasons ...lead.Reason) *lead.Lead {
		score := 0
		for _, r := range reasons {
			score += r.Points
		}
		l := &lead.Lead{ID: lead.NewID(at), FormID: form, Email: "a@example-co.com", Fields: lead.Fields{Email: "a@example-co.com"},
			Verdict: v, Screening: lead.Screening{Score: score, Reasons: reasons}, Fit: &lead.Fit{Score: 55, NearMiss: nearMiss},
			ReceivedAt: at, UpdatedAt: at, SchemaVersion: lead.SchemaVersion}
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
		return l
	}
	fast := lead.Reason{Code: "submit_too_fast", Points: 60, Stage: lead.StageScreen}
	held := lead.Reason{Code: screen.CodeUncorroborated, Points: -1, Stage: lead.StageScreen}
	links := lead.Reason{Code: "message_links", Points: 20, Stage: lead.StageScreen}
	caps := lead.Reason{Code: "all_caps", Points: 15, Stage: lead.StageScreen}
	newer := mk("contact-sales", lead.VerdictReview, now.Add(10*time.Minute), false, links, caps)
	older := mk("newsletter", lead.VerdictReview, now, false, fast, held)
	near := mk("contact-sales", lead.VerdictNurture, now.Add(5*time.Minute), true)
	mk("contact-sales", lead.VerdictNurture, now.Add(6*time.Minute), false)
	mk("contact-sales", lead.VerdictJunk, now.Add(7*time.Minute), false, fast, links)

	code, out, errOut := runCLI(t, "", env, "leads", "review")
	if code != 0 {
		t.Fatalf("leads review: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "ID") || lines[3] != "2 held for review" {
		t.Fatalf("leads review printed:\n%s", out)
	}
	if !strings.HasPrefix(lines[1], older.ID) || !strings.HasPrefix(lines[2], newer.ID) {
		t.Errorf("not oldest first:\n%s", out)
	}
	for _, want := range []string{"newsletter", now.Format("2006-01-02 15:04"), " 59 ", "submit_too_fast (+60), held: a weak sign alone"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("oldest line lacks %q: %s", want, lines[1])
		}
	}
	if !strings.Contains(lines[2], "message_links (+20), all_caps (+15)") {
		t.Errorf("reasons not strongest first: %s", lines[2])
	}

	code, out, _ = runCLI(t, "", env, "leads", "review", "--form", "contact-sales", "--json", "--limit", "1")
	var got lead.Lead
	if code != 0 || strings.Count(out, "\n") != 1 || json.Unmarshal([]byte(out), &got) != nil || got.ID != newer.ID {
		t.Errorf("leads review --form contact-sales --json: %s", out)
	}

	code, out, _ = runCLI(t, "", env, "leads", "list", "--near-miss")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, near.ID) || !strings.Contains(out, `"near_miss":true`) {
		t.Errorf("leads list --near-miss: %s", out)
	}
}

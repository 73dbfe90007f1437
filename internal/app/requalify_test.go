package app_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestRequalificationEndToEnd: a returning person is judged with what they
// said before, can move from nurture to qualified (the earlier lead's
// sequence stops), and is never silently downgraded afterwards.
func TestRequalificationEndToEnd(t *testing.T) {
	f := newFlow(t)
	ctx := context.Background()
	addr := fmt.Sprintf("n.okafor+%d@lagos-fintech.example-corp.ng", time.Now().UnixNano())

	first := f.submit(t, "partner-import", map[string]any{"email": addr, "first_name": "Ngozi", "last_name": "Okafor",
		"company": "Lagos Fintech Ltd", "message": "We are looking at tools for our growing sales team."})
	if first.Verdict != lead.VerdictNurture || first.Nurture == nil {
		t.Fatalf("first submission: verdict %s nurture %+v reasons %+v", first.Verdict, first.Nurture, first.Reasons)
	}

	// The same person comes back with budget, authority and timeline.
	second := f.submit(t, "partner-import", map[string]any{"email": addr, "job_title": "CEO", "budget": "25k-100k",
		"timeline": "this quarter", "company_size": "201-1000", "country": "NG"})
	if second.ID == first.ID || second.PreviousID != first.ID {
		t.Fatalf("second lead %s previous %q, want a new lead linked to %s", second.ID, second.PreviousID, first.ID)
	}
	if second.Verdict != lead.VerdictQualified {
		t.Fatalf("merged facts should qualify: %s %+v", second.Verdict, second.Reasons)
	}
	if second.Fields.Company != "Lagos Fintech Ltd" || second.Fields.FirstName != "Ngozi" || !strings.Contains(second.Fields.Message, "sales team") {
		t.Errorf("earlier facts not merged: %+v", second.Fields)
	}
	if len(second.History) != 2 || second.History[0].Verdict != lead.VerdictNurture || !strings.Contains(second.History[1].Cause, first.ID) {
		t.Errorf("history not carried over: %+v", second.History)
	}
	if second.Handoff == nil || second.Handoff.State != lead.HandoffSent {
		t.Errorf("qualified returning lead not handed to sales: %+v", second.Handoff)
	}
	prev, err := f.store.GetLead(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if prev.SupersededBy != second.ID || prev.Nurture == nil || prev.Nurture.State != lead.NurtureStopped {
		t.Errorf("earlier lead not superseded with its sequence stopped: superseded_by %q nurture %+v", prev.SupersededBy, prev.Nurture)
	}

	// Coming back vaguer never silently downgrades a qualified lead.
	third := f.submit(t, "partner-import", map[string]any{"email": addr, "timeline": "just researching",
		"message": "Just checking in, no rush on our side."})
	if third.Verdict != lead.VerdictQualified || third.PreviousID != second.ID {
		t.Fatalf("third: verdict %s previous %q", third.Verdict, third.PreviousID)
	}
	kept := false
	for _, r := range third.Reasons {
		kept = kept || r.Code == "previously_qualified"
	}
	if !kept && third.Fit != nil && !third.Fit.Qualifies {
		t.Errorf("kept qualified without saying why: %+v", third.Reasons)
	}

	// Junk from the same address never merges into the real lead.
	junk := f.submit(t, "partner-import", map[string]any{"email": addr, "first_name": "asdfgh", "last_name": "qwerty",
		"company": "asdf", "message": "BUY CHEAP BACKLINKS NOW!!! https://cheap-links.xyz https://seo-boost.top", "website_url": "http://spam.example"})
	if junk.Verdict != lead.VerdictJunk || junk.PreviousID != "" {
		t.Fatalf("junk resubmission: verdict %s previous %q", junk.Verdict, junk.PreviousID)
	}
	if l, _ := f.store.GetLead(ctx, third.ID); l.SupersededBy != "" {
		t.Fatalf("junk superseded a real lead")
	}
}

package app_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestNearMissIsNurturedAtOnce posts a lead whose fit falls just short of
// qualifying: it is nurture, not review (review is for doubt about junk),
// stored with the near-miss flag and reason, and enrolled at once.
func TestNearMissIsNurturedAtOnce(t *testing.T) {
	f := newFlow(t)
	addr := fmt.Sprintf("d.martin+%d@acme-distribution.fr", time.Now().UnixNano())
	l := f.submit(t, "partner-import", map[string]any{"email": addr, "first_name": "Delphine", "last_name": "Martin",
		"company": "Acme Distribution", "job_title": "Responsable commerciale", "budget": "30 000 €",
		"timeline": "Next year", "country": "FR"})
	if l.Fit == nil || l.Fit.Qualifies || l.Fit.Score < 50 || l.Fit.Score >= 60 {
		t.Fatalf("fixture is not a near miss under the shipped rules: %s %+v", l.Verdict, l.Fit)
	}
	if l.Verdict != lead.VerdictNurture || !l.Fit.NearMiss {
		t.Fatalf("near miss stored as %s, near_miss %v; want nurture, true", l.Verdict, l.Fit.NearMiss)
	}
	if !slices.ContainsFunc(l.Reasons, func(r lead.Reason) bool { return r.Code == "near_miss" }) {
		t.Errorf("no near_miss reason among %+v", l.Reasons)
	}
	if l.Nurture == nil || !l.Nurture.Live() || l.DueAt() == nil {
		t.Errorf("near miss not enrolled in nurture: %+v", l.Nurture)
	}
	stored, err := f.store.GetLead(context.Background(), l.ID)
	if err != nil || stored.Fit == nil || !stored.Fit.NearMiss {
		t.Errorf("near_miss not kept in the store: %v %+v", err, stored)
	}
}

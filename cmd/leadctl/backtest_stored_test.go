package main

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/backtest"
)

func TestBacktestReadsStoredOutcomes(t *testing.T) {
	s, env := localTable(t)
	at := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	for i, o := range []lead.OutcomeKind{lead.OutcomeWon, "", lead.OutcomeSpam, lead.OutcomeNotALead} {
		at = at.Add(time.Minute)
		email := []string{"maria.kim@northwind-traders.com", "bo@example-co.com", "cy@example-co.com", "dee@example-co.com"}[i]
		l := &lead.Lead{ID: lead.NewID(at), FormID: "contact-sales", Email: email, ReceivedAt: at, UpdatedAt: at, SchemaVersion: lead.SchemaVersion,
			Verdict: lead.VerdictQualified, Fields: lead.Fields{Email: email, FirstName: "Maria", Company: "Northwind Traders Inc", Country: "US",
				JobTitle: "VP Marketing", CompanySize: "51-200", Budget: "25k-100k", Timeline: "this year"}}
		if o != "" {
			if err := l.MarkOutcome(o, "sam", "", at); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.CreateLead(context.Background(), l); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCLI(t, "", env, "backtest", "--rules", "../../testdata/backtest/rules-candidate.yaml", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep backtest.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Records != 3 || rep.Outcomes["won"] != 1 || rep.Outcomes["bad"] != 2 {
		t.Fatalf("the three marked leads, not the unmarked one: %d records, outcomes %v", rep.Records, rep.Outcomes)
	}
	if code, _, _ := runCLI(t, "", env, "backtest"); code != 2 {
		t.Errorf("without --rules: exit %d, want 2", code)
	}
}

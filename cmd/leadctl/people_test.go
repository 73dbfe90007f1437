package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/privacy"
)

// TestPeopleExportAndErase stores two leads of one address in the local
// DynamoDB, exports them, erases the person and checks what is left.
func TestPeopleExportAndErase(t *testing.T) {
	s, env := localTable(t)
	env["USER"] = "ops-robin"
	ctx := context.Background()
	at := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	var ids []string
	for i, form := range []string{"contact-sales", "newsletter"} {
		ts := at.Add(time.Duration(i) * time.Minute)
		l := &lead.Lead{ID: lead.NewID(ts), FormID: form, Email: "mei.chen@example-co.com",
			Fields:  lead.Fields{Email: "Mei.Chen@example-co.com", FirstName: "Mei", LastName: "Chen", Phone: "+86 10 5555 0100", Country: "CN"},
			Context: lead.Context{IP: "192.0.2.44", ReceivedAt: ts}, Verdict: lead.VerdictNurture, ReceivedAt: ts, UpdatedAt: ts, SchemaVersion: lead.SchemaVersion}
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, l.ID)
	}

	code, out, errOut := runCLI(t, "", env, "people", "export", "MEI.CHEN@example-co.com")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	var x privacy.Export
	if err := json.Unmarshal([]byte(out), &x); err != nil || len(x.Leads) != 2 || x.Leads[0].ID != ids[1] ||
		x.Leads[1].Fields.Phone != "+86 10 5555 0100" || x.Leads[0].Context.IP != "192.0.2.44" {
		t.Fatalf("export: %v\n%s", err, out)
	}

	if code, _, errOut = runCLI(t, "", env, "people", "erase"); code != 2 || !strings.Contains(errOut, "usage: leadctl people erase EMAIL") {
		t.Errorf("erase without an address: exit %d: %s", code, errOut)
	}
	code, out, errOut = runCLI(t, "", env, "people", "erase", "mei.chen@example-co.com")
	if code != 0 {
		t.Fatalf("erase: exit %d: %s", code, errOut)
	}
	var r privacy.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Leads != 2 || strings.Contains(out, "mei") {
		t.Fatalf("erase report: %v %s", err, out)
	}
	for _, id := range ids {
		l, err := s.GetLead(ctx, id)
		if err != nil || l.Email != "" || l.Fields.Phone != "" || l.Fields.Country != "CN" || l.Context.IP != "" {
			t.Errorf("lead %s after the erasure: %+v %v", id, l, err)
		}
	}
	if code, out, _ = runCLI(t, "", env, "people", "export", "mei.chen@example-co.com"); code != 0 || !strings.Contains(out, `"leads": []`) {
		t.Errorf("export after the erasure: %s", out)
	}
	audit, _, err := s.Audit(ctx, 5, "")
	if err != nil || len(audit) != 1 || audit[0].Subject != "leadctl:ops-robin" || audit[0].Actor != "ops-robin" {
		t.Errorf("audit: %+v %v", audit, err)
	}
	if code, out, _ = runCLI(t, "", env, "people", "erase", "mei.chen@example-co.com", "--by", "Kim"); code != 0 || !strings.Contains(out, `"leads":0`) {
		t.Errorf("a second erasure: %s", out)
	}
	if sp, err := s.Suppressed(ctx, "Mei.Chen@example-co.com"); err != nil || sp == nil || sp.Reason != privacy.Erasure {
		t.Errorf("suppression: %+v %v", sp, err)
	}
}

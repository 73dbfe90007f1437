package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

var seedUntil = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

// TestSeedPlanIsDeterministicAndRealistic: the same seed makes the same
// leads; the spreads are the ones promised (every form, mostly working
// hours, each verdict, review leads still waiting, outcomes on old
// qualified leads only).
func TestSeedPlanIsDeterministicAndRealistic(t *testing.T) {
	plan := seedPlan{n: 5000, days: 90, seed: 7, until: seedUntil, forms: []string{"contact-sales", "newsletter", "partner-import"}}
	a, b := plan.make(), plan.make()
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Fatal("the same plan made different leads")
	}
	plan.seed = 8
	if jc, _ := json.Marshal(plan.make()); string(jc) == string(ja) {
		t.Fatal("another seed made the same leads")
	}
	forms, verdicts, ids := map[string]int{}, map[lead.Verdict]int{}, map[string]bool{}
	var weekend, night, outcomes, waiting, sent int
	from := seedUntil.AddDate(0, 0, -90)
	for i, l := range a {
		if l.ReceivedAt.Before(from) || !l.ReceivedAt.Before(seedUntil.Add(time.Second)) {
			t.Fatalf("lead %d received %v, outside the 90 days", i, l.ReceivedAt)
		}
		if i > 0 && l.ID <= a[i-1].ID {
			t.Fatalf("ids out of order or repeated at %d", i)
		}
		if at, ok := lead.IDTime(l.ID); !ok || !at.Equal(l.ReceivedAt) {
			t.Fatalf("lead %d: id time %v, received %v", i, at, l.ReceivedAt)
		}
		ids[l.ID] = true
		forms[l.FormID]++
		verdicts[l.Verdict]++
		if l.Verdict != lead.VerdictJunk {
			if wd := l.ReceivedAt.Weekday(); wd == time.Saturday || wd == time.Sunday {
				weekend++
			}
			if h := l.ReceivedAt.Hour(); h < 5 || h > 21 {
				night++
			}
		}
		if l.Outcome != nil {
			outcomes++
			if l.Verdict != lead.VerdictQualified || seedUntil.Sub(l.ReceivedAt) < 14*24*time.Hour {
				t.Errorf("outcome on %s lead of %v", l.Verdict, l.ReceivedAt)
			}
		}
		if l.Verdict == lead.VerdictReview {
			waiting++
			if seedUntil.Sub(l.ReceivedAt) > 7*24*time.Hour {
				t.Errorf("a review lead of %v still waits", l.ReceivedAt)
			}
		}
		if l.Handoff != nil && l.Handoff.State == lead.HandoffSent && l.Handoff.SpeedToLeadMS > 0 {
			sent++
		}
	}
	people := len(a) - verdicts[lead.VerdictJunk]
	switch {
	case len(ids) != len(a):
		t.Errorf("%d ids for %d leads", len(ids), len(a))
	case forms["contact-sales"] < forms["newsletter"] || forms["newsletter"] < forms["partner-import"] || forms["partner-import"] == 0:
		t.Errorf("forms %v, want contact-sales > newsletter > partner-import > 0", forms)
	case verdicts[lead.VerdictJunk] < len(a)/5 || verdicts[lead.VerdictJunk] > len(a)*2/5:
		t.Errorf("verdicts %v: junk should be 20-40%%", verdicts)
	case verdicts[lead.VerdictQualified] < len(a)/10 || waiting == 0 || outcomes == 0:
		t.Errorf("verdicts %v, %d waiting, %d outcomes", verdicts, waiting, outcomes)
	case weekend*100/people > 20:
		t.Errorf("%d of %d people's leads at weekends: want a weekday pattern", weekend, people)
	case night*100/people > 15:
		t.Errorf("%d of %d people's leads at night: want an hour pattern", night, people)
	case sent != verdicts[lead.VerdictQualified]:
		t.Errorf("%d hand-offs sent for %d qualified", sent, verdicts[lead.VerdictQualified])
	}
}

func TestDevSeedRefusesARealTable(t *testing.T) {
	t.Setenv("AWS_ENDPOINT_URL_DYNAMODB", "")
	code, _, errOut := runCLI(t, "", map[string]string{"LEADS_TABLE": "leads", "AWS_ENDPOINT_URL_DYNAMODB": ""}, "dev", "seed", "--leads", "10")
	if code != 1 || !strings.Contains(errOut, "--yes-real-table") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

// TestDevSeedOnDynamoDB seeds the local server and finds the leads and
// their report aggregates.
func TestDevSeedOnDynamoDB(t *testing.T) {
	st := devstacktest.Stack(t)
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	tables := devstacktest.Tables(t, st)
	env := map[string]string{"LEADS_TABLE": tables["LeadsTable"]}
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	code, out, errOut := runCLI(t, "", env, "dev", "seed", "--leads", "600", "--days", "20", "--seed", "3", "--until", seedUntil.Format(time.RFC3339))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "seeded 600 leads of contact-sales, newsletter, partner-import") {
		t.Errorf("output %q", out)
	}
	s := store.New(dynamodb.NewFromConfig(devstacktest.Config(t, st)), tables["LeadsTable"])
	ctx := context.Background()
	var total, outcomes int64
	for _, form := range []string{"contact-sales", "newsletter", "partner-import"} {
		days, err := s.DayReports(ctx, form, seedUntil.AddDate(0, 0, -20), seedUntil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range days {
			for _, bySrc := range d.Leads {
				for _, n := range bySrc {
					total += n
				}
			}
			for _, bySeg := range d.OutcomeSegments {
				for _, n := range bySeg {
					outcomes += n
				}
			}
		}
	}
	if total != 600 {
		t.Errorf("the aggregates count %d leads, want 600", total)
	}
	want := seedPlan{n: 600, days: 20, seed: 3, until: seedUntil, forms: []string{"contact-sales", "newsletter", "partner-import"}}.make()
	var withOutcome int64
	for _, l := range want {
		if l.Outcome != nil {
			withOutcome++
		}
	}
	if withOutcome == 0 || outcomes != withOutcome {
		t.Errorf("the aggregates count %d outcomes, want the %d seeded", outcomes, withOutcome)
	}
	got, err := s.GetLead(ctx, want[300].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Email != want[300].Email || got.Verdict != want[300].Verdict || !got.ReceivedAt.Equal(want[300].ReceivedAt) {
		t.Errorf("stored lead %+v, want %+v", got, want[300])
	}
}

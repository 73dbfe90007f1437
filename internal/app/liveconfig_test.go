package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app"
	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// refresh is CONFIG_REFRESH_SECONDS in these tests: the functions read a
// pointer at most once a second, so a publish reaches them after
// sleeping a little longer than that. The sleep only makes the interval
// pass; nothing here measures how long anything took.
const refresh = time.Second

// configFlow is every function on fresh tables, following the live
// configuration with a one-second refresh, and the versions service the
// console and leadctl publish through.
type configFlow struct {
	*flow
	svc *versions.Service
	ip  int
}

func newConfigFlow(t *testing.T) *configFlow {
	t.Helper()
	f := newFlowWith(t, map[string]string{"CONFIG_REFRESH_SECONDS": fmt.Sprint(int(refresh / time.Second))})
	return &configFlow{flow: f, svc: &versions.Service{Store: f.store, Builtin: config.Builtin, Check: configcheck.CheckFiles, Now: time.Now}}
}

// publish pushes kind's built-in files changed by edit and publishes them,
// then lets the refresh interval pass.
func (c *configFlow) publish(t *testing.T, kind versions.Kind, edit func(versions.Files) versions.Files) int64 {
	t.Helper()
	ctx := context.Background()
	v, err := c.svc.Push(ctx, kind, edit(config.Builtin(kind)), 0, "mia", "test")
	if err != nil {
		t.Fatalf("push %s: %v", kind, err)
	}
	if _, err := c.svc.Publish(ctx, kind, v.Number, "mia", "test"); err != nil {
		t.Fatalf("publish %s v%d: %v", kind, v.Number, err)
	}
	time.Sleep(refresh + 100*time.Millisecond)
	return v.Number
}

func (c *configFlow) rollback(t *testing.T, kind versions.Kind) {
	t.Helper()
	if _, err := c.svc.Rollback(context.Background(), kind, "mia", "test"); err != nil {
		t.Fatalf("rollback %s: %v", kind, err)
	}
	time.Sleep(refresh + 100*time.Millisecond)
}

// submit stores fields from an address of their own (the velocity limits
// count posts by address) and returns the lead once its hand-off ran.
func (c *configFlow) submit(t *testing.T, form string, fields map[string]any) *lead.Lead {
	t.Helper()
	c.ip++
	return c.submitFrom(t, form, fields, fmt.Sprintf("198.51.100.%d", c.ip))
}

// replace replaces old by repl in the one file of files that has it.
func replace(t *testing.T, old, repl string) func(versions.Files) versions.Files {
	return func(files versions.Files) versions.Files {
		t.Helper()
		n := 0
		for name, text := range files {
			if strings.Contains(text, old) {
				files[name] = strings.Replace(text, old, repl, 1)
				n++
			}
		}
		if n != 1 {
			t.Fatalf("%q is in %d files, want 1", old, n)
		}
		return files
	}
}

// TestPublishedRulesJudgeTheNextPost: a rules version requiring a phone
// number to qualify is
// used by the first post after the refresh interval, which records it as
// rules v2; a rollback restores the verdict and v1.
func TestPublishedRulesJudgeTheNextPost(t *testing.T) {
	c := newConfigFlow(t)
	buyer := func() map[string]any {
		return qualifiedFields(fmt.Sprintf("k.becker+%d@brandt-maschinenbau.de", time.Now().UnixNano()))
	}
	l := c.submit(t, "partner-import", buyer())
	if l.Verdict != lead.VerdictQualified || !strings.HasPrefix(l.RulesVersion, "v1-") {
		t.Fatalf("before any publish: %s by rules %q; want qualified by v1", l.Verdict, l.RulesVersion)
	}
	c.publish(t, versions.Rules, replace(t, "    required_fields: [email, company] #", "    required_fields: [email, company, phone] #"))
	l2 := c.submit(t, "partner-import", buyer())
	if l2.Verdict == lead.VerdictQualified || !strings.HasPrefix(l2.RulesVersion, "v2-") || l2.RulesVersion[3:] == l.RulesVersion[3:] {
		t.Fatalf("after publishing v2: %s by rules %q (v1 was %q); want not qualified, by v2 with its own hash", l2.Verdict, l2.RulesVersion, l.RulesVersion)
	}
	if len(l2.History) != 1 || l2.History[0].RulesVersion != l2.RulesVersion {
		t.Errorf("history %+v does not name the rules version", l2.History)
	}
	c.rollback(t, versions.Rules)
	l3 := c.submit(t, "partner-import", buyer())
	if l3.Verdict != lead.VerdictQualified || l3.RulesVersion != l.RulesVersion {
		t.Fatalf("after the rollback: %s by rules %q; want qualified by %q", l3.Verdict, l3.RulesVersion, l.RulesVersion)
	}
}

// TestPublishedFormsValidateTheNextPost: a forms version making company
// required refuses the next post without it with the field named, and a
// rollback accepts it again.
func TestPublishedFormsValidateTheNextPost(t *testing.T) {
	c := newConfigFlow(t)
	fields := func() map[string]any {
		return map[string]any{"email": fmt.Sprintf("ines.moreau+%d@atelier-moreau.fr", time.Now().UnixNano()), "first_name": "Inès"}
	}
	c.submit(t, "partner-import", fields())
	c.publish(t, versions.Forms, replace(t, "    render_token: false\n    required: [email]", "    render_token: false\n    required: [email, company]"))
	c.ip++
	resp := c.post(t, "partner-import", fields(), fmt.Sprintf("198.51.100.%d", c.ip))
	var e errorBody
	if err := json.Unmarshal([]byte(resp.Body), &e); err != nil || resp.StatusCode != 400 || e.Error.Code == "" || e.Error.Fields["company"] == "" {
		t.Fatalf("a post without company after forms v2: %d %s; want 400 naming the field", resp.StatusCode, resp.Body)
	}
	c.rollback(t, versions.Forms)
	c.submit(t, "partner-import", fields())
}

// TestPublishedSequencesSendTheNextStep: a sequences version changing the
// first step's subject is what the next dispatcher pass sends; after a
// rollback the old subject is sent again.
func TestPublishedSequencesSendTheNextStep(t *testing.T) {
	c := newConfigFlow(t)
	nurtured := func() (*lead.Lead, string) {
		addr := fmt.Sprintf("nguyen.anh+%d@gmail.com", time.Now().UnixNano())
		l := c.submit(t, "partner-import", nurtureFields(addr))
		if l.Verdict != lead.VerdictNurture || l.Nurture == nil {
			t.Fatalf("fixture not a nurture lead: %s %+v", l.Verdict, l.Nurture)
		}
		return l, addr
	}
	// A Wednesday noon UTC a week ahead lies in every send window.
	now := nextWeekday(time.Now().UTC().AddDate(0, 0, 7), time.Wednesday)
	firstSubject := func(addr string) string {
		t.Helper()
		c.pass(t, now)
		mails := c.mailFor(t, addr)
		if len(mails) != 1 {
			t.Fatalf("%d emails after the first pass, want step 1", len(mails))
		}
		return mails[0].Subject
	}
	_, before := nurtured()
	old := firstSubject(before)

	// Every sequence's first subject gets a prefix: whichever the lead is
	// in, its first step changes.
	c.publish(t, versions.Sequences, func(files versions.Files) versions.Files {
		for name, text := range files {
			files[name] = strings.Replace(text, `    subject: "`, `    subject: "New: `, 1)
		}
		return files
	})
	_, after := nurtured()
	if got := firstSubject(after); got != "New: "+old {
		t.Fatalf("first step after sequences v2: %q, want %q", got, "New: "+old)
	}
	c.rollback(t, versions.Sequences)
	_, again := nurtured()
	if got := firstSubject(again); got != old {
		t.Fatalf("first step after the rollback: %q, want %q", got, old)
	}
}

// TestPublishedRoutingRoutesTheNextHandoffs: a routing version weighting
// one member of the default team 100 to 1 gives them the next hand-offs
// (the first 50 turns of each of the team's turn counters are theirs);
// a version weighting the other one gives them to the other; a rollback
// gives them back.
func TestPublishedRoutingRoutesTheNextHandoffs(t *testing.T) {
	c := newConfigFlow(t)
	const sam, alex = "sam.okafor@northwind.example", "alex.kim@northwind.example"
	owners := func() []string {
		t.Helper()
		var out []string
		for range 3 {
			l := c.submit(t, "partner-import", qualifiedFields(fmt.Sprintf("k.becker+%d@brandt-maschinenbau.de", time.Now().UnixNano())))
			if l.Verdict != lead.VerdictQualified || l.Handoff == nil || l.Handoff.State != lead.HandoffSent || l.Handoff.Team != "inbound" {
				t.Fatalf("fixture not handed off to the inbound team: %s %+v", l.Verdict, l.Handoff)
			}
			out = append(out, l.Handoff.OwnerEmail)
		}
		return out
	}
	weigh := func(who string) func(versions.Files) versions.Files {
		return replace(t, "        email: "+who+"\n", "        email: "+who+"\n        weight: 100\n")
	}
	all := func(got []string, want string) bool {
		for _, o := range got {
			if o != want {
				return false
			}
		}
		return true
	}
	c.publish(t, versions.Routing, weigh(alex))
	if got := owners(); !all(got, alex) {
		t.Fatalf("owners with Alex weighted 100: %v", got)
	}
	c.publish(t, versions.Routing, weigh(sam))
	if got := owners(); !all(got, sam) {
		t.Fatalf("owners with Sam weighted 100: %v", got)
	}
	c.rollback(t, versions.Routing)
	if got := owners(); !all(got, alex) {
		t.Fatalf("owners after the rollback to Alex weighted 100: %v", got)
	}
}

// TestBrokenVersionKeepsTheLastGood: a rules version that does not parse,
// made live behind the checks' back (written to the table directly), is
// not used: a warm intake keeps judging by the version it has, and an
// instance started meanwhile answers 503 until a good version is live.
func TestBrokenVersionKeepsTheLastGood(t *testing.T) {
	c := newConfigFlow(t)
	ctx := context.Background()
	buyer := func() map[string]any {
		return qualifiedFields(fmt.Sprintf("k.becker+%d@brandt-maschinenbau.de", time.Now().UnixNano()))
	}
	c.publish(t, versions.Rules, replace(t, "    junk_at: 60\n", "    junk_at: 65\n"))
	if l := c.submit(t, "partner-import", buyer()); !strings.HasPrefix(l.RulesVersion, "v2-") {
		t.Fatalf("judged by %q, want v2", l.RulesVersion)
	}
	broken := versions.Version{Kind: versions.Rules, Number: 3, Files: versions.Files{"rules.yaml": "version: 1\ndefaults: [not, a, mapping]\n"},
		Author: "someone", CreatedAt: time.Now(), Note: "written past the checks"}
	if err := c.store.PutConfigVersion(ctx, broken); err != nil {
		t.Fatal(err)
	}
	if err := c.store.SetLiveConfig(ctx, versions.Live{Kind: versions.Rules, Number: 3, Previous: 2, Earlier: []int64{1, 2}}, 2); err != nil {
		t.Fatal(err)
	}
	time.Sleep(refresh + 100*time.Millisecond)
	if l := c.submit(t, "partner-import", buyer()); !strings.HasPrefix(l.RulesVersion, "v2-") || l.Verdict != lead.VerdictQualified {
		t.Fatalf("with a broken v3 live: %s by %q; want the warm function to keep v2", l.Verdict, l.RulesVersion)
	}

	cold, err := app.NewHTTPHandler(ctx, "IntakeFunction", c.getenv)
	if err != nil {
		t.Fatal(err)
	}
	coldFlow := *c.flow
	coldFlow.intake = cold
	c.ip++
	if resp := coldFlow.post(t, "partner-import", buyer(), fmt.Sprintf("198.51.100.%d", c.ip)); resp.StatusCode != 503 {
		t.Fatalf("a new instance with a broken version live: %d %s; want 503", resp.StatusCode, resp.Body)
	}
	c.rollback(t, versions.Rules)
	c.ip++
	if resp := coldFlow.post(t, "partner-import", buyer(), fmt.Sprintf("198.51.100.%d", c.ip)); resp.StatusCode != 201 {
		t.Fatalf("the new instance after the rollback: %d %s; want 201", resp.StatusCode, resp.Body)
	}
}

package app_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/privacy"
)

// crashingStore is the store with a process that dies after erasing
// `left` leads: every later write fails.
type crashingStore struct {
	*store.Store
	left int
}

func (c *crashingStore) ReplaceLead(ctx context.Context, l *lead.Lead, prev time.Time) error {
	if c.left == 0 {
		return errors.New("process died")
	}
	c.left--
	return c.Store.ReplaceLead(ctx, l, prev)
}

// TestErasureLeavesNoTraceAndNoMail erases a person with a nurture lead, a
// returning person's lead, a qualified one and a junk one (and an old,
// plain-text suppression), first in a run that dies half-way and then in
// the run that finishes it; then a full table scan finds neither the
// address (any casing, nor its local part) nor the name, phone, company or
// IP, and new posts from the address are stored but mailed to nobody.
func TestErasureLeavesNoTraceAndNoMail(t *testing.T) {
	f := newFlow(t)
	ctx := context.Background()
	local := fmt.Sprintf("Erasee.Q%d", time.Now().UnixNano())
	addr := local + "@Example-Erase.de"

	nurture := f.submit(t, "partner-import", nurtureFields(addr))
	now := nextWeekday(time.Now().UTC().AddDate(0, 0, 7), time.Wednesday)
	f.pass(t, now) // the first nurture e-mail goes out
	returning := f.submit(t, "partner-import", map[string]any{"email": strings.ToUpper(addr), "first_name": "Ánh", "last_name": "Nguyễn Thị",
		"company": "Anh Bakery", "phone": "+84 28 3823 4567", "message": "Back again: could you send prices for two shops?"})
	qf := qualifiedFields(addr)
	qf["phone"] = "+49 30 901820"
	qualified := f.submit(t, "partner-import", qf)
	junk := f.submit(t, "partner-import", map[string]any{"email": addr, "first_name": "asdfgh", "last_name": "qwerty",
		"company": "asdf", "message": "BUY CHEAP BACKLINKS NOW!!! https://cheap-links.xyz https://seo-boost.top", "website_url": "http://spam.example"})
	if nurture.Verdict != lead.VerdictNurture || qualified.Verdict != lead.VerdictQualified || junk.Verdict != lead.VerdictJunk || returning.PreviousID == "" {
		t.Fatalf("fixtures: nurture %s, qualified %s, junk %s, returning merged %q", nurture.Verdict, qualified.Verdict, junk.Verdict, returning.PreviousID)
	}
	mailed := len(f.mailFor(t, addr))
	if mailed < 2 {
		t.Fatalf("%d e-mails before the erasure, want the nurture step and the sales e-mail", mailed)
	}
	// A suppression from before suppressions were hashed names the address.
	db := dynamodb.NewFromConfig(devstacktest.Config(t, f.st))
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(f.store.Table()), Item: map[string]types.AttributeValue{
		"pk": &types.AttributeValueMemberS{Value: "SUPP#" + strings.ToLower(addr)}, "sk": &types.AttributeValueMemberS{Value: "SUPP"},
		"reason": &types.AttributeValueMemberS{Value: "unsubscribe"},
	}}); err != nil {
		t.Fatal(err)
	}
	ids := []string{nurture.ID, returning.ID, qualified.ID, junk.ID}

	by := privacy.Actor{Subject: "test-sub-1", Name: "Dana Admin"}
	conflict := func(err error) bool { return errors.Is(err, store.ErrConflict) }
	crash := &privacy.Service{Store: &crashingStore{Store: f.store, left: 2}, Conflict: conflict}
	if _, err := crash.Erase(ctx, addr, by); err == nil {
		t.Fatal("the dying run reported success")
	}
	svc := &privacy.Service{Store: f.store, Conflict: conflict}
	r, err := svc.Erase(ctx, strings.ToLower(addr), by)
	if err != nil {
		t.Fatal(err)
	}
	if r.Leads != 2 {
		t.Errorf("the rerun erased %d leads, want the 2 the dying run left", r.Leads)
	}
	if r, err = svc.Erase(ctx, addr, by); err != nil || r.Leads != 0 {
		t.Fatalf("a third run: %+v %v", r, err)
	}

	needles := []string{strings.ToLower(addr), strings.ToLower(local), "ánh", "nguyễn", "anh bakery", "katrin", "becker",
		"brandt", "asdfgh", "qwerty", "backlinks", "+84 28",
		// The phone numbers as given and as stored: long enough that no
		// timestamp's nanoseconds hold them by chance.
		"3823 4567", "2838234567", "30 901820", "30901820", "203.0.113.7", "mozilla"}
	scanForTraces(t, f, db, needles)

	// The leads stay, without the person, for reports and backtests.
	for _, id := range ids {
		l, err := f.store.GetLead(ctx, id)
		if err != nil {
			t.Fatalf("erased lead %s: %v", id, err)
		}
		if l.Email != "" || l.Fields.Email != "" || l.Verdict == "" || l.History[len(l.History)-1].Cause != "erased" {
			t.Errorf("erased lead %s: email %q verdict %q history %+v", id, l.Email, l.Verdict, l.History)
		}
		if l.Nurture != nil && l.Nurture.Live() {
			t.Errorf("erased lead %s still enrolled: %+v", id, l.Nurture)
		}
	}
	audit, _, err := f.store.Audit(ctx, 10, "")
	if err != nil || len(audit) == 0 || audit[0].Action != "erase" || audit[0].Subject != by.Subject {
		t.Fatalf("audit trail: %+v %v", audit, err)
	}
	if sp, err := f.store.Suppressed(ctx, addr); err != nil || sp == nil || sp.Reason != privacy.Erasure {
		t.Fatalf("suppression: %+v %v", sp, err)
	}

	// New posts from the address are stored, and nobody is mailed.
	again := f.submit(t, "partner-import", nurtureFields(strings.ToUpper(local)+"@example-erase.DE"))
	againQ := submitFrom(t, f, "198.51.100.20", "partner-import", qualifiedFields(addr))
	if againQ.Verdict != lead.VerdictQualified || again.Verdict != lead.VerdictNurture {
		t.Fatalf("new posts: %s, %s %+v", again.Verdict, againQ.Verdict, againQ.Reasons)
	}
	if h := againQ.Handoff; h == nil || h.State != lead.HandoffFailed || !strings.Contains(h.LastError, "erased") {
		t.Errorf("sales hand-off of a post after the erasure: %+v", h)
	}
	for _, at := range []time.Time{time.Now().Add(2 * time.Minute), now.AddDate(0, 0, 7), now.AddDate(0, 1, 0)} {
		f.pass(t, at)
	}
	if n := len(f.mailFor(t, addr)); n != mailed {
		t.Fatalf("%d e-mails after the erasure, want still %d", n, mailed)
	}
	if l, _ := f.store.GetLead(ctx, again.ID); l.Nurture == nil || l.Nurture.State != lead.NurtureStopped {
		t.Errorf("nurture of a post after the erasure: %+v", l.Nurture)
	}
}

// submitFrom posts fields to form from ip (f.submit posts from one
// address, whose velocity check would hold a sixth post for review) and
// reads the stored lead once its hand-off ran.
func submitFrom(t *testing.T, f *flow, ip, form string, fields map[string]any) *lead.Lead {
	t.Helper()
	body, _ := json.Marshal(fields)
	resp, err := f.intake(context.Background(), events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "POST /forms/{formId}/submissions", RawPath: "/forms/" + form + "/submissions",
		Headers: map[string]string{"content-type": "application/json", "accept": "application/json",
			"user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "origin": "http://127.0.0.1:3000"},
		Body: string(body), PathParameters: map[string]string{"formId": form},
		RequestContext: events.APIGatewayV2HTTPRequestContext{RequestID: "r-" + ip,
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST", Path: "/forms/" + form + "/submissions", SourceIP: ip}},
	})
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("submit: %v %d %s", err, resp.StatusCode, resp.Body)
	}
	var ok struct{ ID string }
	_ = json.Unmarshal([]byte(resp.Body), &ok)
	f.lambda.Wait()
	l, err := f.store.GetLead(context.Background(), ok.ID)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// scanForTraces reads the whole table and fails on any needle found in
// any attribute of any item (lower-cased), or in a lead's decoded body.
func scanForTraces(t *testing.T, f *flow, db *dynamodb.Client, needles []string) {
	t.Helper()
	ctx := context.Background()
	texts, err := devstacktest.TableText(ctx, db, f.store.Table())
	if err != nil {
		t.Fatal(err)
	}
	items := len(texts)
	for _, it := range texts {
		for _, n := range needles {
			if strings.Contains(it.Text, n) {
				t.Errorf("item %s holds %q after the erasure:\n%s", it.PK, n, it.Text)
			}
		}
	}
	if items < 10 {
		t.Fatalf("the scan read %d items: not the table the test wrote", items)
	}
}

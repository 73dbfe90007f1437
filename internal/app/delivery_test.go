package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

const testSecret = "test-signing-secret-0123456789abcdef"

// flow is every function of the routing path on fresh tables of the shared
// local stack (DynamoDB and SES stand-ins).
type flow struct {
	st       *devstack.Stack
	intake   app.HTTPHandler
	unsub    app.HTTPHandler
	dispatch func(ctx context.Context, now time.Time) error
	sns      app.SNSHandler
	store    *store.Store
	// lambda runs the hand-off function intake invokes.
	lambda *lambdaStandIn
	// getenv is the functions' environment.
	getenv func(string) string
}

func newFlow(t *testing.T) *flow { return newFlowWith(t, nil) }

// newFlowWith is newFlow with the functions' variables extra added.
func newFlowWith(t *testing.T, extra map[string]string) *flow {
	t.Helper()
	st := devstacktest.Stack(t)
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	tables := devstacktest.Tables(t, st)
	env := map[string]string{"LEADS_TABLE": tables["LeadsTable"], "SIGNING_SECRET": testSecret, "LOG_LEVEL": "ERROR"}
	maps.Copy(env, extra)
	getenv := func(k string) string { return env[k] }
	ctx := context.Background()
	f := &flow{st: st, store: store.New(dynamodb.NewFromConfig(devstacktest.Config(t, st)), tables["LeadsTable"]), getenv: getenv}
	f.lambda = startLambda(t, getenv)
	var err error
	if f.intake, err = app.NewHTTPHandler(ctx, "IntakeFunction", getenv); err != nil {
		t.Fatal(err)
	}
	if f.unsub, err = app.NewHTTPHandler(ctx, "UnsubscribeFunction", getenv); err != nil {
		t.Fatal(err)
	}
	if f.dispatch, err = app.NewScheduledHandler(ctx, "DispatcherFunction", getenv); err != nil {
		t.Fatal(err)
	}
	if f.sns, err = app.NewSNSHandler(ctx, "SesEventsFunction", getenv); err != nil {
		t.Fatal(err)
	}
	return f
}

// mailFor returns the emails the SES stand-in holds that were sent to addr
// or have addr as Reply-To (the stand-in is shared by the package's tests).
func (f *flow) mailFor(t *testing.T, addr string) []devstack.Email {
	t.Helper()
	all, err := f.st.Emails(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []devstack.Email
	for _, e := range all {
		if hasAddr(e.To, addr) || hasAddr(e.ReplyTo, addr) {
			out = append(out, e)
		}
	}
	return out
}

// hasAddr reports whether one of list ("Name" <a@b> or a@b) is addr.
func hasAddr(list []string, addr string) bool {
	return slices.ContainsFunc(list, func(s string) bool {
		return strings.EqualFold(s, addr) || strings.HasSuffix(strings.ToLower(s), "<"+strings.ToLower(addr)+">")
	})
}

func (f *flow) submit(t *testing.T, form string, fields map[string]any) *lead.Lead {
	t.Helper()
	return f.submitFrom(t, form, fields, "203.0.113.7")
}

// submitFrom posts fields from address ip, expects them stored and
// returns the stored lead once its hand-off ran.
func (f *flow) submitFrom(t *testing.T, form string, fields map[string]any, ip string) *lead.Lead {
	t.Helper()
	resp := f.post(t, form, fields, ip)
	if resp.StatusCode != 201 {
		t.Fatalf("submit: %d %s", resp.StatusCode, resp.Body)
	}
	var ok struct{ ID string }
	_ = json.Unmarshal([]byte(resp.Body), &ok)
	// The hand-off runs in the function intake invoked asynchronously.
	f.lambda.Wait()
	l, err := f.store.GetLead(context.Background(), ok.ID)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// post sends fields to form's submissions route from address ip as a
// browser would, and returns the answer.
func (f *flow) post(t *testing.T, form string, fields map[string]any, ip string) events.APIGatewayV2HTTPResponse {
	t.Helper()
	body, _ := json.Marshal(fields)
	resp, err := f.intake(context.Background(), events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "POST /forms/{formId}/submissions", RawPath: "/forms/" + form + "/submissions",
		Headers: map[string]string{"content-type": "application/json", "accept": "application/json",
			"user-agent":      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
			"accept-language": "de-DE,de;q=0.9", "origin": "http://127.0.0.1:3000"},
		Body: string(body), PathParameters: map[string]string{"formId": form},
		RequestContext: events.APIGatewayV2HTTPRequestContext{RequestID: "r-" + form,
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST", Path: "/forms/" + form + "/submissions", SourceIP: ip}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func (f *flow) pass(t *testing.T, now time.Time) {
	t.Helper()
	if err := f.dispatch(context.Background(), now); err != nil {
		t.Fatalf("dispatcher pass at %s: %v", now, err)
	}
}

// qualifiedFields is a buyer the shipped rules qualify.
func qualifiedFields(email string) map[string]any {
	return map[string]any{"email": email, "first_name": "Katrin", "last_name": "Becker",
		"company": "Brandt Maschinenbau GmbH", "job_title": "Geschäftsführerin", "country": "DE", "company_size": "201-1000",
		"budget": "25k-100k", "timeline": "this quarter", "message": "Wir möchten eine Demo und ein Angebot für 60 Vertriebsmitarbeiter."}
}

// nurtureFields is a genuine but early lead.
func nurtureFields(email string) map[string]any {
	return map[string]any{"email": email, "first_name": "Ánh", "last_name": "Nguyễn Thị",
		"company": "Anh Bakery", "message": "Just researching options for my small shop."}
}

func TestQualifiedLeadSendsOneSalesEmail(t *testing.T) {
	f := newFlow(t)
	addr := fmt.Sprintf("k.becker+%d@brandt-maschinenbau.de", time.Now().UnixNano())
	l := f.submit(t, "partner-import", qualifiedFields(addr))
	if l.Verdict != lead.VerdictQualified {
		t.Fatalf("fixture not qualified by the shipped rules: %s %+v", l.Verdict, l.Reasons)
	}
	if l.Handoff == nil || l.Handoff.State != lead.HandoffSent || l.Handoff.MessageID == "" || l.Handoff.OwnerEmail == "" {
		t.Fatalf("hand-off not recorded as sent: %+v", l.Handoff)
	}
	// The email went out in the hand-off function intake invoked
	// asynchronously; speed to lead is recorded. Wall-clock limits are benchmarks' business,
	// not tests' (they would flake on a shared machine).
	if l.Handoff.SpeedToLeadMS <= 0 || l.Handoff.SentAt == nil || l.Handoff.SentAt.Before(l.ReceivedAt) {
		t.Errorf("speed to lead not recorded: %+v", l.Handoff)
	}
	// Passes later on find nothing to do: exactly one email.
	f.pass(t, time.Now().Add(2*time.Minute))
	f.pass(t, time.Now().Add(2*time.Hour))
	got := f.mailFor(t, addr)
	if len(got) != 1 {
		t.Fatalf("%d sales emails, want exactly 1", len(got))
	}
	e := got[0]
	if !hasAddr(e.To, l.Handoff.OwnerEmail) || !hasAddr(e.ReplyTo, addr) || !strings.Contains(e.Subject, "Katrin Becker") {
		t.Errorf("sales email to %v subject %q (owner %s)", e.To, e.Subject, l.Handoff.OwnerEmail)
	}
	if after, _ := f.store.GetLead(context.Background(), l.ID); after.Handoff.Attempts != 1 {
		t.Errorf("attempts %d, want 1", after.Handoff.Attempts)
	}
}

func TestNurtureStepsUnsubscribe(t *testing.T) {
	f := newFlow(t)
	ctx := context.Background()
	addr := fmt.Sprintf("nguyen.anh+%d@gmail.com", time.Now().UnixNano())
	l := f.submit(t, "partner-import", nurtureFields(addr))
	if l.Verdict != lead.VerdictNurture || l.Nurture == nil {
		t.Fatalf("fixture not a nurture lead: %s %+v", l.Verdict, l.Nurture)
	}
	if n := len(f.mailFor(t, addr)); n != 0 {
		t.Fatalf("%d emails before any dispatcher pass", n)
	}
	// A Wednesday noon UTC a week ahead lies in every send window.
	now := nextWeekday(time.Now().UTC().AddDate(0, 0, 7), time.Wednesday)
	f.pass(t, now)
	mails := f.mailFor(t, addr)
	if len(mails) != 1 {
		t.Fatalf("%d emails after the first pass, want step 1", len(mails))
	}
	l1, _ := f.store.GetLead(ctx, l.ID)
	if l1.Nurture.State != lead.NurtureActive || l1.Nurture.Step != 1 || l1.Nurture.NextAt == nil {
		t.Fatalf("enrollment after step 1: %+v", l1.Nurture)
	}
	// Same time again: nothing new is due.
	f.pass(t, now.Add(time.Minute))
	if n := len(f.mailFor(t, addr)); n != 1 {
		t.Fatalf("%d emails after a pass with nothing due", n)
	}
	f.pass(t, l1.Nurture.NextAt.Add(time.Second))
	mails = f.mailFor(t, addr)
	if len(mails) != 2 || mails[0].Subject == mails[1].Subject {
		t.Fatalf("after the step 2 pass: %d emails", len(mails))
	}
	link := unsubLink(t, mails[1].Text)

	// GET never unsubscribes; POST does, and is idempotent.
	token := strings.TrimPrefix(link, "http://127.0.0.1:3000/u/")
	resp := f.unsubReq(t, "GET", token, "")
	if resp.StatusCode != 200 || !strings.Contains(resp.Body, `method="post"`) {
		t.Fatalf("GET: %d %s", resp.StatusCode, resp.Body)
	}
	if l2, _ := f.store.GetLead(ctx, l.ID); l2.Nurture.State != lead.NurtureActive {
		t.Fatal("GET changed the enrollment")
	}
	for range 2 {
		resp = f.unsubReq(t, "POST", token, "List-Unsubscribe=One-Click")
		if resp.StatusCode != 200 || resp.Headers["Location"] != "" || resp.Headers["Set-Cookie"] != "" {
			t.Fatalf("POST: %d %v", resp.StatusCode, resp.Headers)
		}
	}
	// The recorder runs in the function the endpoint invoked asynchronously.
	f.lambda.Wait()
	if l3, _ := f.store.GetLead(ctx, l.ID); l3.Nurture.State != lead.NurtureStopped {
		t.Fatalf("enrollment after unsubscribe: %+v", l3.Nurture)
	}
	if s, _ := f.store.Suppressed(ctx, addr); s == nil || s.Reason != "unsubscribe" {
		t.Fatalf("suppression: %+v", s)
	}
	// A forged token gets the same answer and changes nothing.
	forged := f.unsubReq(t, "POST", token[:len(token)-2]+"AA", "List-Unsubscribe=One-Click")
	if forged.StatusCode != resp.StatusCode || forged.Body != resp.Body {
		t.Error("forged token answered differently")
	}
	f.pass(t, now.AddDate(0, 1, 0))
	if n := len(f.mailFor(t, addr)); n != 2 {
		t.Fatalf("%d emails after unsubscribe, want still 2", n)
	}
}

func (f *flow) unsubReq(t *testing.T, method, token, body string) events.APIGatewayV2HTTPResponse {
	t.Helper()
	resp, err := f.unsub(context.Background(), events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: method + " /u/{token}", RawPath: "/u/" + token, Body: body,
		Headers:        map[string]string{"content-type": "application/x-www-form-urlencoded"},
		PathParameters: map[string]string{"token": token},
		RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: method, Path: "/u/" + token}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func unsubLink(t *testing.T, text string) string {
	t.Helper()
	i := strings.Index(text, "http://127.0.0.1:3000/u/")
	if i < 0 {
		t.Fatalf("no unsubscribe link in:\n%s", text)
	}
	link := text[i:]
	if j := strings.IndexAny(link, " \r\n)>"); j >= 0 {
		link = link[:j]
	}
	return link
}

func nextWeekday(t time.Time, d time.Weekday) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, time.UTC)
	for t.Weekday() != d {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

func snsEvent(t *testing.T, message string) events.SNSEvent {
	t.Helper()
	return events.SNSEvent{Records: []events.SNSEventRecord{{EventSource: "aws:sns", SNS: events.SNSEntity{MessageID: "m1", Type: "Notification", Message: message}}}}
}

func TestHardBounceSuppresses(t *testing.T) {
	f := newFlow(t)
	ctx := context.Background()
	addr := fmt.Sprintf("bounce+%d@gmail.com", time.Now().UnixNano())
	l := f.submit(t, "partner-import", nurtureFields(addr))
	bounce := fmt.Sprintf(`{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
		"bouncedRecipients":[{"emailAddress":%q,"status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},{"emailAddress":"other@example.org"}],
		"timestamp":"2026-10-03T14:22:05.000Z","feedbackId":"f1"},
		"mail":{"timestamp":"2026-10-03T14:22:00.000Z","messageId":"m-1","source":"hello@northwind.example","destination":[%q],"unknownField":true}}`, strings.ToUpper(addr), addr)
	if err := f.sns(ctx, snsEvent(t, bounce)); err != nil {
		t.Fatal(err)
	}
	// A delivery that arrives late does not undo the suppression.
	delivery := fmt.Sprintf(`{"notificationType":"Delivery","delivery":{"timestamp":"2026-10-03T14:20:00.000Z","recipients":[%q]},"mail":{"timestamp":"2026-10-03T14:19:00.000Z","messageId":"m-0","destination":[%q]}}`, addr, addr)
	if err := f.sns(ctx, snsEvent(t, delivery)); err != nil {
		t.Fatal(err)
	}
	if s, _ := f.store.Suppressed(ctx, addr); s == nil || s.Reason != "bounce" {
		t.Fatalf("suppression: %+v", s)
	}
	if got, _ := f.store.GetLead(ctx, l.ID); got.Nurture.State != lead.NurtureStopped {
		t.Fatalf("enrollment: %+v", got.Nurture)
	}
	f.pass(t, nextWeekday(time.Now().UTC().AddDate(0, 0, 7), time.Wednesday))
	if n := len(f.mailFor(t, addr)); n != 0 {
		t.Fatalf("%d emails to a bounced address", n)
	}
	// Malformed notifications are skipped, not retried forever.
	if err := f.sns(ctx, snsEvent(t, "{not json")); err != nil {
		t.Fatalf("malformed notification failed the invocation: %v", err)
	}
}

func TestSESOutageRetriesHandoff(t *testing.T) {
	f := newFlow(t)
	ctx := context.Background()
	t.Setenv("AWS_MAX_ATTEMPTS", "1")
	if err := f.st.StopSES(); err != nil {
		t.Fatal(err)
	}
	restarted := false
	t.Cleanup(func() {
		if !restarted {
			_ = f.st.StartSES(context.Background())
		}
	})
	addr := fmt.Sprintf("k.becker+outage%d@brandt-maschinenbau.de", time.Now().UnixNano())
	l := f.submit(t, "partner-import", qualifiedFields(addr))
	if l.Handoff == nil || l.Handoff.State != lead.HandoffPending || l.Handoff.LastError == "" || l.Handoff.Attempts != 1 {
		t.Fatalf("hand-off during the outage: %+v", l.Handoff)
	}
	// A pass during the outage after the backoff: still pending, attempt 2.
	f.pass(t, l.Handoff.NextAt.Add(time.Second))
	l2, _ := f.store.GetLead(ctx, l.ID)
	if l2.Handoff.State != lead.HandoffPending || l2.Handoff.Attempts != 2 || !l2.Handoff.NextAt.After(*l.Handoff.NextAt) {
		t.Fatalf("hand-off after a failed retry: %+v", l2.Handoff)
	}
	if err := f.st.StartSES(ctx); err != nil {
		t.Fatal(err)
	}
	restarted = true
	f.pass(t, l2.Handoff.NextAt.Add(-time.Second)) // not due yet
	if n := len(f.mailFor(t, addr)); n != 0 {
		t.Fatalf("%d emails before the retry was due", n)
	}
	f.pass(t, l2.Handoff.NextAt.Add(time.Second))
	f.pass(t, l2.Handoff.NextAt.Add(time.Hour))
	if n := len(f.mailFor(t, addr)); n != 1 {
		t.Fatalf("%d sales emails after the outage, want exactly 1", n)
	}
	l3, _ := f.store.GetLead(ctx, l.ID)
	if l3.Handoff.State != lead.HandoffSent || l3.Handoff.Attempts != 3 || l3.Handoff.LastError != "" {
		t.Fatalf("hand-off after recovery: %+v", l3.Handoff)
	}
}

// TestUnsubscribeTokenForOtherAddress: a valid token whose address is not
// the lead's changes nothing.
func TestUnsubscribeTokenForOtherAddress(t *testing.T) {
	f := newFlow(t)
	ctx := context.Background()
	addr := fmt.Sprintf("nguyen.anh+x%d@gmail.com", time.Now().UnixNano())
	l := f.submit(t, "partner-import", nurtureFields(addr))
	s, err := unsubscribe.NewSigner([]byte(testSecret))
	if err != nil {
		t.Fatal(err)
	}
	resp := f.unsubReq(t, "POST", s.Token("someone.else@example.org", l.ID, time.Now()), "List-Unsubscribe=One-Click")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	f.lambda.Wait()
	if sp, _ := f.store.Suppressed(ctx, addr); sp != nil {
		t.Fatal("a token for another address suppressed the lead")
	}
	if got, _ := f.store.GetLead(ctx, l.ID); got.Nurture.State != lead.NurtureActive || got.Nurture.StopReason != "" {
		t.Fatalf("enrollment changed: %+v", got.Nurture)
	}
}

// TestReplayRoutingEvents sends every sample in events/unsubscribe,
// events/sesevents, events/dispatcher, events/handoff and
// events/unsubscriberecorder through its
// function and checks the outcome its file name promises (name.STATUS.json,
// .ok.json for functions without an HTTP status).
func TestReplayRoutingEvents(t *testing.T) {
	f := newFlow(t)
	root := repoRoot(t)
	for _, dir := range []string{"unsubscribe", "sesevents", "dispatcher", "handoff", "unsubscriberecorder"} {
		files, _ := filepath.Glob(filepath.Join(root, "events", dir, "*.json"))
		if len(files) == 0 {
			t.Fatalf("no samples in events/%s", dir)
		}
		for _, file := range files {
			name := filepath.Base(file)
			parts := strings.Split(name, ".")
			want := parts[len(parts)-2]
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			t.Run(dir+"/"+name, func(t *testing.T) {
				ctx := context.Background()
				switch dir {
				case "unsubscribe":
					var ev events.APIGatewayV2HTTPRequest
					if err := json.Unmarshal(raw, &ev); err != nil {
						t.Fatal(err)
					}
					resp, err := f.unsub(ctx, ev)
					if err != nil || strconv.Itoa(resp.StatusCode) != want {
						t.Fatalf("status %d (err %v), want %s", resp.StatusCode, err, want)
					}
				case "sesevents":
					var ev events.SNSEvent
					if err := json.Unmarshal(raw, &ev); err != nil || len(ev.Records) == 0 {
						t.Fatalf("not an SNS event: %v", err)
					}
					if err := f.sns(ctx, ev); (err == nil) != (want == "ok") {
						t.Fatalf("err %v, want %s", err, want)
					}
				case "dispatcher":
					var ev events.EventBridgeEvent
					if err := json.Unmarshal(raw, &ev); err != nil || ev.DetailType != "Scheduled Event" {
						t.Fatalf("not a scheduled event: %v", err)
					}
					if err := f.dispatch(ctx, ev.Time); (err == nil) != (want == "ok") {
						t.Fatalf("err %v, want %s", err, want)
					}
				case "handoff":
					// Through the Invoke API payload path the dev server
					// and the tests use.
					_, err := f.lambda.Functions["HandoffFunction"](ctx, raw)
					if (err == nil) != (want == "ok") {
						t.Fatalf("err %v, want %s", err, want)
					}
				case "unsubscriberecorder":
					_, err := f.lambda.Functions["UnsubscribeRecorderFunction"](ctx, raw)
					if (err == nil) != (want == "ok") {
						t.Fatalf("err %v, want %s", err, want)
					}
				}
			})
		}
	}
	// A hand-off event of another shape is refused, not taken for a lead.
	for _, bad := range []string{`{}`, `{"lead_id":"01M4B3R6G0GQ6SAJ9B4TD63BWG","verdict":"qualified"}`, `{"lead_id":"x"}`, `[1]`} {
		if _, err := f.lambda.Functions["HandoffFunction"](context.Background(), []byte(bad)); err == nil {
			t.Errorf("hand-off event %s accepted", bad)
		}
	}
	// The permanent bounce sample suppressed its recipients.
	if s, _ := f.store.Suppressed(context.Background(), "nobody@northwind-customer.example"); s == nil {
		all, _ := os.ReadFile(filepath.Join(root, "events", "sesevents", "bounce-permanent-many-recipients.ok.json"))
		t.Errorf("bounce sample did not suppress its recipient; sample: %.300s", all)
	}
}

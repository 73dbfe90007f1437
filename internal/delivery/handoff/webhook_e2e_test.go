package handoff_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/delivery/webhook"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

const crmSecret = "crm-shared-secret-9f3a7c"

// delivery is one request the stand-in CRM received.
type delivery struct {
	method, contentType, signature, timestamp, idempotencyKey string
	body                                                      []byte
	// mailed is whether the sales email was already in the SES stand-in
	// when the webhook request arrived.
	mailed bool
}

// crm is an HTTPS endpoint (httptest TLS server) standing in for a CRM.
type crm struct {
	srv *httptest.Server
	mu  sync.Mutex
	got []delivery
}

func newCRM(t *testing.T, st *devstack.Stack, replyTo string, respond func(w http.ResponseWriter, r *http.Request)) *crm {
	t.Helper()
	c := &crm{}
	c.srv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		d := delivery{method: r.Method, contentType: r.Header.Get("Content-Type"),
			signature: r.Header.Get(webhook.HeaderSignature), timestamp: r.Header.Get(webhook.HeaderTimestamp),
			idempotencyKey: r.Header.Get(webhook.HeaderIdempotencyKey), body: body}
		d.mailed = len(emailsFor(t, st, replyTo)) > 0
		c.mu.Lock()
		c.got = append(c.got, d)
		c.mu.Unlock()
		respond(w, r)
	}))
	t.Cleanup(c.srv.Close)
	return c
}

func (c *crm) deliveries() []delivery {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.got)
}

// emailsFor lists the stand-in's emails whose Reply-To is addr (the sales
// notification answers to the lead).
func emailsFor(t *testing.T, st *devstack.Stack, addr string) []devstack.Email {
	all, err := st.Emails(context.Background())
	if err != nil {
		t.Error(err)
		return nil
	}
	var out []devstack.Email
	for _, e := range all {
		if slices.ContainsFunc(e.ReplyTo, func(s string) bool { return strings.Contains(strings.ToLower(s), addr) }) {
			out = append(out, e)
		}
	}
	return out
}

func formsWithWebhook(t *testing.T, url string) *forms.Set {
	t.Helper()
	fs, err := forms.Parse(fmt.Appendf(nil, `forms:
  - id: demo-request
    name: Demo request
    allowed_origins: [https://www.northwind.example]
    required: [email]
    webhook:
      url: %s/hooks/leadsieve
      secret_env: CRM_WEBHOOK_SECRET
      timeout: 1s
  - id: newsletter
    name: Newsletter
    allowed_origins: [https://www.northwind.example]
    required: [email]
`, url))
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func qualifiedLead(form, email string, now time.Time) *lead.Lead {
	next := now.Add(time.Minute) // intake's grace before the dispatcher retries
	return &lead.Lead{ID: lead.NewID(now), FormID: form, Email: email,
		Fields:  lead.Fields{Email: email, FirstName: "Katrin", LastName: "Becker", Company: "Brandt Maschinenbau GmbH", Country: "DE"},
		Verdict: lead.VerdictQualified, Fit: &lead.Fit{Score: 82, Grade: "A", Segment: "enterprise"},
		Reasons:    []lead.Reason{{Code: "fit.budget", Points: 20, Detail: "budget 25k-100k", Stage: "fit"}},
		ReceivedAt: now, UpdatedAt: now, SchemaVersion: lead.SchemaVersion,
		Handoff: &lead.Handoff{State: lead.HandoffPending, NextAt: &next}}
}

// TestWebhookEndToEnd runs the hand-off function's job for a qualified lead
// whose form has a webhook, against the local DynamoDB and SES stand-ins
// and an HTTPS CRM stand-in, then a later dispatcher pass.
func TestWebhookEndToEnd(t *testing.T) {
	st := devstacktest.Stack(t)
	cfg := devstacktest.Config(t, st)
	for _, tc := range []struct {
		name        string
		form        string
		respond     func(w http.ResponseWriter, r *http.Request)
		noSecret    bool
		wantWebhook lead.WebhookState
		wantPosts   int
	}{
		{name: "crm accepts", form: "demo-request", respond: func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusAccepted) },
			wantWebhook: "sent", wantPosts: 1},
		{name: "crm answers 500", form: "demo-request", respond: func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "database is down", http.StatusInternalServerError)
		}, wantWebhook: "failed", wantPosts: 1},
		{name: "crm times out", form: "demo-request", respond: func(w http.ResponseWriter, r *http.Request) {
			select { // hang until the sender gives up
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
			// Never answer: returning would send a 200 that a sender
			// whose request context ended for another reason could read.
			panic(http.ErrAbortHandler)
		}, wantWebhook: "failed", wantPosts: 1},
		{name: "crm redirects", form: "demo-request", respond: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "https://elsewhere.example/", http.StatusFound)
		}, wantWebhook: "failed", wantPosts: 1},
		{name: "secret not set", form: "demo-request", noSecret: true, respond: func(w http.ResponseWriter, _ *http.Request) {},
			wantWebhook: "failed", wantPosts: 0},
		{name: "form without webhook", form: "newsletter", respond: func(w http.ResponseWriter, _ *http.Request) {},
			wantWebhook: "", wantPosts: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			tables := devstacktest.Tables(t, st)
			s := store.New(dynamodb.NewFromConfig(cfg), tables["LeadsTable"])
			addr := fmt.Sprintf("k.becker+%d@brandt-maschinenbau.de", time.Now().UnixNano())
			c := newCRM(t, st, addr, tc.respond)
			env := map[string]string{"CRM_WEBHOOK_SECRET": crmSecret}
			if tc.noSecret {
				env = nil
			}
			fs := formsWithWebhook(t, c.srv.URL)
			n := &handoff.Notifier{
				Mail: ses.NewFromConfig(cfg), From: mail.Address{Name: "leadsieve", Address: "leads@northwind.example"},
				DefaultTo: mail.Address{Name: "Sales", Address: "sales@northwind.example"},
				Forms:     fs, Webhook: &webhook.Sender{Client: c.srv.Client()},
				WebhookSecrets: handoff.WebhookSecrets(fs, func(k string) string { return env[k] }),
			}
			w := &handoff.Worker{Store: s, Notifier: n, Now: time.Now}

			now := time.Now().UTC()
			l := qualifiedLead(tc.form, addr, now)
			if created, err := s.CreateLead(ctx, l); err != nil || !created {
				t.Fatalf("create: %v %v", created, err)
			}
			if err := w.FollowUp(ctx, l.ID); err != nil {
				t.Fatal(err)
			}

			got, err := s.GetLead(ctx, l.ID)
			if err != nil {
				t.Fatal(err)
			}
			if h := got.Handoff; h.State != lead.HandoffSent || h.Attempts != 1 || h.MessageID == "" || h.Webhook != tc.wantWebhook {
				t.Fatalf("hand-off %+v, want sent once with webhook %q", h, tc.wantWebhook)
			}
			if m := emailsFor(t, st, addr); len(m) != 1 {
				t.Fatalf("%d sales emails, want 1", len(m))
			}
			ds := c.deliveries()
			if len(ds) != tc.wantPosts {
				t.Fatalf("%d webhook requests, want %d", len(ds), tc.wantPosts)
			}
			for _, d := range ds {
				checkDelivery(t, d, l)
			}

			// Nothing is left to do: the function invoked again, or a
			// dispatcher pass after the grace, sends no second email and
			// posts nothing more.
			if err := w.FollowUp(ctx, l.ID); err != nil {
				t.Fatal(err)
			}
			disp := &dispatch.Dispatcher{Store: s, Handoff: n, Mail: n.Mail,
				Catalog: func(context.Context) (*nurture.Catalog, error) { return nil, nil }}
			for _, at := range []time.Time{now.Add(2 * time.Minute), now.Add(2 * time.Hour)} {
				stats, err := disp.Pass(ctx, at)
				if err != nil || stats.Leads != 0 || stats.Emails() != 0 {
					t.Fatalf("pass at %s: %+v, %v; want nothing to do", at, stats, err)
				}
			}
			if m := emailsFor(t, st, addr); len(m) != 1 {
				t.Fatalf("%d sales emails after retries, want still 1", len(m))
			}
			if n := len(c.deliveries()); n != tc.wantPosts {
				t.Fatalf("%d webhook requests after retries, want still %d", n, tc.wantPosts)
			}
		})
	}
}

// checkDelivery verifies one webhook request: a signed JSON POST of the
// lead, sent after the sales email.
func checkDelivery(t *testing.T, d delivery, l *lead.Lead) {
	t.Helper()
	if d.method != http.MethodPost || d.contentType != "application/json" {
		t.Errorf("%s with content type %q", d.method, d.contentType)
	}
	if err := webhook.Verify(crmSecret, d.signature, d.timestamp, d.body); err != nil {
		t.Errorf("signature does not verify: %v", err)
	}
	if err := webhook.Verify("another-secret", d.signature, d.timestamp, d.body); !errors.Is(err, webhook.ErrSignature) {
		t.Errorf("signature verified with the wrong secret: %v", err)
	}
	tampered := append(slices.Clone(d.body[:len(d.body)-1]), ' ', '}')
	if err := webhook.Verify(crmSecret, d.signature, d.timestamp, tampered); !errors.Is(err, webhook.ErrSignature) {
		t.Errorf("signature verified a changed body: %v", err)
	}
	var p handoff.WebhookPayload
	if err := json.Unmarshal(d.body, &p); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, d.body)
	}
	if p.Event != "lead.qualified" || p.Lead == nil || p.Lead.ID != l.ID || p.Lead.Email != l.Email ||
		p.Lead.Fields.Company != l.Fields.Company || p.Lead.Fit == nil || p.Lead.Fit.Score != 82 {
		t.Errorf("payload: %s", d.body)
	}
	if p.Owner["email"] != "sales@northwind.example" {
		t.Errorf("owner %v", p.Owner)
	}
	if d.idempotencyKey != l.ID+":handoff" {
		t.Errorf("Idempotency-Key %q", d.idempotencyKey)
	}
	if !d.mailed {
		t.Error("the webhook was posted before the sales email was sent")
	}
}

// acceptAll is an SES stand-in that accepts every message.
type acceptAll struct{ n int }

func (a *acceptAll) SendRawEmail(context.Context, *ses.SendRawEmailInput, ...func(*ses.Options)) (*ses.SendRawEmailOutput, error) {
	a.n++
	id := fmt.Sprintf("m-%d", a.n)
	return &ses.SendRawEmailOutput{MessageId: &id}, nil
}

// deadlinePoster records how long each delivery was allowed to take.
type deadlinePoster struct{ budget []time.Duration }

func (p *deadlinePoster) Send(ctx context.Context, _, _, _ string, _ any) error {
	dl, ok := ctx.Deadline()
	if !ok {
		p.budget = append(p.budget, -1)
		return nil
	}
	p.budget = append(p.budget, time.Until(dl))
	return nil
}

// TestWebhookTimeoutBounded: the form's timeout bounds the delivery, but
// never beyond MaxWebhookTimeout (the hand-off lease must outlive it).
func TestWebhookTimeoutBounded(t *testing.T) {
	for _, tc := range []struct {
		timeout  string
		min, max time.Duration
	}{
		{"2s", time.Second, 2 * time.Second},
		{"10m", handoff.MaxWebhookTimeout - 5*time.Second, handoff.MaxWebhookTimeout},
		{"", 4 * time.Second, 5 * time.Second}, // the forms default
	} {
		t.Run(tc.timeout, func(t *testing.T) {
			line := ""
			if tc.timeout != "" {
				line = "\n      timeout: " + tc.timeout
			}
			fs, err := forms.Parse([]byte(`forms:
  - id: demo-request
    name: Demo request
    allowed_origins: [https://www.northwind.example]
    webhook:
      url: https://crm.example.com/hook
      secret_env: S` + line + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			p := &deadlinePoster{}
			n := &handoff.Notifier{Mail: &acceptAll{}, From: mail.Address{Address: "leads@northwind.example"},
				DefaultTo: mail.Address{Address: "sales@northwind.example"}, Forms: fs, Webhook: p,
				WebhookSecrets: handoff.WebhookSecrets(fs, func(string) string { return "secret" })}
			l := qualifiedLead("demo-request", "ana@example.org", time.Now())
			if err := n.Attempt(context.Background(), nopRecorder{}, &lead.Lease{Lead: l, Until: time.Now().Add(handoff.DefaultLeaseTTL)}, time.Now()); err != nil {
				t.Fatal(err)
			}
			if len(p.budget) != 1 || p.budget[0] < tc.min || p.budget[0] > tc.max {
				t.Fatalf("delivery budgets %v, want one within [%s, %s]", p.budget, tc.min, tc.max)
			}
			if l.Handoff.Webhook != "sent" || l.Handoff.State != lead.HandoffSent {
				t.Fatalf("hand-off %+v", l.Handoff)
			}
		})
	}
}

// nopRecorder stands in for a store that records everything.
type nopRecorder struct{}

func (nopRecorder) Record(context.Context, *lead.Lease, time.Time) error { return nil }

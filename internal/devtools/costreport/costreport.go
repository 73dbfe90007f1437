// Package costreport measures what a lead costs on AWS: it runs the
// product's own functions (intake, the hand-off function, the dispatcher)
// against a local DynamoDB and SES, counts the DynamoDB capacity of each
// scenario with package capacity, and prints the calls, write and read
// units per scenario and the cost per million leads at on-demand prices.
// docs/cost.md is its output (cmd/costreport writes it; a test checks it).
package costreport

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go/middleware"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app"
	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/devtools/capacity"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Scenario names, in report order.
const (
	NewNurture   = "new nurture lead"
	NewQualified = "new qualified lead, hand-off included"
	Repeat       = "repeat (double-click)"
	Returning    = "returning person"
	OneEmail     = "one nurture e-mail"
	Life         = "three-step nurture life"
	IdlePass     = "dispatcher pass, nothing due"
	RollUp       = "report roll-up of the leads above"
)

// Result is one scenario's usage.
type Result struct {
	Name  string
	Usage capacity.Usage
	// Requests counts HTTP API requests (intake invocations), Handoffs
	// hand-off function invocations and Passes dispatcher invocations.
	Requests, Handoffs, Passes int
	// Note says what the scenario covers.
	Note string
}

// Report is every scenario's result plus the table's indexes.
type Report struct {
	Results []Result
	Indexes []string
}

// Get returns the result named name.
func (r *Report) Get(name string) (Result, bool) {
	for _, res := range r.Results {
		if res.Name == name {
			return res, true
		}
	}
	return Result{}, false
}

// Options configures Run.
type Options struct {
	// Stack is the local AWS stand-ins to use; nil starts (and stops) a
	// stack of its own.
	Stack *devstack.Stack
	// Log receives the stand-ins' output; nil discards it.
	Log io.Writer
	// Trace receives a line per DynamoDB call and a line per scenario.
	Trace io.Writer
}

// secret signs render and unsubscribe tokens locally.
const secret = "costreport-signing-secret-0123456789abcdef"

// Run measures every scenario. It sets the process's AWS endpoint
// variables and boot's hooks (AWSOptions, Clock, LogOutput): run it alone
// in its process or test binary.
func Run(ctx context.Context, o Options) (*Report, error) {
	st := o.Stack
	if st == nil {
		s, err := devstack.Start(ctx, devstack.Options{Log: o.Log})
		if err != nil {
			return nil, err
		}
		defer func() { _ = s.Stop() }()
		st = s
	}
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		if err := os.Setenv(k, v); err != nil {
			return nil, err
		}
	}
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		return nil, err
	}
	table, err := createTable(ctx, cfg)
	if err != nil {
		return nil, err
	}
	counter := capacity.New(cfg)
	counter.Trace = o.Trace
	lambdaenv.APIOptions = []func(*middleware.Stack) error{counter.APIOption}
	lambdaenv.Clock = steadyClock
	lambdaenv.LogOutput = io.Discard
	defer func() { lambdaenv.APIOptions, lambdaenv.Clock = nil, func() time.Time { return time.Now().UTC() } }()

	env := map[string]string{"LEADS_TABLE": table, "SIGNING_SECRET": secret, "LOG_LEVEL": "ERROR"}
	getenv := func(k string) string { return env[k] }
	r := &runner{ctx: ctx, counter: counter, trace: o.Trace, store: store.New(dynamodb.NewFromConfig(cfg), table),
		counted: store.New(dynamodb.NewFromConfig(cfg, counter.Option), table)}
	if err := r.start(getenv); err != nil {
		return nil, err
	}
	defer r.close()
	rep := &Report{}
	if rep.Indexes, err = counter.Indexes(ctx, table); err != nil {
		return nil, err
	}
	if err := r.scenarios(rep); err != nil {
		return nil, err
	}
	return rep, nil
}

func createTable(ctx context.Context, cfg aws.Config) (string, error) {
	root, err := devstack.FindRoot()
	if err != nil {
		return "", err
	}
	tpl, err := samtemplate.Load(root + "/template.yaml")
	if err != nil {
		return "", err
	}
	prefix := fmt.Sprintf("cost-%d-", time.Now().UnixNano())
	names, err := devstack.CreateTables(ctx, dynamodb.NewFromConfig(cfg), tpl, func(id string) string { return prefix + id })
	if err != nil {
		return "", err
	}
	return names["LeadsTable"], nil
}

// steadyClock is the wall clock with every timestamp at the same
// sub-second (so that RFC 3339 times always print at full length): item
// sizes, and their capacity, then do not depend on when the report ran.
func steadyClock() time.Time {
	return time.Now().UTC().Truncate(time.Second).Add(123456789)
}

// runner holds the functions under measurement.
type runner struct {
	ctx     context.Context
	counter *capacity.Counter
	store   *store.Store
	// counted is the store through the counter, for what no function
	// does yet (the report roll-up).
	counted  *store.Store
	intake   app.HTTPHandler
	dispatch *dispatch.Dispatcher
	lambda   *invokeapi.Server
	server   *httptest.Server
	handoffs atomic.Int64
	requests int
	trace    io.Writer
}

func (r *runner) start(getenv func(string) string) error {
	h, err := app.NewInvocable(r.ctx, "HandoffFunction", getenv)
	if err != nil {
		return err
	}
	r.lambda = &invokeapi.Server{Functions: map[string]invokeapi.Function{"HandoffFunction": func(ctx context.Context, p []byte) ([]byte, error) {
		r.handoffs.Add(1)
		return h(capacity.OffRequest(ctx), p)
	}}}
	r.server = httptest.NewServer(r.lambda)
	if err := os.Setenv("AWS_ENDPOINT_URL_LAMBDA", r.server.URL); err != nil {
		return err
	}
	if r.intake, err = app.NewHTTPHandler(r.ctx, "IntakeFunction", getenv); err != nil {
		return err
	}
	if r.dispatch, err = app.NewDispatcher(r.ctx, getenv); err != nil {
		return err
	}
	return r.warmUp(h)
}

// warmUp makes intake and the hand-off function read the live pointers of
// the rules, forms, sequences and routing, which an instance does once a
// refresh interval (CONFIG_REFRESH_SECONDS), not once a lead: a post
// without an e-mail address, answered 400 once intake's judge is built and
// the pointers its submissions use are read, and a hand-off invocation for
// no lead.
func (r *runner) warmUp(handoff invokeapi.Function) error {
	resp, err := r.intake(r.ctx, events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "POST /forms/{formId}/submissions", RawPath: "/forms/" + form + "/submissions",
		Headers: map[string]string{"content-type": "application/json", "accept": "application/json"},
		Body:    "{}", PathParameters: map[string]string{"formId": form},
		RequestContext: events.APIGatewayV2HTTPRequestContext{RequestID: "warm-up",
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST", Path: "/forms/" + form + "/submissions", SourceIP: "203.0.113.9"}},
	})
	if err != nil || resp.StatusCode != 400 {
		return fmt.Errorf("costreport: warm-up post: %d %s %v", resp.StatusCode, resp.Body, err)
	}
	// Not a lead id: the function reads the configuration, then refuses.
	_, _ = handoff(r.ctx, []byte(`{"lead_id":"warm-up","handoff_pending":true}`))
	return nil
}

func (r *runner) close() {
	r.lambda.Wait()
	r.server.Close()
}

// measure runs f as scenario name.
func (r *runner) measure(rep *Report, name, note string, f func() error) error {
	r.lambda.Wait()
	before := r.handoffs.Load()
	r.requests = 0
	if r.trace != nil {
		fmt.Fprintf(r.trace, "--- %s\n", name)
	}
	r.counter.Begin()
	err := f()
	r.lambda.Wait()
	u := r.counter.End()
	if err != nil {
		return fmt.Errorf("costreport: %s: %w", name, err)
	}
	rep.Results = append(rep.Results, Result{Name: name, Usage: u, Note: note,
		Requests: r.requests, Handoffs: int(r.handoffs.Load() - before)})
	r.requests = 0
	return nil
}

// submit posts fields to form as the embed script's JSON post would and
// returns the lead id.
func (r *runner) submit(form string, fields map[string]any) (string, error) {
	body, _ := json.Marshal(fields)
	resp, err := r.intake(r.ctx, events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "POST /forms/{formId}/submissions", RawPath: "/forms/" + form + "/submissions",
		Headers: map[string]string{"content-type": "application/json", "accept": "application/json",
			"user-agent":      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
			"accept-language": "en-GB,en;q=0.9", "origin": "http://127.0.0.1:3000"},
		Body: string(body), PathParameters: map[string]string{"formId": form},
		RequestContext: events.APIGatewayV2HTTPRequestContext{RequestID: "cost",
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST", Path: "/forms/" + form + "/submissions", SourceIP: "203.0.113.7"}},
	})
	r.requests++
	if err != nil {
		return "", err
	}
	if resp.StatusCode != 201 && resp.StatusCode != 200 {
		return "", fmt.Errorf("submit: %d %s", resp.StatusCode, resp.Body)
	}
	var ok struct{ ID string }
	if err := json.Unmarshal([]byte(resp.Body), &ok); err != nil || ok.ID == "" {
		return "", fmt.Errorf("submit: no id in %s", resp.Body)
	}
	return ok.ID, nil
}

// The scenarios' people: a buyer the shipped rules qualify, and genuine
// but early leads. Addresses are of one length so that runs compare.
func qualified(email string) map[string]any {
	return map[string]any{"email": email, "first_name": "Katrin", "last_name": "Becker",
		"company": "Brandt Maschinenbau GmbH", "job_title": "Geschäftsführerin", "country": "DE", "company_size": "201-1000",
		"budget": "25k-100k", "timeline": "this quarter", "message": "Wir möchten eine Demo und ein Angebot für 60 Vertriebsmitarbeiter."}
}

func nurture(email, message string) map[string]any {
	return map[string]any{"email": email, "first_name": "Anna", "last_name": "Lindqvist", "country": "SE",
		"company": "Lindqvist Bageri", "message": message}
}

const form = "partner-import"

func (r *runner) scenarios(rep *Report) error {
	intakeNote := "intake (which enrols the lead: its first step is due when it is stored), then the hand-off function it invokes (which reads nothing: intake says no hand-off is pending)"
	var nurtureID string
	if err := r.measure(rep, NewNurture, intakeNote, func() (err error) {
		nurtureID, err = r.submit(form, nurture("anna.lindqvist@bageri-example.se", "Just researching options for my small shop."))
		return err
	}); err != nil {
		return err
	}
	// The nurture lead's life comes next, while it is the only lead with
	// work due, so that each pass works it alone.
	if err := r.life(rep, nurtureID); err != nil {
		return err
	}
	var qualifiedID string
	if err := r.measure(rep, NewQualified, "intake, then the hand-off function: read, owner (the team's turn: one atomic add; a member with a daily cap adds a conditional count), intent with the lease, sales e-mail, outcome with the release", func() (err error) {
		qualifiedID, err = r.submit(form, qualified("k.becker@brandt-maschinen-example.de"))
		return err
	}); err != nil {
		return err
	}
	l, err := r.store.GetLead(r.ctx, qualifiedID)
	if err != nil {
		return err
	}
	if l.Verdict != lead.VerdictQualified || l.Handoff == nil || l.Handoff.State != lead.HandoffSent {
		return fmt.Errorf("costreport: lead not qualified and handed off: %s %+v", l.Verdict, l.Handoff)
	}
	if err := r.measure(rep, Repeat, "the same post again within the double-click window: answered with the first id (the look-up of the person's earlier leads, made while the key is claimed, goes unused)", func() error {
		id, err := r.submit(form, nurture("anna.lindqvist@bageri-example.se", "Just researching options for my small shop."))
		if err == nil && id != nurtureID {
			err = fmt.Errorf("repeat stored a new lead %s (first %s)", id, nurtureID)
		}
		return err
	}); err != nil {
		return err
	}
	if _, err := r.submit(form, nurture("erik.holm@holm-snickeri-example.se", "Looking at tools for our workshop.")); err != nil {
		return err
	}
	r.lambda.Wait()
	if err := r.measure(rep, Returning, "a second post from a person with an earlier lead: merged, the earlier lead superseded", func() error {
		_, err := r.submit(form, nurture("erik.holm@holm-snickeri-example.se", "We now have budget for next quarter."))
		return err
	}); err != nil {
		return err
	}
	return r.measure(rep, RollUp, "the report aggregates of the form's four leads stored above, added to their day by one roll-up (store.RollUp, which the dispatcher function runs after each pass, measured here on its own): the day's aggregate and the day before read for the mark, the form's new keys from byFormTime, the leads, one write of the day's counters with the mark", func() error {
		n, err := r.counted.RollUp(r.ctx, form, time.Now().Add(time.Minute))
		if err == nil && n != 4 {
			err = fmt.Errorf("rolled up %d leads, want 4", n)
		}
		return err
	})
}

// life runs dispatcher passes over the first nurture lead until its
// enrollment ends, each at the time its next step is due (intake enrolled
// it), measuring the pass that sends the second e-mail and all of them
// together.
func (r *runner) life(rep *Report, id string) error {
	l, err := r.store.GetLead(r.ctx, id)
	if err != nil {
		return err
	}
	if l.Nurture == nil || l.Nurture.State != lead.NurtureActive || l.Nurture.NextAt == nil {
		return fmt.Errorf("costreport: the nurture lead was not enrolled when stored: %+v", l.Nurture)
	}
	now := l.Nurture.NextAt.Add(time.Second)
	if err := r.measure(rep, IdlePass, "a pass over an index with nothing due (every minute, whatever the number of leads), with its read of the live sequences pointer, which a pass makes once CONFIG_REFRESH_SECONDS have passed (every pass, at the default 60 s); the dispatcher function reads the routing and forms pointers as often, 2 RCU more", func() error {
		_, err := r.dispatch.Pass(r.ctx, now.AddDate(0, 0, -30))
		return err
	}); err != nil {
		return err
	}
	rep.Results[len(rep.Results)-1].Passes = 1
	total := capacity.Usage{}
	emails := 0
	for pass := 0; pass < 12; pass++ {
		if r.trace != nil {
			fmt.Fprintf(r.trace, "--- pass %d at %s\n", pass, now.Format(time.RFC3339))
		}
		r.counter.Begin()
		stats, err := r.dispatch.Pass(r.ctx, now)
		u := r.counter.End()
		if err != nil {
			return fmt.Errorf("costreport: pass: %w", err)
		}
		addUsage(&total, u)
		switch {
		case stats.StepsSent == 1 && emails == 1:
			rep.Results = append(rep.Results, Result{Name: OneEmail, Usage: u, Passes: 1,
				Note: "the pass that sends the second step: read, suppression check, intent with the lease, e-mail, outcome with the next due time and the release"})
		}
		emails += stats.StepsSent
		l, err := r.store.GetLead(r.ctx, id)
		if err != nil {
			return err
		}
		if l.Nurture == nil || !l.Nurture.Live() {
			rep.Results = append(rep.Results, Result{Name: Life, Usage: total, Passes: pass + 1,
				Note: fmt.Sprintf("every pass from the first step to completion: %d passes, %d e-mails", pass+1, emails)})
			if emails != 3 {
				return fmt.Errorf("costreport: the nurture lead got %d e-mails, want 3 (%+v)", emails, l.Nurture)
			}
			return nil
		}
		if l.Nurture.NextAt == nil {
			return fmt.Errorf("costreport: live enrollment with nothing due: %+v", l.Nurture)
		}
		now = l.Nurture.NextAt.Add(time.Second)
	}
	return fmt.Errorf("costreport: the nurture lead's enrollment did not end")
}

func addUsage(t *capacity.Usage, u capacity.Usage) {
	t.Calls += u.Calls
	t.RoundTrips += u.RoundTrips
	t.WCU += u.WCU
	t.RCU += u.RCU
	t.IndexWCU += u.IndexWCU
	t.ReportedWCU += u.ReportedWCU
	if t.Ops == nil {
		t.Ops = map[string]int{}
	}
	for k, v := range u.Ops {
		t.Ops[k] += v
	}
	if t.WCUByItem == nil {
		t.WCUByItem = map[string]float64{}
	}
	for k, v := range u.WCUByItem {
		t.WCUByItem[k] += v
	}
}

func nextWeekday(t time.Time, d time.Weekday) time.Time {
	t = t.Truncate(24 * time.Hour)
	for t.Weekday() != d {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

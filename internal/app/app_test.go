package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app"
	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestMain(m *testing.M) {
	lambdaenv.LogOutput = io.Discard
	devstacktest.Main(m)
}

// harness is a handler on fresh tables of the shared local stack.
type harness struct {
	h      app.HTTPHandler
	store  *store.Store
	lambda *lambdaStandIn
}

// lambdaStandIn is the Invoke API serving the hand-off function; it notes
// the payload of every invocation.
type lambdaStandIn struct {
	*invokeapi.Server
	mu       sync.Mutex
	payloads []string
	// lose makes the hand-off function's invocations accepted but never
	// run, as an event the Lambda service lost would be.
	lose atomic.Bool
}

func (l *lambdaStandIn) invocations() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.payloads)
}

// startLambda serves the Invoke API for the hand-off function and the
// unsubscribe recorder, built with
// getenv, as the dev server does, and points the AWS SDK at it with the
// standard AWS_ENDPOINT_URL_LAMBDA variable (before intake is built).
func startLambda(t *testing.T, getenv func(string) string) *lambdaStandIn {
	t.Helper()
	h, err := app.NewInvocable(context.Background(), "HandoffFunction", getenv)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := app.NewInvocable(context.Background(), "UnsubscribeRecorderFunction", getenv)
	if err != nil {
		t.Fatal(err)
	}
	l := &lambdaStandIn{}
	l.Server = &invokeapi.Server{Functions: map[string]invokeapi.Function{
		"HandoffFunction": func(ctx context.Context, p []byte) ([]byte, error) {
			l.mu.Lock()
			l.payloads = append(l.payloads, string(p))
			l.mu.Unlock()
			if l.lose.Load() {
				return nil, nil
			}
			return h(ctx, p)
		},
		"UnsubscribeRecorderFunction": rec,
	}}
	srv := l.Server
	hs := httptest.NewServer(srv)
	t.Cleanup(func() {
		srv.Wait()
		hs.Close()
	})
	t.Setenv("AWS_ENDPOINT_URL_LAMBDA", hs.URL)
	return l
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	st := devstacktest.Stack(t)
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	tables := devstacktest.Tables(t, st)
	env := map[string]string{
		"LEADS_TABLE":    tables["LeadsTable"],
		"SIGNING_SECRET": "test-signing-secret-0123456789abcdef",
		"LOG_LEVEL":      "ERROR",
	}
	getenv := func(k string) string { return env[k] }
	lambda := startLambda(t, getenv)
	h, err := app.NewHTTPHandler(context.Background(), "IntakeFunction", getenv)
	if err != nil {
		t.Fatal(err)
	}
	db := dynamodb.NewFromConfig(devstacktest.Config(t, st))
	return &harness{h: h, store: store.New(db, tables["LeadsTable"]), lambda: lambda}
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func loadEvent(t *testing.T, path string) events.APIGatewayV2HTTPRequest {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ev events.APIGatewayV2HTTPRequest
	if err := json.Unmarshal(b, &ev); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return ev
}

type errorBody struct {
	Error struct {
		Code    string            `json:"code"`
		Message string            `json:"message"`
		Fields  map[string]string `json:"fields"`
	} `json:"error"`
}

// TestReplayEvents sends every sample in events/intake/ through the handler
// and checks the status its file name promises (name.STATUS.json).
func TestReplayEvents(t *testing.T) {
	hs := newHarness(t)
	files, _ := filepath.Glob(filepath.Join(repoRoot(t), "events", "intake", "*.json"))
	if len(files) < 10 {
		t.Fatalf("found %d intake events, want the full set", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		parts := strings.Split(name, ".")
		want, err := strconv.Atoi(parts[len(parts)-2])
		if err != nil {
			t.Fatalf("%s: file name must end in .STATUS.json", name)
		}
		t.Run(name, func(t *testing.T) {
			resp, err := hs.h(context.Background(), loadEvent(t, f))
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != want {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, want, resp.Body)
			}
			switch {
			case want == 201:
				var ok struct{ ID, Status string }
				if err := json.Unmarshal([]byte(resp.Body), &ok); err != nil || ok.Status != "received" || !lead.ValidID(ok.ID) {
					t.Fatalf("body %s", resp.Body)
				}
				l, err := hs.store.GetLead(context.Background(), ok.ID)
				if err != nil {
					t.Fatalf("answered 201 but lead not stored: %v", err)
				}
				if l.Email == "" || l.Verdict == "" || l.SchemaVersion != lead.SchemaVersion || l.Context.IP == "" {
					t.Errorf("stored lead incomplete: %+v", l)
				}
				// The final verdict is stored with every reason and the
				// version of the rules that judged it (v1: nothing is published).
				if !strings.HasPrefix(l.RulesVersion, "v1-") || l.Fit == nil || l.Fit.Grade == "" || len(l.History) != 1 {
					t.Errorf("judgment not stored: rules %q fit %+v history %+v", l.RulesVersion, l.Fit, l.History)
				}
				for _, r := range l.Reasons {
					if r.Code == "" || r.Detail == "" || (r.Stage != lead.StageScreen && r.Stage != lead.StageFit) {
						t.Errorf("unexplained reason %+v", r)
					}
				}
			case want >= 400:
				var e errorBody
				if err := json.Unmarshal([]byte(resp.Body), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
					t.Fatalf("error body %q is not {error:{code,message}}", resp.Body)
				}
				if resp.Headers["Content-Type"] != "application/json" {
					t.Errorf("content type %q", resp.Headers["Content-Type"])
				}
			}
		})
	}
}

func submit(t *testing.T, hs *harness, form, ctype, body string, headers map[string]string) events.APIGatewayV2HTTPResponse {
	t.Helper()
	h := map[string]string{"content-type": ctype, "accept": "application/json", "user-agent": "Mozilla/5.0 test", "accept-language": "en"}
	for k, v := range headers {
		h[k] = v
	}
	resp, err := hs.h(context.Background(), events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "POST /forms/{formId}/submissions", RawPath: "/forms/" + form + "/submissions",
		Headers: h, Body: body, PathParameters: map[string]string{"formId": form},
		RequestContext: events.APIGatewayV2HTTPRequestContext{RequestID: "r1",
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST", Path: "/forms/" + form + "/submissions", SourceIP: "198.51.100.4"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func idOf(t *testing.T, resp events.APIGatewayV2HTTPResponse) string {
	t.Helper()
	if resp.StatusCode != 201 {
		t.Fatalf("status %d: %s", resp.StatusCode, resp.Body)
	}
	var ok struct{ ID string }
	_ = json.Unmarshal([]byte(resp.Body), &ok)
	return ok.ID
}

func countLeads(t *testing.T, hs *harness, form string) int {
	t.Helper()
	p, err := hs.store.ListByForm(context.Background(), form, 100, "")
	if err != nil {
		t.Fatal(err)
	}
	return len(p.Leads)
}

func TestDoubleClickStoresOnce(t *testing.T) {
	hs := newHarness(t)
	body := `{"email":"li.wei@example-shipping.cn","first_name":"Wei","last_name":"Li","company":"Example Shipping"}`
	first := idOf(t, submit(t, hs, "contact-sales", "application/json", body, nil))
	second := idOf(t, submit(t, hs, "contact-sales", "application/json", body, nil))
	if first != second {
		t.Fatalf("double click created two ids: %s, %s", first, second)
	}
	// A different message is a new submission.
	third := idOf(t, submit(t, hs, "contact-sales", "application/json", strings.Replace(body, "}", `,"message":"also pricing"}`, 1), nil))
	if third == first {
		t.Fatal("a changed submission was treated as a repeat")
	}
	if n := countLeads(t, hs, "contact-sales"); n != 2 {
		t.Fatalf("stored %d leads, want 2", n)
	}
}

// TestConcurrentRepeatsStoreOnce races the same Idempotency-Key from many
// goroutines: every caller gets the same id and exactly one lead exists.
func TestConcurrentRepeatsStoreOnce(t *testing.T) {
	hs := newHarness(t)
	const n = 12
	ids := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := fmt.Sprintf(`{"email":"o.brien@example-dairy.ie","first_name":"Siobhán","company":"Example Dairy","message":"attempt %d"}`, i)
			ids[i] = idOf(t, submit(t, hs, "contact-sales", "application/json", body, map[string]string{"idempotency-key": "order-42"}))
		}()
	}
	wg.Wait()
	for _, id := range ids[1:] {
		if id != ids[0] {
			t.Fatalf("ids differ: %v", ids)
		}
	}
	if c := countLeads(t, hs, "contact-sales"); c != 1 {
		t.Fatalf("stored %d leads, want 1", c)
	}
}

// TestStorageDownIs503 points the function at a DynamoDB endpoint where
// nothing listens: the answer is 503 with Retry-After, never 201.
func TestStorageDownIs503(t *testing.T) {
	devstacktest.Stack(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	l.Close()
	t.Setenv("AWS_ENDPOINT_URL_DYNAMODB", dead)
	t.Setenv("AWS_ACCESS_KEY_ID", "local")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "local")
	t.Setenv("AWS_REGION", "us-east-1")
	t.Setenv("AWS_MAX_ATTEMPTS", "1")
	env := map[string]string{"SIGNING_SECRET": "test-signing-secret-0123456789abcdef", "LOG_LEVEL": "ERROR"}
	h, err := app.NewHTTPHandler(context.Background(), "IntakeFunction", func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	resp := submit(t, &harness{h: h}, "contact-sales", "application/json", `{"email":"a@example-corp.com","first_name":"A","company":"B"}`, nil)
	if resp.StatusCode != 503 || resp.Headers["Retry-After"] == "" {
		t.Fatalf("status %d headers %v body %s", resp.StatusCode, resp.Headers, resp.Body)
	}
	var e errorBody
	if json.Unmarshal([]byte(resp.Body), &e); e.Error.Code != "storage_unavailable" {
		t.Fatalf("body %s", resp.Body)
	}
}

// TestLambdaLibrarySamples feeds aws-lambda-go's own API Gateway v2 sample
// requests (from the module cache) to the handler: none may cause a 5xx.
func TestLambdaLibrarySamples(t *testing.T) {
	hs := newHarness(t)
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/aws/aws-lambda-go").Output()
	if err != nil {
		t.Fatalf("locate aws-lambda-go: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "events", "testdata", "apigw-v2-request-*.json"))
	if len(files) == 0 {
		t.Fatal("no apigw-v2-request samples found in the aws-lambda-go module")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			resp, err := hs.h(context.Background(), loadEvent(t, f))
			if err != nil || resp.StatusCode >= 500 {
				t.Fatalf("status %d err %v body %s", resp.StatusCode, err, resp.Body)
			}
		})
	}
}

// TestEveryStoredLeadInvokesTheHandoffFunction: intake invokes the
// hand-off function for every stored lead, junk included (the function
// finds nothing to do for it), and for no repeat.
func TestEveryStoredLeadInvokesTheHandoffFunction(t *testing.T) {
	hs := newHarness(t)
	ctx := context.Background()
	junk := idOf(t, submit(t, hs, "contact-sales", "application/json",
		`{"email":"asdf@mailinator.com","first_name":"asdf","company":"asdf","message":"qwerty qwerty","website":"http://spam.example"}`, nil))
	genuine := idOf(t, submit(t, hs, "contact-sales", "application/json", `{"email":"li.wei@example-shipping.cn","first_name":"Wei","company":"Example Shipping"}`, nil))
	idOf(t, submit(t, hs, "contact-sales", "application/json", `{"email":"li.wei@example-shipping.cn","first_name":"Wei","company":"Example Shipping"}`, nil))
	hs.lambda.Wait()
	// Neither is for sales: each event says so, so that the function need
	// not read the lead.
	// The invocations are asynchronous: their order is not the posts'.
	want := []string{`{"lead_id":"` + junk + `","handoff_pending":false}`, `{"lead_id":"` + genuine + `","handoff_pending":false}`}
	slices.Sort(want)
	if got := slices.Sorted(slices.Values(hs.lambda.invocations())); !slices.Equal(got, want) {
		t.Fatalf("invocations %v, want %v", got, want)
	}
	if l, err := hs.store.GetLead(ctx, junk); err != nil || l.Verdict != lead.VerdictJunk || l.Handoff != nil {
		t.Fatalf("junk fixture: %+v %v", l, err)
	}
}

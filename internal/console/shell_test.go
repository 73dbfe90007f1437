package console

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

var testConfig = Config{UserPoolID: "us-east-1_abc", ClientID: "client1", CognitoURL: "http://127.0.0.1:9229/"}

func serve(t *testing.T, h http.Handler, method, path string, u *User, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	if u != nil {
		r = r.WithContext(WithUser(r.Context(), *u))
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestShellIsServedForEveryConsolePath(t *testing.T) {
	h := New(testConfig)
	for _, p := range []string{"/console", "/console/", "/console/leads", "/console/leads/01HX-abc?tab=history", "/console/reports"} {
		w := serve(t, h, "GET", p, nil, nil)
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("%s: %d %s", p, w.Code, w.Header().Get("Content-Type"))
		}
		body := w.Body.String()
		if !strings.Contains(body, `id="signin-form"`) || !strings.Contains(body, "/console/static/app.js") {
			t.Errorf("%s: not the shell", p)
		}
		// No inline script or style, no event-handler attribute: the CSP
		// would block them, so none may be needed.
		for _, bad := range []*regexp.Regexp{regexp.MustCompile(`<script(?:[^>]*)>[^<]+</script>`), regexp.MustCompile(`(?i)\son[a-z]+=`), regexp.MustCompile(`(?i)<style|\sstyle=`)} {
			if m := bad.FindString(body); m != "" {
				t.Errorf("%s: inline code %q", p, m)
			}
		}
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.HasPrefix(csp, "default-src 'self';") || !strings.Contains(csp, "connect-src 'self' http://127.0.0.1:9229;") || strings.Contains(csp, "unsafe") {
			t.Errorf("%s: CSP %q", p, csp)
		}
	}
}

func TestConfigJSON(t *testing.T) {
	w := serve(t, New(testConfig), "GET", "/console/config.json", nil, nil)
	var got Config
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || got != testConfig {
		t.Fatalf("config.json = %s (%v)", w.Body, err)
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	c, err := ConfigFromEnv(env(map[string]string{"CONSOLE_USER_POOL_ID": "eu-west-1_x", "CONSOLE_CLIENT_ID": "c", "AWS_REGION": "eu-west-1"}))
	if err != nil || c.CognitoURL != "https://cognito-idp.eu-west-1.amazonaws.com/" {
		t.Errorf("on AWS: %+v %v", c, err)
	}
	c, err = ConfigFromEnv(env(map[string]string{"CONSOLE_USER_POOL_ID": "p", "CONSOLE_CLIENT_ID": "c", "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER": "http://127.0.0.1:9229"}))
	if err != nil || c.CognitoURL != "http://127.0.0.1:9229/" {
		t.Errorf("locally: %+v %v", c, err)
	}
	for _, m := range []map[string]string{
		{"CONSOLE_CLIENT_ID": "c", "AWS_REGION": "us-east-1"},
		{"CONSOLE_USER_POOL_ID": "p", "CONSOLE_CLIENT_ID": "c"},
		{"CONSOLE_USER_POOL_ID": "p", "CONSOLE_CLIENT_ID": "c", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER": "ftp://x"},
	} {
		if _, err := ConfigFromEnv(env(m)); err == nil {
			t.Errorf("%v: accepted", m)
		}
	}
}

// pageFunc is a Routes made of a function.
type pageFunc func(mux *http.ServeMux)

func (f pageFunc) Register(mux *http.ServeMux) { f(mux) }

func TestAPIGuards(t *testing.T) {
	pages := pageFunc(func(mux *http.ServeMux) {
		mux.Handle("GET /console/api/leads", RequireFunc(ViewLeads, func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, "leads") }))
		mux.Handle("POST /console/api/leads/{id}/outcome", RequireFunc(MarkOutcome, func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, r.PathValue("id")) }))
		mux.Handle("GET /console/api/reports/{name}", RequireFunc(ViewReports, func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, "report") }))
	})
	h := New(testConfig, pages)
	user := func(gs ...Group) *User { return &User{Subject: "s", Name: "n", Groups: gs} }
	for _, tc := range []struct {
		method, path string
		user         *User
		want         int
	}{
		{"GET", "/console/api/session", nil, 401},
		{"GET", "/console/api/leads", nil, 401},
		{"GET", "/console/api/leads", user(), 403},
		{"GET", "/console/api/leads", user(GroupReviewer), 200},
		{"POST", "/console/api/leads/L1/outcome", user(GroupReviewer), 403}, // the area is open, the action is not
		{"POST", "/console/api/leads/L1/outcome", user(GroupSales), 200},
		{"GET", "/console/api/reports/daily", user(GroupReviewer), 403},
		{"GET", "/console/api/reports/nothing-here", user(GroupReviewer), 403}, // the area's guard comes first
		{"GET", "/console/api/reports/daily", user(GroupMarketing), 200},
		{"GET", "/console/api/people/a@example.com", user(GroupSales), 403},
		{"GET", "/console/api/people/a@example.com", user(GroupAdmin), 404},
		{"GET", "/console/api/audit", user(GroupMarketing), 403},
		{"GET", "/console/api/no-such-area", user(GroupSales), 404},
	} {
		w := serve(t, h, tc.method, tc.path, tc.user, map[string]string{"Accept": "application/json"})
		if w.Code != tc.want {
			t.Errorf("%s %s as %v: %d, want %d (%s)", tc.method, tc.path, tc.user, w.Code, tc.want, w.Body)
		}
		if !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: content type %s", tc.method, tc.path, w.Header().Get("Content-Type"))
		}
	}
	// htmx asks for a fragment: the refusal is HTML, with the status.
	w := serve(t, h, "GET", "/console/api/reports/daily", user(GroupReviewer), map[string]string{"HX-Request": "true"})
	if w.Code != 403 || !strings.Contains(w.Body.String(), `data-status="403"`) {
		t.Errorf("htmx 403: %d %s", w.Code, w.Body)
	}
}

func TestSession(t *testing.T) {
	w := serve(t, New(testConfig), "GET", "/console/api/session", &User{Subject: "s", Name: "sales@example.com", Groups: []Group{GroupSales}}, nil)
	var got sessionInfo
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	var areas []string
	for _, a := range got.Areas {
		areas = append(areas, a.Path)
	}
	if got.Name != "sales@example.com" || !slices.Equal(areas, []string{"leads", "reports"}) ||
		!slices.Equal(got.Actions, []Action{ViewLeads, MarkOutcome, ViewReports}) {
		t.Errorf("session %+v", got)
	}
	// Every action of the permission table is listed, so none is missing
	// from the session's answer.
	for a := range permitted {
		if !slices.Contains(allActions, a) {
			t.Errorf("action %s missing from allActions", a)
		}
	}
}

func TestStaticAssets(t *testing.T) {
	h := New(testConfig)
	for _, name := range []string{"htmx.min.js", "chart.umd.min.js", "app.js", "console.css", "htmx.LICENSE", "chart.LICENSE.md"} {
		w := serve(t, h, "GET", "/console/static/"+name, nil, nil)
		if w.Code != 200 || w.Body.Len() == 0 {
			t.Errorf("%s: %d", name, w.Code)
		}
	}
}

// TestVendoredLibrariesMatchPinned compares the copies served from
// static/ with the versions package.json pins, when node_modules is
// installed: a version bump must copy the new files.
func TestVendoredLibrariesMatchPinned(t *testing.T) {
	for copy, src := range map[string]string{
		"htmx.min.js":      "htmx.org/dist/htmx.min.js",
		"htmx.LICENSE":     "htmx.org/LICENSE",
		"chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
		"chart.LICENSE.md": "chart.js/LICENSE.md",
	} {
		want, err := os.ReadFile(filepath.Join("..", "..", "node_modules", filepath.FromSlash(src)))
		if os.IsNotExist(err) {
			t.Skipf("node_modules not installed (npm ci): %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := staticFS.ReadFile("static/" + copy)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("static/%s differs from node_modules/%s: copy the pinned version (cp node_modules/%s internal/console/static/%s)", copy, src, src, copy)
		}
	}
}

// TestShellOnANamedStage: behind a stage named dev every address the
// shell writes starts with /dev, and the API still routes on /console/...
func TestShellOnANamedStage(t *testing.T) {
	h := LambdaHandler(New(testConfig))
	ev := events.APIGatewayV2HTTPRequest{
		RawPath: "/dev/console/leads/L1",
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			Stage: "dev", HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET"},
		},
	}
	resp, err := h(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`data-base="/dev"`, `href="/dev/console/static/console.css"`, `src="/dev/console/static/app.js"`,
		`hx-get="/dev/console/api/leads"`, `hx-push-url="/dev/console/leads"`} {
		if !strings.Contains(resp.Body, want) {
			t.Errorf("shell on stage dev lacks %s", want)
		}
	}
	ev.RawPath = "/dev/console/api/session"
	ev.RequestContext.Authorizer = &events.APIGatewayV2HTTPRequestContextAuthorizerDescription{JWT: &events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{
		Claims: map[string]string{"sub": "s", "email": "a@example.com", "cognito:groups": "[sales]"},
	}}
	if resp, err = h(context.Background(), ev); err != nil || resp.StatusCode != 200 || !strings.Contains(resp.Body, `"name":"a@example.com"`) {
		t.Errorf("session on stage dev: %d %s %v", resp.StatusCode, resp.Body, err)
	}
}

package console

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

func TestUserFromClaims(t *testing.T) {
	for _, tc := range []struct {
		name   string
		claims map[string]string
		want   User
		ok     bool
	}{
		{"API Gateway list format", map[string]string{"sub": "s1", "email": "a@example.com", "cognito:username": "u1", "cognito:groups": "[admin sales]"},
			User{Subject: "s1", Name: "a@example.com", Groups: []Group{GroupAdmin, GroupSales}}, true},
		{"JSON list", map[string]string{"sub": "s1", "cognito:username": "u1", "cognito:groups": `["reviewer"]`},
			User{Subject: "s1", Name: "u1", Groups: []Group{GroupReviewer}}, true},
		{"no groups", map[string]string{"sub": "s1", "email": "a@example.com"},
			User{Subject: "s1", Name: "a@example.com"}, true},
		{"no subject", map[string]string{"email": "a@example.com", "cognito:groups": "[admin]"}, User{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := userFromClaims(tc.claims)
			if ok != tc.ok || got.Subject != tc.want.Subject || got.Name != tc.want.Name || !slices.Equal(got.Groups, tc.want.Groups) {
				t.Fatalf("got %+v %v, want %+v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestLambdaHandler(t *testing.T) {
	var seen *http.Request
	var body string
	h := LambdaHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r
		b, _ := io.ReadAll(r.Body)
		body = string(b)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Vary", "Accept")
		w.Header().Add("Vary", "HX-Request")
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, "<p>ok</p>")
	}))
	ev := events.APIGatewayV2HTTPRequest{
		RawPath:         "/dev/console/api/leads/a%2Fb",
		RawQueryString:  "q=x&n=2",
		Headers:         map[string]string{"host": "api.example.com", "hx-request": "true", "content-type": "application/x-www-form-urlencoded"},
		Body:            base64.StdEncoding.EncodeToString([]byte("note=hi")),
		IsBase64Encoded: true,
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			Stage: "dev",
			HTTP:  events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST", SourceIP: "203.0.113.9"},
			Authorizer: &events.APIGatewayV2HTTPRequestContextAuthorizerDescription{JWT: &events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{
				Claims: map[string]string{"sub": "s1", "email": "m@example.com", "cognito:groups": "[marketing]"},
			}},
		},
	}
	resp, err := h(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	if seen.Method != "POST" || seen.URL.EscapedPath() != "/console/api/leads/a%2Fb" || seen.URL.Query().Get("n") != "2" || seen.Host != "api.example.com" {
		t.Errorf("request %s %s host %s", seen.Method, seen.URL, seen.Host)
	}
	if Base(seen.Context()) != "/dev" {
		t.Errorf("base %q, want /dev", Base(seen.Context()))
	}
	if body != "note=hi" || seen.Header.Get("HX-Request") != "true" {
		t.Errorf("body %q headers %v", body, seen.Header)
	}
	u, ok := UserFrom(seen.Context())
	if !ok || u.Name != "m@example.com" || !u.Can(DecideReview) || u.Can(ErasePerson) {
		t.Errorf("user %+v %v", u, ok)
	}
	if resp.StatusCode != 201 || resp.Body != "<p>ok</p>" || resp.IsBase64Encoded {
		t.Errorf("response %d %q base64=%v", resp.StatusCode, resp.Body, resp.IsBase64Encoded)
	}
	if !slices.Equal(resp.Cookies, []string{"a=1"}) || !slices.Equal(resp.MultiValueHeaders["Vary"], []string{"Accept", "HX-Request"}) {
		t.Errorf("cookies %v headers %v %v", resp.Cookies, resp.Headers, resp.MultiValueHeaders)
	}

	// Without the authorizer's claims there is no user, and the $default
	// stage has no prefix.
	ev.RequestContext.Authorizer = nil
	ev.RequestContext.Stage = "$default"
	ev.RawPath = "/console/api/session"
	if _, err := h(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	if _, ok := UserFrom(seen.Context()); ok || Base(seen.Context()) != "" || seen.URL.Path != "/console/api/session" {
		t.Errorf("unauthenticated request: user present or base %q path %s", Base(seen.Context()), seen.URL.Path)
	}
}

// TestReplayEvents sends every sample in events/console through the
// function's handler; each file name ends in the status it must get.
func TestReplayEvents(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "events", "console", "*.json"))
	if len(files) < 4 {
		t.Fatalf("found %d console events, want the full set", len(files))
	}
	h := LambdaHandler(New(testConfig))
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			parts := strings.Split(filepath.Base(f), ".")
			want, err := strconv.Atoi(parts[len(parts)-2])
			if err != nil {
				t.Fatalf("file name has no status: %v", err)
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var ev events.APIGatewayV2HTTPRequest
			if err := json.Unmarshal(b, &ev); err != nil {
				t.Fatal(err)
			}
			resp, err := h(context.Background(), ev)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, want, resp.Body)
			}
		})
	}
}

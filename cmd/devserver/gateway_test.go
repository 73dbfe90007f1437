package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

const gwTemplate = `
Parameters:
  Origins: {Type: CommaDelimitedList, Default: "http://127.0.0.1:3000,https://www.example.com"}
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      CorsConfiguration:
        AllowOrigins: !Ref Origins
        AllowMethods: [GET, POST, OPTIONS]
        AllowHeaders: [Content-Type, Idempotency-Key]
        ExposeHeaders: [X-Lead-Id]
        MaxAge: 600
  Intake:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Submit: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: POST, Path: "/forms/{formId}/submissions"}}
        Token: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: GET, Path: "/forms/{formId}/token"}}
        Special: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: GET, Path: "/forms/special/token"}}
  Files:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Proxy: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: ANY, Path: "/files/{proxy+}"}}
        Fail: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: GET, Path: "/fail"}}
`

// echo answers with the event it received as JSON, unless the request
// asks for a canned response via the "x-respond" header.
func echo(fn string) httpHandler {
	return func(_ context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		if ev.RawPath == "/fail" {
			return events.APIGatewayV2HTTPResponse{}, errors.New("boom")
		}
		if canned := ev.Headers["x-respond"]; canned != "" {
			var resp events.APIGatewayV2HTTPResponse
			if err := json.Unmarshal([]byte(canned), &resp); err != nil {
				return resp, err
			}
			return resp, nil
		}
		b, _ := json.Marshal(struct {
			Fn string
			Ev events.APIGatewayV2HTTPRequest
		}{fn, ev})
		return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: string(b),
			Headers: map[string]string{"Content-Type": "application/json", "Access-Control-Allow-Origin": "https://evil.example"}}, nil
	}
}

func newTestGateway(t *testing.T) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	tpl, err := samtemplate.Parse([]byte(gwTemplate))
	if err != nil {
		t.Fatal(err)
	}
	cors, err := tpl.HttpApiCors(samtemplate.Resolver{})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	gw := newGateway(tpl.Routes(), map[string]httpHandler{"Intake": echo("Intake"), "Files": echo("Files")}, cors, nil,
		slog.New(slog.NewJSONHandler(&logs, nil)))
	srv := httptest.NewServer(gw)
	t.Cleanup(srv.Close)
	return srv, &logs
}

type echoed struct {
	Fn string
	Ev events.APIGatewayV2HTTPRequest
}

func do(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestRequestConversion(t *testing.T) {
	srv, logs := newTestGateway(t)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/forms/contact-sales/submissions?utm_source=news&tag=a&tag=b&empty=", strings.NewReader("first_name=Ada&email=ada%40example.com"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Add("X-Multi", "one")
	req.Header.Add("X-Multi", "two")
	req.Header.Set("User-Agent", "test-agent/1")
	req.Header.Set("Cookie", "a=1; b=2")
	resp, body := do(t, req)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var got echoed
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	ev := got.Ev
	host := strings.TrimPrefix(srv.URL, "http://")
	checks := []struct {
		name      string
		got, want any
	}{
		{"function", got.Fn, "Intake"},
		{"version", ev.Version, "2.0"},
		{"routeKey", ev.RouteKey, "POST /forms/{formId}/submissions"},
		{"rawPath", ev.RawPath, "/forms/contact-sales/submissions"},
		{"rawQueryString", ev.RawQueryString, "utm_source=news&tag=a&tag=b&empty="},
		{"query", ev.QueryStringParameters, map[string]string{"utm_source": "news", "tag": "a,b", "empty": ""}},
		{"pathParameters", ev.PathParameters, map[string]string{"formId": "contact-sales"}},
		{"cookies", ev.Cookies, []string{"a=1", "b=2"}},
		{"multi header", ev.Headers["x-multi"], "one,two"},
		{"content-type", ev.Headers["content-type"], "application/x-www-form-urlencoded"},
		{"host", ev.Headers["host"], host},
		{"x-forwarded-for", ev.Headers["x-forwarded-for"], "127.0.0.1"},
		{"no cookie header", ev.Headers["cookie"], ""},
		{"body", ev.Body, "first_name=Ada&email=ada%40example.com"},
		{"not base64", ev.IsBase64Encoded, false},
		{"ctx method", ev.RequestContext.HTTP.Method, "POST"},
		{"ctx path", ev.RequestContext.HTTP.Path, "/forms/contact-sales/submissions"},
		{"ctx protocol", ev.RequestContext.HTTP.Protocol, "HTTP/1.1"},
		{"ctx sourceIp", ev.RequestContext.HTTP.SourceIP, "127.0.0.1"},
		{"ctx userAgent", ev.RequestContext.HTTP.UserAgent, "test-agent/1"},
		{"ctx routeKey", ev.RequestContext.RouteKey, "POST /forms/{formId}/submissions"},
		{"ctx stage", ev.RequestContext.Stage, "$default"},
		{"ctx apiId", ev.RequestContext.APIID, "local"},
		{"ctx domainName", ev.RequestContext.DomainName, host},
		{"ctx requestId matches header", ev.RequestContext.RequestID, resp.Header.Get("Apigw-Requestid")},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.name, c.got, c.want)
		}
	}
	if ev.RequestContext.RequestID == "" || ev.RequestContext.TimeEpoch == 0 || !strings.Contains(ev.RequestContext.Time, "/") {
		t.Errorf("request context id/time = %+v", ev.RequestContext)
	}
	// One JSON log line, without the body.
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("log lines = %q", lines)
	}
	var entry map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &entry); err != nil {
		t.Fatal(err)
	}
	if entry["method"] != "POST" || entry["path"] != "/forms/contact-sales/submissions" || entry["status"] != 200.0 ||
		entry["request_id"] != ev.RequestContext.RequestID || entry["function"] != "Intake" || entry["duration_ms"] == nil {
		t.Errorf("log entry = %v", entry)
	}
	if strings.Contains(logs.String(), "Ada") {
		t.Error("log contains the request body")
	}
}

func TestBodyEncoding(t *testing.T) {
	srv, _ := newTestGateway(t)
	binary := []byte{0x89, 'P', 'N', 'G', 0, 0xff}
	tests := []struct {
		name, contentType string
		body              []byte
		wantBase64        bool
	}{
		{"json", "application/json; charset=utf-8", []byte(`{"a":1}`), false},
		{"text", "text/plain", []byte("héllo"), false},
		{"vendor json", "application/vnd.api+json", []byte(`{}`), false},
		{"octet-stream", "application/octet-stream", binary, true},
		{"multipart", "multipart/form-data; boundary=x", []byte("--x\r\n\r\nv\r\n--x--"), true},
		{"invalid utf8 text", "text/plain", []byte{0xff, 0xfe}, true},
		{"no content type", "", []byte("abc"), true},
		{"empty", "application/json", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/forms/f/submissions", bytes.NewReader(tc.body))
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			_, body := do(t, req)
			var got echoed
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatalf("%v: %s", err, body)
			}
			if got.Ev.IsBase64Encoded != tc.wantBase64 {
				t.Fatalf("isBase64Encoded = %v", got.Ev.IsBase64Encoded)
			}
			decoded := []byte(got.Ev.Body)
			if tc.wantBase64 {
				var err error
				if decoded, err = base64.StdEncoding.DecodeString(got.Ev.Body); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(decoded, tc.body) {
				t.Fatalf("body = %q, want %q", decoded, tc.body)
			}
		})
	}
}

func TestBodyTooLarge(t *testing.T) {
	srv, _ := newTestGateway(t)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/forms/f/submissions", bytes.NewReader(make([]byte, maxBody+1)))
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, body := do(t, req)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), `"message"`) {
		t.Fatalf("status %d body %s", resp.StatusCode, body)
	}
	req, _ = http.NewRequest(http.MethodPost, srv.URL+"/forms/f/submissions", bytes.NewReader(make([]byte, maxBody)))
	req.Header.Set("Content-Type", "application/octet-stream")
	if resp, _ := do(t, req); resp.StatusCode != 200 {
		t.Fatalf("exactly 10 MB: status %d", resp.StatusCode)
	}
}

func TestRouteMatching(t *testing.T) {
	srv, _ := newTestGateway(t)
	tests := []struct {
		method, path string
		status       int
		fn, routeKey string
		params       map[string]string
	}{
		{"GET", "/forms/abc/token", 200, "Intake", "GET /forms/{formId}/token", map[string]string{"formId": "abc"}},
		{"GET", "/forms/special/token", 200, "Intake", "GET /forms/special/token", nil},
		{"GET", "/forms/a%2Fb/token", 200, "Intake", "GET /forms/{formId}/token", map[string]string{"formId": "a/b"}},
		{"DELETE", "/files/a/b/c.txt", 200, "Files", "ANY /files/{proxy+}", map[string]string{"proxy": "a/b/c.txt"}},
		{"GET", "/files/x", 200, "Files", "ANY /files/{proxy+}", map[string]string{"proxy": "x"}},
		{"GET", "/files", 404, "", "", nil},
		{"PUT", "/forms/abc/token", 404, "", "", nil},
		{"GET", "/forms/abc/token/extra", 404, "", "", nil},
		{"GET", "/nowhere", 404, "", "", nil},
		{"GET", "/", 404, "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
			resp, body := do(t, req)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			if tc.status == 404 {
				if strings.TrimSpace(string(body)) != `{"message":"Not Found"}` || resp.Header.Get("Content-Type") != "application/json" {
					t.Fatalf("404 body %q", body)
				}
				return
			}
			var got echoed
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			if got.Fn != tc.fn || got.Ev.RouteKey != tc.routeKey || !reflect.DeepEqual(got.Ev.PathParameters, tc.params) {
				t.Fatalf("fn %s routeKey %s params %v", got.Fn, got.Ev.RouteKey, got.Ev.PathParameters)
			}
		})
	}
}

func TestResponseConversion(t *testing.T) {
	srv, _ := newTestGateway(t)
	tests := []struct {
		name     string
		resp     events.APIGatewayV2HTTPResponse
		status   int
		body     string
		headers  map[string][]string
		noHeader []string
	}{
		{"base64 body", events.APIGatewayV2HTTPResponse{StatusCode: 201, Body: base64.StdEncoding.EncodeToString([]byte{1, 2, 3}), IsBase64Encoded: true,
			Headers: map[string]string{"Content-Type": "application/octet-stream"}},
			201, "\x01\x02\x03", map[string][]string{"Content-Type": {"application/octet-stream"}}, nil},
		{"multi-value headers and cookies", events.APIGatewayV2HTTPResponse{StatusCode: 303, Body: "",
			Headers:           map[string]string{"Location": "/thanks", "X-One": "1"},
			MultiValueHeaders: map[string][]string{"X-Many": {"a", "b"}},
			Cookies:           []string{"s=1; Path=/; HttpOnly", "t=2"}},
			303, "", map[string][]string{"Location": {"/thanks"}, "X-One": {"1"}, "X-Many": {"a", "b"}, "Set-Cookie": {"s=1; Path=/; HttpOnly", "t=2"}}, nil},
		{"zero status is 200, function CORS headers replaced", events.APIGatewayV2HTTPResponse{Body: `{"ok":true}`,
			Headers: map[string]string{"Access-Control-Allow-Origin": "*"}},
			200, `{"ok":true}`, map[string][]string{"Content-Type": {"application/json"}}, []string{"Access-Control-Allow-Origin"}},
		{"bad base64 is a gateway error", events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: "!!!", IsBase64Encoded: true},
			500, `{"message":"Internal Server Error"}` + "\n", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			canned, _ := json.Marshal(tc.resp)
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/forms/x/token", nil)
			req.Header.Set("X-Respond", string(canned))
			client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.status || string(body) != tc.body {
				t.Fatalf("status %d body %q, want %d %q", resp.StatusCode, body, tc.status, tc.body)
			}
			for k, want := range tc.headers {
				if got := resp.Header.Values(k); !reflect.DeepEqual(got, want) {
					t.Errorf("header %s = %q, want %q", k, got, want)
				}
			}
			for _, k := range tc.noHeader {
				if v := resp.Header.Get(k); v != "" {
					t.Errorf("header %s = %q, want none", k, v)
				}
			}
		})
	}
}

func TestHandlerErrorIs500(t *testing.T) {
	srv, logs := newTestGateway(t)
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/fail", nil)
	resp, body := do(t, req)
	if resp.StatusCode != 500 || strings.TrimSpace(string(body)) != `{"message":"Internal Server Error"}` {
		t.Fatalf("status %d body %s", resp.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "boom") {
		t.Error("function error not logged")
	}
}

func TestCORS(t *testing.T) {
	srv, _ := newTestGateway(t)
	tests := []struct {
		name, method, path, origin, reqMethod, reqHeaders string
		status                                            int
		want                                              map[string]string // header -> value ("" = absent)
	}{
		{"preflight allowed", "OPTIONS", "/forms/x/submissions", "https://www.example.com", "POST", "content-type, idempotency-key", 204, map[string]string{
			"Access-Control-Allow-Origin": "https://www.example.com", "Access-Control-Allow-Methods": "GET,POST,OPTIONS",
			"Access-Control-Allow-Headers": "content-type,idempotency-key", "Access-Control-Max-Age": "600"}},
		{"preflight on unrouted path still answered", "OPTIONS", "/anything", "http://127.0.0.1:3000", "GET", "", 204, map[string]string{
			"Access-Control-Allow-Origin": "http://127.0.0.1:3000"}},
		{"preflight origin denied", "OPTIONS", "/forms/x/submissions", "https://evil.example", "POST", "", 204, map[string]string{
			"Access-Control-Allow-Origin": "", "Access-Control-Allow-Methods": ""}},
		{"preflight method denied", "OPTIONS", "/forms/x/submissions", "https://www.example.com", "DELETE", "", 204, map[string]string{
			"Access-Control-Allow-Origin": ""}},
		{"preflight header denied", "OPTIONS", "/forms/x/submissions", "https://www.example.com", "POST", "x-secret", 204, map[string]string{
			"Access-Control-Allow-Origin": ""}},
		{"plain OPTIONS is routed (404)", "OPTIONS", "/forms/x/submissions", "", "", "", 404, map[string]string{
			"Access-Control-Allow-Origin": ""}},
		{"simple request allowed", "GET", "/forms/x/token", "https://www.example.com", "", "", 200, map[string]string{
			"Access-Control-Allow-Origin": "https://www.example.com", "Access-Control-Expose-Headers": "X-Lead-Id"}},
		{"simple request denied", "GET", "/forms/x/token", "https://evil.example", "", "", 200, map[string]string{
			"Access-Control-Allow-Origin": ""}},
		{"404 has no CORS headers", "GET", "/nope", "https://www.example.com", "", "", 404, map[string]string{
			"Access-Control-Allow-Origin": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			if tc.reqMethod != "" {
				req.Header.Set("Access-Control-Request-Method", tc.reqMethod)
			}
			if tc.reqHeaders != "" {
				req.Header.Set("Access-Control-Request-Headers", tc.reqHeaders)
			}
			resp, body := do(t, req)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			for k, want := range tc.want {
				if got := resp.Header.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
		})
	}
}

func TestLandingPage(t *testing.T) {
	h := landing("http://127.0.0.1:8005")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	page := rec.Body.String()
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("status %d type %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, want := range []string{
		`<form method="post" action="/forms/contact-sales/submissions">`,
		`name="first_name"`, `name="last_name"`, `name="email"`, `name="company"`, `name="job_title"`, `name="phone"`,
		`<select name="country"`, `<select name="company_size">`, `<option>1000+</option>`,
		`<select name="budget">`, `<option>€100k+</option>`,
		`<select name="timeline">`, `<option>Just researching</option>`, `name="message"`, `name="consent"`,
		`<input name="website_url" tabindex="-1" autocomplete="off">`, `name="utm_source"`, `name="utm_campaign"`,
		`<script src="/forms/contact-sales/embed.js" defer></script>`, `href="http://127.0.0.1:8005"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("landing page lacks %s", want)
		}
	}
	if strings.Contains(page, "you are subscribed") {
		t.Error("the plain page confirms a subscription")
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?subscribed=1", nil))
	if !strings.Contains(rec.Body.String(), "you are subscribed") {
		t.Error("/?subscribed=1 (the newsletter's thank-you URL) confirms nothing")
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/other", nil))
	if rec.Code != 404 {
		t.Errorf("GET /other = %d", rec.Code)
	}
}

func BenchmarkGatewayRoundTrip(b *testing.B) {
	tpl, err := samtemplate.Parse([]byte(gwTemplate))
	if err != nil {
		b.Fatal(err)
	}
	ok := func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		return events.APIGatewayV2HTTPResponse{StatusCode: 201, Body: `{"id":"x"}`}, nil
	}
	gw := newGateway(tpl.Routes(), map[string]httpHandler{"Intake": ok, "Files": ok}, nil, nil, slog.New(slog.DiscardHandler))
	body := []byte("first_name=Ada&last_name=Lovelace&email=ada%40example.com&company=Acme&message=hello")
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/forms/contact-sales/submissions?utm_source=x", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		gw.ServeHTTP(rec, req)
		if rec.Code != 201 {
			b.Fatal(rec.Code)
		}
	}
}

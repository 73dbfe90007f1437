package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestSplitFormPath(t *testing.T) {
	tests := []struct {
		path, param, form, rest string
		ok                      bool
	}{
		{"/forms/contact-sales/submissions", "", "contact-sales", "/submissions", true},
		{"/prod/forms/contact-sales/token", "", "contact-sales", "/token", true},
		{"/forms/a%2Db/submissions", "", "a-b", "/submissions", true},
		{"/forms/x/submissions", "from-param", "from-param", "/submissions", true},
		// API Gateway decodes path parameters once; decoding again would
		// turn a literal "%2D" into "-" and reach another form.
		{"/forms/partner%252Dimport/submissions", "partner%2Dimport", "partner%2Dimport", "/submissions", true},
		{"/forms/", "", "", "", false},
		{"/other", "", "", "", false},
	}
	for _, tc := range tests {
		form, rest, ok := splitFormPath(tc.path, map[string]string{"formId": tc.param})
		if ok != tc.ok || form != tc.form || rest != tc.rest {
			t.Errorf("splitFormPath(%q) = %q %q %v", tc.path, form, rest, ok)
		}
	}
}

func TestWantsHTML(t *testing.T) {
	for accept, want := range map[string]bool{
		"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": true,
		"application/json":            false,
		"application/json, text/html": false,
		"text/html, application/json": true,
		"":                            false,
		"*/*":                         false,
	} {
		if got := wantsHTML(accept); got != want {
			t.Errorf("wantsHTML(%q) = %v", accept, got)
		}
	}
}

type panicIssuer struct{}

func (panicIssuer) Issue(string, time.Time) string { panic("boom") }

// TestPanicIsJSON500 proves a bug answers JSON, not a gateway error.
func TestPanicIsJSON500(t *testing.T) {
	fs, err := forms.Parse([]byte("forms:\n  - id: f\n"))
	if err != nil {
		t.Fatal(err)
	}
	h := &Handler{
		Intake: &intake.Service{Forms: intake.FixedForms(fs), Now: time.Now},
		Tokens: panicIssuer{},
		Log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	resp, err := h.Handle(context.Background(), events.APIGatewayV2HTTPRequest{RawPath: "/forms/f/token",
		RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET"}}})
	if err != nil || resp.StatusCode != 500 {
		t.Fatalf("status %d err %v", resp.StatusCode, err)
	}
	var body struct{ Error struct{ Code string } }
	if json.Unmarshal([]byte(resp.Body), &body); body.Error.Code != "internal_error" {
		t.Fatalf("body %s", resp.Body)
	}
}

// TestStatus pins the one mapping from error kinds to HTTP statuses that
// clients see (events/intake/*.json replays them end to end).
func TestStatus(t *testing.T) {
	for _, tc := range []struct {
		kind lead.ErrorKind
		want int
	}{
		{lead.EINVALID, 400}, {lead.ENOTFOUND, 404}, {lead.ECONFLICT, 409}, {lead.ENOTALLOWED, 405},
		{lead.ETOOLARGE, 413}, {lead.EUNSUPPORTED, 415}, {lead.EUNAVAILABLE, 503}, {lead.EINTERNAL, 500}, {"", 500},
		{lead.EUNAUTHENTICATED, 401}, {lead.EFORBIDDEN, 403},
	} {
		if got := Status(tc.kind); got != tc.want {
			t.Errorf("Status(%q) = %d, want %d", tc.kind, got, tc.want)
		}
	}
}

func TestErrorResponse(t *testing.T) {
	resp := errorResponse(intake.AsError(errors.New("dynamodb: timeout")))
	if resp.StatusCode != 503 || resp.Headers["Retry-After"] != "5" {
		t.Errorf("storage failure answered %d %v", resp.StatusCode, resp.Headers)
	}
	if strings.Contains(resp.Body, "dynamodb") || !strings.Contains(resp.Body, `"code":"storage_unavailable"`) {
		t.Errorf("body %s: the cause must stay in the logs", resp.Body)
	}
	resp = errorResponse(&intake.Error{Kind: lead.EINVALID, Code: intake.CodeValidation, Message: "1 field(s) need attention", Fields: map[string]string{"email": "required"}})
	want := `{"error":{"code":"validation_failed","message":"1 field(s) need attention","fields":{"email":"required"}}}`
	if resp.StatusCode != 400 || resp.Body != want || resp.Headers["Retry-After"] != "" {
		t.Errorf("validation failure answered %d %s", resp.StatusCode, resp.Body)
	}
}

// browserPost posts a urlencoded body the way a plain HTML form does.
func browserPost(t *testing.T, h *Handler, form, body, referer string) events.APIGatewayV2HTTPResponse {
	t.Helper()
	resp, err := h.Handle(context.Background(), events.APIGatewayV2HTTPRequest{
		RawPath:        "/forms/" + form + "/submissions",
		Headers:        map[string]string{"content-type": "application/x-www-form-urlencoded", "accept": "text/html,*/*;q=0.8", "referer": referer},
		Body:           body,
		RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "POST"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// TestBrowserErrorPage: a plain form post that cannot be stored gets an
// HTML page with the JSON answer's status, naming each field to fix, with
// a link back only to a site allowed to post to the form.
func TestBrowserErrorPage(t *testing.T) {
	fs, err := forms.Parse([]byte("forms:\n  - id: contact\n    name: Contact sales\n    allowed_origins: [https://www.northwind.example]\n    required: [email, first_name]\n    render_token: false\n"))
	if err != nil {
		t.Fatal(err)
	}
	h := &Handler{Intake: &intake.Service{Forms: intake.FixedForms(fs), Now: time.Now}, Log: slog.New(slog.DiscardHandler)}
	for _, tc := range []struct {
		referer, link string
	}{
		{"https://www.northwind.example/contact?x=1", `href="https://www.northwind.example/contact?x=1"`},
		{"https://evil.example/phish", ""},
		{"", ""},
	} {
		resp := browserPost(t, h, "contact", "company=Acme", tc.referer)
		if resp.StatusCode != 400 || !strings.HasPrefix(resp.Headers["Content-Type"], "text/html") {
			t.Fatalf("status %d type %q", resp.StatusCode, resp.Headers["Content-Type"])
		}
		for _, want := range []string{"Please check the form", "Contact sales", "<li>Email: required</li>", "<li>First name: required</li>"} {
			if !strings.Contains(resp.Body, want) {
				t.Errorf("error page lacks %q:\n%s", want, resp.Body)
			}
		}
		if strings.Contains(resp.Body, `{"error"`) {
			t.Error("the visitor sees raw JSON")
		}
		hasLink := strings.Contains(resp.Body, `class="back"`)
		if tc.link == "" && hasLink || tc.link != "" && !strings.Contains(resp.Body, tc.link) {
			t.Errorf("referer %q: back link wrong in\n%s", tc.referer, resp.Body)
		}
	}
	// Markup in a field error never reaches the page as markup.
	resp := errorPage(&intake.Error{Kind: lead.EINVALID, Code: intake.CodeValidation, Fields: map[string]string{"<b>x</b>": "<script>"}}, fs.Get("contact"), "")
	if strings.Contains(resp.Body, "<script>") || strings.Contains(resp.Body, "<b>x") {
		t.Errorf("markup leaked:\n%s", resp.Body)
	}
}

func TestBrowserThankYouPage(t *testing.T) {
	f := &forms.Form{ID: "contact", Name: "Contact sales"}
	resp := thankYou(f, "https://www.northwind.example/contact")
	for _, want := range []string{"Thank you", "Contact sales", `href="https://www.northwind.example/contact"`} {
		if resp.StatusCode != 200 || !strings.Contains(resp.Body, want) {
			t.Errorf("thank-you page (%d) lacks %q", resp.StatusCode, want)
		}
	}
	f.ThankYouURL = "https://www.northwind.example/thanks"
	if resp := thankYou(f, ""); resp.StatusCode != 303 || resp.Headers["Location"] != f.ThankYouURL {
		t.Errorf("form with a thank-you URL: %d %v", resp.StatusCode, resp.Headers)
	}
}

// A submission that arrives while the judge cannot be built is answered
// 503 (nothing stored, try again), as JSON or as a page for a browser;
// the token route does not wait for the judge.
func TestNotReadyIs503(t *testing.T) {
	fs, err := forms.Parse([]byte("forms:\n  - id: f\n"))
	if err != nil {
		t.Fatal(err)
	}
	h := &Handler{
		Intake: &intake.Service{Forms: intake.FixedForms(fs), Now: time.Now},
		Tokens: fixedIssuer{},
		Log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
		Ready:  func(context.Context) error { return errors.New("rules: line 3: unknown key") },
	}
	request := func(method, path, accept string) events.APIGatewayV2HTTPResponse {
		t.Helper()
		resp, err := h.Handle(context.Background(), events.APIGatewayV2HTTPRequest{RawPath: path,
			Headers: map[string]string{"accept": accept, "content-type": "application/json"}, Body: `{"email":"a@b.example"}`,
			RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: method}}})
		if err != nil {
			t.Fatalf("%s %s: err %v", method, path, err)
		}
		return resp
	}
	resp := request("POST", "/forms/f/submissions", "application/json")
	var body struct{ Error struct{ Code string } }
	if json.Unmarshal([]byte(resp.Body), &body); resp.StatusCode != 503 || body.Error.Code != intake.CodeUnavailable || resp.Headers["Retry-After"] == "" {
		t.Errorf("JSON post: %d %v %s", resp.StatusCode, resp.Headers, resp.Body)
	}
	if resp := request("POST", "/forms/f/submissions", "text/html"); resp.StatusCode != 503 || !strings.Contains(resp.Headers["Content-Type"], "text/html") {
		t.Errorf("browser post: %d %v", resp.StatusCode, resp.Headers)
	}
	if resp := request("GET", "/forms/f/token", ""); resp.StatusCode != 200 {
		t.Errorf("token: %d %s", resp.StatusCode, resp.Body)
	}
}

type fixedIssuer struct{}

func (fixedIssuer) Issue(string, time.Time) string { return "token" }

// TestPageEscapesEveryValue: whichever value of a page holds markup or a
// quote, it reaches the page as text, never as markup or as the end of
// the link's attribute.
func TestPageEscapesEveryValue(t *testing.T) {
	const hostile = `"><script>alert(1)</script>`
	for _, tc := range []struct {
		name string
		d    pageData
	}{
		{"title", pageData{Title: hostile}},
		{"form name", pageData{Title: "t", Form: hostile}},
		{"line", pageData{Title: "t", Lines: []string{hostile}}},
		{"field", pageData{Title: "t", Fields: []string{hostile}}},
		{"back link", pageData{Title: "t", Back: "https://a.example/?q=" + hostile, BackLabel: "back"}},
		{"back label", pageData{Title: "t", Back: "https://a.example/", BackLabel: hostile}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := renderPage(200, tc.d).Body
			if strings.Contains(body, "<script>") || strings.Contains(body, `"><script`) {
				t.Errorf("markup leaked:\n%s", body)
			}
			if !strings.Contains(body, "&lt;script&gt;") {
				t.Errorf("the value is not on the page as text:\n%s", body)
			}
		})
	}
}

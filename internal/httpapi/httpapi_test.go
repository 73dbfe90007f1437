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
		Intake: &intake.Service{Forms: fs, Now: time.Now},
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

package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/intake"
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

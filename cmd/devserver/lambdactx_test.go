package main

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// TestHandlerOutlivesItsClient: a client that goes away does not stop the
// function (as on Lambda); the function's own timeout, from the template,
// does.
func TestHandlerOutlivesItsClient(t *testing.T) {
	tpl, err := samtemplate.Load("../../template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		fn   string
		want time.Duration
	}{
		{"IntakeFunction", 10 * time.Second},   // Globals.Function.Timeout
		{"HandoffFunction", 120 * time.Second}, // its own
		{"NoSuchFunction", defaultFunctionTimeout},
	} {
		var seen context.Context
		h := asLambdaRuns(tpl, tc.fn, func(ctx context.Context, _ events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
			seen = ctx
			return events.APIGatewayV2HTTPResponse{}, ctx.Err()
		})
		client, gone := context.WithCancel(context.Background())
		gone()
		start := time.Now()
		if _, err := h(client, events.APIGatewayV2HTTPRequest{}); err != nil {
			t.Errorf("%s: the client's disconnect reached the function: %v", tc.fn, err)
		}
		dl, ok := seen.Deadline()
		if d := dl.Sub(start); !ok || d > tc.want+time.Second || d < tc.want-time.Second {
			t.Errorf("%s: deadline in %s, want %s", tc.fn, dl.Sub(start), tc.want)
		}
	}
}

package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// defaultFunctionTimeout is Lambda's default timeout, for a function whose
// template gives none.
const defaultFunctionTimeout = 3 * time.Second

// asLambdaRuns gives handler h the context a Lambda invocation has: one
// that ends at the function's timeout (from the template), not when the
// HTTP client goes away. API Gateway answers a client that waited too long
// with an error, but the function runs on to its end; a handler whose
// context the client's disconnect cancelled would stop mid-way (a lead
// stored without its follow-up), which cannot happen on AWS.
func asLambdaRuns(tpl *samtemplate.Template, functionID string, h httpHandler) httpHandler {
	timeout := defaultFunctionTimeout
	if f, ok := tpl.Function(functionID); ok {
		switch v := f.Properties["Timeout"].(type) {
		case int:
			timeout = time.Duration(v) * time.Second
		case float64:
			timeout = time.Duration(v * float64(time.Second))
		}
	}
	return func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
		defer cancel()
		return h(ctx, req)
	}
}

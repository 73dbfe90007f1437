// Package unsubscribefn wires the unsubscribe endpoint
// (UnsubscribeFunction): GET /u/{token} shows a confirmation page and POST
// /u/{token} (RFC 8058) queues the token for the recorder
// (unsubscriberecorderfn) by an asynchronous invocation and answers at
// once, the same for any token; it needs neither the store nor the
// signing key.
package unsubscribefn

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"

	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
)

// event is the payload the recorder is invoked with
// (unsubscriberecorderfn.Event).
type event struct {
	Token string `json:"token"`
}

// New builds the unsubscribe endpoint's handler.
func New(ctx context.Context, getenv func(string) string) (lambdaenv.HTTPHandler, error) {
	// The endpoint stores nothing: no leads store, no DynamoDB client.
	b, err := lambdaenv.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	svc := &unsubscribe.Service{
		Queue: &asyncQueue{Lambda: lambda.NewFromConfig(b.AWS), Function: b.Settings.UnsubscribeRecorderFunction},
		Log:   b.Log,
	}
	return func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		var r unsubscribe.Response
		switch req.RequestContext.HTTP.Method {
		case "GET", "HEAD":
			r = svc.Confirm()
		case "POST":
			// RFC 8058: the body is List-Unsubscribe=One-Click (form-encoded
			// or multipart); the token alone authorises the request, so the
			// body is not needed to act and is not parsed.
			r = svc.Unsubscribe(ctx, req.PathParameters["token"])
		default:
			return events.APIGatewayV2HTTPResponse{StatusCode: 405, Headers: map[string]string{"Allow": "GET, POST", "Content-Type": "text/plain; charset=utf-8"}, Body: "method not allowed\n"}, nil
		}
		return events.APIGatewayV2HTTPResponse{StatusCode: r.Status, Headers: r.Headers, Body: r.Body}, nil
	}, nil
}

// invoker is the part of the Lambda client that invokes a function.
type invoker interface {
	Invoke(ctx context.Context, in *lambda.InvokeInput, opts ...func(*lambda.Options)) (*lambda.InvokeOutput, error)
}

// queueTimeout bounds the asynchronous invocation: the Lambda service
// only queues the event.
const queueTimeout = 2 * time.Second

// asyncQueue is unsubscribe.Queue through an asynchronous invocation
// (InvocationType Event) of the recorder function.
type asyncQueue struct {
	Lambda   invoker
	Function string
}

func (q *asyncQueue) Enqueue(ctx context.Context, token string) error {
	payload, err := json.Marshal(event{Token: token})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, queueTimeout)
	defer cancel()
	out, err := q.Lambda.Invoke(ctx, &lambda.InvokeInput{
		FunctionName:   &q.Function,
		InvocationType: types.InvocationTypeEvent,
		Payload:        payload,
	})
	if err != nil {
		return fmt.Errorf("unsubscribe: invoke %s: %w", q.Function, err)
	}
	if out.StatusCode != 202 {
		return fmt.Errorf("unsubscribe: invoke %s: status %d, want 202", q.Function, out.StatusCode)
	}
	return nil
}

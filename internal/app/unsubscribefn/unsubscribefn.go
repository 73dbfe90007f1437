// Package unsubscribefn wires the unsubscribe function: GET /u/{token}
// shows a confirmation page and POST /u/{token} unsubscribes (RFC 8058). It
// needs the store and the token signer, nothing of screening or delivery.
package unsubscribefn

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
)

// New builds the unsubscribe function's handler.
func New(ctx context.Context, getenv func(string) string) (boot.HTTPHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	secret, err := signing.Secret(ctx, b)
	if err != nil {
		return nil, err
	}
	signer, err := unsubscribe.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	svc := &unsubscribe.Service{Signer: signer, Store: b.Store, Now: b.Now, Log: b.Log}
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

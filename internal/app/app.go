// Package app finds a function's wiring by its template logical id, for the
// local dev server and the end-to-end tests that run every function
// together. Each function's own wiring lives in a package of its own
// (intakefn, handofffn, dispatcherfn, unsubscribefn, seseventsfn, each starting
// from boot, or from lambdaenv for the unsubscribe endpoint, which stores
// nothing), and the Lambda entry points in functions/ import only theirs,
// so that the dispatcher, unsubscribe and SES-events functions never link
// the judge or its screening models. This package links them all; no
// Lambda imports it.
package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/consolefn"
	"github.com/leadsieve/leadsieve/internal/app/dispatcherfn"
	"github.com/leadsieve/leadsieve/internal/app/handofffn"
	"github.com/leadsieve/leadsieve/internal/app/intakefn"
	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
	"github.com/leadsieve/leadsieve/internal/app/seseventsfn"
	"github.com/leadsieve/leadsieve/internal/app/unsubscribefn"
	"github.com/leadsieve/leadsieve/internal/app/unsubscriberecorderfn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
)

// HTTPHandler serves an API Gateway HTTP API (payload format 2.0) request.
type HTTPHandler = boot.HTTPHandler

// SNSHandler handles one SNS event.
type SNSHandler = seseventsfn.SNSHandler

// NewHTTPHandler builds the handler of the HTTP function logicalID, reading
// its configuration through getenv.
func NewHTTPHandler(ctx context.Context, logicalID string, getenv func(string) string) (HTTPHandler, error) {
	switch logicalID {
	case settings.Intake:
		return intakefn.New(ctx, getenv)
	case settings.Unsubscribe:
		return unsubscribefn.New(ctx, getenv)
	case settings.Console:
		return consolefn.New(ctx, getenv)
	}
	return nil, fmt.Errorf("app: no HTTP function %q", logicalID)
}

// NewScheduledHandler builds the handler of a Schedule-triggered function:
// the dispatcher, which runs one pass as if at the given time.
func NewScheduledHandler(ctx context.Context, logicalID string, getenv func(string) string) (func(ctx context.Context, now time.Time) error, error) {
	if logicalID != settings.Dispatcher {
		return nil, fmt.Errorf("app: no scheduled function %q", logicalID)
	}
	return dispatcherfn.New(ctx, getenv)
}

// NewSNSHandler builds the handler of an SNS-triggered function: the SES
// notifications function.
func NewSNSHandler(ctx context.Context, logicalID string, getenv func(string) string) (SNSHandler, error) {
	if logicalID != settings.SesEvents {
		return nil, fmt.Errorf("app: no SNS function %q", logicalID)
	}
	return seseventsfn.New(ctx, getenv)
}

// NewHandoffHandler builds the handler of the hand-off function, which
// intake invokes asynchronously for every stored lead.
func NewHandoffHandler(ctx context.Context, getenv func(string) string) (handofffn.Handler, error) {
	return handofffn.New(ctx, getenv)
}

// NewDispatcher builds the dispatcher from the configuration read through
// getenv (for leadctl, which runs passes and renders steps itself).
func NewDispatcher(ctx context.Context, getenv func(string) string) (*dispatch.Dispatcher, error) {
	return dispatcherfn.NewDispatcher(ctx, getenv)
}

// ParseSequenceFiles parses stored sequence files (name -> YAML).
func ParseSequenceFiles(files map[string]string) ([]*nurture.Sequence, error) {
	return dispatcherfn.ParseSequenceFiles(files)
}

// HTTPInvocable serves an HTTP function's handler through the Invoke API:
// the payload is an API Gateway HTTP API (2.0) request, the answer its
// response.
func HTTPInvocable(h HTTPHandler) invokeapi.Function {
	return func(ctx context.Context, payload []byte) ([]byte, error) {
		var req events.APIGatewayV2HTTPRequest
		if err := json.Unmarshal(payload, &req); err != nil {
			return nil, fmt.Errorf("app: not an HTTP API request: %w", err)
		}
		resp, err := h(ctx, req)
		if err != nil {
			return nil, err
		}
		return json.Marshal(resp)
	}
}

// ScheduledInvocable serves a scheduled function's handler through the
// Invoke API: the payload is an EventBridge scheduled event, run as if at
// its time (now when it has none).
func ScheduledInvocable(h func(ctx context.Context, now time.Time) error) invokeapi.Function {
	return func(ctx context.Context, payload []byte) ([]byte, error) {
		var ev events.EventBridgeEvent
		if err := json.Unmarshal(payload, &ev); err != nil {
			return nil, fmt.Errorf("app: not a scheduled event: %w", err)
		}
		at := ev.Time
		if at.IsZero() {
			at = time.Now()
		}
		return []byte("null"), h(ctx, at)
	}
}

// SNSInvocable serves an SNS-triggered function's handler through the
// Invoke API: the payload is an SNS event.
func SNSInvocable(h SNSHandler) invokeapi.Function {
	return func(ctx context.Context, payload []byte) ([]byte, error) {
		var ev events.SNSEvent
		if err := json.Unmarshal(payload, &ev); err != nil {
			return nil, fmt.Errorf("app: not an SNS event: %w", err)
		}
		return []byte("null"), h(ctx, ev)
	}
}

// HandoffInvocable serves the hand-off function's handler through the
// Invoke API: the payload is {"lead_id": "..."}; other fields are refused
// (an event of another shape is a wiring mistake, not a lead).
func HandoffInvocable(h handofffn.Handler) invokeapi.Function {
	return func(ctx context.Context, payload []byte) ([]byte, error) {
		var ev handofffn.Event
		dec := json.NewDecoder(bytes.NewReader(payload))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&ev); err != nil {
			return nil, fmt.Errorf("app: not a hand-off event: %w", err)
		}
		return []byte("null"), h(ctx, ev)
	}
}

// UnsubscribeRecorderInvocable serves the unsubscribe recorder's handler
// through the Invoke API: the payload is {"token": "..."}; other fields are
// refused.
func UnsubscribeRecorderInvocable(h unsubscriberecorderfn.Handler) invokeapi.Function {
	return func(ctx context.Context, payload []byte) ([]byte, error) {
		var ev unsubscriberecorderfn.Event
		dec := json.NewDecoder(bytes.NewReader(payload))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&ev); err != nil {
			return nil, fmt.Errorf("app: not an unsubscribe event: %w", err)
		}
		return []byte("null"), h(ctx, ev)
	}
}

// NewInvocable builds function logicalID, reading its configuration
// through getenv, as a handler of Invoke API payloads.
func NewInvocable(ctx context.Context, logicalID string, getenv func(string) string) (invokeapi.Function, error) {
	switch logicalID {
	case settings.Intake, settings.Unsubscribe, settings.Console:
		h, err := NewHTTPHandler(ctx, logicalID, getenv)
		if err != nil {
			return nil, err
		}
		return HTTPInvocable(h), nil
	case settings.Dispatcher:
		h, err := NewScheduledHandler(ctx, logicalID, getenv)
		if err != nil {
			return nil, err
		}
		return ScheduledInvocable(h), nil
	case settings.SesEvents:
		h, err := NewSNSHandler(ctx, logicalID, getenv)
		if err != nil {
			return nil, err
		}
		return SNSInvocable(h), nil
	case settings.Handoff:
		h, err := NewHandoffHandler(ctx, getenv)
		if err != nil {
			return nil, err
		}
		return HandoffInvocable(h), nil
	case settings.UnsubscribeRecorder:
		h, err := unsubscriberecorderfn.New(ctx, getenv)
		if err != nil {
			return nil, err
		}
		return UnsubscribeRecorderInvocable(h), nil
	}
	return nil, fmt.Errorf("app: no function %q", logicalID)
}

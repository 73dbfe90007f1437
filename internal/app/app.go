// Package app finds a function's wiring by its template logical id, for the
// local dev server and the end-to-end tests that run every function
// together. Each function's own wiring lives in a package of its own
// (intakefn, dispatcherfn, unsubscribefn, seseventsfn, each starting
// from boot), and the Lambda entry points in functions/ import only theirs,
// so that the dispatcher, unsubscribe and SES-events functions never link
// the judge or its screening models. This package links them all; no
// Lambda imports it.
package app

import (
	"context"
	"fmt"
	"time"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/dispatcherfn"
	"github.com/leadsieve/leadsieve/internal/app/intakefn"
	"github.com/leadsieve/leadsieve/internal/app/seseventsfn"
	"github.com/leadsieve/leadsieve/internal/app/unsubscribefn"
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

// NewDispatcher builds the dispatcher from the configuration read through
// getenv (for leadctl, which runs passes and renders steps itself).
func NewDispatcher(ctx context.Context, getenv func(string) string) (*dispatch.Dispatcher, error) {
	return dispatcherfn.NewDispatcher(ctx, getenv)
}

// ParseSequenceFiles parses stored sequence files (name -> YAML).
func ParseSequenceFiles(files map[string]string) ([]*nurture.Sequence, error) {
	return dispatcherfn.ParseSequenceFiles(files)
}

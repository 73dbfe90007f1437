package main

import (
	"context"
	"time"
)

// scheduledHandler is the shape of the handlers app.NewScheduledHandler
// builds for Schedule-triggered functions.
type scheduledHandler = func(ctx context.Context, now time.Time) error

// newScheduledHandler is app.NewScheduledHandler when the build includes
// schedule_app.go, else nil (scheduled functions are then not run).
var newScheduledHandler func(ctx context.Context, logicalID string, getenv func(string) string) (scheduledHandler, error)

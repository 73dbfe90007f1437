// Command dispatcher is the DispatcherFunction Lambda: every minute it
// retries due sales hand-offs and sends due nurture steps, stopping before
// its timeout.
package main

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/dispatcherfn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := dispatcherfn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.Dispatcher, "err", err)
		os.Exit(1)
	}
	lambda.Start(func(ctx context.Context, _ events.EventBridgeEvent) error {
		return h(ctx, time.Now())
	})
}

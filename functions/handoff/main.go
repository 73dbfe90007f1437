// Command handoff is the HandoffFunction Lambda: invoked asynchronously by
// intake with {"lead_id": "..."} for every stored lead, it sends the sales
// hand-off of a qualified lead (and finds nothing to do for any other).
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/handofffn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := handofffn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.Handoff, "err", err)
		os.Exit(1)
	}
	lambda.Start(h)
}

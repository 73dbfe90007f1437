// Command intake is the IntakeFunction Lambda: it receives form submissions
// from API Gateway, and serves render tokens and the embed script.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/intakefn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := intakefn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.Intake, "err", err)
		os.Exit(1)
	}
	lambda.Start(h)
}

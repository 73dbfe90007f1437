// Command sesevents is the SesEventsFunction Lambda: it reads SES bounce,
// complaint and delivery notifications from SNS and suppresses addresses
// that bounced hard or complained.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/seseventsfn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := seseventsfn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.SesEvents, "err", err)
		os.Exit(1)
	}
	lambda.Start(h)
}

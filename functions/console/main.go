// Command console is the ConsoleFunction Lambda: the sales and marketing
// console's shell (GET /console, /console/...) and its API
// (/console/api/..., behind the Cognito JWT authorizer).
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/consolefn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := consolefn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.Console, "err", err)
		os.Exit(1)
	}
	lambda.Start(h)
}

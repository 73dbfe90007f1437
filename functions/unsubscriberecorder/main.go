// Command unsubscriberecorder is the UnsubscribeRecorderFunction Lambda:
// invoked asynchronously by the unsubscribe endpoint with {"token": "..."}
// for every one-click POST, it records the unsubscribe a valid token asks
// for and ignores any other token.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/unsubscriberecorderfn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := unsubscriberecorderfn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.UnsubscribeRecorder, "err", err)
		os.Exit(1)
	}
	lambda.Start(h)
}

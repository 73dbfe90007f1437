// Command unsubscribe is the UnsubscribeFunction Lambda: GET /u/{token}
// shows a confirmation page, POST /u/{token} unsubscribes (RFC 8058).
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/leadsieve/leadsieve/internal/app/unsubscribefn"
	"github.com/leadsieve/leadsieve/internal/config/settings"
)

func main() {
	h, err := unsubscribefn.New(context.Background(), os.Getenv)
	if err != nil {
		slog.Error("cold start failed", "function", settings.Unsubscribe, "err", err)
		os.Exit(1)
	}
	lambda.Start(h)
}

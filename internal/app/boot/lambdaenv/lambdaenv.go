// Package lambdaenv builds, once per Lambda cold start, what a function
// reads from the environment Lambda gives it: the settings, the logger and
// the AWS configuration. It links no service client, not even DynamoDB's,
// so that a function that calls only one other service (the unsubscribe
// endpoint, which only invokes its recorder) does not pay at every cold
// start for the initialisation of a client it never builds; package boot
// adds the leads store for the functions that read or write leads.
package lambdaenv

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go/middleware"

	"github.com/leadsieve/leadsieve/internal/config/settings"
)

// HTTPHandler serves an API Gateway HTTP API (payload format 2.0) request.
type HTTPHandler func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error)

// LogOutput is where function logs go (stdout, which Lambda ships to
// CloudWatch).
var LogOutput io.Writer = os.Stdout

// APIOptions are added to the AWS configuration every function loads. Only
// dev tools set them (the capacity counter of the cost report); a deployed
// function never does.
var APIOptions []func(*middleware.Stack) error

// Clock is the time every function reads. The cost report replaces it with
// one whose timestamps always print at the same length, so that item sizes,
// and the capacity they cost, do not vary from run to run.
var Clock = func() time.Time { return time.Now().UTC() }

// Env is what every function builds at cold start.
type Env struct {
	Settings settings.Settings
	Log      *slog.Logger
	AWS      aws.Config
	Now      func() time.Time
}

// Load reads the settings through getenv and builds the logger and the AWS
// configuration.
func Load(ctx context.Context, getenv func(string) string) (*Env, error) {
	set, err := settings.Load(getenv)
	if err != nil {
		return nil, err
	}
	log := slog.New(slog.NewJSONHandler(LogOutput, &slog.HandlerOptions{Level: set.LogLevel})).With("stage", set.Stage)
	cfg, err := AWSConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("app: aws config: %w", err)
	}
	cfg.APIOptions = append(cfg.APIOptions, APIOptions...)
	return &Env{Settings: set, Log: log, AWS: cfg, Now: Clock}, nil
}

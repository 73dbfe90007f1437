// Package boot builds, once per Lambda cold start, what every function
// needs whatever it does: the settings, the logger, the AWS configuration
// and the leads store. It imports no screening, no delivery, no forms and
// no client of a service some function does not call (the signing secret
// is read by package signing), so that each function's own wiring
// (intakefn, dispatcherfn, unsubscribefn, seseventsfn, handofffn) links
// only what that function uses.
package boot

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go/middleware"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
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

// Base is what every function builds at cold start.
type Base struct {
	Settings settings.Settings
	Log      *slog.Logger
	AWS      aws.Config
	Store    *store.Store
	Now      func() time.Time
}

// Load reads the settings through getenv and builds the logger, the AWS
// configuration and the leads store.
func Load(ctx context.Context, getenv func(string) string) (*Base, error) {
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
	return &Base{
		Settings: set, Log: log, AWS: cfg,
		Store: store.New(dynamodb.NewFromConfig(cfg), set.LeadsTable),
		Now:   Clock,
	}, nil
}

// Package boot builds, once per Lambda cold start, what every function
// needs whatever it does: the settings, the logger, the AWS configuration
// and the leads store, plus on demand the signing secret and the forms. It
// imports no screening and no delivery, so that each function's own wiring
// (intakefn, dispatcherfn, unsubscribefn, seseventsfn) links only what that
// function uses.
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
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/smithy-go/middleware"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/config/forms"
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
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
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

// SigningSecret is the HMAC key of render and unsubscribe tokens: the
// SIGNING_SECRET setting (local runs), else the Secrets Manager secret,
// read once per cold start.
func (b *Base) SigningSecret(ctx context.Context) ([]byte, error) {
	if len(b.Settings.SigningSecret) > 0 {
		return b.Settings.SigningSecret, nil
	}
	arn := b.Settings.SigningSecretARN
	if arn == "" {
		return nil, fmt.Errorf("app: neither SIGNING_SECRET_ARN nor SIGNING_SECRET is set")
	}
	out, err := secretsmanager.NewFromConfig(b.AWS).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: &arn})
	if err != nil {
		return nil, fmt.Errorf("app: read signing secret: %w", err)
	}
	if out.SecretString == nil {
		return nil, fmt.Errorf("app: signing secret %s has no string value", arn)
	}
	return []byte(*out.SecretString), nil
}

// Forms are the embedded forms.yaml.
func Forms() (*forms.Set, error) {
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	return fs, nil
}

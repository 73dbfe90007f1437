// Package app wires leadsieve's functions: it reads settings, builds the AWS
// clients and the domain services once, and returns the handlers that the
// Lambda entry points in functions/ and the local dev server both run.
package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/httpapi"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
)

// HTTPHandler serves an API Gateway HTTP API (payload format 2.0) request.
type HTTPHandler func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error)

// LogOutput is where function logs go (stdout, which Lambda ships to
// CloudWatch).
var LogOutput io.Writer = os.Stdout

// NewHTTPHandler builds the handler of the template function logicalID,
// reading its configuration through getenv.
func NewHTTPHandler(ctx context.Context, logicalID string, getenv func(string) string) (HTTPHandler, error) {
	switch logicalID {
	case settings.Intake:
		d, err := newDeps(ctx, getenv)
		if err != nil {
			return nil, err
		}
		h := d.intakeHandler()
		if h.Intake.Router, err = d.router(getenv); err != nil {
			return nil, err
		}
		return h.Handle, nil
	case settings.Unsubscribe:
		d, err := newDeps(ctx, getenv)
		if err != nil {
			return nil, err
		}
		return d.unsubscribeHandler(ctx)
	}
	return nil, fmt.Errorf("app: no HTTP function %q", logicalID)
}

// deps are the clients and configuration shared by the functions.
type deps struct {
	set    settings.Settings
	log    *slog.Logger
	aws    aws.Config
	forms  *forms.Set
	store  *store.Store
	tokens *rendertoken.Signer
	secret []byte // the HMAC key, read once per cold start
	judge  *judge.Judge
	now    func() time.Time
}

// base reads the settings and builds the logger and the AWS configuration
// that every function needs.
func base(ctx context.Context, getenv func(string) string) (settings.Settings, *slog.Logger, aws.Config, error) {
	set, err := settings.Load(getenv)
	if err != nil {
		return settings.Settings{}, nil, aws.Config{}, err
	}
	log := slog.New(slog.NewJSONHandler(LogOutput, &slog.HandlerOptions{Level: set.LogLevel})).With("stage", set.Stage)
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return settings.Settings{}, nil, aws.Config{}, fmt.Errorf("app: aws config: %w", err)
	}
	return set, log, cfg, nil
}

func newDeps(ctx context.Context, getenv func(string) string) (*deps, error) {
	set, log, cfg, err := base(ctx, getenv)
	if err != nil {
		return nil, err
	}
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	secret := set.SigningSecret
	if len(secret) == 0 {
		if secret, err = fetchSecret(ctx, cfg, set.SigningSecretARN); err != nil {
			return nil, err
		}
	}
	tokens, err := rendertoken.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	st := store.New(dynamodb.NewFromConfig(cfg), set.LeadsTable)
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	now := func() time.Time { return time.Now().UTC() }
	jd, err := judge.New(rs, judge.Deps(judge.DepsOptions{
		Now: now, Tokens: tokens, Counter: st.Counters(), CounterKey: secret, Logger: log,
		HTTPClient: &http.Client{Timeout: 5 * time.Second}, Network: true,
	}), judge.Options{DefaultOrigins: set.AllowedOrigins, Getenv: getenv})
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	return &deps{set: set, log: log, aws: cfg, forms: fs, store: st, tokens: tokens, secret: secret, judge: jd, now: now}, nil
}

// fetchSecret reads the HMAC key from Secrets Manager, once per cold start.
func fetchSecret(ctx context.Context, cfg aws.Config, arn string) ([]byte, error) {
	if arn == "" {
		return nil, fmt.Errorf("app: neither SIGNING_SECRET_ARN nor SIGNING_SECRET is set")
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: &arn})
	if err != nil {
		return nil, fmt.Errorf("app: read signing secret: %w", err)
	}
	if out.SecretString == nil {
		return nil, fmt.Errorf("app: signing secret %s has no string value", arn)
	}
	return []byte(*out.SecretString), nil
}

func (d *deps) intakeHandler() *httpapi.Handler {
	svc := &intake.Service{
		Forms:          d.forms,
		Judge:          d.judge,
		Store:          d.store,
		AllowedOrigins: d.set.AllowedOrigins,
		JunkRetention:  d.set.JunkRetention,
		Now:            d.now,
		Log:            d.log,
	}
	return &httpapi.Handler{Intake: svc, Tokens: d.tokens, Log: d.log}
}

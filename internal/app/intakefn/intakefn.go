// Package intakefn wires the intake function: the form-post API with the
// judge (screening and qualification, compiled once for every form), and
// the asynchronous invocation of the hand-off function for every stored
// lead. It is the only function that builds a judge, and it sends no mail.
package intakefn

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/lambda"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/sequences"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/httpapi"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
)

// New builds the intake function's handler, reading its configuration
// through getenv once.
func New(ctx context.Context, getenv func(string) string) (boot.HTTPHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	fs, err := boot.Forms()
	if err != nil {
		return nil, err
	}
	secret, err := b.SigningSecret(ctx)
	if err != nil {
		return nil, err
	}
	tokens, err := rendertoken.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	jd, err := judge.New(rs, judge.Deps(judge.DepsOptions{
		Now: b.Now, Tokens: tokens, Counter: b.Store.Counters(), CounterKey: secret, Logger: b.Log,
		HTTPClient: &http.Client{Timeout: 5 * time.Second}, Network: true,
	}), judge.Options{DefaultOrigins: b.Settings.AllowedOrigins, Getenv: getenv, Forms: fs})
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	svc := &intake.Service{
		Forms:          fs,
		Judge:          jd,
		Store:          b.Store,
		FollowUp:       &invocation.Async{Lambda: lambda.NewFromConfig(b.AWS), Function: b.Settings.HandoffFunction},
		Enroller:       nurture.Enroller{Catalog: sequences.Catalog(b.Store, time.Minute)},
		AllowedOrigins: b.Settings.AllowedOrigins,
		JunkRetention:  b.Settings.JunkRetention,
		Now:            b.Now,
		Log:            b.Log,
	}
	h := &httpapi.Handler{Intake: svc, Tokens: tokens, Log: b.Log}
	return h.Handle, nil
}

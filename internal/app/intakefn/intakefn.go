// Package intakefn wires the intake function: the form-post API with the
// judge (screening and qualification, compiled once for every form) and the
// immediate sales hand-off. It is the only function that builds a judge.
package intakefn

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/sales"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
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
	n, err := sales.Notifier(b, fs, getenv)
	if err != nil {
		return nil, err
	}
	svc := &intake.Service{
		Forms:          fs,
		Judge:          jd,
		Store:          b.Store,
		Router:         &handoff.Immediate{Store: b.Store, Notifier: n, Now: b.Now, Budget: 5 * time.Second},
		AllowedOrigins: b.Settings.AllowedOrigins,
		JunkRetention:  b.Settings.JunkRetention,
		Now:            b.Now,
		Log:            b.Log,
	}
	h := &httpapi.Handler{Intake: svc, Tokens: tokens, Log: b.Log}
	return h.Handle, nil
}

// Package consolefn wires the console function (ConsoleFunction): the
// static shell and its sign-in configuration, and the console's API, whose
// requests API Gateway's JWT authorizer has already verified.
package consolefn

import (
	"context"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/console"
)

// New builds the console function's handler.
func New(ctx context.Context, getenv func(string) string) (boot.HTTPHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	cfg, err := console.ConfigFromEnv(getenv)
	if err != nil {
		return nil, err
	}
	return console.LambdaHandler(console.New(cfg, pages(b)...)), nil
}

// pages are the console's data pages, built on the function's base.
func pages(b *boot.Base) []console.Pages {
	_ = b
	return nil
}

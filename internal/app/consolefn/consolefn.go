// Package consolefn wires the console function (ConsoleFunction): the
// static shell and its sign-in configuration, and the console's API, whose
// requests API Gateway's JWT authorizer has already verified.
package consolefn

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/service/lambda"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation"
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
	p, err := pages(ctx, b)
	if err != nil {
		return nil, err
	}
	return console.LambdaHandler(console.New(cfg, p)), nil
}

// pages are the console's data pages, built on the function's base: the
// leads table for reads, decisions and the audit trail, the hand-off
// function for a lead decided qualified, and the signing secret for the
// sales e-mail's outcome links.
func pages(ctx context.Context, b *boot.Base) (*console.Pages, error) {
	set := b.Settings
	// The forms the pages list are the version live at cold start: the
	// pages take a fixed list, so a form published later is listed by
	// the console instances started after the publish. A table that
	// cannot be read at start does not stop the console (its pages say
	// so themselves): it lists the built-in forms until it is recycled.
	w := liveconfig.Forms(b)
	var fs *forms.Set
	got, err := w.Get(ctx)
	if err == nil {
		fs = got.Value
	} else {
		b.Log.Warn("forms pointer unreadable at start; the console lists the built-in forms", "err", err.Error())
		builtin := &versions.Version{Kind: versions.Forms, Number: versions.Builtin, Files: config.Builtin(versions.Forms)}
		if fs, err = liveconfig.ParseForms(builtin); err != nil {
			return nil, fmt.Errorf("app: %w", err)
		}
	}
	p := &console.Pages{
		Leads: b.Store, Saver: b.Store, Audit: b.Store,
		FollowUp:      &invocation.Async{Lambda: lambda.NewFromConfig(b.AWS), Function: set.HandoffFunction},
		Forms:         fs.IDs(),
		JunkRetention: set.JunkRetention,
		SpeedTarget:   set.SpeedTarget,
		Base:          console.Base,
		Now:           b.Now,
		Log:           b.Log,
	}
	if set.ConsoleURL != "" {
		secret, err := signing.Secret(ctx, b)
		if err != nil {
			return nil, err
		}
		if p.Links, err = outcomelink.New(secret, set.ConsoleURL); err != nil {
			return nil, fmt.Errorf("app: %w", err)
		}
	}
	return p, nil
}

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
	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
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
// leads table for reads, decisions, the audit trail and the configuration
// versions, the hand-off function for a lead decided qualified, the
// signing secret for the sales e-mail's outcome links, and SES for a
// sequence step's test e-mail.
func pages(ctx context.Context, b *boot.Base) (*console.Pages, error) {
	set := b.Settings
	// The pages list the live forms version's forms, so a form published
	// after this instance started is offered too. While the table cannot
	// be read and nothing was read before, they list the built-in forms
	// (the watcher logs the problem; the pages that read leads say so
	// themselves).
	builtin, err := liveconfig.ParseForms(&versions.Version{Kind: versions.Forms, Number: versions.Builtin, Files: config.Builtin(versions.Forms)})
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	live := liveconfig.Forms(b)
	formIDs := func(ctx context.Context) []string {
		got, err := live.Get(ctx)
		if err != nil {
			return builtin.IDs()
		}
		return got.Value.IDs()
	}
	p := &console.Pages{
		Leads: b.Store, Saver: b.Store, Audit: b.Store,
		FollowUp:      &invocation.Async{Lambda: lambda.NewFromConfig(b.AWS), Function: set.HandoffFunction},
		Forms:         formIDs,
		JunkRetention: set.JunkRetention,
		SpeedTarget:   set.SpeedTarget,
		Base:          console.Base,
		Now:           b.Now,
		Log:           b.Log,
	}
	p.Config = &console.ConfigTools{
		Versions:      &versions.Service{Store: b.Store, Builtin: config.Builtin, Check: configcheck.CheckFiles, Now: b.Now},
		Counters:      b.Store.Routing(),
		Mail:          testMailer{handoff.NewSESClient(b.AWS)},
		PostalAddress: set.PostalAddress,
		PublicBaseURL: set.PublicBaseURL,
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

// testMailer sends a sequence step's test through SES, as the dispatcher
// sends the step itself.
type testMailer struct{ ses handoff.Sender }

func (m testMailer) SendRaw(ctx context.Context, from, to string, raw []byte) error {
	_, err := handoff.SendRaw(ctx, m.ses, from, to, raw, handoff.Envelope{})
	return err
}

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
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/config/forms"
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
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
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

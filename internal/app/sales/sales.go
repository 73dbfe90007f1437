// Package sales builds the sales hand-off (handoff.Notifier) from the live
// routing and forms versions (package versions) and the settings. The
// hand-off function (at once, invoked by intake) and the dispatcher
// (retries) both notify sales; the other functions never link this.
package sales

import (
	"context"
	"fmt"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/webhook"
)

// Setup is the sales notifier of one routing version and one forms
// version, with those forms.
type Setup struct {
	Notifier *handoff.Notifier
	Forms    *forms.Set
	// Versions are the routing and forms version numbers it was built
	// from.
	Versions []int64
}

// Live gives the Setup of the live routing and forms versions, built
// again when either changes.
type Live struct {
	routing *versions.Watcher[*assign.Rules]
	forms   *versions.Watcher[*forms.Set]
	build   func(*assign.Rules, *forms.Set) (*handoff.Notifier, error)
	setups  versions.Rebuilt[*Setup]
}

// Follow follows the live routing version of b's table, and the forms of
// fs. The forms' webhook secrets are read through getenv when a forms
// version is built. secret, when the console's URL is set, signs the
// e-mails' outcome links (nil: none, see WithOutcomeLinks).
func Follow(b *boot.Base, fs *versions.Watcher[*forms.Set], getenv func(string) string, secret []byte) *Live {
	return &Live{
		routing: liveconfig.Watch(b, versions.Routing, ParseRouting),
		forms:   fs,
		build: func(rules *assign.Rules, fs *forms.Set) (*handoff.Notifier, error) {
			n := Notifier(b, rules, fs, getenv)
			if secret == nil {
				return n, nil
			}
			return n, WithOutcomeLinks(n, b, secret)
		},
		setups: versions.Rebuilt[*Setup]{What: "sales notifier", Log: b.Log},
	}
}

// ParseRouting parses a routing version.
func ParseRouting(v *versions.Version) (*assign.Rules, error) {
	rules, err := assign.Parse(versions.RoutingFile, []byte(v.Files[versions.RoutingFile]))
	if err != nil {
		return nil, fmt.Errorf("routing v%d: %w", v.Number, err)
	}
	return rules, nil
}

// Get returns the Setup of the live versions. Once one was built it never
// fails: what cannot be read or built keeps the one in hand.
func (l *Live) Get(ctx context.Context) (*Setup, error) {
	rt, err := l.routing.Get(ctx)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	fs, err := l.forms.Get(ctx)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	vs := []int64{rt.Version, fs.Version}
	return l.setups.Get(vs, func() (*Setup, error) {
		n, err := l.build(rt.Value, fs.Value)
		if err != nil {
			return nil, err
		}
		return &Setup{Notifier: n, Forms: fs.Value, Versions: vs}, nil
	})
}

// Notifier builds the sales notifier for routing rules and forms fs. The
// forms' webhook secrets are read through getenv here.
func Notifier(b *boot.Base, rules *assign.Rules, fs *forms.Set, getenv func(string) string) *handoff.Notifier {
	return &handoff.Notifier{
		Mail: handoff.NewSESClient(b.AWS), Rules: rules,
		// The teams' turns and the members' daily counts, and the
		// person's earlier leads for owner-first routing.
		Counters: b.Store.Routing(), Leads: b.Store,
		From:       mail.Address{Name: "leadsieve", Address: b.Settings.SenderEmail},
		DefaultTo:  mail.Address{Address: b.Settings.SalesEmail},
		ConsoleURL: b.Settings.ConsoleURL, Forms: fs, Webhook: &webhook.Sender{},
		WebhookSecrets: handoff.WebhookSecrets(fs, getenv),
		Suppressions:   b.Store,
		// SES's Send events through this set become the send marks read
		// before anything whose outcome was lost is sent again.
		ConfigurationSet: getenv("SES_CONFIGURATION_SET"), Marks: b.Store,
		Log: b.Log,
	}
}

// WithOutcomeLinks makes n's e-mails carry the signed "Was this a good
// lead?" link to the console's outcome page, when the console's URL is
// set. Only the functions that hold the signing secret can: the
// dispatcher does; the hand-off function reads it only when there is a
// console to link to.
func WithOutcomeLinks(n *handoff.Notifier, b *boot.Base, secret []byte) error {
	if b.Settings.ConsoleURL == "" {
		return nil
	}
	s, err := outcomelink.New(secret, b.Settings.ConsoleURL)
	if err != nil {
		return fmt.Errorf("app: %w", err)
	}
	n.OutcomeLinks = s
	return nil
}

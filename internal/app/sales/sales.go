// Package sales builds the sales hand-off (handoff.Notifier) from the
// embedded routing rules and the settings. The hand-off function (at once,
// invoked by intake) and the dispatcher (retries) both notify sales; the
// other functions never link this.
package sales

import (
	"fmt"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/webhook"
)

// Notifier builds the sales notifier. The forms' webhook secrets are read
// through getenv here, once per cold start.
func Notifier(b *boot.Base, fs *forms.Set, getenv func(string) string) (*handoff.Notifier, error) {
	rules, err := assign.Parse("routing.yaml", config.Routing())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
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
	}, nil
}

// WithOutcomeLinks makes n's e-mails carry the signed "Was this a good
// lead?" link to the console's outcome page, when the console's URL is
// set. Only the functions that hold the signing secret can: the
// dispatcher does; the hand-off function does not read the secret.
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

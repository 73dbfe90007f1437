// Package handofffn wires the hand-off function: invoked asynchronously by
// intake for every stored lead, it runs what follows the lead outside the
// request (the sales hand-off of a qualified lead). It builds the sales
// notifier (with signed outcome links when there is a console) and no
// screening, and links no Lambda client: it reads its
// event as its own type (Event), which a test keeps the same as the one
// intake sends.
package handofffn

import (
	"context"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/app/sales"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
)

// Event is the hand-off function's input, {"lead_id": "...",
// "handoff_pending": true|false}: what intake's invocation.Async sends
// (invocation.Event). HandoffPending false lets the function finish without
// reading the lead; an event without it reads the lead.
type Event struct {
	LeadID         string `json:"lead_id"`
	HandoffPending *bool  `json:"handoff_pending,omitempty"`
}

// Handler handles one invocation.
type Handler func(ctx context.Context, ev Event) error

// New builds the hand-off function's handler, reading its configuration
// through getenv once. The routing and the forms are their live versions,
// looked up at most once a refresh interval (sales.Live).
func New(ctx context.Context, getenv func(string) string) (Handler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	// The sales e-mail's "Was this a good lead?" links are signed with the
	// project's secret, read only when there is a console to link to.
	var secret []byte
	if b.Settings.ConsoleURL != "" {
		if secret, err = signing.Secret(ctx, b); err != nil {
			return nil, err
		}
	}
	live := sales.Follow(b, liveconfig.Forms(b), getenv, secret)
	return func(ctx context.Context, ev Event) error {
		if ev.HandoffPending != nil && !*ev.HandoffPending {
			// Stored with nothing for sales: no need to read the lead, nor
			// the configuration. A verdict changed later (a review
			// decided) is the dispatcher's, from the due-work index.
			return nil
		}
		s, err := live.Get(ctx)
		if err != nil {
			// Nothing was sent: the Lambda service retries the event, and
			// the dispatcher the due hand-off once the report roll-up has
			// put it on the due-work index (store.CreateLeadFollowedUp).
			return err
		}
		w := &handoff.Worker{Store: b.Store, Notifier: s.Notifier, Now: b.Now}
		return w.FollowUp(ctx, ev.LeadID)
	}, nil
}

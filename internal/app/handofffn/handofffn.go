// Package handofffn wires the hand-off function: invoked asynchronously by
// intake for every stored lead, it runs what follows the lead outside the
// request: the sales hand-off of a qualified lead, the first step of a
// nurture lead's sequence. It builds the dispatcher of the live
// configuration (whose sales notifier carries signed outcome links when
// there is a console) and no screening, and links no Lambda client: it
// reads its event as its own type (Event), which a test keeps the same as
// the one intake sends.
package handofffn

import (
	"context"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/dispatcherfn"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
)

// Event is the hand-off function's input, {"lead_id": "...",
// "pending": true|false}: what intake's invocation.Async sends
// (invocation.Event). Pending false lets the function finish without
// reading the lead; an event without it reads the lead. HandoffPending is
// the name intake gave it before first nurture steps were the function's
// too: an event queued then is read as before.
type Event struct {
	LeadID         string `json:"lead_id"`
	Pending        *bool  `json:"pending,omitempty"`
	HandoffPending *bool  `json:"handoff_pending,omitempty"`
}

// pending reports whether the event says there is work, or does not say.
func (ev Event) pending() bool {
	switch {
	case ev.Pending != nil:
		return *ev.Pending
	case ev.HandoffPending != nil:
		return *ev.HandoffPending
	}
	return true
}

// Handler handles one invocation.
type Handler func(ctx context.Context, ev Event) error

// New builds the hand-off function's handler, reading its configuration
// through getenv once. The routing, the forms and the sequences are their
// live versions, looked up at most once a refresh interval
// (dispatcherfn.Follow).
func New(ctx context.Context, getenv func(string) string) (Handler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	live, err := dispatcherfn.Follow(ctx, b, getenv)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, ev Event) error {
		if !ev.pending() {
			// Stored with nothing for the function: no need to read the
			// lead, nor the configuration. A verdict changed later (a
			// review decided) is the dispatcher's, from the due-work index.
			return nil
		}
		d, err := live.Dispatcher(ctx)
		if err != nil {
			// Nothing was sent: the Lambda service retries the event, and
			// the dispatcher the due work once the report roll-up has put
			// it on the due-work index (store.CreateLeadFollowedUp).
			return err
		}
		w := &handoff.Worker{Store: b.Store, Notifier: d.Handoff, Steps: d, Now: b.Now}
		return w.FollowUp(ctx, ev.LeadID)
	}, nil
}

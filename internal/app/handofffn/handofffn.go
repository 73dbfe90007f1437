// Package handofffn wires the hand-off function: invoked asynchronously by
// intake for every stored lead, it runs what follows the lead outside the
// request (the sales hand-off of a qualified lead). It builds the sales
// notifier and no screening.
package handofffn

import (
	"context"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/sales"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation"
)

// Handler handles one invocation.
type Handler func(ctx context.Context, ev invocation.Event) error

// New builds the hand-off function's handler, reading its configuration
// through getenv once.
func New(ctx context.Context, getenv func(string) string) (Handler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	fs, err := boot.Forms()
	if err != nil {
		return nil, err
	}
	n, err := sales.Notifier(b, fs, getenv)
	if err != nil {
		return nil, err
	}
	w := &handoff.Worker{Store: b.Store, Notifier: n, Now: b.Now}
	return func(ctx context.Context, ev invocation.Event) error {
		if ev.HandoffPending != nil && !*ev.HandoffPending {
			// Stored with nothing for sales: no need to read the lead. A
			// verdict changed later (a review decided) is the
			// dispatcher's, from the due-work index.
			return nil
		}
		return w.FollowUp(ctx, ev.LeadID)
	}, nil
}

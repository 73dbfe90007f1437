package handoff

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// LeaseStore is the storage the hand-off function needs: a lease on a
// lead's pending hand-off, and writing it back during and after the lease.
type LeaseStore interface {
	Recorder
	// ClaimHandoff leases lead id while its hand-off is pending; it fails
	// with store.ErrConflict when another worker holds it or nothing is
	// pending.
	ClaimHandoff(ctx context.Context, id string, clock time.Time, ttl time.Duration) (*lead.Lease, error)
	// Release writes the leased lead's hand-off back and ends the lease.
	Release(ctx context.Context, ls *lead.Lease, now time.Time) error
}

// Worker is the hand-off function's job: the work that follows a stored
// lead, run outside the request that stored it. For a qualified lead that
// is the sales hand-off; every other lead has nothing pending, and the
// worker finds nothing to do.
type Worker struct {
	Store    LeaseStore
	Notifier *Notifier
	Now      func() time.Time
	// LeaseTTL defaults to DefaultLeaseTTL.
	LeaseTTL time.Duration
}

// FollowUp leases lead id's pending hand-off, makes one attempt and writes
// the outcome back. Nothing pending (not qualified, sent already, or held by
// another worker) is not an error. It fails only when storage does, before
// anything was sent; whatever it could not do, the dispatcher retries from
// the due-work index (where a failed attempt's release puts the lead, and
// the report roll-up one whose hand-off stalled: store.CreateLeadFollowedUp).
func (w *Worker) FollowUp(ctx context.Context, leadID string) error {
	if !lead.ValidID(leadID) {
		return fmt.Errorf("handoff: %q is not a lead id", leadID)
	}
	ttl := w.LeaseTTL
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	ls, err := w.Store.ClaimHandoff(ctx, leadID, w.Notifier.clock(), ttl)
	if errors.Is(err, store.ErrConflict) {
		return nil
	}
	if err != nil {
		return err
	}
	_ = w.Notifier.Attempt(ctx, w.Store, ls, w.Now())
	// The release writes the attempt's outcome and ends the lease in one
	// write, retried until the lease nearly runs out.
	err = Persist(ctx, ls.Until.Add(-RecordMargin), w.Notifier.clock, func(ctx context.Context) error {
		return w.Store.Release(ctx, ls, w.Now())
	})
	if err != nil && !errors.Is(err, store.ErrConflict) {
		w.Notifier.log().Warn("hand-off: lease not released; it expires", "lead", leadID, "err", err)
	}
	return nil
}

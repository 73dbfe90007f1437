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
// lead's pending hand-off or due nurture step, and writing it back during
// and after the lease.
type LeaseStore interface {
	Recorder
	// ClaimFollowUp leases lead id while its hand-off is pending or a
	// nurture step is due at now; it fails with store.ErrConflict when
	// another worker holds it or nothing is to do.
	ClaimFollowUp(ctx context.Context, id string, now, clock time.Time, ttl time.Duration) (*lead.Lease, error)
	// Release writes the leased lead's hand-off back and ends the lease.
	Release(ctx context.Context, ls *lead.Lease, now time.Time) error
}

// StepSender sends a leased lead's due nurture step and records it on the
// lease, as a dispatcher pass does (dispatch.Dispatcher); the caller
// releases the lease.
type StepSender interface {
	SendStep(ctx context.Context, ls *lead.Lease, now time.Time) error
}

// Worker is the hand-off function's job: the work that follows a stored
// lead, run outside the request that stored it. For a qualified lead that
// is the sales hand-off, for a nurture lead enrolled when stored the first
// step of its sequence (intake stores both off the due-work index:
// store.CreateLeadFollowedUp); other leads have nothing pending, and the
// worker finds nothing to do.
type Worker struct {
	Store    LeaseStore
	Notifier *Notifier
	// Steps sends nurture steps; nil leaves them to the dispatcher.
	Steps StepSender
	Now   func() time.Time
	// LeaseTTL defaults to DefaultLeaseTTL.
	LeaseTTL time.Duration
}

// FollowUp leases lead id's pending hand-off or due nurture step, makes one
// attempt and writes the outcome back. Nothing pending (neither, done
// already, or held by another worker) is not an error. It fails only when
// storage does, before anything was sent; whatever it could not do, the
// dispatcher retries from the due-work index (where a failed attempt's
// release puts the lead, as it puts a next step, and the report roll-up one
// whose follow-up stalled: store.CreateLeadFollowedUp).
func (w *Worker) FollowUp(ctx context.Context, leadID string) error {
	if !lead.ValidID(leadID) {
		return fmt.Errorf("handoff: %q is not a lead id", leadID)
	}
	ttl := w.LeaseTTL
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	now := w.Now()
	ls, err := w.Store.ClaimFollowUp(ctx, leadID, now, w.Notifier.clock(), ttl)
	if errors.Is(err, store.ErrConflict) {
		return nil
	}
	if err != nil {
		return err
	}
	if h := ls.Lead.Handoff; h != nil && h.State == lead.HandoffPending {
		_ = w.Notifier.Attempt(ctx, w.Store, ls, now)
	}
	if w.Steps != nil && ls.Lead.Nurture.Live() && ls.Lead.Nurture.Due(now) {
		// A failure is on the lease (a retry due) or left the step due
		// as it was: the release puts the lead on the due-work index.
		if err := w.Steps.SendStep(ctx, ls, now); err != nil {
			w.Notifier.log().Warn("follow-up: nurture step not sent; the dispatcher will", "lead", leadID, "err", err)
		}
	}
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

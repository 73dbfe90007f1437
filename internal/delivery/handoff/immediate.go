package handoff

import (
	"context"
	"errors"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// LeaseStore is the storage the immediate hand-off needs: a lease on a
// lead's pending hand-off, and writing the outcome back.
type LeaseStore interface {
	// ClaimHandoff leases lead id while its hand-off is pending; it fails
	// with store.ErrConflict when another worker holds it or nothing is
	// pending.
	ClaimHandoff(ctx context.Context, id string, clock time.Time, ttl time.Duration) (*lead.Lease, error)
	// Release writes the leased lead's hand-off back and ends the lease.
	Release(ctx context.Context, ls *lead.Lease, now time.Time) error
}

// DefaultLeaseTTL bounds one delivery attempt; another worker may retry a
// hand-off whose lease is older than this.
const DefaultLeaseTTL = 2 * time.Minute

// Immediate is intake's Router: right after a qualified lead is stored it
// leases the lead, notifies sales and writes the outcome back, so the email
// goes out within the request. Its failures never fail the submission: the
// hand-off stays pending on the due-work index and the dispatcher retries.
type Immediate struct {
	Store    LeaseStore
	Notifier *Notifier
	Now      func() time.Time
	// Budget bounds the attempt so a slow SES cannot hold up the answer.
	Budget time.Duration
}

// Route implements intake.Router.
func (r *Immediate) Route(ctx context.Context, l *lead.Lead) {
	if l.Handoff == nil || l.Handoff.State != lead.HandoffPending {
		return
	}
	budget := r.Budget
	if budget <= 0 {
		budget = 5 * time.Second
	}
	actx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	now := r.Now()
	ls, err := r.Store.ClaimHandoff(actx, l.ID, now, DefaultLeaseTTL)
	if err != nil {
		if !errors.Is(err, store.ErrConflict) {
			r.Notifier.log().Warn("immediate hand-off: lease failed; the dispatcher will retry", "lead", l.ID, "err", err)
		}
		return
	}
	_ = r.Notifier.Attempt(actx, ls.Lead, r.Now())
	// Write the outcome even if the request was cancelled meanwhile.
	wctx, wcancel := context.WithTimeout(context.WithoutCancel(ctx), 3*time.Second)
	defer wcancel()
	if err := r.Store.Release(wctx, ls, r.Now()); err != nil {
		r.Notifier.log().Warn("immediate hand-off: recording the outcome failed", "lead", l.ID, "err", err)
		return
	}
	*l.Handoff = *ls.Lead.Handoff
}

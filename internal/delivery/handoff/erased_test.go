package handoff_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// suppressions answers every address with one suppression (nil: none) or
// an error.
type suppressions struct {
	sp  *store.Suppression
	err error
}

func (s suppressions) Suppressed(context.Context, string) (*store.Suppression, error) {
	return s.sp, s.err
}

// TestErasedAddressIsNeverHandedOff: only an erasure withholds the sales
// e-mail (and for good); an unsubscribe does not, and a suppression list
// that cannot be read leaves the hand-off pending, unsent.
func TestErasedAddressIsNeverHandedOff(t *testing.T) {
	for _, tc := range []struct {
		name      string
		supp      suppressions
		wantSends int
		wantState lead.HandoffState
	}{
		{"erased", suppressions{sp: &store.Suppression{Reason: store.ReasonErasure}}, 0, lead.HandoffFailed},
		{"unsubscribed", suppressions{sp: &store.Suppression{Reason: "unsubscribe"}}, 1, lead.HandoffSent},
		{"not suppressed", suppressions{}, 1, lead.HandoffSent},
		{"list unreadable", suppressions{err: errors.New("storage unavailable")}, 0, lead.HandoffPending},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", time.Now().UTC())
			st := newMemLeases(l)
			mailer := &fakeSES{mode: "accept"}
			n := newNotifier(mailer, time.Now)
			n.Suppressions = tc.supp
			w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
			if err := w.FollowUp(context.Background(), l.ID); err != nil {
				t.Fatal(err)
			}
			h := st.get(l.ID).Handoff
			if len(mailer.sends()) != tc.wantSends || h.State != tc.wantState {
				t.Fatalf("%d sends, hand-off %+v", len(mailer.sends()), h)
			}
			if tc.wantState == lead.HandoffFailed && (!strings.Contains(h.LastError, "erased") || h.NextAt != nil) {
				t.Errorf("withheld hand-off %+v, want failed for good, saying why", h)
			}
		})
	}
}

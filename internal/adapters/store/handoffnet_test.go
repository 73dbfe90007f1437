package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// freshHandoff is a qualified lead received now (by the wall clock, which
// CreateLeadFollowedUp compares its id with), its hand-off pending and due
// after the grace minute, on form.
func freshHandoff(form string) *lead.Lead {
	now := time.Now().UTC()
	l := mkLead(lead.NewID(now), form, "fresh@example-co.com", now)
	l.Verdict = lead.VerdictQualified
	l.Handoff = &lead.Handoff{State: lead.HandoffPending, NextAt: ptr(now.Add(lead.HandoffGrace))}
	return l
}

// createFollowedUp stores l as intake does when it starts the hand-off.
func createFollowedUp(t *testing.T, s *store.Store, l *lead.Lead) {
	t.Helper()
	if created, err := s.CreateLeadFollowedUp(context.Background(), l); err != nil || !created {
		t.Fatalf("create %s: %v %v", l.ID, created, err)
	}
}

// TestHandoffOffDueWork: a new qualified lead whose hand-off intake starts
// itself is stored off dueWork, and is put there whenever the hand-off
// might otherwise be lost: the invocation failed (IndexDue), or the
// function died (the roll-up).
func TestHandoffOffDueWork(t *testing.T) {
	ctx := context.Background()
	later := time.Now().Add(24 * time.Hour)

	t.Run("a fresh qualified lead is stored off dueWork", func(t *testing.T) {
		s := newStore(t)
		l := freshHandoff("demo")
		createFollowedUp(t, s, l)
		if d := dueOf(t, s, l.ID, later); d != "" {
			t.Fatalf("on dueWork at %s", d)
		}
		if _, err := s.ClaimHandoff(ctx, l.ID, time.Now(), time.Minute); err != nil {
			t.Fatalf("the hand-off function cannot claim it: %v", err)
		}
	})

	t.Run("a lead stored long after its id's time keeps its entry", func(t *testing.T) {
		// A repeat that took an old claim over stores under the first id:
		// the roll-up may have passed that id already.
		s := newStore(t)
		l := freshHandoff("demo")
		old := time.Now().Add(-2 * time.Minute)
		l.ID = lead.NewID(old)
		createFollowedUp(t, s, l)
		if d := dueOf(t, s, l.ID, later); d != store.FormatDue(*l.Handoff.NextAt) {
			t.Fatalf("due %q, want %s", d, store.FormatDue(*l.Handoff.NextAt))
		}
	})

	t.Run("a nurture lead keeps its entry", func(t *testing.T) {
		s := newStore(t)
		now := time.Now().UTC()
		l := nurtureLead(lead.NewID(now), now)
		createFollowedUp(t, s, l)
		if d := dueOf(t, s, l.ID, later); d != store.FormatDue(now) {
			t.Fatalf("due %q, want %s", d, store.FormatDue(now))
		}
	})

	t.Run("a failed invocation puts the lead on dueWork", func(t *testing.T) {
		s := newStore(t)
		l := freshHandoff("demo")
		createFollowedUp(t, s, l)
		if err := s.IndexDue(ctx, l); err != nil {
			t.Fatal(err)
		}
		if d := dueOf(t, s, l.ID, later); d != store.FormatDue(*l.Handoff.NextAt) {
			t.Fatalf("due %q, want %s", d, store.FormatDue(*l.Handoff.NextAt))
		}
	})

	t.Run("IndexDue leaves a lead the hand-off function has written", func(t *testing.T) {
		s := newStore(t)
		l := freshHandoff("demo")
		createFollowedUp(t, s, l)
		ls, err := s.ClaimHandoff(ctx, l.ID, time.Now(), time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		ls.Lead.Handoff.State, ls.Lead.Handoff.SentAt, ls.Lead.Handoff.NextAt = lead.HandoffSent, &sent, nil
		if err := s.Release(ctx, ls, sent); err != nil {
			t.Fatal(err)
		}
		if err := s.IndexDue(ctx, l); err != nil {
			t.Fatal(err)
		}
		if d := dueOf(t, s, l.ID, later); d != "" {
			t.Fatalf("a sent hand-off put on dueWork at %s", d)
		}
	})

	t.Run("the roll-up puts a hand-off whose function died on dueWork", func(t *testing.T) {
		s := newStore(t)
		died, done := freshHandoff("demo"), freshHandoff("demo")
		done.ID = lead.NewID(time.Now())
		createFollowedUp(t, s, died)
		createFollowedUp(t, s, done)

		// One function records its intent and dies; the other sends.
		ls, err := s.ClaimHandoff(ctx, died.ID, time.Now(), time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		recoverAt := ls.Until.Add(lead.UnconfirmedGrace)
		if err := ls.Lead.Handoff.Begin("intent-1", recoverAt); err != nil {
			t.Fatal(err)
		}
		if err := s.Record(ctx, ls, time.Now()); err != nil {
			t.Fatal(err)
		}
		ok, err := s.ClaimHandoff(ctx, done.ID, time.Now(), time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		ok.Lead.Handoff.State, ok.Lead.Handoff.SentAt, ok.Lead.Handoff.NextAt = lead.HandoffSent, &sent, nil
		if err := s.Release(ctx, ok, sent); err != nil {
			t.Fatal(err)
		}
		if d := dueOf(t, s, died.ID, later); d != "" {
			t.Fatalf("on dueWork before the roll-up, at %s", d)
		}

		if n, err := s.RollUp(ctx, "demo", time.Now().Add(time.Second)); err != nil || n != 2 {
			t.Fatalf("roll-up: %d leads, %v", n, err)
		}
		stored, err := s.GetLead(ctx, died.ID)
		if err != nil || stored.DueAt() == nil {
			t.Fatalf("stored %+v, %v", stored, err)
		}
		if d := dueOf(t, s, died.ID, later); d != store.FormatDue(*stored.DueAt()) {
			t.Fatalf("after the roll-up due %q, want %s", d, store.FormatDue(*stored.DueAt()))
		}
		if d := dueOf(t, s, done.ID, later); d != "" {
			t.Fatalf("a sent hand-off put on dueWork at %s", d)
		}
		// Once the lease has run out the dispatcher leases it and finds
		// the intent to recover.
		again, err := s.ClaimDue(ctx, died.ID, later, ls.Until.Add(time.Second), time.Minute)
		if err != nil {
			t.Fatalf("the dispatcher cannot lease it: %v", err)
		}
		if again.Lead.Handoff.State != lead.HandoffSending || again.Lead.Handoff.Intent != "intent-1" {
			t.Fatalf("leased %+v", again.Lead.Handoff)
		}
	})
}

package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestSuppression(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if err := s.Suppress(ctx, "Ana.Lima@Example.ORG", "unsubscribe", t0); err != nil {
		t.Fatal(err)
	}
	// Again, later and for another reason: the first one is kept.
	if err := s.Suppress(ctx, " ana.lima@example.org ", "complaint", t0.Add(time.Hour)); err != nil {
		t.Fatalf("suppressing twice: %v", err)
	}
	if err := s.Suppress(ctx, "  ", "bounce", t0); err == nil {
		t.Error("an empty address was accepted")
	}
	for _, tc := range []struct {
		email      string
		wantReason string // "" means not suppressed
	}{
		{"ana.lima@example.org", "unsubscribe"},
		{"ANA.LIMA@EXAMPLE.ORG", "unsubscribe"},
		{"  Ana.Lima@example.org\t", "unsubscribe"},
		{"ana.lima@example.com", ""},
		{"ana.lima+news@example.org", ""},
		{"", ""},
	} {
		t.Run(tc.email, func(t *testing.T) {
			sp, err := s.Suppressed(ctx, tc.email)
			if err != nil {
				t.Fatal(err)
			}
			if tc.wantReason == "" {
				if sp != nil {
					t.Fatalf("suppressed: %+v", sp)
				}
				return
			}
			if sp == nil || sp.Reason != tc.wantReason || !sp.At.Equal(t0) || sp.Email != "ana.lima@example.org" {
				t.Fatalf("suppression %+v, want %s at %s", sp, tc.wantReason, t0)
			}
		})
	}
}

func TestStopEnrollments(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	// Pages of two leads: the address's five leads take three queries, and
	// the two to stop are the oldest, on the second and third pages.
	defer func(p int32) { *store.StopPageSize = p }(*store.StopPageSize)
	*store.StopPageSize = 2
	const addr = "katrin.becker@example.de"
	type want struct {
		state  lead.EnrollmentState
		reason string
	}
	cases := []struct {
		name string
		lead func(id string) *lead.Lead
		want want
	}{
		{"active", func(id string) *lead.Lead { return withEmail(nurtureLead(id, t0), addr) }, want{lead.NurtureStopped, "complaint"}},
		{"pending", func(id string) *lead.Lead {
			l := withEmail(nurtureLead(id, t0), addr)
			l.Nurture.State, l.Nurture.SequenceID = lead.NurturePending, ""
			return l
		}, want{lead.NurtureStopped, "complaint"}},
		{"completed", func(id string) *lead.Lead {
			l := withEmail(nurtureLead(id, t0), addr)
			l.Nurture.State, l.Nurture.NextAt = lead.NurtureCompleted, nil
			return l
		}, want{lead.NurtureCompleted, ""}},
		{"stopped earlier", func(id string) *lead.Lead {
			l := withEmail(nurtureLead(id, t0), addr)
			l.Nurture.State, l.Nurture.NextAt, l.Nurture.StopReason = lead.NurtureStopped, nil, "qualified"
			return l
		}, want{lead.NurtureStopped, "qualified"}},
		{"no enrollment", func(id string) *lead.Lead { return mkLead(id, "contact-sales", addr, t0) }, want{}},
		{"someone else", func(id string) *lead.Lead { return nurtureLead(id, t0) }, want{lead.NurtureActive, ""}},
	}
	ids := make([]string, len(cases))
	for i, tc := range cases {
		ids[i] = lead.NewID(t0.Add(time.Duration(i) * time.Second))
		put(t, s, tc.lead(ids[i]))
	}
	n, err := s.StopEnrollments(ctx, "  Katrin.Becker@Example.DE", "complaint", t0.Add(time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("stopped %d, %v; want 2", n, err)
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.GetLead(ctx, ids[i])
			if err != nil {
				t.Fatal(err)
			}
			if tc.want.state == "" {
				if got.Nurture != nil {
					t.Fatalf("enrollment appeared: %+v", got.Nurture)
				}
				return
			}
			if got.Nurture.State != tc.want.state || got.Nurture.StopReason != tc.want.reason {
				t.Fatalf("enrollment %+v, want %s (%q)", got.Nurture, tc.want.state, tc.want.reason)
			}
			if got.Nurture.State == lead.NurtureStopped && got.Nurture.NextAt != nil {
				t.Errorf("a stopped enrollment keeps a next step: %+v", got.Nurture)
			}
		})
	}
	// Idempotent: nothing left to stop.
	if n, err := s.StopEnrollments(ctx, addr, "complaint", t0.Add(2*time.Hour)); err != nil || n != 0 {
		t.Fatalf("second stop: %d, %v", n, err)
	}
	// The dispatcher finds nothing to send for the stopped leads: claiming
	// their stale index entries (StopEnrollment leaves them) yields leases
	// with nothing due, and releasing drops the entries.
	for i := range 2 {
		ls, err := s.ClaimDue(ctx, ids[i], t0.Add(time.Hour), t0.Add(time.Hour), time.Minute)
		if err != nil {
			t.Fatalf("claiming the stale entry of %s: %v", ids[i], err)
		}
		if d := ls.Lead.Nurture; d.NextAt != nil {
			t.Errorf("stopped lead %s still has a next step: %+v", ids[i], d)
		}
		if err := s.Release(ctx, ls, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if d := dueOf(t, s, ids[i], t0.AddDate(1, 0, 0)); d != "" {
			t.Errorf("stopped lead %s still on the due index (%s) after release", ids[i], d)
		}
	}
}

func withEmail(l *lead.Lead, email string) *lead.Lead {
	l.Email, l.Fields.Email = email, email
	return l
}

package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// put writes l and fails the test unless it was created.
func put(t *testing.T, s *store.Store, l *lead.Lead) {
	t.Helper()
	created, err := s.CreateLead(context.Background(), l)
	if err != nil || !created {
		t.Fatalf("create %s: %v %v", l.ID, created, err)
	}
}

func ptr(t time.Time) *time.Time { return &t }

// nurtureLead is an active enrollment whose next step is due at due.
func nurtureLead(id string, due time.Time) *lead.Lead {
	l := mkLead(id, "contact-sales", "n-"+id+"@example.org", t0.Add(-48*time.Hour))
	l.Nurture = &lead.Enrollment{State: lead.NurtureActive, Segment: "general", SequenceID: "general",
		EnrolledAt: ptr(t0.Add(-48 * time.Hour)), NextAt: ptr(due)}
	return l
}

// handoffLead is a qualified lead whose sales hand-off is pending, due at due.
func handoffLead(id string, due time.Time) *lead.Lead {
	l := mkLead(id, "contact-sales", "h-"+id+"@example.org", t0.Add(-time.Minute))
	l.Verdict = lead.VerdictQualified
	l.Handoff = &lead.Handoff{State: lead.HandoffPending, NextAt: ptr(due)}
	return l
}

// allDue pages through every shard with page size limit and returns the
// ids found per shard, in the order the index returned them.
func allDue(t *testing.T, s *store.Store, now time.Time, limit int) (map[int][]store.DueRef, int) {
	t.Helper()
	out := map[int][]store.DueRef{}
	pages := 0
	for shard := range store.DueShards {
		var start string
		for {
			p, err := s.QueryDue(context.Background(), shard, now, limit, start)
			if err != nil {
				t.Fatalf("query shard %d: %v", shard, err)
			}
			pages++
			if len(p.Refs) > limit {
				t.Fatalf("page of %d refs with limit %d", len(p.Refs), limit)
			}
			out[shard] = append(out[shard], p.Refs...)
			if p.Next == "" {
				break
			}
			start = p.Next
		}
	}
	return out, pages
}

func dueIDs(m map[int][]store.DueRef) []string {
	var ids []string
	for _, refs := range m {
		for _, r := range refs {
			ids = append(ids, r.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

func TestQueryDue(t *testing.T) {
	s := newStore(t)
	// Twelve leads due at or before t0 across the shards (one exactly at
	// t0), two due just after t0, and leads with nothing due at all.
	var want []string
	for i := range 12 {
		id := lead.NewID(t0.Add(time.Duration(i) * time.Second))
		due := t0.Add(-time.Duration(i) * time.Minute)
		l := nurtureLead(id, due)
		if i%3 == 0 {
			l = handoffLead(id, due)
		}
		put(t, s, l)
		want = append(want, id)
	}
	slices.Sort(want)
	later := []*lead.Lead{
		nurtureLead(lead.NewID(t0.Add(time.Hour)), t0.Add(time.Millisecond)),
		handoffLead(lead.NewID(t0.Add(time.Hour+time.Second)), t0.Add(24*time.Hour)),
	}
	for _, l := range later {
		put(t, s, l)
	}
	nothing := []*lead.Lead{
		mkLead(lead.NewID(t0.Add(2*time.Hour)), "contact-sales", "none@example.org", t0), // no work
		func() *lead.Lead { // hand-off already sent
			l := handoffLead(lead.NewID(t0.Add(3*time.Hour)), t0.Add(-time.Hour))
			l.Handoff.State = lead.HandoffSent
			return l
		}(),
		func() *lead.Lead { // enrollment stopped
			l := nurtureLead(lead.NewID(t0.Add(4*time.Hour)), t0.Add(-time.Hour))
			l.Nurture.State = lead.NurtureStopped
			return l
		}(),
	}
	for _, l := range nothing {
		put(t, s, l)
	}

	for _, tc := range []struct {
		name  string
		now   time.Time
		limit int
		want  []string
	}{
		{"at t0, big pages", t0, 100, want},
		{"at t0, pages of 2", t0, 2, want},
		{"at t0, pages of 1", t0, 1, want},
		{"before everything", t0.Add(-24 * time.Hour), 10, nil},
		{"a millisecond later", t0.Add(time.Millisecond), 5, append(slices.Clone(want), later[0].ID)},
		{"a day later", t0.Add(24 * time.Hour), 3, append(slices.Clone(want), later[0].ID, later[1].ID)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, pages := allDue(t, s, tc.now, tc.limit)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if ids := dueIDs(got); !slices.Equal(ids, want) {
				t.Fatalf("due ids\n got %v\nwant %v", ids, want)
			}
			most := 0
			for _, refs := range got {
				most = max(most, len(refs))
			}
			if most > tc.limit && pages <= store.DueShards {
				t.Errorf("%d queries for a shard of %d due items in pages of %d: no paging happened", pages, most, tc.limit)
			}
			for shard, refs := range got {
				for i, r := range refs {
					if store.DueShard(r.ID) != fmt.Sprintf("DUE#%d", shard) {
						t.Errorf("lead %s (%s) returned for shard %d", r.ID, store.DueShard(r.ID), shard)
					}
					if r.DueAt > store.FormatDue(tc.now) {
						t.Errorf("lead %s due %s returned at %s", r.ID, r.DueAt, store.FormatDue(tc.now))
					}
					if i > 0 && refs[i-1].DueAt > r.DueAt {
						t.Errorf("shard %d not oldest first: %s before %s", shard, refs[i-1].DueAt, r.DueAt)
					}
				}
			}
		})
	}
}

func TestHandoffLeaseConcurrentClaimers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		claim func(s *store.Store, id string) (*store.Lease, error)
	}{
		{"ClaimHandoff", func(s *store.Store, id string) (*store.Lease, error) {
			return s.ClaimHandoff(context.Background(), id, t0, time.Minute)
		}},
		{"ClaimDue", func(s *store.Store, id string) (*store.Lease, error) {
			return s.ClaimDue(context.Background(), id, t0, t0, time.Minute)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			l := handoffLead(lead.NewID(t0), t0.Add(-time.Second))
			put(t, s, l)
			const n = 8
			var (
				wg        sync.WaitGroup
				mu        sync.Mutex
				won       []*store.Lease
				conflicts int
			)
			for range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					// Every claimer reads the lead; the first write takes
					// the lease.
					ls, err := tc.claim(s, l.ID)
					if err == nil {
						err = s.Record(context.Background(), ls, t0)
					}
					mu.Lock()
					defer mu.Unlock()
					switch {
					case err == nil:
						won = append(won, ls)
					case errors.Is(err, store.ErrConflict):
						conflicts++
					default:
						t.Errorf("claim: %v", err)
					}
				}()
			}
			wg.Wait()
			if len(won) != 1 || conflicts != n-1 {
				t.Fatalf("%d winners and %d conflicts of %d claimers, want 1 and %d", len(won), conflicts, n, n-1)
			}
			if won[0].Lead.ID != l.ID || won[0].Lead.Handoff.State != lead.HandoffPending || !won[0].Until.Equal(t0.Add(time.Minute)) {
				t.Fatalf("lease: %+v until %s", won[0].Lead.Handoff, won[0].Until)
			}
		})
	}
}

func TestLeaseExpiryAndStaleRelease(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	l := handoffLead(lead.NewID(t0), t0)
	put(t, s, l)
	first, err := s.ClaimHandoff(ctx, l.ID, t0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	hold(t, s, first)
	for _, tc := range []struct {
		name  string
		clock time.Time
		want  error
	}{
		{"while held", t0.Add(30 * time.Second), store.ErrConflict},
		{"at expiry", t0.Add(time.Minute), store.ErrConflict},
		{"after expiry", t0.Add(time.Minute + time.Millisecond), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, err := s.ClaimDue(ctx, l.ID, tc.clock, tc.clock, time.Minute)
			if !errors.Is(err, tc.want) {
				t.Fatalf("claim at %s: %v, want %v", tc.clock, err, tc.want)
			}
			if err == nil {
				hold(t, s, ls)
			}
		})
	}
	// The first worker comes back after its lease was taken over: its
	// outcome must not be written.
	sent := t0.Add(90 * time.Second)
	first.Lead.Handoff.State, first.Lead.Handoff.SentAt, first.Lead.Handoff.NextAt = lead.HandoffSent, &sent, nil
	if err := s.Release(ctx, first, sent); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("release with a stale lease: %v, want ErrConflict", err)
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Handoff.State != lead.HandoffPending {
		t.Fatalf("a stale lease wrote its outcome: %+v", got.Handoff)
	}
	// Nor can a worker whose lease was taken over and released.
	second, err := s.ClaimHandoff(ctx, l.ID, t0.Add(10*time.Minute), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Release(ctx, second, t0.Add(10*time.Minute)); err != nil {
		t.Fatalf("release with the current lease: %v", err)
	}
	if err := s.Release(ctx, second, t0.Add(10*time.Minute)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second release of the same lease: %v, want ErrConflict", err)
	}
	// A released lead can be claimed at once (no lease left behind).
	if _, err := s.ClaimHandoff(ctx, l.ID, t0.Add(10*time.Minute), time.Minute); err != nil {
		t.Fatalf("claim after release: %v", err)
	}
}

func TestClaimConditions(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lead  func(id string) *lead.Lead
		claim func(s *store.Store, id string) error
		want  error
	}{
		{"due work claimed", func(id string) *lead.Lead { return nurtureLead(id, t0) },
			func(s *store.Store, id string) error {
				_, err := s.ClaimDue(context.Background(), id, t0, t0, time.Minute)
				return err
			}, nil},
		{"not yet due", func(id string) *lead.Lead { return nurtureLead(id, t0.Add(time.Second)) },
			func(s *store.Store, id string) error {
				_, err := s.ClaimDue(context.Background(), id, t0, t0, time.Minute)
				return err
			}, store.ErrConflict},
		{"nothing due", func(id string) *lead.Lead { return mkLead(id, "f", "x@example.org", t0) },
			func(s *store.Store, id string) error {
				_, err := s.ClaimDue(context.Background(), id, t0, t0, time.Minute)
				return err
			}, store.ErrConflict},
		{"missing lead", nil,
			func(s *store.Store, id string) error {
				_, err := s.ClaimDue(context.Background(), id, t0, t0, time.Minute)
				return err
			}, store.ErrConflict},
		{"pending hand-off before it is due", func(id string) *lead.Lead { return handoffLead(id, t0.Add(time.Hour)) },
			func(s *store.Store, id string) error {
				_, err := s.ClaimHandoff(context.Background(), id, t0, time.Minute)
				return err
			}, nil},
		{"hand-off already sent", func(id string) *lead.Lead {
			l := handoffLead(id, t0)
			l.Handoff.State, l.Handoff.NextAt = lead.HandoffSent, nil
			return l
		}, func(s *store.Store, id string) error {
			_, err := s.ClaimHandoff(context.Background(), id, t0, time.Minute)
			return err
		}, store.ErrConflict},
		{"no hand-off", func(id string) *lead.Lead { return nurtureLead(id, t0) },
			func(s *store.Store, id string) error {
				_, err := s.ClaimHandoff(context.Background(), id, t0, time.Minute)
				return err
			}, store.ErrConflict},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			id := lead.NewID(t0)
			if tc.lead != nil {
				put(t, s, tc.lead(id))
			}
			if err := tc.claim(s, id); !errors.Is(err, tc.want) {
				t.Fatalf("claim: %v, want %v", err, tc.want)
			}
		})
	}
}

// dueOf returns the due time of id as the index holds it ("" when the
// lead is not on the index at or before now).
func dueOf(t *testing.T, s *store.Store, id string, now time.Time) string {
	t.Helper()
	got, _ := allDue(t, s, now, 100)
	for _, refs := range got {
		for _, r := range refs {
			if r.ID == id {
				return r.DueAt
			}
		}
	}
	return ""
}

func TestHandoffFailureAndSuccess(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	l := handoffLead(lead.NewID(t0), t0)
	put(t, s, l)

	// A failed attempt: error, attempts and the next retry are recorded and
	// the lead moves on the index to the retry time.
	ls, err := s.ClaimDue(ctx, l.ID, t0, t0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	retry := t0.Add(2 * time.Minute)
	h := ls.Lead.Handoff
	h.Attempts, h.LastError, h.NextAt, h.OwnerEmail = 1, "ses send: connection refused", &retry, "owner@northwind.example"
	if err := s.Release(ctx, ls, t0); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if g := got.Handoff; g.State != lead.HandoffPending || g.Attempts != 1 || g.LastError != "ses send: connection refused" ||
		g.NextAt == nil || !g.NextAt.Equal(retry) || g.OwnerEmail != "owner@northwind.example" || g.LeaseUntil != nil {
		t.Fatalf("after a failure: %+v", g)
	}
	if !got.UpdatedAt.Equal(t0) {
		t.Errorf("updated_at %s", got.UpdatedAt)
	}
	if d := dueOf(t, s, l.ID, t0.Add(time.Minute)); d != "" {
		t.Fatalf("still due at %s before the retry time", d)
	}
	if d := dueOf(t, s, l.ID, retry); d != store.FormatDue(retry) {
		t.Fatalf("due at %q, want %s", d, store.FormatDue(retry))
	}
	if _, err := s.ClaimDue(ctx, l.ID, t0.Add(time.Minute), t0.Add(time.Minute), time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("claimed before the retry time: %v", err)
	}

	// The retry succeeds: the lead leaves the index.
	ls, err = s.ClaimDue(ctx, l.ID, retry, retry, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	h = ls.Lead.Handoff
	h.Attempts++
	h.State, h.SentAt, h.NextAt, h.LastError, h.MessageID = lead.HandoffSent, &retry, nil, "", "m-1"
	if err := s.Release(ctx, ls, retry); err != nil {
		t.Fatal(err)
	}
	got, _ = s.GetLead(ctx, l.ID)
	if g := got.Handoff; g.State != lead.HandoffSent || g.Attempts != 2 || g.LastError != "" || g.MessageID != "m-1" || g.NextAt != nil {
		t.Fatalf("after the retry: %+v", g)
	}
	if d := dueOf(t, s, l.ID, t0.AddDate(1, 0, 0)); d != "" {
		t.Fatalf("a sent hand-off is still on the due index at %s", d)
	}
	if _, err := s.ClaimHandoff(ctx, l.ID, retry.Add(time.Hour), time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("a sent hand-off was claimed again: %v", err)
	}
}

func TestNurtureLeaseAdvanceComplete(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	l := nurtureLead(lead.NewID(t0), t0)
	l.Nurture.Step = 0
	put(t, s, l)

	step2 := t0.Add(48 * time.Hour)
	for i, tc := range []struct {
		at      time.Time
		advance func(n *lead.Enrollment, now time.Time)
		wantDue string
	}{
		{t0, func(n *lead.Enrollment, now time.Time) { n.Step, n.LastSentAt, n.NextAt = 1, &now, &step2 }, store.FormatDue(step2)},
		{step2, func(n *lead.Enrollment, now time.Time) {
			n.Step, n.LastSentAt, n.NextAt, n.State = 2, &now, nil, lead.NurtureCompleted
		}, ""},
	} {
		ls, err := s.ClaimDue(ctx, l.ID, tc.at, tc.at, time.Minute)
		if err != nil {
			t.Fatalf("step %d: claim: %v", i, err)
		}
		if ls.Lead.Nurture.Step != i {
			t.Fatalf("step %d: leased enrollment at step %d", i, ls.Lead.Nurture.Step)
		}
		tc.advance(ls.Lead.Nurture, tc.at)
		if err := s.Release(ctx, ls, tc.at); err != nil {
			t.Fatalf("step %d: release: %v", i, err)
		}
		if d := dueOf(t, s, l.ID, tc.at); d != "" {
			t.Fatalf("step %d: still due at %s right after the step", i, tc.at)
		}
		if d := dueOf(t, s, l.ID, t0.AddDate(1, 0, 0)); d != tc.wantDue {
			t.Fatalf("step %d: due %q, want %q", i, d, tc.wantDue)
		}
	}
	got, _ := s.GetLead(ctx, l.ID)
	if n := got.Nurture; n.State != lead.NurtureCompleted || n.Step != 2 || n.NextAt != nil || n.LastSentAt == nil || !n.LastSentAt.Equal(step2) {
		t.Fatalf("completed enrollment: %+v", n)
	}
	if _, err := s.ClaimDue(ctx, l.ID, t0.AddDate(1, 0, 0), t0.AddDate(1, 0, 0), time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("a completed enrollment was claimed: %v", err)
	}
}

// TestStopWhileLeased: an unsubscribe that lands while a dispatcher holds
// the lease wins over the dispatcher's write-back, and the rest of the
// write-back (a hand-off outcome) is still recorded.
func TestStopWhileLeased(t *testing.T) {
	for _, tc := range []struct {
		name        string
		advance     bool // the worker changed the enrollment (sent a step)
		withHandoff bool // the worker also recorded a hand-off failure
	}{
		{"worker advanced the enrollment", true, false},
		{"worker left the enrollment alone", false, false},
		{"worker advanced the enrollment and failed a hand-off", true, true},
		{"worker only failed a hand-off", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			ctx := context.Background()
			l := nurtureLead(lead.NewID(t0), t0)
			if tc.withHandoff {
				l.Handoff = &lead.Handoff{State: lead.HandoffPending, NextAt: ptr(t0)}
			}
			put(t, s, l)
			ls, err := s.ClaimDue(ctx, l.ID, t0, t0, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			hold(t, s, ls)
			if ok, err := s.StopEnrollment(ctx, l.ID, "unsubscribe", t0); err != nil || !ok {
				t.Fatalf("stop: %v %v", ok, err)
			}
			if tc.advance {
				next := t0.Add(48 * time.Hour)
				ls.Lead.Nurture.Step, ls.Lead.Nurture.NextAt = 1, &next
			}
			retry := t0.Add(5 * time.Minute)
			if tc.withHandoff {
				ls.Lead.Handoff.Attempts, ls.Lead.Handoff.LastError, ls.Lead.Handoff.NextAt = 1, "throttled", &retry
			}
			if err := s.Release(ctx, ls, t0); err != nil {
				t.Fatalf("release: %v", err)
			}
			if ls.Lead.Nurture.State != lead.NurtureStopped {
				t.Errorf("the leased copy does not show the stop: %+v", ls.Lead.Nurture)
			}
			got, _ := s.GetLead(ctx, l.ID)
			if got.Nurture.State != lead.NurtureStopped || got.Nurture.StopReason != "unsubscribe" || got.Nurture.NextAt != nil || got.Nurture.Step != 0 {
				t.Fatalf("enrollment after the stop: %+v", got.Nurture)
			}
			wantDue := ""
			if tc.withHandoff {
				wantDue = store.FormatDue(retry)
				if got.Handoff.Attempts != 1 || got.Handoff.LastError != "throttled" {
					t.Errorf("hand-off outcome lost: %+v", got.Handoff)
				}
			}
			if d := dueOf(t, s, l.ID, t0.AddDate(1, 0, 0)); d != wantDue {
				t.Fatalf("due %q after the stop, want %q", d, wantDue)
			}
			if _, err := s.ClaimDue(ctx, l.ID, retry, retry, time.Minute); (err == nil) != tc.withHandoff {
				t.Fatalf("claim after release: %v", err)
			}
		})
	}
}

// hold takes the lease ls: its first write, here one that changes nothing
// but the lease.
func hold(t *testing.T, s *store.Store, ls *store.Lease) {
	t.Helper()
	if err := s.Record(context.Background(), ls, t0); err != nil {
		t.Fatalf("take the lease: %v", err)
	}
}

// TestFirstWriteTakesTheLease: a claim only reads; the lease is taken by
// the worker's first write, which fails when the lead changed since it was
// read (here an unsubscribe stopped the enrollment): nothing of the
// worker's is written, and it writes nothing more under that lease.
func TestFirstWriteTakesTheLease(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	l := nurtureLead(lead.NewID(t0), t0)
	put(t, s, l)
	ls, err := s.ClaimDue(ctx, l.ID, t0, t0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := s.ClaimDue(ctx, l.ID, t0, t0, time.Minute); err != nil || again.Token == ls.Token {
		t.Fatalf("a claim that only read holds the lead: %v", err)
	}
	if ok, err := s.StopEnrollment(ctx, l.ID, "unsubscribe", t0); err != nil || !ok {
		t.Fatalf("stop: %v %v", ok, err)
	}
	_ = ls.Lead.Nurture.Begin("step0-x", t0.Add(3*time.Minute))
	if err := s.Record(ctx, ls, t0); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("intent over a stop: %v, want ErrConflict", err)
	}
	if err := s.Release(ctx, ls, t0); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("release of a lost lease: %v, want ErrConflict", err)
	}
	got, _ := s.GetLead(ctx, l.ID)
	if got.Nurture.State != lead.NurtureStopped || got.Nurture.Intent != "" {
		t.Fatalf("enrollment %+v, want the stop as written", got.Nurture)
	}
}

// TestReleaseAfterLeaseLostAndStopped: a stale worker cannot write even
// when the enrollment was stopped too.
func TestReleaseAfterLeaseLostAndStopped(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	l := nurtureLead(lead.NewID(t0), t0)
	put(t, s, l)
	stale, err := s.ClaimDue(ctx, l.ID, t0, t0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	hold(t, s, stale)
	later := t0.Add(2 * time.Minute)
	current, err := s.ClaimDue(ctx, l.ID, later, later, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	hold(t, s, current)
	if ok, err := s.StopEnrollment(ctx, l.ID, "complaint", later); err != nil || !ok {
		t.Fatalf("stop: %v %v", ok, err)
	}
	stale.Lead.Nurture.Step = 1
	if err := s.Release(ctx, stale, later); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("release with a lost lease: %v, want ErrConflict", err)
	}
}

// TestRecordKeepsLease: a recorded intent is stored while the lease holds
// (nobody else can claim the lead), and a stale intent is on the due-work
// index at the time Begin set, for the next worker to recover.
func TestRecordKeepsLease(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	l := handoffLead(lead.NewID(t0), t0)
	put(t, s, l)
	ls, err := s.ClaimHandoff(ctx, l.ID, t0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	recoverAt := ls.Until.Add(lead.UnconfirmedGrace)
	if err := ls.Lead.Handoff.Begin("intent-1", recoverAt); err != nil {
		t.Fatal(err)
	}
	if err := s.Record(ctx, ls, t0); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Handoff.State != lead.HandoffSending || got.Handoff.Intent != "intent-1" || got.Handoff.Attempts != 1 {
		t.Fatalf("recorded intent: %+v", got.Handoff)
	}
	if _, err := s.ClaimDue(ctx, l.ID, recoverAt, t0.Add(30*time.Second), time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("claimed a lead whose lease is held after Record: %v", err)
	}
	// The worker dies here. Record left the due time as it was (Release
	// moves it), so once the lease ran out a worker may lease the lead
	// before the recovery time: it finds the intent not yet stale, and its
	// Release puts the lead at the recovery time.
	early := ls.Until.Add(time.Second)
	mid, err := s.ClaimDue(ctx, l.ID, early, early, time.Minute)
	if err != nil {
		t.Fatalf("lead not due under its old due time after the lease ran out: %v", err)
	}
	if mid.Lead.Handoff.Stale(early) || mid.Lead.Handoff.State != lead.HandoffSending {
		t.Fatalf("intent stale before its recovery time: %+v", mid.Lead.Handoff)
	}
	if err := s.Release(ctx, mid, early); err != nil {
		t.Fatal(err)
	}
	if refs, _ := allDue(t, s, recoverAt.Add(-time.Second), 10); slices.Contains(dueIDs(refs), l.ID) {
		t.Fatalf("intent due before its recovery time after a release: %v", refs)
	}
	if refs, _ := allDue(t, s, recoverAt, 10); !slices.Contains(dueIDs(refs), l.ID) {
		t.Fatalf("stale intent not on the due-work index: %v", refs)
	}
	next, err := s.ClaimDue(ctx, l.ID, recoverAt, recoverAt, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if !next.Lead.Handoff.Stale(recoverAt) {
		t.Fatalf("the next worker does not see a stale intent: %+v", next.Lead.Handoff)
	}
	// The first worker's late outcome is refused: the lease moved on.
	if err := s.Record(ctx, ls, recoverAt); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("record with a lost lease: %v", err)
	}
}

// answerLost is a DynamoDB client whose next UpdateItem is carried out but
// answered with an error, as when a connection drops after the request.
type answerLost struct {
	store.DB
	lose bool
}

func (a *answerLost) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	out, err := a.DB.UpdateItem(ctx, in, opts...)
	if a.lose && err == nil {
		a.lose = false
		return nil, errors.New("connection reset after the request was written")
	}
	return out, err
}

// TestFirstWriteAnswerLost: the write that took a lease succeeded but its
// answer was lost; the worker's retry finds its own write and holds the
// lease (rather than giving it up, which would leave its intent to be
// recovered as an unknown outcome).
func TestFirstWriteAnswerLost(t *testing.T) {
	base := newStore(t)
	db := &answerLost{DB: base.DB()}
	s := store.New(db, base.Table())
	ctx := context.Background()
	l := handoffLead(lead.NewID(t0), t0)
	put(t, s, l)
	ls, err := s.ClaimHandoff(ctx, l.ID, t0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	_ = ls.Lead.Handoff.Begin("1-x", t0.Add(3*time.Minute))
	db.lose = true
	if err := s.Record(ctx, ls, t0); err == nil || errors.Is(err, store.ErrConflict) {
		t.Fatalf("intent with its answer lost: %v, want unavailable", err)
	}
	if err := s.Record(ctx, ls, t0); err != nil {
		t.Fatalf("retry of the intent: %v", err)
	}
	if _, err := s.ClaimHandoff(ctx, l.ID, t0.Add(time.Second), time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("claimed while held: %v", err)
	}
	if err := s.Release(ctx, ls, t0); err != nil {
		t.Fatalf("release: %v", err)
	}
}

package handoff_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/lead"
)

const routingYAML = `owner_first: true
teams:
  emea:
    members:
      - {name: Lena Vogel, email: lena@northwind.example}
      - {name: Tomas Ortega, email: tomas@northwind.example}
  capped:
    members:
      - {name: Priya Raman, email: priya@northwind.example, daily_cap: 1}
rules:
  - {name: capped, forms: [capped], team: capped}
default_team: emea
`

// turnCounters counts the turns and counts routing takes; down makes
// them fail. It keeps one turn counter per team, whichever of the team's
// rotations a lead's id picks, so that leads with fresh ids follow the
// team's order one after another.
type turnCounters struct {
	*assign.MemoryCounters
	mu            sync.Mutex
	turns, counts int
	down          bool
}

func (c *turnCounters) TakeTurns(ctx context.Context, rotation string, n int64) (int64, error) {
	team, _, _ := strings.Cut(rotation, "#")
	c.mu.Lock()
	c.turns++
	down := c.down
	c.mu.Unlock()
	if down {
		return 0, errUnavailable
	}
	return c.MemoryCounters.TakeTurns(ctx, team, n)
}

func (c *turnCounters) CountLead(ctx context.Context, email, day string, limit int) (bool, error) {
	c.mu.Lock()
	c.counts++
	c.mu.Unlock()
	return c.MemoryCounters.CountLead(ctx, email, day, limit)
}

func routingNotifier(t *testing.T, s handoff.Sender) (*handoff.Notifier, *turnCounters) {
	t.Helper()
	rules, err := assign.Parse("routing.yaml", []byte(routingYAML))
	if err != nil {
		t.Fatal(err)
	}
	c := &turnCounters{MemoryCounters: assign.NewMemoryCounters(assign.Snapshot{})}
	n := newNotifier(s, time.Now)
	n.Rules, n.Counters = rules, c
	return n, c
}

// unfolded is a raw message with quoted-printable soft line breaks
// removed: ASCII text reads as written.
func unfolded(raw string) string { return strings.ReplaceAll(raw, "=\r\n", "") }

func toLine(raw string) string {
	for _, l := range strings.Split(raw, "\r\n") {
		if strings.HasPrefix(l, "To: ") {
			return l
		}
	}
	return ""
}

// TestRetriesGoToTheOwnerPicked: the first attempt takes the team's turn
// and records the owner with its intent; a retry goes to the same owner
// without taking another turn, and the next lead gets the next member.
func TestRetriesGoToTheOwnerPicked(t *testing.T) {
	now := time.Now().UTC()
	first := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	second := qualifiedLead("contact-sales", "j.berg@example-ab.se", now.Add(time.Millisecond))
	st := newMemLeases(first, second)
	mailer := &fakeSES{mode: "down"}
	n, c := routingNotifier(t, mailer)
	w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
	if err := w.FollowUp(context.Background(), first.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(first.ID).Handoff
	if h.State != lead.HandoffPending || h.OwnerEmail != "lena@northwind.example" || h.Team != "emea" || h.Route != "default team" || c.turns != 1 {
		t.Fatalf("after a failed send: hand-off %+v, %d turns", h, c.turns)
	}
	mailer.set("accept")
	for _, id := range []string{first.ID, second.ID} {
		if err := w.FollowUp(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	sent := mailer.sends()
	if len(sent) != 2 || !strings.Contains(toLine(sent[0]), "lena@northwind.example") || !strings.Contains(toLine(sent[1]), "tomas@northwind.example") {
		t.Fatalf("sent to %q and %q, want Lena then Tomas", toLine(sent[0]), toLine(sent[len(sent)-1]))
	}
	if c.turns != 2 {
		t.Errorf("%d turns for two leads, one retried; want 2", c.turns)
	}
	if !strings.Contains(unfolded(sent[0]), "Routed     default team\r\n") {
		t.Errorf("the e-mail does not say why it was routed:\n%s", sent[0])
	}
}

// TestOwnerKeptWhenTheIntentIsNotWritten: the release of the lease records
// the owner the failed intent could not, so the retry takes no new turn.
// Only a process that dies between routing and the intent loses the owner:
// the next attempt routes again, and the turn taken first is the accepted
// over-count (see the package doc).
func TestOwnerKeptWhenTheIntentIsNotWritten(t *testing.T) {
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	st.failIntents = 1
	mailer := &fakeSES{mode: "accept"}
	n, c := routingNotifier(t, mailer)
	w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
	for range 2 {
		if err := w.FollowUp(context.Background(), l.ID); err != nil {
			t.Fatal(err)
		}
	}
	if h := st.get(l.ID).Handoff; h.State != lead.HandoffSent || h.OwnerEmail != "lena@northwind.example" || c.turns != 1 || len(mailer.sends()) != 1 {
		t.Fatalf("hand-off %+v after %d turns and %d e-mails; want sent to Lena, one turn", h, c.turns, len(mailer.sends()))
	}

	// A process dies after routing, before its intent is written.
	l2 := qualifiedLead("contact-sales", "a.ek@example-ab.se", now.Add(time.Millisecond))
	st = newMemLeases(l2)
	st.failIntents = 1
	clock := time.Now()
	ls, err := st.ClaimHandoff(context.Background(), l2.ID, clock, handoff.DefaultLeaseTTL)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(context.Background(), st, ls, clock); !errors.Is(err, handoff.ErrIntentNotRecorded) {
		t.Fatalf("attempt: %v", err)
	}
	// (No release: the process is gone.) The next worker, after the lease:
	ls, err = st.ClaimHandoff(context.Background(), l2.ID, clock.Add(handoff.DefaultLeaseTTL+time.Second), handoff.DefaultLeaseTTL)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(context.Background(), st, ls, clock); err != nil {
		t.Fatal(err)
	}
	if c.turns != 3 || ls.Lead.Handoff.OwnerEmail != "lena@northwind.example" {
		t.Errorf("%d turns in all, owner %s; want 3 (one lost with the process), and Lena (turn 3)", c.turns, ls.Lead.Handoff.OwnerEmail)
	}
}

// earlierLeads stands in for the person's leads in the table.
type earlierLeads struct {
	leads []*lead.Lead
	down  bool
	asked []string
}

func (e *earlierLeads) ListByEmail(_ context.Context, email string, _ int) ([]*lead.Lead, error) {
	e.asked = append(e.asked, email)
	if e.down {
		return nil, errUnavailable
	}
	return e.leads, nil
}

func TestOwnerFirstHandOff(t *testing.T) {
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	earlier := qualifiedLead("contact-sales", l.Email, now.Add(-24*time.Hour))
	earlier.Handoff.OwnerEmail, earlier.Handoff.OwnerName = "tomas@northwind.example", "Tomas Ortega"
	later := qualifiedLead("contact-sales", l.Email, now.Add(time.Second))
	later.Handoff.OwnerEmail = "lena@northwind.example"
	noOwner := qualifiedLead("contact-sales", l.Email, now.Add(-time.Hour))
	people := &earlierLeads{leads: []*lead.Lead{later, l, noOwner, earlier}}
	// A first lead reads nothing: intake merges a returning person's.
	first := qualifiedLead("contact-sales", "j.berg@example-ab.se", now)
	l.PreviousID = noOwner.ID

	st := newMemLeases(first, l)
	mailer := &fakeSES{mode: "accept"}
	n, c := routingNotifier(t, mailer)
	n.Leads = people
	w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
	if err := w.FollowUp(context.Background(), first.ID); err != nil {
		t.Fatal(err)
	}
	if len(people.asked) != 0 || c.turns != 1 {
		t.Fatalf("a first lead read earlier leads for %v, took %d turns", people.asked, c.turns)
	}
	c.turns = 0
	if err := w.FollowUp(context.Background(), l.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(l.ID).Handoff
	if h.State != lead.HandoffSent || h.OwnerEmail != "tomas@northwind.example" || h.Route != "owner-first" || h.Team != "emea" || c.turns != 0 {
		t.Fatalf("hand-off %+v after %d turns; want Tomas again, owner-first, no turn", h, c.turns)
	}
	if len(people.asked) != 1 || people.asked[0] != l.Email {
		t.Errorf("earlier leads read for %v", people.asked)
	}
}

// TestRoutingFailureSendsNothing: when the counters or the person's leads
// cannot be read, nothing is sent and the hand-off is retried later, as
// after a failed send (not an unknown outcome).
func TestRoutingFailureSendsNothing(t *testing.T) {
	for _, tc := range []struct {
		name         string
		countersDown bool
		leadsDown    bool
	}{{"counters down", true, false}, {"earlier leads unreadable", false, true}} {
		t.Run(tc.name, func(t *testing.T) {
			now := time.Now().UTC()
			l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
			l.PreviousID = lead.NewID(now.Add(-time.Hour))
			st := newMemLeases(l)
			mailer := &fakeSES{mode: "accept"}
			n, c := routingNotifier(t, mailer)
			c.down = tc.countersDown
			n.Leads = &earlierLeads{down: tc.leadsDown}
			w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
			if err := w.FollowUp(context.Background(), l.ID); err != nil {
				t.Fatal(err)
			}
			h := st.get(l.ID).Handoff
			if len(mailer.sends()) != 0 || h.State != lead.HandoffPending || h.PossibleDuplicate() || h.OwnerEmail != "" || h.NextAt == nil || h.LastError == "" {
				t.Fatalf("%d e-mails, hand-off %+v", len(mailer.sends()), h)
			}
			c.down = false
			n.Leads = &earlierLeads{}
			if err := w.FollowUp(context.Background(), l.ID); err != nil {
				t.Fatal(err)
			}
			if h := st.get(l.ID).Handoff; h.State != lead.HandoffSent || len(mailer.sends()) != 1 {
				t.Fatalf("after recovery: %d e-mails, hand-off %+v", len(mailer.sends()), h)
			}
		})
	}
}

// TestOverflowToTheDefaultAddress: a team without an inbox whose members
// are all at their cap overflows to the default sales address, and the
// e-mail says why.
func TestOverflowToTheDefaultAddress(t *testing.T) {
	now := time.Now().UTC()
	a := qualifiedLead("capped", "k.becker@brandt-maschinenbau.de", now)
	b := qualifiedLead("capped", "j.berg@example-ab.se", now.Add(time.Millisecond))
	st := newMemLeases(a, b)
	mailer := &fakeSES{mode: "accept"}
	n, _ := routingNotifier(t, mailer)
	w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
	for _, id := range []string{a.ID, b.ID} {
		if err := w.FollowUp(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	h := st.get(b.ID).Handoff
	const why = "rule capped; overflow: all capped"
	if st.get(a.ID).Handoff.OwnerEmail != "priya@northwind.example" || h.OwnerEmail != "sales@northwind.example" || h.Team != "capped" || h.Route != why {
		t.Fatalf("second hand-off %+v", h)
	}
	if sent := mailer.sends(); len(sent) != 2 || !strings.Contains(unfolded(sent[1]), "Routed     "+why) {
		t.Errorf("the overflow e-mail does not say why:\n%s", sent[len(sent)-1])
	}
}

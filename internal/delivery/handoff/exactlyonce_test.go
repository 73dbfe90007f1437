package handoff_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// memLeases is a lease store in memory with the store's semantics: a
// lease is taken only when none is held or it expired; writes need the
// current token. failOutcomes makes that many writes of an outcome (any
// hand-off state but sending) fail as if DynamoDB were unreachable;
// failIntents does the same for writes of an intent.
type memLeases struct {
	mu                        sync.Mutex
	leads                     map[string][]byte
	token                     map[string]string
	until                     map[string]time.Time
	n                         int
	failOutcomes, failIntents int
}

func newMemLeases(ls ...*lead.Lead) *memLeases {
	m := &memLeases{leads: map[string][]byte{}, token: map[string]string{}, until: map[string]time.Time{}}
	for _, l := range ls {
		m.leads[l.ID], _ = json.Marshal(l)
	}
	return m
}

var errUnavailable = errors.New("dynamodb: connection refused")

func (m *memLeases) claim(id string, clock time.Time, ttl time.Duration, ok func(*lead.Lead) bool) (*lead.Lease, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	raw, found := m.leads[id]
	if !found {
		return nil, store.ErrConflict
	}
	var l lead.Lead
	_ = json.Unmarshal(raw, &l)
	if !ok(&l) || (m.token[id] != "" && !m.until[id].Before(clock)) {
		return nil, store.ErrConflict
	}
	m.n++
	tok := fmt.Sprintf("t%d", m.n)
	m.token[id], m.until[id] = tok, clock.Add(ttl)
	return &lead.Lease{Lead: &l, Until: clock.Add(ttl), Token: tok}, nil
}

func (m *memLeases) ClaimHandoff(_ context.Context, id string, clock time.Time, ttl time.Duration) (*lead.Lease, error) {
	return m.claim(id, clock, ttl, func(l *lead.Lead) bool { return l.Handoff != nil && l.Handoff.State == lead.HandoffPending })
}

// claimDue is the dispatcher's claim: work due at now.
func (m *memLeases) claimDue(id string, now time.Time) (*lead.Lease, error) {
	return m.claim(id, now, handoff.DefaultLeaseTTL, func(l *lead.Lead) bool { d := l.DueAt(); return d != nil && !d.After(now) })
}

func (m *memLeases) write(ls *lead.Lease, keep bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	id := ls.Lead.ID
	if ls.Lead.Handoff.State == lead.HandoffSending && m.failIntents > 0 {
		m.failIntents--
		return errUnavailable
	}
	if ls.Lead.Handoff.State != lead.HandoffSending && m.failOutcomes > 0 {
		m.failOutcomes--
		return errUnavailable
	}
	if m.token[id] != ls.Token {
		return fmt.Errorf("lease of %s lost: %w", id, store.ErrConflict)
	}
	m.leads[id], _ = json.Marshal(ls.Lead)
	if !keep {
		m.token[id] = ""
	}
	return nil
}

func (m *memLeases) Record(_ context.Context, ls *lead.Lease, _ time.Time) error {
	return m.write(ls, true)
}

func (m *memLeases) Release(_ context.Context, ls *lead.Lease, _ time.Time) error {
	return m.write(ls, false)
}

// get reads what is stored for id.
func (m *memLeases) get(id string) *lead.Lead {
	m.mu.Lock()
	defer m.mu.Unlock()
	var l lead.Lead
	_ = json.Unmarshal(m.leads[id], &l)
	return &l
}

// fakeSES accepts, refuses (the connection never opens) or leaves the
// outcome unknown (a read timeout after the request went out).
type fakeSES struct {
	mu   sync.Mutex
	mode string // "accept", "down", "timeout"
	sent []string
}

func (f *fakeSES) SendRawEmail(_ context.Context, in *ses.SendRawEmailInput, _ ...func(*ses.Options)) (*ses.SendRawEmailOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch f.mode {
	case "down":
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}
	case "timeout":
		f.sent = append(f.sent, string(in.RawMessage.Data)) // accepted, but the answer is lost
		return nil, &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	}
	f.sent = append(f.sent, string(in.RawMessage.Data))
	id := fmt.Sprintf("ses-%d", len(f.sent))
	return &ses.SendRawEmailOutput{MessageId: &id}, nil
}

func (f *fakeSES) set(mode string) {
	f.mu.Lock()
	f.mode = mode
	f.mu.Unlock()
}

func (f *fakeSES) sends() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.sent...)
}

func newNotifier(s handoff.Sender, clock func() time.Time) *handoff.Notifier {
	return &handoff.Notifier{Mail: s, From: mail.Address{Name: "leadsieve", Address: "leads@northwind.example"},
		DefaultTo: mail.Address{Name: "Sales", Address: "sales@northwind.example"}, Clock: clock}
}

// TestOutcomeWriteFailuresNeverResend: SES accepts the e-mail, the first
// writes of the outcome fail; the write (not the send) is retried, and no
// later worker sends again.
func TestOutcomeWriteFailuresNeverResend(t *testing.T) {
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	st.failOutcomes = 3
	mailer := &fakeSES{mode: "accept"}
	w := &handoff.Worker{Store: st, Notifier: newNotifier(mailer, time.Now), Now: time.Now}
	if err := w.FollowUp(context.Background(), l.ID); err != nil {
		t.Fatal(err)
	}
	if st.failOutcomes != 0 {
		t.Fatalf("%d failing outcome writes left: the outcome was not retried", st.failOutcomes)
	}
	got := st.get(l.ID)
	if h := got.Handoff; h.State != lead.HandoffSent || h.Attempts != 1 || h.MessageID != "ses-1" {
		t.Fatalf("hand-off %+v, want sent once", h)
	}
	// The function invoked again, and a dispatcher long after: nothing.
	if err := w.FollowUp(context.Background(), l.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.claimDue(l.ID, now.Add(time.Hour)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("a sent hand-off is still due: %v", err)
	}
	if n := len(mailer.sends()); n != 1 {
		t.Fatalf("%d sales e-mails, want exactly 1", n)
	}
}

// TestSESOutageThenRecovery: while SES cannot be reached nothing is sent
// and the hand-off stays pending; after recovery exactly one e-mail goes out.
func TestSESOutageThenRecovery(t *testing.T) {
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	mailer := &fakeSES{mode: "down"}
	n := newNotifier(mailer, time.Now)
	w := &handoff.Worker{Store: st, Notifier: n, Now: time.Now}
	if err := w.FollowUp(context.Background(), l.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(l.ID).Handoff
	if len(mailer.sends()) != 0 || h.State != lead.HandoffPending || h.Attempts != 1 || h.LastError == "" || h.PossibleDuplicate() {
		t.Fatalf("during the outage: %d sends, hand-off %+v", len(mailer.sends()), h)
	}
	mailer.set("accept")
	for _, at := range []time.Time{h.NextAt.Add(time.Second), h.NextAt.Add(time.Hour)} {
		ls, err := st.claimDue(l.ID, at)
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		_ = n.Attempt(context.Background(), st, ls, at)
		if err := st.Release(context.Background(), ls, at); err != nil {
			t.Fatal(err)
		}
	}
	sends := mailer.sends()
	if len(sends) != 1 || strings.Contains(sends[0], "Possible duplicate") {
		t.Fatalf("%d e-mails after the outage, want one (not marked a duplicate)", len(sends))
	}
	if h := st.get(l.ID).Handoff; h.State != lead.HandoffSent || h.Attempts != 2 {
		t.Fatalf("after recovery: %+v", h)
	}
}

// TestIntentNotRecordedSendsNothing: when the intent cannot be stored, no
// e-mail goes out and the hand-off stays pending as it was.
func TestIntentNotRecordedSendsNothing(t *testing.T) {
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	st.failIntents = 1
	mailer := &fakeSES{mode: "accept"}
	w := &handoff.Worker{Store: st, Notifier: newNotifier(mailer, time.Now), Now: time.Now}
	if err := w.FollowUp(context.Background(), l.ID); err != nil {
		t.Fatal(err)
	}
	if h := st.get(l.ID).Handoff; len(mailer.sends()) != 0 || h.State != lead.HandoffPending || h.Attempts != 0 {
		t.Fatalf("%d sends, hand-off %+v", len(mailer.sends()), h)
	}
}

// TestCrashBetweenIntentAndSend: a worker stored its intent and died. Once
// its lease and the grace ran out, the next worker does not know whether
// SES accepted the e-mail: it sends once more, marked as a possible
// duplicate. Should that outcome be lost too, the hand-off fails for a
// person instead of a third e-mail.
func TestCrashBetweenIntentAndSend(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	mailer := &fakeSES{mode: "accept"}
	n := newNotifier(mailer, time.Now)

	// The dying worker: lease, intent stored, then nothing.
	ls, err := st.ClaimHandoff(ctx, l.ID, now, handoff.DefaultLeaseTTL)
	if err != nil {
		t.Fatal(err)
	}
	recoverAt := ls.Until.Add(lead.UnconfirmedGrace)
	_ = ls.Lead.Handoff.Begin("1-dead", recoverAt)
	if err := st.Record(ctx, ls, now); err != nil {
		t.Fatal(err)
	}
	// Before the recovery time nobody touches it.
	if _, err := st.claimDue(l.ID, recoverAt.Add(-time.Second)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("claimed before the lease and grace ran out: %v", err)
	}
	// The dispatcher after it: the lease is measured by the clock the
	// claim gives, here recoverAt.
	n.Clock = func() time.Time { return recoverAt }
	next, err := st.claimDue(l.ID, recoverAt)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(ctx, st, next, recoverAt); err != nil {
		t.Fatal(err)
	}
	_ = st.Release(ctx, next, recoverAt)
	sends := mailer.sends()
	if len(sends) != 1 || !strings.Contains(sends[0], "Subject: [Possible duplicate]") || !strings.Contains(sends[0], "X-Leadsieve-Possible-Duplicate: yes") {
		t.Fatalf("%d e-mails after recovery; want one marked as a possible duplicate:\n%.600s", len(sends), strings.Join(sends, "\n---\n"))
	}
	if h := st.get(l.ID).Handoff; h.State != lead.HandoffSent || h.UnknownOutcomes != 1 || h.Attempts != 2 {
		t.Fatalf("after recovery: %+v", h)
	}

	// The same again, but the resend's outcome is lost as well.
	l2 := qualifiedLead("contact-sales", "a.nowak@example-logistics.pl", now)
	st2 := newMemLeases(l2)
	n2 := newNotifier(mailer, func() time.Time { return now })
	ls2, _ := st2.ClaimHandoff(ctx, l2.ID, now, handoff.DefaultLeaseTTL)
	_ = ls2.Lead.Handoff.Begin("1-dead", ls2.Until.Add(lead.UnconfirmedGrace))
	_ = st2.Record(ctx, ls2, now)
	at := ls2.Until.Add(lead.UnconfirmedGrace)
	n2.Clock = func() time.Time { return at }
	mailer.set("timeout")
	next2, err := st2.claimDue(l2.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := n2.Attempt(ctx, st2, next2, at); !errors.Is(err, handoff.ErrOutcomeUnknown) {
		t.Fatalf("attempt with a lost answer: %v", err)
	}
	_ = st2.Release(ctx, next2, at)
	h := st2.get(l2.ID).Handoff
	if h.State != lead.HandoffFailed || h.UnknownOutcomes != 2 || !strings.Contains(h.LastError, "unknown") {
		t.Fatalf("after a second unknown outcome: %+v", h)
	}
	if _, err := st2.claimDue(l2.ID, at.Add(time.Hour)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("a failed hand-off is still due: %v", err)
	}
	if got := len(mailer.sends()); got != 2 { // the first lead's one, and this lead's lost one
		t.Fatalf("%d e-mails in all, want 2", got)
	}
}

// TestUnknownSESOutcomeResendsOnceMarked: SES accepted the e-mail but its
// answer was lost; the hand-off is sent once more after the grace, marked.
func TestUnknownSESOutcomeResendsOnceMarked(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	mailer := &fakeSES{mode: "timeout"}
	n := newNotifier(mailer, time.Now)
	w := &handoff.Worker{Store: st, Notifier: n, Now: func() time.Time { return now }}
	if err := w.FollowUp(ctx, l.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(l.ID).Handoff
	if h.State != lead.HandoffPending || !h.PossibleDuplicate() || h.Due(now) || !h.Due(now.Add(lead.UnconfirmedGrace)) {
		t.Fatalf("after a lost answer: %+v", h)
	}
	mailer.set("accept")
	ls, err := st.claimDue(l.ID, now.Add(lead.UnconfirmedGrace))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(ctx, st, ls, now.Add(lead.UnconfirmedGrace)); err != nil {
		t.Fatal(err)
	}
	sends := mailer.sends()
	if len(sends) != 2 || strings.Contains(sends[0], "Possible duplicate") || !strings.Contains(sends[1], "Subject: [Possible duplicate]") {
		t.Fatalf("%d e-mails; want the lost one and one resend marked as a possible duplicate", len(sends))
	}
	// Both carry the same Message-ID, so a client that de-duplicates by
	// it shows one.
	id := func(raw string) string {
		for _, line := range strings.Split(raw, "\r\n") {
			if v, ok := strings.CutPrefix(line, "Message-ID: "); ok {
				return v
			}
		}
		return ""
	}
	if id(sends[0]) == "" || id(sends[0]) != id(sends[1]) {
		t.Errorf("Message-IDs %q and %q, want one stable id", id(sends[0]), id(sends[1]))
	}
}

// TestLeaseOutlastsAnAttempt: a sender always has time to send, post the
// webhook and retry the write of its outcome before another worker may
// take over.
func TestLeaseOutlastsAnAttempt(t *testing.T) {
	if need := handoff.SendTimeout + handoff.MaxWebhookTimeout + 2*handoff.RecordMargin; handoff.DefaultLeaseTTL <= need {
		t.Fatalf("lease %s, an attempt may need %s", handoff.DefaultLeaseTTL, need)
	}
}

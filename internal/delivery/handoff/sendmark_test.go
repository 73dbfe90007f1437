package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// memMarks stands in for the send marks the SES events function writes
// from SES's Send events; down makes reading them fail.
type memMarks struct {
	mu    sync.Mutex
	marks map[string]*store.SendMark
	down  bool
	reads int
}

func (m *memMarks) SentMark(_ context.Context, leadID, what string) (*store.SendMark, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reads++
	if m.down {
		return nil, errUnavailable
	}
	return m.marks[leadID+"/"+what], nil
}

// publishingSES is SES with event publishing: every message it accepts
// (whether or not its answer reaches the sender) leaves a Send event,
// which becomes a send mark, keyed by the message's tags, when the
// message went through a configuration set and pipeline is on.
type publishingSES struct {
	fakeSES
	marks    *memMarks
	pipeline bool
	sets     []string
}

func (p *publishingSES) SendRawEmail(ctx context.Context, in *ses.SendRawEmailInput, opts ...func(*ses.Options)) (*ses.SendRawEmailOutput, error) {
	out, err := p.fakeSES.SendRawEmail(ctx, in, opts...)
	p.fakeSES.mu.Lock()
	accepted := p.mode != "down"
	n := len(p.sent)
	p.fakeSES.mu.Unlock()
	if in.ConfigurationSetName != nil {
		p.sets = append(p.sets, *in.ConfigurationSetName)
	}
	if accepted && p.pipeline && in.ConfigurationSetName != nil {
		tags := map[string]string{}
		for _, t := range in.Tags {
			tags[*t.Name] = *t.Value
		}
		p.marks.mu.Lock()
		p.marks.marks[tags[sesevents.TagLead]+"/"+tags[sesevents.TagEmail]] = &store.SendMark{
			LeadID: tags[sesevents.TagLead], What: tags[sesevents.TagEmail], MessageID: fmt.Sprintf("ses-%d", n), At: time.Now().UTC(),
		}
		p.marks.mu.Unlock()
	}
	return out, err
}

func markingNotifier(s handoff.Sender, marks *memMarks, clock func() time.Time) *handoff.Notifier {
	n := newNotifier(s, clock)
	n.ConfigurationSet, n.Marks, n.MarkWait = "leadsieve-mail", marks, 300*time.Millisecond
	return n
}

// TestAcceptedSendNeverSentAgainWhenItsOutcomeIsLost: SES accepts the
// e-mail, every write of the outcome fails (DynamoDB unreachable for
// longer than the lease), so the stored hand-off is an intent still
// sending. The worker that recovers it after the lease reads SES's Send
// event (the send mark) and records the hand-off sent: no second e-mail.
func TestAcceptedSendNeverSentAgainWhenItsOutcomeIsLost(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	st.failOutcomes = 1 << 30
	marks := &memMarks{marks: map[string]*store.SendMark{}}
	mailer := &publishingSES{fakeSES: fakeSES{mode: "accept"}, marks: marks, pipeline: true}
	// The sender's lease is short and its clock runs on, so it gives up
	// retrying the write as it would after two minutes.
	n := markingNotifier(mailer, marks, time.Now)
	w := &handoff.Worker{Store: st, Notifier: n, Now: func() time.Time { return now }, LeaseTTL: handoff.SendTimeout + handoff.RecordMargin + 2*time.Second}
	if err := w.FollowUp(ctx, l.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(l.ID).Handoff
	if h.State != lead.HandoffSending || len(mailer.sends()) != 1 {
		t.Fatalf("fixture: stored %+v after %d sends; want the intent left sending after one", h, len(mailer.sends()))
	}
	if got := mailer.sets; len(got) != 1 || got[0] != "leadsieve-mail" {
		t.Fatalf("sent through configuration sets %v", got)
	}
	st.failOutcomes = 0
	at := h.NextAt.Add(time.Second)
	n.Clock = func() time.Time { return at }
	ls, err := st.claimDue(l.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(ctx, st, ls, at); err != nil {
		t.Fatalf("recovery: %v", err)
	}
	if err := st.Release(ctx, ls, at); err != nil {
		t.Fatal(err)
	}
	if got := len(mailer.sends()); got != 1 {
		t.Fatalf("%d sales e-mails, want 1: an e-mail SES accepted was sent again", got)
	}
	h = st.get(l.ID).Handoff
	if h.State != lead.HandoffSent || h.MessageID != "ses-1" || h.SentAt == nil || h.Attempts != 1 {
		t.Fatalf("after recovery: %+v; want sent, with SES's message id", h)
	}
	if _, err := st.claimDue(l.ID, at.Add(time.Hour)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("a confirmed hand-off is still due: %v", err)
	}
}

// TestLostAnswerSettledBySendEvent: SES accepted the e-mail but the answer
// was lost on the way back; the sender waits for SES's Send event and
// records the hand-off sent at once, without an unknown outcome.
func TestLostAnswerSettledBySendEvent(t *testing.T) {
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	marks := &memMarks{marks: map[string]*store.SendMark{}}
	mailer := &publishingSES{fakeSES: fakeSES{mode: "timeout"}, marks: marks, pipeline: true}
	w := &handoff.Worker{Store: st, Notifier: markingNotifier(mailer, marks, time.Now), Now: func() time.Time { return now }}
	if err := w.FollowUp(context.Background(), l.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(l.ID).Handoff
	if h.State != lead.HandoffSent || h.PossibleDuplicate() || h.MessageID != "ses-1" || len(mailer.sends()) != 1 {
		t.Fatalf("hand-off %+v after %d sends; want sent once, confirmed by the Send event", h, len(mailer.sends()))
	}
	if _, err := st.claimDue(l.ID, now.Add(time.Hour)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("still due: %v", err)
	}
}

// TestNoSendEventMeansResendMarked: when SES's events do not arrive (the
// pipeline is down, or SES never got the request), the policy is as
// without marks: one resend after the grace, marked as a possible
// duplicate; a send mark that cannot be read sends nothing.
func TestNoSendEventMeansResendMarked(t *testing.T) {
	ctx := context.Background()
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	st := newMemLeases(l)
	marks := &memMarks{marks: map[string]*store.SendMark{}}
	mailer := &publishingSES{fakeSES: fakeSES{mode: "timeout"}, marks: marks}
	n := markingNotifier(mailer, marks, time.Now)
	w := &handoff.Worker{Store: st, Notifier: n, Now: func() time.Time { return now }}
	if err := w.FollowUp(ctx, l.ID); err != nil {
		t.Fatal(err)
	}
	h := st.get(l.ID).Handoff
	if h.State != lead.HandoffPending || !h.PossibleDuplicate() {
		t.Fatalf("after a lost answer and no event: %+v", h)
	}
	if marks.reads < 2 {
		t.Errorf("send mark read %d times while waiting", marks.reads)
	}
	// The storage of marks is down when the retry comes: nothing is sent.
	marks.down = true
	mailer.set("accept")
	at := now.Add(lead.UnconfirmedGrace)
	ls, err := st.claimDue(l.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(ctx, st, ls, at); !errors.Is(err, handoff.ErrOutcomeUnknown) {
		t.Fatalf("attempt with unreadable marks: %v", err)
	}
	_ = st.Release(ctx, ls, at)
	if got := len(mailer.sends()); got != 1 {
		t.Fatalf("%d e-mails while the marks could not be read, want only the lost one", got)
	}
	// Readable again, still no mark: one resend, marked.
	marks.down = false
	h = st.get(l.ID).Handoff
	at = *h.NextAt
	ls, err = st.claimDue(l.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(ctx, st, ls, at); err != nil {
		t.Fatal(err)
	}
	_ = st.Release(ctx, ls, at)
	sends := mailer.sends()
	if len(sends) != 2 || !strings.Contains(sends[1], "Subject: [Possible duplicate]") {
		t.Fatalf("%d e-mails; want the lost one and one marked resend", len(sends))
	}
}

package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
)

func TestSendMarks(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	const id = "06F1QZ3K8C2M4N5P6Q7R8S9T0V"
	if m, err := s.SentMark(ctx, id, "handoff"); err != nil || m != nil {
		t.Fatalf("before any event: %+v, %v", m, err)
	}
	at := t0.Add(1500 * time.Millisecond)
	if err := s.MarkSent(ctx, store.SendMark{LeadID: id, What: "handoff", MessageID: "ses-1", At: at}); err != nil {
		t.Fatal(err)
	}
	// SES may publish an event twice: the first mark stays.
	if err := s.MarkSent(ctx, store.SendMark{LeadID: id, What: "handoff", MessageID: "ses-2", At: at.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	m, err := s.SentMark(ctx, id, "handoff")
	if err != nil || m == nil || m.MessageID != "ses-1" || !m.At.Equal(at) || m.LeadID != id || m.What != "handoff" {
		t.Fatalf("mark %+v, %v; want ses-1 at %s", m, err, at)
	}
	// Another e-mail of the same lead has a mark of its own.
	if m, err := s.SentMark(ctx, id, "step-0-welcome"); err != nil || m != nil {
		t.Fatalf("a step's mark read from the hand-off's: %+v, %v", m, err)
	}
	if err := s.MarkSent(ctx, store.SendMark{LeadID: id, At: at}); err == nil {
		t.Error("a mark without a kind was accepted")
	}
}

func TestMailEvents(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	const id = "06F1QZ3K8C2M4N5P6Q7R8S9T0V"
	sent := t0.Add(time.Second)
	if recs, err := s.SentEmails(ctx, id); err != nil || len(recs) != 0 {
		t.Fatalf("before any event: %+v, %v", recs, err)
	}
	if err := s.MarkSent(ctx, store.SendMark{LeadID: id, What: "handoff", MessageID: "ses-1", At: sent}); err != nil {
		t.Fatal(err)
	}
	delivered := sent.Add(2 * time.Second)
	steps := []store.MailEvent{
		{LeadID: id, What: "handoff", MessageID: "ses-1", Kind: store.MailDelivered, At: delivered, SentAt: sent},
		// Reported twice: the first delivery time stays.
		{LeadID: id, What: "handoff", MessageID: "ses-1", Kind: store.MailDelivered, At: delivered.Add(time.Hour), SentAt: sent},
		{LeadID: id, What: "handoff", MessageID: "ses-1", Kind: store.MailComplained, At: delivered.Add(time.Minute), SentAt: sent, SubType: "abuse"},
		// A bounce that overtook its Send event makes the mark itself.
		{LeadID: id, What: "step-0-welcome", MessageID: "ses-2", Kind: store.MailBounced, At: sent.Add(time.Minute), SentAt: sent.Add(30 * time.Second),
			BounceType: "Permanent", SubType: "General", Status: "5.1.1", Diagnostic: "smtp; 550 5.1.1 user unknown"},
		{LeadID: id, What: "step-0-welcome", MessageID: "ses-2", Kind: store.MailBounced, At: sent.Add(time.Hour), BounceType: "Transient"},
	}
	for _, e := range steps {
		if err := s.RecordMailEvent(ctx, e); err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
	}
	// The Send event after its bounce changes nothing.
	if err := s.MarkSent(ctx, store.SendMark{LeadID: id, What: "step-0-welcome", MessageID: "ses-2", At: sent.Add(30 * time.Second)}); err != nil {
		t.Fatal(err)
	}
	recs, err := s.SentEmails(ctx, id)
	if err != nil || len(recs) != 2 {
		t.Fatalf("records %+v, %v", recs, err)
	}
	h, st := recs[0], recs[1]
	if h.What != "handoff" || h.MessageID != "ses-1" || h.SentAt == nil || !h.SentAt.Equal(sent) ||
		h.DeliveredAt == nil || !h.DeliveredAt.Equal(delivered) || h.Bounce != nil ||
		h.Complaint == nil || h.Complaint.FeedbackType != "abuse" || !h.Complaint.At.Equal(delivered.Add(time.Minute)) {
		t.Errorf("hand-off record %+v (complaint %+v)", h, h.Complaint)
	}
	if st.What != "step-0-welcome" || st.MessageID != "ses-2" || st.SentAt == nil || !st.SentAt.Equal(sent.Add(30*time.Second)) ||
		st.DeliveredAt != nil || st.Complaint != nil || st.Bounce == nil ||
		*st.Bounce != (store.Bounce{Type: "Permanent", SubType: "General", Status: "5.1.1", Diagnostic: "smtp; 550 5.1.1 user unknown", At: sent.Add(time.Minute)}) {
		t.Errorf("step record %+v (bounce %+v)", st, st.Bounce)
	}
	// The hand-off's worker still reads the mark.
	if m, err := s.SentMark(ctx, id, "step-0-welcome"); err != nil || m == nil || m.MessageID != "ses-2" {
		t.Errorf("mark made by a bounce: %+v, %v", m, err)
	}
	// Another lead's e-mails are its own.
	if recs, err := s.SentEmails(ctx, "06F1QZ3K8C2M4N5P6Q7R8S9T0W"); err != nil || len(recs) != 0 {
		t.Errorf("another lead: %+v, %v", recs, err)
	}
	for _, bad := range []store.MailEvent{{What: "handoff", Kind: store.MailDelivered}, {LeadID: id, What: "handoff", Kind: "open"}} {
		if err := s.RecordMailEvent(ctx, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

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

package handoff

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestComposeAddsTheOutcomeLink(t *testing.T) {
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	l := &lead.Lead{ID: lead.NewID(now), FormID: "demo", Verdict: lead.VerdictQualified, ReceivedAt: now,
		Fields: lead.Fields{Email: "ana@acme.example", FirstName: "Ana"}, Handoff: lead.NewHandoff(now)}
	n := &Notifier{From: mail.Address{Address: "leads@acme.example"}, DefaultTo: mail.Address{Address: "sales@acme.example"}}
	msg, err := n.compose(context.Background(), l, now)
	if err != nil || strings.Contains(msg.Text, "good lead") {
		t.Fatalf("without links: %v\n%s", err, msg.Text)
	}
	s, err := outcomelink.New([]byte("0123456789abcdef0123456789abcdef"), "https://console.acme.example/console")
	if err != nil {
		t.Fatal(err)
	}
	n.OutcomeLinks = s
	if msg, err = n.compose(context.Background(), l, now); err != nil {
		t.Fatal(err)
	}
	_, link, ok := strings.Cut(msg.Text, "Was this a good lead? ")
	link, _, _ = strings.Cut(link, "\n")
	token, found := strings.CutPrefix(link, "https://console.acme.example/console/outcome/")
	if !ok || !found {
		t.Fatalf("no outcome link:\n%s", msg.Text)
	}
	if id, err := s.Verify(token, now); err != nil || id != l.ID {
		t.Fatalf("the link names %q (%v), want %s", id, err, l.ID)
	}
}

package store_test

import (
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/devtools/capacity"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestStateItemFitsOneWriteUnit: the state item is what every lease,
// intent, outcome and step advance rewrites; it must stay under 1 KB (one
// write unit) even with the longest values a worker stores.
func TestStateItemFitsOneWriteUnit(t *testing.T) {
	at := t0.Add(time.Hour)
	long := strings.Repeat("e", 300) // errors are truncated to 300 bytes
	l := mkLead(lead.NewID(t0), "contact-sales", "a.very.long.address.of.someone@subdomain.example-company.com", t0)
	l.Verdict = lead.VerdictQualified
	l.SupersededBy = lead.NewID(at)
	// A hand-off retried after failures: the longest a hand-off gets (once
	// sent, it holds a message id and speed to lead instead of an error).
	l.Handoff = &lead.Handoff{State: lead.HandoffPending, Attempts: 7, LastError: long, NextAt: &at,
		Intent: "7-0123456789ab", UnknownOutcomes: 1, OwnerName: "Maximiliane Oberhuber-Wittelsbach",
		OwnerEmail: "maximiliane.oberhuber-wittelsbach@sales.example-company.com", Team: "enterprise-dach"}
	l.Nurture = &lead.Enrollment{State: lead.NurtureStopped, Segment: "long-term", SequenceID: "long-term", Version: "b224c9c9363bbe5d",
		EnrolledAt: &at, Step: 2, LastSentAt: &at, StopReason: "verdict: qualified"}
	item, err := store.StateItem(l)
	if err != nil {
		t.Fatal(err)
	}
	// Plus a lease: lease_until (epoch milliseconds) and a 24-digit token.
	size := capacity.ItemSize(item) + len("lease_until") + 8 + len("lease_token") + 24
	if size > 1024 {
		t.Errorf("state item of %d bytes with a lease: more than one write unit", size)
	}
	t.Logf("largest state item: %d bytes", size)
}

package store_test

import (
	"context"
	"encoding/json"
	"reflect"
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

// TestLeadRoundTripsWhole: a lead read back is the lead written, every
// field of its body and state, although the body leaves out what the keys
// hold and is compressed.
func TestLeadRoundTripsWhole(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	at := t0.Add(time.Minute)
	exp := t0.Add(30 * 24 * time.Hour)
	l := mkLead(lead.NewID(t0), "contact-sales", "jürgen.groß@example-gmbh.de", t0)
	l.Fields = lead.Fields{Email: l.Email, FirstName: "Jürgen", LastName: "Groß", Company: "Groß GmbH", Country: "DE",
		Message: "Bitte um Rückruf", Extra: map[string]string{"favourite_colour": "grün"}}
	l.Raw = map[string]string{"E-Mail": "Jürgen.Groß@example-gmbh.de "}
	l.Context = lead.Context{IP: "203.0.113.9", UserAgent: "curl/8", ReceivedAt: t0}
	l.Screening = lead.Screening{Verdict: lead.ScreenPass, Score: 12, Reasons: []lead.Reason{{Code: "free_mail", Points: 12, Detail: "x", Stage: "screening"}}}
	l.Fit = &lead.Fit{Score: 55, Grade: "B", Segment: "smb", Qualifies: true}
	l.Reasons = l.Screening.Reasons
	l.RulesVersion = "sha256:abc"
	l.ExpiresAt = &exp
	l.History = []lead.VerdictChange{{At: t0, Verdict: lead.VerdictNurture, Cause: "submitted"}}
	l.PreviousID = lead.NewID(t0.Add(-time.Hour))
	l.UpdatedAt = at
	l.Nurture = lead.NewEnrollment("smb", at)
	if created, err := s.CreateLead(ctx, l); err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normal(t, got), normal(t, l)) {
		t.Errorf("read back\n%s\nwant\n%s", normal(t, got), normal(t, l))
	}
}

// normal is l as JSON, so that times compare by value.
func normal(t *testing.T, l *lead.Lead) string {
	t.Helper()
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

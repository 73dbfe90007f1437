package store_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// withLease is the size of item once a lease is on it: lease_until (epoch
// milliseconds), a 24-digit lease_token and rev.
func withLease(item map[string]types.AttributeValue) int {
	return store.ItemSize(item) + len("lease_until") + 8 + len("lease_token") + 24 + len("rev") + 24
}

// TestLeadItemFitsOneWriteUnit: the lead item is what every lease, intent,
// outcome and step advance rewrites; it must stay under 1 KB (one write
// unit) with the longest values a worker stores on the way to a sent
// hand-off or a finished enrollment, its body moving to an item of its own
// when the two do not fit together. A hand-off that keeps failing carries
// its last error (up to 300 bytes) as well, and may take two units a write
// until it is sent.
func TestLeadItemFitsOneWriteUnit(t *testing.T) {
	at := t0.Add(time.Hour)
	l := mkLead(lead.NewID(t0), "contact-sales", "a.very.long.address.of.someone@subdomain.example-company.com", t0)
	l.Fields.Message = longMessage()
	l.Verdict = lead.VerdictQualified
	l.SupersededBy = lead.NewID(at)
	// A hand-off sent after an attempt whose outcome nobody knew.
	l.Handoff = &lead.Handoff{State: lead.HandoffSent, Attempts: 2, NextAt: &at,
		Intent: "2-0123456789ab", UnknownOutcomes: 1, OwnerName: "Maximiliane Oberhuber-Wittelsbach",
		OwnerEmail: "maximiliane.oberhuber-wittelsbach@sales.example-company.com", Team: "enterprise-dach",
		SentAt: &at, MessageID: "<010001938f3a4c7e-5b1d2f6a-7c3e-4d8b-9f0a-1e2d3c4b5a69-000000@email.amazonses.com>",
		SpeedToLeadMS: 1234567, Webhook: lead.WebhookSent}
	l.Nurture = &lead.Enrollment{State: lead.NurtureStopped, Segment: "long-term", SequenceID: "long-term", Version: "b224c9c9363bbe5d",
		EnrolledAt: &at, Step: 2, LastSentAt: &at, StopReason: "verdict: qualified"}
	item, body, err := store.ItemsOf(l)
	if err != nil {
		t.Fatal(err)
	}
	if size := withLease(item); size > 1024 {
		t.Errorf("lead item of %d bytes with a lease: more than one write unit", size)
	}
	if body == nil {
		t.Error("a lead this large keeps its body inline")
	}
	t.Logf("largest lead item: %d bytes", withLease(item))

	l.Handoff = &lead.Handoff{State: lead.HandoffPending, Attempts: 7, LastError: strings.Repeat("e", 300), NextAt: &at,
		Intent: "7-0123456789ab", UnknownOutcomes: 1, OwnerName: l.Handoff.OwnerName, OwnerEmail: l.Handoff.OwnerEmail, Team: l.Handoff.Team}
	if item, _, err = store.ItemsOf(l); err != nil {
		t.Fatal(err)
	}
	if size := withLease(item); size > 2048 {
		t.Errorf("lead item of %d bytes with a failing hand-off and a lease: more than two write units", size)
	}
	t.Logf("with a failing hand-off: %d bytes", withLease(item))
}

// TestLeadItemKeepsSmallBodyInline: a lead of the usual size is one item,
// with room for its follow-up to grow into; a long message moves the body
// out, and the lead item names it.
func TestLeadItemKeepsSmallBodyInline(t *testing.T) {
	l := mkLead(lead.NewID(t0), "contact-sales", "anna.lindqvist@bageri-example.se", t0)
	l.Fields.Message = "Just researching options for my small shop."
	l.Context = lead.Context{IP: "203.0.113.9", UserAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36", ReceivedAt: t0}
	l.Nurture = lead.NewEnrollment("smb", t0)
	item, body, err := store.ItemsOf(l)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		t.Fatalf("a lead of %d bytes keeps its body apart", store.ItemSize(item))
	}
	if size := withLease(item); size > 1024-200 {
		t.Errorf("lead item of %d bytes with a lease leaves too little room to grow", size)
	}
	l.Fields.Message = longMessage()
	item, body, err = store.ItemsOf(l)
	if err != nil {
		t.Fatal(err)
	}
	if body == nil || item["body"] != nil {
		t.Fatal("a long message keeps its body inline")
	}
	if sk, ok := item["body_sk"].(*types.AttributeValueMemberS); !ok || sk.Value != body["sk"].(*types.AttributeValueMemberS).Value {
		t.Errorf("lead item names body %v, body is %v", item["body_sk"], body["sk"])
	}
}

// longMessage is a message that compresses badly: a body too big to share
// an item with the follow-up.
func longMessage() string {
	var b strings.Builder
	for i := range 40 {
		b.WriteString(lead.NewID(t0.Add(time.Duration(i) * time.Second)))
		b.WriteString(" ")
	}
	return b.String()
}

// TestLeadRoundTripsWhole: a lead read back is the lead written, every
// field of its body and state, although the body leaves out what the keys
// hold and is compressed.
func TestLeadRoundTripsWhole(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	for i, message := range []string{"Bitte um Rückruf", longMessage()} {
		received := t0.Add(time.Duration(i) * time.Hour) // the newest lead of the address
		at := received.Add(time.Minute)
		exp := t0.Add(30 * 24 * time.Hour)
		l := mkLead(lead.NewID(received), "contact-sales", "jürgen.groß@example-gmbh.de", received)
		l.Fields = lead.Fields{Email: l.Email, FirstName: "Jürgen", LastName: "Groß", Company: "Groß GmbH", Country: "DE",
			Message: message, Extra: map[string]string{"favourite_colour": "grün"}}
		l.Raw = map[string]string{"E-Mail": "Jürgen.Groß@example-gmbh.de "}
		l.Context = lead.Context{IP: "203.0.113.9", UserAgent: "curl/8", ReceivedAt: received}
		l.Screening = lead.Screening{Verdict: lead.ScreenPass, Score: 12, Reasons: []lead.Reason{{Code: "free_mail", Points: 12, Detail: "x", Stage: "screening"}}}
		l.Fit = &lead.Fit{Score: 55, Grade: "B", Segment: "smb", Qualifies: true}
		l.Reasons = l.Screening.Reasons
		l.RulesVersion = "sha256:abc"
		l.ExpiresAt = &exp
		l.History = []lead.VerdictChange{{At: received, Verdict: lead.VerdictNurture, Cause: "submitted"}}
		l.PreviousID = lead.NewID(received.Add(-time.Hour))
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
		listed, err := s.ListByEmail(ctx, l.Email, 1)
		if err != nil || len(listed) != 1 || normal(t, listed[0]) != normal(t, l) {
			t.Errorf("listed: %d leads, %v", len(listed), err)
		}
		// A decision rewrites the lead: a body kept apart is replaced, and
		// the one it replaced is gone.
		prev := l.UpdatedAt
		l.UpdatedAt = at.Add(time.Minute)
		l.Fields.Message = message + " (decided)"
		if err := s.ReplaceLead(ctx, l, prev); err != nil {
			t.Fatal(err)
		}
		if err := s.ReplaceLead(ctx, l, prev); !errors.Is(err, store.ErrConflict) {
			t.Errorf("a decision on stale data: %v", err)
		}
		if got, err = s.GetLead(ctx, l.ID); err != nil || normal(t, got) != normal(t, l) {
			t.Errorf("after a decision: %v\n%s\nwant\n%s", err, normal(t, got), normal(t, l))
		}
		if n := countItems(t, s, l.ID); n != 1 && n != 2 || (n == 2) != (len(message) > 100) {
			t.Errorf("message of %d bytes: %d items after a decision", len(message), n)
		}
	}
}

// countItems counts the items under lead id's partition key.
func countItems(t *testing.T, s *store.Store, id string) int {
	t.Helper()
	out, err := s.DB().Query(context.Background(), &dynamodb.QueryInput{
		TableName: aws.String(s.Table()), KeyConditionExpression: aws.String("pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: "LEAD#" + id}},
		ConsistentRead:            aws.Bool(true),
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(out.Items)
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

// TestRoomCoversFollowUp: the room a lead item keeps for its follow-up
// (161 bytes for a lease and nurture steps, 260 for a pending sales
// hand-off) covers what the follow-up writes add, measured on the item
// each write leaves: with a lease and rev, and the values config/routing.yaml
// and SES give (owner, team, the routing reason of a lead that overflowed,
// a 60-character message id).
func TestRoomCoversFollowUp(t *testing.T) {
	at := t0.Add(time.Hour)
	size := func(l *lead.Lead, leased bool) int {
		t.Helper()
		l.Fields.Message = longMessage() // the body apart: the item is the follow-up
		item, body, err := store.ItemsOf(l)
		if err != nil || body == nil {
			t.Fatalf("items: %v, body apart %v", err, body != nil)
		}
		n := store.ItemSize(item) + len("rev") + 24
		if leased {
			n += len("lease_until") + 8 + len("lease_token") + 24
		}
		return n
	}
	nurture := func(n lead.Enrollment) *lead.Lead {
		l := mkLead(lead.NewID(t0), "partner-import", "anna.lindqvist@bageri-example.se", t0)
		l.Nurture = &n
		return l
	}
	base := lead.Enrollment{State: lead.NurtureActive, Segment: "long-term", SequenceID: "long-term", Version: "b224c9c9363bbe5d", EnrolledAt: &at, NextAt: &at}
	enrolled := size(nurture(base), false) - len("rev") - 24
	step := base
	step.Step, step.LastSentAt, step.Intent, step.Attempts = 2, &at, "2-0123456789ab", 1
	done := base
	done.State, done.Step, done.LastSentAt, done.StopReason, done.NextAt = lead.NurtureStopped, 3, &at, "completed", nil
	for name, l := range map[string]*lead.Lead{"a step under way": nurture(step), "the last step sent": nurture(done)} {
		grown := size(l, true) - enrolled
		t.Logf("nurture, %s: +%d bytes", name, grown)
		if grown > 161 {
			t.Errorf("nurture, %s: the item grew by %d bytes, room 161", name, grown)
		}
	}

	qualified := func(h lead.Handoff) *lead.Lead {
		l := mkLead(lead.NewID(t0), "partner-import", "k.becker@brandt-maschinen-example.de", t0)
		l.Verdict = lead.VerdictQualified
		l.Handoff = &h
		return l
	}
	next := t0.Add(time.Minute)
	pending := size(qualified(lead.Handoff{State: lead.HandoffPending, NextAt: &next}), false) - len("rev") - 24
	owner := lead.Handoff{Attempts: 1, Intent: "1-0123456789ab", OwnerName: "Priya Raman", OwnerEmail: "priya.raman@northwind.example", Team: "enterprise",
		Route: "rule enterprise; overflow: all capped", NextAt: &next}
	sending := owner
	sending.State = lead.HandoffSending
	sent := owner
	sent.State, sent.SentAt, sent.MessageID, sent.SpeedToLeadMS, sent.Webhook = lead.HandoffSent, &at, "010001938f3a4c7e-5b1d2f6a-7c3e-4d8b-9f0a-1e2d3c4b5a69-000000", 1234, lead.WebhookSent
	for name, grown := range map[string]int{
		"intent with the lease": size(qualified(sending), true) - pending,
		"sent":                  size(qualified(sent), false) - pending,
	} {
		t.Logf("hand-off, %s: +%d bytes", name, grown)
		if grown > 260 {
			t.Errorf("hand-off, %s: the item grew by %d bytes, room 260", name, grown)
		}
	}
}

// TestBodiesOfEveryDictionaryRead: a body names its dictionary, so the
// bodies written before a newer dictionary was added still read, and one
// naming a dictionary the store does not know fails instead of decoding to
// garbage.
func TestBodiesOfEveryDictionaryRead(t *testing.T) {
	js := []byte(`{"fields":{"email":"ana@example-co.com","first_name":"Ana"},"verdict":"nurture"}`)
	for name, dict := range map[string][]byte{"first dictionary": store.FirstBodyDict, "unknown dictionary": []byte(`{"something":"else"}`), "none": nil} {
		var z bytes.Buffer
		var zw *zlib.Writer
		var err error
		if dict == nil {
			zw, err = zlib.NewWriterLevel(&z, zlib.BestCompression)
		} else {
			zw, err = zlib.NewWriterLevelDict(&z, zlib.BestCompression, dict)
		}
		if err != nil {
			t.Fatal(err)
		}
		_, _ = zw.Write(js)
		_ = zw.Close()
		got, err := store.Decompress(z.Bytes())
		if name == "unknown dictionary" {
			if err == nil {
				t.Errorf("%s: decoded to %q", name, got)
			}
			continue
		}
		if err != nil || !bytes.Equal(got, js) {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
}

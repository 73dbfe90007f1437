package handoff_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
	"github.com/leadsieve/leadsieve/internal/app/seseventsfn"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// lostOutcomes is the real store whose writes of an outcome (any hand-off
// state but sending) fail while failing is set, as during a DynamoDB
// outage; the first failure runs onFail.
type lostOutcomes struct {
	*store.Store
	failing atomic.Bool
	onFail  func()
}

func (s *lostOutcomes) fail(ls *lead.Lease) bool {
	if !s.failing.Load() || ls.Lead.Handoff.State == lead.HandoffSending {
		return false
	}
	s.onFail()
	return true
}

func (s *lostOutcomes) Record(ctx context.Context, ls *lead.Lease, now time.Time) error {
	if s.fail(ls) {
		return fmt.Errorf("store: %w: connection refused", store.ErrUnavailable)
	}
	return s.Store.Record(ctx, ls, now)
}

func (s *lostOutcomes) Release(ctx context.Context, ls *lead.Lease, now time.Time) error {
	if s.fail(ls) {
		return fmt.Errorf("store: %w: connection refused", store.ErrUnavailable)
	}
	return s.Store.Release(ctx, ls, now)
}

// TestAcceptedSendWithLostOutcomeNotResentOnLocalStack: the whole path,
// as deployed, on the local stack. The hand-off's e-mail goes through the
// template's configuration set; the SES stand-in accepts it and publishes
// its Send event to the SNS stand-in, which invokes the SES events
// function through the Lambda Invoke API, which writes the send mark (and
// records the Delivery event that follows on it). The
// write of the outcome fails for longer than the lease, so the stored
// hand-off is an intent still sending. The worker that recovers it later
// reads the mark and records it sent: one e-mail, not two.
func TestAcceptedSendWithLostOutcomeNotResentOnLocalStack(t *testing.T) {
	ctx := context.Background()
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := samtemplate.Load(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	lambda := &invokeapi.Server{Functions: map[string]invokeapi.Function{}, RetryDelays: []time.Duration{200 * time.Millisecond}}
	defer lambda.Close()
	api := httptest.NewServer(lambda)
	defer api.Close()
	evs, err := devstack.SESEventsOf(tpl, api.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs.Destinations["SesConfigurationSet"]) != 1 || len(evs.Subscriptions[devstack.LocalTopicARN("SesNotificationsTopic")]) != 1 {
		t.Fatalf("template's SES events: %+v", evs)
	}
	st, err := devstack.Start(ctx, devstack.Options{Root: root, SESEvents: evs})
	if err != nil {
		t.Fatalf("local AWS stand-ins (node and npm are required): %v", err)
	}
	defer st.Stop()
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := devstack.CreateTables(ctx, dynamodb.NewFromConfig(cfg), tpl, func(id string) string { return id })
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"LEADS_TABLE": tables["LeadsTable"], "LOG_LEVEL": "ERROR"}
	sesEvents, err := seseventsfn.New(ctx, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	lambda.Functions["SesEventsFunction"] = func(ctx context.Context, payload []byte) ([]byte, error) {
		var ev events.SNSEvent
		if err := json.Unmarshal(payload, &ev); err != nil {
			return nil, err
		}
		return nil, sesEvents(ctx, ev)
	}

	real := store.New(dynamodb.NewFromConfig(cfg), tables["LeadsTable"])
	var skew atomic.Int64
	clock := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	s := &lostOutcomes{Store: real, onFail: func() {
		// The outage outlasts the sender's lease.
		skew.Store(int64(handoff.DefaultLeaseTTL))
	}}
	s.failing.Store(true)
	n := &handoff.Notifier{
		Mail: handoff.NewSESClient(cfg), From: mail.Address{Name: "leadsieve", Address: "leads@northwind.example"},
		DefaultTo:        mail.Address{Name: "Sales", Address: "sales@northwind.example"},
		ConfigurationSet: "SesConfigurationSet", Marks: real, Clock: clock,
	}
	now := time.Now().UTC()
	l := qualifiedLead("contact-sales", "k.becker@brandt-maschinenbau.de", now)
	if created, err := real.CreateLead(ctx, l); err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	w := &handoff.Worker{Store: s, Notifier: n, Now: func() time.Time { return now }}
	if err := w.FollowUp(ctx, l.ID); err != nil {
		t.Fatal(err)
	}
	got, err := real.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	h := got.Handoff
	if h.State != lead.HandoffSending || h.NextAt == nil {
		t.Fatalf("fixture: stored hand-off %+v; want the intent left sending", h)
	}
	sent := emailsFor(t, st, l.Email)
	if len(sent) != 1 {
		t.Fatalf("fixture: %d e-mails accepted, want 1", len(sent))
	}

	// SES's Send event reaches the store through SNS and the function.
	var m *store.SendMark
	for deadline := time.Now().Add(10 * time.Second); m == nil && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m, err = real.SentMark(ctx, l.ID, "handoff"); err != nil {
			t.Fatal(err)
		}
	}
	if m == nil || m.MessageID != sent[0].MessageID {
		t.Fatalf("send mark %+v; want SES's message id %s", m, sent[0].MessageID)
	}

	// The stand-in's Delivery event lands on the same mark, which the
	// console's lead page reads.
	var recs []store.EmailRecord
	for deadline := time.Now().Add(10 * time.Second); (len(recs) == 0 || recs[0].DeliveredAt == nil) && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if recs, err = real.SentEmails(ctx, l.ID); err != nil {
			t.Fatal(err)
		}
	}
	if len(recs) != 1 || recs[0].What != "handoff" || recs[0].MessageID != m.MessageID || recs[0].DeliveredAt == nil || recs[0].Bounce != nil {
		t.Fatalf("e-mail records %+v; want the hand-off delivered", recs)
	}

	// DynamoDB is back; the dispatcher recovers the stale intent.
	s.failing.Store(false)
	at := h.NextAt.Add(time.Second)
	n.Clock = func() time.Time { return at }
	ls, err := real.ClaimDue(ctx, l.ID, at, at, handoff.DefaultLeaseTTL)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Attempt(ctx, real, ls, at); err != nil {
		t.Fatalf("recovery: %v", err)
	}
	if err := real.Release(ctx, ls, at); err != nil {
		t.Fatal(err)
	}
	if sent := emailsFor(t, st, l.Email); len(sent) != 1 {
		t.Fatalf("%d sales e-mails, want 1: an e-mail SES accepted was sent again", len(sent))
	}
	got, err = real.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if h := got.Handoff; h.State != lead.HandoffSent || h.MessageID != m.MessageID || h.PossibleDuplicate() {
		t.Fatalf("after recovery: %+v; want sent, confirmed by SES's event", h)
	}
}

package seseventsfn_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/seseventsfn"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

func notification(t *testing.T, file string) events.SNSEventRecord {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "compliance", "sesevents", "testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return events.SNSEventRecord{EventSource: "aws:sns", SNS: events.SNSEntity{MessageID: file, Type: "Notification", Message: string(b)}}
}

// TestEventsRecordedOnSendMarks: the function, on the local DynamoDB,
// given SES's tagged Delivery, Bounce and Complaint notifications, records
// each on its lead's e-mail, without the address the bounce's diagnostic
// quotes; the bounce and the complaint still suppress their addresses; an
// untagged delivery records nothing.
func TestEventsRecordedOnSendMarks(t *testing.T) {
	ctx := context.Background()
	st := devstacktest.Stack(t)
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	tables := devstacktest.Tables(t, st)
	env := map[string]string{"LEADS_TABLE": tables["LeadsTable"], "LOG_LEVEL": "ERROR"}
	h, err := seseventsfn.New(ctx, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ev := events.SNSEvent{Records: []events.SNSEventRecord{
		notification(t, "send_event.json"), notification(t, "tagged_delivery.json"),
		notification(t, "tagged_bounce.json"), notification(t, "tagged_complaint.json"),
		notification(t, "delivery.json"),
	}}
	// SES may publish an event twice.
	for range 2 {
		if err := h(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	db := dynamodb.NewFromConfig(devstacktest.Config(t, st))
	s := store.New(db, tables["LeadsTable"])

	recs, err := s.SentEmails(ctx, "06F1QZ3K8C2M4N5P6Q7R8S9T0V")
	if err != nil || len(recs) != 1 {
		t.Fatalf("hand-off: %+v, %v", recs, err)
	}
	if r := recs[0]; r.What != "handoff" || r.MessageID != "0102019b10203040-abcd1234-5678-4abc-9def-0123456789ab-000000" ||
		r.SentAt == nil || r.SentAt.Format("15:04:05.000") != "14:05:21.337" ||
		r.DeliveredAt == nil || r.DeliveredAt.Format("15:04:05.000") != "14:05:23.006" || r.Bounce != nil || r.Complaint != nil {
		t.Errorf("hand-off record %+v", r)
	}
	recs, err = s.SentEmails(ctx, "06F1R0A1B2C3D4E5F6G7H8J9K0")
	if err != nil || len(recs) != 1 || recs[0].What != "step-1-welcome-dach" || recs[0].Bounce == nil || recs[0].DeliveredAt != nil {
		t.Fatalf("bounced step: %+v, %v", recs, err)
	}
	if b := recs[0].Bounce; b.Type != "Permanent" || b.SubType != "General" || b.Status != "5.1.1" ||
		b.Diagnostic != "smtp; 550 5.1.1 <address>: Recipient address rejected: User unknown in virtual mailbox table" {
		t.Errorf("bounce %+v", b)
	}
	recs, err = s.SentEmails(ctx, "06F1R1Z9Y8X7W6V5T4S3R2Q1P0")
	if err != nil || len(recs) != 1 || recs[0].Complaint == nil || recs[0].Complaint.FeedbackType != "abuse" {
		t.Fatalf("complained step: %+v, %v", recs, err)
	}

	for _, addr := range []string{"j.weber@brandt-maschinenbau.example", "m.keller@example.net"} {
		if sp, err := s.Suppressed(ctx, addr); err != nil || sp == nil {
			t.Errorf("%s not suppressed: %+v, %v", addr, sp, err)
		}
	}
	items, err := devstacktest.TableText(ctx, db, tables["LeadsTable"])
	if err != nil {
		t.Fatal(err)
	}
	marks := 0
	for _, it := range items {
		if !strings.HasPrefix(it.PK, "SENT#") {
			continue
		}
		marks++
		if strings.Contains(it.Text, "@") {
			t.Errorf("%s %s holds an address: %s", it.PK, it.SK, it.Text)
		}
	}
	if marks != 3 {
		t.Errorf("%d send marks, want 3 (the untagged delivery records nothing)", marks)
	}
}

package sesevents

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseFiles(t *testing.T) {
	tests := []struct {
		file     string
		want     []Event
		suppress []bool
		err      error
	}{
		{
			file: "bounce_permanent_multi.json",
			want: []Event{
				{Type: Bounce, Email: "nobody@northwind-customer.example", Permanent: true, BounceType: "Permanent", SubType: "General",
					Status: "5.1.1", Diagnostic: "smtp; 550 5.1.1 <nobody@northwind-customer.example>: Recipient address rejected: User unknown",
					At: ts("2026-03-04T10:15:42.118Z"), Sent: ts("2026-03-04T10:15:40.902Z"), MessageID: "0102019a1b2c3d4e-aaaa1111-2222-3333-4444-555566667777-000000",
					FeedbackID: "0102019a1b2c3d4e-5f60718a-9b0c-4d1e-8f2a-3b4c5d6e7f80-000000"},
				{Type: Bounce, Email: "left.company@northwind-customer.example", Permanent: true, BounceType: "Permanent", SubType: "General",
					Status: "5.1.1", Diagnostic: "smtp; 550 5.1.1 mailbox unavailable",
					At: ts("2026-03-04T10:15:42.118Z"), Sent: ts("2026-03-04T10:15:40.902Z"), MessageID: "0102019a1b2c3d4e-aaaa1111-2222-3333-4444-555566667777-000000",
					FeedbackID: "0102019a1b2c3d4e-5f60718a-9b0c-4d1e-8f2a-3b4c5d6e7f80-000000"},
			},
			suppress: []bool{true, true},
		},
		{
			file: "bounce_transient.json",
			want: []Event{{Type: Bounce, Email: "full.inbox@example.org", BounceType: "Transient", SubType: "MailboxFull",
				Status: "4.2.2", Diagnostic: "smtp; 452 4.2.2 The email account that you tried to reach is over quota",
				At: ts("2026-03-05T08:01:09.5Z"), Sent: ts("2026-03-05T08:00:58Z"), MessageID: "0102019a22334455-bbbb2222-3333-4444-5555-666677778888-000000",
				FeedbackID: "0102019a22334455-66778899-aabb-4ccd-8eef-001122334455-000000"}},
			suppress: []bool{false},
		},
		{
			file: "complaint.json",
			want: []Event{{Type: Complaint, Email: "annoyed.reader@example.net", SubType: "abuse",
				At: ts("2026-03-06T17:45:00Z"), Sent: ts("2026-03-06T09:00:03.25Z"), MessageID: "0102019a99887766-cccc3333-4444-5555-6666-777788889999-000000",
				FeedbackID: "0102019a99887766-5544aa33-2211-4000-9fed-cba987654321-000000"}},
			suppress: []bool{true},
		},
		{
			file: "delivery.json",
			want: []Event{{Type: Delivery, Email: "jane.smith@acme-gmbh.example", At: ts("2026-03-07T09:00:01.874Z"),
				Sent: ts("2026-03-07T09:00:00.1Z"), MessageID: "0102019aabcdef01-dddd4444-5555-6666-7777-88889999aaaa-000000"}},
			suppress: []bool{false},
		},
		{
			file: "event_publishing_bounce.json",
			want: []Event{{Type: Bounce, Email: "on.suppression.list@example.com", Permanent: true, BounceType: "Permanent", SubType: "Suppressed",
				Status: "5.1.1", Diagnostic: "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.",
				At: ts("2026-03-08T12:00:00.3Z"), Sent: ts("2026-03-08T12:00:00Z"), MessageID: "0102019aeeee0000-eeee5555-6666-7777-8888-9999aaaabbbb-000000",
				FeedbackID: "0102019aeeee0000-11112222-3333-4444-5555-666677778888-000000"}},
			suppress: []bool{true},
		},
		{
			file: "unknown_fields_complaint.json",
			want: []Event{
				{Type: Complaint, Email: "reader.one@example.com", At: ts("2026-03-09T07:30:00Z"),
					Sent: ts("2026-03-09T07:29:00Z"), MessageID: "0102019afff00000-ffff6666-7777-8888-9999-aaaabbbbcccc-000000", FeedbackID: "0102019afff00000-1234abcd-0000-4000-8000-aaaabbbbcccc-000000"},
				{Type: Complaint, Email: "reader.two@example.com", At: ts("2026-03-09T07:30:00Z"),
					Sent: ts("2026-03-09T07:29:00Z"), MessageID: "0102019afff00000-ffff6666-7777-8888-9999-aaaabbbbcccc-000000", FeedbackID: "0102019afff00000-1234abcd-0000-4000-8000-aaaabbbbcccc-000000"},
			},
			suppress: []bool{true, true},
		},
		{
			file: "send_event.json",
			want: []Event{{Type: Send, Email: "anna.schmidt@northwind.example", At: ts("2026-03-10T14:05:21.337Z"),
				Sent: ts("2026-03-10T14:05:21.337Z"), MessageID: "0102019b10203040-abcd1234-5678-4abc-9def-0123456789ab-000000",
				LeadID: "06F1QZ3K8C2M4N5P6Q7R8S9T0V", What: EmailHandoff}},
			suppress: []bool{false},
		},
		// Configuration-set events of tagged e-mails: the lead and the
		// e-mail come back with them.
		{
			file: "tagged_delivery.json",
			want: []Event{{Type: Delivery, Email: "anna.schmidt@northwind.example", At: ts("2026-03-10T14:05:23.006Z"), Sent: ts("2026-03-10T14:05:21.337Z"),
				MessageID: "0102019b10203040-abcd1234-5678-4abc-9def-0123456789ab-000000", LeadID: "06F1QZ3K8C2M4N5P6Q7R8S9T0V", What: EmailHandoff}},
			suppress: []bool{false},
		},
		{
			file: "tagged_bounce.json",
			want: []Event{{Type: Bounce, Email: "j.weber@brandt-maschinenbau.example", Permanent: true, BounceType: "Permanent", SubType: "General",
				Status: "5.1.1", Diagnostic: "smtp; 550 5.1.1 <j.weber@brandt-maschinenbau.example>: Recipient address rejected: User unknown in virtual mailbox table",
				At: ts("2026-03-11T08:30:02.441Z"), Sent: ts("2026-03-11T08:30:00.912Z"), MessageID: "0102019b20304050-bbbb1234-5678-4abc-9def-0123456789ab-000000",
				FeedbackID: "0102019b20304050-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000", LeadID: "06F1R0A1B2C3D4E5F6G7H8J9K0", What: "step-1-welcome-dach"}},
			suppress: []bool{true},
		},
		{
			file: "tagged_complaint.json",
			want: []Event{{Type: Complaint, Email: "m.keller@example.net", SubType: "abuse", At: ts("2026-03-12T19:12:44Z"), Sent: ts("2026-03-12T07:00:00.5Z"),
				MessageID: "0102019b30405060-cccc1234-5678-4abc-9def-0123456789ab-000000", FeedbackID: "0102019b30405060-c0c1c2c3-c4c5-4c6c-8c7c-c8c9cacbcccd-000000",
				LeadID: "06F1R1Z9Y8X7W6V5T4S3R2Q1P0", What: "step-0-general"}},
			suppress: []bool{true},
		},
		{file: "open_event.json"},
		{file: "malformed_truncated.json", err: ErrMalformed},
		{file: "bounce_no_recipients.json", err: ErrMalformed},
		{file: "unknown_type.json", err: ErrUnknownType},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(string(b))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got  %+v\nwant %+v", got, tt.want)
			}
			for i, e := range got {
				if Suppress(e) != tt.suppress[i] {
					t.Errorf("Suppress(%s %s) = %v", e.Type, e.Email, !tt.suppress[i])
				}
			}
		})
	}
}

func TestParseInline(t *testing.T) {
	tests := []struct {
		name string
		msg  string
		n    int
		err  error
	}{
		{"not json", "hello", 0, ErrMalformed},
		{"empty", "", 0, ErrMalformed},
		{"no type", `{"mail":{}}`, 0, ErrMalformed},
		{"bounce no body", `{"notificationType":"Bounce"}`, 0, ErrMalformed},
		{"complaint no body", `{"eventType":"Complaint"}`, 0, ErrMalformed},
		{"delivery no body", `{"notificationType":"Delivery"}`, 0, ErrMalformed},
		{"subscription", `{"notificationType":"AmazonSnsSubscriptionSucceeded","message":"ok"}`, 0, nil},
		{"send", `{"eventType":"Send","mail":{"messageId":"m","destination":["a@b.c"]}}`, 1, nil},
		{"send without destination", `{"eventType":"Send","mail":{"messageId":"m"}}`, 0, ErrMalformed},
		{"undetermined bounce", `{"notificationType":"Bounce","bounce":{"bounceType":"Undetermined","bouncedRecipients":[{"emailAddress":"a@b.c"}]}}`, 1, nil},
		{"bad time falls back", `{"notificationType":"Delivery","delivery":{"recipients":["a@b.c"],"timestamp":"yesterday"},"mail":{"timestamp":"2026-01-01T00:00:00Z"}}`, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.msg)
			if !errors.Is(err, tt.err) || len(got) != tt.n {
				t.Fatalf("Parse = %v, %v", got, err)
			}
		})
	}
	ev, _ := Parse(`{"notificationType":"Bounce","bounce":{"bounceType":"Undetermined","bouncedRecipients":[{"emailAddress":"a@b.c"}]}}`)
	if Suppress(ev[0]) || ev[0].Permanent {
		t.Error("undetermined bounce must not suppress")
	}
	ev, _ = Parse(`{"notificationType":"Delivery","delivery":{"recipients":["a@b.c"],"timestamp":"yesterday"},"mail":{"timestamp":"2026-01-01T00:00:00Z"}}`)
	if !ev[0].At.Equal(ts("2026-01-01T00:00:00Z")) {
		t.Errorf("fallback time = %v", ev[0].At)
	}
}

func TestTag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"06F1QZ3K8C2M4N5P6Q7R8S9T0V", "06F1QZ3K8C2M4N5P6Q7R8S9T0V"},
		{"handoff", "handoff"},
		{"welcome.de/2 ü", "welcome_de_2___"},
		{strings.Repeat("a", 300), strings.Repeat("a", 256)},
	}
	for _, tt := range tests {
		if got := Tag(tt.in); got != tt.want {
			t.Errorf("Tag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := EmailStep("welcome-dach", 2); got != "step-2-welcome-dach" {
		t.Errorf("EmailStep = %q", got)
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"smtp; 550 5.1.1 <j.weber@brandt.example>: Recipient address rejected", "smtp; 550 5.1.1 <address>: Recipient address rejected"},
		{"smtp; 550 5.1.1 J.Weber@Brandt.example... User unknown", "smtp; 550 5.1.1 <address> User unknown"},
		{"smtp; 550 mailbox unavailable (for a+b@c.example)", "smtp; 550 mailbox unavailable (for <address>)"},
		{"smtp; 552 5.2.2 over quota", "smtp; 552 5.2.2 over quota"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/bounce_permanent_multi.json")
	if err != nil {
		b.Fatal(err)
	}
	msg := string(data)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(msg); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParse: any message parses or fails without panicking; every event
// has an address, lower-cased; and a bounce's diagnostic, redacted, no
// longer holds its recipient's address in any spelling.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, msg string) {
		evs, err := Parse(msg)
		if err != nil && len(evs) != 0 {
			t.Fatalf("events with an error: %v", err)
		}
		for _, e := range evs {
			if e.Email == "" || e.Email != strings.ToLower(e.Email) {
				t.Fatalf("address %q", e.Email)
			}
			local, domain, ok := strings.Cut(e.Email, "@")
			if !ok || local == "" || domain == "" || strings.ContainsAny(e.Email, " \t\r\n<>;,:\"'()[]") {
				continue // not an address a diagnostic could quote whole
			}
			if red := strings.ToLower(Redact(e.Diagnostic)); strings.Contains(red, e.Email) {
				t.Fatalf("Redact(%q) = %q still holds %s", e.Diagnostic, red, e.Email)
			}
		}
	})
}

package devstack_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	sestypes "github.com/aws/aws-sdk-go-v2/service/ses/types"

	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// invocations is a Lambda Invoke API that keeps what it is sent.
type invocations struct {
	mu  sync.Mutex
	got []events.SNSEvent
	bad []string
}

func (v *invocations) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	v.mu.Lock()
	defer v.mu.Unlock()
	var ev events.SNSEvent
	if r.URL.Path != "/2015-03-31/functions/SesEventsFunction/invocations" || r.Header.Get("X-Amz-Invocation-Type") != "Event" || json.Unmarshal(body, &ev) != nil {
		v.bad = append(v.bad, r.URL.Path+" "+string(body))
	} else {
		v.got = append(v.got, ev)
	}
	w.WriteHeader(http.StatusAccepted)
}

func (v *invocations) wait(t *testing.T, n int) []events.SNSEvent {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		v.mu.Lock()
		got, bad := append([]events.SNSEvent(nil), v.got...), v.bad
		v.mu.Unlock()
		if len(bad) > 0 {
			t.Fatalf("unexpected invocations: %v", bad)
		}
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSESEventsReachSubscribedFunction: an e-mail sent through the
// template's configuration set makes the SES stand-in publish its Send
// and Delivery events, with the message's tags, to the SNS stand-in, which invokes the
// function subscribed to the topic with the SNS event Lambda receives. An
// e-mail without a configuration set publishes nothing. A message the
// server accepted but had not published when it stopped (in the store file,
// not in its list of published ones) is published when it starts again;
// nothing is published twice.
func TestSESEventsReachSubscribedFunction(t *testing.T) {
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := samtemplate.Load(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	inv := &invocations{}
	lambda := httptest.NewServer(inv)
	defer lambda.Close()
	evs, err := devstack.SESEventsOf(tpl, lambda.URL)
	if err != nil {
		t.Fatal(err)
	}
	topic := devstack.LocalTopicARN("SesNotificationsTopic")
	if d := evs.Destinations["SesConfigurationSet"]; len(d) != 1 || d[0].TopicARN != topic || !strings.Contains(strings.Join(d[0].Types, ","), "send") {
		t.Fatalf("destinations %+v", evs.Destinations)
	}
	if s := evs.Subscriptions[topic]; len(s) != 1 || s[0] != "SesEventsFunction" {
		t.Fatalf("subscriptions %+v", evs.Subscriptions)
	}

	// A message accepted just before the server stopped, never published.
	storeFile := filepath.Join(t.TempDir(), "ses.jsonl")
	before := `{"messageId":"accepted-before-the-stop","from":"leads@northwind.example","replyTo":[],` +
		`"destination":{"to":["anna.schmidt@northwind.example"],"cc":[],"bcc":[]},"subject":"s","body":{"text":"t"},"attachments":[],` +
		`"at":1765000000,"atMs":1765000000123,"configurationSet":"SesConfigurationSet","source":"leads@northwind.example",` +
		`"destinations":["anna.schmidt@northwind.example"],"tags":[{"name":"leadsieve-lead","value":"06F1QZ3K8C2M4N5P6Q7R8S9T0V"},{"name":"leadsieve-email","value":"handoff"}]}` + "\n"
	if err := os.WriteFile(storeFile, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := devstack.Start(ctx, devstack.Options{Root: root, SESStore: storeFile, SESEvents: evs})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Stop()
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client := ses.NewFromConfig(cfg)
	send := func(set *string) string {
		out, err := client.SendRawEmail(ctx, &ses.SendRawEmailInput{
			Source: aws.String("leads@northwind.example"), Destinations: []string{"sales@northwind.example"},
			RawMessage:           &sestypes.RawMessage{Data: []byte("From: leads@northwind.example\r\nTo: sales@northwind.example\r\nSubject: hi\r\n\r\nbody")},
			ConfigurationSetName: set,
			Tags: []sestypes.MessageTag{
				{Name: aws.String(sesevents.TagLead), Value: aws.String("06F1QZ3K8C2M4N5P6Q7R8S9T0W")},
				{Name: aws.String(sesevents.TagEmail), Value: aws.String("step-1-welcome")},
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		return *out.MessageId
	}
	id := send(aws.String("SesConfigurationSet"))
	send(nil)
	inv.wait(t, 4)
	time.Sleep(300 * time.Millisecond)
	if got := inv.wait(t, 0); len(got) != 4 {
		t.Fatalf("%d invocations, want 4 (the Send and Delivery events of the message from before the stop and of the one sent through the set)", len(got))
	}
	var seen []string
	for _, ev := range inv.wait(t, 0) {
		if len(ev.Records) != 1 {
			t.Fatalf("records %+v", ev.Records)
		}
		r := ev.Records[0]
		if r.EventSource != "aws:sns" || r.SNS.Type != "Notification" || r.SNS.TopicArn != topic || r.SNS.MessageID == "" || r.SNS.Timestamp.IsZero() {
			t.Errorf("SNS record %+v", r)
		}
		es, err := sesevents.Parse(r.SNS.Message)
		if err != nil || len(es) != 1 || (es[0].Type != sesevents.Send && es[0].Type != sesevents.Delivery) || es[0].Sent.IsZero() || es[0].At.Before(es[0].Sent) {
			t.Fatalf("SES event %v %v in %s", es, err, r.SNS.Message)
		}
		seen = append(seen, string(es[0].Type)+" "+es[0].MessageID+" "+es[0].LeadID+" "+es[0].What+" "+es[0].Email)
	}
	sort.Strings(seen)
	want := []string{
		"Send accepted-before-the-stop 06F1QZ3K8C2M4N5P6Q7R8S9T0V handoff anna.schmidt@northwind.example",
		"Delivery accepted-before-the-stop 06F1QZ3K8C2M4N5P6Q7R8S9T0V handoff anna.schmidt@northwind.example",
		"Send " + id + " 06F1QZ3K8C2M4N5P6Q7R8S9T0W step-1-welcome sales@northwind.example",
		"Delivery " + id + " 06F1QZ3K8C2M4N5P6Q7R8S9T0W step-1-welcome sales@northwind.example",
	}
	sort.Strings(want)
	if strings.Join(seen, "\n") != strings.Join(want, "\n") {
		t.Fatalf("events\n%s\nwant\n%s", strings.Join(seen, "\n"), strings.Join(want, "\n"))
	}

	// A restart publishes nothing again.
	if err := st.StopSES(); err != nil {
		t.Fatal(err)
	}
	if err := st.StartSES(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if got := inv.wait(t, 0); len(got) != 4 {
		t.Fatalf("%d invocations after a restart, want still 4", len(got))
	}

	// The SNS stand-in answers what it does not serve as SNS does.
	for _, tc := range []struct {
		form url.Values
		want int
	}{
		{url.Values{"Action": {"Subscribe"}}, http.StatusBadRequest},
		{url.Values{"Action": {"Publish"}, "TopicArn": {"arn:aws:sns:us-east-1:000000000000:Nope"}, "Message": {"x"}}, http.StatusNotFound},
		{url.Values{"Action": {"Publish"}, "TopicArn": {topic}}, http.StatusBadRequest},
	} {
		resp, err := http.PostForm(st.SNSURL, tc.form)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%v: %d, want %d", tc.form, resp.StatusCode, tc.want)
		}
	}
}

package devstack

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
)

// SNS stands in for the part of Amazon SNS the stack uses: the Publish
// action of the SNS Query API on topics of the template, each delivered to
// the Lambda functions subscribed to it through the Lambda Invoke API
// (InvokeURL, the dev server), as an asynchronous (Event) invocation whose
// payload is the SNS event Lambda receives from SNS. A delivery that fails
// (the Invoke API unreachable or refusing) is retried with backoff, as SNS
// retries deliveries to Lambda, until Close. SES's event publishing (the
// SES stand-in, with Options.SESEvents) publishes here.
type SNS struct {
	// URL is the endpoint, http://127.0.0.1:N/.
	URL string
	// Subscriptions maps a topic ARN to the functions subscribed to it.
	Subscriptions map[string][]string
	// InvokeURL is the base URL of the Lambda Invoke API.
	InvokeURL string
	// Log receives one line per failed delivery; nil discards them.
	Log io.Writer

	srv    *http.Server
	client *http.Client
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// StartSNS serves s on a free port of 127.0.0.1 until Close.
func StartSNS(s *SNS) (*SNS, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("devstack: SNS: %w", err)
	}
	s.URL = "http://" + ln.Addr().String() + "/"
	s.client = &http.Client{Timeout: 10 * time.Second}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// Close stops serving and gives up deliveries still being retried.
func (s *SNS) Close() error {
	s.cancel()
	err := s.srv.Close()
	s.wg.Wait()
	return err
}

// ServeHTTP answers the Publish action; anything else is an error, as the
// service answers an action it does not know.
func (s *SNS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || r.Method != http.MethodPost {
		snsError(w, http.StatusBadRequest, "InvalidParameter", "a POST of form parameters is expected")
		return
	}
	if a := r.PostForm.Get("Action"); a != "Publish" {
		snsError(w, http.StatusBadRequest, "InvalidAction", "action not served locally: "+truncate(a, 100))
		return
	}
	topic, msg := r.PostForm.Get("TopicArn"), r.PostForm.Get("Message")
	fns, ok := s.Subscriptions[topic]
	switch {
	case msg == "":
		snsError(w, http.StatusBadRequest, "InvalidParameter", "Empty message")
		return
	case !ok:
		snsError(w, http.StatusNotFound, "NotFound", "Topic does not exist")
		return
	}
	id := newUUID()
	ev := events.SNSEvent{Records: []events.SNSEventRecord{{
		EventVersion: "1.0", EventSource: "aws:sns", EventSubscriptionArn: topic + ":" + newUUID(),
		SNS: events.SNSEntity{
			Type: "Notification", MessageID: id, TopicArn: topic, Subject: r.PostForm.Get("Subject"), Message: msg,
			Timestamp: time.Now().UTC(), SignatureVersion: "1",
			// Not signed: nothing locally verifies it (a function
			// subscribed through Lambda trusts its invoker).
			Signature:         "",
			SigningCertURL:    s.URL + "SimpleNotificationService.pem",
			UnsubscribeURL:    s.URL + "?Action=Unsubscribe&SubscriptionArn=" + url.QueryEscape(topic),
			MessageAttributes: map[string]any{},
		},
	}}}
	payload, err := json.Marshal(ev)
	if err != nil {
		snsError(w, http.StatusInternalServerError, "InternalError", err.Error())
		return
	}
	for _, fn := range fns {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.deliver(fn, payload)
		}()
	}
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprintf(w, `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>%s</MessageId></PublishResult><ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata></PublishResponse>`, id, newUUID())
}

// deliver invokes fn asynchronously with payload until the Invoke API
// accepts it (202) or the stand-in closes: at first at once, then after
// waits doubling from 100 ms to 20 s.
func (s *SNS) deliver(fn string, payload []byte) {
	wait := 100 * time.Millisecond
	for {
		err := s.invoke(fn, payload)
		if err == nil {
			return
		}
		if s.Log != nil {
			fmt.Fprintf(s.Log, "sns: delivery to %s failed, retried in %s: %v\n", fn, wait, err)
		}
		select {
		case <-s.ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 20*time.Second)
	}
}

func (s *SNS) invoke(fn string, payload []byte) error {
	u := strings.TrimRight(s.InvokeURL, "/") + "/2015-03-31/functions/" + url.PathEscape(fn) + "/invocations"
	req, err := http.NewRequestWithContext(s.ctx, http.MethodPost, u, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("X-Amz-Invocation-Type", "Event")
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("invoke %s: %s", fn, resp.Status)
	}
	return nil
}

func snsError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "text/xml")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>%s</RequestId></ErrorResponse>`,
		code, html.EscapeString(msg), newUUID())
}

func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

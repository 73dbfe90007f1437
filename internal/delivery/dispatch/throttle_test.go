package dispatch_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/smithy-go"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// sesError is an SES API error wrapped the way the SDK returns it.
func sesError(code, msg string) error {
	return &smithy.OperationError{ServiceID: "SES", OperationName: "SendRawEmail",
		Err: &smithy.GenericAPIError{Code: code, Message: msg, Fault: smithy.FaultClient}}
}

func TestThrottled(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"Throttling", sesError("Throttling", "Maximum sending rate exceeded."), true},
		{"ThrottlingException", sesError("ThrottlingException", "Rate exceeded"), true},
		{"daily quota", sesError("Throttling", "Daily message quota exceeded."), true},
		{"rate message under another code", sesError("ServiceUnavailable", "Maximum sending rate exceeded."), true},
		{"wrapped by the sender", fmt.Errorf("ses send: %w", sesError("Throttling", "Maximum sending rate exceeded.")), true},
		{"bare API error", &smithy.GenericAPIError{Code: "Throttling"}, true},
		{"message rejected", sesError("MessageRejected", "Email address is not verified."), false},
		{"service unavailable", sesError("ServiceUnavailable", "Service Unavailable"), false},
		{"not an API error", errors.New("Throttling: Maximum sending rate exceeded"), false},
		{"network error", fmt.Errorf("ses send: %w", errors.New("dial tcp 127.0.0.1:8005: connect: connection refused")), false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dispatch.Throttled(tc.err); got != tc.want {
				t.Fatalf("Throttled(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

// throttlingSES accepts budget messages, then answers every send with
// fail (like SES past its send rate) until budget is raised again.
type throttlingSES struct {
	mu     sync.Mutex
	budget int // < 0: unlimited
	fail   error
	calls  int
	sent   map[string]int
}

func (f *throttlingSES) SendRawEmail(ctx context.Context, in *ses.SendRawEmailInput, _ ...func(*ses.Options)) (*ses.SendRawEmailOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.budget == 0 {
		return nil, f.fail
	}
	if f.budget > 0 {
		f.budget--
	}
	f.sent[in.Destinations[0]]++
	return &ses.SendRawEmailOutput{MessageId: aws.String("m-" + strconv.Itoa(f.calls))}, nil
}

func (f *throttlingSES) setBudget(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.budget = n
}

func (f *throttlingSES) counts() (calls, sent int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.sent {
		sent += c
	}
	return f.calls, sent
}

type throttleFixture struct {
	st      *store.Store
	ses     *throttlingSES
	d       *dispatch.Dispatcher
	nurture []string // ids of leads with a nurture step due
	handoff []string // ids of leads with a sales hand-off due
	emails  map[string]string
}

const (
	salesInbox = "sales@northwind.example"
	workers    = 4
)

func newThrottleFixture(t *testing.T, nNurture, nHandoff int, fail error) *throttleFixture {
	t.Helper()
	stack := devstacktest.Stack(t)
	tables := devstacktest.Tables(t, stack)
	st := store.New(dynamodb.NewFromConfig(devstacktest.Config(t, stack)), tables["LeadsTable"])
	seqs, err := nurture.LoadFS(config.Sequences())
	if err != nil {
		t.Fatal(err)
	}
	cat, err := nurture.NewCatalog(seqs, nurture.DefaultSegments)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := unsubscribe.NewSigner([]byte("throttle-test-secret-0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	f := &throttleFixture{st: st, ses: &throttlingSES{budget: -1, fail: fail, sent: map[string]int{}}, emails: map[string]string{}}
	f.d = &dispatch.Dispatcher{
		Store: st, Mail: f.ses, Unsub: signer,
		Handoff: &handoff.Notifier{Mail: f.ses, From: mail.Address{Address: "leads@northwind.example"},
			DefaultTo: mail.Address{Address: salesInbox}},
		Catalog: func(context.Context) (*nurture.Catalog, error) { return cat, nil },
		BaseURL: "https://u.example.com", PostalAddress: "1 Example Street, Example City",
		Rate: 10000, Workers: workers, PageSize: 7,
	}
	ctx := context.Background()
	enrolled := wednesdayNoon.Add(-24 * time.Hour)
	for i := range nNurture + nHandoff {
		email := fmt.Sprintf("throttle%03d@example.org", i)
		due := wednesdayNoon.Add(-time.Duration(i+1) * time.Minute)
		l := &lead.Lead{ID: lead.NewID(enrolled.Add(time.Duration(i) * time.Millisecond)), FormID: "contact-sales", Email: email,
			Fields:     lead.Fields{Email: email, FirstName: "Ana", Company: "Example", Country: "GB"},
			ReceivedAt: enrolled, UpdatedAt: enrolled, SchemaVersion: lead.SchemaVersion}
		if i < nNurture {
			l.Verdict = lead.VerdictNurture
			l.Nurture = &lead.Enrollment{State: lead.NurtureActive, Segment: "general", SequenceID: "general", EnrolledAt: &enrolled, NextAt: &due}
			f.nurture = append(f.nurture, l.ID)
		} else {
			l.Verdict = lead.VerdictQualified
			l.Handoff = &lead.Handoff{State: lead.HandoffPending, Attempts: 1, LastError: "intake: ses send: timeout", NextAt: &due}
			f.handoff = append(f.handoff, l.ID)
		}
		f.emails[l.ID] = email
		if created, err := st.CreateLead(ctx, l); err != nil || !created {
			t.Fatalf("create: %v %v", created, err)
		}
	}
	return f
}

// due counts the leads due at now.
func (f *throttleFixture) due(t *testing.T, now time.Time) int {
	t.Helper()
	n := 0
	for shard := range store.DueShards {
		var start string
		for {
			p, err := f.st.QueryDue(context.Background(), shard, now, 100, start)
			if err != nil {
				t.Fatal(err)
			}
			n += len(p.Refs)
			if p.Next == "" {
				break
			}
			start = p.Next
		}
	}
	return n
}

// TestThrottlingStopsPass: once SES throttles, the pass stops sending; what
// it did not send stays due, no attempt is used up, and a later pass sends
// the rest: nothing lost, nothing doubled.
func TestThrottlingStopsPass(t *testing.T) {
	for _, tc := range []struct {
		name   string
		budget int
		fail   error
	}{
		{"rate exceeded after 5", 5, sesError("Throttling", "Maximum sending rate exceeded.")},
		{"ThrottlingException at once", 0, fmt.Errorf("wrapped: %w", sesError("ThrottlingException", "Rate exceeded"))},
		{"rate exceeded after 17", 17, sesError("Throttling", "Maximum sending rate exceeded.")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const nNurture, nHandoff = 24, 6
			const total = nNurture + nHandoff
			f := newThrottleFixture(t, nNurture, nHandoff, tc.fail)
			ctx := context.Background()
			now := wednesdayNoon
			f.ses.setBudget(tc.budget)

			s1, err := f.d.Pass(ctx, now)
			if err != nil {
				t.Fatal(err)
			}
			calls, sent := f.ses.counts()
			if !s1.Throttled || s1.Emails() != tc.budget || sent != tc.budget {
				t.Fatalf("throttled pass: %+v, %d sent; want throttled after %d", s1, sent, tc.budget)
			}
			// Only the sends already under way when the first throttle
			// came back may hit SES again, not every due item.
			if calls-sent > workers {
				t.Fatalf("%d throttled sends in one pass (%d workers): the pass kept sending", calls-sent, workers)
			}
			if s1.StepErr != 0 || s1.HandoffErr != 0 || s1.Stopped != 0 {
				t.Fatalf("throttling counted as send failures: %+v", s1)
			}
			if got := f.due(t, now); got != total-tc.budget {
				t.Fatalf("%d leads due after the throttled pass, want %d", got, total-tc.budget)
			}
			for _, id := range f.handoff {
				l, err := f.st.GetLead(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				h := l.Handoff
				if h.State == lead.HandoffPending && (h.Attempts != 1 || h.NextAt == nil || h.NextAt.After(now)) {
					t.Errorf("throttled hand-off lost its place: %+v", h)
				}
			}

			// SES recovers: the next pass sends exactly the rest.
			f.ses.setBudget(-1)
			s2, err := f.d.Pass(ctx, now.Add(time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			if s2.Throttled || s2.Emails() != total-tc.budget {
				t.Fatalf("recovery pass: %+v, want %d emails", s2, total-tc.budget)
			}
			if s3, err := f.d.Pass(ctx, now.Add(2*time.Minute)); err != nil || s3.Emails() != 0 {
				t.Fatalf("third pass: %+v, %v; want nothing", s3, err)
			}
			f.ses.mu.Lock()
			defer f.ses.mu.Unlock()
			for _, id := range f.nurture {
				if c := f.ses.sent[f.emails[id]]; c != 1 {
					t.Errorf("lead %s got %d nurture emails, want 1", id, c)
				}
				l, _ := f.st.GetLead(ctx, id)
				if n := l.Nurture; n.State != lead.NurtureActive || n.Step != 1 || n.Attempts != 0 || n.LastError != "" {
					t.Errorf("enrollment after recovery: %+v", n)
				}
			}
			if c := f.ses.sent[salesInbox]; c != nHandoff {
				t.Errorf("%d sales emails, want %d", c, nHandoff)
			}
			for _, id := range f.handoff {
				l, _ := f.st.GetLead(ctx, id)
				if h := l.Handoff; h.State != lead.HandoffSent || h.Attempts != 2 || h.LastError != "" {
					t.Errorf("hand-off after recovery: %+v (one failed attempt at intake, then sent)", h)
				}
			}
		})
	}
}

// TestOtherSendErrorsDoNotStopPass: an error that is not throttling fails
// only its own lead; the pass goes on and every lead gets its backoff.
func TestOtherSendErrorsDoNotStopPass(t *testing.T) {
	const nNurture, nHandoff = 10, 4
	f := newThrottleFixture(t, nNurture, nHandoff, sesError("MessageRejected", "Email address is not verified."))
	f.ses.setBudget(0)
	ctx := context.Background()
	s, err := f.d.Pass(ctx, wednesdayNoon)
	if err != nil {
		t.Fatal(err)
	}
	calls, sent := f.ses.counts()
	if s.Throttled || calls != nNurture+nHandoff || sent != 0 || s.StepErr != nNurture || s.HandoffErr != nHandoff {
		t.Fatalf("pass %+v with %d calls; want every lead attempted once and failed", s, calls)
	}
	if got := f.due(t, wednesdayNoon); got != 0 {
		t.Fatalf("%d leads still due at once after failing; want all backed off", got)
	}
	for _, id := range f.handoff {
		l, _ := f.st.GetLead(ctx, id)
		if h := l.Handoff; h.State != lead.HandoffPending || h.Attempts != 2 || h.NextAt == nil || !h.NextAt.After(wednesdayNoon) {
			t.Errorf("hand-off after a rejected send: %+v", h)
		}
	}
}

// TestSendWindowAtSendTime: steps that fell due inside the send window but
// are picked up after it closed are not sent at night; they wait for the
// next opening and go out then, once.
func TestSendWindowAtSendTime(t *testing.T) {
	sent := func(f *throttleFixture) int { _, n := f.ses.counts(); return n }
	f := newThrottleFixture(t, 3, 0, nil)
	ctx := context.Background()
	// general.yaml sends 09:00-17:00 on weekdays; the leads are in GB.
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	late := time.Date(2026, 10, 7, 18, 19, 0, 0, london) // Wednesday evening
	st, err := f.d.Pass(ctx, late)
	if err != nil {
		t.Fatal(err)
	}
	if st.StepsSent != 0 || st.Deferred != 3 || sent(f) != 0 {
		t.Fatalf("pass at 18:19 sent %d (SES saw %d), deferred %d; want 0 sent, 3 deferred", st.StepsSent, sent(f), st.Deferred)
	}
	opening := time.Date(2026, 10, 8, 9, 0, 0, 0, london)
	for _, id := range f.nurture {
		l, err := f.st.GetLead(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if n := l.Nurture; n == nil || n.NextAt == nil || !n.NextAt.Equal(opening) || n.Step != 0 {
			t.Fatalf("lead %s rescheduled to %+v, want step 0 at %s", id, n, opening)
		}
	}
	if st, err := f.d.Pass(ctx, opening.Add(-time.Minute)); err != nil || st.StepsSent != 0 {
		t.Fatalf("pass before the opening sent %d (%v)", st.StepsSent, err)
	}
	st, err = f.d.Pass(ctx, opening.Add(time.Minute))
	if err != nil || st.StepsSent != 3 || sent(f) != 3 {
		t.Fatalf("pass after the opening: sent %d, SES saw %d (%v); want 3", st.StepsSent, sent(f), err)
	}
}

package store_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

func newStore(t *testing.T) *store.Store {
	t.Helper()
	st := devstacktest.Stack(t)
	tables := devstacktest.Tables(t, st)
	return store.New(dynamodb.NewFromConfig(devstacktest.Config(t, st)), tables["LeadsTable"])
}

var t0 = time.Date(2026, 10, 3, 14, 22, 5, 0, time.UTC)

func mkLead(id, form, email string, at time.Time) *lead.Lead {
	return &lead.Lead{ID: id, FormID: form, Email: email, Fields: lead.Fields{Email: email, FirstName: "Ana"},
		Verdict: lead.VerdictNurture, ReceivedAt: at, UpdatedAt: at, SchemaVersion: lead.SchemaVersion}
}

func TestLeadRoundTripAndIndexes(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	for i := range 5 {
		l := mkLead(lead.NewID(t0.Add(time.Duration(i)*time.Minute)), "contact-sales", "ana@example-co.com", t0.Add(time.Duration(i)*time.Minute))
		if i == 4 {
			l.FormID = "newsletter"
		}
		created, err := s.CreateLead(ctx, l)
		if err != nil || !created {
			t.Fatalf("create %d: %v %v", i, created, err)
		}
		again, err := s.CreateLead(ctx, l)
		if err != nil || again {
			t.Fatalf("second create of the same id must not write: %v %v", again, err)
		}
	}
	p1, err := s.ListByForm(ctx, "contact-sales", 3, "")
	if err != nil || len(p1.Leads) != 3 || p1.Next == "" {
		t.Fatalf("page 1: %d leads, next %q, %v", len(p1.Leads), p1.Next, err)
	}
	if !p1.Leads[0].ReceivedAt.After(p1.Leads[1].ReceivedAt) {
		t.Error("not newest first")
	}
	p2, err := s.ListByForm(ctx, "contact-sales", 3, p1.Next)
	if err != nil || len(p2.Leads) != 1 {
		t.Fatalf("page 2: %d leads, %v", len(p2.Leads), err)
	}
	byEmail, err := s.ListByEmail(ctx, "ana@example-co.com", 10)
	if err != nil || len(byEmail) != 5 {
		t.Fatalf("by email: %d, %v", len(byEmail), err)
	}
	got, err := s.GetLead(ctx, p2.Leads[0].ID)
	if err != nil || got.Fields.FirstName != "Ana" || !got.ReceivedAt.Equal(p2.Leads[0].ReceivedAt) {
		t.Fatalf("get: %+v %v", got, err)
	}
	if _, err := s.GetLead(ctx, lead.NewID(t0)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing lead: %v", err)
	}
	if _, err := s.ListByForm(ctx, "contact-sales", 3, "garbage!"); !errors.Is(err, store.ErrBadCursor) {
		t.Fatalf("bad cursor: %v", err)
	}
}

func TestClaim(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	id, err := s.Claim(ctx, "f", "h1", "A", 10*time.Minute, t0)
	if err != nil || id != "A" {
		t.Fatalf("first claim: %q %v", id, err)
	}
	if id, _ := s.Claim(ctx, "f", "h1", "B", 10*time.Minute, t0.Add(time.Minute)); id != "A" {
		t.Fatalf("repeat within window got %q, want A", id)
	}
	if id, _ := s.Claim(ctx, "f", "h1", "C", 10*time.Minute, t0.Add(11*time.Minute)); id != "C" {
		t.Fatalf("after the window got %q, want C", id)
	}
	if id, _ := s.Claim(ctx, "g", "h1", "D", 10*time.Minute, t0); id != "D" {
		t.Fatalf("another form's key got %q, want D", id)
	}
}

func TestCounters(t *testing.T) {
	c := newStore(t).Counters()
	ctx := context.Background()
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Incr(ctx, "ip:203.0.113.7", time.Hour, t0); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	n, err := c.Incr(ctx, "ip:203.0.113.7", time.Hour, t0.Add(time.Minute))
	if err != nil || n != 11 {
		t.Fatalf("count = %d, %v; want 11 (atomic increments)", n, err)
	}
	if n, _ := c.Incr(ctx, "ip:203.0.113.7", time.Hour, t0.Add(2*time.Hour)); n != 1 {
		t.Fatalf("next window starts at 1, got %d", n)
	}
	for i, member := range []string{"a@x.co", "b@x.co", "a@x.co", "c@x.co"} {
		n, err := c.AddDistinct(ctx, "msg:hash", member, time.Hour, t0)
		want := []int64{1, 2, 2, 3}[i]
		if err != nil || n != want {
			t.Fatalf("AddDistinct #%d = %d, %v; want %d", i, n, err, want)
		}
	}
	first, err := c.FirstUse(ctx, "token:n1", "", time.Hour, t0)
	if err != nil || !first {
		t.Fatalf("first use: %v %v", first, err)
	}
	for i := range 3 {
		if again, _ := c.FirstUse(ctx, "token:n1", "", time.Hour, t0.Add(time.Duration(i)*time.Minute)); again {
			t.Fatal("replay reported as first use")
		}
	}
	if later, _ := c.FirstUse(ctx, "token:n1", "", time.Hour, t0.Add(2*time.Hour)); !later {
		t.Fatal("after ttl the key is usable again")
	}
	// A mark recorded for an owner lets that owner use it again (a request
	// taking over its own submission's claim), and nobody else.
	if first, err := c.FirstUse(ctx, "token:n2", "lead-A", time.Hour, t0); err != nil || !first {
		t.Fatalf("owned first use: %v %v", first, err)
	}
	for _, tc := range []struct {
		owner string
		want  bool
	}{{"lead-A", true}, {"lead-B", false}, {"", false}, {"lead-A", true}} {
		if got, err := c.FirstUse(ctx, "token:n2", tc.owner, time.Hour, t0.Add(time.Minute)); err != nil || got != tc.want {
			t.Fatalf("use by %q = %v %v, want %v", tc.owner, got, err, tc.want)
		}
	}
}

// holderReturningDB answers every PutItem the way DynamoDB answers a put
// that failed its condition with ReturnValuesOnConditionCheckFailure set:
// with the item as it stands. Any read is a test failure.
type holderReturningDB struct {
	store.DB
	t      *testing.T
	holder string
}

func (d holderReturningDB) PutItem(ctx context.Context, in *dynamodb.PutItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	if in.ReturnValuesOnConditionCheckFailure != types.ReturnValuesOnConditionCheckFailureAllOld {
		d.t.Error("claim does not ask for the item that failed its condition")
	}
	return nil, &types.ConditionalCheckFailedException{Message: aws.String("held"),
		Item: map[string]types.AttributeValue{"lead_id": &types.AttributeValueMemberS{Value: d.holder}}}
}

func (d holderReturningDB) GetItem(context.Context, *dynamodb.GetItemInput, ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	d.t.Error("a claim read the key back although the failed put returned its holder")
	return &dynamodb.GetItemOutput{}, nil
}

// TestClaimLearnsHolderFromFailedPut: on DynamoDB a repeat learns the
// first id from its failed put, without a read (the local stand-in does
// not return the item, so TestClaim covers the read).
func TestClaimLearnsHolderFromFailedPut(t *testing.T) {
	s := store.New(holderReturningDB{t: t, holder: "01FIRST"}, "leads")
	got, err := s.Claim(context.Background(), "contact", "h", "01SECOND", time.Minute, t0)
	if err != nil || got != "01FIRST" {
		t.Fatalf("claim = %q, %v; want the holder 01FIRST", got, err)
	}
}

// TestRecallByEmail: the person's newest ids, newest first, at most n, and
// the newest lead whole; nothing for a stranger.
func TestRecallByEmail(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	var want []string
	for i := range 4 {
		at := t0.Add(time.Duration(i) * time.Hour)
		l := mkLead(lead.NewID(at), "contact-sales", "recall@example-co.com", at)
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
		want = append([]string{l.ID}, want...)
	}
	ids, latest, err := s.RecallByEmail(ctx, "recall@example-co.com", 3)
	if err != nil || !slices.Equal(ids, want[:3]) || latest == nil || latest.ID != want[0] || latest.Fields.FirstName != "Ana" {
		t.Fatalf("recall: %v %+v %v, want %v", ids, latest, err, want[:3])
	}
	if ids, latest, err := s.RecallByEmail(ctx, "nobody@example-co.com", 3); err != nil || ids != nil || latest != nil {
		t.Fatalf("stranger: %v %v %v", ids, latest, err)
	}
}

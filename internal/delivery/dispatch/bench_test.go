package dispatch_test

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

// countingDB counts every DynamoDB request the store makes.
type countingDB struct {
	*dynamodb.Client
	n atomic.Int64
}

func (c *countingDB) PutItem(ctx context.Context, in *dynamodb.PutItemInput, o ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	c.n.Add(1)
	return c.Client.PutItem(ctx, in, o...)
}
func (c *countingDB) GetItem(ctx context.Context, in *dynamodb.GetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	c.n.Add(1)
	return c.Client.GetItem(ctx, in, o...)
}
func (c *countingDB) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, o ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	c.n.Add(1)
	return c.Client.UpdateItem(ctx, in, o...)
}
func (c *countingDB) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	c.n.Add(1)
	return c.Client.DeleteItem(ctx, in, o...)
}
func (c *countingDB) Query(ctx context.Context, in *dynamodb.QueryInput, o ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	c.n.Add(1)
	return c.Client.Query(ctx, in, o...)
}
func (c *countingDB) Scan(ctx context.Context, in *dynamodb.ScanInput, o ...func(*dynamodb.Options)) (*dynamodb.ScanOutput, error) {
	c.n.Add(1)
	return c.Client.Scan(ctx, in, o...)
}

// fakeSES accepts every message (the benchmark measures the dispatcher and
// DynamoDB, not the SES stand-in).
type fakeSES struct {
	mu   sync.Mutex
	sent map[string]int
}

func (f *fakeSES) SendRawEmail(ctx context.Context, in *ses.SendRawEmailInput, _ ...func(*ses.Options)) (*ses.SendRawEmailOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent[in.Destinations[0]]++
	return &ses.SendRawEmailOutput{MessageId: aws.String(strconv.Itoa(len(f.sent)))}, nil
}

var wednesdayNoon = time.Date(2026, 10, 7, 12, 0, 0, 0, time.UTC)

// seed writes n nurture leads whose first step is due, with BatchWriteItem.
func seed(b *testing.B, db *dynamodb.Client, table string, n int) {
	b.Helper()
	ctx := context.Background()
	enrolled := wednesdayNoon.Add(-24 * time.Hour)
	due := wednesdayNoon.Add(-time.Hour)
	var batch []types.WriteRequest
	flush := func() {
		req := map[string][]types.WriteRequest{table: batch}
		for len(req[table]) > 0 {
			out, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: req})
			if err != nil {
				b.Fatal(err)
			}
			req = out.UnprocessedItems
		}
		batch = batch[:0]
	}
	for i := range n {
		email := fmt.Sprintf("bench%05d@example.org", i)
		l := &lead.Lead{ID: lead.NewID(enrolled.Add(time.Duration(i) * time.Millisecond)), FormID: "contact-sales", Email: email,
			Fields:  lead.Fields{Email: email, FirstName: "Bench", Company: "Example", Country: "GB"},
			Verdict: lead.VerdictNurture, ReceivedAt: enrolled, UpdatedAt: enrolled, SchemaVersion: lead.SchemaVersion,
			Nurture: &lead.Enrollment{State: lead.NurtureActive, Segment: "general", SequenceID: "general", EnrolledAt: &enrolled, NextAt: &due}}
		due := due.Add(-time.Duration(i) * time.Millisecond) // steps fall due over time, not all at once
		l.Nurture.NextAt = &due
		items, err := store.LeadItems(l)
		if err != nil {
			b.Fatal(err)
		}
		for _, item := range items {
			batch = append(batch, types.WriteRequest{PutRequest: &types.PutRequest{Item: item}})
		}
		if len(batch) >= 24 {
			flush()
		}
	}
	if len(batch) > 0 {
		flush()
	}
}

// BenchmarkDispatchPass10k seeds 10,000 due nurture steps into the local
// DynamoDB and runs dispatcher passes until every one is sent.
func BenchmarkDispatchPass10k(b *testing.B) {
	if testing.Short() {
		b.Skip("seeds 10,000 leads into the local DynamoDB")
	}
	const n = 10000
	st := devstacktest.Stack(b)
	cfg := devstacktest.Config(b, st)
	raw := dynamodb.NewFromConfig(cfg)
	seqs, err := nurture.LoadFS(config.Sequences())
	if err != nil {
		b.Fatal(err)
	}
	cat, err := nurture.NewCatalog(seqs, nurture.DefaultSegments)
	if err != nil {
		b.Fatal(err)
	}
	signer, err := unsubscribe.NewSigner([]byte("bench-secret-0123456789abcdef"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var requests, emails int64
	var elapsed time.Duration
	for range b.N {
		b.StopTimer()
		tables := devstacktest.Tables(b, st)
		seed(b, raw, tables["LeadsTable"], n)
		db := &countingDB{Client: raw}
		mailer := &fakeSES{sent: map[string]int{}}
		d := &dispatch.Dispatcher{
			Store: store.New(db, tables["LeadsTable"]), Mail: mailer, Unsub: signer,
			Catalog: func(context.Context) (*nurture.Catalog, error) { return cat, nil },
			BaseURL: "https://u.example.com", PostalAddress: "1 Example Street, Example City",
			Rate: 100000, Workers: 16, PageSize: 500,
		}
		b.StartTimer()
		start := time.Now()
		sent := 0
		for pass := 0; sent < n; pass++ {
			if pass > 20 {
				b.Fatalf("only %d of %d sent after %d passes", sent, n, pass)
			}
			s, err := d.Pass(context.Background(), wednesdayNoon)
			if err != nil {
				b.Fatal(err)
			}
			sent += s.StepsSent
			b.Logf("pass %d: %+v", pass, s)
		}
		elapsed += time.Since(start)
		b.StopTimer()
		if len(mailer.sent) != n {
			b.Fatalf("%d distinct recipients, want %d", len(mailer.sent), n)
		}
		for addr, c := range mailer.sent {
			if c != 1 {
				b.Fatalf("%s got %d emails", addr, c)
			}
		}
		requests += db.n.Load()
		emails += int64(sent)
		b.StartTimer()
	}
	b.ReportMetric(float64(requests)/float64(emails), "ddb-requests/email")
	b.ReportMetric(float64(emails)/elapsed.Seconds(), "emails/s")
}

package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// countingDB is the SDK's client counting the items its reads return, so
// that the scale test can say what each page read.
type countingDB struct {
	*dynamodb.Client
	items atomic.Int64
}

func (c *countingDB) GetItem(ctx context.Context, in *dynamodb.GetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	out, err := c.Client.GetItem(ctx, in, opts...)
	if err == nil && out.Item != nil {
		c.items.Add(1)
	}
	return out, err
}

func (c *countingDB) Query(ctx context.Context, in *dynamodb.QueryInput, opts ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	out, err := c.Client.Query(ctx, in, opts...)
	if err == nil {
		c.items.Add(int64(len(out.Items)))
	}
	return out, err
}

func (c *countingDB) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	out, err := c.Client.BatchGetItem(ctx, in, opts...)
	if err == nil {
		for _, items := range out.Responses {
			c.items.Add(int64(len(items)))
		}
	}
	return out, err
}

// TestConsoleAtScale seeds the local DynamoDB server as `leadctl dev
// seed` does and times each console page: not part of make test (seeding
// 100,000 leads takes minutes), run with LEADSIEVE_SCALE=1;
// LEADSIEVE_SCALE_LEADS sets the number of leads (100,000 by default).
// docs/performance.md, "Console at 100,000 leads", has the command and
// the figures.
func TestConsoleAtScale(t *testing.T) {
	if os.Getenv("LEADSIEVE_SCALE") != "1" {
		t.Skip("set LEADSIEVE_SCALE=1 to seed the local server and time the console's pages")
	}
	n := 100_000
	if v := os.Getenv("LEADSIEVE_SCALE_LEADS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("LEADSIEVE_SCALE_LEADS=%q is not a positive number", v)
		}
	}
	const requests = 50
	st := devstacktest.Stack(t)
	tables := devstacktest.Tables(t, st)
	db := &countingDB{Client: dynamodb.NewFromConfig(devstacktest.Config(t, st))}
	s := store.New(db, tables["LeadsTable"])
	ctx := context.Background()
	forms := []string{"contact-sales", "newsletter", "partner-import"}
	until := time.Now().UTC().Add(-10 * time.Minute).Truncate(time.Second)
	plan := seedPlan{n: n, days: 90, seed: 1, until: until, forms: forms}

	started := time.Now()
	leads := plan.make()
	if err := seedWrite(ctx, s, leads); err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded %d leads in %s", n, time.Since(started).Round(time.Second))
	started = time.Now()
	for _, f := range forms {
		if _, err := seedRollUp(ctx, s, f, until.AddDate(0, 0, -plan.days), until); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("rolled up in %s", time.Since(started).Round(time.Second))
	for i := range 500 {
		e := lead.Audit{At: until.Add(time.Duration(i) * time.Second), Subject: "sub-rev", Actor: "rita", Action: "decide",
			LeadID: leads[i*len(leads)/500].ID, Detail: "verdict nurture"}
		if err := s.AppendAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}

	p := &console.Pages{Leads: s, Saver: s, Audit: s, Forms: console.FixedForms(forms...), JunkRetention: 30 * 24 * time.Hour}
	mux := http.NewServeMux()
	p.Register(mux)
	admin := console.User{Subject: "sub-admin", Name: "ada", Groups: []console.Group{console.GroupAdmin}}
	pages := []struct {
		name string
		path func(i int) string
	}{
		{"leads search (form)", func(int) string { return "/console/api/leads?form=contact-sales" }},
		{"leads search (form, verdict, company)", func(int) string {
			return "/console/api/leads?form=contact-sales&verdict=qualified&company=acme"
		}},
		{"lead page", func(i int) string { return "/console/api/leads/" + leads[(i*7919)%len(leads)].ID }},
		{"review queue", func(int) string { return "/console/api/review?form=contact-sales" }},
		{"near misses", func(int) string { return "/console/api/near-misses?form=contact-sales" }},
		{"reports, 90 days, all forms", func(int) string {
			return "/console/api/reports?from=" + until.AddDate(0, 0, -89).Format(time.DateOnly) + "&to=" + until.Format(time.DateOnly)
		}},
		{"audit", func(int) string { return "/console/api/audit" }},
	}
	var report strings.Builder
	fmt.Fprintf(&report, "%d leads, %d requests a page (HTML fragments)\n| Page | p50 | p95 | max | items read |\n|---|---:|---:|---:|---:|\n", n, requests)
	for _, pg := range pages {
		var times []time.Duration
		var items []int64
		for i := range requests {
			r := httptest.NewRequest(http.MethodGet, pg.path(i), nil)
			r.Header.Set("HX-Request", "true")
			r = r.WithContext(console.WithUser(r.Context(), admin))
			w := httptest.NewRecorder()
			before := db.items.Load()
			t0 := time.Now()
			mux.ServeHTTP(w, r)
			times = append(times, time.Since(t0))
			items = append(items, db.items.Load()-before)
			if w.Code != http.StatusOK {
				t.Fatalf("%s: status %d: %s", pg.name, w.Code, w.Body)
			}
		}
		slices.Sort(times)
		slices.Sort(items)
		ms := func(d time.Duration) string {
			return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64) + " ms"
		}
		itemRange := strconv.FormatInt(items[0], 10)
		if items[len(items)-1] != items[0] {
			itemRange += "–" + strconv.FormatInt(items[len(items)-1], 10)
		}
		fmt.Fprintf(&report, "| %s | %s | %s | %s | %s |\n", pg.name, ms(times[len(times)/2]), ms(times[(len(times)*95+99)/100-1]), ms(times[len(times)-1]), itemRange)
	}
	t.Log("\n" + report.String())
}

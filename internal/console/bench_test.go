package console_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// BenchmarkPagesOnDynamoDB times the console's heaviest pages on the local
// DynamoDB server holding 2,000 leads of one form: a filtered search page
// (50 leads read), the review queue's first page (100 read) and a lead
// page.
func BenchmarkPagesOnDynamoDB(b *testing.B) {
	st := devstacktest.Stack(b)
	tables := devstacktest.Tables(b, st)
	s := store.New(dynamodb.NewFromConfig(devstacktest.Config(b, st)), tables["LeadsTable"])
	var ids []string
	for i := range 2000 {
		v := []lead.Verdict{lead.VerdictNurture, lead.VerdictQualified, lead.VerdictJunk, lead.VerdictReview}[i%4]
		l := mkLead("demo", "ana@acme.example", v, time.Duration(i)*time.Minute, func(l *lead.Lead) {
			l.Screening.Reasons = []lead.Reason{{Code: "link_in_message", Points: 30}, {Code: "new_domain", Points: 20}}
			l.Fit = &lead.Fit{Score: 40, Segment: "smb", Reasons: []lead.Reason{{Code: "budget", Points: 20, Stage: lead.StageFit}}}
		})
		if _, err := s.CreateLead(context.Background(), l); err != nil {
			b.Fatal(err)
		}
		ids = append(ids, l.ID)
	}
	p := &console.Pages{Leads: s, Saver: s, Audit: s, Forms: console.FixedForms("demo"), JunkRetention: time.Hour,
		Now: func() time.Time { return t0.Add(48 * time.Hour) }}
	mux := serve(p)
	for _, page := range []struct{ name, path string }{
		{"search", "/console/api/leads?form=demo&verdict=review&company=acme"},
		{"review", "/console/api/review?form=demo"},
		{"lead", "/console/api/leads/" + ids[1000]},
	} {
		b.Run(page.name, func(b *testing.B) {
			for b.Loop() {
				if w := (req{method: "GET", path: page.path, user: admin, html: true}).do(b, mux); w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}

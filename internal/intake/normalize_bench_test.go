package intake

import (
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// typicalPairs is a realistic contact-sales post as batch screening hands
// it to Build (field order as decoded).
var typicalPairs = []Pair{
	{"email", "maria.garcia@Northwind-Traders.com"}, {"first_name", "María"}, {"last_name", "García"},
	{"company", "Northwind Traders"}, {"job_title", "Head of Operations"}, {"phone", "+34 651 902 847"},
	{"country", "ES"}, {"company_size", "51-200"}, {"budget", "25k-100k"}, {"timeline", "this quarter"},
	{"message", "Hi, we are evaluating lead routing tools for our sales team of 40 people and would like a demo next week."},
	{"consent", "true"}, {"utm_source", "google"}, {"utm_medium", "cpc"}, {"utm_campaign", "q4-demand"},
	{"website_url", ""},
}

// BenchmarkBuild measures intake normalization of a typical submission.
func BenchmarkBuild(b *testing.B) {
	form := FormRules{ID: "contact-sales", Honeypot: "website_url", Required: []string{"email"}}
	ctx := lead.Context{IP: "203.0.113.7", ReceivedAt: time.Now()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(form, typicalPairs, ctx); err != nil {
			b.Fatal(err)
		}
	}
}

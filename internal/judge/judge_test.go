package judge_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/forms"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
)

const typicalBody = `{"email":"maria.garcia@northwind-traders.com","first_name":"María","last_name":"García",` +
	`"company":"Northwind Traders","job_title":"Head of Operations","phone":"+34 612 345 678","country":"ES",` +
	`"company_size":"51-200","budget":"25k-100k","timeline":"this quarter",` +
	`"message":"Hi, we are evaluating lead routing tools for our sales team of 40 people and would like a demo next week.",` +
	`"consent":true,"utm_source":"google","utm_medium":"cpc","utm_campaign":"q4-demand"}`

// BenchmarkParseValidateScreen measures the request path before storage:
// body parsing, normalization and validation, and judging.
func BenchmarkParseValidateScreen(b *testing.B) {
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		b.Fatal(err)
	}
	form := fs.Get("contact-sales")
	j := judge.New()
	rules := intake.FormRules{ID: form.ID, Honeypot: form.Honeypot, Required: form.Required}
	ctx := context.Background()
	lctx := lead.Context{IP: "203.0.113.7", UserAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)", AcceptLanguage: "es-ES,es;q=0.9", ReceivedAt: time.Now()}
	b.ReportAllocs()
	b.SetBytes(int64(len(typicalBody)))
	for b.Loop() {
		body, err := intake.DecodeBody(typicalBody, false)
		if err != nil {
			b.Fatal(err)
		}
		pairs, err := intake.ParseBody("application/json", body)
		if err != nil {
			b.Fatal(err)
		}
		sub, err := intake.Build(rules, pairs, lctx)
		if err != nil {
			b.Fatal(err)
		}
		if j.Judge(ctx, form, sub).Verdict == "" {
			b.Fatal("no verdict")
		}
	}
}

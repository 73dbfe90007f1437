package judge_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

func newJudge(t testing.TB) *judge.Judge {
	t.Helper()
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	j, err := judge.New(rs, judge.Deps(judge.DepsOptions{Counter: screen.NewMemoryCounter()}), judge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func shippedForm(t testing.TB, id string) *forms.Form {
	t.Helper()
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		t.Fatal(err)
	}
	return fs.Get(id)
}

func TestJudge(t *testing.T) {
	j := newJudge(t)
	browser := lead.Context{IP: "203.0.113.7", UserAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
		AcceptLanguage: "de-DE,de;q=0.9", Origin: "http://127.0.0.1:3000", ReceivedAt: time.Date(2026, 10, 3, 14, 22, 5, 0, time.UTC)}
	elapsed := int64(45000)
	browser.ElapsedMS = &elapsed
	tests := []struct {
		name    string
		fields  lead.Fields
		control lead.Control
		want    lead.Verdict
	}{
		{"qualified buyer", lead.Fields{Email: "k.becker@brandt-maschinenbau.de", FirstName: "Katrin", LastName: "Becker",
			Company: "Brandt Maschinenbau GmbH", JobTitle: "Geschäftsführerin", Country: "DE", CompanySize: "201-1000",
			Budget: "25k-100k", Timeline: "this quarter", Message: "Wir möchten eine Demo und ein Angebot für 60 Vertriebsmitarbeiter."}, lead.Control{}, lead.VerdictQualified},
		{"honeypot bot", lead.Fields{Email: "k.becker@brandt-maschinenbau.de", FirstName: "Katrin", Company: "Brandt"}, lead.Control{Honeypot: "http://cheap-seo.example"}, lead.VerdictJunk},
		{"disposable test entry", lead.Fields{Email: "test@mailinator.com", FirstName: "test", LastName: "test", Company: "test"}, lead.Control{}, lead.VerdictJunk},
		{"genuine but early", lead.Fields{Email: "nguyen.anh@gmail.com", FirstName: "Ánh", LastName: "Nguyễn Thị",
			Company: "Anh Bakery", Message: "Just researching options for my small shop."}, lead.Control{}, lead.VerdictNurture},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sub := &lead.Submission{FormID: "contact-sales", Fields: tc.fields, Context: browser, Control: tc.control}
			sf := j.ScreenForm(shippedForm(t, "contact-sales"))
			sf.RenderToken = true // the elapsed time stands in for the token, as in batch
			got := j.JudgeWith(context.Background(), sf, sub)
			if got.Verdict != tc.want {
				t.Fatalf("verdict %s, want %s; screening %+v; fit %+v", got.Verdict, tc.want, got.Screening, got.Fit)
			}
			if got.RulesVersion == "" || got.Fit == nil {
				t.Fatalf("judgment incomplete: %+v", got)
			}
		})
	}
}

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
	j := newJudge(b)
	rules := intake.FormRules{ID: form.ID, Honeypot: form.Honeypot, Required: form.Required}
	ctx := context.Background()
	lctx := lead.Context{IP: "203.0.113.7", UserAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)", AcceptLanguage: "es-ES,es;q=0.9", ReceivedAt: time.Now()}
	b.ReportAllocs()
	b.SetBytes(int64(len(typicalBody)))
	for b.Loop() {
		// A typical submission is its sender's first in the velocity
		// windows: move the clock past them, as BenchmarkJudgeTypical does.
		lctx.ReceivedAt = lctx.ReceivedAt.Add(25 * time.Hour)
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

// BenchmarkJudgeTypical measures screening plus qualification of a
// realistic contact-sales lead with the shipped rules, offline (in-memory
// counter, embedded name model and domain lists), as batch screening runs
// it: the elapsed time stands in for the render token.
func BenchmarkJudgeTypical(b *testing.B) {
	j := newJudge(b)
	sf := j.ScreenForm(shippedForm(b, "contact-sales"))
	sf.RenderToken = true
	elapsed := int64(38000)
	sub := &lead.Submission{FormID: "contact-sales",
		Fields: lead.Fields{Email: "maria.garcia@northwind-traders.com", FirstName: "María", LastName: "García",
			Company: "Northwind Traders", JobTitle: "Head of Operations", Phone: "+34 651 902 847", Country: "ES",
			CompanySize: "51-200", Budget: "25k-100k", Timeline: "this quarter",
			Message: "Hi, we are evaluating lead routing tools for our sales team of 40 people and would like a demo next week.",
			Consent: "yes", UTMSource: "google", UTMMedium: "cpc", UTMCampaign: "q4-demand"},
		Context: lead.Context{IP: "203.0.113.7", UserAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
			AcceptLanguage: "es-ES,es;q=0.9", Origin: "http://127.0.0.1:3000", ReceivedAt: time.Date(2026, 10, 3, 14, 22, 5, 0, time.UTC), ElapsedMS: &elapsed}}
	ctx := context.Background()
	if got := j.JudgeWith(ctx, sf, sub); got.Verdict != lead.VerdictQualified {
		b.Fatalf("benchmark lead judged %s, want qualified; screening %+v; fit %+v", got.Verdict, got.Screening, got.Fit)
	}
	b.ReportAllocs()
	for b.Loop() {
		// A new day each time: the velocity counters see a first
		// submission, as for a typical lead, not a flood of repeats.
		sub.Context.ReceivedAt = sub.Context.ReceivedAt.Add(25 * time.Hour)
		if got := j.JudgeWith(ctx, sf, sub); got.Verdict != lead.VerdictQualified {
			b.Fatalf("judged %s: %+v", got.Verdict, got.Screening.Reasons)
		}
	}
}

// TestFormsCompiledOnce: with Options.Forms, New reads each form's CAPTCHA
// secret once and a request reuses the compiled screening form; a form
// outside the set (batch screening) is still built on demand.
func TestFormsCompiledOnce(t *testing.T) {
	fs, err := forms.Parse([]byte(`forms:
  - id: demo
    allowed_origins: [https://www.example.com]
    captcha:
      provider: turnstile
      secret_env: TURNSTILE_SECRET
  - id: plain
`))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	reads := 0
	getenv := func(k string) string {
		reads++
		return map[string]string{"TURNSTILE_SECRET": "ts-secret"}[k]
	}
	j, err := judge.New(rs, judge.Deps(judge.DepsOptions{Counter: screen.NewMemoryCounter()}),
		judge.Options{DefaultOrigins: []string{"https://default.example"}, Getenv: getenv, Forms: fs})
	if err != nil {
		t.Fatal(err)
	}
	if reads != 1 {
		t.Fatalf("New read %d secrets, want 1", reads)
	}
	for range 3 {
		sf := j.ScreenForm(fs.Get("demo"))
		if sf.Captcha == nil || sf.Captcha.Secret != "ts-secret" || sf.AllowedOrigins[0] != "https://www.example.com" {
			t.Fatalf("compiled form %+v", sf)
		}
		if sf := j.ScreenForm(fs.Get("plain")); sf.AllowedOrigins[0] != "https://default.example" || sf.Captcha != nil {
			t.Fatalf("compiled plain form %+v", sf)
		}
	}
	if reads != 1 {
		t.Errorf("requests read secrets again: %d reads", reads)
	}
	other, err := forms.Parse([]byte("forms:\n  - id: demo\n    captcha:\n      provider: turnstile\n      secret_env: TURNSTILE_SECRET\n"))
	if err != nil {
		t.Fatal(err)
	}
	if sf := j.ScreenForm(other.Get("demo")); sf.Captcha == nil || reads != 2 {
		t.Errorf("a form outside the set was not built on demand: %+v after %d reads", sf, reads)
	}
}

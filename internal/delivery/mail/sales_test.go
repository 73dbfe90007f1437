package mail

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func salesLead() SalesLead {
	return SalesLead{
		ID:     "01JQ8Z7K3M",
		FormID: "demo-request",
		Fields: lead.Fields{
			Email: "jane.smith@acme.example", FirstName: "Jane", LastName: "Smith",
			Company: "Acme GmbH", JobTitle: "Head of Data", Phone: "+49 30 1234567",
			Country: "DE", CompanySize: "201-500", Budget: "€20k–50k", Timeline: "this quarter",
			Message:   "We need dashboards for 40 analysts.\nCan we talk next week?",
			UTMSource: "google", UTMMedium: "cpc", UTMCampaign: "q1-analytics",
		},
		Verdict: lead.VerdictQualified, FitScore: 86, Grade: "A", Segment: "general", JunkScore: 5,
		Reasons: []lead.Reason{
			{Code: "title_senior", Points: 20, Detail: "Head of Data", Stage: lead.StageFit},
			{Code: "free_text_short", Points: -3, Detail: "", Stage: lead.StageFit},
			{Code: "fast_submit", Points: 5, Detail: "submitted in 4s", Stage: lead.StageScreen},
		},
		ReceivedAt: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
	}
}

func salesOpts() SalesOptions {
	return SalesOptions{
		From:          Address{Name: "leadsieve", Address: "alerts@northwind.example"},
		To:            Address{Name: "Lena Vogel", Address: "lena@northwind.example"},
		ConsoleURL:    "https://console.northwind.example/",
		Now:           time.Date(2026, 3, 2, 9, 3, 0, 0, time.UTC),
		RespondWithin: 5 * time.Minute,
	}
}

func TestSalesNotification(t *testing.T) {
	m, err := SalesNotification(salesLead(), salesOpts())
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Qualified lead (A, 86): Jane Smith, Acme GmbH" {
		t.Errorf("subject = %q", m.Subject)
	}
	if m.ReplyTo.Address != "jane.smith@acme.example" || m.ReplyTo.Name != "Jane Smith" {
		t.Errorf("reply-to = %v", m.ReplyTo)
	}
	for _, want := range []string{
		"jane.smith@acme.example", "Head of Data", "+49 30 1234567", "DE", "201-500", "€20k–50k",
		"this quarter", "We need dashboards", "title_senior", "+20", "-3", "fast_submit", "submitted in 4s",
		"google", "cpc", "q1-analytics", "demo-request", "01JQ8Z7K3M", "3 min", "09:05 UTC",
		"https://console.northwind.example/leads/01JQ8Z7K3M", "Junk", "general",
	} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q", want)
		}
		// html/template writes "+" as "&#43;".
		if !strings.Contains(m.HTML, strings.ReplaceAll(want, "+", "&#43;")) {
			t.Errorf("html lacks %q", want)
		}
	}
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, b)
	if p.subject != m.Subject || !strings.Contains(p.html, "View lead") {
		t.Errorf("round trip: %q", p.subject)
	}
}

func TestSalesNotificationHostile(t *testing.T) {
	l := salesLead()
	l.Fields.FirstName = "<script>alert(1)</script>"
	l.Fields.LastName = "\"><img src=x onerror=alert(2)>"
	l.Fields.Company = "Evil\r\nBcc: victim@x.com"
	l.Fields.Message = "</div><script>steal()</script>\r\nline2 <a href=\"javascript:x()\">click</a>"
	l.Fields.JobTitle = strings.Repeat("CEO ", 500)
	l.Reasons = append(l.Reasons, lead.Reason{Code: "<b>x</b>", Detail: "<iframe src=//evil>", Stage: lead.StageFit})
	l.ID = "../../admin?x=<y>"
	m, err := SalesNotification(l, salesOpts())
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<img", "<iframe", "<b>x", "javascript:x()\">", "onerror=alert(2)>"} {
		if strings.Contains(m.HTML, bad) {
			t.Errorf("html contains %q unescaped", bad)
		}
	}
	if !strings.Contains(m.HTML, "&lt;script&gt;") {
		t.Error("escaped script missing from html")
	}
	if !strings.Contains(m.HTML, "/leads/..%2F..%2Fadmin%3Fx=%3Cy%3E") {
		t.Errorf("lead id not path-escaped in link")
	}
	if strings.ContainsAny(m.Subject, "\r\n") || len([]rune(m.Subject)) > maxSubject+1 {
		t.Errorf("subject = %q", m.Subject)
	}
	if !strings.Contains(m.Subject, "Evil Bcc: victim@x.com") {
		t.Errorf("subject = %q", m.Subject)
	}
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, b)
	if len(p.msg.Header["Bcc"]) != 0 {
		t.Fatal("Bcc header injected")
	}
	if strings.Contains(m.Text, strings.Repeat("CEO ", 100)) {
		t.Error("job title not capped")
	}
}

func TestSalesNotificationEdges(t *testing.T) {
	tests := []struct {
		name    string
		mod     func(*SalesLead, *SalesOptions)
		check   func(*testing.T, Message)
		wantErr bool
	}{
		{"invalid lead email: no reply-to", func(l *SalesLead, _ *SalesOptions) { l.Fields.Email = "jane@@x" }, func(t *testing.T, m Message) {
			if m.ReplyTo.Address != "" {
				t.Errorf("reply-to = %v", m.ReplyTo)
			}
			if strings.Contains(m.HTML, "mailto:") {
				t.Error("mailto link for invalid address")
			}
		}, false},
		{"header-injecting email: no reply-to", func(l *SalesLead, _ *SalesOptions) { l.Fields.Email = "a@b.co\r\nBcc: v@x.com" }, func(t *testing.T, m Message) {
			if m.ReplyTo.Address != "" {
				t.Errorf("reply-to = %v", m.ReplyTo)
			}
		}, false},
		{"no console url", func(_ *SalesLead, o *SalesOptions) { o.ConsoleURL = "" }, func(t *testing.T, m Message) {
			if strings.Contains(m.HTML, "View lead") || strings.Contains(m.Text, "View lead") {
				t.Error("view link without console URL")
			}
		}, false},
		{"javascript console url", func(_ *SalesLead, o *SalesOptions) { o.ConsoleURL = "javascript:alert(1)" }, nil, true},
		{"an outcome link", func(_ *SalesLead, o *SalesOptions) { o.OutcomeURL = "https://console.example/console/outcome/AQ-x_1" }, func(t *testing.T, m Message) {
			if !strings.Contains(m.Text, "Was this a good lead? https://console.example/console/outcome/AQ-x_1") ||
				!strings.Contains(m.HTML, `href="https://console.example/console/outcome/AQ-x_1"`) {
				t.Errorf("no outcome link:\n%s", m.Text)
			}
		}, false},
		{"no outcome link", func(*SalesLead, *SalesOptions) {}, func(t *testing.T, m Message) {
			if strings.Contains(m.Text, "good lead") || strings.Contains(m.HTML, "good lead") {
				t.Error("an outcome link without its URL")
			}
		}, false},
		{"javascript outcome url", func(_ *SalesLead, o *SalesOptions) { o.OutcomeURL = "javascript:alert(1)" }, nil, true},
		{"nameless lead", func(l *SalesLead, _ *SalesOptions) {
			l.Fields = lead.Fields{Email: "x@y.example"}
			l.Grade = ""
			l.Verdict = lead.VerdictReview
		}, func(t *testing.T, m Message) {
			if m.Subject != "Lead to review (?, 86): x@y.example" {
				t.Errorf("subject = %q", m.Subject)
			}
		}, false},
		{"no receive time", func(l *SalesLead, _ *SalesOptions) { l.ReceivedAt = time.Time{} }, func(t *testing.T, m Message) {
			if strings.Contains(m.Text, "Respond by") {
				t.Error("respond-by without receive time")
			}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, o := salesLead(), salesOpts()
			tt.mod(&l, &o)
			m, err := SalesNotification(l, o)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			if err != nil {
				return
			}
			tt.check(t, m)
			if _, err := m.Bytes(); err != nil && !errors.Is(err, ErrAddress) {
				t.Fatal(err)
			}
		})
	}
}

func TestHumanizeTruncate(t *testing.T) {
	for d, want := range map[time.Duration]string{3 * time.Minute: "3 min", 90 * time.Minute: "1 h 30 min", 72 * time.Hour: "3 days"} {
		if got := humanize(d); got != want {
			t.Errorf("humanize(%v) = %q", d, got)
		}
	}
	if got := truncate("héllo wörld", 5); got != "héllo…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("abc", 3); got != "abc" {
		t.Errorf("truncate = %q", got)
	}
}

func BenchmarkSalesNotification(b *testing.B) {
	l, o := salesLead(), salesOpts()
	b.ReportAllocs()
	for b.Loop() {
		m, err := SalesNotification(l, o)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.Bytes(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSalesNotificationSaysWhyRouted: the routing decision, when given, is
// in both parts (escaped in HTML); without one neither mentions routing.
func TestSalesNotificationSaysWhyRouted(t *testing.T) {
	opts := salesOpts()
	opts.Routing = "rule emea-demo; overflow: all capped; skipped <Lena> Vogel: daily cap of 15 reached\r\nBcc: x"
	m, err := SalesNotification(salesLead(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "\n  Routed     rule emea-demo; overflow: all capped; skipped <Lena> Vogel: daily cap of 15 reached Bcc: x\n") {
		t.Errorf("text lacks the routing line:\n%s", m.Text)
	}
	if !strings.Contains(m.HTML, "Routed: rule emea-demo; overflow: all capped; skipped &lt;Lena&gt; Vogel") {
		t.Errorf("html lacks the escaped routing line")
	}
	m, err = SalesNotification(salesLead(), salesOpts())
	if err != nil || strings.Contains(m.Text, "Routed") || strings.Contains(m.HTML, "Routed") {
		t.Errorf("no decision given, yet routing is mentioned (%v)", err)
	}
}

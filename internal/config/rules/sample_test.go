package rules

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// TestSampleRules loads the shipped config/rules.yaml and scores realistic
// leads through it.
func TestSampleRules(t *testing.T) {
	s, err := Load("../../../config/rules.yaml")
	if err != nil {
		t.Fatalf("sample rules: %v", err)
	}
	if got := strings.Join(s.Forms(), ","); got != "contact-sales,newsletter" {
		t.Errorf("forms = %s", got)
	}
	scr := screen.DefaultConfig()
	if err := s.Section("contact-sales", "screening", &scr); err != nil {
		t.Errorf("screening section: %v", err)
	}
	if err := scr.Validate(); err != nil || scr.JunkAt == 0 {
		t.Errorf("screening section decodes to an invalid config: %+v, %v", scr, err)
	}
	pass := lead.Screening{Verdict: lead.ScreenPass}
	tests := []struct {
		name    string
		form    string
		f       lead.Fields
		s       lead.Screening
		verdict lead.Verdict
		segment string
		disq    string
		minFit  int
		maxFit  int
	}{
		{"ceo 50k this quarter", "contact-sales", lead.Fields{Email: "ana@acme-logistics.com", Company: "Acme Logistics", JobTitle: "CEO",
			Budget: "$50k", Timeline: "This quarter", Country: "Germany", CompanySize: "201-1000", Industry: "Software",
			Message: "We'd like pricing and a demo."}, pass, lead.VerdictQualified, "general", "", 80, 100},
		{"geschaeftsfuehrer message only", "contact-sales", lead.Fields{Email: "k.huber@huber-maschinenbau.de", Company: "Huber Maschinenbau",
			JobTitle: "Geschäftsführer", Country: "Österreich",
			Message: "Wir brauchen ein Angebot, Budget ca. 30.000 € pro Jahr, Start so schnell wie möglich."}, pass, lead.VerdictQualified, "general", "", 60, 100},
		{"student thesis", "", lead.Fields{Email: "lena.student@gmail.com", JobTitle: "Student",
			Message: "Hi, I am doing a survey for my thesis on analytics tools."}, lead.Screening{Verdict: lead.ScreenPass, FreeMail: true},
			lead.VerdictNurture, "education", "", 0, 10},
		{"job seeker", "contact-sales", lead.Fields{Email: "max@gmail.com", Company: "none", JobTitle: "Sales Manager",
			Message: "I am looking for a job in sales, attached my CV."}, lead.Screening{Verdict: lead.ScreenPass, FreeMail: true},
			lead.VerdictNurture, "general", "job_seeker", 0, 0},
		{"embargo", "contact-sales", lead.Fields{Email: "ceo@example-tehran.ir", Company: "X", JobTitle: "CEO", Budget: "$100k",
			Country: "Iran"}, pass, lead.VerdictNurture, "general", "country", 0, 0},
		{"competitor", "", lead.Fields{Email: "pm@rivalmetrics.com", Company: "Rival", JobTitle: "VP Product", Budget: "€25k–100k"},
			pass, lead.VerdictNurture, "general", "competitor", 0, 0},
		{"newsletter no budget", "newsletter", lead.Fields{Email: "cmo@bigcorp.com", JobTitle: "CMO", Timeline: "ASAP",
			Industry: "SaaS", Country: "US", CompanySize: "500"}, pass, lead.VerdictNurture, "general", "", 70, 100},
		{"newsletter with budget", "newsletter", lead.Fields{Email: "cmo@bigcorp.com", JobTitle: "CMO", Timeline: "ASAP", Budget: "€100k+",
			Industry: "SaaS", Country: "US", CompanySize: "500"}, pass, lead.VerdictQualified, "general", "", 90, 100},
		{"long-term", "", lead.Fields{Email: "d@acme.fr", Company: "Acme", JobTitle: "Responsable commerciale",
			Budget: "30 000 €", Timeline: "Next year", Country: "FR"}, pass, lead.VerdictNurture, "long-term", "", 50, 59}, // a near miss: nurtured
		{"smb owner", "", lead.Fields{Email: "owner@tiny.shop", Company: "Tiny", JobTitle: "Owner", Budget: "€5k–25k",
			CompanySize: "1-10", Timeline: "This year"}, pass, lead.VerdictNurture, "smb", "", 50, 59}, // a near miss: nurtured
		{"smb ic", "", lead.Fields{Email: "ops@tiny.shop", Company: "Tiny", JobTitle: "Operations", Budget: "€5k–25k",
			CompanySize: "1-10"}, pass, lead.VerdictNurture, "smb", "", 10, 30},
		{"junk stays junk", "contact-sales", lead.Fields{Email: "ana@acme-logistics.com", Company: "Acme", JobTitle: "CEO", Budget: "$50k"},
			lead.Screening{Verdict: lead.ScreenJunk}, lead.VerdictJunk, "general", "", 60, 100},
	}
	for _, tt := range tests {
		m, err := s.Qualifier(tt.form)
		if err != nil {
			t.Fatal(err)
		}
		fit, facts := m.Evaluate(&tt.f, tt.s)
		v := lead.Combine(tt.s, fit)
		if v != tt.verdict || fit.Segment != tt.segment || fit.Disqualified != tt.disq || fit.Score < tt.minFit || fit.Score > tt.maxFit {
			var b strings.Builder
			for _, r := range fit.Reasons {
				b.WriteString("\n  " + r.Code + " " + r.Detail)
			}
			t.Errorf("%s: verdict %s segment %s disq %q fit %d (%s); want %s %s %q %d..%d; facts %+v%s", tt.name, v, fit.Segment,
				fit.Disqualified, fit.Score, fit.Grade, tt.verdict, tt.segment, tt.disq, tt.minFit, tt.maxFit, facts, b.String())
		}
	}
}

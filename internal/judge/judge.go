// Package judge decides what a submission is: it runs the junk screen and
// the fit qualification that the rules file configures for the form, and
// combines them into the final verdict with every reason. Intake, the batch
// screener and the back-test all judge through it, so they always agree.
package judge

import (
	"context"
	"net/mail"

	"github.com/leadsieve/leadsieve/internal/forms"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Judge judges submissions.
type Judge struct{}

// New returns a Judge.
func New() *Judge { return &Judge{} }

// Judge screens and qualifies sub for form.
func (j *Judge) Judge(ctx context.Context, form *forms.Form, sub *lead.Submission) intake.Judgment {
	var s lead.Screening
	if sub.Control.Honeypot != "" {
		s.Reasons = append(s.Reasons, lead.Reason{Code: "honeypot_filled", Points: 100, Detail: "the hidden honeypot field was filled", Stage: lead.StageScreen})
		s.Score += 100
	}
	if e := sub.Fields.Email; e != "" {
		if a, err := mail.ParseAddress(e); err != nil || a.Address != e {
			s.Reasons = append(s.Reasons, lead.Reason{Code: "email_invalid", Points: 60, Detail: "the email address is not valid", Stage: lead.StageScreen})
			s.Score += 60
		}
	}
	s.Score = min(s.Score, 100)
	v := lead.VerdictNurture
	s.Verdict = lead.ScreenPass
	if s.Score >= 60 {
		s.Verdict, v = lead.ScreenJunk, lead.VerdictJunk
	}
	return intake.Judgment{Verdict: v, Screening: s}
}

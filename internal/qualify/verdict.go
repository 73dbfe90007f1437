package qualify

import "github.com/leadsieve/leadsieve/internal/lead"

// Combine turns screening and fit into the final verdict:
//
//   - junk when screening says junk;
//   - review when screening says review or the fit is borderline;
//   - qualified when the fit qualifies;
//   - nurture otherwise (including hard-disqualified leads).
func Combine(s lead.Screening, fit lead.Fit) lead.Verdict {
	switch {
	case s.Verdict == lead.ScreenJunk:
		return lead.VerdictJunk
	case s.Verdict == lead.ScreenReview || fit.Borderline:
		return lead.VerdictReview
	case fit.Qualifies:
		return lead.VerdictQualified
	}
	return lead.VerdictNurture
}

// Requalify decides the verdict of a lead scored again (after a rules change
// or an edit), given its previous and freshly computed verdicts. A lead that
// was qualified has been sent to sales and is never silently downgraded: it
// stays qualified. Every other previous verdict gives way to the fresh one:
//
//	prev \ next   junk       review     nurture    qualified
//	(none)        junk       review     nurture    qualified
//	junk          junk       review     nurture    qualified
//	review        junk       review     nurture    qualified
//	nurture       junk       review     nurture    qualified
//	qualified     qualified  qualified  qualified  qualified
func Requalify(prev, next lead.Verdict) lead.Verdict {
	if prev == lead.VerdictQualified {
		return lead.VerdictQualified
	}
	return next
}

package lead

import "time"

// ReasonUncorroborated is the screening reason that holds a lead whose
// only junk sign is a weak one just below junk, in review: one weak sign
// is doubt, not proof (the screen package decides which signs are weak).
const ReasonUncorroborated = "uncorroborated"

// Judgment is what screening and qualification decided about a submission:
// the verdict with the screening and fit behind it, and the version of the
// rules that decided.
type Judgment struct {
	Verdict      Verdict
	Screening    Screening
	Fit          *Fit
	RulesVersion string
}

// Combine turns screening and fit into the final verdict:
//
//   - junk when screening says junk;
//   - review when screening says review: review means doubt about junk,
//     nothing else, because a held lead gets no answer until a person acts;
//   - qualified when the fit qualifies;
//   - nurture otherwise, including hard-disqualified leads and near misses
//     (Fit.NearMiss): a fit just below the bar is answered at once by
//     nurture and keeps its flag and reasons for sales to pick it up.
func Combine(s Screening, fit Fit) Verdict {
	switch {
	case s.Verdict == ScreenJunk:
		return VerdictJunk
	case s.Verdict == ScreenReview:
		return VerdictReview
	case fit.Qualifies:
		return VerdictQualified
	}
	return VerdictNurture
}

// Requalify decides the verdict of a lead scored again (after a rules change,
// an edit or a returning person's new submission), given its previous and
// freshly computed verdicts. A lead that was qualified has been sent to sales
// and is never silently downgraded: it stays qualified. Every other previous
// verdict gives way to the fresh one:
//
//	prev \ next   junk       review     nurture    qualified
//	(none)        junk       review     nurture    qualified
//	junk          junk       review     nurture    qualified
//	review        junk       review     nurture    qualified
//	nurture       junk       review     nurture    qualified
//	qualified     qualified  qualified  qualified  qualified
func Requalify(prev, next Verdict) Verdict {
	if prev == VerdictQualified {
		return VerdictQualified
	}
	return next
}

// Apply records judgment j on l as a verdict change at now: the verdict,
// screening, fit and rules version, every reason (screening first), and an
// entry in the history naming the cause.
func (l *Lead) Apply(j Judgment, cause string, now time.Time) {
	l.Verdict, l.Screening, l.Fit, l.RulesVersion = j.Verdict, j.Screening, j.Fit, j.RulesVersion
	l.Reasons = append(l.Reasons, j.Screening.Reasons...)
	if j.Fit != nil {
		l.Reasons = append(l.Reasons, j.Fit.Reasons...)
	}
	l.History = append(l.History, VerdictChange{At: now, Verdict: j.Verdict, JunkScore: j.Screening.Score,
		FitScore: l.FitScore(), RulesVersion: j.RulesVersion, Cause: cause})
}

// FitScore is the lead's fit score, 0 when it was never qualified.
func (l *Lead) FitScore() int {
	if l.Fit == nil {
		return 0
	}
	return l.Fit.Score
}

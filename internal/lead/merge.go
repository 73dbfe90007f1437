package lead

import "fmt"

// ReasonPreviouslyQualified is the fit reason added when a returning
// person's earlier qualified lead keeps the new one qualified.
const ReasonPreviouslyQualified = "previously_qualified"

// Mergeable reports whether prev, the newest earlier lead of the person
// behind the lead with id and verdict v, merges into it: junk never merges
// into a real lead, nor a real lead into junk, and a lead is not its own
// predecessor.
func Mergeable(prev *Lead, id string, v Verdict) bool {
	return prev != nil && v != VerdictJunk && prev.ID != id && prev.Verdict != VerdictJunk
}

// Merge folds prev, the person's earlier lead, into l, the lead of their new
// submission, before l is stored. What they told us before still counts:
// l's missing fields are filled from prev and refit re-judges the merged
// fields. A lead that was qualified stays qualified (Requalify), with a
// previously_qualified reason saying why. l takes over prev's verdict
// history and its live nurture enrollment, so the person stays where they
// were in their sequence. It returns the judgment to apply to l.
func Merge(l, prev *Lead, refit func(*Fields) Judgment) Judgment {
	l.Fields.FillFrom(&prev.Fields)
	j := refit(&l.Fields)
	if v := Requalify(prev.Verdict, j.Verdict); v != j.Verdict {
		if j.Fit != nil {
			j.Fit.Reasons = append(j.Fit.Reasons, Reason{Code: ReasonPreviouslyQualified, Stage: StageFit,
				Detail: fmt.Sprintf("kept %s: lead %s was %s before, and a qualified lead is never silently downgraded", v, prev.ID, prev.Verdict)})
		}
		j.Verdict = v
	}
	l.PreviousID = prev.ID
	l.History = append(l.History, prev.History...)
	if prev.Nurture.Live() {
		moved := *prev.Nurture
		l.Nurture = &moved
	}
	return j
}

// MergeCause is the history cause of a lead merged with lead prevID.
func MergeCause(prevID string) string { return "resubmitted; merged with lead " + prevID }

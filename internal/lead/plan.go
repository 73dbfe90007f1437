package lead

import "time"

// Plan sets the follow-up work l's verdict calls for, due from now: a
// pending sales hand-off for a qualified lead, a pending nurture enrollment
// for a nurture lead, and nothing for junk and review (never emailed until a
// person decides). A verdict change moves the enrollment: a lead that
// becomes qualified leaves nurture, and one that becomes nurture again
// resumes where a verdict change stopped it. The store puts leads with work
// due (DueAt) on the due-work index (a new qualified lead only once its
// hand-off might be lost: the hand-off function is invoked at once).
func (l *Lead) Plan(now time.Time) {
	switch l.Verdict {
	case VerdictQualified:
		if h := l.Handoff; h == nil || h.State == HandoffPending || h.State == HandoffFailed {
			l.Handoff = NewHandoff(now)
		}
		if l.Nurture.Live() {
			_ = l.Nurture.Stop(StopReasonVerdict + string(VerdictQualified))
		}
	case VerdictNurture:
		segment := DefaultSegment
		if l.Fit != nil && l.Fit.Segment != "" {
			segment = l.Fit.Segment
		}
		switch n := l.Nurture; {
		case n == nil:
			l.Nurture = NewEnrollment(segment, now)
		case n.StoppedByVerdict():
			// Stopped only because the lead was held for review (or was
			// qualified); now that it is nurture again it resumes.
			// Unsubscribes, bounces and complaints never resume.
			_ = n.Resume(now)
		}
	}
}

// DueAt is the earliest time l has work due: a pending sales hand-off (or
// the recovery time of one being sent), or a
// live nurture enrollment's next step. Nil when nothing is due.
func (l *Lead) DueAt() *time.Time {
	var due *time.Time
	consider := func(t *time.Time) {
		if t != nil && (due == nil || t.Before(*due)) {
			due = t
		}
	}
	if h := l.Handoff; h != nil && (h.State == HandoffPending || h.State == HandoffSending) {
		consider(h.NextAt)
	}
	if l.Nurture.Live() {
		consider(l.Nurture.NextAt)
	}
	return due
}

package lead

import (
	"strings"
	"time"
)

// ReasonDecidedByPerson marks a verdict a person gave, not the rules.
const ReasonDecidedByPerson = "decided_by_person"

// Decide records a person's verdict on l: who decided and why go into the
// reasons and the history; junk gets its retention, anything else loses
// it; and the follow-up the new verdict calls for is planned, due at once
// (a qualified lead's sales hand-off, a nurture lead's enrollment).
func (l *Lead) Decide(v Verdict, by, note string, retention time.Duration, now time.Time) {
	by = strings.TrimSpace(by)
	if by == "" {
		by = "an operator"
	}
	detail := "decided by " + by
	if note = strings.TrimSpace(note); note != "" {
		detail += ": " + note
	}
	l.Verdict = v
	l.Reasons = append(l.Reasons, Reason{Code: ReasonDecidedByPerson, Detail: detail})
	l.History = append(l.History, VerdictChange{At: now, Verdict: v, JunkScore: l.Screening.Score,
		FitScore: l.FitScore(), RulesVersion: l.RulesVersion, Cause: detail, By: by, Note: note})
	l.ExpiresAt = nil
	if v == VerdictJunk {
		exp := now.Add(retention)
		l.ExpiresAt = &exp
	}
	l.Plan(now)
	if h := l.Handoff; h != nil {
		_ = h.Reschedule(now) // due at once; the dispatcher sends it
	}
	l.UpdatedAt = now
}

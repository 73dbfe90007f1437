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

// RescueVerdict is the verdict a junk lead gets when a person says it is
// not junk: what the rules would have given it without screening's
// verdict, qualified when its fit qualified and nurture otherwise.
func (l *Lead) RescueVerdict() Verdict {
	if l.Fit != nil && l.Fit.Qualifies {
		return VerdictQualified
	}
	return VerdictNurture
}

// Rescuable reports whether l can still be rescued at now: it is junk and
// its retention has not run out (DynamoDB's TTL deletes it some time
// after, so a lead past its expiry may still be read).
func (l *Lead) Rescuable(now time.Time) bool {
	return l.Verdict == VerdictJunk && (l.ExpiresAt == nil || now.Before(*l.ExpiresAt))
}

// Rescue records a person's word that junk lead l is not junk: it gets
// RescueVerdict, through Decide, so the hand-off or enrollment it should
// have had is planned at once. It refuses a lead that is not junk or whose
// retention ran out.
func (l *Lead) Rescue(by, note string, now time.Time) error {
	if !l.Rescuable(now) {
		return &Error{Kind: ECONFLICT, Code: "not_rescuable", Message: "only a junk lead within its retention can be rescued; this one is " + string(l.Verdict)}
	}
	if note = strings.TrimSpace(note); note == "" {
		note = "not junk"
	} else {
		note = "not junk: " + note
	}
	l.Decide(l.RescueVerdict(), by, note, 0, now)
	return nil
}

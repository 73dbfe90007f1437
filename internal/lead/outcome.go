package lead

import (
	"strings"
	"time"
)

// OutcomeKind is what sales said became of a lead. The values are stored.
type OutcomeKind string

// Outcomes sales can mark. Bad fit, not a lead and spam all say the lead
// should not have reached sales; they are told apart because each calls
// for a different change of rules (fit, form use, screening).
const (
	OutcomeWon      OutcomeKind = "won"
	OutcomeLost     OutcomeKind = "lost"
	OutcomeBadFit   OutcomeKind = "bad_fit"
	OutcomeNotALead OutcomeKind = "not_a_lead"
	OutcomeSpam     OutcomeKind = "spam"
)

// OutcomeKinds lists the outcomes in the order screens offer them.
var OutcomeKinds = []OutcomeKind{OutcomeWon, OutcomeLost, OutcomeBadFit, OutcomeNotALead, OutcomeSpam}

// Valid reports whether k is one of OutcomeKinds.
func (k OutcomeKind) Valid() bool {
	for _, o := range OutcomeKinds {
		if k == o {
			return true
		}
	}
	return false
}

// Backtest is the outcome as leadctl backtest counts it: won, lost, or bad
// for every outcome that says the lead should not have reached sales.
func (k OutcomeKind) Backtest() string {
	switch k {
	case OutcomeWon, OutcomeLost:
		return string(k)
	}
	return "bad"
}

// Outcome is sales' word on a lead: the latest one counts, and marking
// again replaces it (a lost deal can be won later).
type Outcome struct {
	Kind OutcomeKind `json:"kind"`
	At   time.Time   `json:"at"`
	// By names who marked it: a console user's name, or "sales e-mail
	// link" for the one-click link, which proves the lead, not a person.
	By   string `json:"by"`
	Note string `json:"note,omitempty"`
}

// MarkOutcome records sales' outcome k on l. It refuses an unknown kind.
func (l *Lead) MarkOutcome(k OutcomeKind, by, note string, now time.Time) error {
	if !k.Valid() {
		return &Error{Kind: EINVALID, Code: "invalid_outcome", Message: "outcome must be one of won, lost, bad_fit, not_a_lead, spam"}
	}
	l.Outcome = &Outcome{Kind: k, At: now, By: strings.TrimSpace(by), Note: strings.TrimSpace(note)}
	l.UpdatedAt = now
	return nil
}

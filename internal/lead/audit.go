package lead

import "time"

// Audit is one entry of the audit trail: who did what to which lead, and
// when. It holds no personal data of the lead's person (no address, no
// name, no note text, which may quote either): the lead id leads to those
// while the lead exists, and the entry outlives an erasure.
type Audit struct {
	At time.Time `json:"at"`
	// Subject is the actor's stable identity (a Cognito sub), or a fixed
	// name for an actor that is not a signed-in person ("sales-link").
	Subject string `json:"subject"`
	// Actor is the name the actor is shown by.
	Actor  string `json:"actor"`
	Action string `json:"action"` // decide, rescue, outcome, erase
	LeadID string `json:"lead_id,omitempty"`
	// Detail is what the action set: "verdict qualified", "outcome won".
	Detail string `json:"detail,omitempty"`
}

package lead

import (
	"fmt"
	"strings"
	"time"
)

// EnrollmentState is where a nurture enrollment stands. The values are
// stored.
type EnrollmentState string

// Enrollment states:
//
//	pending --Enroll--> active      (a sequence picked)
//	active  --Sent----> active      (one step further)
//	active  --Complete-> completed  (final)
//	pending|active --Stop--> stopped
//	stopped (by a verdict change) --Resume--> active, or pending when no
//	        sequence was picked yet
//
// A stop for any other reason (unsubscribe, bounce, complaint, send
// failures) is final.
//
// Sending a step is bracketed like a sales hand-off: Begin stores the
// intent (the step, an intent id, and a due time after the sender's lease)
// before the send; Sent or SendFailed clear it. An intent found after the
// lease ran out (Stale) means the sender stopped without writing the
// outcome, and nobody knows whether the step went out: Recover counts it as
// sent, so a step is delivered at most once (a lost nurture e-mail costs
// less than a repeated one).
const (
	NurturePending   EnrollmentState = "pending" // waiting for the dispatcher to pick a sequence
	NurtureActive    EnrollmentState = "active"
	NurtureCompleted EnrollmentState = "completed"
	NurtureStopped   EnrollmentState = "stopped"
)

// StopReasonVerdict starts the stop reason of an enrollment stopped because
// the lead's verdict left nurture ("verdict review"); such an enrollment
// resumes when the lead becomes nurture again, unlike one stopped by an
// unsubscribe, a bounce or a complaint.
const StopReasonVerdict = "verdict "

// DefaultSegment is the nurture segment of a lead whose fit named none.
const DefaultSegment = "general"

// Enrollment tracks a lead's progress through a nurture sequence. Change its
// state only through its methods, which refuse illegal transitions.
type Enrollment struct {
	State      EnrollmentState `json:"state"`
	Segment    string          `json:"segment"`
	SequenceID string          `json:"sequence_id,omitempty"`
	Version    string          `json:"sequence_version,omitempty"`
	EnrolledAt *time.Time      `json:"enrolled_at,omitempty"`
	// Step is the index of the next step to send.
	Step       int        `json:"step"`
	NextAt     *time.Time `json:"next_at,omitempty"`
	LastSentAt *time.Time `json:"last_sent_at,omitempty"`
	LeaseUntil *time.Time `json:"lease_until,omitempty"`
	// Intent names the send of step Step under way, stored before it.
	Intent     string `json:"intent,omitempty"`
	Attempts   int    `json:"attempts,omitempty"`
	LastError  string `json:"last_error,omitempty"`
	StopReason string `json:"stop_reason,omitempty"`
}

// NewEnrollment is the enrollment a nurture lead gets: pending in segment,
// due at now for the dispatcher to pick a sequence.
func NewEnrollment(segment string, now time.Time) *Enrollment {
	next := now
	return &Enrollment{State: NurturePending, Segment: segment, NextAt: &next}
}

func (n *Enrollment) refuse(op string) error {
	return fmt.Errorf("lead: enrollment %s: %w from %q", op, ErrIllegalTransition, n.State)
}

// Live reports whether the enrollment still has steps to send: pending or
// active.
func (n *Enrollment) Live() bool {
	return n != nil && (n.State == NurturePending || n.State == NurtureActive)
}

// Enroll starts a pending enrollment on version of sequence seqID at at,
// with its first step due at due.
func (n *Enrollment) Enroll(seqID, version string, at, due time.Time) error {
	if n.State != NurturePending {
		return n.refuse("enroll")
	}
	n.State, n.SequenceID, n.Version, n.EnrolledAt, n.Step, n.NextAt = NurtureActive, seqID, version, &at, 0, &due
	return nil
}

// Begin records the intent to send the current step of an active
// enrollment; the enrollment is due again at recoverAt (after the sender's
// lease), where a worker finds it if the sender stopped before writing the
// outcome. The intent must be stored before the send.
func (n *Enrollment) Begin(intent string, recoverAt time.Time) error {
	if n.State != NurtureActive || n.Intent != "" {
		return n.refuse("begin a send")
	}
	n.Intent, n.NextAt = intent, &recoverAt
	return nil
}

// Sent records that the current step went out at at: the next step is
// current, and earlier failures are forgotten. Schedule or Complete follows.
func (n *Enrollment) Sent(at time.Time) error {
	if n.State != NurtureActive {
		return n.refuse("sent")
	}
	n.LastSentAt, n.Attempts, n.LastError, n.Intent = &at, 0, "", ""
	n.Step++
	return nil
}

// Withdraw takes back the intent of a send that never happened through no
// fault of the lead's (the intent could not be stored, or the mail service
// throttled the send): the step is due at due, as before Begin.
func (n *Enrollment) Withdraw(due time.Time) error {
	if n.State != NurtureActive || n.Intent == "" {
		return n.refuse("withdraw a send")
	}
	n.Intent, n.NextAt = "", &due
	return nil
}

// Stale reports whether a send was begun and its outcome never written
// though the time Begin set has come.
func (n *Enrollment) Stale(now time.Time) bool {
	return n != nil && n.State == NurtureActive && n.Intent != "" && n.NextAt != nil && !n.NextAt.After(now)
}

// Recover takes over a stale send (Stale): the step may have gone out, so
// it counts as sent at now (at most one delivery per step) and the next
// step is current. Schedule or Complete follows.
func (n *Enrollment) Recover(now time.Time) error {
	if !n.Stale(now) {
		return n.refuse("recover")
	}
	intent := n.Intent
	if err := n.Sent(now); err != nil {
		return err
	}
	n.LastError = "outcome of intent " + intent + " unknown: step counted as sent"
	return nil
}

// Schedule makes the current step of an active enrollment due at due.
func (n *Enrollment) Schedule(due time.Time) error {
	if n.State != NurtureActive {
		return n.refuse("schedule")
	}
	n.NextAt = &due
	return nil
}

// SendFailed counts a failed send of the current step and keeps its error;
// the caller then schedules a retry or stops the enrollment.
func (n *Enrollment) SendFailed(errText string) error {
	if n.State != NurtureActive {
		return n.refuse("record a failed send")
	}
	n.Attempts++
	n.LastError, n.Intent = errText, ""
	return nil
}

// Complete ends an active enrollment whose steps were all sent.
func (n *Enrollment) Complete() error {
	if n.State != NurtureActive {
		return n.refuse("complete")
	}
	n.State, n.NextAt = NurtureCompleted, nil
	return nil
}

// Stop ends a live enrollment for reason; nothing more is sent.
func (n *Enrollment) Stop(reason string) error {
	if !n.Live() {
		return n.refuse("stop")
	}
	n.State, n.StopReason, n.NextAt = NurtureStopped, reason, nil
	return nil
}

// StoppedByVerdict reports an enrollment stopped only because the lead's
// verdict left nurture, which may resume.
func (n *Enrollment) StoppedByVerdict() bool {
	return n != nil && n.State == NurtureStopped && strings.HasPrefix(n.StopReason, StopReasonVerdict)
}

// Resume restarts, due at now, an enrollment stopped by a verdict change:
// where it stopped when a sequence was picked, pending otherwise.
func (n *Enrollment) Resume(now time.Time) error {
	if !n.StoppedByVerdict() {
		return n.refuse("resume")
	}
	n.State, n.StopReason, n.NextAt = NurtureActive, "", &now
	if n.SequenceID == "" {
		n.State = NurturePending
	}
	return nil
}

// Settle drops the due time of an enrollment with nothing left to send
// (completed or stopped).
func (n *Enrollment) Settle() {
	if !n.Live() {
		n.NextAt = nil
	}
}

// Due reports whether the enrollment has a step (or the pick of a
// sequence) due at or before now.
func (n *Enrollment) Due(now time.Time) bool {
	return n != nil && n.NextAt != nil && !n.NextAt.After(now)
}

package lead

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func at(d time.Duration) *time.Time { t := t0.Add(d); return &t }

func TestCombine(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    ScreenVerdict
		fit  Fit
		want Verdict
	}{
		{"junk wins over a qualifying fit", ScreenJunk, Fit{Qualifies: true}, VerdictJunk},
		{"screen review", ScreenReview, Fit{Qualifies: true}, VerdictReview},
		{"near miss is nurtured at once, not reviewed", ScreenPass, Fit{NearMiss: true}, VerdictNurture},
		{"near miss held for screening doubt", ScreenReview, Fit{NearMiss: true}, VerdictReview},
		{"qualifies", ScreenPass, Fit{Qualifies: true}, VerdictQualified},
		{"does not qualify", ScreenPass, Fit{}, VerdictNurture},
		{"disqualified", ScreenPass, Fit{Disqualified: "student"}, VerdictNurture},
	} {
		if got := Combine(Screening{Verdict: tc.s}, tc.fit); got != tc.want {
			t.Errorf("%s: Combine = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestRequalify(t *testing.T) {
	all := []Verdict{VerdictJunk, VerdictReview, VerdictNurture, VerdictQualified}
	for _, prev := range append([]Verdict{""}, all...) {
		for _, next := range all {
			want := next
			if prev == VerdictQualified {
				want = VerdictQualified
			}
			if got := Requalify(prev, next); got != want {
				t.Errorf("Requalify(%q, %s) = %s, want %s", prev, next, got, want)
			}
		}
	}
}

// TestHandoffTransitions tries every operation from every state: the
// legal ones change the hand-off as documented, the illegal ones are
// refused and leave it untouched.
func TestCombineTable(t *testing.T) {
	pass, review, junk := Screening{Verdict: ScreenPass}, Screening{Verdict: ScreenReview}, Screening{Verdict: ScreenJunk}
	qual, near, none, disq := Fit{Qualifies: true}, Fit{NearMiss: true}, Fit{}, Fit{Disqualified: "country"}
	tests := []struct {
		s    Screening
		f    Fit
		want Verdict
	}{
		// Review is doubt about junk, nothing else: a near miss is nurture.
		{pass, qual, VerdictQualified}, {pass, near, VerdictNurture}, {pass, none, VerdictNurture}, {pass, disq, VerdictNurture},
		{review, qual, VerdictReview}, {review, near, VerdictReview}, {review, none, VerdictReview}, {review, disq, VerdictReview},
		{junk, qual, VerdictJunk}, {junk, near, VerdictJunk}, {junk, none, VerdictJunk}, {junk, disq, VerdictJunk},
	}
	for _, tt := range tests {
		if got := Combine(tt.s, tt.f); got != tt.want {
			t.Errorf("Combine(%s, %+v) = %s, want %s", tt.s.Verdict, tt.f, got, tt.want)
		}
	}
}

func TestRequalifyTable(t *testing.T) {
	vs := []Verdict{VerdictJunk, VerdictReview, VerdictNurture, VerdictQualified}
	want := map[Verdict][4]Verdict{
		"":               {VerdictJunk, VerdictReview, VerdictNurture, VerdictQualified},
		VerdictJunk:      {VerdictJunk, VerdictReview, VerdictNurture, VerdictQualified},
		VerdictReview:    {VerdictJunk, VerdictReview, VerdictNurture, VerdictQualified},
		VerdictNurture:   {VerdictJunk, VerdictReview, VerdictNurture, VerdictQualified},
		VerdictQualified: {VerdictQualified, VerdictQualified, VerdictQualified, VerdictQualified},
	}
	for prev, row := range want {
		for i, next := range vs {
			if got := Requalify(prev, next); got != row[i] {
				t.Errorf("Requalify(%q, %q) = %q, want %q", prev, next, got, row[i])
			}
		}
	}
}

func TestHandoffTransitions(t *testing.T) {
	pendingBefore := Handoff{State: HandoffPending, Attempts: 2, NextAt: at(time.Minute)}
	ops := map[string]func(h *Handoff) error{
		"begin":       func(h *Handoff) error { return h.Begin("i-2", t0.Add(3*time.Minute)) },
		"sent":        func(h *Handoff) error { return h.Sent(t0.Add(90*time.Second), t0) },
		"retry":       func(h *Handoff) error { return h.Retry(t0.Add(time.Hour), "boom") },
		"failed":      func(h *Handoff) error { return h.Failed("gone") },
		"withdraw":    func(h *Handoff) error { return h.Withdraw(pendingBefore) },
		"unconfirmed": func(h *Handoff) error { return h.Unconfirmed(t0.Add(time.Minute), "timeout") },
		"recover":     func(h *Handoff) error { return h.Recover(t0) },
		"reschedule":  func(h *Handoff) error { return h.Reschedule(t0) },
		"confirm":     func(h *Handoff) error { return h.Confirm(t0.Add(2*time.Second), t0, "ses-1") },
	}
	for _, tc := range []struct {
		from HandoffState
		op   string
		want *Handoff // nil: refused
	}{
		{HandoffPending, "begin", &Handoff{State: HandoffSending, Attempts: 4, Intent: "i-2", NextAt: at(3 * time.Minute), LastError: "old"}},
		{HandoffPending, "reschedule", &Handoff{State: HandoffPending, Attempts: 3, Intent: "i-1", NextAt: at(0), LastError: "old"}},
		{HandoffSending, "sent", &Handoff{State: HandoffSent, Attempts: 3, Intent: "i-1", SentAt: at(90 * time.Second), SpeedToLeadMS: 90000}},
		{HandoffSending, "retry", &Handoff{State: HandoffPending, Attempts: 3, Intent: "i-1", NextAt: at(time.Hour), LastError: "boom"}},
		{HandoffSending, "failed", &Handoff{State: HandoffFailed, Attempts: 3, Intent: "i-1", LastError: "gone"}},
		{HandoffSending, "withdraw", &Handoff{State: HandoffPending, Attempts: 2, Intent: "i-1", NextAt: at(time.Minute), LastError: "old"}},
		{HandoffSending, "unconfirmed", &Handoff{State: HandoffPending, Attempts: 3, Intent: "i-1", NextAt: at(time.Minute), LastError: "timeout", UnknownOutcomes: 1}},
		{HandoffSending, "recover", &Handoff{State: HandoffPending, Attempts: 3, Intent: "i-1", NextAt: at(0), UnknownOutcomes: 1,
			LastError: "sender stopped before recording the outcome (intent i-1)"}},
		{HandoffSending, "confirm", &Handoff{State: HandoffSent, Attempts: 3, Intent: "i-1", SentAt: at(2 * time.Second), SpeedToLeadMS: 2000, MessageID: "ses-1"}},
		{HandoffPending, "confirm", nil}, // no unknown outcome: nothing SES could have accepted
		{HandoffFailed, "confirm", nil},
		{HandoffSent, "confirm", nil},
		{HandoffPending, "sent", nil},
		{HandoffPending, "retry", nil},
		{HandoffPending, "failed", nil},
		{HandoffPending, "withdraw", nil},
		{HandoffPending, "unconfirmed", nil},
		{HandoffPending, "recover", nil},
		{HandoffSending, "begin", nil},
		{HandoffSending, "reschedule", nil},
		{HandoffFailed, "begin", nil},
		{HandoffFailed, "sent", nil},
		{HandoffFailed, "retry", nil},
		{HandoffFailed, "failed", nil},
		{HandoffFailed, "withdraw", nil},
		{HandoffFailed, "reschedule", nil},
		{HandoffFailed, "recover", nil},
		{HandoffSent, "begin", nil},
		{HandoffSent, "sent", nil},
		{HandoffSent, "retry", nil},
		{HandoffSent, "failed", nil},
		{HandoffSent, "withdraw", nil},
		{HandoffSent, "unconfirmed", nil},
		{HandoffSent, "recover", nil},
		{HandoffSent, "reschedule", nil},
	} {
		h := &Handoff{State: tc.from, Attempts: 3, Intent: "i-1", NextAt: at(0), LastError: "old"}
		before := *h
		err := ops[tc.op](h)
		if tc.want == nil {
			if !errors.Is(err, ErrIllegalTransition) || !reflect.DeepEqual(*h, before) {
				t.Errorf("%s from %s: err %v, hand-off %+v; want refused and untouched", tc.op, tc.from, err, *h)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(h, tc.want) {
			t.Errorf("%s from %s: err %v\n got %+v\nwant %+v", tc.op, tc.from, err, *h, *tc.want)
		}
	}
	// A pending hand-off after an unknown outcome may be confirmed.
	h0 := &Handoff{State: HandoffPending, Attempts: 1, UnknownOutcomes: 1, NextAt: at(time.Minute), LastError: "timeout"}
	if err := h0.Confirm(t0.Add(time.Second), t0, "ses-2"); err != nil || h0.State != HandoffSent || h0.MessageID != "ses-2" || h0.NextAt != nil || h0.LastError != "" {
		t.Errorf("confirm after an unknown outcome: %v %+v", err, *h0)
	}
	// Withdrawing to a state that was not pending is refused.
	h := &Handoff{State: HandoffSending}
	if err := h.Withdraw(Handoff{State: HandoffSent}); !errors.Is(err, ErrIllegalTransition) {
		t.Errorf("withdraw to sent: %v", err)
	}
}

// TestHandoffUnknownOutcomesResendOnce: an attempt whose outcome is unknown
// is sent once more, marked as a possible duplicate; a second unknown
// outcome fails the hand-off instead of risking a third e-mail.
func TestHandoffUnknownOutcomesResendOnce(t *testing.T) {
	h := NewHandoff(t0)
	if h.PossibleDuplicate() {
		t.Fatal("a fresh hand-off is marked as a possible duplicate")
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(h.Begin("i-1", t0.Add(3*time.Minute)))
	if h.Due(t0.Add(time.Minute)) || h.Stale(t0.Add(time.Minute)) {
		t.Fatal("an intent is due before its lease ran out")
	}
	if !h.Due(t0.Add(3*time.Minute)) || !h.Stale(t0.Add(3*time.Minute)) {
		t.Fatal("a stale intent is not due")
	}
	must(h.Recover(t0.Add(3 * time.Minute)))
	if h.State != HandoffPending || !h.PossibleDuplicate() || !h.Due(t0.Add(3*time.Minute)) {
		t.Fatalf("after recovery: %+v", h)
	}
	must(h.Begin("i-2", t0.Add(6*time.Minute)))
	must(h.Unconfirmed(t0.Add(7*time.Minute), "read timeout"))
	if h.State != HandoffFailed || h.Due(t0.Add(time.Hour)) || h.Attempts != 2 {
		t.Fatalf("after a second unknown outcome: %+v", h)
	}
}

func TestEnrollmentTransitions(t *testing.T) {
	ops := map[string]func(n *Enrollment) error{
		"enroll":      func(n *Enrollment) error { return n.Enroll("welcome", "v1", t0, t0.Add(time.Hour)) },
		"sent":        func(n *Enrollment) error { return n.Sent(t0) },
		"schedule":    func(n *Enrollment) error { return n.Schedule(t0.Add(48 * time.Hour)) },
		"send failed": func(n *Enrollment) error { return n.SendFailed("bounce") },
		"complete":    func(n *Enrollment) error { return n.Complete() },
		"stop":        func(n *Enrollment) error { return n.Stop("unsubscribed") },
		"resume":      func(n *Enrollment) error { return n.Resume(t0) },
	}
	start := func(s EnrollmentState, reason string) *Enrollment {
		return &Enrollment{State: s, Segment: "smb", Step: 1, NextAt: at(0), Attempts: 2, LastError: "old", StopReason: reason}
	}
	for _, tc := range []struct {
		from   EnrollmentState
		reason string // stop reason of the starting enrollment
		op     string
		want   *Enrollment // nil: refused
	}{
		{NurturePending, "", "enroll", &Enrollment{State: NurtureActive, Segment: "smb", SequenceID: "welcome", Version: "v1", EnrolledAt: at(0), Step: 0, NextAt: at(time.Hour), Attempts: 2, LastError: "old"}},
		{NurturePending, "", "stop", &Enrollment{State: NurtureStopped, Segment: "smb", Step: 1, Attempts: 2, LastError: "old", StopReason: "unsubscribed"}},
		{NurturePending, "", "sent", nil},
		{NurturePending, "", "schedule", nil},
		{NurturePending, "", "send failed", nil},
		{NurturePending, "", "complete", nil},
		{NurturePending, "", "resume", nil},
		{NurtureActive, "", "sent", &Enrollment{State: NurtureActive, Segment: "smb", Step: 2, NextAt: at(0), LastSentAt: at(0)}},
		{NurtureActive, "", "schedule", &Enrollment{State: NurtureActive, Segment: "smb", Step: 1, NextAt: at(48 * time.Hour), Attempts: 2, LastError: "old"}},
		{NurtureActive, "", "send failed", &Enrollment{State: NurtureActive, Segment: "smb", Step: 1, NextAt: at(0), Attempts: 3, LastError: "bounce"}},
		{NurtureActive, "", "complete", &Enrollment{State: NurtureCompleted, Segment: "smb", Step: 1, Attempts: 2, LastError: "old"}},
		{NurtureActive, "", "stop", &Enrollment{State: NurtureStopped, Segment: "smb", Step: 1, Attempts: 2, LastError: "old", StopReason: "unsubscribed"}},
		{NurtureActive, "", "enroll", nil},
		{NurtureActive, "", "resume", nil},
		{NurtureCompleted, "", "enroll", nil},
		{NurtureCompleted, "", "sent", nil},
		{NurtureCompleted, "", "schedule", nil},
		{NurtureCompleted, "", "send failed", nil},
		{NurtureCompleted, "", "complete", nil},
		{NurtureCompleted, "", "stop", nil},
		{NurtureCompleted, "", "resume", nil},
		{NurtureStopped, "verdict review", "resume", &Enrollment{State: NurturePending, Segment: "smb", Step: 1, NextAt: at(0), Attempts: 2, LastError: "old"}},
		{NurtureStopped, "unsubscribed", "resume", nil},
		{NurtureStopped, "suppressed: bounce", "resume", nil},
		{NurtureStopped, "verdict review", "enroll", nil},
		{NurtureStopped, "verdict review", "sent", nil},
		{NurtureStopped, "verdict review", "schedule", nil},
		{NurtureStopped, "verdict review", "send failed", nil},
		{NurtureStopped, "verdict review", "complete", nil},
		{NurtureStopped, "verdict review", "stop", nil},
	} {
		n := start(tc.from, tc.reason)
		before := *n
		err := ops[tc.op](n)
		if tc.want == nil {
			if !errors.Is(err, ErrIllegalTransition) || !reflect.DeepEqual(*n, before) {
				t.Errorf("%s from %s (%q): err %v, enrollment %+v; want refused and untouched", tc.op, tc.from, tc.reason, err, *n)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(n, tc.want) {
			t.Errorf("%s from %s (%q): err %v\n got %+v\nwant %+v", tc.op, tc.from, tc.reason, err, *n, *tc.want)
		}
	}
	// A resumed enrollment that had a sequence goes on where it stopped.
	n := &Enrollment{State: NurtureStopped, SequenceID: "welcome", Step: 2, StopReason: "verdict qualified"}
	if err := n.Resume(t0); err != nil || n.State != NurtureActive || n.Step != 2 || !n.NextAt.Equal(t0) {
		t.Errorf("resume with a sequence: %v %+v", err, n)
	}
}

// TestStoredStatesUnchanged pins the stored values: items written before
// the states were typed must still decode to the same states.
func TestStoredStatesUnchanged(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{string(HandoffPending), "pending"}, {string(HandoffSent), "sent"}, {string(HandoffFailed), "failed"},
		{string(NurturePending), "pending"}, {string(NurtureActive), "active"},
		{string(NurtureCompleted), "completed"}, {string(NurtureStopped), "stopped"},
		{string(WebhookSent), "sent"}, {string(WebhookFailed), "failed"},
	} {
		if tc.got != tc.want {
			t.Errorf("stored state %q, want %q", tc.got, tc.want)
		}
	}
}

// TestStoredLeadDecodes reads a lead as stored before the states were
// typed.
func TestStoredLeadDecodes(t *testing.T) {
	var l Lead
	stored := `{"id":"x","handoff":{"state":"pending","attempts":1,"webhook":"failed"},` +
		`"nurture":{"state":"stopped","segment":"smb","step":2,"stop_reason":"verdict review"}}`
	if err := json.Unmarshal([]byte(stored), &l); err != nil {
		t.Fatal(err)
	}
	if l.Handoff.State != HandoffPending || l.Handoff.Webhook != WebhookFailed || !l.Nurture.StoppedByVerdict() {
		t.Errorf("decoded %+v %+v", l.Handoff, l.Nurture)
	}
	out, _ := json.Marshal(l.Handoff)
	if !strings.Contains(string(out), `"state":"pending"`) || !strings.Contains(string(out), `"webhook":"failed"`) {
		t.Errorf("encoded %s", out)
	}
}

func TestPlan(t *testing.T) {
	sent := &Handoff{State: HandoffSent, SentAt: at(0)}
	for _, tc := range []struct {
		name        string
		l           Lead
		wantHandoff *Handoff
		wantNurture *Enrollment
	}{
		{"qualified gets a pending hand-off after the grace",
			Lead{Verdict: VerdictQualified}, &Handoff{State: HandoffPending, NextAt: at(HandoffGrace)}, nil},
		{"a sent hand-off is kept",
			Lead{Verdict: VerdictQualified, Handoff: sent}, sent, nil},
		{"a failed hand-off starts over",
			Lead{Verdict: VerdictQualified, Handoff: &Handoff{State: HandoffFailed, Attempts: 8}}, &Handoff{State: HandoffPending, NextAt: at(HandoffGrace)}, nil},
		{"qualified stops a live enrollment",
			Lead{Verdict: VerdictQualified, Nurture: &Enrollment{State: NurtureActive, SequenceID: "s", NextAt: at(time.Hour)}},
			&Handoff{State: HandoffPending, NextAt: at(HandoffGrace)},
			&Enrollment{State: NurtureStopped, SequenceID: "s", StopReason: "verdict qualified"}},
		{"nurture gets a pending enrollment in the fit's segment",
			Lead{Verdict: VerdictNurture, Fit: &Fit{Segment: "enterprise"}}, nil,
			&Enrollment{State: NurturePending, Segment: "enterprise", NextAt: at(0)}},
		{"nurture without a segment is general",
			Lead{Verdict: VerdictNurture}, nil, &Enrollment{State: NurturePending, Segment: DefaultSegment, NextAt: at(0)}},
		{"nurture resumes an enrollment stopped for review",
			Lead{Verdict: VerdictNurture, Nurture: &Enrollment{State: NurtureStopped, SequenceID: "s", Step: 2, StopReason: "verdict review"}}, nil,
			&Enrollment{State: NurtureActive, SequenceID: "s", Step: 2, NextAt: at(0)}},
		{"nurture never resumes an unsubscribed enrollment",
			Lead{Verdict: VerdictNurture, Nurture: &Enrollment{State: NurtureStopped, StopReason: "unsubscribed"}}, nil,
			&Enrollment{State: NurtureStopped, StopReason: "unsubscribed"}},
		{"junk plans nothing", Lead{Verdict: VerdictJunk}, nil, nil},
		{"review plans nothing", Lead{Verdict: VerdictReview}, nil, nil},
	} {
		l := tc.l
		l.Plan(t0)
		if !reflect.DeepEqual(l.Handoff, tc.wantHandoff) || !reflect.DeepEqual(l.Nurture, tc.wantNurture) {
			t.Errorf("%s:\n got %+v %+v\nwant %+v %+v", tc.name, l.Handoff, l.Nurture, tc.wantHandoff, tc.wantNurture)
		}
	}
}

func TestDueAt(t *testing.T) {
	for _, tc := range []struct {
		name string
		l    Lead
		want *time.Time
	}{
		{"nothing", Lead{}, nil},
		{"pending hand-off", Lead{Handoff: &Handoff{State: HandoffPending, NextAt: at(time.Minute)}}, at(time.Minute)},
		{"sent hand-off", Lead{Handoff: &Handoff{State: HandoffSent, NextAt: at(time.Minute)}}, nil},
		{"failed hand-off", Lead{Handoff: &Handoff{State: HandoffFailed, NextAt: at(time.Minute)}}, nil},
		{"active step", Lead{Nurture: &Enrollment{State: NurtureActive, NextAt: at(time.Hour)}}, at(time.Hour)},
		{"pending enrollment", Lead{Nurture: &Enrollment{State: NurturePending, NextAt: at(0)}}, at(0)},
		{"stopped enrollment", Lead{Nurture: &Enrollment{State: NurtureStopped, NextAt: at(0)}}, nil},
		{"completed enrollment", Lead{Nurture: &Enrollment{State: NurtureCompleted, NextAt: at(0)}}, nil},
		{"earliest of both", Lead{Handoff: &Handoff{State: HandoffPending, NextAt: at(time.Hour)},
			Nurture: &Enrollment{State: NurtureActive, NextAt: at(time.Minute)}}, at(time.Minute)},
	} {
		got := tc.l.DueAt()
		if (got == nil) != (tc.want == nil) || (got != nil && !got.Equal(*tc.want)) {
			t.Errorf("%s: DueAt = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMerge(t *testing.T) {
	refitTo := func(v Verdict) func(*Fields) Judgment {
		return func(f *Fields) Judgment {
			return Judgment{Verdict: v, Fit: &Fit{Score: 10, Reasons: []Reason{{Code: "size", Points: 10, Stage: StageFit}}}}
		}
	}
	prev := func(v Verdict, n *Enrollment) *Lead {
		return &Lead{ID: "old", Verdict: v, Fields: Fields{Company: "Acme", Phone: "+49301234567", Extra: map[string]string{"seats": "40"}},
			History: []VerdictChange{{At: t0, Verdict: v, Cause: "submitted"}}, Nurture: n}
	}
	t.Run("fills fields and keeps history", func(t *testing.T) {
		l := &Lead{ID: "new", Fields: Fields{Email: "a@b.de", Company: "Acme GmbH"}}
		var seen Fields
		j := Merge(l, prev(VerdictNurture, nil), func(f *Fields) Judgment { seen = *f; return refitTo(VerdictNurture)(f) })
		if seen.Company != "Acme GmbH" || seen.Phone != "+49301234567" || seen.Extra["seats"] != "40" {
			t.Errorf("refit saw %+v: new values must win, missing ones be filled", seen)
		}
		if l.PreviousID != "old" || len(l.History) != 1 || l.History[0].Cause != "submitted" {
			t.Errorf("lead %+v", l)
		}
		if j.Verdict != VerdictNurture || len(j.Fit.Reasons) != 1 {
			t.Errorf("judgment %+v", j)
		}
	})
	t.Run("a qualified lead stays qualified, with a reason", func(t *testing.T) {
		l := &Lead{ID: "new"}
		j := Merge(l, prev(VerdictQualified, nil), refitTo(VerdictNurture))
		if j.Verdict != VerdictQualified {
			t.Fatalf("verdict %s", j.Verdict)
		}
		last := j.Fit.Reasons[len(j.Fit.Reasons)-1]
		if last.Code != ReasonPreviouslyQualified || last.Stage != StageFit {
			t.Errorf("reason %+v", last)
		}
	})
	t.Run("a live enrollment moves, a stopped one does not", func(t *testing.T) {
		live := &Enrollment{State: NurtureActive, SequenceID: "s", Step: 3}
		l := &Lead{ID: "new"}
		Merge(l, prev(VerdictNurture, live), refitTo(VerdictNurture))
		if l.Nurture == nil || l.Nurture == live || l.Nurture.Step != 3 {
			t.Errorf("moved enrollment %+v", l.Nurture)
		}
		l = &Lead{ID: "new"}
		Merge(l, prev(VerdictNurture, &Enrollment{State: NurtureStopped, StopReason: "unsubscribed"}), refitTo(VerdictNurture))
		if l.Nurture != nil {
			t.Errorf("stopped enrollment moved: %+v", l.Nurture)
		}
	})
	for _, tc := range []struct {
		name string
		prev *Lead
		v    Verdict
		want bool
	}{
		{"none", nil, VerdictNurture, false},
		{"earlier nurture", &Lead{ID: "old", Verdict: VerdictNurture}, VerdictQualified, true},
		{"new junk", &Lead{ID: "old", Verdict: VerdictNurture}, VerdictJunk, false},
		{"earlier junk", &Lead{ID: "old", Verdict: VerdictJunk}, VerdictNurture, false},
		{"itself", &Lead{ID: "new", Verdict: VerdictNurture}, VerdictNurture, false},
	} {
		if got := Mergeable(tc.prev, "new", tc.v); got != tc.want {
			t.Errorf("Mergeable %s = %v", tc.name, got)
		}
	}
}

func TestApply(t *testing.T) {
	l := &Lead{History: []VerdictChange{{Verdict: VerdictReview}}}
	j := Judgment{Verdict: VerdictNurture, RulesVersion: "r1",
		Screening: Screening{Score: 5, Reasons: []Reason{{Code: "free_mail"}}},
		Fit:       &Fit{Score: 30, Reasons: []Reason{{Code: "size"}}}}
	l.Apply(j, "submitted", t0)
	if l.Verdict != VerdictNurture || l.RulesVersion != "r1" || len(l.Reasons) != 2 || l.Reasons[0].Code != "free_mail" {
		t.Errorf("lead %+v", l)
	}
	want := VerdictChange{At: t0, Verdict: VerdictNurture, JunkScore: 5, FitScore: 30, RulesVersion: "r1", Cause: "submitted"}
	if len(l.History) != 2 || l.History[1] != want {
		t.Errorf("history %+v", l.History)
	}
}

func TestErrorKind(t *testing.T) {
	cause := errors.New("dynamo down")
	e := &Error{Kind: EUNAVAILABLE, Code: "storage_unavailable", Message: "try again", Err: cause}
	wrapped := errors.Join(errors.New("context"), e)
	for _, tc := range []struct {
		err  error
		want ErrorKind
	}{{nil, ""}, {cause, EINTERNAL}, {e, EUNAVAILABLE}, {wrapped, EUNAVAILABLE}} {
		if got := KindOf(tc.err); got != tc.want {
			t.Errorf("KindOf(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
	if !errors.Is(e, cause) {
		t.Error("the cause is not unwrapped")
	}
	if got := (&Error{Code: "validation_failed", Message: "check the fields", Fields: map[string]string{"email": "required"}}).Error(); got != "validation_failed: check the fields map[email:required]" {
		t.Errorf("Error() = %q", got)
	}
}

func TestDecide(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		verdict       Verdict
		by, wantBy    string
		handoff       bool
		enrolled      bool
		expires       bool
		wantCauseHint string
	}{
		{VerdictQualified, "Lena Vogel", "Lena Vogel", true, false, false, "decided by Lena Vogel: checked"},
		{VerdictNurture, "", "an operator", false, true, false, "decided by an operator: checked"},
		{VerdictJunk, " dana ", "dana", false, false, true, "decided by dana: checked"},
	} {
		l := &Lead{ID: "01JTEST", Verdict: VerdictReview}
		l.Decide(tc.verdict, tc.by, " checked ", 30*24*time.Hour, now)
		last := l.History[len(l.History)-1]
		if l.Verdict != tc.verdict || last.By != tc.wantBy || last.Note != "checked" || last.Cause != tc.wantCauseHint {
			t.Errorf("%s: verdict %s, history %+v", tc.verdict, l.Verdict, last)
		}
		if got := l.Handoff != nil && l.Handoff.State == HandoffPending && l.DueAt() != nil && !l.DueAt().After(now); got != tc.handoff {
			t.Errorf("%s: sales hand-off due now = %v, want %v", tc.verdict, got, tc.handoff)
		}
		if got := l.Nurture != nil && l.Nurture.State == NurturePending; got != tc.enrolled {
			t.Errorf("%s: enrollment pending = %v, want %v", tc.verdict, got, tc.enrolled)
		}
		if got := l.ExpiresAt != nil; got != tc.expires {
			t.Errorf("%s: expires = %v, want %v", tc.verdict, got, tc.expires)
		}
		if r := l.Reasons[len(l.Reasons)-1]; r.Code != ReasonDecidedByPerson {
			t.Errorf("%s: last reason %+v", tc.verdict, r)
		}
	}
}

// TestEnrollmentIntent: a step's send is bracketed by an intent; a stale
// intent counts as sent, so the step is never delivered twice.
func TestEnrollmentIntent(t *testing.T) {
	n := &Enrollment{State: NurtureActive, Segment: "smb", Step: 1, NextAt: at(0)}
	if err := n.Begin("s-1", t0.Add(3*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := n.Begin("s-2", t0.Add(3*time.Minute)); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("a second intent on one step: %v", err)
	}
	if n.Stale(t0.Add(time.Minute)) || n.Due(t0.Add(time.Minute)) {
		t.Fatal("intent due before the lease ran out")
	}
	if err := n.Recover(t0.Add(time.Minute)); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("recovered a live intent: %v", err)
	}
	if err := n.Recover(t0.Add(3 * time.Minute)); err != nil {
		t.Fatal(err)
	}
	if n.Step != 2 || n.Intent != "" || n.LastError == "" || n.LastSentAt == nil {
		t.Fatalf("after recovery: %+v", n)
	}
	// A definite failure clears the intent for the retry.
	_ = n.Begin("s-3", t0.Add(time.Hour))
	_ = n.SendFailed("throttled")
	if n.Intent != "" || n.Attempts != 1 {
		t.Fatalf("after a failed send: %+v", n)
	}
}

package screen

import (
	"context"
	"reflect"
	"strconv"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// appendThenPanic appends n reasons, then panics when boom is set.
type appendThenPanic struct {
	n    int
	boom bool
}

func (appendThenPanic) Name() string { return "fake" }

func (d appendThenPanic) Detect(ctx context.Context, in *Input) []lead.Reason {
	return d.appendReasons(ctx, in, nil)
}

func (d appendThenPanic) appendReasons(_ context.Context, in *Input, rs []lead.Reason) []lead.Reason {
	for i := range d.n {
		rs = append(rs, in.reason(CodeSpamContent, "fake "+strconv.Itoa(i)))
	}
	if d.boom {
		panic("boom")
	}
	return rs
}

// TestRunAppendMatchesRun holds runAppend to append(rs, run(...)...) for
// detectors that append and then panic or not, with and without room left
// in rs, and for a detector that only has Detect.
func TestRunAppendMatchesRun(t *testing.T) {
	e := testEngine(t, nil, nil)
	sub := genuine(t, e.deps.Tokens)
	in := &Input{Sub: sub, eng: e}
	ctx := context.Background()
	prefix := []lead.Reason{in.reason(CodeFreeMail, "first"), in.reason(CodeRoleAccount, "second")}
	for _, n := range []int{0, 1, 3, 9} {
		for _, boom := range []bool{false, true} {
			for _, room := range []int{0, 1, 16} {
				d := appendThenPanic{n: n, boom: boom}
				base := append(make([]lead.Reason, 0, len(prefix)+room), prefix...)
				want := append(append([]lead.Reason(nil), prefix...), e.run(ctx, d, in)...)
				got := e.runAppend(ctx, d, d, in, base)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("n=%d boom=%v room=%d: runAppend = %v, want %v", n, boom, room, got, want)
				}
				// Without the appender, the same through run.
				if got := e.runAppend(ctx, d, nil, in, append([]lead.Reason(nil), prefix...)); !reflect.DeepEqual(got, want) {
					t.Errorf("n=%d boom=%v: runAppend without appender = %v, want %v", n, boom, got, want)
				}
			}
		}
	}
}

// TestAppendReasonsMatchDetect holds each built-in reasonAppender's
// appendReasons to Detect, onto a non-empty slice, over submissions that
// make them fire. Velocity counts on every call, so each way has an engine
// (and counter) of its own.
func TestAppendReasonsMatchDetect(t *testing.T) {
	eD, eA := testEngine(t, nil, nil), testEngine(t, nil, nil)
	ctx := context.Background()
	subs := []func(s *lead.Submission){
		func(*lead.Submission) {},
		func(s *lead.Submission) {
			s.Fields.Email = "info@mailinator.com"
			s.Fields.FirstName, s.Fields.LastName = "asdfghjkl", "qwrtzxcvb"
			s.Fields.Message = "Buy cheap viagra at https://pills.xyz and www.casino.top NOW!!! <a href=x>click here</a> SEO services, backlinks"
			s.Context.UserAgent = "python-requests/2.31"
		},
		func(s *lead.Submission) { s.Fields.Email = "not an address" },
		func(s *lead.Submission) { s.Fields.Email = "maria@gmial.com"; s.Context.UserAgent = "" },
	}
	detectors := func(e *Engine) []reasonAppender {
		return []reasonAppender{velocityDetector{e}, messageDetector{e}, namesDetector{e}, emailDetector{e}, newUserAgentDetector()}
	}
	input := func(e *Engine, sub *lead.Submission) *Input {
		in := &Input{Sub: sub, eng: e, Now: sub.Context.ReceivedAt, Email: ParseEmail(sub.Fields.Email), Live: sub.Context.IP != ""}
		e.classify(in)
		return in
	}
	fired := 0
	for i, mod := range subs {
		for range 8 { // velocity counts up
			sub := genuine(t, eD.deps.Tokens)
			mod(sub)
			for k, dA := range detectors(eA) {
				dD := detectors(eD)[k].(Detector)
				inD, inA := input(eD, sub), input(eA, sub)
				prefix := []lead.Reason{inA.reason(CodeFreeMail, "first")}
				want := append(append([]lead.Reason(nil), prefix...), dD.Detect(ctx, inD)...)
				got := dA.appendReasons(ctx, inA, prefix)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("submission %d, %T: appendReasons = %v, want %v", i, dA, got, want)
				}
				fired += len(got) - 1
			}
		}
	}
	if fired < 50 {
		t.Errorf("only %d reasons: the comparison proves little", fired)
	}
}

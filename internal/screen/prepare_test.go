package screen

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestPrepareFinishEqualsScreen: preparing every submission first and
// finishing them in order gives what screening them one by one gives,
// counting checks included (the same person posting eight times, with one
// render token used twice).
func TestPrepareFinishEqualsScreen(t *testing.T) {
	ctx := context.Background()
	one, prepared := testEngine(t, nil, nil), testEngine(t, nil, nil)
	signer := testSigner(t)
	form := Form{ID: "contact", RenderToken: true}
	var subs = make([]*lead.Submission, 0, 8)
	for i := range 8 {
		s := genuine(t, signer)
		s.Context.ReceivedAt = t0.Add(time.Duration(i) * time.Minute)
		if i == 5 {
			s.Control.Token = subs[4].Control.Token // replayed
		}
		subs = append(subs, s)
	}
	var ps []*Prepared
	for _, s := range subs {
		ps = append(ps, prepared.Prepare(ctx, form, s))
	}
	sawVelocity, sawReplay := false, false
	for i, s := range subs {
		want := one.Screen(ctx, form, s)
		got := prepared.Finish(ctx, ps[i])
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("submission %d: Finish(Prepare) = %+v\nScreen = %+v", i, got, want)
		}
		for _, r := range got.Reasons {
			sawVelocity = sawVelocity || r.Code == CodeIPVelocity || r.Code == CodeEmailVelocity
			sawReplay = sawReplay || r.Code == CodeRenderTokenReplayed
		}
	}
	if !sawVelocity || !sawReplay {
		t.Fatalf("the stream did not exercise the counting checks (velocity %v, replay %v)", sawVelocity, sawReplay)
	}
	if s := prepared.Finish(ctx, prepared.Prepare(ctx, form, nil)); s.Verdict != lead.ScreenReview {
		t.Errorf("nil submission: %+v", s)
	}
}

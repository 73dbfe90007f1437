package invocation

import (
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

type fakeLambda struct {
	in     *lambda.InvokeInput
	status int32
	err    error
}

func (f *fakeLambda) Invoke(ctx context.Context, in *lambda.InvokeInput, _ ...func(*lambda.Options)) (*lambda.InvokeOutput, error) {
	f.in = in
	if _, ok := ctx.Deadline(); !ok {
		return nil, errors.New("invoked without a deadline")
	}
	if f.err != nil {
		return nil, f.err
	}
	return &lambda.InvokeOutput{StatusCode: f.status}, nil
}

func TestAsyncInvokesAsAnEvent(t *testing.T) {
	f := &fakeLambda{status: 202}
	a := &Async{Lambda: f, Function: "arn:aws:lambda:eu-west-1:000000000000:function:leadsieve-HandoffFunction"}
	if err := a.FollowUp(context.Background(), "01M4B3R6G0GQ6SAJ9B4TD63BWG", true); err != nil {
		t.Fatal(err)
	}
	if f.in.InvocationType != types.InvocationTypeEvent || *f.in.FunctionName != a.Function ||
		string(f.in.Payload) != `{"lead_id":"01M4B3R6G0GQ6SAJ9B4TD63BWG","handoff_pending":true}` {
		t.Fatalf("invoked %s %s with %s", *f.in.FunctionName, f.in.InvocationType, f.in.Payload)
	}
	for _, bad := range []*fakeLambda{{status: 200}, {err: errors.New("TooManyRequestsException")}} {
		if err := (&Async{Lambda: bad, Function: "f"}).FollowUp(context.Background(), "x", false); err == nil {
			t.Errorf("status %d, err %v: no error", bad.status, bad.err)
		}
	}
}

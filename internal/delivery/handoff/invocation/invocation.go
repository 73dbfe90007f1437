// Package invocation is how the hand-off function is started: the event it
// takes ({"lead_id": "..."}) and the asynchronous invocation intake makes
// for every stored lead. It is apart from package handoff so that intake
// links the Lambda client alone, not the mail and routing the hand-off
// itself needs.
package invocation

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

// Event is the payload the hand-off function is invoked with.
// HandoffPending says whether intake stored the lead with a pending sales
// hand-off; false lets the function finish without reading the lead (most
// leads are not for sales), nil (an event without it) reads the lead.
// Intake sends it for every lead, true or false, so the invocation is the
// same work whatever the verdict.
type Event struct {
	LeadID         string `json:"lead_id"`
	HandoffPending *bool  `json:"handoff_pending,omitempty"`
}

// Invoker is the part of the Lambda client that invokes a function.
type Invoker interface {
	Invoke(ctx context.Context, in *lambda.InvokeInput, opts ...func(*lambda.Options)) (*lambda.InvokeOutput, error)
}

// DefaultInvokeTimeout bounds the asynchronous invocation (the Lambda
// service only queues the event).
const DefaultInvokeTimeout = 2 * time.Second

// Async is intake's follow-up (intake.FollowUp): it invokes the hand-off
// function asynchronously (InvocationType Event) with the lead's id, so
// the request answers without waiting for the sales e-mail. The Lambda
// service retries the event as the function's EventInvokeConfig says; the
// dispatcher retries whatever that does not settle.
type Async struct {
	Lambda Invoker
	// Function is the hand-off function's name or ARN.
	Function string
	// Timeout defaults to DefaultInvokeTimeout.
	Timeout time.Duration
}

// FollowUp queues the follow-up of lead id.
func (a *Async) FollowUp(ctx context.Context, id string, handoffPending bool) error {
	payload, err := json.Marshal(Event{LeadID: id, HandoffPending: &handoffPending})
	if err != nil {
		return err
	}
	timeout := a.Timeout
	if timeout <= 0 {
		timeout = DefaultInvokeTimeout
	}
	ictx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	out, err := a.Lambda.Invoke(ictx, &lambda.InvokeInput{
		FunctionName:   &a.Function,
		InvocationType: types.InvocationTypeEvent,
		Payload:        payload,
	})
	if err != nil {
		return fmt.Errorf("invocation: invoke %s: %w", a.Function, err)
	}
	if out.StatusCode != 202 {
		return fmt.Errorf("invocation: invoke %s: status %d, want 202", a.Function, out.StatusCode)
	}
	return nil
}

package invokeapi_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"

	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
)

// client is the AWS SDK's Lambda client pointed at the stand-in.
func client(t *testing.T, srv *invokeapi.Server) *lambda.Client {
	t.Helper()
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return lambda.New(lambda.Options{
		Region: "us-east-1", BaseEndpoint: aws.String(hs.URL),
		Credentials: credentials.NewStaticCredentialsProvider("local", "local", ""),
	})
}

func TestInvokeThroughTheSDK(t *testing.T) {
	ctx := context.Background()
	release := make(chan struct{})
	var ran atomic.Int32
	srv := &invokeapi.Server{Functions: map[string]invokeapi.Function{
		"EchoFunction": func(_ context.Context, p []byte) ([]byte, error) { return p, nil },
		"SlowFunction": func(_ context.Context, p []byte) ([]byte, error) {
			<-release
			ran.Add(1)
			return nil, nil
		},
		"FailingFunction": func(context.Context, []byte) ([]byte, error) { return nil, errors.New("boom") },
	}}
	c := client(t, srv)

	out, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("EchoFunction"), Payload: []byte(`{"lead_id":"x"}`)})
	if err != nil || out.StatusCode != 200 || string(out.Payload) != `{"lead_id":"x"}` || out.FunctionError != nil {
		t.Fatalf("request-response: %+v %v", out, err)
	}
	// An ARN names the function too.
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("arn:aws:lambda:us-east-1:000000000000:function:EchoFunction"), Payload: []byte(`1`)})
	if err != nil || string(out.Payload) != "1" {
		t.Fatalf("by ARN: %+v %v", out, err)
	}
	// Event: answered at once, run in the background, awaited by Wait.
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("SlowFunction"), InvocationType: types.InvocationTypeEvent, Payload: []byte(`{}`)})
	if err != nil || out.StatusCode != 202 {
		t.Fatalf("event: %+v %v", out, err)
	}
	if ran.Load() != 0 {
		t.Fatal("an Event invocation ran before the answer")
	}
	close(release)
	srv.Wait()
	if ran.Load() != 1 {
		t.Fatalf("Event invocation ran %d times", ran.Load())
	}
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("FailingFunction")})
	if err != nil || out.FunctionError == nil || *out.FunctionError != "Unhandled" || !strings.Contains(string(out.Payload), "boom") {
		t.Fatalf("function error: %+v %v", out, err)
	}
	out, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("EchoFunction"), InvocationType: types.InvocationTypeDryRun})
	if err != nil || out.StatusCode != 204 {
		t.Fatalf("dry run: %+v %v", out, err)
	}
	_, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("NoSuchFunction")})
	var nf *types.ResourceNotFoundException
	if !errors.As(err, &nf) {
		t.Fatalf("unknown function: %v, want ResourceNotFoundException", err)
	}
}

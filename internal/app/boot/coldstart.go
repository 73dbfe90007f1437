// Package boot builds, once per Lambda cold start, what every function
// that reads or writes leads needs whatever it does: the settings, the
// logger and the AWS configuration (package lambdaenv) and the leads
// store. It imports no screening, no delivery, no forms and no client of
// a service some function does not call (the signing secret is read by
// package signing), so that each function's own wiring (intakefn,
// dispatcherfn, seseventsfn, handofffn, ...) links only what that
// function uses. The unsubscribe endpoint, which stores nothing, starts
// from lambdaenv alone.
package boot

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
)

// HTTPHandler serves an API Gateway HTTP API (payload format 2.0) request.
type HTTPHandler = lambdaenv.HTTPHandler

// Base is what every function that stores leads builds at cold start: the
// function's environment (its settings, logger, AWS configuration and
// clock) and the leads store.
type Base struct {
	*lambdaenv.Env
	Store *store.Store
}

// Load reads the settings through getenv and builds the logger, the AWS
// configuration and the leads store.
func Load(ctx context.Context, getenv func(string) string) (*Base, error) {
	env, err := lambdaenv.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	return &Base{Env: env, Store: store.New(dynamodb.NewFromConfig(env.AWS), env.Settings.LeadsTable)}, nil
}

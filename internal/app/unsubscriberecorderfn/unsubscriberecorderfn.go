// Package unsubscriberecorderfn wires the unsubscribe recorder
// (UnsubscribeRecorderFunction): invoked asynchronously by the unsubscribe
// endpoint with {"token": "..."} for every one-click POST, it verifies the
// token and records the unsubscribe. It needs the store and the signing
// key, nothing of screening or delivery, and no Lambda client.
package unsubscriberecorderfn

import (
	"context"
	"fmt"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
)

// Event is the payload the recorder is invoked with.
type Event struct {
	Token string `json:"token"`
}

// Handler handles one invocation of the recorder.
type Handler func(ctx context.Context, ev Event) error

// New builds the recorder's handler. Its error (storage out of
// reach) makes the Lambda service retry the event.
func New(ctx context.Context, getenv func(string) string) (Handler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	secret, err := signing.Secret(ctx, b)
	if err != nil {
		return nil, err
	}
	signer, err := unsubscribe.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	rec := &unsubscribe.Recorder{Signer: signer, Store: b.Store, Now: b.Now, Log: b.Log}
	return func(ctx context.Context, ev Event) error {
		return rec.Record(ctx, ev.Token)
	}, nil
}

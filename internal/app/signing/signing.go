// Package signing reads the HMAC key of render and unsubscribe tokens. It
// is apart from boot so that only the functions that sign or check tokens
// (intake, dispatcher, unsubscribe) link the Secrets Manager client.
package signing

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"github.com/leadsieve/leadsieve/internal/app/boot"
)

// Secret is the signing key: the SIGNING_SECRET setting (local runs), else
// the Secrets Manager secret SIGNING_SECRET_ARN names, read once per cold
// start.
func Secret(ctx context.Context, b *boot.Base) ([]byte, error) {
	if len(b.Settings.SigningSecret) > 0 {
		return b.Settings.SigningSecret, nil
	}
	arn := b.Settings.SigningSecretARN
	if arn == "" {
		return nil, fmt.Errorf("app: neither SIGNING_SECRET_ARN nor SIGNING_SECRET is set")
	}
	out, err := secretsmanager.NewFromConfig(b.AWS).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: &arn})
	if err != nil {
		return nil, fmt.Errorf("app: read signing secret: %w", err)
	}
	if out.SecretString == nil {
		return nil, fmt.Errorf("app: signing secret %s has no string value", arn)
	}
	return []byte(*out.SecretString), nil
}

package lambdaenv_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
)

// TestFromEnvironment: the functions' AWS configuration reads what Lambda
// sets and the endpoint overrides local runs use, the way the SDK's own
// loader reads them, and refuses to run without a region or keys.
func TestFromEnvironment(t *testing.T) {
	vars := []string{"AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
		"AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_SECRETS_MANAGER", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"}
	lambda := map[string]string{"AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_SESSION_TOKEN": "TOKEN"}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range lambda {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	for _, tc := range []struct {
		name             string
		env              map[string]string
		wantErr          bool
		region           string
		dynamo, secrets  string // base endpoints the clients get ("" none)
		sessionTokenWant string
	}{
		{name: "lambda", env: lambda, region: "eu-west-1", sessionTokenWant: "TOKEN"},
		{name: "default region", env: map[string]string{"AWS_DEFAULT_REGION": "us-east-2", "AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b"}, region: "us-east-2"},
		{name: "no region", env: map[string]string{"AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b"}, wantErr: true},
		{name: "no keys", env: map[string]string{"AWS_REGION": "eu-west-1"}, wantErr: true},
		{name: "no secret key", env: map[string]string{"AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "a"}, wantErr: true},
		{name: "service endpoints", env: with(map[string]string{"AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:8000", "AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://127.0.0.1:9000"}),
			region: "eu-west-1", dynamo: "http://127.0.0.1:8000", secrets: "http://127.0.0.1:9000", sessionTokenWant: "TOKEN"},
		{name: "global endpoint, one service's own", env: with(map[string]string{"AWS_ENDPOINT_URL": "http://127.0.0.1:4566", "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:8000"}),
			region: "eu-west-1", dynamo: "http://127.0.0.1:8000", secrets: "http://127.0.0.1:4566", sessionTokenWant: "TOKEN"},
		{name: "overrides ignored", env: with(map[string]string{"AWS_ENDPOINT_URL": "http://127.0.0.1:4566", "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:8000", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"}),
			region: "eu-west-1", sessionTokenWant: "TOKEN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range vars {
				t.Setenv(v, tc.env[v])
			}
			// The SDK's loader, for comparison, reads no file outside the
			// test's own directory.
			dir := t.TempDir()
			t.Setenv("AWS_CONFIG_FILE", filepath.Join(dir, "config"))
			t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(dir, "credentials"))
			t.Setenv("AWS_PROFILE", "")
			t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
			cfg, err := lambdaenv.FromEnvironment(context.Background())
			if tc.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Region != tc.region {
				t.Errorf("region %q, want %q", cfg.Region, tc.region)
			}
			creds, err := cfg.Credentials.Retrieve(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if creds.AccessKeyID != tc.env["AWS_ACCESS_KEY_ID"] || creds.SecretAccessKey != tc.env["AWS_SECRET_ACCESS_KEY"] || creds.SessionToken != tc.sessionTokenWant {
				t.Errorf("credentials %+v", creds)
			}
			if got := aws.ToString(dynamodb.NewFromConfig(cfg).Options().BaseEndpoint); got != tc.dynamo {
				t.Errorf("DynamoDB endpoint %q, want %q", got, tc.dynamo)
			}
			if got := aws.ToString(secretsmanager.NewFromConfig(cfg).Options().BaseEndpoint); got != tc.secrets {
				t.Errorf("Secrets Manager endpoint %q, want %q", got, tc.secrets)
			}
			sdk, err := awsconfig.LoadDefaultConfig(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if sdk.Region != cfg.Region {
				t.Errorf("region %q, the SDK's loader reads %q", cfg.Region, sdk.Region)
			}
			if got, want := aws.ToString(dynamodb.NewFromConfig(sdk).Options().BaseEndpoint), tc.dynamo; got != want {
				t.Errorf("the SDK's loader gives DynamoDB %q, this one %q", got, want)
			}
			if got, want := aws.ToString(secretsmanager.NewFromConfig(sdk).Options().BaseEndpoint), tc.secrets; got != want {
				t.Errorf("the SDK's loader gives Secrets Manager %q, this one %q", got, want)
			}
		})
	}
}

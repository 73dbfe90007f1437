package lambdaenv

import (
	"context"
	"errors"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// AWSConfig loads the AWS configuration for Load. It is FromEnvironment,
// which the Lambda functions use; a program that also runs with a
// developer's profile (leadctl) sets it to the SDK's
// config.LoadDefaultConfig before its first Load.
var AWSConfig = FromEnvironment

// FromEnvironment builds the AWS configuration from the variables Lambda
// sets for every function (AWS_REGION, and the execution role's
// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN), plus the
// standard endpoint overrides local runs use (AWS_ENDPOINT_URL,
// AWS_ENDPOINT_URL_<SERVICE>, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS), read as
// the SDK's own loader reads them.
//
// It stands in for config.LoadDefaultConfig in the functions because
// merely linking that package (its shared-file, SSO and STS credential
// providers, each with its own service client) costs a Lambda cold start
// about as much as the rest of a small function's initialisation, and on
// Lambda the environment is where the credentials are anyway. Anything it
// does not read (profiles, shared files, web identity) is an error here,
// not a silent difference: without a region and keys it refuses.
func FromEnvironment(context.Context) (aws.Config, error) {
	region := os.Getenv("AWS_REGION")
	if region == "" {
		region = os.Getenv("AWS_DEFAULT_REGION")
	}
	key, secret := os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY")
	if region == "" || key == "" || secret == "" {
		return aws.Config{}, errors.New("AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set (Lambda sets them)")
	}
	creds := credentials.NewStaticCredentialsProvider(key, secret, os.Getenv("AWS_SESSION_TOKEN"))
	creds.Value.Source = "EnvironmentVariables"
	cfg := aws.Config{
		Region:        region,
		Credentials:   aws.NewCredentialsCache(creds),
		ConfigSources: []any{endpointsFromEnvironment{}},
	}
	if u := os.Getenv("AWS_ENDPOINT_URL"); u != "" && !ignoreConfiguredEndpoints() {
		cfg.BaseEndpoint = aws.String(u)
	}
	return cfg, nil
}

// endpointsFromEnvironment answers each service client's question for its
// AWS_ENDPOINT_URL_<SERVICE> override (the SDK's service clients look for
// these methods among aws.Config.ConfigSources).
type endpointsFromEnvironment struct{}

// GetServiceBaseEndpoint returns AWS_ENDPOINT_URL_<sdkID>, sdkID upper case
// with spaces made underscores ("Secrets Manager": SECRETS_MANAGER).
func (endpointsFromEnvironment) GetServiceBaseEndpoint(_ context.Context, sdkID string) (string, bool, error) {
	name := "AWS_ENDPOINT_URL_" + strings.ReplaceAll(strings.ToUpper(sdkID), " ", "_")
	u := os.Getenv(name)
	return u, u != "", nil
}

// GetIgnoreConfiguredEndpoints reports AWS_IGNORE_CONFIGURED_ENDPOINT_URLS.
func (endpointsFromEnvironment) GetIgnoreConfiguredEndpoints(context.Context) (bool, bool, error) {
	v, set := os.LookupEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
	return ignoreConfiguredEndpoints(), set && v != "", nil
}

func ignoreConfiguredEndpoints() bool {
	return strings.EqualFold(os.Getenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true")
}

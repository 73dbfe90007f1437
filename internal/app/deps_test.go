package app_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/leadsieve/leadsieve/"

// Packages a function must not link unless it uses them: each costs cold
// start (package initialisation, binary size) in every function that links
// it.
var (
	// screening judges a submission: the judge, the qualification model,
	// the junk screen and its models and lists.
	screening = []string{module + "internal/judge", module + "internal/qualify", module + "internal/screen"}
	// formsConfig is the forms file and the YAML decoder it needs.
	formsConfig = []string{module + "internal/config/forms", "go.yaml.in/yaml/v3"}
	// liveConfig follows the live configuration versions, starting from
	// the embedded files.
	liveConfig = []string{module + "config", module + "internal/app/liveconfig"}
	// Clients of AWS services.
	dynamodbClient = "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	sesClient      = "github.com/aws/aws-sdk-go-v2/service/ses"
	lambdaClient   = "github.com/aws/aws-sdk-go-v2/service/lambda"
	secretsClient  = "github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	// sdkLoader is the SDK's configuration loader and the credential
	// providers it links (each with a service client): on Lambda the
	// credentials are in the environment (lambdaenv.FromEnvironment).
	sdkLoader = []string{"github.com/aws/aws-sdk-go-v2/config", "github.com/aws/aws-sdk-go-v2/service/sts",
		"github.com/aws/aws-sdk-go-v2/service/sso", "github.com/aws/aws-sdk-go-v2/service/ssooidc", "github.com/aws/aws-sdk-go-v2/service/signin"}
	// salesHandoff sends the sales hand-off.
	salesHandoff = module + "internal/delivery/handoff"
	// phoneLibrary is libphonenumber's Go port, whose package
	// initialisation decodes every region's metadata (30 M instructions
	// of intake's cold start when it linked it): internal/region/phoneplan has
	// the plans it needs, generated from the library's metadata.
	phoneLibrary = []string{"github.com/nyaruka/phonenumbers"}
)

// TestFunctionsLinkOnlyWhatTheyUse: each function links what it uses and
// nothing it does not: only intake judges submissions; only the functions
// that sign or check tokens read the signing secret; only intake invokes
// the hand-off function and the unsubscribe endpoint its recorder; the
// SES-events and unsubscribe functions read no
// forms and follow no configuration version; none links the SDK's
// configuration loader or the phone-number library. A package listed in mustNot fails the test when it, or a package
// under it, is in `go list -deps` of the function.
func TestFunctionsLinkOnlyWhatTheyUse(t *testing.T) {
	for _, tc := range []struct {
		function string
		must     []string
		mustNot  [][]string
	}{
		{"intake", append([]string{module + "internal/delivery/handoff/invocation", lambdaClient, secretsClient}, screening...),
			[][]string{phoneLibrary, sdkLoader, {sesClient, salesHandoff}}},
		{"dispatcher", []string{salesHandoff, sesClient, secretsClient},
			[][]string{phoneLibrary, screening, sdkLoader, {lambdaClient, module + "internal/delivery/handoff/invocation"}}},
		// The hand-off signs the sales e-mail's outcome links.
		{"handoff", []string{salesHandoff, sesClient, secretsClient},
			[][]string{phoneLibrary, screening, sdkLoader, {lambdaClient}}},
		// The endpoint only queues tokens for the recorder: it invokes, and
		// neither verifies nor stores (no DynamoDB client, whose packages'
		// initialisation was a third of its cold start's instructions).
		{"unsubscribe", []string{module + "internal/compliance/unsubscribe", lambdaClient},
			[][]string{phoneLibrary, screening, formsConfig, liveConfig, sdkLoader, {sesClient, salesHandoff, secretsClient, dynamodbClient}}},
		{"unsubscriberecorder", []string{module + "internal/compliance/unsubscribe", secretsClient},
			[][]string{phoneLibrary, screening, formsConfig, liveConfig, sdkLoader, {sesClient, lambdaClient, salesHandoff}}},
		// The console serves pages and records decisions; it judges no
		// submission of its own, but the back-test of a rules draft judges
		// past leads with the draft and the live rules (as `leadctl
		// backtest` does), and a sequence step's test goes through SES.
		{"console", append([]string{module + "internal/console", sesClient}, screening...),
			[][]string{phoneLibrary, sdkLoader}},
		{"sesevents", []string{module + "internal/compliance/sesevents"},
			[][]string{phoneLibrary, screening, formsConfig, liveConfig, sdkLoader, {sesClient, lambdaClient, secretsClient, salesHandoff}}},
	} {
		t.Run(tc.function, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", module+"functions/"+tc.function).Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			deps := strings.Fields(string(out))
			if !slices.Contains(deps, module+"internal/lead") {
				t.Fatalf("go list -deps printed no internal/lead:\n%s", out)
			}
			for _, p := range tc.must {
				if !slices.Contains(deps, p) {
					t.Errorf("the %s function does not link %s", tc.function, p)
				}
			}
			for _, group := range tc.mustNot {
				for _, p := range group {
					for _, d := range deps {
						if d == p || strings.HasPrefix(d, p+"/") && !slices.Contains(tc.must, d) {
							t.Errorf("the %s function links %s", tc.function, d)
						}
					}
				}
			}
		})
	}
}

// TestExecutesNoTemplate: the functions that render no template link no
// look-up of methods by name. Executing a text/template or html/template
// template links one (reflect.Value.MethodByName), and where it is linked
// the linker must keep every exported method of every type that may reach
// it, which for the SDK clients is every API operation with its types and
// serializers: about 5.5 MB of intake's 23.5 MB binary and 5.9 MB of the
// unsubscribe endpoint's 14.9 MB when it rendered its pages from a
// template, most of it read from disk at each cold start. Intake renders no template
// (nurture.ParseForEnrolment, httpapi's pages), the unsubscribe pages are
// static files; `go list` cannot see this, since the template packages may
// still be linked for parsing.
func TestExecutesNoTemplate(t *testing.T) {
	for _, tc := range []struct {
		function string
		client   string // a symbol that shows the test reads the right binary
	}{
		{"intake", "lambda.(*Client).Invoke"},
		{"unsubscribe", "lambda.(*Client).Invoke"},
	} {
		t.Run(tc.function, func(t *testing.T) {
			t.Parallel() // each links a bootstrap
			bin := t.TempDir() + "/bootstrap"
			build := exec.Command("go", "build", "-tags", "lambda.norpc", "-o", bin, module+"functions/"+tc.function)
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
			out, err := exec.Command("go", "tool", "nm", bin).Output()
			if err != nil {
				t.Fatalf("go tool nm: %v", err)
			}
			if !strings.Contains(string(out), tc.client) {
				t.Fatalf("go tool nm printed no %s: the test reads the wrong binary", tc.client)
			}
			for _, line := range strings.Split(string(out), "\n") {
				if strings.HasSuffix(line, " reflect.Value.MethodByName") {
					t.Errorf("the %s function links reflect.Value.MethodByName (a template executed, or another look-up of methods by name)", tc.function)
				}
			}
		})
	}
}

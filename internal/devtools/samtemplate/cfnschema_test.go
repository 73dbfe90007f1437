package samtemplate_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// cfnExtract is the vendored part of goformation's CloudFormation schema:
// the definitions of the resource types below and of everything they
// refer to (testdata/schema/SOURCES.md says where it comes from).
var cfnExtract = filepath.Join("testdata", "schema", "cloudformation.resources.schema.json")

// cfnSource regenerates cfnExtract from goformation's full schema (7.6 MB,
// too large to keep in the repository):
//
//	go test ./internal/devtools/samtemplate/ -run CloudFormation -cfn-schema \
//	  "$(go env GOMODCACHE)/github.com/awslabs/goformation/v7@v7.14.9/schema/cloudformation.schema.json"
var cfnSource = flag.String("cfn-schema", "", "regenerate "+cfnExtract+" from this goformation cloudformation.schema.json")

// cfnTypes are the CloudFormation resource types vendored: those
// template.yaml uses, and those the open issues plan to add (a console
// user pool, a dead-letter queue, alarms, log groups, an SES configuration
// set), so adding one does not mean re-vendoring first.
var cfnTypes = []string{
	"AWS::CloudWatch::Alarm",
	"AWS::Cognito::UserPool",
	"AWS::Cognito::UserPoolClient",
	"AWS::Cognito::UserPoolDomain",
	"AWS::Cognito::UserPoolGroup",
	"AWS::DynamoDB::Table",
	"AWS::Events::Rule",
	"AWS::IAM::Role",
	"AWS::Lambda::Permission",
	"AWS::Logs::LogGroup",
	"AWS::SES::ConfigurationSet",
	"AWS::SES::ConfigurationSetEventDestination",
	"AWS::SNS::Subscription",
	"AWS::SNS::Topic",
	"AWS::SNS::TopicPolicy",
	"AWS::SQS::Queue",
	"AWS::SQS::QueuePolicy",
	"AWS::Scheduler::Schedule",
	"AWS::SecretsManager::Secret",
}

// extractCFN writes the definitions of cfnTypes and their references,
// unchanged, from goformation's schema at src to cfnExtract.
func extractCFN(t *testing.T, src string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var full struct {
		Definitions map[string]json.RawMessage `json:"definitions"`
	}
	if err := json.Unmarshal(data, &full); err != nil {
		t.Fatal(err)
	}
	out := map[string]json.RawMessage{}
	var add func(name string)
	add = func(name string) {
		if _, done := out[name]; done {
			return
		}
		def, ok := full.Definitions[name]
		if !ok {
			t.Fatalf("%s has no definition %q", src, name)
		}
		out[name] = def
		for _, ref := range refsIn(def) {
			add(ref)
		}
	}
	for _, typ := range cfnTypes {
		add(typ)
	}
	doc, err := json.MarshalIndent(map[string]any{
		"$schema":     "http://json-schema.org/draft-04/schema#",
		"description": "Definitions extracted unchanged from goformation's schema/cloudformation.schema.json; see SOURCES.md.",
		"definitions": out,
	}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfnExtract, append(doc, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// refsIn returns the definition names a schema refers to with $ref.
func refsIn(def json.RawMessage) []string {
	var refs []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if r, ok := v["$ref"].(string); ok {
				if name, ok := strings.CutPrefix(r, "#/definitions/"); ok {
					refs = append(refs, name)
				}
			}
			for _, c := range v {
				walk(c)
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	var v any
	_ = json.Unmarshal(def, &v)
	walk(v)
	sort.Strings(refs)
	return refs
}

// intrinsic matches a CloudFormation intrinsic function call such as
// {"Ref": "X"} or {"Fn::GetAtt": [...]}: a one-key object.
var intrinsic = map[string]any{
	"type":                 "object",
	"minProperties":        1,
	"maxProperties":        1,
	"patternProperties":    map[string]any{"^(Ref|Condition|Fn::[A-Za-z]+)$": map[string]any{}},
	"additionalProperties": false,
}

// allowIntrinsics lets an intrinsic function stand wherever the schema
// wants a typed value (CloudFormation resolves it before the resource
// sees it; goformation's schema describes resolved values only). Every
// schema node with a "type" becomes anyOf [node, intrinsic]. Misspelled
// keys still fail: they are not one-key Ref/Fn:: objects.
func allowIntrinsics(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, c := range v {
			out[k] = allowIntrinsics(c)
		}
		if _, typed := v["type"].(string); typed {
			return map[string]any{"anyOf": []any{out, intrinsic}}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, c := range v {
			out[i] = allowIntrinsics(c)
		}
		return out
	}
	return v
}

// cfnValidator validates resources against the vendored definitions.
type cfnValidator struct {
	schemas map[string]*jsonschema.Schema // resource type -> schema
}

func newCFNValidator(t *testing.T) *cfnValidator {
	t.Helper()
	if *cfnSource != "" {
		extractCFN(t, *cfnSource)
	}
	data, err := os.ReadFile(cfnExtract)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode %s: %v", cfnExtract, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	if err := c.AddResource("file:///cfn.json", allowIntrinsics(doc)); err != nil {
		t.Fatal(err)
	}
	v := &cfnValidator{schemas: map[string]*jsonschema.Schema{}}
	for _, typ := range cfnTypes {
		sch, err := c.Compile("file:///cfn.json#/definitions/" + typ)
		if err != nil {
			t.Fatalf("compile %s: %v", typ, err)
		}
		v.schemas[typ] = sch
	}
	return v
}

// validate checks every resource of doc that is not AWS::Serverless::*
// (the SAM schema checks those) against its CloudFormation definition.
func (v *cfnValidator) validate(doc any) []string {
	var problems []string
	res, _ := doc.(map[string]any)["Resources"].(map[string]any)
	ids := make([]string, 0, len(res))
	for id := range res {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		r, _ := res[id].(map[string]any)
		typ, _ := r["Type"].(string)
		if strings.HasPrefix(typ, "AWS::Serverless::") {
			continue
		}
		sch, ok := v.schemas[typ]
		if !ok {
			problems = append(problems, id+": resource type "+typ+" has no vendored CloudFormation schema (add it to cfnTypes and regenerate with -cfn-schema)")
			continue
		}
		if err := sch.Validate(r); err != nil {
			problems = append(problems, id+" ("+typ+"): "+err.Error())
		}
	}
	return problems
}

func TestTemplateValidatesAgainstCloudFormationSchemas(t *testing.T) {
	v := newCFNValidator(t)
	tpl := loadTemplate(t)
	if p := v.validate(tpl.JSON()); len(p) > 0 {
		t.Fatalf("template.yaml does not match the CloudFormation schemas:\n%s", strings.Join(p, "\n"))
	}
	var cfn []string
	for _, r := range tpl.Resources {
		if !strings.HasPrefix(r.Type, "AWS::Serverless::") {
			cfn = append(cfn, r.Type)
		}
	}
	for _, want := range []string{"AWS::DynamoDB::Table", "AWS::SNS::Topic", "AWS::SNS::TopicPolicy", "AWS::SecretsManager::Secret"} {
		if !slices.Contains(cfn, want) {
			t.Errorf("template has no %s; the cases below break one", want)
		}
	}

	// Typo'd copies of the real template text: each must be rejected.
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, from, to string }{
		{"misspelled Table property", "      PointInTimeRecoverySpecification:", "      PointInTimeRecoverySpecificaton:"},
		{"misspelled nested Table property", "        PointInTimeRecoveryEnabled: true", "        PointInTimeRecoveryEnable: true"},
		{"misspelled key in a global secondary index", "        - IndexName: byEmail", "        - IndexNam: byEmail"},
		{"Table property of the wrong type", "      BillingMode: PAY_PER_REQUEST", "      BillingMode: [PAY_PER_REQUEST]"},
		{"misspelled Topic property", "      DisplayName: leadsieve SES notifications", "      DisplayNme: leadsieve SES notifications"},
		{"TopicPolicy without Topics", "      Topics: [!Ref SesNotificationsTopic]", "      Topic: [!Ref SesNotificationsTopic]"},
		{"misspelled Secret property", "        PasswordLength: 64", "        PasswordLenght: 64"},
		{"misspelled resource attribute", "    UpdateReplacePolicy: Retain", "    UpdateReplacePolicyy: Retain"},
		{"unknown resource type", "    Type: AWS::SNS::Topic\n", "    Type: AWS::SNS::Topik\n"},
	} {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			if bytes.Count(src, []byte(tc.from)) != 1 {
				t.Fatalf("template.yaml no longer holds %q exactly once; update the case", tc.from)
			}
			broken, err := samtemplate.Parse(bytes.Replace(src, []byte(tc.from), []byte(tc.to), 1))
			if err != nil {
				t.Fatal(err)
			}
			p := v.validate(broken.JSON())
			if len(p) == 0 {
				t.Fatal("the CloudFormation schemas accepted a broken template")
			}
			t.Logf("rejected: %.300s", p[0])
		})
	}
}

func TestAllowIntrinsics(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema := allowIntrinsics(map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"properties":           map[string]any{"Enabled": map[string]any{"type": "boolean"}},
	})
	if err := c.AddResource("file:///s.json", schema); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("file:///s.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		doc string
		ok  bool
	}{
		{`{"Enabled": true}`, true},
		{`{"Enabled": {"Ref": "DeletionProtection"}}`, true},
		{`{"Enabled": {"Fn::If": ["C", true, false]}}`, true},
		{`{"Ref": "Whole"}`, true},
		{`{"Enabled": "yes"}`, false},
		{`{"Enabled": {"Reff": "X"}}`, false},
		{`{"Enabled": {"Ref": "X", "Fn::Sub": "y"}}`, false},
		{`{"Enabld": true}`, false},
	} {
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(tc.doc))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(doc); (err == nil) != tc.ok {
			t.Errorf("Validate(%s) = %v, want ok=%v", tc.doc, err, tc.ok)
		}
	}
}

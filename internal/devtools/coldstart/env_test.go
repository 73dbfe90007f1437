package coldstart

import (
	"path/filepath"
	"testing"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// TestFunctionEnvFromTemplate resolves the real template's intake
// environment: the table's Ref becomes its local name and the secret's
// ARN variable becomes the local-only secret itself.
func TestFunctionEnvFromTemplate(t *testing.T) {
	tpl, err := samtemplate.Load(filepath.Join("..", "..", "..", "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	env, err := FunctionEnv(tpl, "IntakeFunction", map[string]string{"LeadsTable": "local-LeadsTable"}, "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	if env["LEADS_TABLE"] != "local-LeadsTable" {
		t.Errorf("LEADS_TABLE = %q", env["LEADS_TABLE"])
	}
	if env["SIGNING_SECRET"] != "s3cret" {
		t.Errorf("SIGNING_SECRET = %q", env["SIGNING_SECRET"])
	}
	if v, ok := env["SIGNING_SECRET_ARN"]; ok {
		t.Errorf("SIGNING_SECRET_ARN = %q is left for a function that cannot reach Secrets Manager", v)
	}
	if env["STAGE"] == "" {
		t.Error("STAGE (a Globals variable) missing")
	}
}

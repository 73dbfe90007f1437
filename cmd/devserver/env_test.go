package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

const envTemplate = `
Parameters:
  Sender: {Type: String, Default: leads@example.com}
  Origins: {Type: CommaDelimitedList, Default: "http://127.0.0.1:3000"}
Globals:
  Function:
    Environment:
      Variables:
        TABLE: !Ref Leads
        TABLE_ARN: !GetAtt Leads.Arn
Resources:
  Leads: {Type: AWS::DynamoDB::Table}
  Key: {Type: AWS::SecretsManager::Secret}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables:
          SENDER: !Ref Sender
          ORIGINS: !Join [",", !Ref Origins]
          SIGNING_KEY_ARN: !Ref Key
          PLAIN_ARN: arn:aws:sns:us-east-1:000000000000:topic
`

func TestFunctionEnvLocal(t *testing.T) {
	tpl, err := samtemplate.Parse([]byte(envTemplate))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	secrets := filepath.Join(dir, ".local", "secrets.json")
	procEnv := map[string]string{"LEADSIEVE_PARAM_Sender": "me@example.org", "HOME_ONLY": "from-process"}
	b := &envBuilder{tpl: tpl, tables: map[string]string{"Leads": "LeadsLocal"}, secrets: &secretStore{path: secrets},
		lookup: func(k string) (string, bool) { v, ok := procEnv[k]; return v, ok }}
	env, err := b.functionEnv("Fn")
	if err != nil {
		t.Fatal(err)
	}
	key := env["SIGNING_KEY"]
	if len(key) != 64 || strings.ContainsAny(key, "!@#$%^&*()") {
		t.Fatalf("SIGNING_KEY = %q", key)
	}
	delete(env, "SIGNING_KEY")
	want := map[string]string{
		"TABLE": "LeadsLocal", "TABLE_ARN": "arn:aws:dynamodb:us-east-1:000000000000:table/LeadsLocal",
		"SENDER": "me@example.org", "ORIGINS": "http://127.0.0.1:3000",
		"PLAIN_ARN": "arn:aws:sns:us-east-1:000000000000:topic",
	}
	if len(env) != len(want) {
		t.Fatalf("env = %v", env)
	}
	for k, v := range want {
		if env[k] != v {
			t.Errorf("%s = %q, want %q", k, env[k], v)
		}
	}
	// The secret is kept: a second run gets the same value.
	env2, err := b.functionEnv("Fn")
	if err != nil || env2["SIGNING_KEY"] != key {
		t.Fatalf("second run key %q, %v", env2["SIGNING_KEY"], err)
	}
	data, err := os.ReadFile(secrets)
	if err != nil {
		t.Fatal(err)
	}
	var stored map[string]string
	if err := json.Unmarshal(data, &stored); err != nil || stored["Key"] != key {
		t.Fatalf("secrets file %s: %v", data, err)
	}
	if fi, _ := os.Stat(secrets); fi.Mode().Perm() != 0o600 {
		t.Errorf("secrets file mode %v", fi.Mode())
	}
	getenv, err := b.getenv("Fn")
	if err != nil {
		t.Fatal(err)
	}
	if getenv("SENDER") != "me@example.org" || getenv("HOME_ONLY") != "from-process" || getenv("MISSING") != "" {
		t.Error("getenv does not fall back to the process environment")
	}
	if _, err := b.functionEnv("Nope"); err == nil {
		t.Error("unknown function accepted")
	}
	// A corrupt secrets file is an error, not a silently new secret.
	if err := os.WriteFile(secrets, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := b.functionEnv("Fn"); err == nil {
		t.Error("corrupt secrets file accepted")
	}
}

func TestRealTemplateEnv(t *testing.T) {
	tpl, err := samtemplate.Load("../../template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b := &envBuilder{tpl: tpl, tables: map[string]string{"LeadsTable": "LeadsTable"},
		secrets: &secretStore{path: filepath.Join(t.TempDir(), "secrets.json")}, lookup: func(string) (string, bool) { return "", false }}
	for _, r := range tpl.Routes() {
		env, err := b.functionEnv(r.FunctionID)
		if err != nil {
			t.Fatal(err)
		}
		if env["LEADS_TABLE"] != "LeadsTable" {
			t.Errorf("%s LEADS_TABLE = %q", r.FunctionID, env["LEADS_TABLE"])
		}
		for k := range env {
			if strings.HasSuffix(k, "_ARN") {
				t.Errorf("%s still has %s locally", r.FunctionID, k)
			}
		}
	}
}

// TestSecretsAgreeAcrossServersStartingAtOnce: dev servers that start
// together on a checkout without a secrets file (the tests of several
// packages do) all end up with the secret that was saved, and every
// reader sees a whole file. Each store stands for a process of its own.
func TestSecretsAgreeAcrossServersStartingAtOnce(t *testing.T) {
	for round := range 20 {
		path := filepath.Join(t.TempDir(), ".local", "secrets.json")
		got := make([]string, 4)
		errs := make([]error, len(got))
		var wg sync.WaitGroup
		for i := range got {
			wg.Go(func() { got[i], errs[i] = (&secretStore{path: path}).get("SigningSecret") })
		}
		wg.Wait()
		saved, err := (&secretStore{path: path}).get("SigningSecret")
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			if errs[i] != nil {
				t.Fatalf("round %d, server %d: %v", round, i, errs[i])
			}
			if got[i] != saved {
				t.Fatalf("round %d, server %d uses %.8s…, the file holds %.8s…", round, i, got[i], saved)
			}
		}
		if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".secrets-*")); len(leftovers) != 0 {
			t.Errorf("temporary files left: %v", leftovers)
		}
	}
}

// TestSecretsKeepOthersWhenOneIsAdded: a secret the file does not hold yet
// is added beside the ones it holds.
func TestSecretsKeepOthersWhenOneIsAdded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "secrets.json")
	first, err := (&secretStore{path: path}).get("A")
	if err != nil {
		t.Fatal(err)
	}
	second, err := (&secretStore{path: path}).get("B")
	if err != nil {
		t.Fatal(err)
	}
	again := &secretStore{path: path}
	if a, err := again.get("A"); err != nil || a != first {
		t.Errorf("A = %.8s… (%v), want %.8s…", a, err, first)
	}
	if b, err := again.get("B"); err != nil || b != second || b == first {
		t.Errorf("B = %.8s… (%v), want %.8s…, not A's", b, err, second)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("secrets file mode %v, want 0600", perm)
	}
}

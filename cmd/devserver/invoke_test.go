package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"testing"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// TestInvokeAPIServesEveryTemplateFunction: the dev server makes every
// function of template.yaml invocable under the name intake is configured
// to invoke, and routes Invoke API paths apart from the gateway's.
func TestInvokeAPIServesEveryTemplateFunction(t *testing.T) {
	tpl, err := samtemplate.Load(filepath.Join("..", "..", "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{"AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local"} {
		t.Setenv(k, v)
	}
	envs := &envBuilder{tpl: tpl, tables: map[string]string{"LeadsTable": "LeadsTable"},
		secrets: &secretStore{path: filepath.Join(t.TempDir(), "secrets.json")},
		// The region, which the Lambda service gives every function (the
		// console derives Cognito's endpoint from it).
		lookup: func(k string) (string, bool) {
			if k == "AWS_REGION" {
				return "us-east-1", true
			}
			return "", false
		}}
	srv, err := buildInvocable(context.Background(), tpl, envs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, f := range tpl.Functions() {
		want = append(want, f.LogicalID)
	}
	for id := range srv.Functions {
		got = append(got, id)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("invocable functions %v, template functions %v", got, want)
	}
	getenv, err := envs.getenv("IntakeFunction")
	if err != nil {
		t.Fatal(err)
	}
	target := getenv("HANDOFF_FUNCTION")
	if _, ok := srv.Functions[target]; !ok {
		t.Fatalf("intake invokes %q, which the dev server does not serve", target)
	}
	unsubEnv, err := envs.getenv("UnsubscribeFunction")
	if err != nil {
		t.Fatal(err)
	}
	if rec := unsubEnv("UNSUBSCRIBE_RECORDER_FUNCTION"); srv.Functions[rec] == nil {
		t.Fatalf("the unsubscribe endpoint invokes %q, which the dev server does not serve", rec)
	}

	gw := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) })
	h := withInvokeAPI(gw, srv)
	for _, tc := range []struct {
		path, typ string
		want      int
	}{
		{"/2015-03-31/functions/" + target + "/invocations", "DryRun", http.StatusNoContent},
		{"/2015-03-31/functions/NoSuchFunction/invocations", "DryRun", http.StatusNotFound},
		{"/forms/contact-sales/submissions", "", http.StatusTeapot},
	} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, tc.path, nil)
		req.Header.Set("X-Amz-Invocation-Type", tc.typ)
		h.ServeHTTP(rec, req)
		if rec.Code != tc.want {
			t.Errorf("POST %s (%s): %d, want %d", tc.path, tc.typ, rec.Code, tc.want)
		}
	}
}

package app_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// TestTablePoliciesGrantWhatTheStoreCalls: every function given the leads
// table may make every call the store makes (store.DB's methods). Locally
// nothing checks IAM, so a call the policy lacks would first fail in a
// deployment, as AccessDenied.
func TestTablePoliciesGrantWhatTheStoreCalls(t *testing.T) {
	tpl, err := samtemplate.Load("../../template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var calls []string
	db := reflect.TypeFor[store.DB]()
	for i := range db.NumMethod() {
		calls = append(calls, "dynamodb:"+db.Method(i).Name)
	}
	resources := tpl.JSON().(map[string]any)["Resources"].(map[string]any)
	checked := 0
	for _, f := range tpl.Functions() {
		props, _ := resources[f.LogicalID].(map[string]any)["Properties"].(map[string]any)
		var granted []string
		usesTable := false
		policies, _ := props["Policies"].([]any)
		for _, p := range policies {
			stmts, _ := p.(map[string]any)["Statement"].([]any)
			for _, s := range stmts {
				st, _ := s.(map[string]any)
				if !strings.Contains(fmt.Sprint(st["Resource"]), "LeadsTable") {
					continue
				}
				usesTable = true
				switch a := st["Action"].(type) {
				case string:
					granted = append(granted, a)
				case []any:
					for _, x := range a {
						granted = append(granted, fmt.Sprint(x))
					}
				}
			}
		}
		if !usesTable {
			continue
		}
		checked++
		for _, c := range calls {
			if !slices.Contains(granted, c) {
				t.Errorf("%s may use the leads table but is not granted %s", f.LogicalID, c)
			}
		}
	}
	if checked < 5 {
		t.Fatalf("found %d functions with a leads-table policy; the template's layout changed under this test", checked)
	}
}

package console

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestOpenAPIDescribesTheRoutes keeps docs/openapi.yaml in step with what
// the console serves: every documented path answers (not 404), every
// section of Areas is in the documented list, and every action and group
// of the permission table is in the documented enums.
func TestOpenAPIDescribesTheRoutes(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "openapi.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		OpenAPI string `yaml:"openapi"`
		Paths   map[string]struct {
			Get *struct {
				Parameters []struct {
					Name    string `yaml:"name"`
					Example string `yaml:"example"`
					Schema  struct {
						Enum []string `yaml:"enum"`
					} `yaml:"schema"`
				} `yaml:"parameters"`
			} `yaml:"get"`
		} `yaml:"paths"`
		Components struct {
			Schemas map[string]struct {
				Enum []string `yaml:"enum"`
			} `yaml:"schemas"`
		} `yaml:"components"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi %q, want 3.1", doc.OpenAPI)
	}
	h := New(testConfig, &Pages{Leads: noLeads{}, Saver: noLeads{}, Audit: noLeads{}, JunkRetention: time.Hour, Forms: FixedForms("contact")})
	admin := &User{Subject: "s", Name: "a", Groups: []Group{GroupAdmin}}
	for path, item := range doc.Paths {
		if item.Get == nil {
			continue // POST-only: its handler is checked by the pages' tests
		}
		concrete := []string{path}
		for _, p := range item.Get.Parameters {
			values := p.Schema.Enum
			if p.Example != "" {
				values = []string{p.Example}
			}
			if p.Name == "section" {
				var areas []string
				for _, a := range Areas {
					areas = append(areas, a.Path)
				}
				if !slices.Equal(values, areas) {
					t.Errorf("documented sections %v, Areas %v", values, areas)
				}
				continue // the sections' pages are the data pages'
			}
			var next []string
			for _, c := range concrete {
				for _, v := range values {
					next = append(next, strings.ReplaceAll(c, "{"+p.Name+"}", v))
				}
			}
			concrete = next
		}
		for _, c := range concrete {
			if strings.Contains(c, "{") {
				continue
			}
			if w := serve(t, h, http.MethodGet, c, admin, nil); w.Code == http.StatusNotFound {
				t.Errorf("documented GET %s answers 404", c)
			}
		}
	}
	var actions, groups []string
	for a := range permitted {
		actions = append(actions, string(a))
	}
	for _, g := range []Group{GroupAdmin, GroupMarketing, GroupSales, GroupReviewer} {
		groups = append(groups, string(g))
	}
	slices.Sort(actions)
	slices.Sort(groups)
	for name, want := range map[string][]string{"Action": actions, "Group": groups} {
		got := slices.Clone(doc.Components.Schemas[name].Enum)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("documented %s enum %v, code %v", name, got, want)
		}
	}
}

// noLeads is an empty table, so that the documented data routes answer.
type noLeads struct{}

func (noLeads) GetLead(context.Context, string) (*lead.Lead, error) {
	return nil, &lead.Error{Kind: lead.ENOTFOUND, Code: "not_found", Message: "no such lead"}
}
func (noLeads) ListByEmail(context.Context, string, int) ([]*lead.Lead, error) { return nil, nil }
func (noLeads) LeadsByFormTime(context.Context, string, time.Time, time.Time, bool, int, string) ([]*lead.Lead, string, error) {
	return nil, "", nil
}
func (noLeads) ReplaceLead(context.Context, *lead.Lead, time.Time) error { return nil }
func (noLeads) AppendAudit(context.Context, lead.Audit) error            { return nil }
func (noLeads) Audit(context.Context, int, string) ([]lead.Audit, string, error) {
	return nil, "", nil
}
func (noLeads) ReviewQueue(context.Context, string, int, string) ([]*lead.Lead, string, error) {
	return nil, "", nil
}

package main

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"

	embedded "github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
)

// pageForm is one <form> of the demo page: its fields by name, whether each
// is required and visibly marked so, and the options of its selects.
type pageForm struct {
	required map[string]bool // name -> marked with the visible asterisk
	inputs   map[string]bool
	options  map[string][]string
}

func demoForms(t *testing.T) map[string]pageForm {
	t.Helper()
	rec := httptest.NewRecorder()
	landing("http://127.0.0.1:8005").ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	doc, err := html.Parse(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	attr := func(n *html.Node, key string) (string, bool) {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val, true
			}
		}
		return "", false
	}
	text := func(n *html.Node) string {
		var b strings.Builder
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.TextNode {
				b.WriteString(n.Data)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(n)
		return strings.TrimSpace(b.String())
	}
	out := map[string]pageForm{}
	var form *pageForm
	var label *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "form":
				action, _ := attr(n, "action")
				id := strings.TrimSuffix(strings.TrimPrefix(action, "/forms/"), "/submissions")
				out[id] = pageForm{required: map[string]bool{}, inputs: map[string]bool{}, options: map[string][]string{}}
				f := out[id]
				form = &f
			case "label":
				label = n
			case "input", "select", "textarea":
				name, _ := attr(n, "name")
				if form != nil && name != "" {
					form.inputs[name] = true
					if _, req := attr(n, "required"); req {
						form.required[name] = label != nil && strings.Contains(text(label), "*")
					}
					if n.Data == "select" {
						for o := n.FirstChild; o != nil; o = o.NextSibling {
							if o.Type == html.ElementNode && o.Data == "option" {
								v, ok := attr(o, "value")
								if !ok {
									v = text(o)
								}
								if v != "" {
									form.options[name] = append(form.options[name], v)
								}
							}
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && n.Data == "label" {
			label = nil
		}
	}
	walk(doc)
	return out
}

// TestDemoPageMatchesConfiguration keeps the demo page honest with the
// configuration it posts to: every field forms.yaml requires is required and
// visibly marked on the page, and every drop-down option the rules score is
// one the rules know (an unknown option is scored by guesswork: "<5k" once
// counted as 5k-25k).
func TestDemoPageMatchesConfiguration(t *testing.T) {
	page := demoForms(t)
	fs, err := forms.Parse(embedded.Forms())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"contact-sales", "newsletter"} {
		pf, ok := page[id]
		if !ok {
			t.Fatalf("the demo page has no form posting to %s", id)
		}
		for _, name := range fs.Get(id).Required {
			marked, required := pf.required[name]
			switch {
			case !pf.inputs[name]:
				t.Errorf("%s: forms.yaml requires %q, which the page does not ask for", id, name)
			case !required:
				t.Errorf("%s: %q is required by forms.yaml but not by the page", id, name)
			case !marked:
				t.Errorf("%s: required field %q is not marked with * in its label", id, name)
			}
		}
	}

	var rulesFile struct {
		Defaults struct {
			Qualification struct {
				Budget struct {
					Ranges []struct {
						Value string `yaml:"value"`
					} `yaml:"ranges"`
				} `yaml:"budget"`
				Timeline struct {
					Values map[string]string `yaml:"values"`
				} `yaml:"timeline"`
			} `yaml:"qualification"`
		} `yaml:"defaults"`
	}
	if err := yaml.Unmarshal(embedded.Rules(), &rulesFile); err != nil {
		t.Fatal(err)
	}
	q := rulesFile.Defaults.Qualification
	var budgets, timelines []string
	for _, r := range q.Budget.Ranges {
		budgets = append(budgets, r.Value)
	}
	for v := range q.Timeline.Values {
		timelines = append(timelines, v)
	}
	if len(budgets) == 0 || len(timelines) == 0 {
		t.Fatalf("rules.yaml lists no budget ranges (%d) or timeline values (%d): the test reads the wrong keys", len(budgets), len(timelines))
	}
	known := map[string][]string{"budget": budgets, "timeline": timelines}
	for field, values := range known {
		opts := page["contact-sales"].options[field]
		if len(opts) == 0 {
			t.Errorf("the demo page has no %s options", field)
		}
		for _, o := range opts {
			if !slices.Contains(values, o) {
				t.Errorf("%s option %q is not one of the rules' values %q", field, o, values)
			}
		}
	}
}

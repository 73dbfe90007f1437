package console

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestYAMLTextRoundTrips: a value the forms editor writes, as an entry
// of an indented list item, in a one-line list and in a one-line mapping,
// reads back as the same string, whatever characters it holds.
func TestYAMLTextRoundTrips(t *testing.T) {
	for _, v := range []string{
		"plain",
		"https://example.com/thanks?a=1#done",
		"",
		"a: b",
		"key:value",
		"#not a comment",
		"x #y",
		"  leading spaces",
		"trailing spaces  ",
		"line one\nline two",
		"ends with a newline\n",
		"\nstarts with one",
		"windows\r\nline",
		"tab\there",
		"'single' quotes",
		`"double" quotes`,
		`back\slash`,
		"[a, b]",
		"{a: b}",
		"- dash",
		"yes",
		"null",
		"123",
		"*alias",
		"&anchor",
		"!tag",
		"% percent",
		"@at",
		"`tick",
		"ünïcödé 日本語",
		"bell\a and nul\x00",
		strings.Repeat("a long line of words, ", 10),
		strings.Repeat("'quoted' and long ", 10),
		"Danke! Wir melden uns innerhalb eines Werktags bei Ihnen: bis bald, Ihr Vertriebsteam",
	} {
		text := yamlText(v)
		docs := map[string]string{
			"entry": "forms:\n  - id: a\n    k: " + text + "  # a comment\n    next: 1\n",
			"list":  "k: " + flowList([]string{v, "x"}) + "\n",
			"map":   "k: " + flowMap("a", text, "b", "1") + "\n",
		}
		for where, doc := range docs {
			var got struct {
				K     any `yaml:"k"`
				Forms []struct {
					K    string `yaml:"k"`
					Next int    `yaml:"next"`
				} `yaml:"forms"`
			}
			if err := yaml.Unmarshal([]byte(doc), &got); err != nil {
				t.Errorf("%q in a %s: %v\n%s", v, where, err, doc)
				continue
			}
			var read string
			switch where {
			case "entry":
				if len(got.Forms) != 1 || got.Forms[0].Next != 1 {
					t.Errorf("%q in an entry: the next entry is lost: %+v\n%s", v, got.Forms, doc)
					continue
				}
				read = got.Forms[0].K
			case "list":
				l, _ := got.K.([]any)
				if len(l) != 2 || l[1] != "x" {
					t.Errorf("%q in a list: read %#v\n%s", v, got.K, doc)
					continue
				}
				read, _ = l[0].(string)
			case "map":
				m, _ := got.K.(map[string]any)
				if len(m) != 2 || m["b"] != 1 {
					t.Errorf("%q in a mapping: read %#v\n%s", v, got.K, doc)
					continue
				}
				read, _ = m["a"].(string)
			}
			if read != v {
				t.Errorf("%q in a %s reads back as %q\n%s", v, where, read, doc)
			}
		}
	}
}

// TestYAMLTextStaysPlain: the values the editor usually writes stay as a
// person would type them.
func TestYAMLTextStaysPlain(t *testing.T) {
	for _, v := range []string{"website_url", "TURNSTILE_SECRET", "turnstile", "https://example.com/thanks", "2026-12-24"} {
		if got := yamlText(v); got != v && !(v == "2026-12-24" && got == `"2026-12-24"`) {
			t.Errorf("yamlText(%q) = %s, want it plain", v, got)
		}
	}
}

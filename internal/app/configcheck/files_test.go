package configcheck

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// builtinSet is the embedded configuration as a versions.Checker sees it.
func builtinSet() map[versions.Kind]versions.Files {
	set := map[versions.Kind]versions.Files{}
	for _, k := range versions.Kinds {
		set[k] = config.Builtin(k)
	}
	return set
}

// lineOf is the 1-based line of text on which fragment begins.
func lineOf(t *testing.T, text, fragment string) int {
	t.Helper()
	i := strings.Index(text, fragment)
	if i < 0 {
		t.Fatalf("%q not in the file", fragment)
	}
	return strings.Count(text[:i], "\n") + 1
}

func TestCheckFilesBuiltin(t *testing.T) {
	if problems := CheckFiles(builtinSet()); len(problems) > 0 {
		t.Fatalf("the built-in configuration has problems: %v", problems)
	}
}

func TestCheckFiles(t *testing.T) {
	// edit replaces old with new in one file of the built-in set, and
	// returns the line the edit begins on.
	edit := func(t *testing.T, set map[versions.Kind]versions.Files, kind versions.Kind, file, old, new string) int {
		t.Helper()
		text, ok := set[kind][file]
		if !ok || !strings.Contains(text, old) {
			t.Fatalf("%s/%s has no %q", kind, file, old)
		}
		set[kind][file] = strings.Replace(text, old, new, 1)
		return lineOf(t, set[kind][file], new)
	}
	tests := []struct {
		name string
		// change edits the set and returns the problem expected (its
		// Message a fragment of the one found).
		change func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem
	}{
		{"broken YAML in rules.yaml", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			line := edit(t, set, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_at: 60: 70\n")
			return versions.Problem{Kind: versions.Rules, File: "rules.yaml", Line: line}
		}},
		{"unknown key in rules.yaml", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			line := edit(t, set, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_att: 60\n")
			return versions.Problem{Kind: versions.Rules, File: "rules.yaml", Line: line, Message: "junk_att"}
		}},
		{"rules that parse but do not compile", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			edit(t, set, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_at: 20\n")
			return versions.Problem{Kind: versions.Rules, File: "rules.yaml", Message: "review_at 30 above junk_at 20"}
		}},
		{"broken YAML in forms.yaml", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			line := edit(t, set, versions.Forms, "forms.yaml", "    name: Newsletter sign-up\n", "    name: Newsletter: sign-up\n")
			return versions.Problem{Kind: versions.Forms, File: "forms.yaml", Line: line}
		}},
		{"a form's bad thank-you URL", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			edit(t, set, versions.Forms, "forms.yaml", "thank_you_url: http://127.0.0.1:3000/?subscribed=1", "thank_you_url: /thanks")
			line := lineOf(t, set[versions.Forms]["forms.yaml"], "  - id: newsletter")
			return versions.Problem{Kind: versions.Forms, File: "forms.yaml", Line: line, Message: "thank_you_url must be an absolute"}
		}},
		{"an unknown key in forms.yaml", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			line := edit(t, set, versions.Forms, "forms.yaml", "    required: [email, first_name, company]\n", "    requried: [email, first_name, company]\n")
			return versions.Problem{Kind: versions.Forms, File: "forms.yaml", Line: line, Message: "requried"}
		}},
		{"a bad e-mail in routing.yaml", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			line := edit(t, set, versions.Routing, "routing.yaml", "email: kenji.mori@northwind.example", "email: kenji.mori")
			return versions.Problem{Kind: versions.Routing, File: "routing.yaml", Line: line, Message: "invalid email"}
		}},
		{"routing for a form forms.yaml lacks", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			edit(t, set, versions.Routing, "routing.yaml", "\nrules:\n", "\nrules:\n  - name: ghost\n    forms: [demo-request]\n    team: inbound\n")
			return versions.Problem{Message: `rule ghost names form "demo-request"`}
		}},
		{"a form removed that rules.yaml still sets", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			text := set[versions.Forms]["forms.yaml"]
			set[versions.Forms]["forms.yaml"] = text[:strings.Index(text, "  - id: newsletter")]
			return versions.Problem{Message: `form "newsletter"`}
		}},
		{"an unknown key in a sequence", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			line := edit(t, set, versions.Sequences, "smb.yaml", "reply_to: support@", "replyto: support@")
			return versions.Problem{Kind: versions.Sequences, File: "smb.yaml", Line: line, Message: `did you mean "reply_to"`}
		}},
		{"a sequence without its segment", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			delete(set[versions.Sequences], "smb.yaml")
			return versions.Problem{Kind: versions.Sequences, Message: `no sequence enrolls segment "smb"`}
		}},
		{"two sequences with one id", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			set[versions.Sequences]["smb-copy.yaml"] = set[versions.Sequences]["smb.yaml"]
			return versions.Problem{Kind: versions.Sequences, Message: `sequence id "smb" is also used`}
		}},
		{"a sequence file in a folder", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			set[versions.Sequences]["old/smb.yaml"] = set[versions.Sequences]["smb.yaml"]
			return versions.Problem{Kind: versions.Sequences, File: "old/smb.yaml", Message: "no folder"}
		}},
		{"no sequences at all", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			set[versions.Sequences] = versions.Files{}
			return versions.Problem{Kind: versions.Sequences, Message: "no sequence files"}
		}},
		{"a second file in rules", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			set[versions.Rules]["extra.yaml"] = "version: 1\n"
			return versions.Problem{Kind: versions.Rules, File: "extra.yaml", Message: "unexpected file"}
		}},
		{"routing.yaml missing", func(t *testing.T, set map[versions.Kind]versions.Files) versions.Problem {
			set[versions.Routing] = versions.Files{}
			return versions.Problem{Kind: versions.Routing, File: "routing.yaml", Message: "missing"}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			set := builtinSet()
			for k, files := range set {
				set[k] = maps.Clone(files)
			}
			want := tc.change(t, set)
			problems := CheckFiles(set)
			for _, p := range problems {
				if p.Kind == want.Kind && p.File == want.File && p.Line == want.Line && strings.Contains(p.Message, want.Message) {
					return
				}
			}
			t.Fatalf("got %s; want a problem like %+v", fmt.Sprint(problems), want)
		})
	}
}

// TestCheckFilesSkipsCrossChecksOfBrokenKinds: contradictions are looked
// for only when every kind parses, so a broken file is reported once, as
// itself, not as the many contradictions its absence would cause.
func TestCheckFilesSkipsCrossChecksOfBrokenKinds(t *testing.T) {
	set := builtinSet()
	set[versions.Forms] = versions.Files{"forms.yaml": "forms: [\n"}
	problems := CheckFiles(set)
	if len(problems) != 1 || problems[0].File != "forms.yaml" || problems[0].Line == 0 {
		t.Fatalf("got %v; want one problem in forms.yaml, with its line", problems)
	}
}

// FuzzCheckFiles: whatever a marketer types into a file, the checks
// answer with problems, never a panic, and a problem that names a file
// names one the kind holds, at a line the file has.
func FuzzCheckFiles(f *testing.F) {
	for _, k := range versions.Kinds {
		for name, text := range config.Builtin(k) {
			f.Add(string(k), name, text)
		}
	}
	f.Add("rules", "rules.yaml", "version: 1\nsegments: {a: b}\ndefaults:\n  screening: {junk_at: 20}\n")
	f.Add("forms", "forms.yaml", "forms:\n  - id: x\n    thank_you_url: /t\n  - id: x\n")
	f.Add("routing", "routing.yaml", "teams: {a: {members: [{email: nope}]}}\n")
	f.Add("sequences", "general.yaml", "id: general\nsteps: [\n")
	f.Fuzz(func(t *testing.T, kind, name, text string) {
		k, err := versions.ParseKind(kind)
		if err != nil {
			return
		}
		set := builtinSet()
		files := maps.Clone(set[k])
		if k != versions.Sequences {
			name = versions.FileNames(files)[0]
		}
		files[name] = text
		set[k] = files
		lines := strings.Count(text, "\n") + 1
		for _, p := range CheckFiles(set) {
			if p.Message == "" {
				t.Errorf("a problem without a message: %+v", p)
			}
			if p.File == "" {
				continue
			}
			if _, ok := set[p.Kind][p.File]; !ok {
				t.Errorf("problem names %s/%s, not a file of the set: %+v", p.Kind, p.File, p)
			}
			if p.Kind == k && p.File == name && (p.Line < 0 || p.Line > lines+1) {
				t.Errorf("problem at line %d of a %d-line file: %+v", p.Line, lines, p)
			}
		}
	})
}

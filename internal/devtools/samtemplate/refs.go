package samtemplate

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Ref is one reference found in the template.
type Ref struct {
	// Kind is "Ref", "GetAtt", "Sub" or "Condition".
	Kind string
	// Target is the referenced name (a parameter, resource, pseudo
	// parameter or, for Kind Condition, a condition).
	Target string
	// Attr is the attribute of a GetAtt or ${Res.Attr} reference.
	Attr string
	// Path is the dotted document path of the referencing intrinsic.
	Path string
	// Line is its 1-based source line (0 if unknown).
	Line int
}

func (r Ref) String() string {
	name := r.Target
	if r.Attr != "" {
		name += "." + r.Attr
	}
	return fmt.Sprintf("%s %s at %s (line %d)", r.Kind, name, r.Path, r.Line)
}

// Refs returns every Ref, Fn::GetAtt, Fn::Sub ${...} and condition
// reference (Fn::If, Condition intrinsic, resource Condition attribute) in
// the document, sorted by path.
func (t *Template) Refs() []Ref {
	var out []Ref
	add := func(kind, target, attr, path string) {
		out = append(out, Ref{Kind: kind, Target: target, Attr: attr, Path: path, Line: t.lineNear(path)})
	}
	var walk func(v any, path string)
	walk = func(v any, path string) {
		switch x := v.(type) {
		case []any:
			for i, e := range x {
				walk(e, joinPath(path, strconv.Itoa(i)))
			}
		case map[string]any:
			if len(x) == 1 {
				for k, arg := range x {
					p := joinPath(path, k)
					switch k {
					case "Ref":
						if s, ok := arg.(string); ok {
							add("Ref", s, "", p)
							return
						}
					case "Fn::GetAtt":
						if res, attr, err := getAttArgs(arg); err == nil {
							add("GetAtt", res, attr, p)
							return
						}
					case "Condition":
						if s, ok := arg.(string); ok {
							add("Condition", s, "", p)
							return
						}
					case "Fn::If":
						if args, ok := arg.([]any); ok && len(args) == 3 {
							if s, ok := args[0].(string); ok {
								add("Condition", s, "", joinPath(p, "0"))
							}
							walk(args[1], joinPath(p, "1"))
							walk(args[2], joinPath(p, "2"))
							return
						}
					case "Fn::Sub":
						tmpl, vars := "", map[string]any{}
						switch a := arg.(type) {
						case string:
							tmpl = a
						case []any:
							if len(a) == 2 {
								tmpl, _ = a[0].(string)
								vars, _ = a[1].(map[string]any)
								walk(a[1], joinPath(p, "1"))
							}
						}
						_ = walkSub(tmpl, func(string) {}, func(name string) error {
							if _, local := vars[name]; local {
								return nil
							}
							if res, attr, dotted := strings.Cut(name, "."); dotted {
								add("Sub", res, attr, p)
							} else {
								add("Sub", name, "", p)
							}
							return nil
						})
						return
					}
				}
			}
			for _, k := range sortedKeys(x) {
				walk(x[k], joinPath(path, k))
			}
		}
	}
	for _, k := range sortedKeys(t.doc) {
		if k == "Resources" {
			continue
		}
		walk(t.doc[k], k)
	}
	for _, id := range t.sortedResourceIDs() {
		raw := t.doc["Resources"].(map[string]any)[id]
		m, _ := raw.(map[string]any)
		base := "Resources." + id
		if c, ok := m["Condition"].(string); ok {
			add("Condition", c, "", base+".Condition")
		}
		for _, k := range sortedKeys(m) {
			if k == "Condition" || k == "Type" {
				continue
			}
			walk(m[k], joinPath(base, k))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// DanglingRefs returns the references whose target is not defined: a Ref
// or ${X} that is no parameter, resource or pseudo parameter, a GetAtt of
// no resource, or a condition reference to no condition.
func (t *Template) DanglingRefs() []Ref {
	var out []Ref
	for _, r := range t.Refs() {
		if !t.defines(r) {
			out = append(out, r)
		}
	}
	return out
}

func (t *Template) defines(r Ref) bool {
	_, isRes := t.Resources[r.Target]
	switch r.Kind {
	case "Condition":
		_, ok := t.Conditions[r.Target]
		return ok
	case "GetAtt":
		return isRes
	}
	if r.Attr != "" {
		return isRes
	}
	_, isParam := t.Parameters[r.Target]
	_, isPseudo := PseudoParameters[r.Target]
	return isRes || isParam || isPseudo
}

// lineNear returns the line of path or of its closest recorded ancestor.
func (t *Template) lineNear(path string) int {
	for p := path; p != ""; {
		if l, ok := t.lines[p]; ok {
			return l
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return 0
}

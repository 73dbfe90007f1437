package rules

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// decode decodes n into into, reporting unknown keys and type mismatches
// with their lines. It returns false when anything was wrong.
func (b *builder) decode(n *yaml.Node, path string, into any) bool {
	if isNull(n) {
		return true
	}
	before := len(b.errs)
	b.known(n, reflect.TypeOf(into), path)
	if err := n.Decode(into); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, msg := range te.Errors {
				line := 0
				if m := lineRe.FindStringSubmatch(msg); m != nil {
					line, _ = strconv.Atoi(m[1])
					msg = m[2]
				}
				node := nodeAtLine(n, line)
				p := path
				if node != nil {
					if o, ok := b.origin[node]; ok {
						p = o
					}
				}
				e := Error{File: b.file, Line: line, Path: p, Msg: friendlyType(msg)}
				if node != nil {
					e.Column = node.Column
				}
				if !b.seen[e.Error()] {
					b.seen[e.Error()] = true
					b.errs = append(b.errs, e)
				}
			}
		} else {
			b.add(n, path, err.Error())
		}
	}
	return len(b.errs) == before
}

// friendlyType rewrites yaml's Go-flavoured type errors for marketers.
func friendlyType(msg string) string {
	r := strings.NewReplacer("cannot unmarshal !!str", "expected", "cannot unmarshal !!seq", "a list is not allowed here;",
		"cannot unmarshal !!map", "a mapping is not allowed here;", "cannot unmarshal !!int", "a number is not allowed here;",
		"cannot unmarshal !!float", "a number is not allowed here;", "cannot unmarshal !!bool", "true/false is not allowed here;",
		" into float64", " (need a number)", " into int", " (need a whole number)", " into bool", " (need true or false)",
		" into string", " (need text)", " into []string", " (need a list)", " into *float64", " (need a number)", " into *int", " (need a whole number)", " into *bool", " (need true or false)")
	return r.Replace(msg)
}

// nodeAtLine finds the first value node on line in n.
func nodeAtLine(n *yaml.Node, line int) *yaml.Node {
	if n == nil || line == 0 {
		return nil
	}
	var best *yaml.Node
	var walk func(*yaml.Node)
	seen := map[*yaml.Node]bool{}
	walk = func(x *yaml.Node) {
		if x == nil || seen[x] || best != nil {
			return
		}
		seen[x] = true
		if x.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(x.Content); i += 2 {
				v := resolveAlias(x.Content[i+1])
				if v.Line == line {
					best = v
					return
				}
				walk(v)
			}
			return
		}
		for _, c := range x.Content {
			c = resolveAlias(c)
			if c.Line == line && c.Kind == yaml.ScalarNode {
				best = c
				return
			}
			walk(c)
		}
	}
	walk(n)
	return best
}

var unmarshalerType = reflect.TypeOf((*yaml.Unmarshaler)(nil)).Elem()
var textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
var nodeType = reflect.TypeOf(yaml.Node{})

// known reports keys in n that type t has no field for.
func (b *builder) known(n *yaml.Node, t reflect.Type, path string) {
	n = resolveAlias(n)
	if n == nil || t == nil {
		return
	}
	for t.Kind() == reflect.Pointer {
		if t.Implements(unmarshalerType) || t.Implements(textUnmarshalerType) {
			return
		}
		t = t.Elem()
	}
	if t == nodeType || reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return // Decode reports the type error
		}
		fields := map[string]reflect.Type{}
		collectFields(t, fields)
		b.checkDuplicates(n, path)
		names := make([]string, 0, len(fields))
		for k := range fields {
			names = append(names, k)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == "<<" && k.Tag == "!!merge" {
				continue
			}
			p := b.origin[k]
			if p == "" {
				p = join(path, k.Value)
			}
			ft, ok := fields[k.Value]
			if !ok {
				b.add(k, p, "unknown key "+strconv.Quote(k.Value)+suggest(k.Value, names))
				continue
			}
			b.known(v, ft, p)
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return
		}
		b.checkDuplicates(n, path)
		for i := 0; i+1 < len(n.Content); i += 2 {
			b.known(n.Content[i+1], t.Elem(), join(path, n.Content[i].Value))
		}
	case reflect.Slice, reflect.Array:
		if n.Kind != yaml.SequenceNode {
			return
		}
		for i, c := range n.Content {
			b.known(c, t.Elem(), path+"["+strconv.Itoa(i)+"]")
		}
	}
}

// collectFields maps yaml key names to field types, following inline
// structs.
func collectFields(t reflect.Type, out map[string]reflect.Type) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if strings.Contains(opts, "inline") {
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				collectFields(ft, out)
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
}

// suggest returns a "did you mean" hint for a misspelt key.
func suggest(got string, options []string) string {
	best, bestD := "", 3
	for _, o := range options {
		if d := distance(strings.ToLower(got), o); d < bestD {
			best, bestD = o, d
		}
	}
	if best == "" {
		if len(options) > 0 && len(options) <= 12 {
			return fmt.Sprintf(" (allowed: %s)", strings.Join(sorted(options), ", "))
		}
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// distance is the Levenshtein edit distance.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

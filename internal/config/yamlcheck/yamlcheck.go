// Package yamlcheck decodes hand-written YAML configuration strictly and
// reports every problem with its file, line and column, so that marketers
// and operators editing sequences or routing rules get errors they can act
// on ("sequences/general.yaml:12:5: unknown key \"subjcet\" (did you mean
// \"subject\"?)").
package yamlcheck

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Error is one problem at a position in a YAML file. Line and Col are
// 1-based; zero means unknown.
type Error struct {
	File string
	Line int
	Col  int
	Msg  string
}

// Error formats the problem as file:line:col: message.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteByte(':')
		if e.Col > 0 {
			b.WriteString(strconv.Itoa(e.Col))
			b.WriteByte(':')
		}
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is a list of problems; it is an error when non-empty.
type Errors []*Error

// Error joins the problems, one per line.
func (es Errors) Error() string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap exposes the individual problems to errors.Is/As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Add records a problem at node n (which may be nil).
func (es *Errors) Add(file string, n *yaml.Node, format string, args ...any) {
	e := &Error{File: file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	*es = append(*es, e)
}

// Err returns nil when there are no problems, or the problems sorted by
// position.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Line != es[j].Line {
			return es[i].Line < es[j].Line
		}
		return es[i].Col < es[j].Col
	})
	return es
}

// lineRE is compiled at its first use: only a file with a YAML error
// needs it, and every function that reads configuration links this
// package (49 k instructions at each cold start).
var lineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`) })

// fromYAML converts a yaml.v3 error into positioned errors.
func fromYAML(file string, err error) Errors {
	var te *yaml.TypeError
	var msgs []string
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var es Errors
	for _, m := range msgs {
		e := &Error{File: file, Msg: strings.TrimPrefix(m, "yaml: ")}
		if sm := lineRE().FindStringSubmatch(e.Msg); sm != nil {
			e.Line, _ = strconv.Atoi(sm[1])
			e.Msg = sm[2]
		}
		es = append(es, e)
	}
	return es
}

// Decode parses data, checks that every mapping key names a field of v's
// type (by its yaml tag), and decodes into v. It returns the document's
// root node (the top-level mapping) so callers can point later semantic
// errors at a node, and every problem found.
func Decode(file string, data []byte, v any) (*yaml.Node, Errors) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fromYAML(file, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, Errors{{File: file, Line: 1, Msg: "empty document"}}
	}
	root := doc.Content[0]
	var es Errors
	Strict(file, root, reflect.TypeOf(v), &es)
	if len(es) > 0 {
		return root, es
	}
	if err := root.Decode(v); err != nil {
		return root, fromYAML(file, err)
	}
	return root, nil
}

var unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()

// Strict walks n against type t and records keys that t does not know,
// with a spelling suggestion when one is close.
func Strict(file string, n *yaml.Node, t reflect.Type, es *Errors) {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n == nil || t == nil {
		return
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || t.Implements(unmarshalerType) {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			if !(n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
				es.Add(file, n, "expected a mapping of keys, found %s", kindName(n))
			}
			return
		}
		fields := structFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				names := make([]string, 0, len(fields))
				for name := range fields {
					names = append(names, name)
				}
				if s := suggest(k.Value, names); s != "" {
					es.Add(file, k, "unknown key %q (did you mean %q?)", k.Value, s)
				} else {
					sort.Strings(names)
					es.Add(file, k, "unknown key %q (known keys: %s)", k.Value, strings.Join(names, ", "))
				}
				continue
			}
			Strict(file, v, ft, es)
		}
	case reflect.Slice, reflect.Array:
		if n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				Strict(file, c, t.Elem(), es)
			}
		}
	case reflect.Map:
		if n.Kind == yaml.MappingNode {
			for i := 1; i < len(n.Content); i += 2 {
				Strict(file, n.Content[i], t.Elem(), es)
			}
		}
	}
}

func structFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if strings.Contains(opts, "inline") {
			for k, v := range structFields(f.Type) {
				m[k] = v
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		m[name] = f.Type
	}
	return m
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "something else"
}

// suggest returns the candidate within edit distance 2 of s, if any.
func suggest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := distance(strings.ToLower(s), c); d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Find returns the value node under the mapping n at the given key path
// (string keys for mappings, int indexes for sequences), or nil.
func Find(n *yaml.Node, path ...any) *yaml.Node {
	for _, p := range path {
		for n != nil && n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n == nil {
			return nil
		}
		switch p := p.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return nil
			}
			var next *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					next = n.Content[i+1]
					break
				}
			}
			n = next
		case int:
			if n.Kind != yaml.SequenceNode || p < 0 || p >= len(n.Content) {
				return nil
			}
			n = n.Content[p]
		default:
			return nil
		}
	}
	return n
}

// At returns the most specific node that exists along path: the node
// itself, or its deepest existing ancestor. It never returns nil when n is
// not nil, so errors always carry some position.
func At(n *yaml.Node, path ...any) *yaml.Node {
	best := n
	for i := 1; i <= len(path); i++ {
		m := Find(n, path[:i]...)
		if m == nil {
			break
		}
		best = m
	}
	return best
}

// Node is yaml.Node, re-exported so that callers of At and Add need not
// import the YAML library themselves.
type Node = yaml.Node

// Scalar styles, re-exported for callers that position errors inside
// block scalars.
const (
	LiteralStyle = yaml.LiteralStyle
	FoldedStyle  = yaml.FoldedStyle
)

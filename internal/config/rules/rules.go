// Package rules loads leadsieve's rules file: a YAML document that
// marketing edits to tune screening and qualification per form without
// touching Go. Parse decodes it strictly, merges each form's sections over
// the defaults, validates every criterion, and reports all problems with
// their line and column. A Set is immutable and safe for concurrent use.
package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/qualify"
)

// FormatVersion is the rules file format this package reads.
const FormatVersion = 1

// Sections are the section names allowed under defaults and each form.
var Sections = []string{"screening", "qualification"}

// Error is one problem in the rules file.
type Error struct {
	File   string
	Line   int
	Column int
	// Path locates the value, e.g. forms.contact-sales.qualification.budget.ranges[2].
	Path string
	Msg  string
}

func (e Error) Error() string {
	f := e.File
	if f == "" {
		f = versions.RulesFile
	}
	loc := f
	if e.Line > 0 {
		loc += ":" + strconv.Itoa(e.Line)
		if e.Column > 0 {
			loc += ":" + strconv.Itoa(e.Column)
		}
	}
	if e.Path != "" {
		return loc + ": " + e.Path + ": " + e.Msg
	}
	return loc + ": " + e.Msg
}

// Errors lists every problem found, in file order.
type Errors []Error

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Set is a parsed and validated rules file.
type Set struct {
	version  string
	file     string
	defaults map[string]*yaml.Node
	forms    map[string]map[string]*yaml.Node // merged sections per form
	origin   map[*yaml.Node]string
	segments map[string]string
	models   map[string]*qualify.Model // by form; "" for defaults
}

// Load reads and parses the rules file at path.
func Load(path string) (*Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("rules: read %s: %w", path, err)
	}
	return parse(data, filepath.Base(path))
}

// Parse parses a rules file held in memory; errors name it rules.yaml.
func Parse(data []byte) (*Set, error) { return parse(data, versions.RulesFile) }

type builder struct {
	file   string
	errs   Errors
	seen   map[string]bool
	origin map[*yaml.Node]string
}

func (b *builder) add(n *yaml.Node, path, msg string) {
	e := Error{File: b.file, Path: path, Msg: msg}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	k := e.Error()
	if b.seen[k] {
		return
	}
	b.seen[k] = true
	b.errs = append(b.errs, e)
}

// validName reports whether a segment name is lower-case letters, digits,
// - and _, not starting with - or _, at most 64 bytes (form ids follow
// forms.ValidID). The
// length is checked apart from the pattern: as {0,63} in it, the
// repetition compiles into 63 copies at every cold start.
func validName(s string) bool { return len(s) <= 64 && segmentRe.MatchString(s) }

var segmentRe = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

func parse(data []byte, file string) (*Set, error) {
	b := &builder{file: file, seen: map[string]bool{}, origin: map[*yaml.Node]string{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Errors{syntaxError(file, err)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, Errors{{File: file, Line: 1, Msg: "the rules file is empty"}}
	}
	root := resolveAlias(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		return nil, Errors{{File: file, Line: root.Line, Column: root.Column, Msg: "the rules file must be a mapping with version, segments, defaults and forms"}}
	}
	s := &Set{file: file, defaults: map[string]*yaml.Node{}, forms: map[string]map[string]*yaml.Node{},
		segments: map[string]string{}, models: map[string]*qualify.Model{}, origin: b.origin}
	recordOrigins(root, "", b.origin)

	var formsNode *yaml.Node
	haveVersion := false
	b.checkDuplicates(root, "")
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], resolveAlias(root.Content[i+1])
		switch k.Value {
		case "version":
			haveVersion = true
			if v.Kind != yaml.ScalarNode || v.Value != strconv.Itoa(FormatVersion) {
				b.add(v, "version", fmt.Sprintf("unsupported format version %q (this build reads version %d)", v.Value, FormatVersion))
			}
		case "segments":
			if v.Kind != yaml.MappingNode {
				if !isNull(v) {
					b.add(v, "segments", "segments must map segment names to a description")
				}
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				name, desc := v.Content[j], v.Content[j+1]
				if !validName(name.Value) {
					b.add(name, "segments."+name.Value, "segment names use lower-case letters, digits, - and _")
				}
				s.segments[name.Value] = desc.Value
			}
		case "defaults":
			s.defaults = b.sections(v, "defaults")
		case "forms":
			formsNode = v
		default:
			b.add(k, k.Value, "unknown key "+strconv.Quote(k.Value)+suggest(k.Value, []string{"version", "segments", "defaults", "forms"}))
		}
	}
	if !haveVersion {
		b.add(root, "", "missing version: add `version: 1` at the top")
	}
	if formsNode != nil && !isNull(formsNode) {
		if formsNode.Kind != yaml.MappingNode {
			b.add(formsNode, "forms", "forms must map form IDs to their sections")
		} else {
			for j := 0; j+1 < len(formsNode.Content); j += 2 {
				id, body := formsNode.Content[j], resolveAlias(formsNode.Content[j+1])
				if !forms.ValidID(id.Value) {
					b.add(id, "forms."+id.Value, fmt.Sprintf("form IDs use lower-case letters, digits and -, not starting with - (at most %d), as in forms.yaml", forms.MaxIDLen))
				}
				secs := b.sections(body, "forms."+id.Value)
				merged := map[string]*yaml.Node{}
				for _, name := range Sections {
					merged[name] = merge(s.defaults[name], secs[name], "forms."+id.Value+"."+name, b.origin)
				}
				s.forms[id.Value] = merged
			}
		}
	}
	// Qualification: compile defaults and every form.
	s.models[""] = b.compile(s, s.defaults["qualification"], "defaults.qualification")
	for _, id := range s.Forms() {
		s.models[id] = b.compile(s, s.forms[id]["qualification"], "forms."+id+".qualification")
	}
	if len(b.errs) > 0 {
		sort.SliceStable(b.errs, func(i, j int) bool {
			if b.errs[i].Line != b.errs[j].Line {
				return b.errs[i].Line < b.errs[j].Line
			}
			return b.errs[i].Column < b.errs[j].Column
		})
		return nil, b.errs
	}
	s.version = versionOf(&doc, data)
	return s, nil
}

// syntaxError turns a YAML syntax error into an Error with its line.
func syntaxError(file string, err error) Error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	e := Error{File: file, Msg: msg}
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	return e
}

var lineRe = regexp.MustCompile(`^line (\d+): (.*)$`)

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// sections splits a defaults or form body into its named sections.
func (b *builder) sections(n *yaml.Node, path string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if isNull(n) {
		return out
	}
	if n.Kind != yaml.MappingNode {
		b.add(n, path, "expected a mapping of sections ("+strings.Join(Sections, ", ")+")")
		return out
	}
	b.checkDuplicates(n, path)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolveAlias(n.Content[i+1])
		known := false
		for _, s := range Sections {
			known = known || s == k.Value
		}
		if !known {
			b.add(k, join(path, k.Value), "unknown section "+strconv.Quote(k.Value)+suggest(k.Value, Sections))
			continue
		}
		if !isNull(v) && v.Kind != yaml.MappingNode {
			b.add(v, join(path, k.Value), "a section must be a mapping (use {} for an empty one)")
			continue
		}
		out[k.Value] = v
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// checkDuplicates reports keys repeated in one mapping.
func (b *builder) checkDuplicates(n *yaml.Node, path string) {
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if prev, dup := seen[k.Value]; dup {
			b.add(k, join(path, k.Value), fmt.Sprintf("key %q repeats line %d", k.Value, prev.Line))
		}
		seen[k.Value] = k
	}
}

// compile decodes and validates one merged qualification section.
func (b *builder) compile(s *Set, n *yaml.Node, path string) *qualify.Model {
	var cfg qualify.Config
	if !b.decode(n, path, &cfg) {
		return nil
	}
	model, err := qualify.Compile(cfg)
	var ce qualify.ConfigError
	if err != nil && !errors.As(err, &ce) {
		b.add(n, path, err.Error())
		return nil
	}
	for _, fe := range ce {
		node, rest := locate(n, fe.Path)
		b.add(node, b.originPath(node, path, fe.Path, rest), fe.Msg)
	}
	// Segment names must be declared at the top of the file.
	for i, r := range cfg.Segments {
		if r.Segment == "" {
			continue
		}
		if _, ok := s.segments[r.Segment]; !ok {
			node, rest := locate(n, []any{"segments", i, "segment"})
			b.add(node, b.originPath(node, path, []any{"segments", i, "segment"}, rest),
				fmt.Sprintf("segment %q is not declared under the top-level segments%s", r.Segment, suggest(r.Segment, keys(s.segments))))
		}
	}
	if d := cfg.DefaultSegment; d != "" {
		if _, ok := s.segments[d]; !ok {
			node, rest := locate(n, []any{"default_segment"})
			b.add(node, b.originPath(node, path, []any{"default_segment"}, rest),
				fmt.Sprintf("segment %q is not declared under the top-level segments%s", d, suggest(d, keys(s.segments))))
		}
	} else if len(s.segments) > 0 {
		if _, ok := s.segments["general"]; !ok {
			b.add(n, path, `default segment "general" is not declared under the top-level segments; declare it or set default_segment`)
		}
	}
	if len(ce) > 0 {
		return nil
	}
	return model
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// originPath names a problem by where its value was written: a value
// inherited from defaults is named by its defaults path.
func (b *builder) originPath(node *yaml.Node, sectionPath string, full []any, rest []any) string {
	if o, ok := b.origin[node]; ok && node != nil {
		p := o
		if r := qualify.FormatPath(rest); r != "" {
			if strings.HasPrefix(r, "[") {
				p += r
			} else {
				p = join(p, r)
			}
		}
		return p
	}
	r := qualify.FormatPath(full)
	if strings.HasPrefix(r, "[") {
		return sectionPath + r
	}
	return join(sectionPath, r)
}

// locate walks path from n and returns the deepest node reached and the
// part of the path that could not be followed.
func locate(n *yaml.Node, path []any) (*yaml.Node, []any) {
	cur := resolveAlias(n)
	for i, k := range path {
		if cur == nil {
			return n, path[i:]
		}
		var next *yaml.Node
		switch k := k.(type) {
		case string:
			if cur.Kind == yaml.MappingNode {
				for j := 0; j+1 < len(cur.Content); j += 2 {
					if cur.Content[j].Value == k {
						next = resolveAlias(cur.Content[j+1])
						if next.Kind == yaml.ScalarNode && isNull(next) {
							next = cur.Content[j]
						}
					}
				}
			}
		case int:
			if cur.Kind == yaml.SequenceNode && k < len(cur.Content) {
				next = resolveAlias(cur.Content[k])
			}
		}
		if next == nil {
			return cur, path[i:]
		}
		cur = next
	}
	return cur, nil
}

// recordOrigins remembers the path of every node as written.
func recordOrigins(n *yaml.Node, path string, origin map[*yaml.Node]string) {
	if _, done := origin[n]; done {
		return
	}
	origin[n] = path
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := join(path, n.Content[i].Value)
			origin[n.Content[i]] = p
			recordOrigins(n.Content[i+1], p, origin)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			recordOrigins(c, path+"["+strconv.Itoa(i)+"]", origin)
		}
	}
}

// merge deep-merges over onto base: mappings merge key by key, anything
// else (scalars, lists) in over replaces base. A null over keeps base. The
// result shares unchanged nodes with the inputs.
func merge(base, over *yaml.Node, path string, origin map[*yaml.Node]string) *yaml.Node {
	base, over = resolveAlias(base), resolveAlias(over)
	switch {
	case isNull(over):
		return base
	case isNull(base) || base.Kind != yaml.MappingNode || over.Kind != yaml.MappingNode:
		return over
	}
	out := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: over.Line, Column: over.Column}
	origin[out] = path
	idx := map[string]int{}
	for i := 0; i+1 < len(base.Content); i += 2 {
		idx[base.Content[i].Value] = len(out.Content)
		out.Content = append(out.Content, base.Content[i], base.Content[i+1])
	}
	for i := 0; i+1 < len(over.Content); i += 2 {
		k, v := over.Content[i], over.Content[i+1]
		if j, ok := idx[k.Value]; ok {
			out.Content[j] = k
			out.Content[j+1] = merge(out.Content[j+1], v, join(path, k.Value), origin)
			continue
		}
		idx[k.Value] = len(out.Content)
		out.Content = append(out.Content, k, v)
	}
	return out
}

// versionOf hashes the document's canonical form: the YAML re-encoded
// without comments and with uniform layout, so that comment and formatting
// edits keep the version while any value change alters it.
func versionOf(doc *yaml.Node, data []byte) string {
	c := canonical(doc)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	sum := sha256.New()
	if err := enc.Encode(c); err == nil && enc.Close() == nil {
		sum.Write(buf.Bytes())
	} else {
		sum.Write(data)
	}
	return "sha256:" + hex.EncodeToString(sum.Sum(nil))[:12]
}

func canonical(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	c := &yaml.Node{Kind: n.Kind, Tag: n.ShortTag(), Value: n.Value, Anchor: n.Anchor}
	if n.Kind == yaml.AliasNode {
		return canonical(n.Alias)
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		c.Style = yaml.DoubleQuotedStyle
	}
	c.Anchor = ""
	for _, ch := range n.Content {
		c.Content = append(c.Content, canonical(ch))
	}
	return c
}

// Version identifies the rules' content: "sha256:" and 12 hex digits.
func (s *Set) Version() string { return s.version }

// Forms lists the form IDs with their own settings, sorted.
func (s *Set) Forms() []string {
	out := make([]string, 0, len(s.forms))
	for id := range s.forms {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// HasForm reports whether formID has its own settings.
func (s *Set) HasForm(formID string) bool {
	_, ok := s.forms[formID]
	return ok
}

// Segments returns the declared segment names and descriptions.
func (s *Set) Segments() map[string]string {
	out := make(map[string]string, len(s.segments))
	for k, v := range s.segments {
		out[k] = v
	}
	return out
}

// Section decodes the merged section for formID (the defaults for an
// unknown form) strictly into into, a pointer to a struct or map with yaml
// tags. An absent or empty section leaves into unchanged. Problems come
// back as Errors with lines.
func (s *Set) Section(formID, section string, into any) error {
	known := false
	for _, n := range Sections {
		known = known || n == section
	}
	if !known {
		return fmt.Errorf("rules: unknown section %q", section)
	}
	n := s.defaults[section]
	path := "defaults." + section
	if f, ok := s.forms[formID]; ok {
		n = f[section]
		path = "forms." + formID + "." + section
	}
	b := &builder{file: s.file, seen: map[string]bool{}, origin: s.origin}
	b.decode(n, path, into)
	if len(b.errs) > 0 {
		return b.errs
	}
	return nil
}

// Qualifier returns the compiled qualification model for formID (the
// defaults for an unknown form). Models are compiled once by Parse.
func (s *Set) Qualifier(formID string) (*qualify.Model, error) {
	if m, ok := s.models[formID]; ok && m != nil {
		return m, nil
	}
	if m := s.models[""]; m != nil {
		return m, nil
	}
	return nil, fmt.Errorf("rules: no qualification model for form %q", formID)
}

// Package samtemplate reads an AWS SAM template (YAML or JSON), converts the
// CloudFormation short-form intrinsic tags into their long JSON form and
// answers the questions the rest of leadsieve asks about it: which functions
// exist with which environment, which HTTP routes and schedules they serve,
// which DynamoDB tables to create locally, and what a value evaluates to.
package samtemplate

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Template is a parsed SAM template. Its document is held in the long JSON
// form (maps, slices, strings, numbers, booleans), with every short tag such
// as !Ref or !Sub rewritten to {"Ref": ...} or {"Fn::Sub": ...}.
type Template struct {
	doc   map[string]any
	lines map[string]int // document path -> 1-based source line

	// Parameters are the template's parameters by name.
	Parameters map[string]Parameter
	// Conditions are the long-form condition expressions by name.
	Conditions map[string]any
	// Mappings are the template's mappings (for Fn::FindInMap).
	Mappings map[string]any
	// GlobalsFunction is the Globals.Function section (may be nil).
	GlobalsFunction map[string]any
	// GlobalsHttpAPI is the Globals.HttpApi section (may be nil).
	GlobalsHttpAPI map[string]any
	// Resources are the template's resources by logical id.
	Resources map[string]Resource
}

// Parameter is one entry of the Parameters section.
type Parameter struct {
	// Name is the parameter's logical name.
	Name string
	// Type is the CloudFormation parameter type (String, Number, CommaDelimitedList...).
	Type string
	// Default is the default value rendered as a string ("" when absent).
	Default string
	// HasDefault reports whether the template gives a default.
	HasDefault bool
	// AllowedValues lists the allowed values, rendered as strings.
	AllowedValues []string
	// Description is the parameter's description.
	Description string
}

// Resource is one entry of the Resources section.
type Resource struct {
	// LogicalID is the resource's key in Resources.
	LogicalID string
	// Type is the resource type, e.g. AWS::Serverless::Function.
	Type string
	// Properties is the long-form Properties map (never nil).
	Properties map[string]any
	// Metadata is the long-form Metadata map (never nil).
	Metadata map[string]any
	// Condition is the name of the resource's condition, if any.
	Condition string
	// Line is the 1-based line of the resource's key in the source.
	Line int
}

// Load reads and parses the template at path.
func Load(path string) (*Template, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("samtemplate: read template: %w", err)
	}
	t, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// Parse parses a SAM template given as YAML (JSON is valid YAML).
func Parse(data []byte) (*Template, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("samtemplate: parse YAML: %w", err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) != 1 {
		return nil, errors.New("samtemplate: empty template")
	}
	lines := map[string]int{}
	v, err := convert(root.Content[0], "", lines)
	if err != nil {
		return nil, fmt.Errorf("samtemplate: %w", err)
	}
	doc, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("samtemplate: template is not a mapping")
	}
	t := &Template{doc: doc, lines: lines, Parameters: map[string]Parameter{}, Resources: map[string]Resource{}}
	if err := t.index(); err != nil {
		return nil, fmt.Errorf("samtemplate: %w", err)
	}
	return t, nil
}

// JSON returns the whole template in long form as plain maps and slices,
// suitable for JSON encoding or JSON-schema validation. It returns a deep
// copy, so callers may modify it.
func (t *Template) JSON() any { return deepCopy(t.doc) }

// Line returns the 1-based source line of the value at a dotted document
// path such as "Resources.IntakeFunction.Properties", or 0 if unknown.
func (t *Template) Line(path string) int { return t.lines[path] }

func (t *Template) index() error {
	if ps, ok := t.doc["Parameters"]; ok {
		pm, ok := ps.(map[string]any)
		if !ok {
			return errors.New("Parameters is not a mapping")
		}
		for name, raw := range pm {
			m, ok := raw.(map[string]any)
			if !ok {
				return fmt.Errorf("parameter %s is not a mapping", name)
			}
			p := Parameter{Name: name}
			p.Type, _ = m["Type"].(string)
			p.Description, _ = m["Description"].(string)
			if d, ok := m["Default"]; ok {
				p.HasDefault = true
				p.Default = scalarString(d)
			}
			if av, ok := m["AllowedValues"].([]any); ok {
				for _, a := range av {
					p.AllowedValues = append(p.AllowedValues, scalarString(a))
				}
			}
			t.Parameters[name] = p
		}
	}
	t.Conditions, _ = t.doc["Conditions"].(map[string]any)
	t.Mappings, _ = t.doc["Mappings"].(map[string]any)
	if g, ok := t.doc["Globals"].(map[string]any); ok {
		t.GlobalsFunction, _ = g["Function"].(map[string]any)
		t.GlobalsHttpAPI, _ = g["HttpApi"].(map[string]any)
	}
	rs, ok := t.doc["Resources"].(map[string]any)
	if !ok {
		return errors.New("Resources section missing or not a mapping")
	}
	for id, raw := range rs {
		m, ok := raw.(map[string]any)
		if !ok {
			return fmt.Errorf("resource %s is not a mapping", id)
		}
		r := Resource{LogicalID: id, Line: t.lines["Resources."+id]}
		r.Type, _ = m["Type"].(string)
		if r.Type == "" {
			return fmt.Errorf("resource %s has no Type", id)
		}
		r.Properties, _ = m["Properties"].(map[string]any)
		if r.Properties == nil {
			r.Properties = map[string]any{}
		}
		r.Metadata, _ = m["Metadata"].(map[string]any)
		if r.Metadata == nil {
			r.Metadata = map[string]any{}
		}
		r.Condition, _ = m["Condition"].(string)
		t.Resources[id] = r
	}
	return nil
}

// convert turns a YAML node into its long-form value, recording the line
// of every mapping key under its dotted path.
func convert(n *yaml.Node, path string, lines map[string]int) (any, error) {
	if n.Kind == yaml.AliasNode {
		return convert(n.Alias, path, lines)
	}
	if tag := n.Tag; strings.HasPrefix(tag, "!") && !strings.HasPrefix(tag, "!!") {
		return convertTagged(n, path, lines)
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			kn, vn := n.Content[i], n.Content[i+1]
			if kn.Kind == yaml.ScalarNode && kn.Tag == "!!merge" {
				return nil, fmt.Errorf("line %d: YAML merge keys are not supported by CloudFormation", kn.Line)
			}
			if kn.Kind != yaml.ScalarNode {
				return nil, fmt.Errorf("line %d: mapping key is not a scalar", kn.Line)
			}
			key := kn.Value
			if _, dup := m[key]; dup {
				return nil, fmt.Errorf("line %d: duplicate key %q", kn.Line, key)
			}
			p := joinPath(path, key)
			lines[p] = kn.Line
			v, err := convert(vn, p, lines)
			if err != nil {
				return nil, err
			}
			m[key] = v
		}
		return m, nil
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			p := joinPath(path, strconv.Itoa(i))
			lines[p] = c.Line
			v, err := convert(c, p, lines)
			if err != nil {
				return nil, err
			}
			s = append(s, v)
		}
		return s, nil
	case yaml.ScalarNode:
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, fmt.Errorf("line %d: %w", n.Line, err)
		}
		return v, nil
	default:
		return nil, fmt.Errorf("line %d: unexpected YAML node kind %d", n.Line, n.Kind)
	}
}

// shortTags maps each CloudFormation short tag to its long-form key.
var shortTags = map[string]string{
	"!Ref":          "Ref",
	"!Condition":    "Condition",
	"!GetAtt":       "Fn::GetAtt",
	"!Sub":          "Fn::Sub",
	"!Join":         "Fn::Join",
	"!If":           "Fn::If",
	"!Equals":       "Fn::Equals",
	"!Select":       "Fn::Select",
	"!Split":        "Fn::Split",
	"!FindInMap":    "Fn::FindInMap",
	"!Not":          "Fn::Not",
	"!And":          "Fn::And",
	"!Or":           "Fn::Or",
	"!Base64":       "Fn::Base64",
	"!Cidr":         "Fn::Cidr",
	"!GetAZs":       "Fn::GetAZs",
	"!ImportValue":  "Fn::ImportValue",
	"!Transform":    "Fn::Transform",
	"!Length":       "Fn::Length",
	"!ToJsonString": "Fn::ToJsonString",
}

func convertTagged(n *yaml.Node, path string, lines map[string]int) (any, error) {
	key, ok := shortTags[n.Tag]
	if !ok {
		return nil, fmt.Errorf("line %d: unknown tag %s", n.Line, n.Tag)
	}
	inner := *n
	inner.Tag = ""
	if n.Kind == yaml.ScalarNode {
		inner.Tag = "!!str" // arguments of short tags given as scalars are strings
	}
	p := joinPath(path, key)
	v, err := convert(&inner, p, lines)
	if err != nil {
		return nil, err
	}
	if key == "Fn::GetAtt" {
		if s, ok := v.(string); ok {
			res, attr, found := strings.Cut(s, ".")
			if !found || res == "" || attr == "" {
				return nil, fmt.Errorf("line %d: !GetAtt %q is not of the form Resource.Attribute", n.Line, s)
			}
			v = []any{res, attr}
		}
	}
	return map[string]any{key: v}, nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// scalarString renders a scalar YAML value the way CloudFormation sees it.
func scalarString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case uint64:
		return strconv.FormatUint(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = scalarString(e)
		}
		return strings.Join(parts, ",")
	default:
		return fmt.Sprint(x)
	}
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = deepCopy(e)
		}
		return s
	default:
		return x
	}
}

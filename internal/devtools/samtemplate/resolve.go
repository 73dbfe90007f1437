package samtemplate

import (
	"encoding/base64"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Resolver supplies the values that evaluation needs. Its zero value
// evaluates parameters to their defaults, pseudo parameters to local
// stand-ins and fails on resource references.
type Resolver struct {
	// Param returns the value of a parameter; ok=false falls back to the
	// parameter's Default. A CommaDelimitedList value is comma-separated.
	Param func(name string) (value string, ok bool)
	// Pseudo overrides pseudo parameters such as AWS::Region.
	Pseudo map[string]string
	// Physical returns the physical id of a resource (what Ref gives).
	Physical func(logicalID string) (string, error)
	// Attribute returns Fn::GetAtt Resource.Attribute.
	Attribute func(logicalID, attribute string) (string, error)
}

// PseudoParameters are the pseudo parameters and their local values.
var PseudoParameters = map[string]string{
	"AWS::Region":           "us-east-1",
	"AWS::AccountId":        "000000000000",
	"AWS::StackName":        "leadsieve-local",
	"AWS::StackId":          "arn:aws:cloudformation:us-east-1:000000000000:stack/leadsieve-local/00000000-0000-0000-0000-000000000000",
	"AWS::URLSuffix":        "amazonaws.com",
	"AWS::Partition":        "aws",
	"AWS::NotificationARNs": "",
	"AWS::NoValue":          "",
}

// noValue is the result of Ref AWS::NoValue.
type noValue struct{}

// ErrUnsupported is wrapped by errors for intrinsics that cannot be
// evaluated locally (Fn::ImportValue, Fn::Cidr, Fn::Transform...).
var ErrUnsupported = errors.New("intrinsic not supported locally")

// Resolve evaluates a long-form value to a string. Lists (from a
// CommaDelimitedList, Fn::Split, Fn::GetAZs) are joined with ",".
func (t *Template) Resolve(v any, r Resolver) (string, error) {
	val, err := t.eval(v, r)
	if err != nil {
		return "", err
	}
	if _, ok := val.(noValue); ok {
		return "", nil
	}
	return asString(val)
}

// ResolveList evaluates a long-form value to a list of strings; a scalar
// becomes a one-element list and a comma-separated CommaDelimitedList is split.
func (t *Template) ResolveList(v any, r Resolver) ([]string, error) {
	val, err := t.eval(v, r)
	if err != nil {
		return nil, err
	}
	return asList(val)
}

// Condition evaluates the named condition.
func (t *Template) Condition(name string, r Resolver) (bool, error) {
	return t.condition(name, r, map[string]bool{})
}

func (t *Template) condition(name string, r Resolver, seen map[string]bool) (bool, error) {
	expr, ok := t.Conditions[name]
	if !ok {
		return false, fmt.Errorf("unknown condition %q", name)
	}
	if seen[name] {
		return false, fmt.Errorf("condition %q refers to itself", name)
	}
	seen[name] = true
	defer delete(seen, name)
	return t.evalBool(expr, r, seen)
}

func (t *Template) evalBool(v any, r Resolver, seen map[string]bool) (bool, error) {
	switch x := v.(type) {
	case bool:
		return x, nil
	case string:
		return x == "true", nil
	case map[string]any:
		if len(x) != 1 {
			break
		}
		for k, arg := range x {
			switch k {
			case "Condition":
				name, ok := arg.(string)
				if !ok {
					return false, errors.New("Condition argument is not a string")
				}
				return t.condition(name, r, seen)
			case "Fn::Equals":
				args, ok := arg.([]any)
				if !ok || len(args) != 2 {
					return false, errors.New("Fn::Equals needs two arguments")
				}
				a, err := t.Resolve(args[0], r)
				if err != nil {
					return false, err
				}
				b, err := t.Resolve(args[1], r)
				if err != nil {
					return false, err
				}
				return a == b, nil
			case "Fn::Not":
				args, ok := arg.([]any)
				if !ok || len(args) != 1 {
					return false, errors.New("Fn::Not needs one argument")
				}
				b, err := t.evalBool(args[0], r, seen)
				return !b, err
			case "Fn::And", "Fn::Or":
				args, ok := arg.([]any)
				if !ok || len(args) < 1 {
					return false, fmt.Errorf("%s needs a list of conditions", k)
				}
				and := k == "Fn::And"
				for _, a := range args {
					b, err := t.evalBool(a, r, seen)
					if err != nil {
						return false, err
					}
					if and && !b {
						return false, nil
					}
					if !and && b {
						return true, nil
					}
				}
				return and, nil
			}
		}
	}
	return false, fmt.Errorf("not a condition expression: %v", v)
}

// eval returns a string, a []string or noValue.
func (t *Template) eval(v any, r Resolver) (any, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case bool, int, int64, uint64, float64:
		return scalarString(x), nil
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			ev, err := t.eval(e, r)
			if err != nil {
				return nil, err
			}
			if _, ok := ev.(noValue); ok {
				continue
			}
			s, err := asString(ev)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	case map[string]any:
		if len(x) != 1 {
			return nil, fmt.Errorf("cannot evaluate a mapping with %d keys to a string", len(x))
		}
		for k, arg := range x {
			return t.evalIntrinsic(k, arg, r)
		}
	}
	return nil, fmt.Errorf("cannot evaluate %T", v)
}

func (t *Template) evalIntrinsic(fn string, arg any, r Resolver) (any, error) {
	switch fn {
	case "Ref":
		name, ok := arg.(string)
		if !ok {
			return nil, errors.New("Ref argument is not a string")
		}
		return t.ref(name, r)
	case "Fn::GetAtt":
		res, attr, err := getAttArgs(arg)
		if err != nil {
			return nil, err
		}
		return t.getAtt(res, attr, r)
	case "Fn::Join":
		args, ok := arg.([]any)
		if !ok || len(args) != 2 {
			return nil, errors.New("Fn::Join needs [delimiter, list]")
		}
		sep, ok := args[0].(string)
		if !ok {
			return nil, errors.New("Fn::Join delimiter is not a string")
		}
		list, err := t.evalList(args[1], r)
		if err != nil {
			return nil, fmt.Errorf("Fn::Join: %w", err)
		}
		return strings.Join(list, sep), nil
	case "Fn::Select":
		args, ok := arg.([]any)
		if !ok || len(args) != 2 {
			return nil, errors.New("Fn::Select needs [index, list]")
		}
		is, err := t.Resolve(args[0], r)
		if err != nil {
			return nil, err
		}
		i, err := strconv.Atoi(is)
		if err != nil {
			return nil, fmt.Errorf("Fn::Select index %q: %w", is, err)
		}
		list, err := t.evalList(args[1], r)
		if err != nil {
			return nil, fmt.Errorf("Fn::Select: %w", err)
		}
		if i < 0 || i >= len(list) {
			return nil, fmt.Errorf("Fn::Select index %d out of range [0,%d)", i, len(list))
		}
		return list[i], nil
	case "Fn::Split":
		args, ok := arg.([]any)
		if !ok || len(args) != 2 {
			return nil, errors.New("Fn::Split needs [delimiter, string]")
		}
		sep, ok := args[0].(string)
		if !ok || sep == "" {
			return nil, errors.New("Fn::Split delimiter is not a non-empty string")
		}
		s, err := t.Resolve(args[1], r)
		if err != nil {
			return nil, err
		}
		return strings.Split(s, sep), nil
	case "Fn::If":
		args, ok := arg.([]any)
		if !ok || len(args) != 3 {
			return nil, errors.New("Fn::If needs [condition, then, else]")
		}
		name, ok := args[0].(string)
		if !ok {
			return nil, errors.New("Fn::If condition name is not a string")
		}
		b, err := t.Condition(name, r)
		if err != nil {
			return nil, fmt.Errorf("Fn::If: %w", err)
		}
		if b {
			return t.eval(args[1], r)
		}
		return t.eval(args[2], r)
	case "Fn::Sub":
		return t.sub(arg, r)
	case "Fn::FindInMap":
		args, ok := arg.([]any)
		if !ok || len(args) < 3 {
			return nil, errors.New("Fn::FindInMap needs [map, key, key]")
		}
		keys := make([]string, 3)
		for i := range 3 {
			s, err := t.Resolve(args[i], r)
			if err != nil {
				return nil, err
			}
			keys[i] = s
		}
		m1, ok := t.Mappings[keys[0]].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("Fn::FindInMap: no mapping %q", keys[0])
		}
		m2, ok := m1[keys[1]].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("Fn::FindInMap: mapping %q has no key %q", keys[0], keys[1])
		}
		v, ok := m2[keys[2]]
		if !ok {
			return nil, fmt.Errorf("Fn::FindInMap: %s.%s has no key %q", keys[0], keys[1], keys[2])
		}
		return t.eval(v, r)
	case "Fn::Base64":
		s, err := t.Resolve(arg, r)
		if err != nil {
			return nil, err
		}
		return base64.StdEncoding.EncodeToString([]byte(s)), nil
	case "Fn::GetAZs":
		region, err := t.Resolve(arg, r)
		if err != nil {
			return nil, err
		}
		if region == "" {
			region = t.pseudo("AWS::Region", r)
		}
		return []string{region + "a", region + "b", region + "c"}, nil
	case "Condition":
		name, ok := arg.(string)
		if !ok {
			return nil, errors.New("Condition argument is not a string")
		}
		b, err := t.Condition(name, r)
		if err != nil {
			return nil, err
		}
		return strconv.FormatBool(b), nil
	case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or":
		b, err := t.evalBool(map[string]any{fn: arg}, r, map[string]bool{})
		if err != nil {
			return nil, err
		}
		return strconv.FormatBool(b), nil
	}
	return nil, fmt.Errorf("%s: %w", fn, ErrUnsupported)
}

func (t *Template) evalList(v any, r Resolver) ([]string, error) {
	val, err := t.eval(v, r)
	if err != nil {
		return nil, err
	}
	return asList(val)
}

func (t *Template) pseudo(name string, r Resolver) string {
	if v, ok := r.Pseudo[name]; ok {
		return v
	}
	return PseudoParameters[name]
}

func (t *Template) ref(name string, r Resolver) (any, error) {
	if name == "AWS::NoValue" {
		return noValue{}, nil
	}
	if _, ok := PseudoParameters[name]; ok {
		if name == "AWS::NotificationARNs" {
			return []string{}, nil
		}
		return t.pseudo(name, r), nil
	}
	if p, ok := t.Parameters[name]; ok {
		val, have := "", false
		if r.Param != nil {
			val, have = r.Param(name)
		}
		if !have {
			if !p.HasDefault {
				return nil, fmt.Errorf("parameter %s has no value and no default", name)
			}
			val = p.Default
		}
		if strings.HasPrefix(p.Type, "CommaDelimitedList") || strings.HasPrefix(p.Type, "List<") {
			if val == "" {
				return []string{}, nil
			}
			parts := strings.Split(val, ",")
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			return parts, nil
		}
		return val, nil
	}
	if _, ok := t.Resources[name]; ok {
		if r.Physical == nil {
			return nil, fmt.Errorf("no physical id for resource %s", name)
		}
		id, err := r.Physical(name)
		if err != nil {
			return nil, fmt.Errorf("Ref %s: %w", name, err)
		}
		return id, nil
	}
	return nil, fmt.Errorf("Ref to unknown name %q", name)
}

func (t *Template) getAtt(res, attr string, r Resolver) (any, error) {
	if _, ok := t.Resources[res]; !ok {
		return nil, fmt.Errorf("Fn::GetAtt of unknown resource %q", res)
	}
	if r.Attribute == nil {
		return nil, fmt.Errorf("no value for %s.%s", res, attr)
	}
	v, err := r.Attribute(res, attr)
	if err != nil {
		return nil, fmt.Errorf("Fn::GetAtt %s.%s: %w", res, attr, err)
	}
	return v, nil
}

func getAttArgs(arg any) (string, string, error) {
	switch a := arg.(type) {
	case string:
		res, attr, ok := strings.Cut(a, ".")
		if ok {
			return res, attr, nil
		}
	case []any:
		if len(a) == 2 {
			res, ok1 := a[0].(string)
			attr, ok2 := a[1].(string)
			if ok1 && ok2 {
				return res, attr, nil
			}
		}
	}
	return "", "", fmt.Errorf("bad Fn::GetAtt argument %v", arg)
}

// sub evaluates Fn::Sub in string or [string, {vars}] form.
func (t *Template) sub(arg any, r Resolver) (any, error) {
	var tmpl string
	vars := map[string]any{}
	switch a := arg.(type) {
	case string:
		tmpl = a
	case []any:
		if len(a) != 2 {
			return nil, errors.New("Fn::Sub list form needs [string, {variables}]")
		}
		s, ok1 := a[0].(string)
		m, ok2 := a[1].(map[string]any)
		if !ok1 || !ok2 {
			return nil, errors.New("Fn::Sub list form needs [string, {variables}]")
		}
		tmpl, vars = s, m
	default:
		return nil, errors.New("Fn::Sub argument is neither a string nor a list")
	}
	var b strings.Builder
	err := walkSub(tmpl, func(lit string) { b.WriteString(lit) }, func(name string) error {
		var v any
		var err error
		if expr, ok := vars[name]; ok {
			v, err = t.eval(expr, r)
		} else if res, attr, dotted := strings.Cut(name, "."); dotted && t.Resources[res].Type != "" {
			v, err = t.getAtt(res, attr, r)
		} else {
			v, err = t.ref(name, r)
		}
		if err != nil {
			return fmt.Errorf("Fn::Sub ${%s}: %w", name, err)
		}
		s, err := asString(v)
		if err != nil {
			return fmt.Errorf("Fn::Sub ${%s}: %w", name, err)
		}
		b.WriteString(s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.String(), nil
}

// walkSub scans a Fn::Sub template, calling lit for literal text and
// variable for each ${Name}; ${!Literal} yields the literal "${Literal}".
func walkSub(s string, lit func(string), variable func(string) error) error {
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			lit(s)
			return nil
		}
		lit(s[:i])
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return fmt.Errorf("Fn::Sub: unterminated ${ in %q", s)
		}
		name := s[i+2 : i+end]
		if strings.HasPrefix(name, "!") {
			lit("${" + name[1:] + "}")
		} else if err := variable(strings.TrimSpace(name)); err != nil {
			return err
		}
		s = s[i+end+1:]
	}
}

func asString(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case []string:
		return strings.Join(x, ","), nil
	case noValue:
		return "", nil
	}
	return "", fmt.Errorf("value of type %T is not a string", v)
}

func asList(v any) ([]string, error) {
	switch x := v.(type) {
	case []string:
		return x, nil
	case string:
		return []string{x}, nil
	case noValue:
		return nil, nil
	}
	return nil, fmt.Errorf("value of type %T is not a list", v)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

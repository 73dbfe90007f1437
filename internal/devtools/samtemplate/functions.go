package samtemplate

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Function is an AWS::Serverless::Function with its properties merged with
// Globals.Function.
type Function struct {
	// LogicalID is the function's key in Resources.
	LogicalID string
	// Properties are the merged long-form properties.
	Properties map[string]any
	// BuildMethod is Metadata.BuildMethod ("" when absent).
	BuildMethod string
	// Events are the function's event sources sorted by name.
	Events []Event
}

// Event is one entry of a function's Events property.
type Event struct {
	// Name is the event's key in Events.
	Name string
	// Type is the event source type (HttpApi, Schedule, ScheduleV2, ...).
	Type string
	// Properties is the event's long-form Properties map (never nil).
	Properties map[string]any
}

// Route is an HttpApi event of a function.
type Route struct {
	// Method is the upper-case HTTP method, or "ANY".
	Method string
	// Path is the route path such as /forms/{formId}/submissions, or
	// "$default" for the catch-all route.
	Path string
	// FunctionID is the logical id of the function serving the route.
	FunctionID string
	// EventName is the name of the event in the function's Events.
	EventName string
	// PayloadFormatVersion is "2.0" unless the event says otherwise.
	PayloadFormatVersion string
	// APIID is the logical id of the HttpApi referenced by ApiId ("" = implicit API).
	APIID string
	// Authorizer names the API's authorizer guarding the route (the
	// event's Auth.Authorizer, else the API's DefaultAuthorizer); "" for
	// a public route.
	Authorizer string
}

// RouteKey returns the API Gateway route key, e.g. "POST /forms/{formId}/submissions".
func (r Route) RouteKey() string {
	if r.Path == "$default" {
		return "$default"
	}
	return r.Method + " " + r.Path
}

// Schedule is a Schedule or ScheduleV2 event of a function.
type Schedule struct {
	// FunctionID is the logical id of the scheduled function.
	FunctionID string
	// EventName is the name of the event in the function's Events.
	EventName string
	// Type is Schedule or ScheduleV2.
	Type string
	// Expression is the schedule expression, e.g. "rate(1 minute)".
	Expression string
	// Enabled is false when the event is explicitly disabled.
	Enabled bool
}

// Functions returns every AWS::Serverless::Function sorted by logical id,
// with Globals.Function merged in the way SAM merges globals: maps merge
// recursively, lists are concatenated (globals first), anything else and
// intrinsic functions are taken from the function.
func (t *Template) Functions() []Function {
	var out []Function
	for _, id := range t.sortedResourceIDs() {
		r := t.Resources[id]
		if r.Type != "AWS::Serverless::Function" {
			continue
		}
		props := r.Properties
		if t.GlobalsFunction != nil {
			props = mergeGlobals(t.GlobalsFunction, r.Properties).(map[string]any)
		} else {
			props = deepCopy(props).(map[string]any)
		}
		f := Function{LogicalID: id, Properties: props}
		f.BuildMethod, _ = r.Metadata["BuildMethod"].(string)
		if evs, ok := props["Events"].(map[string]any); ok {
			for name, raw := range evs {
				m, _ := raw.(map[string]any)
				e := Event{Name: name}
				e.Type, _ = m["Type"].(string)
				e.Properties, _ = m["Properties"].(map[string]any)
				if e.Properties == nil {
					e.Properties = map[string]any{}
				}
				f.Events = append(f.Events, e)
			}
			sort.Slice(f.Events, func(i, j int) bool { return f.Events[i].Name < f.Events[j].Name })
		}
		out = append(out, f)
	}
	return out
}

// Function returns the merged function with the given logical id.
func (t *Template) Function(logicalID string) (Function, bool) {
	for _, f := range t.Functions() {
		if f.LogicalID == logicalID {
			return f, true
		}
	}
	return Function{}, false
}

// Routes returns every HttpApi event of every function, sorted by path then method.
func (t *Template) Routes() []Route {
	var out []Route
	for _, f := range t.Functions() {
		for _, e := range f.Events {
			if e.Type != "HttpApi" {
				continue
			}
			r := Route{FunctionID: f.LogicalID, EventName: e.Name, PayloadFormatVersion: "2.0", Method: "ANY", Path: "$default"}
			if m, ok := e.Properties["Method"].(string); ok && m != "" {
				r.Method = strings.ToUpper(m)
				if r.Method == "X-AMAZON-APIGATEWAY-ANY-METHOD" || r.Method == "*" {
					r.Method = "ANY"
				}
			}
			if p, ok := e.Properties["Path"].(string); ok && p != "" {
				r.Path = p
			}
			if v, ok := e.Properties["PayloadFormatVersion"]; ok {
				r.PayloadFormatVersion = scalarString(v)
			}
			if ref, ok := e.Properties["ApiId"].(map[string]any); ok {
				r.APIID, _ = ref["Ref"].(string)
			}
			r.Authorizer = t.routeAuthorizer(r.APIID, e.Properties)
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Method < out[j].Method
	})
	return out
}

// Schedules returns every Schedule and ScheduleV2 event of every function.
// An expression given as an intrinsic is evaluated with the zero Resolver.
func (t *Template) Schedules() ([]Schedule, error) {
	var out []Schedule
	for _, f := range t.Functions() {
		for _, e := range f.Events {
			var key string
			switch e.Type {
			case "Schedule":
				key = "Schedule"
			case "ScheduleV2":
				key = "ScheduleExpression"
			default:
				continue
			}
			expr, err := t.Resolve(e.Properties[key], Resolver{})
			if err != nil {
				return nil, fmt.Errorf("samtemplate: schedule %s.%s: %w", f.LogicalID, e.Name, err)
			}
			s := Schedule{FunctionID: f.LogicalID, EventName: e.Name, Type: e.Type, Expression: expr, Enabled: true}
			if v, ok := e.Properties["Enabled"].(bool); ok {
				s.Enabled = v
			}
			if st, ok := e.Properties["State"].(string); ok && strings.EqualFold(st, "DISABLED") {
				s.Enabled = false
			}
			out = append(out, s)
		}
	}
	return out, nil
}

// FunctionEnv returns the environment variables of a function (globals and
// its own, the function's winning) evaluated with r. A variable whose value
// is AWS::NoValue is left out.
func (t *Template) FunctionEnv(logicalID string, r Resolver) (map[string]string, error) {
	raw, err := t.FunctionEnvRaw(logicalID)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(raw))
	for name, v := range raw {
		val, err := t.eval(v, r)
		if err != nil {
			return nil, fmt.Errorf("samtemplate: %s env %s: %w", logicalID, name, err)
		}
		if _, none := val.(noValue); none {
			continue
		}
		s, err := asString(val)
		if err != nil {
			return nil, fmt.Errorf("samtemplate: %s env %s: %w", logicalID, name, err)
		}
		out[name] = s
	}
	return out, nil
}

// FunctionEnvRaw returns the merged, unevaluated (long-form) environment
// variables of a function.
func (t *Template) FunctionEnvRaw(logicalID string) (map[string]any, error) {
	f, ok := t.Function(logicalID)
	if !ok {
		return nil, fmt.Errorf("samtemplate: no function %q", logicalID)
	}
	env, _ := f.Properties["Environment"].(map[string]any)
	vars, _ := env["Variables"].(map[string]any)
	out := make(map[string]any, len(vars))
	for k, v := range vars {
		out[k] = v
	}
	return out, nil
}

// CORS is an HttpApi CorsConfiguration with its values evaluated.
type CORS struct {
	AllowOrigins     []string
	AllowMethods     []string
	AllowHeaders     []string
	ExposeHeaders    []string
	MaxAge           int
	AllowCredentials bool
}

// HttpApiCors returns the CorsConfiguration of the template's
// AWS::Serverless::HttpApi (merged with Globals.HttpApi), evaluated with r.
// It returns nil when no CORS is configured. CorsConfiguration: true means
// every origin.
func (t *Template) HttpApiCors(r Resolver) (*CORS, error) {
	var cfg any
	if t.GlobalsHttpAPI != nil {
		cfg = t.GlobalsHttpAPI["CorsConfiguration"]
	}
	for _, id := range t.sortedResourceIDs() {
		res := t.Resources[id]
		if res.Type != "AWS::Serverless::HttpApi" {
			continue
		}
		if c, ok := res.Properties["CorsConfiguration"]; ok {
			if cfg != nil {
				c = mergeGlobals(cfg, c)
			}
			cfg = c
		}
		break
	}
	switch c := cfg.(type) {
	case nil:
		return nil, nil
	case bool:
		if !c {
			return nil, nil
		}
		return &CORS{AllowOrigins: []string{"*"}, AllowMethods: []string{"*"}, AllowHeaders: []string{"*"}}, nil
	case map[string]any:
		out := &CORS{}
		lists := []struct {
			key string
			dst *[]string
		}{
			{"AllowOrigins", &out.AllowOrigins}, {"AllowMethods", &out.AllowMethods},
			{"AllowHeaders", &out.AllowHeaders}, {"ExposeHeaders", &out.ExposeHeaders},
		}
		for _, l := range lists {
			v, ok := c[l.key]
			if !ok {
				continue
			}
			vals, err := t.ResolveList(v, r)
			if err != nil {
				return nil, fmt.Errorf("samtemplate: CorsConfiguration.%s: %w", l.key, err)
			}
			*l.dst = vals
		}
		if v, ok := c["MaxAge"]; ok {
			s, err := t.Resolve(v, r)
			if err != nil {
				return nil, fmt.Errorf("samtemplate: CorsConfiguration.MaxAge: %w", err)
			}
			if _, err := fmt.Sscan(s, &out.MaxAge); err != nil {
				return nil, fmt.Errorf("samtemplate: CorsConfiguration.MaxAge %q: %w", s, err)
			}
		}
		if v, ok := c["AllowCredentials"]; ok {
			s, err := t.Resolve(v, r)
			if err != nil {
				return nil, fmt.Errorf("samtemplate: CorsConfiguration.AllowCredentials: %w", err)
			}
			out.AllowCredentials = s == "true"
		}
		return out, nil
	default:
		return nil, fmt.Errorf("samtemplate: CorsConfiguration has unexpected type %T", cfg)
	}
}

func (t *Template) sortedResourceIDs() []string {
	ids := make([]string, 0, len(t.Resources))
	for id := range t.Resources {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// mergeGlobals merges a Globals value with a resource value like SAM does.
func mergeGlobals(global, local any) any {
	gm, gIsMap := global.(map[string]any)
	lm, lIsMap := local.(map[string]any)
	if gIsMap && lIsMap && !isIntrinsic(gm) && !isIntrinsic(lm) {
		out := make(map[string]any, len(gm)+len(lm))
		for k, v := range gm {
			out[k] = deepCopy(v)
		}
		for k, v := range lm {
			if g, ok := out[k]; ok {
				out[k] = mergeGlobals(g, v)
			} else {
				out[k] = deepCopy(v)
			}
		}
		return out
	}
	gl, gIsList := global.([]any)
	ll, lIsList := local.([]any)
	if gIsList && lIsList {
		out := make([]any, 0, len(gl)+len(ll))
		for _, v := range gl {
			out = append(out, deepCopy(v))
		}
		for _, v := range ll {
			out = append(out, deepCopy(v))
		}
		return out
	}
	return deepCopy(local)
}

// isIntrinsic reports whether m is a single-key intrinsic function call.
func isIntrinsic(m map[string]any) bool {
	if len(m) != 1 {
		return false
	}
	for k := range m {
		return k == "Ref" || k == "Condition" || strings.HasPrefix(k, "Fn::")
	}
	return false
}

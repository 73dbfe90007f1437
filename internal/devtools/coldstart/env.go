package coldstart

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// FunctionEnv returns the environment template.yaml gives function id,
// resolved for a local run: parameters take their defaults, a table's Ref
// is its local name in tables, and each X_ARN variable that refers to a
// Secrets Manager secret becomes X holding secret itself (the functions'
// local-only form), since there is no Secrets Manager to read it from.
func FunctionEnv(tpl *samtemplate.Template, id string, tables map[string]string, secret string) (map[string]string, error) {
	raw, err := tpl.FunctionEnvRaw(id)
	if err != nil {
		return nil, err
	}
	r := samtemplate.Resolver{
		Physical: func(logicalID string) (string, error) {
			if name, ok := tables[logicalID]; ok {
				return name, nil
			}
			return logicalID, nil
		},
		Attribute: func(logicalID, attr string) (string, error) {
			if name, ok := tables[logicalID]; ok && attr == "Arn" {
				return "arn:aws:dynamodb:us-east-1:000000000000:table/" + name, nil
			}
			return "", fmt.Errorf("no local value for %s.%s", logicalID, attr)
		},
	}
	env := make(map[string]string, len(raw))
	for name, v := range raw {
		if isSecretRef(tpl, name, v) {
			env[strings.TrimSuffix(name, "_ARN")] = secret
			continue
		}
		s, err := tpl.Resolve(v, r)
		if err != nil {
			return nil, fmt.Errorf("coldstart: %s env %s: %w", id, name, err)
		}
		env[name] = s
	}
	return env, nil
}

// isSecretRef reports whether variable name=v is X_ARN: !Ref <a secret>.
func isSecretRef(tpl *samtemplate.Template, name string, v any) bool {
	if !strings.HasSuffix(name, "_ARN") {
		return false
	}
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return false
	}
	id, ok := m["Ref"].(string)
	return ok && tpl.Resources[id].Type == "AWS::SecretsManager::Secret"
}

// Environ turns base (KEY=VALUE lines) and vars into one environment in a
// stable order; vars win.
func Environ(base []string, vars map[string]string) []string {
	out := make([]string, 0, len(base)+len(vars))
	for _, kv := range base {
		k, _, _ := strings.Cut(kv, "=")
		if _, overridden := vars[k]; !overridden {
			out = append(out, kv)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		out = append(out, k+"="+vars[k])
	}
	return out
}

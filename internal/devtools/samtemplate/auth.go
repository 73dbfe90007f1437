package samtemplate

import (
	"fmt"
	"sort"
	"strings"
)

// JWTAuthorizer is a JWT authorizer of an HttpApi (Auth.Authorizers with
// a JwtConfiguration), its values resolved.
type JWTAuthorizer struct {
	// Name is the authorizer's key in Auth.Authorizers.
	Name string
	// Issuer is JwtConfiguration.issuer, the token's required iss.
	Issuer string
	// Audience is JwtConfiguration.audience: the token's aud (or
	// client_id) must be one of them.
	Audience []string
	// IdentitySource is where the token is read from,
	// "$request.header.Authorization" unless the template says otherwise.
	IdentitySource string
}

// HeaderName returns the request header IdentitySource names ("" when it
// names something else).
func (a JWTAuthorizer) HeaderName() string {
	h, ok := strings.CutPrefix(a.IdentitySource, "$request.header.")
	if !ok {
		return ""
	}
	return h
}

// HttpApiAuthorizers returns the JWT authorizers of the HttpApi apiID
// (merged with Globals.HttpApi.Auth), evaluated with r, by name.
func (t *Template) HttpApiAuthorizers(apiID string, r Resolver) (map[string]JWTAuthorizer, error) {
	res, ok := t.Resources[apiID]
	if !ok || res.Type != "AWS::Serverless::HttpApi" {
		return nil, fmt.Errorf("samtemplate: %q is not an AWS::Serverless::HttpApi", apiID)
	}
	var auth any
	if t.GlobalsHttpAPI != nil {
		auth = t.GlobalsHttpAPI["Auth"]
	}
	if a, ok := res.Properties["Auth"]; ok {
		if auth != nil {
			a = mergeGlobals(auth, a)
		}
		auth = a
	}
	m, _ := auth.(map[string]any)
	authorizers, _ := m["Authorizers"].(map[string]any)
	out := map[string]JWTAuthorizer{}
	names := make([]string, 0, len(authorizers))
	for name := range authorizers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		def, _ := authorizers[name].(map[string]any)
		jc, ok := def["JwtConfiguration"].(map[string]any)
		if !ok {
			continue // a Lambda authorizer: not emulated
		}
		a := JWTAuthorizer{Name: name, IdentitySource: "$request.header.Authorization"}
		if v, ok := def["IdentitySource"]; ok {
			s, err := t.Resolve(v, r)
			if err != nil {
				return nil, fmt.Errorf("samtemplate: authorizer %s IdentitySource: %w", name, err)
			}
			a.IdentitySource = s
		}
		iss, err := t.Resolve(jc["issuer"], r)
		if err != nil {
			return nil, fmt.Errorf("samtemplate: authorizer %s issuer: %w", name, err)
		}
		a.Issuer = iss
		if a.Audience, err = t.ResolveList(jc["audience"], r); err != nil {
			return nil, fmt.Errorf("samtemplate: authorizer %s audience: %w", name, err)
		}
		if a.Issuer == "" || len(a.Audience) == 0 {
			return nil, fmt.Errorf("samtemplate: authorizer %s needs an issuer and an audience", name)
		}
		out[name] = a
	}
	return out, nil
}

// routeAuthorizer returns the authorizer an HttpApi event names in
// Auth.Authorizer, falling back to the API's DefaultAuthorizer; "NONE"
// and no authorizer are "".
func (t *Template) routeAuthorizer(apiID string, props map[string]any) string {
	name := ""
	if res, ok := t.Resources[apiID]; ok {
		if auth, ok := res.Properties["Auth"].(map[string]any); ok {
			name, _ = auth["DefaultAuthorizer"].(string)
		}
	}
	if auth, ok := props["Auth"].(map[string]any); ok {
		if n, ok := auth["Authorizer"].(string); ok {
			name = n
		}
	}
	if name == "NONE" {
		return ""
	}
	return name
}

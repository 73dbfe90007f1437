package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// jwtAuthorizer checks bearer tokens the way an HTTP API's JWT authorizer
// does: the token from the identity source header (with or without
// "Bearer "), signed by a key of the issuer's JWKS, not expired and not
// used before its time, issued by the configured issuer, for one of the
// configured audiences (aud, or client_id for an access token). Its claims
// are then passed to the function as strings, lists as "[a b]", as API
// Gateway passes them.
type jwtAuthorizer struct {
	samtemplate.JWTAuthorizer
	// keys verifies signatures; nil rejects every token (no local
	// Cognito to fetch keys from).
	keys jwt.Keyfunc
	now  func() time.Time
}

// newJWTAuthorizer builds the authorizer a from the template, its issuer
// already resolved to the local pool, fetching keys from the issuer's
// /.well-known/jwks.json (as Cognito publishes them; API Gateway reads the
// same through OpenID discovery). The key set is refreshed in the
// background until ctx ends.
func newJWTAuthorizer(ctx context.Context, a samtemplate.JWTAuthorizer) (*jwtAuthorizer, error) {
	k, err := keyfunc.NewDefaultCtx(ctx, []string{strings.TrimSuffix(a.Issuer, "/") + "/.well-known/jwks.json"})
	if err != nil {
		return nil, fmt.Errorf("authorizer %s: keys of %s: %w", a.Name, a.Issuer, err)
	}
	return &jwtAuthorizer{JWTAuthorizer: a, keys: k.Keyfunc, now: time.Now}, nil
}

var errUnauthorized = errors.New("unauthorized")

// authorize returns the claims of the request's token, or errUnauthorized
// (wrapping why, for the log) when API Gateway would answer 401.
func (a *jwtAuthorizer) authorize(r *http.Request) (map[string]string, error) {
	if a.keys == nil {
		return nil, fmt.Errorf("%w: no key source for issuer %s", errUnauthorized, a.Issuer)
	}
	raw := strings.TrimSpace(r.Header.Get(a.HeaderName()))
	if len(raw) > 7 && strings.EqualFold(raw[:7], "bearer ") {
		raw = strings.TrimSpace(raw[7:])
	}
	if raw == "" {
		return nil, fmt.Errorf("%w: no token in %s", errUnauthorized, a.IdentitySource)
	}
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, a.keys,
		jwt.WithValidMethods([]string{"RS256", "RS384", "RS512", "ES256", "ES384", "ES512"}),
		jwt.WithIssuer(a.Issuer),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(a.now),
	)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUnauthorized, err)
	}
	aud, _ := claims.GetAudience()
	clientID, _ := claims["client_id"].(string)
	if !slices.ContainsFunc(a.Audience, func(want string) bool { return slices.Contains(aud, want) || want == clientID }) {
		return nil, fmt.Errorf("%w: audience %v / client_id %q not in %v", errUnauthorized, aud, clientID, a.Audience)
	}
	out := make(map[string]string, len(claims))
	for k, v := range claims {
		out[k] = claimString(v)
	}
	return out, nil
}

// claimString formats a claim as API Gateway passes it to a function.
func claimString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = claimString(e)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// localIssuer maps an issuer of the real Cognito
// (https://cognito-idp.REGION.amazonaws.com/POOL) to the same pool in
// cognito-local at cognitoURL; other issuers are returned unchanged.
func localIssuer(issuer, cognitoURL string) string {
	rest, ok := strings.CutPrefix(issuer, "https://cognito-idp.")
	if !ok || cognitoURL == "" {
		return issuer
	}
	_, pool, ok := strings.Cut(rest, ".amazonaws.com/")
	if !ok {
		return issuer
	}
	return strings.TrimSuffix(cognitoURL, "/") + "/" + pool
}

package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

const authGwTemplate = `
Resources:
  Pool: {Type: AWS::Cognito::UserPool}
  Client: {Type: AWS::Cognito::UserPoolClient, Properties: {UserPoolId: !Ref Pool}}
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      Auth:
        Authorizers:
          Jwt:
            IdentitySource: "$request.header.Authorization"
            JwtConfiguration:
              issuer: !Sub "https://cognito-idp.${AWS::Region}.${AWS::URLSuffix}/${Pool}"
              audience: [!Ref Client]
  Console:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Api: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: ANY, Path: "/console/api/{proxy+}", Auth: {Authorizer: Jwt}}}
        Shell: {Type: HttpApi, Properties: {ApiId: !Ref Api, Method: GET, Path: "/console/{proxy+}"}}
`

// jwksServer serves the public half of key as a JWKS under
// /<pool>/.well-known/jwks.json, as Cognito does.
func jwksServer(t *testing.T, key *rsa.PrivateKey, kid string) *httptest.Server {
	t.Helper()
	n := base64.RawURLEncoding.EncodeToString(key.N.Bytes())
	e := base64.RawURLEncoding.EncodeToString(big.NewInt(int64(key.E)).Bytes())
	body, _ := json.Marshal(map[string]any{"keys": []any{map[string]string{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid, "n": n, "e": e}}})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/local-pool/.well-known/jwks.json" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestJWTAuthorizer(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	cognito := jwksServer(t, key, "k1")
	tpl, err := samtemplate.Parse([]byte(authGwTemplate))
	if err != nil {
		t.Fatal(err)
	}
	envs := &envBuilder{tpl: tpl, ids: map[string]string{"Pool": "local-pool", "Client": "local-client"}, lookup: func(string) (string, bool) { return "", false }}
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	auths, err := buildAuthorizers(ctx, tpl, envs, cognito.URL, log)
	if err != nil {
		t.Fatal(err)
	}
	if a := auths["Api/Jwt"]; a == nil || a.Issuer != cognito.URL+"/local-pool" {
		t.Fatalf("authorizers %+v", auths)
	}
	gw := newGateway(tpl.Routes(), map[string]httpHandler{"Console": echo("Console")}, nil, nil, log)
	gw.authorizers = auths
	srv := httptest.NewServer(gw)
	defer srv.Close()

	issuer := cognito.URL + "/local-pool"
	now := time.Now()
	claims := func(edit func(jwt.MapClaims)) jwt.MapClaims {
		c := jwt.MapClaims{"sub": "u1", "iss": issuer, "aud": "local-client", "exp": now.Add(time.Hour).Unix(), "iat": now.Unix(),
			"email": "sales@example.com", "cognito:groups": []string{"sales", "marketing"}, "token_use": "id"}
		if edit != nil {
			edit(c)
		}
		return c
	}
	sign := func(k *rsa.PrivateKey, kid string, c jwt.MapClaims) string {
		tok := jwt.NewWithClaims(jwt.SigningMethodRS256, c)
		tok.Header["kid"] = kid
		s, err := tok.SignedString(k)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	valid := sign(key, "k1", claims(nil))
	unsigned, _ := jwt.NewWithClaims(jwt.SigningMethodNone, claims(nil)).SignedString(jwt.UnsafeAllowNoneSignatureType)

	for _, tc := range []struct {
		name, path, header string
		want               int
	}{
		{"valid ID token", "/console/api/session", "Bearer " + valid, 200},
		{"without Bearer", "/console/api/session", valid, 200},
		{"public route needs none", "/console/leads", "", 200},
		{"no token", "/console/api/session", "", 401},
		{"not a JWT", "/console/api/session", "Bearer abc.def.ghi", 401},
		{"expired", "/console/api/session", "Bearer " + sign(key, "k1", claims(func(c jwt.MapClaims) { c["exp"] = now.Add(-time.Minute).Unix() })), 401},
		{"no expiry", "/console/api/session", "Bearer " + sign(key, "k1", claims(func(c jwt.MapClaims) { delete(c, "exp") })), 401},
		{"not yet valid", "/console/api/session", "Bearer " + sign(key, "k1", claims(func(c jwt.MapClaims) { c["nbf"] = now.Add(time.Hour).Unix() })), 401},
		{"other issuer", "/console/api/session", "Bearer " + sign(key, "k1", claims(func(c jwt.MapClaims) { c["iss"] = cognito.URL + "/other-pool" })), 401},
		{"other audience", "/console/api/session", "Bearer " + sign(key, "k1", claims(func(c jwt.MapClaims) { c["aud"] = "other-client" })), 401},
		{"access token of the client", "/console/api/session", "Bearer " + sign(key, "k1", claims(func(c jwt.MapClaims) { delete(c, "aud"); c["client_id"] = "local-client" })), 200},
		{"forged: signed with another key", "/console/api/session", "Bearer " + sign(other, "k1", claims(nil)), 401},
		{"forged: unknown key id", "/console/api/session", "Bearer " + sign(other, "k2", claims(nil)), 401},
		{"forged: alg none", "/console/api/session", "Bearer " + unsigned, 401},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, srv.URL+tc.path, nil)
			if tc.header != "" {
				req.Header.Set("Authorization", tc.header)
			}
			resp, body := do(t, req)
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, body)
			}
			if tc.want == 401 {
				if string(body) != "{\"message\":\"Unauthorized\"}\n" || resp.Header.Get("WWW-Authenticate") != "Bearer" {
					t.Errorf("401 answer %q, headers %v", body, resp.Header)
				}
				return
			}
			var got echoed
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			a := got.Ev.RequestContext.Authorizer
			if tc.header == "" {
				if a != nil {
					t.Errorf("public route got an authorizer context %+v", a)
				}
				return
			}
			if a == nil || a.JWT == nil {
				t.Fatal("no claims passed to the function")
			}
			if c := a.JWT.Claims; c["cognito:groups"] != "[sales marketing]" || c["sub"] != "u1" || c["email"] != "sales@example.com" || c["iss"] != issuer {
				t.Errorf("claims %v", c)
			}
		})
	}
	if bytes.Contains(logs.Bytes(), []byte(valid)) {
		t.Error("a token was logged")
	}
}

func TestLocalIssuer(t *testing.T) {
	for _, tc := range []struct{ in, cognito, want string }{
		{"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc", "http://127.0.0.1:9229", "http://127.0.0.1:9229/us-east-1_abc"},
		{"https://cognito-idp.eu-west-1.amazonaws.com/p", "http://127.0.0.1:9229/", "http://127.0.0.1:9229/p"},
		{"https://issuer.example.com/p", "http://127.0.0.1:9229", "https://issuer.example.com/p"},
		{"https://cognito-idp.us-east-1.amazonaws.com/p", "", "https://cognito-idp.us-east-1.amazonaws.com/p"},
	} {
		if got := localIssuer(tc.in, tc.cognito); got != tc.want {
			t.Errorf("localIssuer(%q, %q) = %q, want %q", tc.in, tc.cognito, got, tc.want)
		}
	}
}

package devstack_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// TestUserPoolsFromTemplate: cognito-local runs beside the other
// stand-ins, the template's pool, client and groups are created in it,
// and each group's user signs in with USER_PASSWORD_AUTH and gets an ID
// token naming its group, issued by the local pool, for the client.
func TestUserPoolsFromTemplate(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{Cognito: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := st.Stop(); err != nil {
			t.Error(err)
		}
	}()
	if !slices.Contains(st.Env(), "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER="+st.CognitoURL) {
		t.Errorf("Env() = %v", st.Env())
	}
	tpl, err := samtemplate.Load(filepath.Join("..", "..", "..", "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	pools, err := st.CreateUserPools(ctx, tpl)
	if err != nil {
		t.Fatal(err)
	}
	pool, client := pools.Physical["ConsoleUserPool"], pools.Physical["ConsoleUserPoolClient"]
	if pool == "" || client == "" {
		t.Fatalf("physical ids %v", pools.Physical)
	}
	var groups []string
	for _, u := range pools.Users {
		groups = append(groups, u.Groups...)
	}
	slices.Sort(groups)
	if !slices.Equal(groups, []string{"admin", "marketing", "reviewer", "sales"}) {
		t.Fatalf("users %+v", pools.Users)
	}
	type authResult struct {
		ChallengeName        string
		AuthenticationResult *struct{ IdToken string }
	}
	signIn := func(email, password string) (authResult, error) {
		var out authResult
		err := st.CognitoCall(ctx, "InitiateAuth", map[string]any{
			"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": client,
			"AuthParameters": map[string]string{"USERNAME": email, "PASSWORD": password},
		}, &out)
		return out, err
	}
	for _, u := range pools.Users {
		if len(u.Password) < 16 || u.Email != u.Groups[0]+"@example.com" {
			t.Errorf("user %s: password of %d characters", u.Email, len(u.Password))
		}
		out, err := signIn(u.Email, u.Password)
		if err != nil {
			t.Fatalf("sign in as %s: %v", u.Email, err)
		}
		if out.AuthenticationResult == nil {
			t.Fatalf("sign in as %s: challenge %s", u.Email, out.ChallengeName)
		}
		parts := strings.Split(out.AuthenticationResult.IdToken, ".")
		payload, err := base64.RawURLEncoding.DecodeString(parts[1])
		if err != nil {
			t.Fatal(err)
		}
		var claims struct {
			Iss    string   `json:"iss"`
			Aud    string   `json:"aud"`
			Email  string   `json:"email"`
			Groups []string `json:"cognito:groups"`
		}
		if err := json.Unmarshal(payload, &claims); err != nil {
			t.Fatal(err)
		}
		if claims.Iss != st.CognitoURL+"/"+pool || claims.Aud != client || claims.Email != u.Email || !slices.Equal(claims.Groups, u.Groups) {
			t.Errorf("%s: claims %+v", u.Email, claims)
		}
	}
	// A user made with a temporary password must choose one first.
	if err := st.CreateUser(ctx, pool, "new@example.com", "Temporary-Passw0rd", false, "sales"); err != nil {
		t.Fatal(err)
	}
	out, err := signIn("new@example.com", "Temporary-Passw0rd")
	if err != nil || out.ChallengeName != "NEW_PASSWORD_REQUIRED" {
		t.Fatalf("temporary password: %v, challenge %q", err, out.ChallengeName)
	}
	// A wrong password is refused.
	if _, err := signIn("sales@example.com", "not-the-password"); err == nil {
		t.Error("a wrong password signed in")
	}
	resp, err := http.Get(st.CognitoURL + "/" + pool + "/.well-known/jwks.json")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("JWKS: %v", err)
	}
	resp.Body.Close()
}

package devstack

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// startCognito starts cognito-local in a fresh temporary folder (it keeps
// its pools in .cognito/ under its working directory).
func (s *Stack) startCognito(ctx context.Context) error {
	port := s.opts.CognitoPort
	if port == 0 {
		var err error
		if port, err = FreePort(); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "leadsieve-cognito-")
	if err != nil {
		return fmt.Errorf("devstack: cognito-local folder: %w", err)
	}
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	c, err := startChild(ctx, "cognito-local", filepath.Join(s.root, "node_modules", ".bin", "cognito-local"), nil, dir,
		[]string{"HOST=127.0.0.1", "PORT=" + strconv.Itoa(port)}, s.opts.Log, "Cognito Local running on", url+"/health")
	if err != nil {
		_ = os.RemoveAll(dir)
		return err
	}
	s.mu.Lock()
	s.cognito, s.cognitoDir, s.CognitoURL = c, dir, url
	s.mu.Unlock()
	return nil
}

func (s *Stack) stopCognito() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cognito == nil {
		return nil
	}
	err := s.cognito.stop()
	s.cognito = nil
	return errors.Join(err, os.RemoveAll(s.cognitoDir))
}

// CognitoCall calls action of cognito-local's API (the AWS JSON 1.1
// protocol: a POST naming the action in X-Amz-Target) with in, decoding
// the answer into out (nil skips it). Requests are not signed, which
// cognito-local does not ask for; this is why the AWS SDK's Cognito client,
// which takes about a minute to compile with -race, is not needed here.
func (s *Stack) CognitoCall(ctx context.Context, action string, in, out any) error {
	if s.CognitoURL == "" {
		return errors.New("devstack: cognito-local is not running (Options.Cognito)")
	}
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.CognitoURL+"/", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", "AWSCognitoIdentityProviderService."+action)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("devstack: cognito %s: %w", action, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("devstack: cognito %s: %w", action, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Type    string `json:"__type"`
			Code    string `json:"code"`
			Message string `json:"message"`
		}
		_ = json.Unmarshal(data, &e)
		return fmt.Errorf("devstack: cognito %s: %d %s%s: %s", action, resp.StatusCode, e.Type, e.Code, e.Message)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("devstack: cognito %s answer: %w", action, err)
	}
	return nil
}

// ConsoleUser is a user CreateUserPools made: one per group of the pool.
type ConsoleUser struct {
	Email    string
	Password string
	Groups   []string
}

// UserPools is what CreateUserPools made.
type UserPools struct {
	// Physical maps the logical ids of the template's user pools and
	// clients to their local ids.
	Physical map[string]string
	// Users are the users made, one per group, in the template's order of
	// groups by logical id.
	Users []ConsoleUser
}

// CreateUserPools creates in cognito-local the template's user pools
// (AWS::Cognito::UserPool, with their user-name attributes and password
// policy), their app clients and groups, and one user per group named
// after it (admin@example.com, ...) with a random password that meets the
// policy, confirmed so that it signs in at once.
func (s *Stack) CreateUserPools(ctx context.Context, tpl *samtemplate.Template) (*UserPools, error) {
	out := &UserPools{Physical: map[string]string{}}
	ids := sortedIDs(tpl)
	byType := func(typ string) []string {
		var r []string
		for _, id := range ids {
			if tpl.Resources[id].Type == typ {
				r = append(r, id)
			}
		}
		return r
	}
	policies := map[string]passwordPolicy{}
	for _, id := range byType("AWS::Cognito::UserPool") {
		props := tpl.Resources[id].Properties
		pp := policyOf(props)
		policies[id] = pp
		in := map[string]any{
			"PoolName": id,
			"Policies": map[string]any{"PasswordPolicy": map[string]any{
				"MinimumLength": pp.minLength, "RequireLowercase": pp.lower, "RequireUppercase": pp.upper,
				"RequireNumbers": pp.digits, "RequireSymbols": pp.symbols,
			}},
		}
		if attrs := stringList(props["UsernameAttributes"]); len(attrs) > 0 {
			in["UsernameAttributes"] = attrs
		}
		var res struct{ UserPool struct{ Id string } }
		if err := s.CognitoCall(ctx, "CreateUserPool", in, &res); err != nil {
			return nil, fmt.Errorf("devstack: user pool %s: %w", id, err)
		}
		out.Physical[id] = res.UserPool.Id
	}
	for _, id := range byType("AWS::Cognito::UserPoolClient") {
		props := tpl.Resources[id].Properties
		pool, err := poolRef(props, out.Physical)
		if err != nil {
			return nil, fmt.Errorf("devstack: user pool client %s: %w", id, err)
		}
		var res struct{ UserPoolClient struct{ ClientId string } }
		if err := s.CognitoCall(ctx, "CreateUserPoolClient", map[string]any{
			"UserPoolId": pool, "ClientName": id, "ExplicitAuthFlows": stringList(props["ExplicitAuthFlows"]),
		}, &res); err != nil {
			return nil, fmt.Errorf("devstack: user pool client %s: %w", id, err)
		}
		out.Physical[id] = res.UserPoolClient.ClientId
	}
	for _, id := range byType("AWS::Cognito::UserPoolGroup") {
		props := tpl.Resources[id].Properties
		poolID, _ := refOf(props["UserPoolId"])
		pool, err := poolRef(props, out.Physical)
		if err != nil {
			return nil, fmt.Errorf("devstack: group %s: %w", id, err)
		}
		name, _ := props["GroupName"].(string)
		if name == "" {
			return nil, fmt.Errorf("devstack: group %s has no literal GroupName", id)
		}
		desc, _ := props["Description"].(string)
		if err := s.CognitoCall(ctx, "CreateGroup", map[string]any{"UserPoolId": pool, "GroupName": name, "Description": desc}, nil); err != nil {
			return nil, fmt.Errorf("devstack: group %s: %w", id, err)
		}
		u := ConsoleUser{Email: name + "@example.com", Groups: []string{name}}
		if u.Password, err = newPassword(policies[poolID]); err != nil {
			return nil, err
		}
		if err := s.CreateUser(ctx, pool, u.Email, u.Password, true, u.Groups...); err != nil {
			return nil, err
		}
		out.Users = append(out.Users, u)
	}
	return out, nil
}

// CreateUser creates a user of pool with e-mail address email and adds
// them to groups. With permanent, password is the user's own and the
// user signs in at once; otherwise it is a temporary password and the
// first sign-in asks for a new one (NEW_PASSWORD_REQUIRED).
func (s *Stack) CreateUser(ctx context.Context, pool, email, password string, permanent bool, groups ...string) error {
	in := map[string]any{
		"UserPoolId":    pool,
		"Username":      email,
		"MessageAction": "SUPPRESS",
		"UserAttributes": []map[string]string{
			{"Name": "email", "Value": email}, {"Name": "email_verified", "Value": "true"},
		},
	}
	if !permanent {
		in["TemporaryPassword"] = password
	}
	if err := s.CognitoCall(ctx, "AdminCreateUser", in, nil); err != nil {
		return fmt.Errorf("devstack: user %s: %w", email, err)
	}
	if permanent {
		if err := s.CognitoCall(ctx, "AdminSetUserPassword", map[string]any{
			"UserPoolId": pool, "Username": email, "Password": password, "Permanent": true,
		}, nil); err != nil {
			return fmt.Errorf("devstack: password of %s: %w", email, err)
		}
	}
	for _, g := range groups {
		if err := s.CognitoCall(ctx, "AdminAddUserToGroup", map[string]any{
			"UserPoolId": pool, "Username": email, "GroupName": g,
		}, nil); err != nil {
			return fmt.Errorf("devstack: add %s to %s: %w", email, g, err)
		}
	}
	return nil
}

type passwordPolicy struct {
	minLength                     int
	lower, upper, digits, symbols bool
}

// policyOf reads Policies.PasswordPolicy (Cognito's defaults where unset:
// 8 characters of every class).
func policyOf(props map[string]any) passwordPolicy {
	pp := passwordPolicy{minLength: 8, lower: true, upper: true, digits: true, symbols: true}
	pol, _ := props["Policies"].(map[string]any)
	m, _ := pol["PasswordPolicy"].(map[string]any)
	if n, ok := m["MinimumLength"].(int); ok {
		pp.minLength = n
	}
	for key, dst := range map[string]*bool{"RequireLowercase": &pp.lower, "RequireUppercase": &pp.upper, "RequireNumbers": &pp.digits, "RequireSymbols": &pp.symbols} {
		if b, ok := m[key].(bool); ok {
			*dst = b
		}
	}
	return pp
}

// NewPassword returns a random password of at least 16 characters with a
// character of every class the policy requires.
func newPassword(pp passwordPolicy) (string, error) {
	n := max(pp.minLength, 16)
	const letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	for {
		b := make([]byte, n)
		for i := range b {
			k, err := rand.Int(rand.Reader, big.NewInt(int64(len(letters))))
			if err != nil {
				return "", fmt.Errorf("devstack: random password: %w", err)
			}
			b[i] = letters[k.Int64()]
		}
		p := string(b)
		if pp.symbols {
			p += "!"
		}
		if (!pp.lower || strings.IndexFunc(p, unicode.IsLower) >= 0) &&
			(!pp.upper || strings.IndexFunc(p, unicode.IsUpper) >= 0) &&
			(!pp.digits || strings.IndexFunc(p, unicode.IsDigit) >= 0) {
			return p, nil
		}
	}
}

func sortedIDs(tpl *samtemplate.Template) []string {
	ids := make([]string, 0, len(tpl.Resources))
	for id := range tpl.Resources {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func stringList(v any) []string {
	l, _ := v.([]any)
	var out []string
	for _, e := range l {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func refOf(v any) (string, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return "", false
	}
	s, ok := m["Ref"].(string)
	return s, ok
}

// poolRef resolves UserPoolId: !Ref <pool> to the local pool id.
func poolRef(props map[string]any, physical map[string]string) (string, error) {
	id, ok := refOf(props["UserPoolId"])
	if !ok {
		return "", errors.New("UserPoolId is not a !Ref to a user pool of the template")
	}
	p, ok := physical[id]
	if !ok {
		return "", fmt.Errorf("UserPoolId refers to %s, which is not a user pool of the template", id)
	}
	return p, nil
}

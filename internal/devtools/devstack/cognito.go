package devstack

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/aws/aws-sdk-go-v2/aws"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"

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
func CreateUserPools(ctx context.Context, cfg aws.Config, tpl *samtemplate.Template) (*UserPools, error) {
	c := cip.NewFromConfig(cfg)
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
		in := &cip.CreateUserPoolInput{PoolName: aws.String(id)}
		for _, a := range stringList(props["UsernameAttributes"]) {
			in.UsernameAttributes = append(in.UsernameAttributes, types.UsernameAttributeType(a))
		}
		pp := policyOf(props)
		policies[id] = pp
		in.Policies = &types.UserPoolPolicyType{PasswordPolicy: &types.PasswordPolicyType{
			MinimumLength: aws.Int32(int32(pp.minLength)), RequireLowercase: pp.lower, RequireUppercase: pp.upper,
			RequireNumbers: pp.digits, RequireSymbols: pp.symbols,
		}}
		res, err := c.CreateUserPool(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("devstack: create user pool %s: %w", id, err)
		}
		out.Physical[id] = aws.ToString(res.UserPool.Id)
	}
	for _, id := range byType("AWS::Cognito::UserPoolClient") {
		props := tpl.Resources[id].Properties
		pool, err := poolRef(props, out.Physical)
		if err != nil {
			return nil, fmt.Errorf("devstack: user pool client %s: %w", id, err)
		}
		in := &cip.CreateUserPoolClientInput{UserPoolId: aws.String(pool), ClientName: aws.String(id)}
		for _, f := range stringList(props["ExplicitAuthFlows"]) {
			in.ExplicitAuthFlows = append(in.ExplicitAuthFlows, types.ExplicitAuthFlowsType(f))
		}
		res, err := c.CreateUserPoolClient(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("devstack: create user pool client %s: %w", id, err)
		}
		out.Physical[id] = aws.ToString(res.UserPoolClient.ClientId)
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
		if _, err := c.CreateGroup(ctx, &cip.CreateGroupInput{UserPoolId: aws.String(pool), GroupName: aws.String(name), Description: aws.String(desc)}); err != nil {
			return nil, fmt.Errorf("devstack: create group %s: %w", id, err)
		}
		u := ConsoleUser{Email: name + "@example.com", Groups: []string{name}}
		if u.Password, err = newPassword(policies[poolID]); err != nil {
			return nil, err
		}
		if err := CreateUser(ctx, c, pool, u.Email, u.Password, true, u.Groups...); err != nil {
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
func CreateUser(ctx context.Context, c *cip.Client, pool, email, password string, permanent bool, groups ...string) error {
	in := &cip.AdminCreateUserInput{
		UserPoolId:     aws.String(pool),
		Username:       aws.String(email),
		MessageAction:  types.MessageActionTypeSuppress,
		UserAttributes: []types.AttributeType{{Name: aws.String("email"), Value: aws.String(email)}, {Name: aws.String("email_verified"), Value: aws.String("true")}},
	}
	if !permanent {
		in.TemporaryPassword = aws.String(password)
	}
	if _, err := c.AdminCreateUser(ctx, in); err != nil {
		return fmt.Errorf("devstack: create user %s: %w", email, err)
	}
	if permanent {
		if _, err := c.AdminSetUserPassword(ctx, &cip.AdminSetUserPasswordInput{
			UserPoolId: aws.String(pool), Username: aws.String(email), Password: aws.String(password), Permanent: true,
		}); err != nil {
			return fmt.Errorf("devstack: set password of %s: %w", email, err)
		}
	}
	for _, g := range groups {
		if _, err := c.AdminAddUserToGroup(ctx, &cip.AdminAddUserToGroupInput{
			UserPoolId: aws.String(pool), Username: aws.String(email), GroupName: aws.String(g),
		}); err != nil {
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

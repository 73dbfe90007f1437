package main

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// paramEnvPrefix prefixes the environment variables that override template
// parameters: LEADSIEVE_PARAM_SenderEmail=me@example.com.
const paramEnvPrefix = "LEADSIEVE_PARAM_"

// secretStore keeps one random value per AWS::SecretsManager::Secret of the
// template in a JSON file, standing in for Secrets Manager.
type secretStore struct {
	path string
	mu   sync.Mutex
}

// get returns the secret for logicalID, generating and saving it once.
// Several dev servers may start at once on one checkout (the tests of
// several packages do): the one that creates the file first wins, and the
// others read its secrets.
func (s *secretStore) get(logicalID string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		secrets := map[string]string{}
		data, err := os.ReadFile(s.path)
		exists := err == nil
		switch {
		case exists:
			if err := json.Unmarshal(data, &secrets); err != nil {
				return "", fmt.Errorf("secrets file %s: %w", s.path, err)
			}
		case !errors.Is(err, os.ErrNotExist):
			return "", fmt.Errorf("secrets file: %w", err)
		}
		if v, ok := secrets[logicalID]; ok && v != "" {
			return v, nil
		}
		v, err := randomSecret(64)
		if err != nil {
			return "", err
		}
		secrets[logicalID] = v
		err = s.write(secrets, exists)
		if errors.Is(err, os.ErrExist) {
			continue // another dev server created the file first: read its secrets
		}
		if err != nil {
			return "", fmt.Errorf("write secrets file: %w", err)
		}
		return v, nil
	}
}

// write saves secrets through a temporary file, so that no reader sees
// half a file. A file that did not exist is created by a hard link, which
// fails with os.ErrExist when another process created it meanwhile (a
// rename would silently replace that process's secrets with others).
func (s *secretStore) write(secrets map[string]string, replace bool) error {
	out, err := json.MarshalIndent(secrets, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".secrets-*.json") // created 0600
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(out, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if replace {
		return os.Rename(tmp.Name(), s.path)
	}
	return os.Link(tmp.Name(), s.path)
}

// randomSecret returns n random letters and digits (the template's
// GenerateSecretString with ExcludePunctuation).
func randomSecret(n int) (string, error) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	for i := range b {
		k, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))
		if err != nil {
			return "", fmt.Errorf("random secret: %w", err)
		}
		b[i] = alphabet[k.Int64()]
	}
	return string(b), nil
}

// envBuilder resolves function environments for local runs.
type envBuilder struct {
	tpl    *samtemplate.Template
	tables map[string]string // logical id -> physical name
	// ids are the local ids of other resources: the user pool and its
	// client in cognito-local.
	ids     map[string]string
	secrets *secretStore
	lookup  func(string) (string, bool) // the process environment
}

func (b *envBuilder) resolver() samtemplate.Resolver {
	return samtemplate.Resolver{
		Param: func(name string) (string, bool) { return b.lookup(paramEnvPrefix + name) },
		Physical: func(id string) (string, error) {
			if name, ok := b.tables[id]; ok {
				return name, nil
			}
			if local, ok := b.ids[id]; ok {
				return local, nil
			}
			return id, nil
		},
		Attribute: func(id, attr string) (string, error) {
			if name, ok := b.tables[id]; ok && attr == "Arn" {
				return "arn:aws:dynamodb:us-east-1:000000000000:table/" + name, nil
			}
			return "", fmt.Errorf("no local value for %s.%s", id, attr)
		},
	}
}

// functionEnv returns the environment of function id: template globals and
// its own variables, with each X_ARN variable that refers to a Secrets
// Manager secret replaced by X holding the local secret itself.
func (b *envBuilder) functionEnv(id string) (map[string]string, error) {
	raw, err := b.tpl.FunctionEnvRaw(id)
	if err != nil {
		return nil, err
	}
	r := b.resolver()
	env := make(map[string]string, len(raw))
	for name, v := range raw {
		if secretID, ok := b.secretRef(name, v); ok {
			secret, err := b.secrets.get(secretID)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			env[strings.TrimSuffix(name, "_ARN")] = secret
			continue
		}
		s, err := b.tpl.Resolve(v, r)
		if err != nil {
			return nil, fmt.Errorf("%s env %s: %w", id, name, err)
		}
		env[name] = s
	}
	return env, nil
}

// secretRef reports whether variable name=v is X_ARN: !Ref <a secret>.
func (b *envBuilder) secretRef(name string, v any) (string, bool) {
	if !strings.HasSuffix(name, "_ARN") {
		return "", false
	}
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return "", false
	}
	id, ok := m["Ref"].(string)
	if !ok || b.tpl.Resources[id].Type != "AWS::SecretsManager::Secret" {
		return "", false
	}
	return id, true
}

// getenv returns the getenv function handed to function id: its resolved
// environment first, then the process environment.
func (b *envBuilder) getenv(id string) (func(string) string, error) {
	env, err := b.functionEnv(id)
	if err != nil {
		return nil, err
	}
	return func(name string) string {
		if v, ok := env[name]; ok {
			return v
		}
		v, _ := b.lookup(name)
		return v
	}, nil
}

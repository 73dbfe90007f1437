package devstack

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// sesStoreHook makes the SES stand-in keep its mail in a file (see
// Options.SESStore) and publish SES's Send events (Options.SESEvents);
// node loads it with --require.
//
//go:embed sesstore.js
var sesStoreHook []byte

// sesStoreEnv names the file the hook keeps mail in.
const sesStoreEnv = "LEADSIEVE_SES_STORE"

// dynaliteHook keeps dynalite serving when a client hangs up mid-request
// (dynalite.js says why); node loads it with --require.
//
//go:embed dynalite.js
var dynaliteHook []byte

// writeSESStoreHook writes the SES stand-in's hook where node can load it
// and returns its path.
func writeSESStoreHook() (string, error) { return writeHook("leadsieve-ses-store-", sesStoreHook) }

// writeHook writes a hook for node's --require where node can load it and
// returns its path. The name carries the content's hash, so concurrent
// stacks share one file and a changed hook never meets an old copy.
func writeHook(prefix string, content []byte) (string, error) {
	path := filepath.Join(os.TempDir(), prefix+strconv.FormatUint(hash(string(content)), 16)+".js")
	if b, err := os.ReadFile(path); err == nil && string(b) == string(content) {
		return path, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+prefix+"*.js")
	if err != nil {
		return "", fmt.Errorf("devstack: node hook: %w", err)
	}
	_, werr := tmp.Write(content)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("devstack: node hook: %v %v", werr, cerr)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("devstack: node hook: %w", err)
	}
	return path, nil
}

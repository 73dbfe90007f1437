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

// writeSESStoreHook writes the hook where node can load it and returns its
// path. The name carries the content's hash, so concurrent stacks share one
// file and a changed hook never meets an old copy.
func writeSESStoreHook() (string, error) {
	path := filepath.Join(os.TempDir(), "leadsieve-ses-store-"+strconv.FormatUint(hash(string(sesStoreHook)), 16)+".js")
	if b, err := os.ReadFile(path); err == nil && string(b) == string(sesStoreHook) {
		return path, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".leadsieve-ses-store-*.js")
	if err != nil {
		return "", fmt.Errorf("devstack: SES store hook: %w", err)
	}
	_, werr := tmp.Write(sesStoreHook)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("devstack: SES store hook: %v %v", werr, cerr)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("devstack: SES store hook: %w", err)
	}
	return path, nil
}

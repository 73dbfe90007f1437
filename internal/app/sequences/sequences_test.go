package sequences

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// TestBuild: the built-in files make a catalog; a version with a broken
// file or without a segment's sequence does not, and says which version.
func TestBuild(t *testing.T) {
	builtin := config.Builtin(versions.Sequences)
	without := func(name string) versions.Files {
		f := versions.Files{}
		for k, v := range builtin {
			if k != name {
				f[k] = v
			}
		}
		return f
	}
	with := func(name, text string) versions.Files {
		f := without(name)
		f[name] = text
		return f
	}
	first := versions.FileNames(builtin)[0]
	tests := []struct {
		name    string
		files   versions.Files
		wantErr string
	}{
		{"built-in", builtin, ""},
		{"a file that does not parse", with(first, "name: [unclosed"), "sequences v3"},
		{"a segment without a sequence", without(first), "sequences v3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cat, err := Build(&versions.Version{Kind: versions.Sequences, Number: 3, Files: tc.files})
			if tc.wantErr == "" {
				if err != nil || cat == nil {
					t.Fatalf("Build = %v, %v", cat, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Build error = %v, want one naming %q", err, tc.wantErr)
			}
		})
	}
}

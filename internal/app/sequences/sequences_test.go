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

// TestParseFilesInNameOrder: the sequences and the parse errors come in
// file-name order whatever the map's order, so the catalog a version
// builds and the error it reports are the same on every run (run with
// -count=20: map order is random).
func TestParseFilesInNameOrder(t *testing.T) {
	builtin := config.Builtin(versions.Sequences)
	names := versions.FileNames(builtin)
	seqs, err := ParseFiles(builtin)
	if err != nil {
		t.Fatal(err)
	}
	if len(seqs) != len(names) {
		t.Fatalf("%d sequences from %d files", len(seqs), len(names))
	}
	for i, s := range seqs {
		want, err := ParseFiles(map[string]string{names[i]: builtin[names[i]]})
		if err != nil || len(want) != 1 {
			t.Fatalf("%s alone: %v, %v", names[i], want, err)
		}
		if s.ID != want[0].ID {
			t.Errorf("sequence %d is %q, want %q from %s", i, s.ID, want[0].ID, names[i])
		}
	}

	broken := versions.Files{}
	for _, n := range []string{"d.yaml", "a.yaml", "c.yaml", "b.yaml"} {
		broken[n] = "name: [unclosed"
	}
	_, err = ParseFiles(broken)
	if err == nil {
		t.Fatal("broken files parsed")
	}
	msg := err.Error()
	last := -1
	for _, n := range []string{"a.yaml", "b.yaml", "c.yaml", "d.yaml"} {
		i := strings.Index(msg, n)
		if i < 0 || i < last {
			t.Fatalf("error %q does not name the files in order (%s at %d)", msg, n, i)
		}
		last = i
	}
}

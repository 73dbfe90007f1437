package config_test

import (
	"io/fs"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// TestBuiltin: every kind's version 1 holds the embedded files, and they
// pass the checks a pushed version must pass, so a fresh stack starts from
// a configuration that could have been published.
func TestBuiltin(t *testing.T) {
	seqs, err := fs.Glob(config.Sequences(), "*.yaml")
	if err != nil || len(seqs) == 0 {
		t.Fatalf("embedded sequences: %v, %v", seqs, err)
	}
	want := map[versions.Kind][]string{
		versions.Rules:     {"rules.yaml"},
		versions.Forms:     {"forms.yaml"},
		versions.Routing:   {"routing.yaml"},
		versions.Sequences: seqs,
	}
	set := map[versions.Kind]versions.Files{}
	for _, k := range versions.Kinds {
		files := config.Builtin(k)
		names := versions.FileNames(files)
		if len(names) != len(want[k]) {
			t.Fatalf("%s: files %v, want %v", k, names, want[k])
		}
		for i, name := range names {
			if name != want[k][i] || files[name] == "" {
				t.Errorf("%s: file %q (%d bytes), want %q with its text", k, name, len(files[name]), want[k][i])
			}
		}
		set[k] = files
	}
	if problems := configcheck.CheckFiles(set); len(problems) > 0 {
		t.Fatalf("the built-in files do not pass the checks: %v", problems)
	}
	if files := config.Builtin("colours"); len(files) != 0 {
		t.Fatalf("an unknown kind has files: %v", files)
	}
}

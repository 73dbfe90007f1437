// Package config embeds the configuration that marketing and operations edit
// without touching Go code: the forms, the screening and qualification rules,
// the sales routing and the nurture sequences. The files are compiled into
// every binary, so a deployed function always runs the reviewed, committed
// version; leadctl can check a changed copy before it is committed.
package config

import (
	"embed"
	"io/fs"
	"path"

	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// Files holds forms.yaml, rules.yaml, routing.yaml and sequences/*.yaml.
//
//go:embed *.yaml sequences/*.yaml
var Files embed.FS

// Forms returns the embedded forms.yaml.
func Forms() []byte { return mustRead(versions.FormsFile) }

// Rules returns the embedded rules.yaml (screening and qualification).
func Rules() []byte { return mustRead(versions.RulesFile) }

// Routing returns the embedded routing.yaml.
func Routing() []byte { return mustRead(versions.RoutingFile) }

// Sequences returns the embedded nurture sequence files (sequences/*.yaml)
// as a file system rooted at the sequences folder.
func Sequences() fs.FS {
	sub, err := fs.Sub(Files, versions.SequencesDir)
	if err != nil {
		panic("config: embedded sequences missing") // a build defect, caught by tests
	}
	return sub
}

// Builtin returns the embedded files of kind as version 1 of it (package
// versions): rules.yaml, forms.yaml or routing.yaml under its own name, and
// every sequences/*.yaml under its base name, as `leadctl config pull`
// writes them into config/sequences. An unknown kind has no files.
func Builtin(kind versions.Kind) versions.Files {
	switch kind {
	case versions.Rules:
		return versions.Files{kind.File(): string(Rules())}
	case versions.Forms:
		return versions.Files{kind.File(): string(Forms())}
	case versions.Routing:
		return versions.Files{kind.File(): string(Routing())}
	case versions.Sequences:
		names, err := fs.Glob(Files, path.Join(versions.SequencesDir, "*.yaml"))
		if err != nil {
			panic("config: " + err.Error()) // the pattern is constant and valid
		}
		files := versions.Files{}
		for _, name := range names {
			files[path.Base(name)] = string(mustRead(name))
		}
		return files
	}
	return versions.Files{}
}

func mustRead(name string) []byte {
	b, err := Files.ReadFile(name)
	if err != nil {
		panic("config: embedded file missing: " + name) // a build defect, caught by tests
	}
	return b
}

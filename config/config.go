// Package config embeds the configuration that marketing and operations edit
// without touching Go code: the forms, the screening and qualification rules,
// the sales routing and the nurture sequences. The files are compiled into
// every binary, so a deployed function always runs the reviewed, committed
// version; leadctl can check a changed copy before it is committed.
package config

import (
	"embed"
	"io/fs"
)

// Files holds forms.yaml, rules.yaml, routing.yaml and sequences/*.yaml.
//
//go:embed *.yaml sequences/*.yaml
var Files embed.FS

// Forms returns the embedded forms.yaml.
func Forms() []byte { return mustRead("forms.yaml") }

// Rules returns the embedded rules.yaml (screening and qualification).
func Rules() []byte { return mustRead("rules.yaml") }

// Routing returns the embedded routing.yaml.
func Routing() []byte { return mustRead("routing.yaml") }

// Sequences returns the embedded nurture sequence files (sequences/*.yaml)
// as a file system rooted at the sequences folder.
func Sequences() fs.FS {
	sub, err := fs.Sub(Files, "sequences")
	if err != nil {
		panic("config: embedded sequences missing") // a build defect, caught by tests
	}
	return sub
}

func mustRead(name string) []byte {
	b, err := Files.ReadFile(name)
	if err != nil {
		panic("config: embedded file missing: " + name) // a build defect, caught by tests
	}
	return b
}

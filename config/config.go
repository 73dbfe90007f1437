// Package config embeds the configuration that marketing and operations edit
// without touching Go code: the forms, the screening and qualification rules,
// the sales routing and the nurture sequences. The files are compiled into
// every binary, so a deployed function always runs the reviewed, committed
// version; leadctl can check a changed copy before it is committed.
package config

import "embed"

// Files holds forms.yaml, rules.yaml, routing.yaml and sequences/*.yaml.
//
//go:embed *.yaml
var Files embed.FS

// Forms returns the embedded forms.yaml.
func Forms() []byte { return mustRead("forms.yaml") }

func mustRead(name string) []byte {
	b, err := Files.ReadFile(name)
	if err != nil {
		panic("config: embedded file missing: " + name) // a build defect, caught by tests
	}
	return b
}

// Package liveconfig gives the functions that read configuration marketing
// owns (intake, the hand-off, the dispatcher and the console) the live
// version of each kind they use (package versions), built once per
// version: Watch for any kind, Forms for the forms every one of them
// reads. The unsubscribe and SES-events functions read none and do not
// link it (nor the embedded files, package config).
package liveconfig

import (
	"fmt"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// Watch follows the live version of kind in b's table, built into a T by
// build: a function reads the pointer at its first Get and then at most
// once every CONFIG_REFRESH_SECONDS, and builds only a version it has not
// built. While nothing is published the embedded files are version 1.
func Watch[T any](b *boot.Base, kind versions.Kind, build func(*versions.Version) (T, error)) *versions.Watcher[T] {
	w := versions.Watch(b.Store, kind, func() versions.Files { return config.Builtin(kind) }, build, b.Settings.ConfigRefresh)
	w.SetLog(b.Log)
	return w
}

// Forms follows the live forms version of b's table.
func Forms(b *boot.Base) *versions.Watcher[*forms.Set] {
	return Watch(b, versions.Forms, ParseForms)
}

// ParseForms parses a forms version.
func ParseForms(v *versions.Version) (*forms.Set, error) {
	fs, err := forms.Parse([]byte(v.Files[versions.FormsFile]))
	if err != nil {
		return nil, fmt.Errorf("forms v%d: %w", v.Number, err)
	}
	return fs, nil
}

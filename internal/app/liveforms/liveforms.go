// Package liveforms gives the functions that read forms (intake, the
// hand-off, the dispatcher and the console) the live version of the forms
// kind (package versions), parsed once per version. The unsubscribe and
// SES-events functions read no forms and do not link it.
package liveforms

import (
	"context"
	"fmt"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// File is the forms kind's one file.
const File = "forms.yaml"

// Watch follows the live forms version of b's table.
func Watch(b *boot.Base) *versions.Watcher[*forms.Set] {
	return boot.Watch(b, versions.Forms, Parse)
}

// Parse parses a forms version.
func Parse(v *versions.Version) (*forms.Set, error) {
	fs, err := forms.Parse([]byte(v.Files[File]))
	if err != nil {
		return nil, fmt.Errorf("forms v%d: %w", v.Number, err)
	}
	return fs, nil
}

// Getter returns w's forms as intake.Service.Forms wants them.
func Getter(w *versions.Watcher[*forms.Set]) func(context.Context) (*forms.Set, error) {
	return func(ctx context.Context) (*forms.Set, error) {
		got, err := w.Get(ctx)
		if err != nil {
			return nil, err
		}
		return got.Value, nil
	}
}

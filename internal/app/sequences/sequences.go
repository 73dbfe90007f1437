// Package sequences provides the nurture sequence catalog the functions
// share: the live version of the sequences kind (package versions; the
// embedded config/sequences while nothing is published), parsed once per
// version. The dispatcher sends their steps; intake enrols a nurture lead
// in one when it stores it.
package sequences

import (
	"fmt"

	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
)

// Watch follows the live sequences version of b's table; its Value is the
// catalog as the dispatcher and the enroller ask for it. The pointer is
// read at most once a refresh interval, so a lead's storage waits for that
// read about once a minute per function instance.
func Watch(b *boot.Base) *versions.Watcher[*nurture.Catalog] {
	return liveconfig.Watch(b, versions.Sequences, Build)
}

// WatchForEnrolment is Watch for a function that enrols leads and sends
// none of the e-mails (intake): its catalog is built with
// nurture.ParseForEnrolment, which leaves out the trial renders and so
// keeps template execution out of the function's binary.
func WatchForEnrolment(b *boot.Base) *versions.Watcher[*nurture.Catalog] {
	return liveconfig.Watch(b, versions.Sequences, func(v *versions.Version) (*nurture.Catalog, error) {
		return build(v, nurture.ParseForEnrolment)
	})
}

// Build parses a sequences version into a catalog covering every segment
// the rules produce.
func Build(v *versions.Version) (*nurture.Catalog, error) {
	return build(v, nurture.Parse)
}

// build is Build with the sequence parser parse.
func build(v *versions.Version, parse func(name string, data []byte) (*nurture.Sequence, error)) (*nurture.Catalog, error) {
	seqs, err := parseFiles(v.Files, parse)
	if err != nil {
		return nil, fmt.Errorf("sequences v%d: %w", v.Number, err)
	}
	cat, err := nurture.NewCatalog(seqs, nurture.DefaultSegments)
	if err != nil {
		return nil, fmt.Errorf("sequences v%d: %w", v.Number, err)
	}
	return cat, nil
}

// ParseFiles parses stored sequence files (name -> YAML), in file-name
// order: the same version gives the same list and the same error on every
// run, whatever the map's order.
func ParseFiles(files map[string]string) ([]*nurture.Sequence, error) {
	return parseFiles(files, nurture.Parse)
}

func parseFiles(files map[string]string, parse func(name string, data []byte) (*nurture.Sequence, error)) ([]*nurture.Sequence, error) {
	var seqs []*nurture.Sequence
	var errs []error
	for _, name := range versions.FileNames(files) {
		s, err := parse(name, []byte(files[name]))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		seqs = append(seqs, s)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("app: stored sequences: %v", errs)
	}
	return seqs, nil
}

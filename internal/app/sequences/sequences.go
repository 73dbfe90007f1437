// Package sequences provides the nurture sequence catalog the functions
// share: the sequences applied with `leadctl sequences apply`, or the
// embedded config/sequences when none were applied. The dispatcher sends
// their steps; intake enrols a nurture lead in one when it stores it.
package sequences

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
)

// Source reads the applied sequences (store.Store).
type Source interface {
	CurrentSequences(ctx context.Context) (*store.SequenceSet, error)
}

// Catalog returns the current catalog, parsed once per applied version.
// The applied version is looked up again when the last look-up is older
// than maxAge (every call when zero): the dispatcher looks every pass,
// intake at most once a minute, so that storing a lead does not wait for
// a read.
func Catalog(src Source, maxAge time.Duration) func(ctx context.Context) (*nurture.Catalog, error) {
	var (
		mu      sync.Mutex
		version int64 = -1
		cached  *nurture.Catalog
		checked time.Time
	)
	return func(ctx context.Context) (*nurture.Catalog, error) {
		mu.Lock()
		if cached != nil && maxAge > 0 && time.Since(checked) < maxAge {
			defer mu.Unlock()
			return cached, nil
		}
		mu.Unlock()
		set, err := src.CurrentSequences(ctx)
		if err != nil {
			return nil, err
		}
		v := int64(0)
		if set != nil {
			v = set.Version
		}
		mu.Lock()
		defer mu.Unlock()
		if cached != nil && v == version {
			checked = time.Now()
			return cached, nil
		}
		var seqs []*nurture.Sequence
		if set == nil {
			seqs, err = nurture.LoadFS(config.Sequences())
		} else {
			seqs, err = ParseFiles(set.Files)
		}
		if err != nil {
			return nil, err
		}
		cat, err := nurture.NewCatalog(seqs, nurture.DefaultSegments)
		if err != nil {
			return nil, err
		}
		cached, version, checked = cat, v, time.Now()
		return cat, nil
	}
}

// ParseFiles parses stored sequence files (name -> YAML).
func ParseFiles(files map[string]string) ([]*nurture.Sequence, error) {
	var seqs []*nurture.Sequence
	var errs []error
	for name, data := range files {
		s, err := nurture.Parse(name, []byte(data))
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

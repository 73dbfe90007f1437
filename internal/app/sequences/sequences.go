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
// With maxAge zero (the dispatcher, once a pass) every call looks the
// applied version up. Otherwise (intake) only the first call waits for the
// look-up; a later call older than maxAge gets the catalog it has while a
// look-up runs in the background, so that storing a lead never waits for
// that read.
func Catalog(src Source, maxAge time.Duration) func(ctx context.Context) (*nurture.Catalog, error) {
	c := &catalog{src: src, version: -1}
	if maxAge <= 0 {
		return c.load
	}
	return func(ctx context.Context) (*nurture.Catalog, error) {
		c.mu.Lock()
		cat, stale := c.cached, time.Since(c.checked) >= maxAge
		if cat != nil && stale && !c.refreshing {
			c.refreshing = true
			go func() {
				// Not the request's context: it ends with the request.
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				_, _ = c.load(ctx) // on failure the catalog in hand stays
				c.mu.Lock()
				c.refreshing = false
				c.mu.Unlock()
			}()
		}
		c.mu.Unlock()
		if cat != nil {
			return cat, nil
		}
		return c.load(ctx)
	}
}

// catalog is the parsed catalog of the applied version last looked up.
type catalog struct {
	src        Source
	mu         sync.Mutex
	version    int64
	cached     *nurture.Catalog
	checked    time.Time
	refreshing bool
}

// load looks the applied version up and parses it when it changed.
func (c *catalog) load(ctx context.Context) (*nurture.Catalog, error) {
	set, err := c.src.CurrentSequences(ctx)
	if err != nil {
		return nil, err
	}
	v := int64(0)
	if set != nil {
		v = set.Version
	}
	c.mu.Lock()
	if c.cached != nil && v == c.version {
		c.checked = time.Now()
		cat := c.cached
		c.mu.Unlock()
		return cat, nil
	}
	c.mu.Unlock()
	// Parsed outside the lock: a request meanwhile gets the catalog in hand.
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
	c.mu.Lock()
	c.cached, c.version, c.checked = cat, v, time.Now()
	c.mu.Unlock()
	return cat, nil
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

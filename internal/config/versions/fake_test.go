package versions_test

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// memStore is a versions.Store in memory, with the conditional writes of
// the real one (store.Store, tested against DynamoDB in its own package).
type memStore struct {
	mu       sync.Mutex
	versions map[versions.Kind]map[int64]versions.Version
	live     map[versions.Kind]versions.Live

	// beforeSet and beforePut, when set, run once before a pointer or a
	// version is written (outside the lock), so a test can let someone
	// else publish or push in between.
	beforeSet, beforePut func()
	// failLive and failVersion, when set, are returned by LiveConfig and
	// ConfigVersion: the table being unwell.
	failLive, failVersion error
	// reads counts LiveConfig and ConfigVersion calls.
	liveReads, versionReads int
}

func newMemStore() *memStore {
	return &memStore{versions: map[versions.Kind]map[int64]versions.Version{}, live: map[versions.Kind]versions.Live{}}
}

func (m *memStore) ConfigVersion(ctx context.Context, kind versions.Kind, n int64) (*versions.Version, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.versionReads++
	if m.failVersion != nil {
		return nil, m.failVersion
	}
	v, ok := m.versions[kind][n]
	if !ok {
		return nil, fmt.Errorf("mem: %s v%d: %w", kind, n, versions.ErrNotFound)
	}
	v.Files = maps.Clone(v.Files)
	return &v, nil
}

func (m *memStore) ConfigVersions(ctx context.Context, kind versions.Kind, limit int) ([]versions.Version, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	nums := slices.Sorted(maps.Keys(m.versions[kind]))
	slices.Reverse(nums)
	var out []versions.Version
	for _, n := range nums {
		if limit > 0 && len(out) == limit {
			break
		}
		v := m.versions[kind][n]
		v.Files = nil
		out = append(out, v)
	}
	return out, nil
}

func (m *memStore) PutConfigVersion(ctx context.Context, v versions.Version) error {
	if f := m.beforePut; f != nil {
		m.beforePut = nil
		f()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.versions[v.Kind][v.Number]; ok {
		return fmt.Errorf("mem: %s v%d taken: %w", v.Kind, v.Number, versions.ErrConflict)
	}
	if m.versions[v.Kind] == nil {
		m.versions[v.Kind] = map[int64]versions.Version{}
	}
	v.Files = maps.Clone(v.Files)
	m.versions[v.Kind][v.Number] = v
	return nil
}

func (m *memStore) LiveConfig(ctx context.Context, kind versions.Kind) (*versions.Live, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.liveReads++
	if m.failLive != nil {
		return nil, m.failLive
	}
	l, ok := m.live[kind]
	if !ok {
		return nil, nil
	}
	return &l, nil
}

func (m *memStore) SetLiveConfig(ctx context.Context, l versions.Live, prev int64) error {
	if f := m.beforeSet; f != nil {
		m.beforeSet = nil
		f()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.live[l.Kind]
	if (prev == 0 && ok) || (prev != 0 && (!ok || cur.Number != prev)) {
		return fmt.Errorf("mem: publish %s over %d: %w", l.Kind, prev, versions.ErrConflict)
	}
	m.live[l.Kind] = l
	return nil
}

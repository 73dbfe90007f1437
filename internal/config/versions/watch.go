package versions

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Reader reads live pointers and versions (store.Store provides it).
type Reader interface {
	LiveConfig(ctx context.Context, kind Kind) (*Live, error)
	ConfigVersion(ctx context.Context, kind Kind, number int64) (*Version, error)
}

// Watched is what a function built from the live version of one kind: a
// rule set, a catalog, a judge.
type Watched[T any] struct {
	Value   T
	Version int64
}

// Watcher gives a function the live version of one kind, built into a T
// by build. The first Get reads the pointer and builds; a later Get reads
// the pointer again only when the last read is at least every old, and
// builds again only when it names another version. A publish therefore
// reaches every warm function by its first request after every has passed,
// without a deploy, for one small GetItem a minute per function instance.
//
// When the pointer cannot be read or the new version cannot be built, Get
// keeps returning what it has (logged by the caller through the error of
// the first failure only when it has nothing).
type Watcher[T any] struct {
	reader  Reader
	kind    Kind
	builtin func() Files
	build   func(*Version) (T, error)
	every   time.Duration
	now     func() time.Time

	mu      sync.Mutex
	have    *Watched[T]
	checked time.Time
}

// Watch returns a Watcher of kind. builtin gives the embedded files
// (version 1, used while nothing is published).
func Watch[T any](r Reader, kind Kind, builtin func() Files, build func(*Version) (T, error), every time.Duration) *Watcher[T] {
	return &Watcher[T]{reader: r, kind: kind, builtin: builtin, build: build, every: every, now: time.Now}
}

// Get returns the value built from the live version.
func (w *Watcher[T]) Get(ctx context.Context) (*Watched[T], error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.have != nil && w.now().Sub(w.checked) < w.every {
		return w.have, nil
	}
	got, err := w.refresh(ctx)
	if err != nil {
		if w.have != nil {
			// Keep serving what works; look again after another interval
			// rather than on every request while the table is unwell.
			w.checked = w.now()
			return w.have, nil
		}
		return nil, err
	}
	w.have, w.checked = got, w.now()
	return got, nil
}

func (w *Watcher[T]) refresh(ctx context.Context) (*Watched[T], error) {
	l, err := w.reader.LiveConfig(ctx, w.kind)
	if err != nil {
		return nil, err
	}
	n := Builtin
	if l != nil {
		n = l.Number
	}
	if w.have != nil && w.have.Version == n {
		return w.have, nil
	}
	var v *Version
	if l == nil {
		v = &Version{Kind: w.kind, Number: Builtin, Files: w.builtin(), Author: "built-in"}
	} else if v, err = w.reader.ConfigVersion(ctx, w.kind, n); err != nil {
		if !errors.Is(err, ErrNotFound) || n != Builtin {
			return nil, err
		}
		v = &Version{Kind: w.kind, Number: Builtin, Files: w.builtin(), Author: "built-in"}
	}
	val, err := w.build(v)
	if err != nil {
		return nil, err
	}
	return &Watched[T]{Value: val, Version: n}, nil
}

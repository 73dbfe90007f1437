package versions

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
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
// keeps returning what it has, and logs the trouble once (see SetLog);
// it returns the error only when it has nothing yet.
type Watcher[T any] struct {
	reader  Reader
	kind    Kind
	builtin func() Files
	build   func(*Version) (T, error)
	every   time.Duration
	now     func() time.Time
	log     *slog.Logger

	mu      sync.Mutex
	have    *Watched[T]
	checked time.Time
	// failing is the version last logged as not building (0: none), and
	// unreadable whether a failed pointer read was logged: an operator
	// sees each problem once, not once an interval.
	failing    int64
	failErr    error
	unreadable bool
}

// Watch returns a Watcher of kind. builtin gives the embedded files
// (version 1, used while nothing is published).
func Watch[T any](r Reader, kind Kind, builtin func() Files, build func(*Version) (T, error), every time.Duration) *Watcher[T] {
	return &Watcher[T]{reader: r, kind: kind, builtin: builtin, build: build, every: every, now: time.Now}
}

// Value returns the value built from the live version: Get without the
// version number, for a caller that wants only the value as a function
// (intake.Service.Forms, nurture.Enroller.Catalog, dispatch.Catalog).
func (w *Watcher[T]) Value(ctx context.Context) (T, error) {
	got, err := w.Get(ctx)
	if err != nil {
		var zero T
		return zero, err
	}
	return got.Value, nil
}

// SetLog makes w log to log: the version it starts using, and, once each,
// a version that does not build and a pointer it cannot read while it
// keeps what it has. Without it w logs nothing.
func (w *Watcher[T]) SetLog(log *slog.Logger) { w.log = log }

// SetClock makes w read the time from now instead of the wall clock, so
// that a test can step past the refresh interval without sleeping.
func (w *Watcher[T]) SetClock(now func() time.Time) { w.now = now }

// Get returns the value built from the live version.
func (w *Watcher[T]) Get(ctx context.Context) (*Watched[T], error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.have != nil && w.now().Sub(w.checked) < w.every {
		return w.have, nil
	}
	got, n, err := w.refresh(ctx)
	if err != nil {
		w.logFailure(n, err)
		if w.have != nil {
			// Keep serving what works; look again after another interval
			// rather than on every request while the table is unwell.
			w.checked = w.now()
			return w.have, nil
		}
		return nil, err
	}
	if w.log != nil && (w.have == nil || w.have.Version != got.Version) {
		w.log.Info("configuration in use", "kind", string(w.kind), "version", got.Version)
	}
	w.have, w.checked = got, w.now()
	w.failing, w.failErr, w.unreadable = 0, nil, false
	return got, nil
}

// logFailure logs err once: a version n that does not build, or (n 0) a
// pointer or version that cannot be read.
func (w *Watcher[T]) logFailure(n int64, err error) {
	keeping := int64(0)
	if w.have != nil {
		keeping = w.have.Version
	}
	switch {
	case n != 0 && n != w.failing:
		w.failing, w.failErr = n, err
		if w.log == nil {
			return
		}
		w.log.Error("configuration version does not build; keeping the one in use",
			"kind", string(w.kind), "version", n, "in_use", keeping, "err", err.Error())
	case n == 0 && !w.unreadable:
		w.unreadable = true
		if w.log == nil {
			return
		}
		w.log.Warn("configuration pointer unreadable; keeping the one in use",
			"kind", string(w.kind), "in_use", keeping, "err", err.Error())
	}
}

// refresh reads the pointer and builds the version it names when it is
// not the one in hand. On a build failure n is that version's number.
func (w *Watcher[T]) refresh(ctx context.Context) (got *Watched[T], n int64, err error) {
	l, err := w.reader.LiveConfig(ctx, w.kind)
	if err != nil {
		return nil, 0, err
	}
	n = Builtin
	if l != nil {
		n = l.Number
	}
	if w.have != nil && w.have.Version == n {
		return w.have, n, nil
	}
	if n == w.failing {
		// Known not to build: a version never changes, so building it
		// again would fail again.
		return nil, n, w.failErr
	}
	var v *Version
	if l == nil {
		v = &Version{Kind: w.kind, Number: Builtin, Files: w.builtin(), Author: "built-in"}
	} else if v, err = w.reader.ConfigVersion(ctx, w.kind, n); err != nil {
		if !errors.Is(err, ErrNotFound) || n != Builtin {
			return nil, 0, err
		}
		v = &Version{Kind: w.kind, Number: Builtin, Files: w.builtin(), Author: "built-in"}
	}
	val, err := w.build(v)
	if err != nil {
		return nil, n, fmt.Errorf("%s v%d: %w", w.kind, n, err)
	}
	return &Watched[T]{Value: val, Version: n}, n, nil
}

// Label names a version of content by its number and its content hash
// ("sha256:" and hex digits, as rules.Set.Version gives it): "v2-3f9a0c1b2d4e".
// A lead records the label of the rules that judged it, so that it reads
// "rules v2" and two stacks' v2 can still be told apart.
func Label(n int64, contentHash string) string {
	return fmt.Sprintf("v%d-%s", n, strings.TrimPrefix(contentHash, "sha256:"))
}

// Rebuilt holds what a function builds from the values of several
// watched kinds (a judge from rules and forms, a notifier from routing and
// forms), built again only when one of their versions changes. A build
// that fails keeps the last value, logged once for those versions, and is
// not tried again for them: what it builds from never changes, so neither
// would the outcome.
type Rebuilt[T any] struct {
	// What names the value in logs ("judge").
	What string
	Log  *slog.Logger

	mu      sync.Mutex
	built   []int64
	value   T
	ok      bool
	failing []int64
	failErr error
}

// Last returns the value in hand, building nothing and reading nothing;
// ok is false when none was built yet.
func (r *Rebuilt[T]) Last() (value T, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.value, r.ok
}

// Get returns the value built for versions (one number per watched kind,
// in a fixed order), calling build when they are not the ones the value
// in hand was built from. Without a value in hand a build's error is
// returned, for those versions, until they change.
func (r *Rebuilt[T]) Get(versions []int64, build func() (T, error)) (T, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ok && slices.Equal(versions, r.built) {
		return r.value, nil
	}
	if r.failing != nil && slices.Equal(versions, r.failing) {
		if !r.ok {
			return r.value, r.failErr
		}
		return r.value, nil
	}
	v, err := build()
	if err != nil {
		r.failing, r.failErr = slices.Clone(versions), err
		if r.Log != nil && r.ok {
			r.Log.Error("configuration does not build; keeping the one in use",
				"what", r.What, "versions", versions, "in_use", r.built, "err", err.Error())
		} else if r.Log != nil {
			r.Log.Error("configuration does not build; nothing to keep",
				"what", r.What, "versions", versions, "err", err.Error())
		}
		if r.ok {
			return r.value, nil
		}
		return r.value, err
	}
	r.value, r.built, r.ok, r.failing, r.failErr = v, slices.Clone(versions), true, nil, nil
	return v, nil
}

package versions_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/versions"
)

func TestWatcher(t *testing.T) {
	const every = time.Minute
	builtin := func() versions.Files { return versions.Files{"rules.yaml": "built-in"} }
	version := func(n int64, text string) versions.Version {
		return versions.Version{Kind: versions.Rules, Number: n, Files: versions.Files{"rules.yaml": text}}
	}
	publish := func(n int64) func(m *memStore) {
		return func(m *memStore) { m.live[versions.Rules] = versions.Live{Kind: versions.Rules, Number: n} }
	}
	put := func(v versions.Version) func(m *memStore) {
		return func(m *memStore) { _ = m.PutConfigVersion(context.Background(), v) }
	}
	unwell := func(m *memStore) { m.failLive = errors.New("throttled") }
	well := func(m *memStore) { m.failLive = nil }
	type get struct {
		after  time.Duration // the clock moves this much first
		change []func(m *memStore)
		// want is the value Get returns ("" with wantErr).
		want    string
		wantVer int64
		wantErr bool
		// reads and builds are the pointer reads and builds done by this
		// Get.
		reads, builds int
	}
	tests := []struct {
		name string
		gets []get
	}{
		{"built-in while nothing is published", []get{
			{want: "built-in", wantVer: 1, reads: 1, builds: 1},
			{after: every, want: "built-in", wantVer: 1, reads: 1},
		}},
		{"the pointer is read again only after the interval", []get{
			{want: "built-in", wantVer: 1, reads: 1, builds: 1},
			{after: every / 2, want: "built-in", wantVer: 1},
			{after: every/2 - time.Second, want: "built-in", wantVer: 1},
			{after: time.Second, want: "built-in", wantVer: 1, reads: 1},
		}},
		{"a publish is built at the first read after the interval, once", []get{
			{want: "built-in", wantVer: 1, reads: 1, builds: 1},
			{after: time.Second, change: []func(*memStore){put(version(2, "two")), publish(2)}, want: "built-in", wantVer: 1},
			{after: every, want: "two", wantVer: 2, reads: 1, builds: 1},
			{after: every, want: "two", wantVer: 2, reads: 1},
			{after: every, change: []func(*memStore){publish(1)}, want: "built-in", wantVer: 1, reads: 1, builds: 1},
		}},
		{"a stored version 1 is read from the table", []get{
			{change: []func(*memStore){put(version(1, "stored one")), publish(1)}, want: "stored one", wantVer: 1, reads: 1, builds: 1},
		}},
		{"a table error keeps the last good value and waits an interval", []get{
			{change: []func(*memStore){put(version(2, "two")), publish(2)}, want: "two", wantVer: 2, reads: 1, builds: 1},
			{after: every, change: []func(*memStore){unwell, put(version(3, "three")), publish(3)}, want: "two", wantVer: 2, reads: 1},
			{after: every / 2, change: []func(*memStore){well}, want: "two", wantVer: 2},
			{after: every / 2, want: "three", wantVer: 3, reads: 1, builds: 1},
		}},
		{"a version that does not build keeps the last good value", []get{
			{want: "built-in", wantVer: 1, reads: 1, builds: 1},
			{after: every, change: []func(*memStore){put(version(2, "broken")), publish(2)}, want: "built-in", wantVer: 1, reads: 1, builds: 1},
			// A version never changes: one that did not build is not
			// built again while it stays live.
			{after: every, want: "built-in", wantVer: 1, reads: 1},
			{after: every, change: []func(*memStore){put(version(3, "three")), publish(3)}, want: "three", wantVer: 3, reads: 1, builds: 1},
		}},
		{"a broken version with nothing else to serve is an error each time, built once", []get{
			{change: []func(*memStore){put(version(2, "broken")), publish(2)}, wantErr: true, reads: 1, builds: 1},
			{wantErr: true, reads: 1},
			{change: []func(*memStore){publish(1)}, want: "built-in", wantVer: 1, reads: 1, builds: 1},
		}},
		{"nothing to serve: the error", []get{
			{change: []func(*memStore){unwell}, wantErr: true, reads: 1},
			{change: []func(*memStore){well}, want: "built-in", wantVer: 1, reads: 1, builds: 1},
		}},
		{"a pointer naming a missing version is an error, not the built-in", []get{
			{change: []func(*memStore){publish(4)}, wantErr: true, reads: 1},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newMemStore()
			builds := 0
			build := func(v *versions.Version) (string, error) {
				builds++
				if v.Files["rules.yaml"] == "broken" {
					return "", errors.New("does not parse")
				}
				return v.Files["rules.yaml"], nil
			}
			w := versions.Watch(m, versions.Rules, builtin, build, every)
			now := t0
			w.SetClock(func() time.Time { return now })
			for i, g := range tc.gets {
				now = now.Add(g.after)
				for _, c := range g.change {
					c(m)
				}
				reads0, builds0 := m.liveReads, builds
				got, err := w.Get(context.Background())
				if g.wantErr {
					if err == nil {
						t.Fatalf("get %d: %+v; want an error", i, got)
					}
				} else if err != nil || got.Value != g.want || got.Version != g.wantVer {
					t.Fatalf("get %d: %+v, %v; want %q version %d", i, got, err, g.want, g.wantVer)
				}
				if r, b := m.liveReads-reads0, builds-builds0; r != g.reads || b != g.builds {
					t.Fatalf("get %d: %d pointer reads and %d builds; want %d and %d", i, r, b, g.reads, g.builds)
				}
			}
		})
	}
}

// TestWatcherLogsEachProblemOnce: an operator sees the version a function
// starts using, and a version that does not build or a pointer that
// cannot be read once, not once an interval.
func TestWatcherLogsEachProblemOnce(t *testing.T) {
	m := newMemStore()
	var logs bytes.Buffer
	build := func(v *versions.Version) (string, error) {
		if v.Files["rules.yaml"] == "broken" {
			return "", errors.New("does not parse")
		}
		return v.Files["rules.yaml"], nil
	}
	w := versions.Watch(m, versions.Rules, func() versions.Files { return versions.Files{"rules.yaml": "built-in"} }, build, time.Minute)
	w.SetLog(slog.New(slog.NewTextHandler(&logs, nil)))
	now := t0
	w.SetClock(func() time.Time { return now })
	ctx := context.Background()
	get := func() string {
		now = now.Add(time.Minute)
		got, err := w.Get(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return got.Value
	}
	get()
	_ = m.PutConfigVersion(ctx, versions.Version{Kind: versions.Rules, Number: 2, Files: versions.Files{"rules.yaml": "broken"}})
	m.live[versions.Rules] = versions.Live{Kind: versions.Rules, Number: 2}
	get()
	get()
	m.failLive = errors.New("throttled")
	get()
	if v := get(); v != "built-in" {
		t.Fatalf("serving %q, want the built-in version kept", v)
	}
	out := logs.String()
	for _, want := range []struct {
		text string
		n    int
	}{
		{"configuration in use", 1},
		{"version does not build", 1},
		{"pointer unreadable", 1},
	} {
		if got := strings.Count(out, want.text); got != want.n {
			t.Errorf("%q logged %d times, want %d:\n%s", want.text, got, want.n, out)
		}
	}
}

func TestRebuilt(t *testing.T) {
	var r versions.Rebuilt[string]
	builds := 0
	build := func(v string, err error) func() (string, error) {
		return func() (string, error) { builds++; return v, err }
	}
	steps := []struct {
		versions []int64
		build    func() (string, error)
		want     string
		wantErr  bool
		builds   int
	}{
		{[]int64{1, 1}, build("", errors.New("bad")), "", true, 1},
		// Nothing in hand: the same versions fail again without a build.
		{[]int64{1, 1}, build("never", nil), "", true, 0},
		{[]int64{1, 2}, build("a", nil), "a", false, 1},
		{[]int64{1, 2}, build("never", nil), "a", false, 0},
		{[]int64{2, 1}, build("b", nil), "b", false, 1},
		{[]int64{2, 3}, build("", errors.New("bad")), "b", false, 1},
		// The same failing versions are not built again.
		{[]int64{2, 3}, build("c", nil), "b", false, 0},
		{[]int64{2, 4}, build("d", nil), "d", false, 1},
		{[]int64{2, 1}, build("b again", nil), "b again", false, 1},
		{[]int64{1, 1}, build("", errors.New("bad")), "b again", false, 1},
	}
	for i, s := range steps {
		b0 := builds
		got, err := r.Get(s.versions, s.build)
		if (err != nil) != s.wantErr || got != s.want || builds-b0 != s.builds {
			t.Fatalf("step %d: %q, %v after %d builds; want %q (error %v) after %d", i, got, err, builds-b0, s.want, s.wantErr, s.builds)
		}
	}
	if got, ok := r.Last(); got != "b again" || !ok {
		t.Errorf("Last = %q, %v; want the value in hand", got, ok)
	}
	var none versions.Rebuilt[string]
	if _, ok := none.Last(); ok {
		t.Error("Last with nothing built says it has a value")
	}
}

func TestLabel(t *testing.T) {
	if got := versions.Label(2, "sha256:3f9a0c1b2d4e"); got != "v2-3f9a0c1b2d4e" {
		t.Fatalf("Label = %q", got)
	}
}

package versions_test

import (
	"context"
	"errors"
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
			{after: every, change: []func(*memStore){put(version(3, "three")), publish(3)}, want: "three", wantVer: 3, reads: 1, builds: 1},
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
			versions.SetClock(w, func() time.Time { return now })
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

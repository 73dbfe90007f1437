package store_test

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestConfigVersionsPutReadList(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if _, err := s.ConfigVersion(ctx, versions.Rules, 1); !errors.Is(err, versions.ErrNotFound) {
		t.Fatalf("missing version: %v, want ErrNotFound", err)
	}
	if got, err := s.ConfigVersions(ctx, versions.Rules, 10); err != nil || len(got) != 0 {
		t.Fatalf("no versions yet: %v, %v", got, err)
	}
	mk := func(n int64) versions.Version {
		return versions.Version{Kind: versions.Rules, Number: n, Files: versions.Files{"rules.yaml": strings.Repeat("x", int(n))},
			Author: "mia", CreatedAt: t0.Add(time.Duration(n) * 1500 * time.Millisecond), Note: "change " + string(rune('a'+n)), Base: n - 1}
	}
	for n := int64(1); n <= 12; n++ {
		if err := s.PutConfigVersion(ctx, mk(n)); err != nil {
			t.Fatalf("put %d: %v", n, err)
		}
	}
	// Another kind's versions live in their own partition.
	other := versions.Version{Kind: versions.Forms, Number: 1, Files: versions.Files{"forms.yaml": "forms: []\n"}}
	if err := s.PutConfigVersion(ctx, other); err != nil {
		t.Fatal(err)
	}
	// A live pointer shares the partition and must not show as a version.
	if err := s.SetLiveConfig(ctx, versions.Live{Kind: versions.Rules, Number: 3, Previous: 1, Earlier: []int64{2, 1}, PublishedAt: t0}, 0); err != nil {
		t.Fatal(err)
	}
	if l, err := s.LiveConfig(ctx, versions.Rules); err != nil || l.Number != 3 || !slices.Equal(l.Earlier, []int64{2, 1}) {
		t.Fatalf("live pointer %+v, %v; want v3 with earlier [2 1] in that order", l, err)
	}

	got, err := s.ConfigVersion(ctx, versions.Rules, 7)
	if want := mk(7); err != nil || got.Number != 7 || !maps.Equal(got.Files, want.Files) || got.Author != "mia" ||
		got.Note != want.Note || got.Base != 6 || !got.CreatedAt.Equal(want.CreatedAt) || got.Kind != versions.Rules {
		t.Fatalf("version 7 = %+v, %v; want %+v", got, err, want)
	}
	if err := s.PutConfigVersion(ctx, mk(7)); !errors.Is(err, versions.ErrConflict) {
		t.Fatalf("a taken number: %v, want ErrConflict", err)
	}

	tests := []struct {
		limit int
		want  []int64
	}{
		{1, []int64{12}},
		{3, []int64{12, 11, 10}},
		{0, []int64{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}},
		{50, []int64{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}},
	}
	for _, tc := range tests {
		list, err := s.ConfigVersions(ctx, versions.Rules, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		var nums []int64
		for _, v := range list {
			nums = append(nums, v.Number)
			if v.Files != nil {
				t.Errorf("limit %d: version %d listed with its files", tc.limit, v.Number)
			}
			if want := mk(v.Number); v.Note != want.Note || v.Author != "mia" || !v.CreatedAt.Equal(want.CreatedAt) || v.Base != want.Base {
				t.Errorf("listed %+v, want the attributes of %+v", v, want)
			}
		}
		if !slices.Equal(nums, tc.want) {
			t.Errorf("limit %d: %v, want %v", tc.limit, nums, tc.want)
		}
	}
}

func TestConfigVersionTooLarge(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	big := versions.Version{Kind: versions.Sequences, Number: 2, Files: versions.Files{
		"a.yaml": strings.Repeat("a", 200<<10), "b.yaml": strings.Repeat("b", 200<<10),
	}}
	err := s.PutConfigVersion(ctx, big)
	var le *lead.Error
	if !errors.As(err, &le) || le.Kind != lead.ETOOLARGE || !strings.Contains(le.Message, "KB") {
		t.Fatalf("a 400 KB version: %v, want ETOOLARGE", err)
	}
	if _, err := s.ConfigVersion(ctx, versions.Sequences, 2); !errors.Is(err, versions.ErrNotFound) {
		t.Fatalf("the refused version was stored: %v", err)
	}
	delete(big.Files, "b.yaml")
	if err := s.PutConfigVersion(ctx, big); err != nil {
		t.Fatalf("a 200 KB version: %v", err)
	}
}

func TestLiveConfigPointer(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if l, err := s.LiveConfig(ctx, versions.Routing); err != nil || l != nil {
		t.Fatalf("before any publish: %+v, %v", l, err)
	}
	at := t0.Add(1234 * time.Millisecond)
	steps := []struct {
		name    string
		number  int64
		prev    int64
		wantErr error
	}{
		{"first publish", 2, 0, nil},
		{"a second first publish loses", 3, 0, versions.ErrConflict},
		{"publish over a number that is not live", 3, 5, versions.ErrConflict},
		{"publish over the live number", 3, 2, nil},
		{"lost race against that publish", 4, 2, versions.ErrConflict},
		{"rollback", 2, 3, nil},
	}
	live := int64(0)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			err := s.SetLiveConfig(ctx, versions.Live{Kind: versions.Routing, Number: st.number, Previous: st.prev,
				PublishedBy: "mia", PublishedAt: at, Note: st.name}, st.prev)
			if !errors.Is(err, st.wantErr) {
				t.Fatalf("publish %d over %d: %v, want %v", st.number, st.prev, err, st.wantErr)
			}
			if err == nil {
				live = st.number
			}
			l, err := s.LiveConfig(ctx, versions.Routing)
			if err != nil || l == nil || l.Number != live || l.Kind != versions.Routing || l.PublishedBy != "mia" || !l.PublishedAt.Equal(at) {
				t.Fatalf("live %+v, %v; want number %d", l, err, live)
			}
		})
	}
	if l, _ := s.LiveConfig(ctx, versions.Routing); l.Previous != 3 || l.Note != "rollback" {
		t.Fatalf("after the rollback: %+v", l)
	}
	if l, err := s.LiveConfig(ctx, versions.Rules); err != nil || l != nil {
		t.Fatalf("another kind's pointer: %+v, %v", l, err)
	}
}

func TestLiveConfigConcurrentPublish(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if err := s.SetLiveConfig(ctx, versions.Live{Kind: versions.Rules, Number: 2, PublishedAt: t0}, 0); err != nil {
		t.Fatal(err)
	}
	const n = 6
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- s.SetLiveConfig(ctx, versions.Live{Kind: versions.Rules, Number: int64(3 + i), Previous: 2, PublishedAt: t0}, 2)
		}()
	}
	wg.Wait()
	close(errs)
	won := 0
	for err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, versions.ErrConflict):
			t.Fatal(err)
		}
	}
	if won != 1 {
		t.Fatalf("%d concurrent publishes over version 2 won, want 1", won)
	}
}

package store_test

import (
	"context"
	"errors"
	"maps"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
)

func TestSequencesApplyListVersion(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	cur, err := s.CurrentSequences(ctx)
	if err != nil || cur != nil {
		t.Fatalf("before any apply: %+v, %v", cur, err)
	}
	v1 := map[string]string{"general.yaml": "id: general\nname: General\n", "smb.yaml": "id: smb\n"}
	v2 := map[string]string{"general.yaml": "id: general\nname: General v2\n"}
	at := t0.Add(1500 * time.Millisecond)
	steps := []struct {
		name    string
		prev    int64
		files   map[string]string
		want    int64
		wantErr error
	}{
		{"first apply", 0, v1, 1, nil},
		{"stale first apply", 0, v2, 0, store.ErrConflict},
		{"apply over a version that is not current", 2, v2, 0, store.ErrConflict},
		{"second apply", 1, v2, 2, nil},
		{"lost race against the second apply", 1, v1, 0, store.ErrConflict},
	}
	current := map[string]string(nil)
	currentV := int64(0)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			got, err := s.ApplySequences(ctx, st.prev, st.files, "marketing@example.com", at)
			if !errors.Is(err, st.wantErr) || got != st.want {
				t.Fatalf("apply over %d: %d, %v; want %d, %v", st.prev, got, err, st.want, st.wantErr)
			}
			if err == nil {
				current, currentV = st.files, got
			}
			cur, err := s.CurrentSequences(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if cur.Version != currentV || !maps.Equal(cur.Files, current) || cur.AppliedBy != "marketing@example.com" ||
				!cur.AppliedAt.Equal(at.Truncate(time.Second)) {
				t.Fatalf("current %+v, want version %d with %v", cur, currentV, current)
			}
		})
	}
}

func TestSequencesConcurrentApply(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	const n = 6
	errs := make(chan error, n)
	for i := range n {
		go func() {
			_, err := s.ApplySequences(ctx, 0, map[string]string{"x.yaml": string(rune('a' + i))}, "m", t0)
			errs <- err
		}()
	}
	won := 0
	for range n {
		switch err := <-errs; {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrConflict):
			t.Fatal(err)
		}
	}
	if won != 1 {
		t.Fatalf("%d concurrent applies over version 0 won, want 1", won)
	}
	if cur, _ := s.CurrentSequences(ctx); cur == nil || cur.Version != 1 {
		t.Fatalf("current %+v", cur)
	}
}

package sequences

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
)

// source counts its look-ups and can be made to wait or fail.
type source struct {
	mu    sync.Mutex
	calls int
	err   error
	gate  chan struct{} // when set, a look-up waits for it
}

func (s *source) CurrentSequences(context.Context) (*store.SequenceSet, error) {
	s.mu.Lock()
	s.calls++
	gate, err := s.gate, s.err
	s.mu.Unlock()
	if gate != nil {
		<-gate
	}
	return nil, err // nil: the embedded sequences
}

func (s *source) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

// TestCatalogLooksUpInTheBackground: with a maximum age, the first call
// waits for the look-up, later ones within the age make none, and one
// after it gets the catalog in hand at once while a look-up runs; a
// failing look-up keeps the catalog in hand.
func TestCatalogLooksUpInTheBackground(t *testing.T) {
	ctx := context.Background()
	src := &source{}
	get := Catalog(src, 20*time.Millisecond)
	first, err := get(ctx)
	if err != nil || first == nil || src.count() != 1 {
		t.Fatalf("first call: %v %v, %d look-ups", first, err, src.count())
	}
	if again, _ := get(ctx); again != first || src.count() != 1 {
		t.Fatalf("within the age: %d look-ups", src.count())
	}
	time.Sleep(30 * time.Millisecond)
	src.mu.Lock()
	src.gate, src.err = make(chan struct{}), errors.New("table unreachable")
	src.mu.Unlock()
	if stale, err := get(ctx); stale != first || err != nil {
		t.Fatalf("after the age: %v %v, want the catalog in hand at once", stale, err)
	}
	close(src.gate)
	for deadline := time.Now().Add(2 * time.Second); src.count() < 2; {
		if time.Now().After(deadline) {
			t.Fatal("no look-up in the background")
		}
		time.Sleep(time.Millisecond)
	}
	if kept, err := get(ctx); kept != first || err != nil {
		t.Fatalf("after a failed look-up: %v %v", kept, err)
	}
}

// TestCatalogEveryCall: without a maximum age (the dispatcher) every call
// looks the applied version up, and its failure is the caller's.
func TestCatalogEveryCall(t *testing.T) {
	ctx := context.Background()
	src := &source{}
	get := Catalog(src, 0)
	for range 3 {
		if _, err := get(ctx); err != nil {
			t.Fatal(err)
		}
	}
	src.err = errors.New("table unreachable")
	if _, err := get(ctx); err == nil || src.count() != 4 {
		t.Fatalf("%d look-ups, last error %v", src.count(), err)
	}
}

package screen

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// ioCounter wraps a MemoryCounter, standing in for a remote counter; fail
// makes chosen calls error.
type ioCounter struct {
	m     *MemoryCounter
	calls atomic.Int64
	fail  func(key string) bool
}

func (c *ioCounter) err(key string) error {
	c.calls.Add(1)
	if c.fail != nil && c.fail(key) {
		return errors.New("counter down")
	}
	return nil
}

func (c *ioCounter) Incr(ctx context.Context, key string, w time.Duration, now time.Time) (int64, error) {
	if err := c.err(key); err != nil {
		return 0, err
	}
	return c.m.Incr(ctx, key, w, now)
}

func (c *ioCounter) AddDistinct(ctx context.Context, key, member string, w time.Duration, now time.Time) (int64, error) {
	if err := c.err(key); err != nil {
		return 0, err
	}
	return c.m.AddDistinct(ctx, key, member, w, now)
}

func (c *ioCounter) FirstUse(ctx context.Context, key, owner string, ttl time.Duration, now time.Time) (bool, error) {
	if err := c.err(key); err != nil {
		return false, err
	}
	return c.m.FirstUse(ctx, key, owner, ttl, now)
}

// TestCounterKeyFormat pins the counter key layout: stored counters must
// keep matching across releases.
func TestCounterKeyFormat(t *testing.T) {
	for _, key := range [][]byte{nil, []byte("secret")} {
		e := testEngine(t, nil, func(d *Deps) { d.CounterKey = key })
		for _, tc := range []struct{ prefix, value string }{{"ip", "203.0.113.7"}, {"msg", string(make([]byte, 5000))}, {"m", ""}} {
			var h = sha256.New()
			if len(key) > 0 {
				h = hmac.New(sha256.New, key)
			}
			h.Write([]byte(tc.prefix))
			h.Write([]byte{0})
			h.Write([]byte(tc.value))
			want := tc.prefix + ":" + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:16])
			if got := e.counterKey(tc.prefix, tc.value); got != want {
				t.Fatalf("counterKey(%q, %d bytes) = %q, want %q", tc.prefix, len(tc.value), got, want)
			}
		}
	}
}

// rendezvousCounter answers Incr only once two calls are in flight at
// once, standing in for a remote store whose round trips must overlap.
type rendezvousCounter struct {
	ioCounter
	arrived chan struct{}
}

func (c *rendezvousCounter) Incr(ctx context.Context, key string, w time.Duration, now time.Time) (int64, error) {
	select {
	case c.arrived <- struct{}{}:
	case <-c.arrived:
	case <-time.After(5 * time.Second):
		return 0, errors.New("the other check never ran alongside")
	}
	return c.ioCounter.Incr(ctx, key, w, now)
}

// TestVelocityRemoteCounterConcurrent checks that a remote counter gets
// its round trips in parallel.
func TestVelocityRemoteCounterConcurrent(t *testing.T) {
	c := &rendezvousCounter{ioCounter: ioCounter{m: NewMemoryCounter()}, arrived: make(chan struct{})}
	e := testEngine(t, nil, func(d *Deps) { d.Counter = c })
	sub := genuine(t, nil)
	sub.Fields.Message = "" // IP and email checks only: two Incr calls
	form := testForm()
	form.RenderToken = false
	s := e.Screen(context.Background(), form, sub)
	if hasCode(s, CodeVelocityUnverified) {
		t.Fatalf("velocity checks ran one after another: %v", s.Reasons)
	}
}

package screen

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
)

// ioCounter wraps a MemoryCounter without InProcess, so the engine treats
// it as remote and runs the velocity checks concurrently; fail makes
// chosen calls error.
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

func (c *ioCounter) FirstUse(ctx context.Context, key string, ttl time.Duration, now time.Time) (bool, error) {
	if err := c.err(key); err != nil {
		return false, err
	}
	return c.m.FirstUse(ctx, key, ttl, now)
}

// TestVelocitySynchronousMatchesConcurrent replays the same submissions
// through an engine whose in-memory counter runs the checks in line and
// one whose counter looks remote (checks in goroutines): the screenings,
// velocity reasons and unverified reasons included, must be identical.
func TestVelocitySynchronousMatchesConcurrent(t *testing.T) {
	if !(NewMemoryCounter().InProcess()) {
		t.Fatal("MemoryCounter must report InProcess")
	}
	for _, failing := range []string{"", "ip", "email", "msg"} {
		t.Run("failing "+failing, func(t *testing.T) {
			remote := &ioCounter{m: NewMemoryCounter()}
			if failing != "" {
				remote.fail = func(key string) bool { return strings.HasPrefix(key, failing+":") }
			}
			conc := testEngine(t, nil, func(d *Deps) { d.Counter = remote })
			// The same counter and failures, but in-process: checks in line.
			inline := testEngine(t, nil, func(d *Deps) {
				d.Counter = &inProcessFailing{ioCounter: ioCounter{m: NewMemoryCounter(), fail: remote.fail}}
			})
			fired := map[string]bool{}
			for i := range 30 {
				sub := genuine(t, nil)
				sub.Control.Token = ""
				sub.Context.IP = fmt.Sprintf("198.51.100.%d", i%2)
				sub.Fields.Email = fmt.Sprintf("p%d@northwind-logistics.com", i%5)
				if i%3 == 0 {
					sub.Context.IP = "2001:db8::" + fmt.Sprint(i)
				}
				if i == 29 {
					sub.Fields.Email = "" // no email: IP check alone
				}
				form := testForm()
				form.RenderToken = false
				got := inline.Screen(context.Background(), form, sub)
				want := conc.Screen(context.Background(), form, sub)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("submission %d: in line %+v, concurrent %+v", i, got, want)
				}
				for _, r := range got.Reasons {
					fired[r.Code] = true
				}
			}
			if remote.calls.Load() == 0 {
				t.Fatal("the concurrent engine never used its counter")
			}
			want := []string{CodeIPVelocity, CodeEmailVelocity, CodeRepeatedMessage}
			if failing != "" {
				want = []string{CodeVelocityUnverified}
			}
			for _, c := range want {
				if !fired[c] {
					t.Errorf("no submission produced %s; got %v", c, fired)
				}
			}
		})
	}
}

// inProcessFailing is an in-process counter that fails like ioCounter.
type inProcessFailing struct{ ioCounter }

func (*inProcessFailing) InProcess() bool { return true }

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
			for range 3 { // pooled hashers must be reset between uses
				if got := e.counterKey(tc.prefix, tc.value); got != want {
					t.Fatalf("counterKey(%q, %d bytes) = %q, want %q", tc.prefix, len(tc.value), got, want)
				}
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

// TestVelocityRemoteCounterConcurrent checks that a counter without
// InProcess still gets its round trips in parallel.
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

// refNormalizeMessage is normalizeMessage as first written, rune by rune.
func refNormalizeMessage(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

func TestNormalizeMessageMatchesReference(t *testing.T) {
	parts := []string{"a", "Z", "0", "9", " ", "\n", "!", "@", "_", "É", "é", "ß", "İ", "Ж", "山", "٣", "½", "\u00a0", "\xff", "\xc3", "🙂", "Hi,", "DEMO"}
	r := rand.New(rand.NewPCG(9, 10))
	for i := range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if i == 0 {
			s = "Hi, we are evaluating lead routing tools for our sales team of 40 people!"
		}
		if got, want := normalizeMessage(s), refNormalizeMessage(s); got != want {
			t.Fatalf("normalizeMessage(%q) = %q, want %q", s, got, want)
		}
	}
}

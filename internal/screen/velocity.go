package screen

import (
	"context"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Counter keeps windowed counters for the velocity and replay checks. Keys
// are opaque hashes. The production implementation (DynamoDB atomic
// counters with TTL) lives with the storage code; MemoryCounter serves
// tests and the batch CLI.
type Counter interface {
	// Incr adds 1 to the counter key in the fixed window of length window
	// that contains now, and returns the new count.
	Incr(ctx context.Context, key string, window time.Duration, now time.Time) (int64, error)
	// AddDistinct adds member to the set key for the window containing
	// now, returning the number of distinct members.
	AddDistinct(ctx context.Context, key, member string, window time.Duration, now time.Time) (int64, error)
	// FirstUse records key and reports whether this is its first use
	// within ttl.
	FirstUse(ctx context.Context, key string, ttl time.Duration, now time.Time) (bool, error)
}

// WindowStart returns the start of the fixed window of length window that
// contains now (windows are aligned to the Unix epoch).
func WindowStart(now time.Time, window time.Duration) time.Time {
	if window <= 0 {
		return now
	}
	return time.Unix(0, now.UnixNano()-now.UnixNano()%int64(window)).UTC()
}

// MemoryCounter is an in-memory Counter: a mutex and maps whose entries
// expire with their window. It is safe for concurrent use. Expired entries
// are swept every sweepEvery operations.
type MemoryCounter struct {
	mu     sync.Mutex
	counts map[string]memCount
	sets   map[string]memSet
	uses   map[string]time.Time // key -> expiry
	ops    int
}

type memCount struct {
	n       int64
	expires time.Time
}

type memSet struct {
	members map[string]struct{}
	expires time.Time
}

const sweepEvery = 1024

// NewMemoryCounter returns an empty MemoryCounter.
func NewMemoryCounter() *MemoryCounter {
	return &MemoryCounter{
		counts: map[string]memCount{},
		sets:   map[string]memSet{},
		uses:   map[string]time.Time{},
	}
}

func windowKey(key string, window time.Duration, now time.Time) (string, time.Time) {
	start := WindowStart(now, window)
	return key + "@" + strconv.FormatInt(start.UnixNano(), 36), start.Add(window)
}

// Incr implements Counter.
func (m *MemoryCounter) Incr(_ context.Context, key string, window time.Duration, now time.Time) (int64, error) {
	k, exp := windowKey(key, window, now)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	c := m.counts[k]
	c.n++
	c.expires = exp
	m.counts[k] = c
	return c.n, nil
}

// AddDistinct implements Counter.
func (m *MemoryCounter) AddDistinct(_ context.Context, key, member string, window time.Duration, now time.Time) (int64, error) {
	k, exp := windowKey(key, window, now)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	s, ok := m.sets[k]
	if !ok {
		s = memSet{members: map[string]struct{}{}, expires: exp}
		m.sets[k] = s
	}
	s.members[member] = struct{}{}
	return int64(len(s.members)), nil
}

// FirstUse implements Counter.
func (m *MemoryCounter) FirstUse(_ context.Context, key string, ttl time.Duration, now time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	if exp, ok := m.uses[key]; ok && now.Before(exp) {
		return false, nil
	}
	m.uses[key] = now.Add(ttl)
	return true, nil
}

// Len returns the number of live entries, for tests and monitoring.
func (m *MemoryCounter) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.counts) + len(m.sets) + len(m.uses)
}

// Sweep drops every entry expired at now.
func (m *MemoryCounter) Sweep(now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep(now)
}

func (m *MemoryCounter) maybeSweep(now time.Time) {
	m.ops++
	if m.ops%sweepEvery == 0 {
		m.sweep(now)
	}
}

func (m *MemoryCounter) sweep(now time.Time) {
	for k, c := range m.counts {
		if !now.Before(c.expires) {
			delete(m.counts, k)
		}
	}
	for k, s := range m.sets {
		if !now.Before(s.expires) {
			delete(m.sets, k)
		}
	}
	for k, exp := range m.uses {
		if !now.Before(exp) {
			delete(m.uses, k)
		}
	}
}

// velocityDetector counts submissions per IP, per email and per message.
type velocityDetector struct{ e *Engine }

func (velocityDetector) Name() string { return DetVelocity }

func (d velocityDetector) applies(in *Input) bool {
	return d.e.deps.Counter != nil && (in.Sub.Context.IP != "" || in.Email.Valid)
}

func (d velocityDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	cfg := d.e.cfg.Velocity
	c := d.e.deps.Counter
	var (
		mu      sync.Mutex
		rs      []lead.Reason
		failed  bool
		wg      sync.WaitGroup
		results [3]lead.Reason
		fired   [3]bool
	)
	fail := func() {
		mu.Lock()
		failed = true
		mu.Unlock()
	}
	if ip := ipKey(in.Sub.Context.IP); ip != "" {
		wg.Go(func() {
			n, err := c.Incr(ctx, d.e.counterKey("ip", ip), cfg.IP.Window.D(), in.Now)
			if err != nil {
				fail()
				return
			}
			if n > cfg.IP.Max {
				results[0], fired[0] = in.reason(CodeIPVelocity, strconv.FormatInt(n, 10)+" submissions from this IP address within "+fmtDuration(cfg.IP.Window.D())), true
			}
		})
	}
	if in.Email.Valid {
		addr := in.Email.Local + "@" + in.Email.Domain
		wg.Go(func() {
			n, err := c.Incr(ctx, d.e.counterKey("email", addr), cfg.Email.Window.D(), in.Now)
			if err != nil {
				fail()
				return
			}
			if n > cfg.Email.Max {
				results[1], fired[1] = in.reason(CodeEmailVelocity, strconv.FormatInt(n, 10)+" submissions from this email address within "+fmtDuration(cfg.Email.Window.D())), true
			}
		})
		if msg := normalizeMessage(in.Sub.Fields.Message); len(msg) >= cfg.MinMessageLength && msg != "" {
			wg.Go(func() {
				n, err := c.AddDistinct(ctx, d.e.counterKey("msg", msg), d.e.counterKey("m", addr), cfg.RepeatedMessage.Window.D(), in.Now)
				if err != nil {
					fail()
					return
				}
				if n > cfg.RepeatedMessage.Max {
					results[2], fired[2] = in.reason(CodeRepeatedMessage, "the same message came from "+strconv.FormatInt(n, 10)+" email addresses within "+fmtDuration(cfg.RepeatedMessage.Window.D())), true
				}
			})
		}
	}
	wg.Wait()
	for i, ok := range fired {
		if ok {
			rs = append(rs, results[i])
		}
	}
	if failed {
		rs = append(rs, in.reason(CodeVelocityUnverified, "submission counters unavailable; some velocity checks skipped"))
	}
	return rs
}

// ipKey normalizes an IP for counting: IPv4 as is, IPv6 by its /64 (one
// subscriber usually owns a whole /64). "" when unparseable.
func ipKey(s string) string {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return ""
	}
	return p.String()
}

// normalizeMessage folds a message for repeat detection: lower case,
// letters and digits only, single spaces.
func normalizeMessage(s string) string {
	var b strings.Builder
	b.Grow(len(s))
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

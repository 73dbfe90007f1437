package screen

import (
	"context"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
	counts map[windowed]memCount
	sets   map[windowed]memSet
	uses   map[string]time.Time // key -> expiry
	// countExp and setExp list the keys of counts and sets by expiry
	// (Unix nanoseconds). A counter expires at the end of its window, and
	// windows are aligned, so a handful of times hold every key: a sweep
	// visits the keys that expire, not every key it keeps.
	countExp map[int64][]windowed
	setExp   map[int64][]windowed
	ops      int
}

// windowed is a counter key in one window, named by the window's start.
type windowed struct {
	key   string
	start int64 // Unix nanoseconds
}

type memCount struct {
	n       int64
	expires time.Time
}

// memSet is a distinct set. Most sets only ever see one member, which is
// held inline; the map is made for the second.
type memSet struct {
	first   string
	members map[string]struct{} // every member once there are two or more
	expires time.Time
}

const sweepEvery = 1024

// NewMemoryCounter returns an empty MemoryCounter.
func NewMemoryCounter() *MemoryCounter {
	return &MemoryCounter{
		counts:   map[windowed]memCount{},
		sets:     map[windowed]memSet{},
		uses:     map[string]time.Time{},
		countExp: map[int64][]windowed{},
		setExp:   map[int64][]windowed{},
	}
}

func windowKey(key string, window time.Duration, now time.Time) (windowed, time.Time) {
	start := WindowStart(now, window)
	return windowed{key: key, start: start.UnixNano()}, start.Add(window)
}

// Incr implements Counter.
func (m *MemoryCounter) Incr(_ context.Context, key string, window time.Duration, now time.Time) (int64, error) {
	k, exp := windowKey(key, window, now)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	c, ok := m.counts[k]
	if !ok || !c.expires.Equal(exp) {
		// New, or counted before with another window of the same start.
		e := exp.UnixNano()
		m.countExp[e] = append(m.countExp[e], k)
	}
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
	switch {
	case !ok:
		m.sets[k] = memSet{first: member, expires: exp}
		e := exp.UnixNano()
		m.setExp[e] = append(m.setExp[e], k)
		return 1, nil
	case s.members == nil:
		if member == s.first {
			return 1, nil
		}
		s.members = map[string]struct{}{s.first: {}, member: {}}
		m.sets[k] = s
		return 2, nil
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

// InProcess reports that the counter works in memory, without I/O, so
// screening need not run its checks concurrently.
func (m *MemoryCounter) InProcess() bool { return true }

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
	m.counts = sweepIndexed(m.counts, m.countExp, now, func(c memCount) time.Time { return c.expires })
	m.sets = sweepIndexed(m.sets, m.setExp, now, func(s memSet) time.Time { return s.expires })
	m.uses = sweepMap(m.uses, now, func(exp time.Time) time.Time { return exp })
}

// sweepIndexed is sweepMap for a map whose keys idx lists by expiry: it
// visits only the keys listed under times already past, and drops those
// lists. A key can be listed twice (swept, then counted again) or no
// longer be in mp; only keys whose entry has expired are deleted, so the
// result is sweepMap's.
func sweepIndexed[V any](mp map[windowed]V, idx map[int64][]windowed, now time.Time, expires func(V) time.Time) map[windowed]V {
	at := now.UnixNano()
	listed := 0
	for exp, keys := range idx {
		if exp <= at {
			listed += len(keys)
		}
	}
	if listed == 0 {
		return mp
	}
	if listed > len(mp)/2 {
		// Most of the map may go: sweepMap clears it rather than leave
		// tombstones behind.
		mp = sweepMap(mp, now, expires)
	} else {
		for exp, keys := range idx {
			if exp > at {
				continue
			}
			for _, k := range keys {
				if v, ok := mp[k]; ok && !now.Before(expires(v)) {
					delete(mp, k)
				}
			}
		}
	}
	for exp := range idx {
		if exp <= at {
			delete(idx, exp)
		}
	}
	return mp
}

// sweepMap drops the entries of mp expired at now and returns the map to
// keep using. Deleting leaves tombstones behind that lengthen every later
// probe for a new key, so a map that loses most of its entries is cleared
// (which resets them, keeping the capacity) and given the survivors back.
func sweepMap[K comparable, V any](mp map[K]V, now time.Time, expires func(V) time.Time) map[K]V {
	expired := 0
	for _, v := range mp {
		if !now.Before(expires(v)) {
			expired++
		}
	}
	switch {
	case expired == 0:
		return mp
	case expired == len(mp):
		clear(mp)
		return mp
	case expired > len(mp)/2:
		// Keep the map's capacity: set the survivors aside, clear, and
		// put them back.
		type entry struct {
			k K
			v V
		}
		keep := make([]entry, 0, len(mp)-expired)
		for k, v := range mp {
			if now.Before(expires(v)) {
				keep = append(keep, entry{k, v})
			}
		}
		clear(mp)
		for _, e := range keep {
			mp[e.k] = e.v
		}
		return mp
	}
	for k, v := range mp {
		if !now.Before(expires(v)) {
			delete(mp, k)
		}
	}
	return mp
}

// velocityDetector counts submissions per IP, per email and per message.
type velocityDetector struct{ e *Engine }

func (velocityDetector) Name() string { return DetVelocity }

func (d velocityDetector) applies(in *Input) bool {
	return d.e.deps.Counter != nil && (in.Sub.Context.IP != "" || in.Email.Valid)
}

func (d velocityDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	var v velocityInput
	ipc, ok := d.e.deps.Counter.(inProcessCounter)
	inProcess := ok && ipc.InProcess()
	// An in-process counter keeps its keys in this process's memory
	// only, for the length of a window, so IPs and addresses need no
	// pseudonymizing hash there, and messages only a short digest
	// (localKey); a shared store gets HMACs.
	key := d.e.counterKey
	if inProcess {
		key = plainCounterKey
	}
	if ip := ipKey(in.Sub.Context.IP); ip != "" {
		v.ipKey = key("ip", ip)
	}
	var msgBuf [512]byte
	if in.Email.Valid {
		v.emailKey = key("email", emailAddr(in.Email))
		if msg := appendNormalizedMessage(msgBuf[:0], in.Sub.Fields.Message); len(msg) >= d.e.cfg.Velocity.MinMessageLength && len(msg) > 0 {
			// Keyed here, so the folded message stays in msgBuf on
			// the stack: the checks may run on other goroutines.
			if inProcess {
				v.msgKey = localKey("msg", msg)
			} else {
				v.msgKey = d.e.counterKeyBytes("msg", msg)
			}
		}
	}
	var (
		todo [numVelocityChecks]bool
		n    int
	)
	for i := range todo {
		todo[i] = v.applies(i)
		if todo[i] {
			n++
		}
	}
	if inProcess || n < 2 {
		// Nothing to wait for in parallel: an in-process counter answers
		// at once, and a single check needs no goroutine. No closure
		// captures these, so they stay on the stack.
		var (
			results [numVelocityChecks]lead.Reason
			fired   [numVelocityChecks]bool
			errs    [numVelocityChecks]error
		)
		for i, ok := range todo {
			if ok {
				results[i], fired[i], errs[i] = d.check(ctx, in, &v, i)
			}
		}
		return velocityReasons(in, &results, &fired, &errs)
	}
	return d.detectConcurrent(ctx, in, v, todo)
}

// detectConcurrent runs the checks in todo on their own goroutines, so
// that a remote counter's round trips overlap.
func (d velocityDetector) detectConcurrent(ctx context.Context, in *Input, v velocityInput, todo [numVelocityChecks]bool) []lead.Reason {
	var (
		results [numVelocityChecks]lead.Reason
		fired   [numVelocityChecks]bool
		errs    [numVelocityChecks]error
		wg      sync.WaitGroup
	)
	for i, ok := range todo {
		if ok {
			wg.Go(func() { results[i], fired[i], errs[i] = d.check(ctx, in, &v, i) })
		}
	}
	wg.Wait()
	return velocityReasons(in, &results, &fired, &errs)
}

// velocityReasons lists the reasons of the checks that fired, in check
// order, and velocity_unverified when any check failed.
func velocityReasons(in *Input, results *[numVelocityChecks]lead.Reason, fired *[numVelocityChecks]bool, errs *[numVelocityChecks]error) []lead.Reason {
	var rs []lead.Reason
	failed := false
	for i, ok := range fired {
		if ok {
			rs = append(rs, results[i])
		}
		failed = failed || errs[i] != nil
	}
	if failed {
		rs = append(rs, in.reason(CodeVelocityUnverified, "submission counters unavailable; some velocity checks skipped"))
	}
	return rs
}

// inProcessCounter is implemented by counters that answer from memory,
// without I/O: the velocity checks then run one after another, since
// goroutines would only add their start-up cost.
type inProcessCounter interface {
	InProcess() bool
}

// The velocity checks, in reason order.
const (
	checkIP = iota
	checkEmail
	checkMessage
	numVelocityChecks
)

// velocityInput holds the counter keys of the values the velocity checks
// count; "" when there is nothing to count.
type velocityInput struct {
	ipKey    string // of the ipKey of the client IP
	emailKey string // of the email address, when valid; also the member the message set counts
	// msgKey is the counter key of the folded message when it is long
	// enough to count.
	msgKey string
}

// plainCounterKey is the counter key for an in-process counter:
// "prefix:value".
func plainCounterKey(prefix, value string) string {
	return prefix + ":" + value
}

// emailAddr returns e.Local + "@" + e.Domain, reusing e.Address when it
// already reads so (the address had no capitals or trailing dot).
func emailAddr(e Email) string {
	a, l := e.Address, len(e.Local)
	if len(a) == l+1+len(e.Domain) && a[:l] == e.Local && a[l] == '@' && a[l+1:] == e.Domain {
		return a
	}
	return e.Local + "@" + e.Domain
}

func (v *velocityInput) applies(check int) bool {
	switch check {
	case checkIP:
		return v.ipKey != ""
	case checkEmail:
		return v.emailKey != ""
	case checkMessage:
		return v.emailKey != "" && v.msgKey != ""
	}
	return false
}

// check runs one velocity check, returning its reason when it fires.
func (d velocityDetector) check(ctx context.Context, in *Input, v *velocityInput, check int) (lead.Reason, bool, error) {
	cfg := d.e.cfg.Velocity
	c := d.e.deps.Counter
	switch check {
	case checkIP:
		n, err := c.Incr(ctx, v.ipKey, cfg.IP.Window.D(), in.Now)
		if err != nil || n <= cfg.IP.Max {
			return lead.Reason{}, false, err
		}
		return in.reason(CodeIPVelocity, strconv.FormatInt(n, 10)+d.e.velocityText.ip), true, nil
	case checkEmail:
		n, err := c.Incr(ctx, v.emailKey, cfg.Email.Window.D(), in.Now)
		if err != nil || n <= cfg.Email.Max {
			return lead.Reason{}, false, err
		}
		return in.reason(CodeEmailVelocity, strconv.FormatInt(n, 10)+d.e.velocityText.email), true, nil
	case checkMessage:
		n, err := c.AddDistinct(ctx, v.msgKey, v.emailKey, cfg.RepeatedMessage.Window.D(), in.Now)
		if err != nil || n <= cfg.RepeatedMessage.Max {
			return lead.Reason{}, false, err
		}
		return in.reason(CodeRepeatedMessage, "the same message came from "+strconv.FormatInt(n, 10)+d.e.velocityText.message), true, nil
	}
	return lead.Reason{}, false, nil
}

// velocityText is the text after the count in each velocity reason's
// detail, made once per engine since it depends only on the windows.
type velocityText struct {
	ip, email, message string
}

func newVelocityText(cfg VelocityConfig) velocityText {
	return velocityText{
		ip:      " submissions from this IP address within " + fmtDuration(cfg.IP.Window.D()),
		email:   " submissions from this email address within " + fmtDuration(cfg.Email.Window.D()),
		message: " email addresses within " + fmtDuration(cfg.RepeatedMessage.Window.D()),
	}
}

// ipKey normalizes an IP for counting: IPv4 as is, IPv6 by its /64 (one
// subscriber usually owns a whole /64). "" when unparseable.
func ipKey(s string) string {
	s = strings.TrimSpace(s)
	a, err := netip.ParseAddr(s)
	if err != nil {
		return ""
	}
	if a.Is4() {
		// ParseAddr accepts only canonical dotted quads, which String
		// would give back unchanged.
		return s
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
	return string(appendNormalizedMessage(make([]byte, 0, len(s)), s))
}

// lowerAlnum flags the ASCII lower-case letters and digits.
var lowerAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// appendNormalizedMessage appends normalizeMessage(s) to dst.
func appendNormalizedMessage(dst []byte, s string) []byte {
	n0 := len(dst)
	space := false
	for i := 0; i < len(s); {
		if lowerAlnum[s[i]] {
			// A run of lower-case letters and digits goes in as it is.
			j := i + 1
			for j < len(s) && lowerAlnum[s[j]] {
				j++
			}
			if space && len(dst) > n0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: the letters and digits of unicode.IsLetter/IsDigit.
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			default:
				space = true
				continue
			}
			if space && len(dst) > n0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(dst) > n0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		default:
			space = true
		}
	}
	return dst
}

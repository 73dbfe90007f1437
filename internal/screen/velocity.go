package screen

import (
	"context"
	"encoding/binary"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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

// MemoryCounter is an in-memory Counter: a mutex and tables whose entries
// expire with their window. It is safe for concurrent use. Expired entries
// are swept every sweepEvery operations.
//
// A counter or set is named by its key and the start of its window. Both
// are packed into one string (the key's bytes, then the start as 8
// bytes), so that the tables are maps with string keys, which Go hashes
// fastest, and a lookup can be made from bytes on the stack without
// allocating: only a new entry copies its key.
type MemoryCounter struct {
	mu     sync.Mutex
	counts windowTable[int64] // the count of each counter
	sets   windowTable[memSet]
	uses   map[string]time.Time // key -> expiry
	ops    int
}

// memSet is a distinct set. Most sets only ever see one member, which is
// held inline; the map is made for the second.
type memSet struct {
	first   string
	members map[string]struct{} // every member once there are two or more
}

const sweepEvery = 1024

// windowStartLen is the length of the window start that ends a windowed
// key.
const windowStartLen = 8

// NewMemoryCounter returns an empty MemoryCounter.
func NewMemoryCounter() *MemoryCounter {
	return &MemoryCounter{
		// Batch screening makes a count per IP and address and a set
		// per message: room for a few thousand of each saves the index
		// growing step by step through the first lines (about 100 KB).
		counts: newWindowTable[int64](4096),
		sets:   newWindowTable[memSet](2048),
		uses:   map[string]time.Time{},
	}
}

// appendWindow appends the start of the window of length window that
// contains now to the key in kb (windows are aligned to the Unix epoch,
// as WindowStart's), and returns the windowed key and the time the
// window's entry expires: the end of the window, or now + window for a
// window that is not positive (which Config does not allow; the wall
// clock then stands for now, without its monotonic reading).
func appendWindow(kb []byte, window time.Duration, now time.Time) ([]byte, instant) {
	start := now.UnixNano()
	if window <= 0 {
		return binary.LittleEndian.AppendUint64(kb, uint64(start)), instantOf(now.Add(window))
	}
	start -= start % int64(window)
	var exp instant
	if end := start + int64(window); end > start {
		// WindowStart(now, window).Add(window), in integers.
		exp = instant{end / 1e9, int32(end % 1e9)}
		if exp.nsec < 0 {
			exp.sec--
			exp.nsec += 1e9
		}
	} else {
		// The end is past the last time Unix nanoseconds can hold.
		exp = instantOf(time.Unix(0, start).Add(window))
	}
	return binary.LittleEndian.AppendUint64(kb, uint64(start)), exp
}

// Incr implements Counter.
func (m *MemoryCounter) Incr(_ context.Context, key string, window time.Duration, now time.Time) (int64, error) {
	var buf [128]byte
	n, _ := m.incr(append(buf[:0], key...), window, now)
	return n, nil
}

// incr is Incr for the key held in kb, which it may append to. It also
// returns the key as a string kept by the counter, which callers can hold
// on to without allocating.
func (m *MemoryCounter) incr(kb []byte, window time.Duration, now time.Time) (int64, string) {
	kb, exp := appendWindow(kb, window, now)
	m.mu.Lock()
	m.maybeSweep(now)
	t := &m.counts
	var s *windowSlot[int64]
	if i, ok := t.index[string(kb)]; ok {
		s = &t.slots[i]
		if s.expires != exp {
			// Counted before with another window of the same start.
			s.expires = exp
			t.list(exp, i)
		}
	} else {
		s = t.insert(kb, exp)
	}
	s.v++
	n, key := s.v, s.key
	m.mu.Unlock()
	return n, key[:len(key)-windowStartLen]
}

// AddDistinct implements Counter.
func (m *MemoryCounter) AddDistinct(_ context.Context, key, member string, window time.Duration, now time.Time) (int64, error) {
	var buf [128]byte
	return m.addDistinct(append(buf[:0], key...), member, window, now), nil
}

// addDistinct is AddDistinct for the key held in kb, which it may append
// to.
func (m *MemoryCounter) addDistinct(kb []byte, member string, window time.Duration, now time.Time) int64 {
	kb, exp := appendWindow(kb, window, now)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	t := &m.sets
	i, ok := t.index[string(kb)]
	if !ok {
		// A set keeps the expiry of the window it was made for.
		t.insert(kb, exp).v.first = member
		return 1
	}
	s := &t.slots[i].v
	if s.members == nil {
		if member == s.first {
			return 1
		}
		s.members = map[string]struct{}{s.first: {}, member: {}}
		return 2
	}
	s.members[member] = struct{}{}
	return int64(len(s.members))
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
	return len(m.counts.index) + len(m.sets.index) + len(m.uses)
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
	at := instantOf(now)
	m.counts.sweep(at)
	m.sets.sweep(at)
	m.uses = sweepMap(m.uses, now, func(exp time.Time) time.Time { return exp })
}

// instant is a point in time as Unix seconds and nanoseconds: unlike a
// time.Time it is comparable with == and ordered without a call, and
// unlike Unix nanoseconds it holds every time (whose Unix seconds fit in
// an int64) exactly. Counter expiries carry no monotonic reading, so
// comparing instants is comparing the times.
type instant struct {
	sec  int64
	nsec int32
}

func instantOf(t time.Time) instant { return instant{t.Unix(), int32(t.Nanosecond())} }

// after reports whether a is later than b.
func (a instant) after(b instant) bool {
	return a.sec > b.sec || a.sec == b.sec && a.nsec > b.nsec
}

// windowTable holds the entries of one kind (counts or sets), each with
// its expiry. The entries live in a slice, reused through a free list, and
// index maps each windowed key to its slot, so that updating an entry
// takes one map lookup and no copy of the key.
type windowTable[V any] struct {
	index map[string]int32
	slots []windowSlot[V]
	free  []int32 // slots not in use
	// byExp lists slots by the second (Unix) of the expiry they had when
	// listed. A counter expires at the end of its window, and windows are
	// aligned, so a handful of times hold every slot, and a sweep visits
	// the slots that expire, not every slot it keeps. A slot can be
	// listed more than once, or be listed and since freed or reused: the
	// sweep checks the slot itself.
	byExp map[int64]*[]int32
	// recent caches lists of byExp, direct-mapped by second (recentSlot):
	// entries are made for a few expiries at a time, even when the
	// times of consecutive entries jump back and forth. Every list held
	// is byExp's list of its second.
	recent [recentSlots]recentList
	spare  []*[]int32 // emptied lists, to reuse
	due    []int64    // scratch for sweep
}

// recentList is a list of windowTable.byExp; nil when unset.
type recentList struct {
	sec  int64
	list *[]int32
}

// recentSlots is the number of windowTable.recent's entries.
const (
	recentBits  = 6
	recentSlots = 1 << recentBits
)

// recentSlot is the entry of windowTable.recent for the second sec:
// a multiplicative hash, since expiries are multiples of the windows
// (3600 s, 86400 s) and their low bits alike.
func recentSlot(sec int64) int {
	return int(uint64(sec) * 0x9e3779b97f4a7c15 >> (64 - recentBits))
}

// windowSlot is one entry of a windowTable.
type windowSlot[V any] struct {
	key     string // the windowed key; "" for a free slot
	expires instant
	v       V
}

// newWindowTable returns an empty table with room for size entries
// before its index first grows.
func newWindowTable[V any](size int) windowTable[V] {
	return windowTable[V]{index: make(map[string]int32, size), byExp: map[int64]*[]int32{}}
}

// insert adds the entry for the windowed key kb, expiring at exp, and
// returns its slot (valid until the next insert).
func (t *windowTable[V]) insert(kb []byte, exp instant) *windowSlot[V] {
	var i int32
	if n := len(t.free); n > 0 {
		i = t.free[n-1]
		t.free = t.free[:n-1]
	} else {
		i = int32(len(t.slots))
		t.slots = append(t.slots, windowSlot[V]{})
	}
	key := string(kb)
	t.slots[i] = windowSlot[V]{key: key, expires: exp}
	t.index[key] = i
	t.list(exp, i)
	return &t.slots[i]
}

// release frees slot i, which index no longer lists.
func (t *windowTable[V]) release(i int32) {
	t.slots[i] = windowSlot[V]{}
	t.free = append(t.free, i)
}

// list lists slot i under at in byExp.
func (t *windowTable[V]) list(at instant, i int32) {
	sec := at.sec
	r := &t.recent[recentSlot(sec)]
	if r.list == nil || r.sec != sec {
		l := t.byExp[sec]
		if l == nil {
			if n := len(t.spare); n > 0 {
				l = t.spare[n-1]
				t.spare = t.spare[:n-1]
			} else {
				l = new([]int32)
			}
			t.byExp[sec] = l
		}
		*r = recentList{sec, l}
	}
	*r.list = append(*r.list, i)
}

// sweep drops every entry expired at now. Every live entry is listed in
// byExp under its expiry's second, so the lists of seconds up to now's
// name every expired entry; in the list of now's second itself, entries
// whose expiry is still to come stay listed. Deleting leaves tombstones
// behind that lengthen every later probe for a new key, so when most
// entries may go the index is cleared (which resets them, keeping
// the capacity) and given the survivors back.
func (t *windowTable[V]) sweep(now instant) {
	listed := 0
	due := t.due[:0]
	for sec, l := range t.byExp {
		if sec <= now.sec {
			listed += len(*l)
			due = append(due, sec)
		}
	}
	t.due = due[:0]
	if listed == 0 {
		return
	}
	rebuilt := listed > len(t.index)/2
	if rebuilt {
		clear(t.index)
		for i := range t.slots {
			s := &t.slots[i]
			switch {
			case s.key == "":
			case !s.expires.after(now):
				t.release(int32(i))
			default:
				t.index[s.key] = int32(i)
			}
		}
	}
	for _, sec := range due {
		l := t.byExp[sec]
		keep := (*l)[:0]
		for _, i := range *l {
			s := &t.slots[i]
			switch {
			case s.key == "" || s.expires.sec != sec:
				// Freed, or listed again under its new expiry.
			case !s.expires.after(now):
				if !rebuilt {
					delete(t.index, s.key)
				}
				t.release(i)
			default:
				keep = append(keep, i)
			}
		}
		if len(keep) > 0 {
			*l = keep
			continue
		}
		delete(t.byExp, sec)
		if r := &t.recent[recentSlot(sec)]; r.list == l {
			*r = recentList{}
		}
		if cap(*l) <= 4096 {
			*l = (*l)[:0]
			t.spare = append(t.spare, l)
		}
	}
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
	return d.appendReasons(ctx, in, nil)
}

// appendReasons implements reasonAppender.
func (d velocityDetector) appendReasons(ctx context.Context, in *Input, rs []lead.Reason) []lead.Reason {
	if mc, ok := d.e.deps.Counter.(*MemoryCounter); ok {
		return d.detectMemory(in, mc, rs)
	}
	return append(rs, d.detect(ctx, in)...)
}

// detect is Detect for any counter.
func (d velocityDetector) detect(ctx context.Context, in *Input) []lead.Reason {
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
	var (
		n   int64
		max int64
		err error
	)
	switch check {
	case checkIP:
		n, err = c.Incr(ctx, v.ipKey, cfg.IP.Window.D(), in.Now)
		max = cfg.IP.Max
	case checkEmail:
		n, err = c.Incr(ctx, v.emailKey, cfg.Email.Window.D(), in.Now)
		max = cfg.Email.Max
	case checkMessage:
		n, err = c.AddDistinct(ctx, v.msgKey, v.emailKey, cfg.RepeatedMessage.Window.D(), in.Now)
		max = cfg.RepeatedMessage.Max
	default:
		return lead.Reason{}, false, nil
	}
	if err != nil || n <= max {
		return lead.Reason{}, false, err
	}
	return d.velocityReason(in, check, n), true, nil
}

// detectMemory is appendReasons for a MemoryCounter. It runs the checks in
// order, as Detect does for any in-process counter, with the same keys
// (plainCounterKey's and localKey's), but builds them in a buffer on the
// stack: the counter copies a key only when it makes a new entry, and
// hands back its copy of the email key to serve as the member of the
// message's set. The counter never fails, so there is no
// velocity_unverified reason.
func (d velocityDetector) detectMemory(in *Input, mc *MemoryCounter, rs []lead.Reason) []lead.Reason {
	cfg := &d.e.cfg.Velocity
	var (
		keyBuf [256]byte
		fired  [numVelocityChecks]lead.Reason
		nFired int
	)
	if k, ok := appendIPKey(append(keyBuf[:0], "ip:"...), in.Sub.Context.IP); ok {
		if n, _ := mc.incr(k, cfg.IP.Window.D(), in.Now); n > cfg.IP.Max {
			fired[nFired] = d.velocityReason(in, checkIP, n)
			nFired++
		}
	}
	if in.Email.Valid {
		k := append(keyBuf[:0], "email:"...)
		k = append(append(append(k, in.Email.Local...), '@'), in.Email.Domain...)
		n, member := mc.incr(k, cfg.Email.Window.D(), in.Now)
		if n > cfg.Email.Max {
			fired[nFired] = d.velocityReason(in, checkEmail, n)
			nFired++
		}
		var msgBuf [512]byte
		if msg := appendNormalizedMessage(msgBuf[:0], in.Sub.Fields.Message); len(msg) >= cfg.MinMessageLength && len(msg) > 0 {
			k := appendLocalKey(keyBuf[:0], "msg", msg)
			if n := mc.addDistinct(k, member, cfg.RepeatedMessage.Window.D(), in.Now); n > cfg.RepeatedMessage.Max {
				fired[nFired] = d.velocityReason(in, checkMessage, n)
				nFired++
			}
		}
	}
	return append(rs, fired[:nFired]...)
}

// velocityReason is the reason of a velocity check that counted n.
// Reasons for small counts are remembered per engine: they depend only
// on the count and the engine's configuration.
func (d velocityDetector) velocityReason(in *Input, check int, n int64) lead.Reason {
	t := &d.e.velocityText
	if n < 0 || n >= velocityMemoMax || t.reasons == nil {
		return t.build(in, check, n)
	}
	p := &t.reasons[check][n]
	if r := p.Load(); r != nil {
		return *r
	}
	r := t.build(in, check, n)
	p.Store(&r) // racing goroutines store equal reasons
	return r
}

// velocityMemoMax bounds the counts whose reasons are remembered.
const velocityMemoMax = 100

// velocityText is the text after the count in each velocity reason's
// detail, made once per engine since it depends only on the windows.
type velocityText struct {
	ip, email, message string
	// reasons remembers each check's reason by count, for counts below
	// velocityMemoMax; nil until first made.
	reasons *[numVelocityChecks][velocityMemoMax]atomic.Pointer[lead.Reason]
}

func newVelocityText(cfg VelocityConfig) velocityText {
	return velocityText{
		ip:      " submissions from this IP address within " + fmtDuration(cfg.IP.Window.D()),
		email:   " submissions from this email address within " + fmtDuration(cfg.Email.Window.D()),
		message: " email addresses within " + fmtDuration(cfg.RepeatedMessage.Window.D()),
		reasons: new([numVelocityChecks][velocityMemoMax]atomic.Pointer[lead.Reason]),
	}
}

// build makes the reason of check for the count n.
func (t *velocityText) build(in *Input, check int, n int64) lead.Reason {
	switch check {
	case checkIP:
		return in.reason(CodeIPVelocity, strconv.FormatInt(n, 10)+t.ip)
	case checkEmail:
		return in.reason(CodeEmailVelocity, strconv.FormatInt(n, 10)+t.email)
	}
	return in.reason(CodeRepeatedMessage, "the same message came from "+strconv.FormatInt(n, 10)+t.message)
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

// appendIPKey appends ipKey(s) to dst, reporting false (and dst
// unchanged) when s is unparseable.
func appendIPKey(dst []byte, s string) ([]byte, bool) {
	if isDottedQuad(s) {
		// What ParseAddr would accept as IPv4, and ipKey give back.
		return append(dst, s...), true
	}
	s = strings.TrimSpace(s)
	a, err := netip.ParseAddr(s)
	if err != nil {
		return dst, false
	}
	if a.Is4() {
		return append(dst, s...), true
	}
	a = a.Unmap()
	if a.Is4() {
		return a.AppendTo(dst), true
	}
	p, err := a.Prefix(64)
	if err != nil {
		return dst, false
	}
	return p.AppendTo(dst), true
}

// isDottedQuad reports whether s is an IPv4 address in the only form
// netip.ParseAddr accepts for one: four decimal fields from 0 to 255,
// without leading zeros, joined by dots. It answers the common case
// without ParseAddr's general scan.
func isDottedQuad(s string) bool {
	dots, val, digits := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			if digits == 1 && val == 0 {
				return false // a leading zero
			}
			val = val*10 + int(c-'0')
			digits++
			if val > 255 {
				return false
			}
		case c == '.' && digits > 0 && dots < 3:
			dots++
			val, digits = 0, 0
		default:
			return false
		}
	}
	return dots == 3 && digits > 0
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

// asciiFold maps each ASCII letter and digit to its lower case, every
// other ASCII byte (a separator) to 0, and every byte of a multi-byte
// UTF-8 sequence to nonASCII, so that the letters and digits are the
// bytes c with c-1 < nonASCII-1.
var asciiFold = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nonASCII
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		}
	}
	return t
}()

// nonASCII is asciiFold's mark for a byte that is not ASCII.
const nonASCII = 0xff

// foldASCII writes normalizeMessage of s into b up to the first
// non-ASCII byte of s, returning the bytes read and written and whether
// a space is pending (separators were read after the last letter or
// digit written). An ASCII byte makes at most one byte of output (a
// separator none, and the space that stands for a run of separators goes
// before the next letter), so the output never outgrows the input read,
// and len(s) bytes of room in b hold it. It is a function of its own so
// that its loop keeps its variables in registers.
func foldASCII(b []byte, s string) (i, j int, space bool) {
	for i < len(s) {
		c := asciiFold[s[i]]
		if c == 0 {
			space = true
			i++
			continue
		}
		if c == nonASCII {
			break
		}
		if space && j > 0 {
			b[j] = ' '
			j++
		}
		space = false
		// A run of letters and digits.
		for {
			b[j] = c
			j++
			if i++; i == len(s) {
				break
			}
			if c = asciiFold[s[i]]; c-1 >= nonASCII-1 {
				break
			}
		}
	}
	return i, j, space
}

// appendNormalizedMessage appends normalizeMessage(s) to dst: its ASCII
// start by foldASCII, the rest, if any, rune by rune.
func appendNormalizedMessage(dst []byte, s string) []byte {
	n0 := len(dst)
	dst = slices.Grow(dst, len(s))
	i, j, space := foldASCII(dst[n0:n0+len(s)], s)
	dst = dst[:n0+j]
	for i < len(s) {
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
		if l := foldRune(r); l >= 0 {
			if space && len(dst) > n0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, l)
		} else {
			space = true
		}
	}
	return dst
}

// foldRune is unicode.ToLower(r) for a letter or digit (unicode.IsLetter
// or unicode.IsDigit) and -1 for any other rune. Those look-ups search
// tables; for the Basic Multilingual Plane the answers are kept in blocks
// of 32 runes, each worked out the first time a rune of it is seen (a
// pure function of the rune: racing goroutines store the same block).
func foldRune(r rune) rune {
	if uint32(r) >= 1<<16 {
		return foldRuneSlow(r)
	}
	p := &foldBlocks[r>>foldBlockBits]
	b := p.Load()
	if b == nil {
		b = new([1 << foldBlockBits]rune)
		base := r &^ (1<<foldBlockBits - 1)
		for j := range b {
			b[j] = foldRuneSlow(base + rune(j))
		}
		p.Store(b)
	}
	return b[r&(1<<foldBlockBits-1)]
}

// foldBlockBits is log2 of the size of a foldRune block.
const foldBlockBits = 5

// foldBlocks are foldRune's blocks, nil until first used.
var foldBlocks [1 << (16 - foldBlockBits)]atomic.Pointer[[1 << foldBlockBits]rune]

// foldRuneSlow is foldRune by the unicode tables.
func foldRuneSlow(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r)
	}
	return -1
}

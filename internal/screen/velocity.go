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
	// FirstUse records key for owner and reports whether this is its first
	// use within ttl, or a use by the owner that recorded it (the same
	// submission, taken over after its first request failed). An empty
	// owner matches nobody.
	FirstUse(ctx context.Context, key, owner string, ttl time.Duration, now time.Time) (bool, error)
}

// WindowStart returns the start of the fixed window of length window that
// contains now (windows are aligned to the Unix epoch).
func WindowStart(now time.Time, window time.Duration) time.Time {
	if window <= 0 {
		return now
	}
	return time.Unix(0, now.UnixNano()-now.UnixNano()%int64(window)).UTC()
}

// MemoryCounter is an in-memory Counter: maps whose entries expire with
// their window. It is safe for concurrent use. Expired entries are swept
// every sweepEvery operations, so a long batch run keeps only the live
// windows.
type MemoryCounter struct {
	mu     sync.Mutex
	counts map[windowKey]*memCount
	sets   map[windowKey]*memSet
	uses   map[string]firstUse // key -> owner and expiry
	ops    int
}

// windowKey names a counter or set: its key and the start of its window.
type windowKey struct {
	key   string
	start time.Time
}

type memCount struct {
	n       int64
	expires time.Time
}

type memSet struct {
	members map[string]bool
	expires time.Time
}

const sweepEvery = 1024

// NewMemoryCounter returns an empty MemoryCounter.
func NewMemoryCounter() *MemoryCounter {
	return &MemoryCounter{counts: map[windowKey]*memCount{}, sets: map[windowKey]*memSet{}, uses: map[string]firstUse{}}
}

// window returns the name of key's window at now and when it ends.
func window(key string, length time.Duration, now time.Time) (windowKey, time.Time) {
	start := WindowStart(now, length)
	return windowKey{key, start}, start.Add(length)
}

// Incr implements Counter.
func (m *MemoryCounter) Incr(_ context.Context, key string, length time.Duration, now time.Time) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	k, end := window(key, length, now)
	c := m.counts[k]
	if c == nil {
		c = &memCount{}
		m.counts[k] = c
	}
	c.n++
	c.expires = end
	return c.n, nil
}

// AddDistinct implements Counter.
func (m *MemoryCounter) AddDistinct(_ context.Context, key, member string, length time.Duration, now time.Time) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	k, end := window(key, length, now)
	s := m.sets[k]
	if s == nil {
		// A set keeps the expiry of the window it was made for.
		s = &memSet{members: map[string]bool{}, expires: end}
		m.sets[k] = s
	}
	s.members[member] = true
	return int64(len(s.members)), nil
}

// firstUse is a recorded first use: who made it and until when it counts.
type firstUse struct {
	owner   string
	expires time.Time
}

// FirstUse implements Counter.
func (m *MemoryCounter) FirstUse(_ context.Context, key, owner string, ttl time.Duration, now time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.maybeSweep(now)
	if u, ok := m.uses[key]; ok && now.Before(u.expires) {
		return owner != "" && u.owner == owner, nil
	}
	m.uses[key] = firstUse{owner: owner, expires: now.Add(ttl)}
	return true, nil
}

// InProcess reports that the counter answers from memory, without I/O.
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
	for k, u := range m.uses {
		if !now.Before(u.expires) {
			delete(m.uses, k)
		}
	}
}

// velocityDetector counts submissions per IP, per email and per message.
type velocityDetector struct{ e *Engine }

func (velocityDetector) Name() string { return DetVelocity }

func (d velocityDetector) applies(in *Input) bool {
	return (d.e.deps.Counter != nil || d.e.deps.Timeline != nil) && (in.Sub.Context.IP != "" || in.Email.Valid)
}

// velocityCheck is one count to take and the reason it gives past its
// limit.
type velocityCheck struct {
	key    string
	member string // for a distinct set: the member to add; "" for a counter
	// recall counts the submission with the person's earlier leads
	// (lead.Control.EarlierLeads) instead of a counter.
	recall func(since time.Time) (int, error)
	limit  Limit
	// The reason past the limit: code, and a detail that puts the count
	// between before and after.
	code, before, after string
}

// reason is the reason of a count n past the check's limit.
func (c velocityCheck) reason(in *Input, n int64) lead.Reason {
	return in.reason(c.code, c.before+strconv.FormatInt(n, 10)+c.after+" within "+fmtDuration(c.limit.Window.D()))
}

// inProcessCounter is implemented by counters that answer from memory
// (MemoryCounter): their counts are taken one after another, since
// goroutines would only add hand-offs between threads.
type inProcessCounter interface {
	InProcess() bool
}

// Detect takes the counts, concurrently for a remote counter so that its
// round trips overlap, and reports them in check order.
func (d velocityDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	if t := d.e.deps.Timeline; t != nil {
		return d.detectOnTimeline(t, in)
	}
	checks := d.checks(in)
	type result struct {
		n   int64
		err error
	}
	results := make([]result, len(checks))
	take := func(i int) {
		c, cnt := checks[i], d.e.deps.Counter
		if c.recall != nil {
			// The earlier leads inside the window, and this one.
			n, err := c.recall(in.Now.Add(-c.limit.Window.D()))
			results[i].n, results[i].err = int64(n)+1, err
			return
		}
		if c.member != "" {
			results[i].n, results[i].err = cnt.AddDistinct(ctx, c.key, c.member, c.limit.Window.D(), in.Now)
		} else {
			results[i].n, results[i].err = cnt.Incr(ctx, c.key, c.limit.Window.D(), in.Now)
		}
	}
	if ipc, ok := d.e.deps.Counter.(inProcessCounter); ok && ipc.InProcess() {
		for i := range checks {
			take(i)
		}
	} else {
		var wg sync.WaitGroup
		for i := range checks {
			wg.Go(func() { take(i) })
		}
		wg.Wait()
	}
	var rs []lead.Reason
	failed := false
	for i, c := range checks {
		res := results[i]
		if res.err != nil {
			failed = true
		} else if res.n > c.limit.Max {
			rs = append(rs, c.reason(in, res.n))
		}
	}
	if failed {
		rs = append(rs, in.reason(CodeVelocityUnverified, "submission counters unavailable; some velocity checks skipped"))
	}
	return append(rs, d.liveBurst(in)...)
}

// liveBurst sees a burst from one address as it happens. Live counters
// see no burst whole, but the person's earlier leads, which intake reads
// anyway, show an address that sent more than burst.max forms within the
// burst span: the forms after the max are a script's. (The first rows of
// a burst pass live; a batch run over the export sees them too.) An
// address only: the IP would need a counter write of its own.
func (d velocityDetector) liveBurst(in *Input) []lead.Reason {
	recall := in.Sub.Control.EarlierLeads
	if recall == nil || !in.Email.Valid {
		return nil
	}
	b := d.e.cfg.Velocity.Burst
	span := burstSpan(b)
	n, err := recall(in.Now.Add(-span))
	if err != nil || int64(n+1) <= b.Max { // a failed look-up is reported by the e-mail check
		return nil
	}
	return []lead.Reason{in.reason(CodeSubmissionBurst, "more submissions than a person fills in: "+strconv.Itoa(n+1)+" from this email address within "+fmtDuration(span))}
}

// checks lists the counts to take for in: per IP, per email address, and
// the distinct addresses sending the same message. A person's submissions
// are counted from their earlier leads when intake supplies them (a read
// it makes anyway, where a counter costs a write); the IP and the message
// have no such look-up, and keep their counters.
func (d velocityDetector) checks(in *Input) []velocityCheck {
	cfg := d.e.cfg.Velocity
	checks := make([]velocityCheck, 0, 3)
	if ip := ipKey(in.Sub.Context.IP); ip != "" {
		checks = append(checks, velocityCheck{key: d.e.counterKey("ip", ip), limit: cfg.IP,
			code: CodeIPVelocity, after: " submissions from this IP address"})
	}
	if !in.Email.Valid {
		return checks
	}
	email := d.e.counterKey("email", mailboxKey(in.Email))
	checks = append(checks, velocityCheck{key: email, recall: in.Sub.Control.EarlierLeads, limit: cfg.Email,
		code: CodeEmailVelocity, after: " submissions from this email address"})
	if msg := normalizeMessage(in.Sub.Fields.Message); msg != "" && len(msg) >= cfg.MinMessageLength {
		checks = append(checks, velocityCheck{key: d.e.counterKey("msg", msg), member: email, limit: cfg.RepeatedMessage,
			code: CodeRepeatedMessage, before: "the same message came from ", after: " email addresses"})
	}
	return checks
}

// ipv6CountPrefix is the IPv6 prefix length counted as one address: one
// subscriber usually owns a whole /64.
const ipv6CountPrefix = 64

// ipKey normalizes an IP for counting: IPv4 as is, IPv6 by its
// ipv6CountPrefix. "" when unparseable.
func ipKey(s string) string {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(ipv6CountPrefix)
	if err != nil {
		return ""
	}
	return p.String()
}

// mailboxKey names the mailbox an address delivers to, for counting: the
// part after a "+" is a tag the same inbox receives, and Gmail ignores
// dots in the local part and answers to googlemail.com too. A script
// that spells one inbox many ways (ana.b+1@, anab+2@, AnaB@) is one
// sender.
func mailboxKey(em Email) string {
	local, domain := strings.ToLower(em.Local), strings.ToLower(em.Domain)
	local, _, _ = strings.Cut(local, "+")
	if domain == "gmail.com" || domain == "googlemail.com" {
		local, domain = strings.ReplaceAll(local, ".", ""), "gmail.com"
	}
	return local + "@" + domain
}

// messageSkeleton returns the message normalised like normalizeMessage
// with each capitalised word inside a sentence (a name, a company, a
// city: what a mail merge fills in) replaced by "_", when it has any and
// keeps skeletonMinWords other words; or "". One template filled with
// each sender's name ("Hi, I am Ana Souza from Padaria Souza. Please
// send…") is one message for burst counting; different people's messages
// almost never share a skeleton within a minute of each other.
func messageSkeleton(msg string) string {
	words := make([]string, 0, strings.Count(msg, " ")+1) // about one word per space
	sentenceStart, replaced, kept := true, 0, 0
	word := func(w string) {
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) && !sentenceStart && utf8.RuneCountInString(w) > 1 {
			words, replaced = append(words, "_"), replaced+1
		} else {
			words, kept = append(words, strings.ToLower(w)), kept+1
		}
		sentenceStart = false
	}
	start := -1 // where the word being read begins
	for i, r := range msg {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			word(msg[start:i])
			start = -1
		}
		if strings.ContainsRune(".!?\n", r) {
			sentenceStart = true
		}
	}
	if start >= 0 {
		word(msg[start:])
	}
	if replaced == 0 || kept < skeletonMinWords {
		return ""
	}
	return strings.Join(collapseNames(words), " ")
}

// collapseNames turns each run of replaced words into one "_", with the
// short particles inside it: "Sanne de Vries", "Ramírez y Asociados" and
// "Дмитрий Соколов" are each one name, as "Ana Souza" is.
func collapseNames(words []string) []string {
	out := words[:0:0]
	for i, w := range words {
		inside := i > 0 && i+1 < len(words) && words[i+1] == "_" && out[len(out)-1] == "_" &&
			utf8.RuneCountInString(w) <= nameParticleLen
		if (w == "_" || inside) && len(out) > 0 && out[len(out)-1] == "_" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// nameParticleLen is the longest lower-case word taken as part of a name
// between two capitalised ones (de, van, von, y, da, del, dos).
const nameParticleLen = 3

// skeletonMinWords is the least words a skeleton keeps besides the
// replaced ones: "Hi Ana" is no template.
const skeletonMinWords = 6

// normalizeMessage folds a message for repeat detection: lower case,
// letters and digits only, single spaces.
func normalizeMessage(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // about as long: one allocation
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

func (velocityDetector) countsSubmissions() {}

// detectOnTimeline judges a line of an export laid out on a timeline: the
// velocity limits count the rows submitted within each window before this
// one (whatever the order of the lines), and a burst counts the rows
// around it in both directions.
func (d velocityDetector) detectOnTimeline(t *Timeline, in *Input) []lead.Reason {
	cfg := d.e.cfg.Velocity
	within := func(l Limit) string { return " within " + fmtDuration(l.Window.D()) }
	before := func(rows timelineRows, l Limit) (int, int) { return rows.count(in.Now.Add(-l.Window.D()), in.Now) }
	var rs []lead.Reason
	var burst []string
	// crowd: more than the max rows within the burst span count too. Only
	// for one IP or one address: different people send one short request
	// within minutes of each other after a webinar, but not each a minute
	// apart.
	bursts := func(rows timelineRows, what string, crowd bool) {
		if n := rows.chain(in.Now, cfg.Burst.Window.D()); int64(n) > cfg.Burst.Max {
			burst = append(burst, strconv.Itoa(n)+" from this "+what+", each within "+fmtDuration(cfg.Burst.Window.D())+" of the last")
		} else if span := burstSpan(cfg.Burst); crowd && rows.crowded(in.Now, int(cfg.Burst.Max), span) {
			burst = append(burst, "more than "+strconv.FormatInt(cfg.Burst.Max, 10)+" from this "+what+" within "+fmtDuration(span))
		}
	}
	if ip := ipKey(in.Sub.Context.IP); ip != "" {
		rows := t.rowsOf(timelineKey("ip", ip))
		if n, _ := before(rows, cfg.IP); int64(n) > cfg.IP.Max {
			rs = append(rs, in.reason(CodeIPVelocity, strconv.Itoa(n)+" submissions from this IP address"+within(cfg.IP)))
		}
		bursts(rows, "IP address", true)
	}
	if in.Email.Valid {
		rows := t.rowsOf(timelineKey("email", mailboxKey(in.Email)))
		if n, _ := before(rows, cfg.Email); int64(n) > cfg.Email.Max {
			rs = append(rs, in.reason(CodeEmailVelocity, strconv.Itoa(n)+" submissions from this email address"+within(cfg.Email)))
		}
		bursts(rows, "email address", true)
		if msg := normalizeMessage(in.Sub.Fields.Message); msg != "" && len(msg) >= cfg.MinMessageLength {
			rows := t.rowsOf(timelineKey("msg", msg))
			if _, n := before(rows, cfg.RepeatedMessage); int64(n) > cfg.RepeatedMessage.Max {
				rs = append(rs, in.reason(CodeRepeatedMessage, "the same message came from "+strconv.Itoa(n)+" email addresses"+within(cfg.RepeatedMessage)))
			}
			bursts(rows, "message", false)
			if sk := messageSkeleton(in.Sub.Fields.Message); sk != "" {
				bursts(t.rowsOf(timelineKey("skeleton", sk)), "message template (names filled in)", false)
			}
		}
	}
	if len(burst) > 0 {
		rs = append(rs, in.reason(CodeSubmissionBurst, "more submissions than a person fills in: "+strings.Join(burst, "; ")))
	}
	return rs
}

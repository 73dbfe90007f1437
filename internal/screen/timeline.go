package screen

import (
	"slices"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Timeline is a whole export's submissions laid out by submitted_at, for
// batch screening. Live screening counts what came before a request; an
// export is known whole, so its velocity checks count by the time each
// line was submitted, whatever order the lines come in, and a burst is
// seen with hindsight: its first rows are part of it too.
//
// Fill it with Add before screening (a first pass over the export); then
// it only answers questions, and is safe for concurrent use.
type Timeline struct {
	mu     sync.Mutex
	sorted bool
	rows   map[string][]timelineRow // key -> rows sorted by time once sorted
}

// timelineRow is one submission under one key: when, and for a message
// key, which address sent it.
type timelineRow struct {
	at     time.Time
	member string
	// prevSame is the index of the row before this one, in time order,
	// with the same member; -1 for the member's first row or no member.
	// Set when the rows are sorted; Count counts distinct members with it.
	prevSame int
}

// NewTimeline returns an empty timeline.
func NewTimeline() *Timeline {
	return &Timeline{rows: map[string][]timelineRow{}}
}

// Add lays out one submission at its ReceivedAt (an export's submitted_at)
// under the keys the velocity checks count: its IP (IPv6 by its /64), its
// mailbox (see mailboxKey), its message (with the mailbox as the member)
// and its message's skeleton (see messageSkeleton).
func (t *Timeline) Add(sub *lead.Submission) {
	if sub == nil || sub.Context.ReceivedAt.IsZero() {
		return
	}
	at := sub.Context.ReceivedAt
	// The keys are worked out before taking the lock: the first pass adds
	// from every core.
	type keyed struct {
		key string
		row timelineRow
	}
	rows := make([]keyed, 0, 4) // at most one per kind of key
	if ip := ipKey(sub.Context.IP); ip != "" {
		rows = append(rows, keyed{timelineKey("ip", ip), timelineRow{at: at}})
	}
	if em := ParseEmail(sub.Fields.Email); em.Valid {
		addr := mailboxKey(em)
		rows = append(rows, keyed{timelineKey("email", addr), timelineRow{at: at}})
		if msg := normalizeMessage(sub.Fields.Message); msg != "" {
			rows = append(rows, keyed{timelineKey("msg", msg), timelineRow{at: at, member: addr}})
			if sk := messageSkeleton(sub.Fields.Message); sk != "" {
				rows = append(rows, keyed{timelineKey("skeleton", sk), timelineRow{at: at, member: addr}})
			}
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.sorted = false
	for _, r := range rows {
		t.rows[r.key] = append(t.rows[r.key], r.row)
	}
}

// timelineRows are one key's rows, sorted by time; Count, Chain and
// Crowded answer for one key through them, and a check that asks several
// questions about one key looks its rows up once.
type timelineRows []timelineRow

// rowsOf returns key's rows sorted by time.
func (t *Timeline) rowsOf(key string) timelineRows {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.sorted {
		for _, rs := range t.rows {
			slices.SortStableFunc(rs, func(a, b timelineRow) int { return a.at.Compare(b.at) })
			linkSameMembers(rs)
		}
		t.sorted = true
	}
	return t.rows[key]
}

// linkSameMembers sets the prevSame of rows sorted by time.
func linkSameMembers(rs []timelineRow) {
	last := map[string]int{} // member -> index of its latest row so far
	for i := range rs {
		rs[i].prevSame = -1
		if m := rs[i].member; m != "" {
			if j, ok := last[m]; ok {
				rs[i].prevSame = j
			}
			last[m] = i
		}
	}
}

// Count returns how many rows of key fall in [from, to], and how many
// distinct members they have. A member counts at its first row in the
// range: the one whose previous row with that member (prevSame) lies
// before the range. Every question is thus answered without hashing the
// members again: an export's many copies of one message are asked about
// once per copy.
func (t *Timeline) Count(key string, from, to time.Time) (rows, distinct int) {
	return t.rowsOf(key).count(from, to)
}

// count is Count for the rows of one key.
func (rs timelineRows) count(from, to time.Time) (rows, distinct int) {
	lo, _ := slices.BinarySearchFunc(rs, from, func(r timelineRow, at time.Time) int { return r.at.Compare(at) })
	for _, r := range rs[lo:] {
		if r.at.After(to) {
			break
		}
		rows++
		if r.member != "" && r.prevSame < lo {
			distinct++
		}
	}
	return rows, distinct
}

// Chain returns how many rows of key form the run that holds at, where
// each row comes within gap of the one before: the burst at belongs to,
// if any, however long it lasts.
func (t *Timeline) Chain(key string, at time.Time, gap time.Duration) int {
	return t.rowsOf(key).chain(at, gap)
}

// chain is Chain for the rows of one key.
func (rs timelineRows) chain(at time.Time, gap time.Duration) int {
	i, found := slices.BinarySearchFunc(rs, at, func(r timelineRow, x time.Time) int { return r.at.Compare(x) })
	if !found {
		return 0
	}
	if gap < 0 {
		return 1 // no row comes within a negative gap of another
	}
	// Rows at one time are all within gap of each other: the run steps
	// over each time's rows at once, so a burst of many rows at one time
	// (the copies of one message) costs a few searches, not a walk.
	lo, hi := sameTime(rs, i)
	for lo > 0 && rs[lo].at.Sub(rs[lo-1].at) <= gap {
		lo, _ = sameTime(rs, lo-1)
	}
	for hi+1 < len(rs) && rs[hi+1].at.Sub(rs[hi].at) <= gap {
		_, hi = sameTime(rs, hi+1)
	}
	return hi - lo + 1
}

// sameTime returns the first and the last index of the rows (sorted by
// time) at the time of rs[i].
func sameTime(rs timelineRows, i int) (first, last int) {
	at := rs[i].at
	first, _ = slices.BinarySearchFunc(rs, at, func(r timelineRow, x time.Time) int { return r.at.Compare(x) })
	end, _ := slices.BinarySearchFunc(rs, at, func(r timelineRow, x time.Time) int {
		if r.at.After(x) {
			return 1
		}
		return -1 // at or before x: the end is further on
	})
	return first, end - 1
}

// timelineKey is the key Timeline files a velocity check's value under.
func timelineKey(kind, value string) string {
	return kind + ":" + value
}

// Crowded reports whether more than limit rows of key, the one at at
// among them, fall within span of each other: a burst whose rows come minutes
// apart rather than seconds, so that they form no Chain. A script that
// waits a minute or two between posts still sends more forms from one
// address or IP in a few minutes than a person fills in.
func (t *Timeline) Crowded(key string, at time.Time, limit int, span time.Duration) bool {
	return t.rowsOf(key).crowded(at, limit, span)
}

// crowded is Crowded for the rows of one key.
func (rs timelineRows) crowded(at time.Time, limit int, span time.Duration) bool {
	i, found := slices.BinarySearchFunc(rs, at, func(r timelineRow, x time.Time) int { return r.at.Compare(x) })
	if !found || limit < 0 || span < 0 {
		return false
	}
	// A run of limit+1 rows (first..first+limit) holds a row at at when
	// it starts at most limit rows before the first such row and no later
	// than the last; it is crowded when its ends lie within span.
	lo, hi := sameTime(rs, i)
	if hi-lo >= limit {
		return true // more than limit rows at this very time
	}
	for first := lo - limit; first <= hi; first++ {
		last := first + limit
		if first < 0 || last >= len(rs) || last < lo {
			continue
		}
		if rs[last].at.Sub(rs[first].at) <= span {
			return true
		}
	}
	return false
}

// burstSpanFactor times the burst window is the span within which more
// than the burst's max rows from one source are a burst even when their
// gaps are longer than the window: at the shipped minute, more than three
// forms from one address or one IP in ten minutes. A person fills in one
// form in a few minutes, and colleagues behind one office address rarely
// send four within ten.
const burstSpanFactor = 10

// burstSpan is the span Crowded counts a burst within.
func burstSpan(l Limit) time.Duration {
	return burstSpanFactor * l.Window.D()
}

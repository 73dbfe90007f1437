package assign

import (
	"context"
	"maps"
	"strings"
	"sync"
	"time"
)

// Snapshot is what the routing counters held at one moment.
type Snapshot struct {
	// Day is the calendar day (YYYY-MM-DD, Rules.Day) Counts are of.
	Day string
	// Turns is the number of turns each rotation has given out, by
	// rotation (TeamRotations).
	Turns map[string]int64
	// Counts is the number of leads each member got on Day, by e-mail
	// address.
	Counts map[string]int64
}

// CounterReader reads the routing counters (store.Routing.Read): the turns
// of rotations, and the counts of members emails on day.
type CounterReader interface {
	Read(ctx context.Context, rotations, emails []string, day string) (turns, counts map[string]int64, err error)
}

// ReadSnapshot reads the counters r routes by, as they are at now: every
// team's rotations' turns and the day's counts of every member with a daily cap.
func ReadSnapshot(ctx context.Context, r *Rules, c CounterReader, now time.Time) (Snapshot, error) {
	day := r.Day(now)
	var emails []string
	seen := map[string]bool{}
	for _, name := range r.Teams() {
		for _, m := range r.teams[name].members {
			if m.DailyCap > 0 && !seen[m.Email] {
				seen[m.Email] = true
				emails = append(emails, m.Email)
			}
		}
	}
	var rotations []string
	for _, name := range r.Teams() {
		rotations = append(rotations, TeamRotations(name)...)
	}
	turns, counts, err := c.Read(ctx, rotations, emails, day)
	if err != nil {
		return Snapshot{}, err
	}
	return Snapshot{Day: day, Turns: turns, Counts: counts}, nil
}

// Simulate decides, in order, who would get each of leads at now: the
// decisions Route makes, with counters in memory that start from snap, so
// that nothing is written and snap is left as it was. With owner_first, a
// person's later lead in the list goes to the owner their earlier one was
// given, as it would live once that one was handed off.
func Simulate(r *Rules, now time.Time, leads []RouteLead, snap Snapshot) []Decision {
	c := NewMemoryCounters(snap)
	owners := map[string]string{}
	out := make([]Decision, 0, len(leads))
	for _, l := range leads {
		person := strings.ToLower(l.Email)
		if o := owners[person]; o != "" {
			l.EarlierOwner = o
		}
		// Counters in memory never fail.
		d, _ := r.Route(context.Background(), c, l, now)
		if person != "" && d.Member.Email != "" {
			owners[person] = d.Member.Email
		}
		out = append(out, d)
	}
	return out
}

// MemoryCounters are routing counters held in memory: a dry run's, or
// those of a process routing alone (tests, tools). They are safe for
// concurrent use.
type MemoryCounters struct {
	mu     sync.Mutex
	turns  map[string]int64
	counts map[[2]string]int64 // by day and e-mail
}

// NewMemoryCounters returns counters that start where snap left off.
func NewMemoryCounters(snap Snapshot) *MemoryCounters {
	c := &MemoryCounters{turns: maps.Clone(snap.Turns), counts: map[[2]string]int64{}}
	if c.turns == nil {
		c.turns = map[string]int64{}
	}
	for email, n := range snap.Counts {
		c.counts[[2]string{snap.Day, email}] = n
	}
	return c
}

// TakeTurns adds n to rotation's turns (Counters).
func (c *MemoryCounters) TakeTurns(_ context.Context, rotation string, n int64) (int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.turns[rotation] += n
	return c.turns[rotation], nil
}

// CountLead counts a lead of email on day unless limit is reached
// (Counters).
func (c *MemoryCounters) CountLead(_ context.Context, email, day string, limit int) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := [2]string{day, email}
	if c.counts[k] >= int64(limit) {
		return false, nil
	}
	c.counts[k]++
	return true, nil
}

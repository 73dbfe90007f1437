package assign

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Counters are the routing counters every hand-off shares: the table's
// (store.Routing) or MemoryCounters.
type Counters interface {
	// TakeTurns adds n to the turn counter of rotation (one of a team's
	// Rotations) and returns its new value, the number of turns that
	// rotation has given out.
	TakeTurns(ctx context.Context, rotation string, n int64) (int64, error)
	// CountLead adds one to the count of leads member email got on day
	// (YYYY-MM-DD) unless the count has reached limit: then it adds
	// nothing and reports false.
	CountLead(ctx context.Context, email, day string, limit int) (bool, error)
}

// Decision is who gets a lead, and why.
type Decision struct {
	Team string
	// Member gets the lead: a member of Team (owner-first: of any team),
	// Team's overflow inbox, or nobody (the zero Member) when the lead
	// overflows from a team without an inbox: the default sales address
	// gets it then.
	Member Member
	// Rule is what named the team: "rule <name>" or "default team".
	Rule string
	// OwnerFirst is set when Member had the person's earlier lead.
	OwnerFirst bool
	// Overflow says why no member of the team got the lead: "all away",
	// "all capped" or "all away or capped"; "" when a member did.
	Overflow string
	// Skipped lists who was passed over, and why, in turn order:
	// "Lena Vogel: away until 2027-01-04", "Marcus Hale: daily cap of 15
	// reached", "owner Lena Vogel: away until 2027-01-04".
	Skipped []string
}

// Summary is why Member got the lead, without who was skipped: what the
// hand-off stores and the sales e-mail shows. "owner-first", "rule
// emea-demo", "default team", "rule enterprise; overflow: all capped".
func (d Decision) Summary() string {
	switch {
	case d.OwnerFirst:
		return "owner-first"
	case d.Overflow != "":
		return d.Rule + "; overflow: " + d.Overflow
	}
	return d.Rule
}

// Reason is the decision in one line, with who was skipped, as a dry run
// shows it: "default team; skipped Lena Vogel: away until 2027-01-04",
// "rule enterprise; overflow: all capped; skipped …".
func (d Decision) Reason() string {
	parts := []string{d.Summary()}
	for _, s := range d.Skipped {
		parts = append(parts, "skipped "+s)
	}
	return strings.Join(parts, "; ")
}

// Route decides who gets lead l at now (see the package doc), taking the
// turns and counting the lead against caps through c. It fails only when
// c does; a lead is then not handed off (and may have used a turn or a
// count: see the package doc).
func (r *Rules) Route(ctx context.Context, c Counters, l RouteLead, now time.Time) (Decision, error) {
	t, why := r.match(l)
	d := Decision{Team: t.name, Rule: why}
	day := r.Day(now)
	if r.ownerFirst && l.EarlierOwner != "" {
		if team, m, ok := r.member(strings.ToLower(l.EarlierOwner), t); ok {
			if !m.Away.On(day) {
				d.Team, d.Member, d.OwnerFirst = team, m, true
				return d, nil
			}
			d.Skipped = append(d.Skipped, "owner "+m.label()+": away until "+m.Away.Until)
		}
	}
	rot := rotation(t.name, l.Key)
	turn, err := c.TakeTurns(ctx, rot, 1)
	if err != nil {
		return Decision{}, fmt.Errorf("routing: take a turn of team %s: %w", t.name, err)
	}
	n := int64(len(t.order))
	start := ((turn-1)%n + n) % n
	passed := map[int]bool{}
	away, capped := 0, 0
	for k := range n {
		i := t.order[(start+k)%n]
		if passed[i] {
			continue
		}
		m := t.members[i]
		if m.Away.On(day) {
			passed[i] = true
			away++
			d.Skipped = append(d.Skipped, m.label()+": away until "+m.Away.Until)
			continue
		}
		if m.DailyCap > 0 {
			ok, err := c.CountLead(ctx, m.Email, day, m.DailyCap)
			if err != nil {
				return Decision{}, fmt.Errorf("routing: count a lead of %s: %w", m.Email, err)
			}
			if !ok {
				passed[i] = true
				capped++
				d.Skipped = append(d.Skipped, fmt.Sprintf("%s: daily cap of %d reached", m.label(), m.DailyCap))
				continue
			}
		}
		if k > 0 {
			// The turns passed over are taken too, so that the next lead
			// goes to the member after this one. Should the write fail,
			// only evenness suffers: this lead has its member.
			_, _ = c.TakeTurns(ctx, rot, k)
		}
		d.Member = m
		return d, nil
	}
	switch {
	case capped == 0:
		d.Overflow = "all away"
	case away == 0:
		d.Overflow = "all capped"
	default:
		d.Overflow = "all away or capped"
	}
	if t.overflow != nil {
		d.Member = *t.overflow
	}
	return d, nil
}

// member finds the member with e-mail address email: in team first, else
// in the first team, by name, that lists them.
func (r *Rules) member(email string, first *team) (string, Member, bool) {
	if i := slices.IndexFunc(first.members, func(m Member) bool { return m.Email == email }); i >= 0 {
		return first.name, first.members[i], true
	}
	for _, name := range r.Teams() {
		t := r.teams[name]
		if i := slices.IndexFunc(t.members, func(m Member) bool { return m.Email == email }); i >= 0 {
			return name, t.members[i], true
		}
	}
	return "", Member{}, false
}

// label names a member in reasons: their name, else their address.
func (m Member) label() string {
	if m.Name != "" {
		return m.Name
	}
	return m.Email
}

// turnOrder is the turn order of a team with members ms: one entry (an
// index into ms) per turn, as many as the weights add up to, spread
// smoothly. Every member earns their weight in credit at each turn; the
// turn goes to the member with the most credit (the first listed on a
// tie), who pays the sum of all weights for it. Weights 2:1 give 0 1 0,
// then again: 0 1 0 0 1 0 …, never 0 0 1 blocks. (This is the smooth
// weighted round robin that nginx's load balancer made well known.)
func turnOrder(ms []Member) []int {
	total := 0
	for _, m := range ms {
		total += m.Weight
	}
	credit := make([]int, len(ms))
	order := make([]int, 0, total)
	for range total {
		best := -1
		for i, m := range ms {
			credit[i] += m.Weight
			if best < 0 || credit[i] > credit[best] {
				best = i
			}
		}
		credit[best] -= total
		order = append(order, best)
	}
	return order
}

// TurnOrder lists, by name, who gets the turns of team, one full round
// (as many turns as the weights add up to); nil for an unknown team.
func (r *Rules) TurnOrder(team string) []string {
	t := r.teams[team]
	if t == nil {
		return nil
	}
	out := make([]string, len(t.order))
	for i, m := range t.order {
		out[i] = t.members[m].label()
	}
	return out
}

// Rotations is how many turn counters each team has. A single counter
// would put every hand-off of a busy team through one item of the table;
// with a few, the lead's id picks one, each runs through the team's
// weighted order on its own, and together they still share a team's
// leads by weight: any run of leads strays from the weighted shares by at
// most one lead per rotation.
const Rotations = 4

// rotation is the turn counter of team that the lead with id key takes its
// turn from.
func rotation(team, key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	return rotationName(team, int(h.Sum32()%Rotations))
}

// TeamRotations lists the turn counters of team.
func TeamRotations(team string) []string {
	out := make([]string, Rotations)
	for i := range out {
		out[i] = rotationName(team, i)
	}
	return out
}

// rotationName names team's turn counter i: the routing takes turns from
// it and a dry run reads it, so both must spell it alike.
func rotationName(team string, i int) string { return team + "#" + strconv.Itoa(i) }

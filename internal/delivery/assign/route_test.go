package assign

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func mustParse(t testing.TB, src string) *Rules {
	t.Helper()
	r, err := Parse("routing.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// route routes n leads of the default team at now and returns who got
// each: a member's name, the overflow inbox's, or "default" for the
// default sales address.
func route(t *testing.T, r *Rules, c Counters, n int, now time.Time) ([]string, []Decision) {
	t.Helper()
	var names []string
	var ds []Decision
	for range n {
		d, err := r.Route(context.Background(), c, RouteLead{}, now)
		if err != nil {
			t.Fatal(err)
		}
		name := d.Member.Name
		if d.Member.Email == "" {
			name = "default"
		}
		names = append(names, name)
		ds = append(ds, d)
	}
	return names, ds
}

// team is a routing file with one team, members A, B, C … with the
// given member lines (YAML flow mappings without braces).
func oneTeam(extra string, members ...string) string {
	var b strings.Builder
	b.WriteString(extra + "teams:\n  sales:\n    members:\n")
	for i, m := range members {
		fmt.Fprintf(&b, "      - {name: %c, email: %c@x.example%s}\n", 'A'+i, 'a'+i, m)
	}
	b.WriteString("default_team: sales\n")
	return b.String()
}

func TestTurnOrder(t *testing.T) {
	tests := []struct {
		weights []int
		want    string
	}{
		{[]int{1}, "A"},
		{[]int{1, 1, 1}, "A B C"},
		{[]int{2, 1}, "A B A"},
		{[]int{1, 2}, "B A B"},
		{[]int{3, 1}, "A A B A"},
		{[]int{2, 2, 1}, "A B C A B"},
	}
	for _, tt := range tests {
		var members []string
		for _, w := range tt.weights {
			members = append(members, fmt.Sprintf(", weight: %d", w))
		}
		r := mustParse(t, oneTeam("", members...))
		if got := strings.Join(r.TurnOrder("sales"), " "); got != tt.want {
			t.Errorf("weights %v: turn order %s, want %s", tt.weights, got, tt.want)
		}
	}
	if r := mustParse(t, oneTeam("", "")); r.TurnOrder("nobody") != nil {
		t.Error("an unknown team has a turn order")
	}
}

// TestTurnOrderIsSmooth: in every run of turns from the start of a round,
// each member has had their share by weight, give or take one turn,
// whatever the weights.
func TestTurnOrderIsSmooth(t *testing.T) {
	for _, weights := range [][]int{{2, 1}, {5, 3, 2}, {1, 1, 7}, {10, 1, 1, 1}, {3, 3, 4, 100}, {7, 5, 3, 2, 1}} {
		ms := make([]Member, len(weights))
		total := 0
		for i, w := range weights {
			ms[i] = Member{Name: string(rune('A' + i)), Weight: w}
			total += w
		}
		order := turnOrder(ms)
		if len(order) != total {
			t.Fatalf("weights %v: %d turns, want %d", weights, len(order), total)
		}
		had := make([]int, len(ms))
		for k, i := range order {
			had[i]++
			for j, w := range weights {
				share := float64(k+1) * float64(w) / float64(total)
				if math.Abs(float64(had[j])-share) > 1 {
					t.Fatalf("weights %v: after %d turns member %d had %d, share %.2f", weights, k+1, j, had[j], share)
				}
			}
		}
	}
}

var dec1 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

func TestRouteTakesTurnsByWeight(t *testing.T) {
	r := mustParse(t, oneTeam("", ", weight: 2", ""))
	got, ds := route(t, r, NewMemoryCounters(Snapshot{}), 12, dec1)
	if want := "A B A A B A A B A A B A"; strings.Join(got, " ") != want {
		t.Fatalf("leads went to %v, want %s", got, want)
	}
	for i := 0; i+3 <= len(got); i++ {
		if n := strings.Count(strings.Join(got[i:i+3], ""), "A"); n != 2 {
			t.Errorf("leads %d-%d went to %v: not 2 A to 1 B", i+1, i+3, got[i:i+3])
		}
	}
	if d := ds[0]; d.Team != "sales" || d.Rule != "default team" || d.Reason() != "default team" || d.Overflow != "" || len(d.Skipped) != 0 || d.Member.Email != "a@x.example" {
		t.Errorf("first decision %+v (%s)", d, d.Reason())
	}
}

// TestRouteSkipsMembersAway: the dates are days in the routing time zone,
// both included; the others share the leads evenly meanwhile.
func TestRouteSkipsMembersAway(t *testing.T) {
	r := mustParse(t, oneTeam("time_zone: Europe/Berlin\n", "", ", away: {from: 2026-12-20, until: 2027-01-04}", ""))
	tests := []struct {
		name string
		now  time.Time
		want string
	}{
		{"the evening before, in Berlin", time.Date(2026, 12, 19, 22, 59, 0, 0, time.UTC), "A B C A B C"},
		{"the first day, from midnight in Berlin", time.Date(2026, 12, 19, 23, 0, 0, 0, time.UTC), "A C A C A C"},
		{"the last day", time.Date(2027, 1, 4, 22, 59, 0, 0, time.UTC), "A C A C A C"},
		{"the day after", time.Date(2027, 1, 4, 23, 0, 0, 0, time.UTC), "A B C A B C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ds := route(t, r, NewMemoryCounters(Snapshot{}), 6, tt.now)
			if strings.Join(got, " ") != tt.want {
				t.Fatalf("leads went to %v, want %s", got, tt.want)
			}
			if tt.want[2] == 'C' {
				if want := "default team; skipped B: away until 2027-01-04"; ds[1].Reason() != want {
					t.Errorf("second lead: %q, want %q", ds[1].Reason(), want)
				}
				if len(ds[0].Skipped) != 0 {
					t.Errorf("first lead skipped %v", ds[0].Skipped)
				}
			}
		})
	}
	// No from: away already.
	r = mustParse(t, oneTeam("", ", away: {until: 2026-12-01}", ""))
	if got, _ := route(t, r, NewMemoryCounters(Snapshot{}), 2, dec1); strings.Join(got, " ") != "B B" {
		t.Errorf("away without from: %v", got)
	}
}

func TestRouteDailyCap(t *testing.T) {
	r := mustParse(t, "time_zone: America/New_York\n"+
		"teams:\n  sales:\n    overflow: {name: Sales inbox, email: Inbox@x.example}\n    members:\n"+
		"      - {name: A, email: a@x.example, daily_cap: 2}\n"+
		"      - {name: B, email: b@x.example, daily_cap: 1}\n"+
		"  solo:\n    members:\n      - {name: S, email: s@x.example, daily_cap: 1}\n"+
		"rules:\n  - {name: solo, forms: [solo], team: solo}\n"+
		"default_team: sales\n")
	c := NewMemoryCounters(Snapshot{})
	got, ds := route(t, r, c, 5, dec1)
	if want := "A B A Sales inbox Sales inbox"; strings.Join(got, " ") != want {
		t.Fatalf("leads went to %v, want %s", got, want)
	}
	if d := ds[3]; d.Overflow != "all capped" || d.Member.Email != "inbox@x.example" ||
		d.Reason() != "default team; overflow: all capped; skipped B: daily cap of 1 reached; skipped A: daily cap of 2 reached" {
		t.Errorf("overflow decision %+v: %s", d, d.Reason())
	}
	// The caps hold until midnight in New York (05:00 UTC), not in UTC.
	if got, _ := route(t, r, c, 1, time.Date(2026, 12, 2, 4, 59, 0, 0, time.UTC)); got[0] != "Sales inbox" {
		t.Errorf("at 23:59 in New York: %v, want the inbox", got)
	}
	if got, _ := route(t, r, c, 3, time.Date(2026, 12, 2, 5, 0, 0, 0, time.UTC)); strings.Join(got, " ") != "A B A" {
		t.Errorf("at midnight in New York: %v, want A B A", got)
	}
	// A team without an inbox overflows to the default sales address.
	solo := RouteLead{FormID: "solo"}
	for i, want := range []string{"s@x.example", ""} {
		d, err := r.Route(context.Background(), c, solo, dec1)
		if err != nil || d.Member.Email != want || d.Team != "solo" {
			t.Fatalf("solo lead %d: %+v, %v; want %q", i+1, d, err, want)
		}
		if i == 1 && d.Reason() != "rule solo; overflow: all capped; skipped S: daily cap of 1 reached" {
			t.Errorf("reason %q", d.Reason())
		}
	}
}

func TestRouteOverflowReasons(t *testing.T) {
	tests := []struct {
		name    string
		members []string
		want    string
	}{
		{"all away", []string{", away: {until: 2030-01-01}", ", away: {until: 2030-01-01}"}, "all away"},
		{"away and capped", []string{", away: {until: 2030-01-01}", ", daily_cap: 1"}, "all away or capped"},
	}
	for _, tt := range tests {
		r := mustParse(t, oneTeam("", tt.members...))
		c := NewMemoryCounters(Snapshot{Day: "2026-12-01", Counts: map[string]int64{"b@x.example": 1}})
		_, ds := route(t, r, c, 1, dec1)
		if ds[0].Overflow != tt.want || ds[0].Member != (Member{}) {
			t.Errorf("%s: %+v, want overflow %q to the default address", tt.name, ds[0], tt.want)
		}
	}
}

// TestRouteKeepsSharesWhileCapped: while one member is at their cap, the
// others still take turns, rather than the next in line getting theirs.
func TestRouteKeepsSharesWhileCapped(t *testing.T) {
	r := mustParse(t, oneTeam("", ", daily_cap: 1", "", "", ""))
	got, _ := route(t, r, NewMemoryCounters(Snapshot{}), 13, dec1)
	if want := "A B C D B C D B C D B C D"; strings.Join(got, " ") != want {
		t.Fatalf("leads went to %v, want %s", got, want)
	}
}

// calls records the counters Route used.
type calls struct {
	Counters
	log  []string
	fail error
}

func (c *calls) TakeTurns(ctx context.Context, team string, n int64) (int64, error) {
	c.log = append(c.log, fmt.Sprintf("turns %s +%d", team, n))
	if c.fail != nil {
		return 0, c.fail
	}
	return c.Counters.TakeTurns(ctx, team, n)
}

func (c *calls) CountLead(ctx context.Context, email, day string, limit int) (bool, error) {
	c.log = append(c.log, fmt.Sprintf("count %s %s max %d", email, day, limit))
	if c.fail != nil {
		return false, c.fail
	}
	return c.Counters.CountLead(ctx, email, day, limit)
}

func TestRouteWritesOneTurnAndOneCount(t *testing.T) {
	r := mustParse(t, oneTeam("", ", away: {until: 2030-01-01}", ", daily_cap: 5", ""))
	c := &calls{Counters: NewMemoryCounters(Snapshot{})}
	_, ds := route(t, r, c, 3, dec1)
	want := []string{
		// A is away: B, and the turn passed over is taken too.
		"turns sales#r +1", "count b@x.example 2026-12-01 max 5", "turns sales#r +1",
		"turns sales#r +1",
		// A again: B.
		"turns sales#r +1", "count b@x.example 2026-12-01 max 5", "turns sales#r +1",
	}
	// Leads without an id all take their turns from one rotation.
	for i := range want {
		want[i] = strings.Replace(want[i], "sales#r", rotation("sales", ""), 1)
	}
	if !slices.Equal(c.log, want) {
		t.Errorf("counter calls\n%s\nwant\n%s", strings.Join(c.log, "\n"), strings.Join(want, "\n"))
	}
	if ds[1].Member.Name != "C" {
		t.Errorf("second lead went to %s", ds[1].Member.Name)
	}
	boom := errors.New("table unavailable")
	c.fail = boom
	if d, err := r.Route(context.Background(), c, RouteLead{}, dec1); !errors.Is(err, boom) || d.Member.Email != "" {
		t.Errorf("with the counters failing: %+v, %v", d, err)
	}
}

func TestOwnerFirst(t *testing.T) {
	const src = "owner_first: true\n" +
		"teams:\n" +
		"  emea:\n    members:\n" +
		"      - {name: Lena, email: lena@x.example, daily_cap: 1}\n" +
		"      - {name: Tomas, email: tomas@x.example, away: {until: 2030-01-01}}\n" +
		"  inbound:\n    members:\n" +
		"      - {name: Sam, email: sam@x.example}\n" +
		"      - {name: Alex, email: alex@x.example}\n" +
		"default_team: inbound\n"
	full := NewMemoryCounters(Snapshot{Day: "2026-12-01", Counts: map[string]int64{"lena@x.example": 1}})
	tests := []struct {
		name        string
		src         string
		owner       string
		wantTeam    string
		wantMember  string
		wantReason  string
		wantTurnsOf string // the team whose turn was taken, "" for none
	}{
		{"back to the rep, in another team, over their cap", src, "Lena@X.example", "emea", "lena@x.example", "owner-first", ""},
		{"the rep is in the lead's own team", src, "alex@x.example", "inbound", "alex@x.example", "owner-first", ""},
		{"the rep is away", src, "tomas@x.example", "inbound", "sam@x.example", "default team; skipped owner Tomas: away until 2030-01-01", "inbound"},
		{"the rep left", src, "gone@x.example", "inbound", "sam@x.example", "default team", "inbound"},
		{"no earlier owner", src, "", "inbound", "sam@x.example", "default team", "inbound"},
		{"owner_first is off", strings.TrimPrefix(src, "owner_first: true\n"), "lena@x.example", "inbound", "sam@x.example", "default team", "inbound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, tt.src)
			c := &calls{Counters: full}
			d, err := r.Route(context.Background(), c, RouteLead{EarlierOwner: tt.owner}, dec1)
			if err != nil {
				t.Fatal(err)
			}
			if d.Team != tt.wantTeam || d.Member.Email != tt.wantMember || d.Reason() != tt.wantReason || d.OwnerFirst != (tt.wantReason == "owner-first") {
				t.Errorf("decision %+v (%s), want %s in %s (%s)", d, d.Reason(), tt.wantMember, tt.wantTeam, tt.wantReason)
			}
			var want []string
			if tt.wantTurnsOf != "" {
				want = []string{"turns " + rotation(tt.wantTurnsOf, "") + " +1"}
			}
			if !slices.Equal(c.log, want) {
				t.Errorf("counter calls %v, want %v", c.log, want)
			}
			full = NewMemoryCounters(Snapshot{Day: "2026-12-01", Counts: map[string]int64{"lena@x.example": 1}})
		})
	}
}

func TestReason(t *testing.T) {
	tests := []struct {
		d    Decision
		want string
	}{
		{Decision{Rule: "rule emea-demo"}, "rule emea-demo"},
		{Decision{Rule: "rule emea-demo", OwnerFirst: true}, "owner-first"},
		{Decision{Rule: "default team", Skipped: []string{"Lena: away until 2027-01-04"}}, "default team; skipped Lena: away until 2027-01-04"},
		{Decision{Rule: "rule big", Overflow: "all capped", Skipped: []string{"A: daily cap of 1 reached", "B: daily cap of 2 reached"}},
			"rule big; overflow: all capped; skipped A: daily cap of 1 reached; skipped B: daily cap of 2 reached"},
	}
	for _, tt := range tests {
		if got := tt.d.Reason(); got != tt.want {
			t.Errorf("Reason() = %q, want %q", got, tt.want)
		}
		if got, want, _ := strings.Cut(tt.want, "; skipped"); tt.d.Summary() != got {
			t.Errorf("Summary() = %q, want %q", tt.d.Summary(), want)
		}
	}
}

// TestRotationsShareByWeight: leads with different ids take their turns
// from different rotations, and together the rotations still share the
// team's leads by weight, each member within one lead per rotation of its
// share.
func TestRotationsShareByWeight(t *testing.T) {
	r := mustParse(t, oneTeam("", ", weight: 2", "", ""))
	c := &calls{Counters: NewMemoryCounters(Snapshot{})}
	got := map[string]int{}
	for _, n := range []int{1, 7, 40, 401} {
		clear(got)
		c.log = nil
		for i := range n {
			d, err := r.Route(context.Background(), c, RouteLead{Key: fmt.Sprintf("lead-%d-%d", n, i)}, dec1)
			if err != nil {
				t.Fatal(err)
			}
			got[d.Member.Name]++
		}
		for name, weight := range map[string]int{"A": 2, "B": 1, "C": 1} {
			share := float64(n*weight) / 4
			if diff := float64(got[name]) - share; diff > Rotations || diff < -Rotations {
				t.Errorf("%d leads: %s got %d, share %.1f", n, name, got[name], share)
			}
		}
	}
	used := map[string]bool{}
	for _, l := range c.log {
		used[l] = true
	}
	if len(used) != Rotations {
		t.Errorf("401 leads used rotations %v, want all %d", slices.Sorted(maps.Keys(used)), Rotations)
	}
}

// Package assign decides which sales team, and which member of it, gets a
// qualified lead. Rules come from config/routing.yaml (docs/routing.md
// explains each field for sales operations):
//
//	time_zone: Europe/Berlin  # the calendar of daily caps and time away (default UTC)
//	owner_first: true         # a returning person goes back to their rep
//	regions:                  # optional named country lists
//	  dach: [DE, AT, CH]
//	teams:
//	  emea:
//	    overflow: {name: EMEA sales, email: emea@northwind.example}
//	    members:
//	      - {name: Lena Vogel, email: lena@northwind.example, weight: 2, daily_cap: 15}
//	      - name: Tomás Ortega
//	        email: tomas@northwind.example
//	        away: {from: 2026-12-20, until: 2027-01-04}
//	rules:                    # first match wins
//	  - name: dach-enterprise
//	    forms: [demo]           # form IDs (any of)
//	    countries: [FR]         # ISO codes or names (any of, together with regions)
//	    regions: [dach]
//	    segments: [general]     # fit segments (any of)
//	    company_size: {min: 200}  # whole size band must lie in [min, max]
//	    team: emea
//	default_team: inbound
//
// # The team
//
// Every condition given in a rule must hold; a rule with no conditions
// matches everything. The first matching rule names the team, else
// default_team does.
//
// # The member
//
// Route decides, in this order:
//
//  1. Owner-first (owner_first: true, for every team): a person whose
//     earlier lead had an owner (RouteLead.EarlierOwner) goes back to that
//     rep when the rep is still a member of some team and not away that
//     day, whichever team the rules name. Daily caps do not apply, and such
//     a lead neither takes a turn nor counts towards the rep's cap: it is
//     a conversation the rep already has, not a new share of the work.
//  2. The team's turn order: each hand-off takes the next turn of one of
//     the team's rotations (one atomic add to that rotation's counter in
//     the table, Counters.TakeTurns; the lead's id picks the rotation, so
//     that a busy team's hand-offs are spread over several items rather
//     than all updating one).
//     Turns run through the team's weighted order (TurnOrder), a smooth
//     weighted round robin: weights 2:1 give A B A A B A …, never A A B
//     blocks, so every run of leads, however short, is shared by weight.
//     A member away that day is skipped; so is a member whose count of
//     leads that calendar day has reached their daily_cap (the count is
//     taken with a conditional add, Counters.CountLead, so two hand-offs
//     can never both take the last lead under a cap). The skipped turns are
//     then taken too (a second add, only when somebody was skipped), so
//     that the next lead goes to the member after the one who got this
//     one: the others keep even shares while somebody is away or capped.
//  3. Overflow: when every member is away or capped, the lead goes to the
//     team's overflow inbox, or, when the team has none, to the default
//     sales address (Decision.Member is then empty), and the decision says
//     why ("overflow: all capped").
//
// Away dates are calendar days in time_zone, both included: from
// 2026-12-20 until 2027-01-04 means the member gets leads again on
// 2027-01-05. A daily cap counts the leads of one calendar day in
// time_zone.
//
// Concurrent hand-offs each get a turn of their own; only when one of them
// skips somebody can two land on the same member, the one after the skipped.
// A person's daily cap and time away are the person's: a member listed in
// several teams must have the same in each (Parse checks), and has one
// count per day, whichever team's lead it was.
//
// A hand-off that takes a turn (and a count) and dies before it records
// the owner leaves them taken: the package handoff says when, and why that
// over-count is accepted.
//
// # Dry runs
//
// Simulate runs the same decisions over a list of leads with counters in
// memory, started from a snapshot of the table's (ReadSnapshot), and writes
// nothing: what the console's routing dry-run shows.
package assign

import (
	"maps"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/yamlcheck"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/region"
)

// Member is one person who receives leads, or a team's overflow inbox.
type Member struct {
	Name  string
	Email string
	// Weight is the member's share of the team's turns (1 to MaxWeight).
	Weight int
	// DailyCap is the most leads the member gets by turn in one calendar
	// day; 0 means no cap.
	DailyCap int
	// Away is the member's time off; the zero value means none.
	Away Away
}

// Away is a time off: calendar days (YYYY-MM-DD) in the routing file's
// time zone, both included. From "" means already away.
type Away struct {
	From, Until string
}

// On reports whether day (YYYY-MM-DD) lies in the time off.
func (a Away) On(day string) bool {
	return a.Until != "" && a.From <= day && day <= a.Until
}

// MaxWeight bounds a member's weight: a team's turn order has as many
// turns as its weights add up to.
const MaxWeight = 100

// RouteLead is what routing looks at.
type RouteLead struct {
	FormID string
	// Country is an ISO code or a country name; it is normalized.
	Country string
	// CompanySize is the submitted band, e.g. "51-200", "1000+", "10".
	CompanySize string
	// Segment is the fit segment from qualification.
	Segment string
	// Key is the lead's id: it picks which of the team's rotations the
	// lead takes its turn from (and names the lead for callers).
	Key string
	// Email is the person's address; a dry run sends a person's later
	// leads to the owner it gave their first (owner-first).
	Email string
	// EarlierOwner is the e-mail address of the owner of the person's
	// latest earlier lead, "" when none had one (owner-first).
	EarlierOwner string
}

// Rules is a parsed routing file. It is immutable and safe for concurrent
// use.
type Rules struct {
	teams       map[string]*team
	rules       []rule
	defaultTeam string
	loc         *time.Location
	ownerFirst  bool
}

// team is a team's members, in file order, and its turn order.
type team struct {
	name     string
	members  []Member
	order    []int // indexes into members, one per turn (Order)
	overflow *Member
}

type rule struct {
	name      string
	forms     []string
	countries map[string]bool
	segments  []string
	minSize   int64
	maxSize   int64 // 0 = unbounded
	hasSize   bool
	team      string
}

type sizeRange struct {
	Min int64 `yaml:"min"`
	Max int64 `yaml:"max"`
}

type fileRule struct {
	Name        string     `yaml:"name"`
	Forms       []string   `yaml:"forms"`
	Countries   []string   `yaml:"countries"`
	Regions     []string   `yaml:"regions"`
	Segments    []string   `yaml:"segments"`
	CompanySize *sizeRange `yaml:"company_size"`
	Team        string     `yaml:"team"`
}

type fileAway struct {
	From  string `yaml:"from"`
	Until string `yaml:"until"`
}

type fileMember struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
	// Pointers tell a number left out (the default) from a 0 written.
	Weight   *int      `yaml:"weight"`
	DailyCap *int      `yaml:"daily_cap"`
	Away     *fileAway `yaml:"away"`
}

type fileInbox struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
}

type fileTeam struct {
	Members  []fileMember `yaml:"members"`
	Overflow *fileInbox   `yaml:"overflow"`
}

type file struct {
	TimeZone    string              `yaml:"time_zone"`
	OwnerFirst  bool                `yaml:"owner_first"`
	Regions     map[string][]string `yaml:"regions"`
	Teams       map[string]fileTeam `yaml:"teams"`
	Rules       []fileRule          `yaml:"rules"`
	DefaultTeam string              `yaml:"default_team"`
}

// Parse reads a routing file. name is used in error positions. All
// problems are reported together as yamlcheck.Errors (file:line:col).
func Parse(name string, data []byte) (*Rules, error) {
	var f file
	root, es := yamlcheck.Decode(name, data, &f)
	if es != nil {
		return nil, es.Err()
	}
	at := func(path ...any) *yamlcheck.Node { return yamlcheck.At(root, path...) }
	add := func(n *yamlcheck.Node, format string, args ...any) { es.Add(name, n, format, args...) }

	r := &Rules{teams: map[string]*team{}, defaultTeam: f.DefaultTeam, loc: time.UTC, ownerFirst: f.OwnerFirst}
	if f.TimeZone != "" {
		loc, err := time.LoadLocation(f.TimeZone)
		if err != nil || f.TimeZone == "Local" {
			add(at("time_zone"), "time_zone %q is not a time zone (use a name such as Europe/Berlin or America/New_York)", f.TimeZone)
		} else {
			r.loc = loc
		}
	}
	regions := map[string]map[string]bool{}
	for rname, list := range f.Regions {
		set := map[string]bool{}
		for i, c := range list {
			code, ok := region.Normalize(c)
			if !ok {
				add(at("regions", rname, i), "region %q: unknown country %q", rname, c)
				continue
			}
			set[code] = true
		}
		regions[rname] = set
	}
	if len(f.Teams) == 0 {
		add(at("teams"), "no teams defined")
	}
	// people holds each person's first listing, in team name order, to
	// check that their cap and time away agree wherever they are listed.
	people := map[string]Member{}
	for _, tname := range slices.Sorted(maps.Keys(f.Teams)) {
		t := f.Teams[tname]
		if len(t.Members) == 0 {
			add(at("teams", tname), "team %q has no members", tname)
		}
		tm := &team{name: tname}
		seen := map[string]bool{}
		for i, fm := range t.Members {
			at := func(path ...any) *yamlcheck.Node { return at(append([]any{"teams", tname, "members", i}, path...)...) }
			addr, ok := address(fm.Email)
			if !ok {
				add(at("email"), "team %q: invalid email %q", tname, fm.Email)
				continue
			}
			if seen[addr] {
				add(at("email"), "team %q: %s listed twice", tname, addr)
			}
			seen[addr] = true
			if strings.ContainsAny(fm.Name, "\r\n\x00") {
				add(at("name"), "team %q: name contains a line break", tname)
			}
			m := Member{Name: strings.TrimSpace(fm.Name), Email: addr, Weight: 1}
			if fm.Weight != nil {
				m.Weight = *fm.Weight
				if m.Weight < 1 || m.Weight > MaxWeight {
					add(at("weight"), "team %q: %s: weight must be a whole number from 1 to %d", tname, addr, MaxWeight)
				}
			}
			if fm.DailyCap != nil {
				m.DailyCap = *fm.DailyCap
				if m.DailyCap < 1 {
					add(at("daily_cap"), "team %q: %s: daily_cap must be 1 or more (leave it out for no cap)", tname, addr)
				}
			}
			if a := fm.Away; a != nil {
				m.Away = Away{From: a.From, Until: a.Until}
				switch {
				case a.Until == "":
					add(at("away"), "team %q: %s: away needs until (the last day away, YYYY-MM-DD)", tname, addr)
				case !isDay(a.Until):
					add(at("away", "until"), "team %q: %s: away until %q is not a date (YYYY-MM-DD)", tname, addr, a.Until)
				}
				switch {
				case a.From != "" && !isDay(a.From):
					add(at("away", "from"), "team %q: %s: away from %q is not a date (YYYY-MM-DD)", tname, addr, a.From)
				case a.From != "" && isDay(a.Until) && a.Until < a.From:
					add(at("away", "until"), "team %q: %s: away until %s is before from %s", tname, addr, a.Until, a.From)
				}
			}
			if p, ok := people[addr]; !ok {
				people[addr] = m
			} else if p.DailyCap != m.DailyCap || p.Away != m.Away {
				add(at("email"), "team %q: %s has a different daily_cap or away in another team: a person's cap and time away are the same in every team", tname, addr)
			}
			tm.members = append(tm.members, m)
		}
		if o := t.Overflow; o != nil {
			addr, ok := address(o.Email)
			switch {
			case !ok:
				add(at("teams", tname, "overflow", "email"), "team %q: overflow: invalid email %q", tname, o.Email)
			case strings.ContainsAny(o.Name, "\r\n\x00"):
				add(at("teams", tname, "overflow", "name"), "team %q: overflow: name contains a line break", tname)
			default:
				tm.overflow = &Member{Name: strings.TrimSpace(o.Name), Email: addr}
			}
		}
		r.teams[tname] = tm
	}
	if f.DefaultTeam == "" {
		add(root, "default_team is required")
	} else if _, ok := f.Teams[f.DefaultTeam]; !ok {
		add(at("default_team"), "default_team %q is not a defined team", f.DefaultTeam)
	}
	for i, fr := range f.Rules {
		label := fr.Name
		if label == "" {
			label = "#" + strconv.Itoa(i+1)
		}
		ru := rule{name: label, forms: fr.Forms, segments: fr.Segments, team: fr.Team}
		if _, ok := f.Teams[fr.Team]; !ok {
			add(at("rules", i, "team"), "rule %s: team %q is not defined", label, fr.Team)
		}
		if len(fr.Countries)+len(fr.Regions) > 0 {
			ru.countries = map[string]bool{}
		}
		for j, c := range fr.Countries {
			code, ok := region.Normalize(c)
			if !ok {
				add(at("rules", i, "countries", j), "rule %s: unknown country %q", label, c)
				continue
			}
			ru.countries[code] = true
		}
		for j, rg := range fr.Regions {
			set, ok := regions[rg]
			if !ok {
				add(at("rules", i, "regions", j), "rule %s: region %q is not defined under regions", label, rg)
				continue
			}
			for c := range set {
				ru.countries[c] = true
			}
		}
		if s := fr.CompanySize; s != nil {
			if s.Min < 0 || s.Max < 0 || (s.Max > 0 && s.Max < s.Min) || (s.Min == 0 && s.Max == 0) {
				add(at("rules", i, "company_size"), "rule %s: company_size needs 0 <= min <= max (and one of them set)", label)
			}
			ru.hasSize, ru.minSize, ru.maxSize = true, s.Min, s.Max
		}
		r.rules = append(r.rules, ru)
	}
	if err := es.Err(); err != nil {
		return nil, err
	}
	for _, t := range r.teams {
		// Only now are the weights known to be in range.
		t.order = turnOrder(t.members)
	}
	return r, nil
}

// address is s as a bare, lower-cased e-mail address, when it is one.
func address(s string) (string, bool) {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || strings.ContainsAny(s, "<>") {
		return "", false
	}
	return strings.ToLower(a.Address), true
}

// isDay reports whether s is a calendar date written YYYY-MM-DD.
func isDay(s string) bool {
	d, err := time.Parse(time.DateOnly, s)
	return err == nil && d.Format(time.DateOnly) == s
}

// Team returns the team for a lead (the first matching rule's, else the
// default team) and a copy of its members.
func (r *Rules) Team(l RouteLead) (team string, members []Member) {
	t, _ := r.match(l)
	return t.name, slices.Clone(t.members)
}

// match is the lead's team and why: "rule <name>" or "default team".
func (r *Rules) match(l RouteLead) (*team, string) {
	for _, ru := range r.rules {
		if ru.matches(l) {
			return r.teams[ru.team], "rule " + ru.name
		}
	}
	return r.teams[r.defaultTeam], "default team"
}

// Teams returns the defined team names, sorted.
func (r *Rules) Teams() []string {
	return slices.Sorted(maps.Keys(r.teams))
}

// Overflow is the team's overflow inbox; ok is false when the team has
// none (its overflow goes to the default sales address).
func (r *Rules) Overflow(team string) (inbox Member, ok bool) {
	t := r.teams[team]
	if t == nil || t.overflow == nil {
		return Member{}, false
	}
	return *t.overflow, true
}

// OwnerFirst reports whether returning people go back to their earlier
// owner (the file's owner_first).
func (r *Rules) OwnerFirst() bool { return r.ownerFirst }

// Location is the time zone of daily caps and time away (time_zone).
func (r *Rules) Location() *time.Location { return r.loc }

// Day is the calendar day (YYYY-MM-DD) of t in the routing time zone: the
// day a daily cap counts and time away is checked for.
func (r *Rules) Day(t time.Time) string { return t.In(r.loc).Format(time.DateOnly) }

func (ru *rule) matches(l RouteLead) bool {
	if len(ru.forms) > 0 && !slices.Contains(ru.forms, l.FormID) {
		return false
	}
	if len(ru.segments) > 0 && !slices.Contains(ru.segments, l.Segment) {
		return false
	}
	if ru.countries != nil {
		c, ok := region.Normalize(l.Country)
		if !ok || !ru.countries[c] {
			return false
		}
	}
	if ru.hasSize {
		lo, hi, ok := SizeBand(l.CompanySize)
		if !ok || lo < ru.minSize || (ru.maxSize > 0 && (hi < 0 || hi > ru.maxSize)) {
			return false
		}
	}
	return true
}

var numRE = regexp.MustCompile(`\d[\d,.\s]*`)

// SizeBand parses a company-size answer into its lowest and highest
// head-count; hi is -1 for open-ended bands ("1000+", "over 5000").
// Examples: "51-200" → 51, 200; "10" → 10, 10; "1,000+" → 1000, -1;
// "<10" or "under 10" → 0, 10; "5k+" → 5000, -1. ok is false when no
// number is found.
func SizeBand(s string) (lo, hi int64, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	matches := numRE.FindAllStringIndex(s, 2)
	if len(matches) == 0 {
		return 0, 0, false
	}
	var nums []int64
	for _, m := range matches {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s[m[0]:m[1]])
		v, err := strconv.ParseInt(digits, 10, 64)
		if err != nil {
			return 0, 0, false
		}
		if m[1] < len(s) && s[m[1]] == 'k' {
			v *= 1000
		}
		nums = append(nums, v)
	}
	prefix := s[:matches[0][0]]
	switch {
	case strings.Contains(prefix, "<") || strings.Contains(prefix, "under") ||
		strings.Contains(prefix, "less") || strings.Contains(prefix, "up to"):
		return 0, nums[0], true
	case strings.Contains(s, "+") || strings.Contains(prefix, ">") ||
		strings.Contains(s, "over") || strings.Contains(s, "more") || strings.Contains(s, "above"):
		return nums[0], -1, true
	case len(nums) == 2 && nums[1] >= nums[0]:
		return nums[0], nums[1], true
	}
	return nums[0], nums[0], true
}

// RuleRefs names what one routing rule refers to outside the routing file:
// form ids and fit segments. Configuration checks compare them with the
// forms and rules files.
type RuleRefs struct {
	Rule     string
	Forms    []string
	Segments []string
}

// Refs lists every rule's references to forms and segments, in rule order.
func (r *Rules) Refs() []RuleRefs {
	out := make([]RuleRefs, 0, len(r.rules))
	for _, ru := range r.rules {
		out = append(out, RuleRefs{Rule: ru.name, Forms: append([]string(nil), ru.forms...), Segments: append([]string(nil), ru.segments...)})
	}
	return out
}

// LeadOf is what routing looks at of stored lead l: the hand-off routes
// by it, and the console's dry-run tries a draft on it.
func LeadOf(l *lead.Lead) RouteLead {
	rl := RouteLead{FormID: l.FormID, Country: l.Fields.Country, CompanySize: l.Fields.CompanySize, Key: l.ID, Email: l.Email}
	if l.Fit != nil {
		rl.Segment = l.Fit.Segment
	}
	return rl
}

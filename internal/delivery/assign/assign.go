// Package assign decides which sales team, and which member of it, gets a
// qualified lead. Rules come from config/routing.yaml:
//
//	regions:                 # optional named country lists
//	  dach: [DE, AT, CH]
//	teams:
//	  emea:
//	    members:
//	      - {name: Lena Vogel, email: lena@northwind.example}
//	rules:                   # first match wins
//	  - name: dach-enterprise
//	    forms: [demo]          # form IDs (any of)
//	    countries: [FR]        # ISO codes or names (any of, together with regions)
//	    regions: [dach]
//	    segments: [general]    # fit segments (any of)
//	    company_size: {min: 200}  # whole size band must lie in [min, max]
//	    team: emea
//	default_team: inbound
//
// Every condition given in a rule must hold; a rule with no conditions
// matches everything. Within a team, the lead's id picks the member: a
// hash of the id and the team, so that every member gets an even share of
// a team's leads over many leads, a lead's retries go to the same member,
// and no hand-off writes a shared turn counter (one write unit per lead,
// and a hot item under load). Lead ids carry random bits the submitter
// does not choose, so nobody can steer a lead to a member.
package assign

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/leadsieve/leadsieve/internal/config/yamlcheck"
	"github.com/leadsieve/leadsieve/internal/region"
)

// Member is one person who receives leads.
type Member struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
}

// RouteLead is what routing looks at.
type RouteLead struct {
	FormID string
	// Country is an ISO code or a country name; it is normalized.
	Country string
	// CompanySize is the submitted band, e.g. "51-200", "1000+", "10".
	CompanySize string
	// Segment is the fit segment from qualification.
	Segment string
	// Key picks the member within the team (the lead id).
	Key string
}

// turn is the index, in 0..n-1, of the member of team that lead key k
// goes to: a hash of both, even over many keys.
func turn(team, k string, n int) int {
	h := sha256.Sum256([]byte(team + "\x00" + k))
	return int(binary.BigEndian.Uint64(h[:8]) % uint64(n))
}

// ErrNoMembers is returned by Pick when the chosen team has no members
// (Parse prevents this for parsed rules).
var ErrNoMembers = errors.New("routing: team has no members")

// Rules is a parsed routing file. It is immutable and safe for concurrent
// use.
type Rules struct {
	teams       map[string][]Member
	rules       []rule
	defaultTeam string
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

type fileTeam struct {
	Members []Member `yaml:"members"`
}

type file struct {
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

	r := &Rules{teams: map[string][]Member{}, defaultTeam: f.DefaultTeam}
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
	for tname, t := range f.Teams {
		if len(t.Members) == 0 {
			add(at("teams", tname), "team %q has no members", tname)
		}
		seen := map[string]bool{}
		for i, m := range t.Members {
			a, err := mail.ParseAddress(m.Email)
			if err != nil || a.Name != "" || strings.ContainsAny(m.Email, "<>") {
				add(at("teams", tname, "members", i, "email"), "team %q: invalid email %q", tname, m.Email)
				continue
			}
			addr := strings.ToLower(a.Address)
			if seen[addr] {
				add(at("teams", tname, "members", i, "email"), "team %q: %s listed twice", tname, addr)
			}
			seen[addr] = true
			if strings.ContainsAny(m.Name, "\r\n\x00") {
				add(at("teams", tname, "members", i, "name"), "team %q: name contains a line break", tname)
			}
			r.teams[tname] = append(r.teams[tname], Member{Name: strings.TrimSpace(m.Name), Email: addr})
		}
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
	return r, nil
}

// Team returns the team for a lead (the first matching rule's, else the
// default team) and a copy of its members.
func (r *Rules) Team(l RouteLead) (team string, members []Member) {
	team = r.defaultTeam
	for _, ru := range r.rules {
		if ru.matches(l) {
			team = ru.team
			break
		}
	}
	return team, slices.Clone(r.teams[team])
}

// Teams returns the defined team names, sorted.
func (r *Rules) Teams() []string {
	out := make([]string, 0, len(r.teams))
	for t := range r.teams {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// Pick chooses the member of the lead's team who gets the lead, by the
// lead's key (see the package doc).
func (r *Rules) Pick(l RouteLead) (Member, error) {
	team, members := r.Team(l)
	if len(members) == 0 {
		return Member{}, fmt.Errorf("%w: %q", ErrNoMembers, team)
	}
	return members[turn(team, l.Key, len(members))], nil
}

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

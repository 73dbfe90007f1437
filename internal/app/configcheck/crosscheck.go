// Package configcheck finds contradictions between configuration files that
// are each valid on their own: a routing rule for a form that does not
// exist, rules for an unknown form, a fit segment no sequence enrolls, a
// sequence or routing rule for a segment the rules never produce. Each file's
// own parser checks the file; only the checks that need two files live here.
//
// The shipped configuration is embedded in every binary and checked by this
// package's tests, so a contradiction fails `make test` before it can be
// deployed; `leadctl config check` runs the same checks on edited copies.
package configcheck

import (
	"fmt"
	"sort"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
)

// Config is one complete configuration, each part already parsed.
type Config struct {
	Forms     *forms.Set
	Rules     *rules.Set
	Routing   *assign.Rules
	Sequences []*nurture.Sequence
}

// Check returns every contradiction between the parts of c, one sentence
// each, sorted; none means the parts agree.
func Check(c Config) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	known := map[string]bool{}
	for _, id := range c.Forms.IDs() {
		known[id] = true
	}
	for _, id := range c.Rules.Forms() {
		if !known[id] {
			add("rules.yaml: settings for form %q, which forms.yaml does not define", id)
		}
	}
	segments := c.Rules.Segments()
	for _, ref := range c.Routing.Refs() {
		for _, id := range ref.Forms {
			if !known[id] {
				add("routing.yaml: rule %s names form %q, which forms.yaml does not define (the rule can never match)", ref.Rule, id)
			}
		}
		for _, seg := range ref.Segments {
			if _, ok := segments[seg]; !ok {
				add("routing.yaml: rule %s names segment %q, which rules.yaml does not declare (the rule can never match)", ref.Rule, seg)
			}
		}
	}
	enrolled := map[string]string{}
	for _, s := range c.Sequences {
		for _, seg := range s.Segments {
			enrolled[seg] = s.ID
			if _, ok := segments[seg]; !ok {
				add("sequences: %s enrolls segment %q, which rules.yaml does not declare (nobody would be enrolled)", s.ID, seg)
			}
		}
	}
	for seg := range segments {
		if _, ok := enrolled[seg]; !ok {
			add("sequences: no sequence enrolls segment %q, declared in rules.yaml (its nurture leads would get no email)", seg)
		}
	}
	sort.Strings(problems)
	return problems
}

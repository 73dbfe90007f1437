package eval

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

// NoSource names the source of records that carry no "source" key.
const NoSource = "(none)"

// Sample is one screened submission: its labels and the verdict it got.
// Family is the finer kind of junk or genuine lead a generator or source
// meant it to be ("keyboard_mash", "autofill"); records without one are
// grouped by Category. Source names who produced the record (a generator,
// a public data set); empty for none.
type Sample struct {
	Label, Category, Family, Source, Verdict string
}

// Group is the sample's family when it has one, else its category.
func (s Sample) Group() string {
	if s.Family != "" {
		return s.Family
	}
	return s.Category
}

// Report evaluates a screener family by family and source by source, so
// that the worst kind of junk shows instead of disappearing in an average:
// a screener tuned on one source's ideas of junk is measured on each other
// source alone (leave one source out). The zero value is ready to use.
type Report struct {
	families Confusion             // by label and family (or category)
	sources  Confusion             // by label and source
	each     map[string]*Confusion // per source, by label and family
}

// Add records one sample. It returns an error for an unknown label.
func (r *Report) Add(s Sample) error {
	src := s.Source
	if src == "" {
		src = NoSource
	}
	if err := r.families.Add(s.Label, s.Group(), s.Verdict); err != nil {
		return err
	}
	_ = r.sources.Add(s.Label, src, s.Verdict) // the label was just accepted
	if r.each == nil {
		r.each = map[string]*Confusion{}
	}
	c := r.each[src]
	if c == nil {
		c = &Confusion{}
		r.each[src] = c
	}
	_ = c.Add(s.Label, s.Group(), s.Verdict)
	return nil
}

// Families is the confusion over every sample, by family.
func (r *Report) Families() *Confusion { return &r.families }

// Sources lists the sources seen, sorted.
func (r *Report) Sources() []string { return slices.Sorted(maps.Keys(r.each)) }

// Source is the confusion of one source's samples alone, by family; nil
// for a source not seen.
func (r *Report) Source(name string) *Confusion { return r.each[name] }

// Worst is the worst family of one label: the junk family with the lowest
// junk recall, or the genuine family with the highest share marked junk.
// Ties go to the larger family, then to the first name.
type Worst struct {
	Family string
	Rate   float64 // junk recall (junk) or share marked junk (genuine)
	Counts Counts
}

// WorstJunk returns the junk family with the lowest recall; ok is false
// when there is no junk.
func (c *Confusion) WorstJunk() (w Worst, ok bool) {
	return c.worst(LabelJunk, func(a, b float64) bool { return a < b })
}

// WorstGenuine returns the genuine family with the highest share marked
// junk; ok is false when there are no genuine samples.
func (c *Confusion) WorstGenuine() (w Worst, ok bool) {
	return c.worst(LabelGenuine, func(a, b float64) bool { return a > b })
}

func (c *Confusion) worst(label string, worse func(a, b float64) bool) (w Worst, ok bool) {
	for _, key := range slices.Sorted(maps.Keys(c.byCategory)) {
		cc := c.byCategory[key]
		if cc.label != label || cc.Total == 0 {
			continue
		}
		rate := ratio(cc.Flagged, cc.Total)
		if !ok || worse(rate, w.Rate) || rate == w.Rate && cc.Total > w.Counts.Total {
			w, ok = Worst{Family: strings.TrimPrefix(key, label+"/"), Rate: rate, Counts: cc.Counts}, true
		}
	}
	return w, ok
}

// ReviewRate is the share of every sample, genuine or junk, sent to
// review: the people's time the screener costs.
func (c *Confusion) ReviewRate() float64 {
	return ratio(c.genuine.Review+c.junk.Review, c.genuine.Total+c.junk.Total)
}

// String prints the report: the confusion table by family (the family key
// when present, else the category) with the same columns as
// Confusion.Table, the table by source, and the leave-one-source-out
// lines: each source's figures on that source alone, with its worst junk
// and genuine family, and the worst families overall.
func (r *Report) String() string {
	var sb strings.Builder
	sb.WriteString("by family (category when a record has no family):\n")
	sb.WriteString(r.families.table("family"))
	sb.WriteString("\nby source:\n")
	sb.WriteString(r.sources.table("source"))
	sb.WriteString("\nleave one source out: each source alone\n")
	tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "source\tgenuine\tjunk\trecall%\tgenuine-junk%\treview%\tworst junk family\tworst genuine family\t")
	for _, name := range r.Sources() {
		c := r.each[name]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%.2f\t%.1f\t%s\t%s\t\n", name, c.genuine.Total, c.junk.Total,
			100*c.JunkRecall(), 100*c.FalsePositiveRate(), 100*c.ReviewRate(), worstJunk(c), worstGenuine(c))
	}
	tw.Flush()
	fmt.Fprintf(&sb, "worst family: junk %s; genuine %s\n", worstJunk(&r.families), worstGenuine(&r.families))
	fmt.Fprintf(&sb, "review %.1f%% of all (%d/%d)\n", 100*r.families.ReviewRate(),
		r.families.genuine.Review+r.families.junk.Review, r.families.genuine.Total+r.families.junk.Total)
	return sb.String()
}

func worstJunk(c *Confusion) string {
	w, ok := c.WorstJunk()
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%s recall %.1f%% (%d/%d)", w.Family, 100*w.Rate, w.Counts.Flagged, w.Counts.Total)
}

func worstGenuine(c *Confusion) string {
	w, ok := c.WorstGenuine()
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%s marked junk %.1f%% (%d/%d)", w.Family, 100*w.Rate, w.Counts.Flagged, w.Counts.Total)
}

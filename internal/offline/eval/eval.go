// Package eval scores a junk screener against a labeled corpus: it counts
// (label, category, predicted verdict) triples and reports junk recall, the
// genuine false-positive rate, how much went to review, and a confusion
// table per category. Report does the same per family and per source, and
// names the worst family, because an average over many kinds of junk hides
// the kind a screener misses (issue 11: measure like an outsider).
//
// Only the verdict "junk" counts as flagged. "review" is reported on its own
// (it costs a person's time but loses no lead); every other verdict
// ("pass", "nurture", "qualified", or anything else) counts as passed.
package eval

import (
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
)

// Labels of the corpus.
const (
	LabelGenuine = "genuine"
	LabelJunk    = "junk"
)

// Verdict names that Confusion treats specially.
const (
	VerdictJunk   = "junk"
	VerdictReview = "review"
)

// Counts are the outcomes of one group of submissions.
type Counts struct {
	Total   int
	Flagged int // predicted "junk"
	Review  int // predicted "review"
	Passed  int // any other verdict
}

func (c *Counts) add(verdict string) {
	c.Total++
	switch verdict {
	case VerdictJunk:
		c.Flagged++
	case VerdictReview:
		c.Review++
	default:
		c.Passed++
	}
}

// Confusion accumulates predictions against labels. The zero value is
// ready to use; it is not safe for concurrent use.
type Confusion struct {
	genuine, junk Counts
	byCategory    map[string]*categoryCounts
}

type categoryCounts struct {
	label string
	Counts
}

// Add records one prediction for a submission labeled label ("genuine" or
// "junk") in category. It returns an error for an unknown label.
func (c *Confusion) Add(label, category, verdict string) error {
	var total *Counts
	switch label {
	case LabelGenuine:
		total = &c.genuine
	case LabelJunk:
		total = &c.junk
	default:
		return fmt.Errorf("eval: unknown label %q (category %q)", label, category)
	}
	if c.byCategory == nil {
		c.byCategory = map[string]*categoryCounts{}
	}
	key := label + "/" + category
	cc := c.byCategory[key]
	if cc == nil {
		cc = &categoryCounts{label: label}
		c.byCategory[key] = cc
	}
	total.add(verdict)
	cc.add(verdict)
	return nil
}

// Genuine returns the counts over every genuine submission.
func (c *Confusion) Genuine() Counts { return c.genuine }

// Junk returns the counts over every junk submission.
func (c *Confusion) Junk() Counts { return c.junk }

// Category returns the counts of one label's category.
func (c *Confusion) Category(label, category string) Counts {
	if cc := c.byCategory[label+"/"+category]; cc != nil {
		return cc.Counts
	}
	return Counts{}
}

// JunkRecall is the share of junk predicted junk (0 with no junk).
func (c *Confusion) JunkRecall() float64 { return ratio(c.junk.Flagged, c.junk.Total) }

// FalsePositiveRate is the share of genuine submissions predicted junk
// (0 with no genuine submissions).
func (c *Confusion) FalsePositiveRate() float64 { return ratio(c.genuine.Flagged, c.genuine.Total) }

// GenuineReviewRate is the share of genuine submissions sent to review.
func (c *Confusion) GenuineReviewRate() float64 { return ratio(c.genuine.Review, c.genuine.Total) }

// JunkReviewRate is the share of junk sent to review.
func (c *Confusion) JunkReviewRate() float64 { return ratio(c.junk.Review, c.junk.Total) }

// Precision is the share of flagged submissions that are junk (1 when
// nothing was flagged).
func (c *Confusion) Precision() float64 {
	flagged := c.junk.Flagged + c.genuine.Flagged
	if flagged == 0 {
		return 1
	}
	return float64(c.junk.Flagged) / float64(flagged)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Table formats a confusion table per category, genuine categories first,
// then a summary line with recall, false-positive rate and review counts.
func (c *Confusion) Table() string { return c.table("category") }

// table is Table with the group column headed group.
func (c *Confusion) table(group string) string {
	keys := make([]string, 0, len(c.byCategory))
	for k := range c.byCategory {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		la, lb := c.byCategory[a].label, c.byCategory[b].label
		if la != lb {
			if la == LabelGenuine {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "label\t"+group+"\ttotal\tjunk\treview\tpassed\tjunk%\t")
	row := func(label, cat string, n Counts) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%.1f\t\n", label, cat, n.Total, n.Flagged, n.Review, n.Passed, 100*ratio(n.Flagged, n.Total))
	}
	for _, k := range keys {
		cc := c.byCategory[k]
		row(cc.label, strings.TrimPrefix(k, cc.label+"/"), cc.Counts)
	}
	row(LabelGenuine, "(all)", c.genuine)
	row(LabelJunk, "(all)", c.junk)
	tw.Flush()
	fmt.Fprintf(&sb, "junk recall %.2f%%  genuine false positives %.2f%% (%d/%d)  precision %.2f%%  review: %d genuine, %d junk\n",
		100*c.JunkRecall(), 100*c.FalsePositiveRate(), c.genuine.Flagged, c.genuine.Total, 100*c.Precision(), c.genuine.Review, c.junk.Review)
	return sb.String()
}

package eval

import (
	"math"
	"strings"
	"testing"
)

type triple struct{ label, category, verdict string }

func build(t *testing.T, ts []triple) *Confusion {
	t.Helper()
	var c Confusion
	for _, x := range ts {
		if err := c.Add(x.label, x.category, x.verdict); err != nil {
			t.Fatalf("Add(%v): %v", x, err)
		}
	}
	return &c
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestConfusionRates(t *testing.T) {
	cases := []struct {
		name                      string
		in                        []triple
		recall, fpr, precision    float64
		genuineReview, junkReview int
	}{
		{
			name:   "empty",
			recall: 0, fpr: 0, precision: 1,
		},
		{
			name: "mixed",
			in: []triple{
				{"junk", "bot", "junk"},
				{"junk", "bot", "junk"},
				{"junk", "spam", "review"},
				{"junk", "vendor_pitch", "pass"},
				{"genuine", "genuine", "qualified"},
				{"genuine", "genuine", "nurture"},
				{"genuine", "genuine", "junk"},
				{"genuine", "free_mail", "review"},
				{"genuine", "free_mail", "pass"},
			},
			recall: 0.5, fpr: 0.2, precision: 2.0 / 3.0,
			genuineReview: 1, junkReview: 1,
		},
		{
			name: "review is never flagged",
			in: []triple{
				{"junk", "spam", "review"},
				{"genuine", "genuine", "review"},
			},
			recall: 0, fpr: 0, precision: 1, genuineReview: 1, junkReview: 1,
		},
		{
			name: "unknown verdicts pass",
			in: []triple{
				{"junk", "spam", "maybe"},
				{"junk", "spam", "junk"},
			},
			recall: 0.5, fpr: 0, precision: 1,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cf := build(t, c.in)
			if !near(cf.JunkRecall(), c.recall) {
				t.Errorf("JunkRecall = %v, want %v", cf.JunkRecall(), c.recall)
			}
			if !near(cf.FalsePositiveRate(), c.fpr) {
				t.Errorf("FalsePositiveRate = %v, want %v", cf.FalsePositiveRate(), c.fpr)
			}
			if !near(cf.Precision(), c.precision) {
				t.Errorf("Precision = %v, want %v", cf.Precision(), c.precision)
			}
			if cf.Genuine().Review != c.genuineReview || cf.Junk().Review != c.junkReview {
				t.Errorf("review = %d genuine, %d junk; want %d, %d", cf.Genuine().Review, cf.Junk().Review, c.genuineReview, c.junkReview)
			}
			g, j := cf.Genuine(), cf.Junk()
			if g.Flagged+g.Review+g.Passed != g.Total || j.Flagged+j.Review+j.Passed != j.Total {
				t.Errorf("counts do not add up: %+v %+v", g, j)
			}
		})
	}
}

func TestConfusionCategories(t *testing.T) {
	cf := build(t, []triple{
		{"junk", "bot", "junk"},
		{"junk", "bot", "pass"},
		{"junk", "spam", "junk"},
		{"genuine", "genuine", "pass"},
		{"genuine", "short_message", "junk"},
	})
	if got := cf.Category("junk", "bot"); got != (Counts{Total: 2, Flagged: 1, Passed: 1}) {
		t.Errorf("bot counts = %+v", got)
	}
	if got := cf.Category("genuine", "short_message"); got != (Counts{Total: 1, Flagged: 1}) {
		t.Errorf("short_message counts = %+v", got)
	}
	if got := cf.Category("junk", "nope"); got != (Counts{}) {
		t.Errorf("unknown category counts = %+v", got)
	}
	// The same category name under two labels stays apart.
	cf2 := build(t, []triple{{"junk", "x", "junk"}, {"genuine", "x", "pass"}})
	if cf2.Category("junk", "x").Total != 1 || cf2.Category("genuine", "x").Total != 1 {
		t.Errorf("categories of different labels merged")
	}
}

func TestConfusionUnknownLabel(t *testing.T) {
	var c Confusion
	if err := c.Add("maybe", "bot", "junk"); err == nil {
		t.Fatal("Add accepted an unknown label")
	}
	if c.Junk().Total+c.Genuine().Total != 0 {
		t.Error("a rejected triple was counted")
	}
}

func TestTable(t *testing.T) {
	cf := build(t, []triple{
		{"junk", "spam", "junk"},
		{"junk", "bot", "review"},
		{"genuine", "genuine", "pass"},
		{"genuine", "genuine", "junk"},
	})
	out := cf.Table()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1+3+2+1 {
		t.Fatalf("table has %d lines, want 7:\n%s", len(lines), out)
	}
	if !strings.Contains(lines[1], "genuine") || !strings.Contains(lines[2], "bot") || !strings.Contains(lines[3], "spam") {
		t.Errorf("rows not ordered genuine first then by category:\n%s", out)
	}
	for _, want := range []string{"junk recall 50.00%", "genuine false positives 50.00% (1/2)", "review: 0 genuine, 1 junk"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if f := strings.Fields(lines[3]); f[len(f)-1] != "100.0" {
		t.Errorf("spam row junk%% = %s, want 100.0", f[len(f)-1])
	}
}

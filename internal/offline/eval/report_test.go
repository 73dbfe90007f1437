package eval

import (
	"strings"
	"testing"
)

func report(t *testing.T, ss []Sample) *Report {
	t.Helper()
	var r Report
	for _, s := range ss {
		if err := r.Add(s); err != nil {
			t.Fatalf("Add(%+v): %v", s, err)
		}
	}
	return &r
}

func TestReportFamiliesAndSources(t *testing.T) {
	r := report(t, []Sample{
		// Source a: mash is caught, pitches are not; one genuine is junk.
		{"junk", "gibberish", "keyboard_mash", "a", "junk"},
		{"junk", "gibberish", "keyboard_mash", "a", "junk"},
		{"junk", "vendor_pitch", "pitch", "a", "pass"},
		{"junk", "vendor_pitch", "pitch", "a", "review"},
		{"genuine", "genuine", "world_names", "a", "junk"},
		{"genuine", "genuine", "world_names", "a", "nurture"},
		// Source b: everything right; no family falls back to category.
		{"junk", "spam", "", "b", "junk"},
		{"genuine", "genuine_short", "", "b", "qualified"},
		// No source.
		{"genuine", "genuine", "autofill", "", "review"},
	})
	if got := r.Sources(); strings.Join(got, ",") != "(none),a,b" {
		t.Fatalf("Sources = %v", got)
	}
	if c := r.Families().Category("junk", "pitch"); c != (Counts{Total: 2, Review: 1, Passed: 1}) {
		t.Errorf("pitch family = %+v", c)
	}
	if c := r.Families().Category("junk", "spam"); c.Total != 1 {
		t.Errorf("a record without family is not grouped by its category: %+v", c)
	}
	a := r.Source("a")
	if a == nil || a.JunkRecall() != 0.5 || a.FalsePositiveRate() != 0.5 {
		t.Fatalf("source a alone: %+v", a)
	}
	if w, ok := a.WorstJunk(); !ok || w.Family != "pitch" || w.Rate != 0 {
		t.Errorf("worst junk family of a = %+v %v", w, ok)
	}
	if w, ok := a.WorstGenuine(); !ok || w.Family != "world_names" || w.Rate != 0.5 {
		t.Errorf("worst genuine family of a = %+v %v", w, ok)
	}
	if b := r.Source("b"); b.JunkRecall() != 1 || b.FalsePositiveRate() != 0 {
		t.Errorf("source b alone: recall %v fp %v", b.JunkRecall(), b.FalsePositiveRate())
	}
	if _, ok := r.Source("(none)").WorstJunk(); ok {
		t.Error("a source without junk has a worst junk family")
	}
	if got, want := r.Families().ReviewRate(), 2.0/9; got != want {
		t.Errorf("review rate %v, want %v", got, want)
	}

	out := r.String()
	for _, want := range []string{
		"family  total  junk  review  passed  junk%",
		"by source:",
		"label  source  total",
		"worst family: junk pitch recall 0.0% (0/2); genuine world_names marked junk 50.0% (1/2)",
		"review 22.2% of all (2/9)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	var aLine string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "a ") {
			aLine = l
		}
	}
	for _, want := range []string{"50.0", "pitch recall 0.0% (0/2)", "world_names marked junk 50.0% (1/2)"} {
		if !strings.Contains(aLine, want) {
			t.Errorf("leave-one-source-out line of a lacks %q: %q", want, aLine)
		}
	}
}

func TestReportWorstTies(t *testing.T) {
	// Equal recall: the larger family is the worse one (more leads lost).
	r := report(t, []Sample{
		{"junk", "x", "small", "s", "pass"},
		{"junk", "x", "large", "s", "pass"},
		{"junk", "x", "large", "s", "pass"},
		{"junk", "x", "caught", "s", "junk"},
	})
	if w, _ := r.Families().WorstJunk(); w.Family != "large" {
		t.Errorf("worst = %+v, want large", w)
	}
	if err := r.Add(Sample{Label: "maybe"}); err == nil {
		t.Error("unknown label accepted")
	}
}

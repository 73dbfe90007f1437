package backtest

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

const (
	q = lead.VerdictQualified
	n = lead.VerdictNurture
	r = lead.VerdictReview
	j = lead.VerdictJunk
)

func near(t *testing.T, name string, got *float64, want float64) {
	t.Helper()
	if math.IsNaN(want) {
		if got != nil {
			t.Errorf("%s = %v, want n/a", name, *got)
		}
		return
	}
	if got == nil || math.Abs(*got-want) > 1e-9 {
		t.Errorf("%s = %v, want %v", name, got, want)
	}
}

func TestCompare(t *testing.T) {
	recs := []Record{
		{"a", "won", q, q},
		{"b", "won", n, q},
		{"c", "won", r, n},
		{"d", "lost", q, n},
		{"e", "bad", q, j},
		{"f", "open", q, q},
		{"g", "bad", j, j},
		{"h", "lost", n, q},
	}
	rep, err := Compare(recs)
	if err != nil {
		t.Fatal(err)
	}
	b, c := rep.Baseline, rep.Candidate
	// Baseline: qualified a,d,e,f => 4; decided among them a,d,e => won 1 => precision 1/3; recall 1/3 won.
	if b.Qualified != 4 || b.WonQualified != 1 || b.BadQualified != 1 || b.LostQualified != 1 || b.WonMissed != 2 {
		t.Errorf("baseline %+v", b)
	}
	near(t, "baseline precision", b.Precision, 1.0/3)
	near(t, "baseline recall", b.Recall, 1.0/3)
	// Candidate: qualified a,b,f,h => 4; decided a,b,h => won 2 => precision 2/3; recall 2/3.
	if c.Qualified != 4 || c.WonQualified != 2 || c.BadQualified != 0 || c.LostQualified != 1 || c.WonMissed != 1 {
		t.Errorf("candidate %+v", c)
	}
	near(t, "candidate precision", c.Precision, 2.0/3)
	near(t, "candidate recall", c.Recall, 2.0/3)
	if b.Counts[q] != 4 || b.Counts[n] != 2 || b.Counts[r] != 1 || b.Counts[j] != 1 {
		t.Errorf("baseline counts %v", b.Counts)
	}
	if c.Counts[q] != 4 || c.Counts[n] != 2 || c.Counts[r] != 0 || c.Counts[j] != 2 {
		t.Errorf("candidate counts %v", c.Counts)
	}
	var ids []string
	for _, ch := range rep.Changed {
		ids = append(ids, ch.ID+":"+string(ch.From)+">"+string(ch.To))
	}
	if got := strings.Join(ids, ","); got != "b:nurture>qualified,c:review>nurture,d:qualified>nurture,e:qualified>junk,h:nurture>qualified" {
		t.Errorf("changed = %s", got)
	}
	if rep.Outcomes["won"] != 3 || rep.Outcomes["bad"] != 2 || rep.Outcomes["open"] != 1 || rep.Outcomes["lost"] != 2 {
		t.Errorf("outcomes %v", rep.Outcomes)
	}
}

func TestCompareUndefined(t *testing.T) {
	rep, err := Compare([]Record{{"x", "open", q, n}, {"y", "lost", n, n}})
	if err != nil {
		t.Fatal(err)
	}
	near(t, "precision", rep.Baseline.Precision, math.NaN()) // only an open lead qualified
	near(t, "recall", rep.Baseline.Recall, math.NaN())       // no won leads
	var buf strings.Builder
	if err := rep.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "n/a") {
		t.Errorf("text report lacks n/a:\n%s", buf.String())
	}
	js, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if back["baseline"].(map[string]any)["precision"] != nil {
		t.Errorf("precision should be null in JSON: %s", js)
	}
}

func TestCompareRejects(t *testing.T) {
	for _, rec := range []Record{
		{"x", "maybe", q, q},
		{"y", "won", "sales", q},
		{"z", "won", q, ""},
	} {
		if _, err := Compare([]Record{rec}); err == nil || !strings.Contains(err.Error(), rec.ID) {
			t.Errorf("%+v: err = %v, want error naming the record", rec, err)
		}
	}
}

func TestWriteTextAligned(t *testing.T) {
	rep, err := Compare([]Record{{"lead-1", "won", n, q}, {"lead-22", "bad", q, q}})
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	if err := rep.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"2 leads: 1 won, 0 lost, 1 bad, 0 open", "precision", "50.0%", "0.0%", "+50.0 pt", "1 changed verdicts", "lead-1"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// Columns align: the "baseline" header and its values end at the same column.
	lines := strings.Split(out, "\n")
	var header, qualified string
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "metric") {
			header = l
		}
		if strings.HasPrefix(strings.TrimSpace(l), "qualified") {
			qualified = l
		}
	}
	if header == "" || qualified == "" {
		t.Fatalf("missing rows:\n%s", out)
	}
	end := strings.Index(header, "baseline") + len("baseline")
	if qualified[end-1] != '1' {
		t.Errorf("baseline column not right-aligned:\n%s\n%s", header, qualified)
	}
}

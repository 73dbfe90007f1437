package qualify_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/qualify"
)

// corpusLead is one corpus line ready to score: the model of its form and
// its fields as intake builds them.
type corpusLead struct {
	m *qualify.Model
	f lead.Fields
	s lead.Screening
}

// loadCorpus reads the corpus files (testdata/corpus/*.jsonl) and pairs each
// line with the embedded rules' model for its form.
func loadCorpus(tb testing.TB) []corpusLead {
	tb.Helper()
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		tb.Fatal(err)
	}
	files, err := filepath.Glob("../../testdata/corpus/*.jsonl")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no corpus files: %v", err)
	}
	var out []corpusLead
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var in struct {
				FormID string            `json:"form_id"`
				Fields map[string]string `json:"fields"`
			}
			if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
				continue // the corpus holds some deliberately broken lines
			}
			pairs := make([]intake.Pair, 0, len(in.Fields))
			for k, v := range in.Fields {
				pairs = append(pairs, intake.Pair{Name: k, Value: v})
			}
			slices.SortFunc(pairs, func(a, b intake.Pair) int { return strings.Compare(a.Name, b.Name) })
			sub, err := intake.Build(intake.FormRules{ID: in.FormID, Lenient: true, NoRaw: true}, pairs, lead.Context{})
			if err != nil {
				continue
			}
			m, err := rs.Qualifier(in.FormID)
			if err != nil {
				tb.Fatal(err)
			}
			s := lead.Screening{Verdict: lead.ScreenPass}
			out = append(out, corpusLead{m: m, f: sub.Fields, s: s})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
	}
	if len(out) < 1000 {
		tb.Fatalf("only %d corpus leads", len(out))
	}
	return out
}

// BenchmarkEvaluateCorpus scores every corpus line in turn with the embedded
// rules, so the benchmark sees the real spread of titles, countries,
// domains and messages rather than one lead. "plain" takes the lines as
// they are (like a generated export); "selects" also fills the budget,
// timeline, size and industry options (like the typical export).
func BenchmarkEvaluateCorpus(b *testing.B) {
	plain := loadCorpus(b)
	selects := slices.Clone(plain)
	fillSelects(selects)
	for _, data := range []struct {
		name  string
		leads []corpusLead
	}{{"plain", plain}, {"selects", selects}} {
		b.Run(data.name, func(b *testing.B) {
			leads := data.leads
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				c := &leads[i]
				_, _ = c.m.Evaluate(&c.f, c.s)
				if i++; i == len(leads) {
					i = 0
				}
			}
		})
	}
}

// fillSelects gives the leads the select options of the embedded rules'
// forms, cycling through them.
func fillSelects(leads []corpusLead) {
	budgets := []string{"", "Under €5k", "€5k–25k", "€25k–100k", "€100k+", "No budget yet"}
	timelines := []string{"", "ASAP", "This quarter", "This year", "Next year", "Just researching"}
	sizes := []string{"Just me", "1-10", "11-50", "51-200", "201-1000", "1001+"}
	industries := []string{"", "Software", "Retail", "Education"}
	for i := range leads {
		f := &leads[i].f
		f.Budget, f.Timeline = budgets[i%len(budgets)], timelines[i%len(timelines)]
		f.CompanySize, f.Industry = sizes[i%len(sizes)], industries[i%len(industries)]
	}
}

// TestEvaluateCorpusInvariants scores every corpus line with the embedded
// rules, as it comes and with select options filled in, and checks what
// must hold of any fit: the score is the clamped sum of the reasons'
// points (0 when disqualified), the grade follows the score, a qualified
// lead is neither disqualified nor missing anything, every reason is a fit
// reason with a detail, and scoring the same lead twice gives the same fit.
func TestEvaluateCorpusInvariants(t *testing.T) {
	leads := loadCorpus(t)
	selects := slices.Clone(leads)
	fillSelects(selects)
	qualified, reasons := 0, 0
	for i, c := range append(leads, selects...) {
		fit, facts := c.m.Evaluate(&c.f, c.s)
		sum := 0
		for _, r := range fit.Reasons {
			sum += r.Points
			if r.Stage != lead.StageFit || r.Code == "" || r.Detail == "" {
				t.Fatalf("line %d: reason %+v", i, r)
			}
		}
		want := 0
		if fit.Disqualified == "" {
			want = min(max(c.m.Base()+sum, 0), 100)
		}
		if fit.Score != want {
			t.Fatalf("line %d: score %d, want %d from %+v", i, fit.Score, want, fit.Reasons)
		}
		if fit.Qualifies && (fit.Disqualified != "" || len(facts.Missing) > 0 || fit.Score < c.m.QualifyAt()) {
			t.Fatalf("line %d: qualifies with %+v, facts %+v", i, fit, facts)
		}
		if fit.Grade == "" || fit.Segment == "" {
			t.Fatalf("line %d: no grade or segment: %+v", i, fit)
		}
		if again := c.m.Score(&c.f, c.s); !reflect.DeepEqual(again, fit) {
			t.Fatalf("line %d: scored twice: %+v, then %+v", i, fit, again)
		}
		if fit.Qualifies {
			qualified++
		}
		reasons += len(fit.Reasons)
	}
	if qualified == 0 || reasons < 10000 {
		t.Errorf("%d leads qualified, %d reasons: the corpus exercises too little", qualified, reasons)
	}
}

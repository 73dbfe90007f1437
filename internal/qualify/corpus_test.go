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
// timeline, size and industry options (like the typical export). "ref"
// runs the reference implementation (evalref_test.go) for comparison.
func BenchmarkEvaluateCorpus(b *testing.B) {
	plain := loadCorpus(b)
	selects := slices.Clone(plain)
	fillSelects(selects)
	for _, data := range []struct {
		name  string
		leads []corpusLead
	}{{"plain", plain}, {"selects", selects}} {
		for _, impl := range []struct {
			name string
			eval func(*qualify.Model, *lead.Fields, lead.Screening) (lead.Fit, qualify.Facts)
		}{{"fast", (*qualify.Model).Evaluate}, {"ref", qualify.EvaluateRef}} {
			b.Run(data.name+"/"+impl.name, func(b *testing.B) {
				leads := data.leads
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					c := &leads[i]
					_, _ = impl.eval(c.m, &c.f, c.s)
					if i++; i == len(leads) {
						i = 0
					}
				}
			})
		}
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

// TestEvaluateCorpusMatchesReference scores every corpus line with the
// embedded rules through Evaluate and the reference implementation, twice
// so that the second pass reads the memo tables the first one filled.
// Select-type fields the corpus leaves empty are filled in from small
// pools, so the memo paths see real messages next to them.
func TestEvaluateCorpusMatchesReference(t *testing.T) {
	leads := loadCorpus(t)
	budgets := []string{"", "Under €5k", "€5k–25k", "€25k–100k", "€100k+", "No budget yet", "$40k", "25k/month", "kein Budget", "n/a"}
	timelines := []string{"", "ASAP", "This quarter", "This year", "Next year", "Just researching", "next month", "soon"}
	sizes := []string{"", "Just me", "1-10", "11-50", "51-200", "201-1000", "1001+", "about 300", "?"}
	industries := []string{"", "Software", "Retail", "Education", "Farming", "IT"}
	compared := 0
	for pass := range 2 {
		for i := range leads {
			c := &leads[i]
			f := c.f
			if pass == 1 || i%3 == 0 {
				f.Budget, f.Timeline = budgets[i%len(budgets)], timelines[i%len(timelines)]
				f.CompanySize, f.Industry = sizes[i%len(sizes)], industries[i%len(industries)]
			}
			s := c.s
			s.FreeMail = i%7 == 0
			gotFit, gotFacts := c.m.Evaluate(&f, s)
			wantFit, wantFacts := qualify.EvaluateRef(c.m, &f, s)
			if !reflect.DeepEqual(gotFit, wantFit) || !reflect.DeepEqual(gotFacts, wantFacts) {
				t.Fatalf("pass %d line %d: %+v\nEvaluate:  %+v\n%+v\nreference: %+v\n%+v", pass, i, f, gotFit, gotFacts, wantFit, wantFacts)
			}
			compared += len(wantFit.Reasons)
		}
	}
	if compared < 10000 {
		t.Errorf("only %d reasons compared", compared)
	}
}

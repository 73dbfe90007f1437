package qualify

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Field values for the equivalence tests: select options, free text the
// parsers have to read, near misses and values needing normalisation.
var (
	equivBudgets = []string{"", "Under $5k", "$25k–100k", "$25K-100K", "No budget", "no budget", "kein Budget",
		"$40,000", "25k/month", "£8k per month", "50.000 €", "10-15k", "between 20k and 30k USD", "¥3,000,000",
		"1 Mio CHF", "500 employees", "2025", "tbd", "ZAR 10000", "  €25K  ", "n/a", "none", "₹10 lakh",
		"30'000 CHF", "Under €5k", "€25k–100k", "No budget yet", "€100k+", "budget: 12k",
		strings.Repeat("about ", 12) + "$90k"} // longer than memoMaxKey: never stored
	equivTimelines = []string{"", "ASAP", "asap", "This quarter", "Next year", "Just researching", "within 2 weeks",
		"next month", "Q3", "no rush", "go live next week", "sofort", "immediately", "?", "this year", "This Year!"}
	equivSizes = []string{"", "Just me", "just me", "1-10", "11-50", "51-200", "201-1000", "1000+", "about 300 employees",
		"5k", "10 000", "n/a", "500 Mitarbeiter", "2-5", "0", "-"}
	equivIndustries = []string{"", "Software", "SaaS", "Information Technology", "Retail", "E-commerce", "Education",
		"Non-profit", "Agriculture", "it services", "FINTECH", "software development"}
	equivCountries = []string{"", "DE", "de", "Germany", "Deutschland", "Bayern", "UK", "GB", "USA", "us", "United States",
		"North Korea", "KP", "IR", "Iran", "FRA", "ESP", "日本", "Atlantis", "EL", "Österreich", "Tirol", " CH ", "Schweiz",
		strings.Repeat("Federal Republic of ", 4) + "Germany"}
	equivEmails = []string{"", "jane@acme.com", "x@RivalMetrics.com", "y@sub.dashcorp.io", "z@GMX.de ", "no-at-sign", "a@",
		"b@web.de", "c@Gmail.com", "d@rival.com", "e@mail.rival.com", "f@banned.example", "g@gmx.de", "h@ gmail.com"}
	equivWebsites = []string{"", "https://www.rivalmetrics.com/x", "dashcorp.io", "http://rival.com", "https://banned.example", "acme.com"}
	equivTitles   = []string{"", "CEO", "Chief Revenue Officer", "Assistant to the CEO", "Werkstudent", "VP Sales", "  Head of IT  ",
		"Marketing Manager", "Practice Lead", "Procurement Specialist", "Gerente General", "部長", "Chief Happiness Officer", "Partner",
		strings.Repeat("Senior Vice President ", 4)}
	equivMessages = []string{"", "Hi, we are evaluating analytics tools. Could you send pricing and set up a demo?",
		"We need this ASAP for 500 employees, budget $80,000 per year, looking for a job too.",
		"No budget at the moment, just researching for my class.", "Wir brauchen ein Angebot für 250 Mitarbeiter, Budget 40.000 €.",
		"Can you migrate from our old tool? About 1,200 employees, 2k/month. Go live next week.",
		"I can write 1000 SEO articles per month for your blog at $5 each. backlinks!",
		"ÜBER 300 MITARBEITER — PREIS? Q4 2026", "我们需要报价 100万", "demo demo demo pricing quote implement rollout dashboards analytics",
		"Support: my login is broken since 3 days", strings.Repeat("very long message with 12 numbers and Pricing ", 30)}
)

// equivConfig differs from testConfig where Evaluate's paths branch:
// excluded domains, mid range point, no message search, more required
// fields and a capped need.
func equivConfig() Config {
	c := testConfig()
	c.Disqualifiers.Domains = []string{"banned.example"}
	c.Disqualifiers.Student, c.Disqualifiers.Vendor, c.Disqualifiers.Support = true, true, true
	c.Budget.RangePoint = "mid"
	off := false
	c.Budget.SearchMessage = &off
	c.RequiredFields = []string{"email", "company", "job_title"}
	c.MissingFieldPoints = -5
	c.Required = []string{"budget", "authority", "need", "timeline"}
	c.Need.MaxPoints = 12
	c.Firmographics.FreeMailDomains = []string{"gmx.de", "web.de"}
	return c
}

// TestEvaluateMatchesReference holds Evaluate (memo tables, stack buffers,
// precomputed details) to the reference implementation on random leads,
// with the memo tables cold and warm, for two configurations.
func TestEvaluateMatchesReference(t *testing.T) {
	m1 := mustModel(t)
	m2, err := Compile(equivConfig())
	if err != nil {
		t.Fatal(err)
	}
	pick := func(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }
	r := rand.New(rand.NewPCG(7, 11))
	reasons := 0
	for i := range 6000 {
		f := lead.Fields{
			Email: pick(r, equivEmails), JobTitle: pick(r, equivTitles), Company: pick(r, []string{"", "Acme"}),
			Country: pick(r, equivCountries), CompanySize: pick(r, equivSizes), Industry: pick(r, equivIndustries),
			Budget: pick(r, equivBudgets), Timeline: pick(r, equivTimelines), Message: pick(r, equivMessages),
			Website: pick(r, equivWebsites),
		}
		if r.IntN(4) == 0 {
			f.Extra = map[string]string{"product_interest": pick(r, []string{"Analytics", "analytics ", "Not sure", "Other"})}
		}
		s := lead.Screening{Verdict: lead.ScreenPass, FreeMail: r.IntN(5) == 0}
		for _, m := range []*Model{m1, m2} {
			wantFit, wantFacts := m.evaluateRef(&f, s)
			for pass := range 2 {
				gotFit, gotFacts := m.Evaluate(&f, s)
				if !reflect.DeepEqual(gotFit, wantFit) || !reflect.DeepEqual(gotFacts, wantFacts) {
					t.Fatalf("lead %d pass %d: %+v\nEvaluate:  %+v\n%+v\nreference: %+v\n%+v", i, pass, f, gotFit, gotFacts, wantFit, wantFacts)
				}
				if pass > 0 {
					continue
				}
				if got := m.Score(&f, s); !reflect.DeepEqual(got, wantFit) {
					t.Fatalf("lead %d: %+v\nScore:     %+v\nreference: %+v", i, f, got, wantFit)
				}
			}
			reasons += len(wantFit.Reasons)
		}
	}
	if reasons < 50000 {
		t.Errorf("only %d reasons compared: the test proves little", reasons)
	}
	if m1.memo.budget.Len() == 0 || m1.memo.title.Len() == 0 || m1.memo.country.Len() == 0 {
		t.Error("memo tables stayed empty: the fast path was not exercised")
	}
}

// TestLowerTextMatchesToLower holds lowerText to strings.ToLower, with and
// without room in the buffer, and checks which text amounts quote.
func TestLowerTextMatchesToLower(t *testing.T) {
	for _, s := range append([]string{"", "ABC 25K", "abc", "Ünïcode 25K", "İstanbul 5", "\xff\xfe 3", "ẞ 1", strings.Repeat("X", 600)}, equivMessages...) {
		for _, buf := range [][]byte{nil, make([]byte, 0, 8), make([]byte, 0, msgBufSize)} {
			src, low := lowerText(buf, s)
			want := strings.ToLower(s)
			if low != want {
				t.Fatalf("lowerText(%q) low = %q, want %q", s, low, want)
			}
			wantSrc := s
			if len(want) != len(s) {
				wantSrc = want
			}
			if src != wantSrc {
				t.Fatalf("lowerText(%q) src = %q, want %q", s, src, wantSrc)
			}
		}
		if strings.ContainsAny(s, "0123456789") != hasDigit(s) {
			t.Errorf("hasDigit(%q) = %v", s, hasDigit(s))
		}
	}
}

// TestNormalizeIntoMatchesNormalize holds normalizeInto to normalize on
// the corpus messages and random texts, and checks its ASCII report.
func TestNormalizeIntoMatchesNormalize(t *testing.T) {
	for _, s := range append([]string{"", "abc def", " Abc", "ÉTÉ 2026", "ß", "日本語のテキスト", strings.Repeat("Zz ", 400)}, moneyTexts(t)...) {
		var buf [16]byte
		got, ascii := normalizeInto(buf[:0], s)
		if want := normalize(s); got != want {
			t.Errorf("normalizeInto(%q) = %q, want %q", s, got, want)
		}
		if ascii && strings.ContainsFunc(got, func(r rune) bool { return r >= utf8.RuneSelf }) {
			t.Errorf("normalizeInto(%q) = %q reported as ASCII", s, got)
		}
	}
}

// TestEvaluateConcurrent scores leads from several goroutines sharing one
// model and its memo tables (run with -race), each result checked against
// the reference.
func TestEvaluateConcurrent(t *testing.T) {
	m := mustModel(t)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 99))
			for range 500 {
				f := lead.Fields{Email: equivEmails[r.IntN(len(equivEmails))], JobTitle: equivTitles[r.IntN(len(equivTitles))],
					Country: equivCountries[r.IntN(len(equivCountries))], Budget: equivBudgets[r.IntN(len(equivBudgets))],
					Timeline: equivTimelines[r.IntN(len(equivTimelines))], CompanySize: equivSizes[r.IntN(len(equivSizes))],
					Industry: equivIndustries[r.IntN(len(equivIndustries))], Message: equivMessages[r.IntN(len(equivMessages))]}
				s := lead.Screening{Verdict: lead.ScreenPass}
				got, _ := m.Evaluate(&f, s)
				want, _ := m.evaluateRef(&f, s)
				if !reflect.DeepEqual(got, want) {
					errs <- fmt.Sprintf("%+v: got %+v, want %+v", f, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

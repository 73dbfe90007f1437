package qualify

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestScorerArenaKeepsDetails commits details of every size, past the
// arena's capacity so that it moves to new arrays, and checks that every
// committed detail still reads as written.
func TestScorerArenaKeepsDetails(t *testing.T) {
	r := rand.New(rand.NewPCG(81, 82))
	var sc scorer
	var want []string
	for i := range 200 {
		part := strings.Repeat(string(rune('a'+i%26)), r.IntN(120))
		switch i % 3 {
		case 0:
			sc.addParts("c", i, "x", part, "y")
			want = append(want, "x"+part+"y")
		case 1:
			d := append(sc.begin(), part...)
			sc.commit("c", i, d)
			want = append(want, part)
		default:
			sc.commit("c", i, sc.begin()) // empty detail
			want = append(want, "")
		}
	}
	total := 0
	for i, rs := range sc.reasons {
		if rs.Detail != want[i] || rs.Points != i {
			t.Fatalf("reason %d = %d %q, want %d %q", i, rs.Points, rs.Detail, i, want[i])
		}
		total += i
	}
	if sc.total != total {
		t.Errorf("total = %d, want %d", sc.total, total)
	}
}

// TestEvaluateDetailsSurviveLaterEvaluations checks that the details of
// one evaluation are not overwritten by the next.
func TestEvaluateDetailsSurviveLaterEvaluations(t *testing.T) {
	m := mustModel(t)
	s := lead.Screening{Verdict: lead.ScreenPass}
	f1 := lead.Fields{
		Email: "jane.doe@acme-industries.com", FirstName: "Jane", LastName: "Doe", Company: "Acme Industries GmbH",
		JobTitle: "Head of Revenue Operations", Country: "Germany", CompanySize: "201-1000", Industry: "Software",
		Budget: "€25k–50k", Timeline: "This quarter",
		Message: "Hi, we are evaluating analytics tools. Could you send pricing and set up a demo for our team?",
	}
	fit1 := m.Score(&f1, s)
	copies := make([]string, len(fit1.Reasons))
	for i, r := range fit1.Reasons {
		copies[i] = strings.Clone(r.Detail)
	}
	f2 := f1
	f2.JobTitle, f2.Budget, f2.Country = "Chief Revenue Officer", "", "FR"
	f2.Message = "We need this ASAP for 500 employees, budget $80,000 per year, looking for a job too."
	for range 50 {
		m.Score(&f2, s)
	}
	for i, r := range fit1.Reasons {
		if r.Detail != copies[i] {
			t.Errorf("reason %d detail changed to %q, was %q", i, r.Detail, copies[i])
		}
	}
	if len(fit1.Reasons) < 4 {
		t.Errorf("only %d reasons: the check proves little", len(fit1.Reasons))
	}
}

// TestEvalMemSize checks that an evalMem, with the 8-byte type header the
// runtime gives objects of more than 512 bytes that hold pointers, fills
// but does not pass the 896-byte size class it is sized for.
func TestEvalMemSize(t *testing.T) {
	const header, class = 8, 896
	if n := reflect.TypeFor[evalMem]().Size() + header; n > class || n <= class-64 {
		t.Errorf("evalMem takes %d bytes with its header: resize it to fill the %d-byte class", n, class)
	}
}

package console_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// fakeTally records the outcome changes it is asked to count.
type fakeTally struct {
	calls []string // "<lead> <was>→<new>"
	fail  bool
}

func (f *fakeTally) TallyOutcome(_ context.Context, l *lead.Lead, was lead.OutcomeKind) error {
	f.calls = append(f.calls, fmt.Sprintf("%s %s→%s", l.ID, was, l.Outcome.Kind))
	if f.fail {
		return fmt.Errorf("tally: %w", store.ErrUnavailable)
	}
	return nil
}

// conflictSaver refuses every change, as the store does when the lead
// changed meanwhile.
type conflictSaver struct{ *memLeads }

func (conflictSaver) ReplaceLead(_ context.Context, l *lead.Lead, _ time.Time) error {
	return fmt.Errorf("lead %s: %w", l.ID, store.ErrConflict)
}

// TestOutcomeTally: each stored change of outcome, from the console or
// the e-mail link, is counted once with the outcome it replaced; a repeat
// of the same outcome and a change that was not stored count nothing, and
// a failed count does not fail the outcome.
func TestOutcomeTally(t *testing.T) {
	l := mkLead("demo", "a@acme.example", lead.VerdictQualified, 0)
	m := newMem(l)
	p := memPages(m)
	tally := &fakeTally{}
	p.Outcomes = tally
	signer, err := outcomelink.New([]byte("0123456789abcdef0123456789abcdef"), "https://console.example/console")
	if err != nil {
		t.Fatal(err)
	}
	p.Links = signer
	link, _ := signer.URL(l.ID, t0.Add(time.Hour))
	linkPath := strings.TrimPrefix(link, "https://console.example")
	mark := func(k string) req {
		return req{method: "POST", path: "/console/api/leads/" + l.ID + "/outcome", user: sales, form: url.Values{"outcome": {k}}}
	}
	steps := []struct {
		name     string
		r        req
		conflict bool
		fail     bool
		status   int
		outcome  lead.OutcomeKind
		calls    []string
	}{
		{"first outcome", mark("won"), false, false, 200, lead.OutcomeWon, []string{l.ID + " →won"}},
		{"the same again (a retried request)", mark("won"), false, false, 200, lead.OutcomeWon, nil},
		{"changed", mark("lost"), false, false, 200, lead.OutcomeLost, []string{l.ID + " won→lost"}},
		{"a change not stored", mark("won"), true, false, 409, lead.OutcomeLost, nil},
		{"from the e-mail link", req{method: "POST", path: linkPath, form: url.Values{"outcome": {"spam"}}}, false, false, 200, lead.OutcomeSpam,
			[]string{l.ID + " lost→spam"}},
		{"the link posted again", req{method: "POST", path: linkPath, form: url.Values{"outcome": {"spam"}}}, false, false, 200, lead.OutcomeSpam, nil},
		{"a failed count keeps the outcome", mark("won"), false, true, 200, lead.OutcomeWon, []string{l.ID + " spam→won"}},
	}
	for _, st := range steps {
		tally.calls, tally.fail = nil, st.fail
		p.Saver = m
		if st.conflict {
			p.Saver = conflictSaver{m}
		}
		w := st.r.do(t, serve(p))
		if w.Code != st.status {
			t.Fatalf("%s: status %d, want %d: %s", st.name, w.Code, st.status, w.Body)
		}
		if o := m.get(l.ID).Outcome; o == nil || o.Kind != st.outcome {
			t.Errorf("%s: outcome %+v, want %s", st.name, o, st.outcome)
		}
		if fmt.Sprint(tally.calls) != fmt.Sprint(st.calls) {
			t.Errorf("%s: counted %v, want %v", st.name, tally.calls, st.calls)
		}
	}
}

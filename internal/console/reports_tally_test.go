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

func (f *fakeTally) TallyVerdict(_ context.Context, l *lead.Lead, was lead.Verdict) error {
	f.calls = append(f.calls, fmt.Sprintf("%s %s→%s", l.ID, was, l.Verdict))
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

// TestVerdictTally: each stored decision or rescue is counted once with
// the verdict it replaced; a change refused or not stored counts nothing,
// and a failed count does not fail the decision.
func TestVerdictTally(t *testing.T) {
	held := mkLead("demo", "a@acme.example", lead.VerdictReview, 0)
	held2 := mkLead("demo", "b@acme.example", lead.VerdictReview, time.Minute)
	junk := mkLead("demo", "c@acme.example", lead.VerdictJunk, 2*time.Minute)
	m := newMem(held, held2, junk)
	p := memPages(m)
	tally := &fakeTally{}
	p.Outcomes = tally
	decide := func(l *lead.Lead, v string) req {
		return req{method: "POST", path: "/console/api/leads/" + l.ID + "/decision", user: reviewer, form: url.Values{"verdict": {v}}}
	}
	steps := []struct {
		name     string
		r        req
		conflict bool
		fail     bool
		status   int
		calls    []string
	}{
		{"decided nurture", decide(held, "nurture"), false, false, 200, []string{held.ID + " review→nurture"}},
		{"decided again (no longer held)", decide(held, "junk"), false, false, 409, nil},
		{"a decision not stored", decide(held2, "junk"), true, false, 409, nil},
		{"a failed count keeps the decision", decide(held2, "junk"), false, true, 200, []string{held2.ID + " review→junk"}},
		{"rescued", req{method: "POST", path: "/console/api/leads/" + junk.ID + "/rescue", user: marketing, form: url.Values{"note": {"real"}}},
			false, false, 200, []string{junk.ID + " junk→nurture"}},
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
		if fmt.Sprint(tally.calls) != fmt.Sprint(st.calls) {
			t.Errorf("%s: counted %v, want %v", st.name, tally.calls, st.calls)
		}
	}
	if got := m.get(held2.ID).Verdict; got != lead.VerdictJunk {
		t.Errorf("held2 is %s after a failed count, want junk", got)
	}
}

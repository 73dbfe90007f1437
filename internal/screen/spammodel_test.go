package screen

import (
	"context"
	"testing"
)

// fakeSpamModel returns a fixed probability and records what it was asked.
type fakeSpamModel struct {
	p    float64
	seen *string
}

func (f fakeSpamModel) SpamProbability(msg string) float64 {
	if f.seen != nil {
		*f.seen = msg
	}
	return f.p
}

func TestSpamModelReason(t *testing.T) {
	tests := []struct {
		name   string
		p      float64
		cfg    func(*Config)
		points int // 0: no spam_model reason
	}{
		{"confident", 0.999, nil, 60},
		{"at full tier", 0.95, nil, 60},
		{"half tier", 0.92, nil, 30},
		{"quarter tier", 0.85, nil, 15},
		{"below tiers", 0.79, nil, 0},
		{"genuine", 0.01, nil, 0},
		{"points override scales tiers", 0.92, func(c *Config) { c.Points = map[string]int{CodeSpamModel: 40} }, 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen string
			e := testEngine(t, tc.cfg, func(d *Deps) { d.SpamModel = fakeSpamModel{p: tc.p, seen: &seen}; d.Counter = nil })
			sub := genuine(t, e.deps.Tokens)
			sub.Fields.Message = "  " + sub.Fields.Message + "\n"
			s := e.Screen(context.Background(), testForm(), sub)
			checkScreening(t, e, s)
			if seen != sub.Fields.Message[2:len(sub.Fields.Message)-1] {
				t.Errorf("model saw %q, want the trimmed message", seen)
			}
			r, ok := reasonFor(s, CodeSpamModel)
			if tc.points == 0 {
				if ok {
					t.Errorf("unexpected %v", r)
				}
				return
			}
			if !ok {
				t.Fatalf("no spam_model reason in %v", codesOf(s))
			}
			if r.Points != tc.points {
				t.Errorf("points %d, want %d", r.Points, tc.points)
			}
			// The spam model is a weak sign: alone, even at full points,
			// it neither decides junk nor holds the lead for review
			// (evidence.go): it misreads short questions.
			if tc.points >= 30 && s.Verdict != "pass" {
				t.Errorf("verdict %s, want pass", s.Verdict)
			}
		})
	}
}

func TestSpamModelOptional(t *testing.T) {
	// No model: no reason, and an empty message never reaches a model.
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	s := e.Screen(context.Background(), testForm(), genuine(t, e.deps.Tokens))
	if _, ok := reasonFor(s, CodeSpamModel); ok {
		t.Error("spam_model without a model")
	}
	var seen string
	e = testEngine(t, nil, func(d *Deps) { d.SpamModel = fakeSpamModel{p: 1, seen: &seen}; d.Counter = nil })
	sub := genuine(t, e.deps.Tokens)
	sub.Fields.Message = "   "
	s = e.Screen(context.Background(), testForm(), sub)
	if _, ok := reasonFor(s, CodeSpamModel); ok || seen != "" {
		t.Errorf("empty message scored (seen %q)", seen)
	}
}

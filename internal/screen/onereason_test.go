package screen

import (
	"context"
	"testing"
)

// TestSpamContentOnce: a message with spam phrases that also offers a spam
// trade with a way round the form gives one spam_content reason, its
// points within the cap the code documents (phrasePointsCap times them).
func TestSpamContentOnce(t *testing.T) {
	for _, tc := range []struct{ name, msg string }{
		{"casino bonus and seo with telegram", "Online casino bonus, free spins, cheap backlinks and guest posts! Message me on Telegram @linkfarm_pro"},
		{"loans and crypto with whatsapp", "Guaranteed payday loans, no credit check, crypto profits daily. WhatsApp +44 7700 900123"},
		{"one phrase with a messenger", "Buy followers and cheap backlinks today, Telegram @growfast"},
		{"phrases alone", "Online casino bonus, free spins, payday loans, no credit check"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t, nil, nil)
			sub := genuine(t, testSigner(t))
			setMessage(tc.msg)(sub)
			s := e.Screen(context.Background(), testForm(), sub)
			var n, points int
			for _, r := range s.Reasons {
				if r.Code == CodeSpamContent {
					n++
					points += r.Points
				}
			}
			if n == 0 {
				t.Fatalf("no %s reason: %v", CodeSpamContent, s.Reasons)
			}
			if n > 1 {
				t.Errorf("%d %s reasons, want one: %v", n, CodeSpamContent, s.Reasons)
			}
			if limit := phrasePointsCap * e.points[CodeSpamContent]; points > limit {
				t.Errorf("%s weighs %d, above its cap %d", CodeSpamContent, points, limit)
			}
		})
	}
}

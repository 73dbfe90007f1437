package screen

import "testing"

func TestScratchVocab(t *testing.T) {
	for _, msg := range []string{"you idiots", "scammers!", "Go to hell", "damn invoice, can you fix it?", "Our previous vendor were scammers. Could you send a quote for 20 seats?", "get lost, idiots"} {
		_, s := screenMessageAt(t, 0.1, msg)
		t.Logf("%q %s %v", msg, s.Verdict, s.Reasons)
	}
}

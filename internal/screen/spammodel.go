package screen

import (
	"strconv"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/spamtext"
)

// SpamModel scores how much a free-text message reads like bulk spam: the
// probability in [0, 1] that it is spam. Messages it cannot judge (too
// short, non-Latin scripts) score 0. spamtext.Default() satisfies it.
type SpamModel interface {
	SpamProbability(msg string) float64
}

// Probability tiers of spam_model: at or above spamModelFull the code scores
// its full points (60 by default, junk on its own), at or above
// spamModelHalf half of them, at or above spamModelQuarter a quarter. Set
// from 5-fold cross-validation on the tuning split, where no genuine message
// scored above 0.63 out of fold.
const (
	spamModelFull    = 0.95
	spamModelHalf    = 0.9
	spamModelQuarter = 0.8
)

// spamModelReason returns the spam_model reason for msg, if the model is
// confident enough. When ascii is set, msg has no byte beyond ASCII and
// words are its words.
func (d messageDetector) spamModelReason(in *Input, msg string, ascii bool, words [][2]int32) (lead.Reason, bool) {
	m := d.e.deps.SpamModel
	if m == nil {
		return lead.Reason{}, false
	}
	var p float64
	if sm, ok := m.(*spamtext.Model); ok && ascii {
		// spamtext scores an ASCII message from the words the scan
		// found, equal to SpamProbability (the concrete type, not an
		// interface, so that words can stay on the caller's stack).
		p = sm.SpamProbabilityASCII(msg, words)
	} else {
		p = m.SpamProbability(msg)
	}
	base := d.e.points[CodeSpamModel]
	var pts int
	switch {
	case p >= spamModelFull:
		pts = base
	case p >= spamModelHalf:
		pts = base / 2
	case p >= spamModelQuarter:
		pts = base / 4
	default:
		return lead.Reason{}, false
	}
	// One allocation for the detail: the probability is formatted after
	// the text in a stack buffer.
	var buf [64]byte
	detail := strconv.AppendFloat(append(buf[:0], "the spam model scores the message "...), p, 'f', 3, 64)
	r := in.reason(CodeSpamModel, string(detail))
	r.Points = pts
	return r, true
}

package screen

import (
	"strconv"
	"strings"

	"github.com/leadsieve/leadsieve/internal/lead"
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
// scored above 0.63 out of fold. The reason-code table quotes them (see
// Codes).
const (
	spamModelFull    = 0.95
	spamModelHalf    = 0.9
	spamModelQuarter = 0.8
)

// spamProbability returns the spam model's probability for msg, or 0
// without a model. The message detector asks once and passes it on.
func (d messageDetector) spamProbability(msg string) float64 {
	if m := d.e.deps.SpamModel; m != nil {
		return m.SpamProbability(msg)
	}
	return 0
}

// spamModelReason returns the spam_model reason for msg, whose spam
// probability is p, if the model is confident enough.
func (d messageDetector) spamModelReason(in *Input, msg string, p float64) (lead.Reason, bool) {
	if d.e.deps.SpamModel == nil {
		return lead.Reason{}, false
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
	detail := "the spam model scores the message " + strconv.FormatFloat(p, 'f', 3, 64)
	if words := len(strings.Fields(msg)); words < spamModelShortWords {
		// The model learnt from whole e-mails; on a one-line question its
		// confidence means little (free trial, discount, pricing read as
		// spam words), so a short message weighs a quarter.
		pts /= 4
		detail += " (a short message: a quarter of the points)"
	}
	r := in.reason(CodeSpamModel, detail)
	r.Points = pts
	return r, true
}

// spamModelShortWords: messages with fewer words weigh a quarter in
// spam_model.
const spamModelShortWords = 15

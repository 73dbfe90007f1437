package screen

import (
	"strconv"

	"github.com/leadsieve/leadsieve/internal/screen/abusetext"
)

// The abuse model. Each round of new writing brought abuse in words and
// turns that no list or shape of this package held (round twenty-seven of
// testdata/kinds/direction caught the same rows with this task's rules as
// without them), so a character n-gram model (package abusetext) reads
// what the lists do not: inflections, compounds and scripts share pieces
// with the abuse it learnt. It is trained on the abusive rows of
// testdata/kinds against every other labelled message, never on a
// held-out round (see abusetext/train).
//
// The model decides only in a message that asks nothing — no question, no
// bill, contract, request or thanks, no buyer's sign — like the shapes of
// abuseclass.go: a customer quoting abuse asks about it. There, a score at
// or above abuseModelFull is abuse (twice abusive_message's points, junk),
// one at or above abuseModelHalf weighs as a swear word (its points:
// review alone, junk with another sign). The thresholds come from the
// model's five-fold cross-validation on its training data, where no
// message other than abuse scored 0.9 or more out of fold and six of 2,424
// (spam, a test entry, a probe; no genuine lead) scored 0.8 or more.
const (
	abuseModelFull = 0.9
	abuseModelHalf = 0.8
)

// modelAbuse returns what the abuse model says of a message that asks
// nothing, and its weight in halves of abusive_message's points (0 when
// it says nothing). m is msg folded.
func modelAbuse(msg string, m foldedText) (string, int) {
	if asksQuestion(msg) || abuseBusiness.find(m) != "" || requestWords.find(m) != "" ||
		gratitude.find(m) != "" || firstIn(msg, gratitudeScripts) != "" {
		return "", 0
	}
	p := abusetext.Default().Probability(msg)
	detail := "the abuse model scores the message " + strconv.FormatFloat(p, 'f', 3, 64) + " and it asks for nothing"
	switch {
	case p >= abuseModelFull:
		return detail, 4
	case p >= abuseModelHalf:
		return detail + " (below " + strconv.FormatFloat(abuseModelFull, 'f', 1, 64) + ": half)", 2
	}
	return "", 0
}

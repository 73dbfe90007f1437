package qualify

import "github.com/leadsieve/leadsieve/internal/lead"

// EvaluateRef exposes the reference Evaluate (evalref_test.go) to the
// external tests that score the corpus with the embedded rules.
func EvaluateRef(m *Model, f *lead.Fields, s lead.Screening) (lead.Fit, Facts) {
	return m.evaluateRef(f, s)
}

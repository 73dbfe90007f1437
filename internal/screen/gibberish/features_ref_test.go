package gibberish

// featuresRef is Model.features as it was before it became one pass
// without a buffer: the folded runes are gathered first, then scored word
// by word. The equivalence tests compare the two.
func (m *Model) featuresRef(s string) (sumLLR float64, preds, letters int) {
	var buf [MaxRunes + 1]rune
	n := 0
	for _, r := range s {
		if n == MaxRunes {
			break
		}
		f := fold(r)
		if f == skipRune {
			continue
		}
		buf[n] = f
		n++
	}
	buf[n] = 0
	start := 0
	for i := 0; i <= n; i++ {
		if buf[i] != 0 {
			continue
		}
		if i-start > 2 {
			w := buf[start:i]
			ok := true
			for _, f := range w {
				if !m.known(f) {
					ok = false
					break
				}
			}
			if ok {
				a, b := boundary, boundary
				for _, f := range w {
					ln, lm := m.logProbs(a, b, f)
					sumLLR += lm - ln
					a, b = b, f
				}
				ln, lm := m.logProbs(a, b, boundary)
				sumLLR += lm - ln
				preds += len(w) + 1
				letters += len(w)
			}
		}
		start = i + 1
	}
	return sumLLR, preds, letters
}

package qualify

// This file keeps the phrase scan as it was before the word numbers of
// wordscan.go: at each word start, the phrases starting with that word
// are compared with the text, longest first. It is the reference scan and
// normalizeWords are held to (see wordscan_test.go).

import "strings"

// scanRef is the reference scan of the normalized text t.
func (m *matcher) scanRef(t string, dst []hit) []hit {
	base := len(dst)
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			j = len(t)
		} else {
			j += i
		}
		found := false
		for _, e := range m.byFirst[t[i:j]] {
			end := i + len(e.text)
			if end <= len(t) && t[i:end] == e.text && (end == len(t) || t[end] == ' ') {
				dst = append(dst, hit{i, end, e.id})
				i = end + 1
				found = true
				break
			}
		}
		if !found {
			i = j + 1
		}
	}
	extra := false
	if len(m.cjk) > 0 && hasCJK(t) {
		for _, e := range m.cjk {
			for off := 0; ; {
				k := strings.Index(t[off:], e.text)
				if k < 0 {
					break
				}
				dst = append(dst, hit{off + k, off + k + len(e.text), e.id})
				off += k + len(e.text)
				extra = true
			}
		}
	}
	for _, e := range m.res {
		for _, loc := range e.re.FindAllStringIndex(t, 8) {
			dst = append(dst, hit{loc[0], loc[1], e.id})
			extra = true
		}
	}
	if extra {
		dst = dst[:base+resolve(dst[base:])]
	}
	return dst
}

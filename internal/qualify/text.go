package qualify

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLatin maps accented Latin letters (U+00C0..U+02FF) to ASCII; it is
// computed from the Unicode decompositions at start-up.
var foldLatin [0x300 - 0xC0]string

func init() {
	for r := rune(0xC0); r < 0x300; r++ {
		lr := unicode.ToLower(r)
		d := norm.NFD.PropertiesString(string(lr)).Decomposition()
		if len(d) > 0 && d[0] < 0x80 {
			foldLatin[r-0xC0] = string(rune(d[0]))
		}
	}
	for r, s := range map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th",
		'Þ': "th", 'ı': "i",
	} {
		foldLatin[r-0xC0] = s
	}
}

// isCJK reports whether r belongs to a script written without spaces.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 0x30FC)
}

// normalize lower-cases s, removes accents, and turns every run of
// characters other than letters and digits into a single space, without
// leading or trailing space. Scripts without spaces are kept as they are.
// Phrases, options and names are compared in this form, so that
// "Geschäftsführer/in" matches "geschaftsfuhrer in".
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // no leading space
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			b.WriteRune(r)
			space = false
		case 'A' <= r && r <= 'Z':
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r >= 0xC0 && r < 0x300 && foldLatin[r-0xC0] != "":
			b.WriteString(foldLatin[r-0xC0])
			space = false
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case unicode.Is(unicode.Mn, r):
			// a combining accent: dropped
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// lookupNormalized returns m[normalize(s)].
func lookupNormalized[V any](m map[string]V, s string) (V, bool) {
	v, ok := m[normalize(s)]
	return v, ok
}

// lookupOrZero is m[normalize(s)].
func lookupOrZero[V any](m map[string]V, s string) V {
	return m[normalize(s)]
}

// hasCJK reports whether s holds any character of a script without spaces.
func hasCJK(s string) bool {
	return strings.ContainsFunc(s, isCJK)
}

// hit is one phrase found in a normalized text.
type hit struct {
	start, end int
	id         int32
}

type phraseEntry struct {
	text string
	id   int32
}

type regexEntry struct {
	re *regexp.Regexp
	// must is a literal every match contains ("migrat" in
	// `\bmigrat(e|ing) from\b`): a text without it cannot match, and most
	// messages need not be run through the expression.
	must string
	id   int32
}

// requiredLiteral returns the longest literal that every match of expr
// must contain, read from the top level of the parsed expression, or "".
func requiredLiteral(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return ""
	}
	re = re.Simplify()
	subs := re.Sub
	if re.Op == syntax.OpLiteral {
		subs = []*syntax.Regexp{re}
	} else if re.Op != syntax.OpConcat {
		return ""
	}
	best := ""
	for _, s := range subs {
		if s.Op == syntax.OpLiteral && s.Flags&syntax.FoldCase == 0 && len(string(s.Rune)) > len(best) {
			best = string(s.Rune)
		}
	}
	return best
}

// matcher finds configured phrases in normalized text on word boundaries,
// leftmost-longest: "vice president" wins over "president". Phrases in
// scripts without spaces match anywhere; phrases starting with "re:" are
// regular expressions run on the normalized text.
type matcher struct {
	byFirst map[string][]phraseEntry // phrases by their first word, longest first
	cjk     []phraseEntry
	res     []regexEntry
}

func newMatcher() *matcher {
	return &matcher{byFirst: map[string][]phraseEntry{}}
}

// add registers a phrase under id. It returns an error for an empty phrase
// or a regular expression that does not compile.
func (m *matcher) add(phrase string, id int32) error {
	if rest, ok := strings.CutPrefix(phrase, "re:"); ok {
		re, err := regexp.Compile(rest)
		if err != nil {
			return fmt.Errorf("bad regular expression %q: %w", rest, err)
		}
		m.res = append(m.res, regexEntry{re: re, must: requiredLiteral(rest), id: id})
		return nil
	}
	p := normalize(phrase)
	if p == "" {
		return fmt.Errorf("phrase %q has no letters or digits", phrase)
	}
	if hasCJK(p) {
		m.cjk = append(m.cjk, phraseEntry{p, id})
		return nil
	}
	first, _, _ := strings.Cut(p, " ")
	list := m.byFirst[first]
	for _, e := range list {
		if e.text == p && e.id == id {
			return nil
		}
	}
	// keep longest first
	i := len(list)
	for i > 0 && len(list[i-1].text) < len(p) {
		i--
	}
	list = append(list, phraseEntry{})
	copy(list[i+1:], list[i:])
	list[i] = phraseEntry{p, id}
	m.byFirst[first] = list
	return nil
}

// scan appends to dst the phrases found in the normalized text t: at each
// word start, the phrases starting with that word are compared with the
// text, longest first; then the phrases of scripts without spaces and the
// regular expressions, keeping the leftmost-longest of overlapping hits.
func (m *matcher) scan(t string, dst []hit) []hit {
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
		if !strings.Contains(t, e.must) {
			continue
		}
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

// resolve sorts hits by position, longest first at equal starts, drops hits
// overlapping an earlier kept one, and returns how many remain.
func resolve(h []hit) int {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && (h[j].start < h[j-1].start ||
			h[j].start == h[j-1].start && h[j].end > h[j-1].end); j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
	n, end := 0, -1
	for _, x := range h {
		if x.start < end {
			continue
		}
		h[n] = x
		n++
		end = x.end
	}
	return n
}

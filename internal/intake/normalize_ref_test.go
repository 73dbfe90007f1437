package intake

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// The reference implementations below are the straightforward versions
// that Build and its helpers had before they were tuned for speed; the
// equivalence tests hold the fast ones to their exact output.

func refFieldName(raw string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range strings.TrimSpace(raw) {
		switch {
		case r == '-' || r == ' ' || r == '.' || r == '[' || r == ']':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
			prevLower = false
		case unicode.IsUpper(r):
			if prevLower {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = false
		default:
			b.WriteRune(r)
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		}
	}
	n := strings.Trim(b.String(), "_")
	if a, ok := aliases[n]; ok {
		return a
	}
	return n
}

func refBuild(form FormRules, pairs []Pair, ctx lead.Context) (*lead.Submission, error) {
	sub := &lead.Submission{FormID: form.ID, Context: ctx, Raw: map[string]string{}}
	values := map[string][]string{}
	var order []string
	for _, p := range pairs {
		rawName := strings.TrimSpace(p.Name)
		switch {
		case rawName == form.Honeypot:
			if v := strings.TrimSpace(p.Value); v != "" {
				sub.Control.Honeypot = capRunes(v, 200)
			}
			continue
		case rawName == FieldToken:
			sub.Control.Token = strings.TrimSpace(p.Value)
			continue
		case slices.Contains(refCaptchaFields, rawName):
			sub.Control.Captcha = strings.TrimSpace(p.Value)
			continue
		case strings.HasPrefix(rawName, "_") || rawName == "":
			continue
		}
		name := refFieldName(rawName)
		if name == "" || len(name) > MaxNameLen {
			continue
		}
		if len(sub.Raw) < MaxFields {
			if len(rawName) <= MaxNameLen {
				sub.Raw[rawName] = capRunes(p.Value, MaxExtraValue)
			}
		}
		if _, seen := values[name]; !seen {
			order = append(order, name)
		}
		values[name] = append(values[name], p.Value)
	}

	var extraNames []string
	for _, name := range order {
		v := refNormalizeValue(name, strings.Join(refNonEmpty(values[name]), ", "))
		if v == "" {
			continue
		}
		if lead.IsCanonical(name) {
			sub.Fields.Set(name, v)
			continue
		}
		extraNames = append(extraNames, name)
	}
	// Unknown fields are kept up to a bound, in a stable order.
	sort.Strings(extraNames)
	for i, name := range extraNames {
		if i >= MaxExtra {
			break
		}
		sub.Fields.Set(name, capRunes(refNormalizeValue(name, strings.Join(refNonEmpty(values[name]), ", ")), MaxExtraValue))
	}

	f := &sub.Fields
	f.Email = refNormalizeEmail(f.Email)
	if f.FirstName == "" && f.LastName == "" && f.Name != "" {
		f.FirstName, f.LastName = SplitName(f.Name)
	}
	if f.Consent != "" {
		f.Consent = normalizeConsent(f.Consent)
	}

	if form.Lenient {
		return sub, nil
	}
	problems := map[string]string{}
	for _, r := range form.Required {
		if strings.TrimSpace(f.Get(r)) == "" {
			problems[r] = "required"
		}
	}
	if f.Email != "" && !PlausibleEmail(f.Email) {
		problems["email"] = "not a valid email address"
	}
	if len(problems) > 0 {
		return nil, &Error{Kind: lead.EINVALID, Code: CodeValidation,
			Message: fmt.Sprintf("%d field(s) need attention", len(problems)), Fields: problems}
	}
	return sub, nil
}

func refNonEmpty(vs []string) []string {
	out := vs[:0:0]
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			out = append(out, v)
		}
	}
	return out
}

func refNormalizeValue(name, v string) string {
	v = norm.NFC.String(v)
	keepLines := refMultiline[name]
	var b strings.Builder
	b.Grow(len(v))
	space := false
	for _, r := range v {
		switch {
		case r == '\r':
			continue
		case r == '\n' && keepLines:
			b.WriteRune('\n')
			space = false
			continue
		case unicode.IsSpace(r):
			if keepLines {
				b.WriteRune(' ')
				continue
			}
			if !space {
				b.WriteRune(' ')
			}
			space = true
			continue
		case unicode.IsControl(r) || r == '\uFEFF' || (unicode.Is(unicode.Cf, r) && r != '\u200D' && r != '\u200C'):
			// Control and invisible format characters (bidi overrides and
			// the like) are dropped; joiners stay, scripts need them.
			continue
		}
		space = false
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	if keepLines {
		// At most one blank line in a row.
		for strings.Contains(out, "\n\n\n") {
			out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
		}
	}
	c, ok := caps[name]
	if !ok {
		c = defaultCap
	}
	return capRunes(out, c)
}

func refNormalizeEmail(e string) string {
	e = strings.TrimSpace(e)
	if len(e) > 7 && strings.EqualFold(e[:7], "mailto:") {
		e = e[7:]
	}
	at := strings.LastIndexByte(e, '@')
	if at < 0 {
		return e
	}
	return e[:at] + "@" + strings.ToLower(strings.TrimSuffix(e[at+1:], "."))
}

var refMultiline = map[string]bool{"message": true}

var refCaptchaFields = []string{"cf-turnstile-response", "g-recaptcha-response", "h-captcha-response"}

// refNeedsRewrite is needsRewrite one byte (or rune) at a time, without
// the eight-byte chunks, and without the newline report.
func refNeedsRewrite(v string, keepLines bool) (rewrite, ascii bool) {
	space := false
	ascii = true
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ':
				if space && !keepLines {
					return true, false
				}
				space = true
			case c == '\n' && keepLines:
				space = false
			case c < 0x20 || c == 0x7f:
				return true, false
			default:
				space = false
			}
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(v[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			return true, false
		case unicode.IsSpace(r), unicode.IsControl(r), r == '\uFEFF',
			unicode.Is(unicode.Cf, r) && r != '\u200D' && r != '\u200C':
			return true, false
		}
		space = false
	}
	return false, ascii
}

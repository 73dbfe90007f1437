package intake

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/memo"
	"github.com/leadsieve/leadsieve/internal/swar"
)

// Control field names. Names starting with "_" are machinery, never lead data.
const (
	FieldToken = "_token"
)

var captchaFields = []string{"cf-turnstile-response", "g-recaptcha-response", "h-captcha-response"}

// aliases maps common alternative field names onto canonical ones, after
// snake-casing.
var aliases = map[string]string{
	"e_mail": "email", "email_address": "email", "mail": "email", "your_email": "email",
	"fname": "first_name", "firstname": "first_name", "given_name": "first_name", "forename": "first_name",
	"lname": "last_name", "lastname": "last_name", "surname": "last_name", "family_name": "last_name",
	"full_name": "name", "fullname": "name", "your_name": "name", "contact_name": "name",
	"company_name": "company", "organization": "company", "organisation": "company", "org": "company", "business": "company",
	"title": "job_title", "jobtitle": "job_title", "role": "job_title", "position": "job_title",
	"phone_number": "phone", "telephone": "phone", "tel": "phone", "mobile": "phone",
	"employees": "company_size", "size": "company_size", "team_size": "company_size",
	"comments": "message", "comment": "message", "details": "message", "enquiry": "message", "inquiry": "message", "how_can_we_help": "message",
	"company_website": "website", "url": "website", "site": "website",
	"gdpr": "consent", "opt_in": "consent", "marketing_consent": "consent",
	"referer": "referrer",
}

// caps are the maximum lengths, in runes, of canonical fields.
var caps = map[string]int{
	"email": 254, "first_name": 100, "last_name": 100, "name": 200, "company": 200,
	"job_title": 200, "phone": 40, "country": 100, "company_size": 50, "industry": 100,
	"budget": 200, "timeline": 200, "message": 5000, "website": 500, "consent": 20,
	"page_url": 2000, "referrer": 2000,
}

const defaultCap = 300

// FieldName maps a submitted field name onto its canonical name: it
// snake-cases camelCase, dashes, dots and spaces, then applies aliases.
// Unknown names come back snake-cased.
func FieldName(raw string) string {
	return fieldInfoOf(strings.TrimSpace(raw)).name
}

// fieldInfo is what Build needs to know about a submitted field name.
type fieldInfo struct {
	name      string // FieldName
	cap       int    // the value's maximum length in runes
	canonical bool   // lead.IsCanonical(name)
}

// fieldInfos remembers fieldInfoOf's answers: a form posts the same few
// dozen names every time. 1024 slots of names up to MaxNameLen bytes
// bound it to about 200 KB.
var fieldInfos = memo.New[fieldInfo](1024, MaxNameLen)

// fieldInfoOf returns the fieldInfo of a trimmed field name.
func fieldInfoOf(raw string) fieldInfo {
	if fi, ok := fieldInfos.Get(raw); ok {
		return fi
	}
	// A copy: the name may be part of raw, which may be part of a large
	// body.
	n := strings.Clone(fieldName(raw))
	c, ok := caps[n]
	if !ok {
		c = defaultCap
	}
	fi := fieldInfo{name: n, cap: c, canonical: lead.IsCanonical(n)}
	fieldInfos.Put(raw, fi)
	return fi
}

// fieldName is FieldName for a trimmed name, worked out.
func fieldName(raw string) string {
	if n, ok := snakeASCII(raw); ok {
		if a, ok := aliases[n]; ok {
			return a
		}
		return n
	}
	var b strings.Builder
	prevLower := false
	for _, r := range raw {
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

// snakeASCII is FieldName's allocation-free path for names that are
// already snake case (lower-case ASCII letters, digits and underscores),
// which the general loop would copy unchanged.
func snakeASCII(raw string) (string, bool) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return "", false
		}
	}
	return strings.Trim(raw, "_"), true
}

// FormRules are the parts of a form's configuration that intake applies.
type FormRules struct {
	ID       string
	Honeypot string
	Required []string
	// Lenient skips the required-field and email-shape checks: exported
	// data is screened as it is, never refused.
	Lenient bool
	// NoRaw leaves Submission.Raw nil: batch screening judges a
	// submission and never stores it, so it needs no audit copy.
	NoRaw bool
}

// Build turns submitted pairs into a Submission for the form: control fields
// are separated, names canonicalized, values normalized and capped, a full
// name is split when first and last are missing, and required fields and the
// email's shape are checked. ctx is copied onto the submission.
func Build(form FormRules, pairs []Pair, ctx lead.Context) (*lead.Submission, error) {
	sub := &lead.Submission{FormID: form.ID, Context: ctx}
	if !form.NoRaw {
		sub.Raw = make(map[string]string, min(len(pairs), MaxFields))
	}
	// Values are grouped by canonical name in first-seen order. Forms have
	// a few dozen fields at most, so a slice searched linearly beats a map;
	// an index map takes over for unusually many names.
	var (
		groupBuf [24]fieldValues
		groups   = groupBuf[:0]
		index    map[string]int
	)
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
		case slices.Contains(captchaFields, rawName):
			sub.Control.Captcha = strings.TrimSpace(p.Value)
			continue
		case strings.HasPrefix(rawName, "_") || rawName == "":
			continue
		}
		fi := fieldInfoOf(rawName)
		name := fi.name
		if name == "" || len(name) > MaxNameLen {
			continue
		}
		if !form.NoRaw && len(sub.Raw) < MaxFields {
			if len(rawName) <= MaxNameLen {
				sub.Raw[rawName] = capRunes(p.Value, MaxExtraValue)
			}
		}
		i := -1
		if index != nil {
			if j, ok := index[name]; ok {
				i = j
			}
		} else {
			for j := range groups {
				if groups[j].name == name {
					i = j
					break
				}
			}
		}
		if i < 0 {
			i = len(groups)
			groups = append(groups, fieldValues{name: name, info: fi})
			if index != nil {
				index[name] = i
			} else if len(groups) > len(groupBuf) {
				index = make(map[string]int, 2*len(groups))
				for j, g := range groups {
					index[g.name] = j
				}
			}
		}
		groups[i].add(p.Value)
	}

	var extra []int
	for i := range groups {
		g := &groups[i]
		v := normalizeCapped(g.joined(), g.name == "message", g.info.cap)
		if v == "" {
			continue
		}
		if g.info.canonical {
			sub.Fields.Set(g.name, v)
			continue
		}
		extra = append(extra, i)
	}
	// Unknown fields are kept up to a bound, in a stable order.
	slices.SortFunc(extra, func(a, b int) int { return strings.Compare(groups[a].name, groups[b].name) })
	for n, i := range extra {
		if n >= MaxExtra {
			break
		}
		g := &groups[i]
		sub.Fields.Set(g.name, capRunes(normalizeCapped(g.joined(), false, g.info.cap), MaxExtraValue))
	}

	f := &sub.Fields
	f.Email = NormalizeEmail(f.Email)
	if f.FirstName == "" && f.LastName == "" && f.Name != "" {
		f.FirstName, f.LastName = SplitName(f.Name)
	}
	if f.Consent != "" {
		f.Consent = normalizeConsent(f.Consent)
	}

	if form.Lenient {
		return sub, nil
	}
	var problems map[string]string
	problem := func(field, msg string) {
		if problems == nil {
			problems = map[string]string{}
		}
		problems[field] = msg
	}
	for _, r := range form.Required {
		if strings.TrimSpace(f.Get(r)) == "" {
			problem(r, "required")
		}
	}
	if f.Email != "" && !PlausibleEmail(f.Email) {
		problem("email", "not a valid email address")
	}
	if len(problems) > 0 {
		return nil, &Error{Status: http.StatusBadRequest, Code: CodeValidation,
			Message: fmt.Sprintf("%d field(s) need attention", len(problems)), Fields: problems}
	}
	return sub, nil
}

// fieldValues collects the values submitted under one canonical name.
// The first value is held inline: most names are submitted once.
type fieldValues struct {
	name  string
	info  fieldInfo
	first string
	n     int
	more  []string
}

func (g *fieldValues) add(v string) {
	if g.n == 0 {
		g.first = v
	} else {
		g.more = append(g.more, v)
	}
	g.n++
}

// joined returns the non-blank values joined with ", ".
func (g *fieldValues) joined() string {
	if g.n == 1 {
		if strings.TrimSpace(g.first) == "" {
			return ""
		}
		return g.first
	}
	vs := make([]string, 0, g.n)
	vs = append(vs, g.first)
	vs = append(vs, g.more...)
	return strings.Join(nonEmpty(vs), ", ")
}

func nonEmpty(vs []string) []string {
	out := vs[:0:0]
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			out = append(out, v)
		}
	}
	return out
}

// normalizeValue applies NFC, strips control characters, trims, collapses
// whitespace on single-line fields and caps the length.
func normalizeValue(name, v string) string {
	c, ok := caps[name]
	if !ok {
		c = defaultCap
	}
	// Multiline fields keep their line breaks.
	return normalizeCapped(v, name == "message", c)
}

// normalizeCapped is normalizeValue for a field whose cap and kind
// (multiline or not) are known.
func normalizeCapped(v string, keepLines bool, maxRunes int) string {
	rewrite, ascii := needsRewrite(v, keepLines)
	if !ascii {
		// NFC changes nothing in ASCII; elsewhere it may, and the check
		// is repeated on what it returns.
		if nv := norm.NFC.String(v); nv != v {
			v = nv
			rewrite, _ = needsRewrite(v, keepLines)
		}
	}
	out := v
	if rewrite {
		out = rewriteValue(v, keepLines)
	}
	out = strings.TrimSpace(out)
	if keepLines {
		// At most one blank line in a row.
		for strings.Contains(out, "\n\n\n") {
			out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
		}
	}
	return capRunes(out, maxRunes)
}

// needsRewrite reports whether rewriteValue would change v: it finds a
// carriage return, a space other than U+0020 (or, on a single-line field,
// a second space in a row or a line break), a control or invisible format
// character, or invalid UTF-8. Most values have none and are kept as they
// are, without a copy. ascii reports that v is plain ASCII, which NFC
// leaves alone; it is false whenever the scan stopped early.
func needsRewrite(v string, keepLines bool) (rewrite, ascii bool) {
	space := false
	ascii = true
	for i := 0; i < len(v); {
		// Eight ASCII bytes at a time while nothing in them needs a
		// rewrite.
		for i+8 <= len(v) {
			x := swar.Load64(v, i)
			if x&swar.Highs != 0 {
				break
			}
			ctl := (^(x + swar.Ones*0x60) | swar.ZeroBytes(x^swar.Ones*0x7f)) & swar.Highs // bytes < 0x20, and 0x7f
			sp := swar.ZeroBytes(x ^ swar.Ones*' ')
			if keepLines {
				if ctl&^swar.ZeroBytes(x^swar.Ones*'\n') != 0 {
					break
				}
			} else if ctl != 0 || sp&(sp>>8) != 0 || space && sp&0x80 != 0 {
				break
			}
			space = sp>>63 != 0
			i += 8
		}
		if i == len(v) {
			break
		}
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
				// Controls, \r, and whitespace other than ' ' (tab, \n on
				// single-line fields, \v, \f) are rewritten.
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

// rewriteValue drops carriage returns, control and invisible format
// characters, turns other whitespace into spaces and, on single-line
// fields, collapses runs of it.
func rewriteValue(v string, keepLines bool) string {
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
	return b.String()
}

func capRunes(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return strings.TrimSpace(s[:pos])
		}
		i++
	}
	return s
}

// NormalizeEmail trims an address, drops a mailto: prefix and lower-cases
// the domain part (the local part is case-sensitive by RFC 5321).
func NormalizeEmail(e string) string {
	e = strings.TrimSpace(e)
	if len(e) > 7 && strings.EqualFold(e[:7], "mailto:") {
		e = e[7:]
	}
	at := strings.LastIndexByte(e, '@')
	if at < 0 {
		return e
	}
	dom := strings.ToLower(strings.TrimSuffix(e[at+1:], "."))
	if dom == e[at+1:] {
		return e // already normalized: no copy
	}
	return e[:at] + "@" + dom
}

// PlausibleEmail is the shape check that intake answers 400 for: one @,
// something on each side, no spaces, a dot in the domain. The strict
// RFC checks are screening's, which never answers with an error.
func PlausibleEmail(e string) bool {
	at := strings.IndexByte(e, '@')
	if at <= 0 || at != strings.LastIndexByte(e, '@') || at == len(e)-1 || len(e) > 254 {
		return false
	}
	if strings.ContainsAny(e, " \t\n<>,;\"") {
		return false
	}
	dom := e[at+1:]
	dot := strings.LastIndexByte(dom, '.')
	return dot > 0 && dot < len(dom)-1
}

// surnameParticles start a multi-word family name ("van der Berg").
var surnameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"da": true, "di": true, "dos": true, "das": true, "du": true, "la": true, "le": true,
	"ter": true, "ten": true, "bin": true, "al": true, "el": true, "ibn": true, "st.": true,
}

// SplitName splits a full name into first and last. In scripts that put the
// family name first (Han, Kana, Hangul) the first word is the family name.
// Lower-case particles stay with the family name.
func SplitName(full string) (first, last string) {
	words := strings.Fields(full)
	switch len(words) {
	case 0:
		return "", ""
	case 1:
		return words[0], ""
	}
	if familyFirst(words[0]) {
		return strings.Join(words[1:], " "), words[0]
	}
	i := len(words) - 1
	for i > 1 && surnameParticles[strings.ToLower(words[i-1])] && words[i-1] == strings.ToLower(words[i-1]) {
		i--
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
}

func familyFirst(w string) bool {
	for _, r := range w {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

func normalizeConsent(v string) string {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "on", "yes", "true", "1", "y", "checked", "agree", "agreed", "ja", "oui", "sí", "si":
		return "yes"
	case "off", "no", "false", "0", "n", "":
		return "no"
	}
	return v
}

package intake

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/lookalike"
)

// Control field names. Names starting with "_" are machinery, never lead data.
const (
	FieldToken = "_token"
)

// isCaptchaField reports whether name is the field of a CAPTCHA
// provider's response (Cloudflare Turnstile, reCAPTCHA, hCaptcha).
func isCaptchaField(name string) bool {
	switch name {
	case "cf-turnstile-response", "g-recaptcha-response", "h-captcha-response":
		return true
	}
	return false
}

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
// snake-cases camelCase, dashes, dots, brackets and spaces, then applies
// aliases. Unknown names come back snake-cased.
func FieldName(raw string) string {
	raw = strings.TrimSpace(raw)
	if lead.IsCanonical(raw) {
		return raw // what most forms post (a test checks it maps to itself)
	}
	var b strings.Builder
	b.Grow(len(raw))
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
	// Values are grouped by canonical name, in the order the names first
	// appear: a name submitted twice ("email", "Email") is joined in body
	// order.
	values := make(map[string]string, len(pairs))
	order := make([]string, 0, len(pairs))
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
		case isCaptchaField(rawName):
			sub.Control.Captcha = strings.TrimSpace(p.Value)
			continue
		case strings.HasPrefix(rawName, "_") || rawName == "":
			continue
		}
		name := FieldName(rawName)
		if name == "" || len(name) > MaxNameLen {
			continue
		}
		if sub.Raw != nil && len(sub.Raw) < MaxFields && len(rawName) <= MaxNameLen {
			sub.Raw[rawName] = capRunes(p.Value, MaxExtraValue)
		}
		if prev, seen := values[name]; seen {
			values[name] = joinValue(prev, p.Value)
		} else {
			order = append(order, name)
			values[name] = p.Value
		}
	}

	extra := map[string]string{} // unknown names' normalized values
	for _, name := range order {
		v := normalizeValue(name, values[name])
		switch {
		case v == "":
		case lead.IsCanonical(name):
			sub.Fields.Set(name, v)
		default:
			extra[name] = v
		}
	}
	// Unknown fields are kept up to a bound, in a stable order.
	for i, name := range slices.Sorted(maps.Keys(extra)) {
		if i >= MaxExtra {
			break
		}
		sub.Fields.Set(name, capRunes(extra[name], MaxExtraValue))
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
	problems := map[string]string{}
	for _, r := range form.Required {
		if strings.TrimSpace(f.Get(r)) == "" {
			problems[r] = "required"
		}
	}
	if f.Email != "" {
		if why := EmailProblem(f.Email); why != "" {
			problems["email"] = why
		}
	}
	if len(problems) > 0 {
		return nil, &Error{Kind: lead.EINVALID, Code: CodeValidation,
			Message: fmt.Sprintf("%d field(s) need attention", len(problems)), Fields: problems}
	}
	return sub, nil
}

// joinValue adds v to the values submitted before it under the same
// name, joined with ", ": blank values are left out (a blank one alone
// normalizes to "").
func joinValue(prev, v string) string {
	switch {
	case strings.TrimSpace(prev) == "":
		return v
	case strings.TrimSpace(v) == "":
		return prev
	}
	return prev + ", " + v
}

// normalizeValue applies NFC, drops carriage returns, control and
// invisible format characters, turns other white space into spaces,
// collapses runs of it on single-line fields, trims, and caps the length.
// The message is the one multiline field: it keeps its line breaks, with
// at most one blank line in a row.
func normalizeValue(name, v string) string {
	c, ok := caps[name]
	if !ok {
		c = defaultCap
	}
	if isPlainLine(v) {
		// Most values are: nothing below changes them, only the cap applies.
		return capRunes(v, c)
	}
	v = norm.NFC.String(v)
	keepLines := name == "message"
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
		for strings.Contains(out, "\n\n\n") {
			out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
		}
	}
	return capRunes(out, c)
}

// isPlainLine reports a value of printable ASCII whose spaces are single
// and inside it: normal already (NFC leaves ASCII as it is, and there is
// no control character, line break or space to drop, collapse or trim).
func isPlainLine(v string) bool {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c < ' ' || c > '~':
			return false
		case c == ' ' && (i == 0 || i == len(v)-1 || v[i-1] == ' '):
			return false
		}
	}
	return true
}

// capRunes cuts s to at most n runes, trimming the white space that the
// cut leaves at the end.
func capRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
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
// the domain part (the local part is case-sensitive by RFC 5321). A dot
// after the TLD is kept: live intake refuses it, and batch screening must
// see it to call the address invalid.
func NormalizeEmail(e string) string {
	e = strings.TrimSpace(e)
	if len(e) > 7 && strings.EqualFold(e[:7], "mailto:") {
		e = e[7:]
	}
	at := strings.LastIndexByte(e, '@')
	if at < 0 {
		return e
	}
	return e[:at] + "@" + strings.ToLower(e[at+1:])
}

// EmailProblem says why intake refuses address e with a 400 on the email
// field, or returns "": not a plausible address (PlausibleEmail), or a
// domain spelled to look like another (full-width letters, Latin mixed with
// Cyrillic or Greek look-alikes, a Latin-looking word in another alphabet:
// lookalike.Trick), since a reply would not reach the address the person
// reads. Imitations of well-known domains in plain letters ("paypa1.com")
// are screening's to score, not intake's to refuse.
func EmailProblem(e string) string {
	if !PlausibleEmail(e) {
		return "not a valid email address"
	}
	dom := strings.ToLower(e[strings.LastIndexByte(e, '@')+1:])
	if trick := lookalike.Trick(dom); trick != "" {
		return "not a valid email address: its domain " + trick
	}
	return ""
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
	// An RFC 2047 encoded word ("=?utf-8?b?...?=") is decoded by mail
	// clients wherever the address appears in a header, so the Reply-To of a
	// sales e-mail would name another address than the one stored. U+FFFD
	// marks bytes that were not text in the request's charset: the address
	// as typed is unknown.
	if (strings.Contains(e, "=?") && strings.Contains(e, "?=")) || strings.ContainsRune(e, utf8.RuneError) {
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

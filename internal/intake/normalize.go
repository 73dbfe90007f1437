package intake

import (
	"fmt"
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
// snake-cases camelCase, dashes, dots and spaces, then applies aliases.
// Unknown names come back snake-cased.
func FieldName(raw string) string {
	return fieldInfoOf(trimSpace(raw)).name
}

// fieldInfo is what Build needs to know about a submitted field name.
// Values are shared and never changed once made.
type fieldInfo struct {
	name string // FieldName
	cap  int    // the value's maximum length in runes
	// slot is the name's position in lead.CanonicalFields, or -1 when the
	// name is not canonical.
	slot int
	// keepLines marks the multiline field, whose line breaks are kept.
	keepLines bool
}

// fieldInfos remembers fieldInfoOf's answers: a form posts the same few
// dozen names every time. 1024 slots of names up to MaxNameLen bytes
// bound it to about 200 KB.
var fieldInfos = memo.New[*fieldInfo](1024, MaxNameLen)

// fieldInfoOf returns the fieldInfo of a trimmed field name.
func fieldInfoOf(raw string) *fieldInfo {
	if fi := canonicalInfo(raw); fi != nil {
		return fi
	}
	if fi, ok := fieldInfos.Get(raw); ok {
		return fi
	}
	fi := newFieldInfo(raw)
	fieldInfos.Put(raw, fi)
	return fi
}

// newFieldInfo works out the fieldInfo of a trimmed field name.
func newFieldInfo(raw string) *fieldInfo {
	// A copy: the name may be part of raw, which may be part of a large
	// body.
	n := strings.Clone(fieldName(raw))
	c, ok := caps[n]
	if !ok {
		c = defaultCap
	}
	return &fieldInfo{name: n, cap: c, slot: lead.FieldIndex(n), keepLines: n == "message"}
}

// canonicalInfos holds the fieldInfo of every canonical name, submitted
// as it is, at its nameHash: forms mostly post exactly these names, and
// finding them here costs less than hashing the whole name for
// fieldInfos. A name whose slot another took is left to fieldInfos (the
// hash is chosen so that none is).
var canonicalInfos = func() (t [1 << nameHashBits]canonicalEntry) {
	for _, n := range lead.CanonicalFields {
		if len(n) < minWordsName || len(n) > maxWordsName {
			continue
		}
		head, tail := nameWords(n)
		if e := &t[nameHash(head, tail, len(n))]; e.info == nil {
			*e = canonicalEntry{n: len(n), head: head, tail: tail, info: newFieldInfo(n)}
		}
	}
	return t
}()

// canonicalEntry is a slot of canonicalInfos: a name, by its length and
// nameWords, and its fieldInfo.
type canonicalEntry struct {
	n          int
	head, tail uint64
	info       *fieldInfo
}

// The names that nameWords packs are this long.
const (
	minWordsName = 4
	maxWordsName = 16
)

// nameWords packs a name of minWordsName to maxWordsName bytes into two
// words: its first and its last eight bytes (four, when it is shorter
// than eight), which overlap. Two names of the same length are equal
// exactly when their words are.
func nameWords(s string) (head, tail uint64) {
	if len(s) >= 8 {
		return swar.Load64(s, 0), swar.Load64(s, len(s)-8)
	}
	return load32(s, 0), load32(s, len(s)-4)
}

// nameHashBits is the size of canonicalInfos, in bits of nameHash.
const nameHashBits = 5

// nameHash hashes a name's nameWords and length. The multiplier gives
// every canonical name a slot of its own (a test checks it).
func nameHash(head, tail uint64, n int) uint64 {
	return (head ^ tail<<1 ^ uint64(n)) * 0x39557226e2166949 >> (64 - nameHashBits)
}

// canonicalInfo returns the fieldInfo of a name submitted exactly as a
// canonical one, or nil.
func canonicalInfo(raw string) *fieldInfo {
	if len(raw) < minWordsName || len(raw) > maxWordsName {
		return nil
	}
	head, tail := nameWords(raw)
	if e := &canonicalInfos[nameHash(head, tail, len(raw))]; e.n == len(raw) && e.head == head && e.tail == tail {
		return e.info
	}
	return nil
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
	sub := new(lead.Submission)
	if err := BuildInto(sub, form, pairs, ctx); err != nil {
		return nil, err
	}
	return sub, nil
}

// BuildInto is Build writing the submission into *sub, which it overwrites
// entirely, so that a caller judging many submissions one after another
// can reuse one. On error *sub is left in an unspecified state.
func BuildInto(sub *lead.Submission, form FormRules, pairs []Pair, ctx lead.Context) error {
	*sub = lead.Submission{FormID: form.ID, Context: ctx}
	if !form.NoRaw {
		sub.Raw = make(map[string]string, min(len(pairs), MaxFields))
	}
	// Values are grouped by canonical name in first-seen order. A
	// canonical name finds its group by its slot; other names are
	// searched linearly (forms have a few dozen fields at most), or in an
	// index map once there are unusually many groups.
	var (
		groupBuf [24]fieldValues
		groups   = groupBuf[:0]
		bySlot   [lead.NumCanonical]int32 // group index + 1, 0 for none yet
		index    map[string]int           // non-canonical names, when there are many groups
	)
	for k := range pairs {
		p := &pairs[k]
		rawName := p.Name
		if !untrimmed(rawName) {
			rawName = strings.TrimSpace(rawName)
		}
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
		switch {
		case fi.slot >= 0:
			i = int(bySlot[fi.slot]) - 1
		case index != nil:
			if j, ok := index[name]; ok {
				i = j
			}
		default:
			for j := range groups {
				if g := groups[j].info; g == fi || g.slot < 0 && g.name == name {
					i = j
					break
				}
			}
		}
		if i >= 0 {
			groups[i].more = append(groups[i].more, p.Value)
			continue
		}
		i = len(groups)
		if i < cap(groups) {
			groups = groups[:i+1] // cheaper than append while there is room
			groups[i] = fieldValues{info: fi, first: p.Value}
		} else {
			groups = append(groups, fieldValues{info: fi, first: p.Value})
		}
		switch {
		case fi.slot >= 0:
			bySlot[fi.slot] = int32(i + 1)
		case index != nil:
			index[name] = i
		}
		if index == nil && len(groups) > len(groupBuf) {
			index = make(map[string]int, 2*len(groups))
			for j, g := range groups {
				if g.info.slot < 0 {
					index[g.info.name] = j
				}
			}
		}
	}

	var extra []extraField
	for i := range groups {
		g := &groups[i]
		v := normalizeCapped(g.joined(), g.info.keepLines, g.info.cap)
		if v == "" {
			continue
		}
		if g.info.slot >= 0 {
			*sub.Fields.At(g.info.slot) = v
			continue
		}
		extra = append(extra, extraField{g.info.name, v})
	}
	// Unknown fields are kept up to a bound, in a stable order.
	slices.SortFunc(extra, func(a, b extraField) int { return strings.Compare(a.name, b.name) })
	for n, e := range extra {
		if n >= MaxExtra {
			break
		}
		// Unknown fields are single-line, as normalized above.
		sub.Fields.Set(e.name, capRunes(e.value, MaxExtraValue))
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
		return nil
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
		return &Error{Kind: lead.EINVALID, Code: CodeValidation,
			Message: fmt.Sprintf("%d field(s) need attention", len(problems)), Fields: problems}
	}
	return nil
}

// fieldValues collects the values submitted under one canonical name.
// The first value is held inline: most names are submitted once.
type fieldValues struct {
	info  *fieldInfo
	first string
	more  []string // values submitted again under the same name
}

// extraField is a normalized value of a name that is not canonical.
type extraField struct {
	name, value string
}

// joined returns the values joined with ", ", leaving out blank ones. A
// single value comes back as it is, even blank: normalization turns a
// blank value into "".
func (g *fieldValues) joined() string {
	if len(g.more) == 0 {
		return g.first
	}
	return g.join()
}

// join is joined for a name submitted more than once.
func (g *fieldValues) join() string {
	vs := make([]string, 0, 1+len(g.more))
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
	rewrite, nfc, newline := needsRewrite(v, keepLines)
	if !nfc {
		// NFC may change v, and the check is repeated on what it
		// returns.
		if nv := norm.NFC.String(v); nv != v {
			v = nv
			rewrite, _, newline = needsRewrite(v, keepLines)
		}
	}
	var out string
	if rewrite {
		out = strings.TrimSpace(rewriteValue(v, keepLines))
		newline = keepLines
	} else {
		out = trimClean(v)
	}
	if newline {
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
// are, without a copy. When rewrite is false, nfc reports that v has no
// rune beyond Latin-1 (U+00FF), which NFC leaves alone, and newline is
// true when v holds a line break (and may be true when it does not); both
// are false whenever the scan stopped early.
func needsRewrite(v string, keepLines bool) (rewrite, nfc, newline bool) {
	// space is 0x80 when the byte before i is a space (on single-line
	// fields), in the place of a chunk's first byte.
	var space, nl uint64
	nfc = true
	for i := 0; i < len(v); {
		// Eight ASCII bytes at a time while nothing in them needs a
		// rewrite, then the last few.
		for ; i+8 <= len(v); i += 8 {
			sp, lf, stop := scanChunk(swar.Load64(v, i), space, keepLines)
			if stop {
				break
			}
			nl |= lf
			space = sp >> 56 & 0x80
		}
		if i+8 > len(v) {
			if i == len(v) {
				break
			}
			// After the last chunk, space does not matter.
			if _, lf, stop := scanChunk(tailChunk(v, i), space, keepLines); !stop {
				nl |= lf
				break
			}
		}
		c := v[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ':
				if space != 0 && !keepLines {
					return true, false, false
				}
				space = 0x80
			case c == '\n' && keepLines:
				space = 0
				nl = swar.Highs
			case c < 0x20 || c == 0x7f:
				// Controls, \r, and whitespace other than ' ' (tab, \n on
				// single-line fields, \v, \f) are rewritten.
				return true, false, false
			default:
				space = 0
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		i += size
		switch {
		case r <= 0xff:
			// Latin-1's controls, no-break space and soft hyphen (a
			// format character) are rewritten; the rest are letters
			// and signs that NFC keeps, whatever surrounds them.
			if r <= 0xa0 || r == 0xad {
				return true, false, false
			}
			space = 0
			continue
		case r == utf8.RuneError && size == 1:
			return true, false, false
		case unicode.IsSpace(r), unicode.IsControl(r), r == '\uFEFF',
			unicode.Is(unicode.Cf, r) && r != '\u200D' && r != '\u200C':
			return true, false, false
		}
		nfc = false
		space = 0
	}
	return false, nfc, nl&swar.Highs != 0
}

// scanChunk is needsRewrite's test of eight bytes packed as by
// swar.Load64, after a space when space is 0x80: stop reports that the
// bytes are not all ASCII, or that some byte needs a rewrite. Unless
// stop, sp and lf have 0x80 in the place of each space and line feed
// (lf only on multiline fields).
func scanChunk(x, space uint64, keepLines bool) (sp, lf uint64, stop bool) {
	// The tests are exact for ASCII bytes (no carry crosses a byte); a
	// chunk with any other byte stops anyway.
	ctl := ^(x + swar.Ones*0x60) | (x + swar.Ones) // bytes < 0x20, and 0x7f
	sp = ^((x ^ swar.Ones*' ') + swar.Ones*0x7f)   // spaces
	var bad uint64
	if keepLines {
		lf = ^((x ^ swar.Ones*'\n') + swar.Ones*0x7f) // line feeds
		bad = ctl &^ lf
	} else {
		bad = ctl | sp&(sp<<8|space) // a space after a space
	}
	return sp & swar.Highs, lf & swar.Highs, (x|bad)&swar.Highs != 0
}

// chunkPad fills the bytes of a short chunk past the end of the value:
// 'a' is none of the bytes that needsRewrite looks for.
const chunkPad uint64 = swar.Ones * 'a'

// tailChunk packs the last n bytes of v, from i (0 < n < 8), into a
// uint64, v[i] lowest as swar.Load64 packs eight, and fills the rest with
// chunkPad.
func tailChunk(v string, i int) uint64 {
	n := len(v) - i
	pad := chunkPad << (8 * n & 63)
	if len(v) >= 8 {
		// The last eight bytes, shifted until v[i] is lowest.
		return swar.Load64(v, len(v)-8)>>((64-8*n)&63) | pad
	}
	// Two loads that overlap (or three single bytes) cover the n bytes;
	// a byte read twice lands in the same place.
	t := v[i:]
	if n >= 4 {
		return load32(t, 0) | load32(t, n-4)<<(8*(n-4)&63) | pad
	}
	return uint64(t[0]) | uint64(t[n/2])<<(8*(n/2)&63) | uint64(t[n-1])<<(8*(n-1)&63) | pad
}

// load32 packs s[i:i+4] into a uint64, s[i] lowest.
func load32(s string, i int) uint64 {
	s = s[i : i+4]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// trimClean is strings.TrimSpace for a value that needsRewrite passed:
// its only white space can be ' ' and '\n'.
func trimClean(v string) string {
	for len(v) > 0 && (v[0] == ' ' || v[0] == '\n') {
		v = v[1:]
	}
	for len(v) > 0 && (v[len(v)-1] == ' ' || v[len(v)-1] == '\n') {
		v = v[:len(v)-1]
	}
	return v
}

// trimSpace is strings.TrimSpace, with a shortcut for the usual string
// that has nothing to trim.
func trimSpace(s string) string {
	if untrimmed(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// untrimmed reports that s starts and ends with a printable ASCII
// character other than the space, so that strings.TrimSpace would keep
// it as it is. Callers that would rather not pay for a call test it
// themselves before trimming.
func untrimmed(s string) bool {
	return s != "" && graphicASCII(s[0]) && graphicASCII(s[len(s)-1])
}

// graphicASCII reports whether c is a printable ASCII character other
// than the space.
func graphicASCII(c byte) bool { return c-'!' <= '~'-'!' }

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

// capRunes cuts s to at most n runes, trimming the white space that the
// cut leaves at the end.
func capRunes(s string, n int) string {
	if len(s) <= n {
		return s // fewer bytes than n, so fewer runes
	}
	return capRunesSlow(s, n)
}

// capRunesSlow is capRunes for a string of more than n bytes.
func capRunesSlow(s string, n int) string {
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
// the domain part (the local part is case-sensitive by RFC 5321).
func NormalizeEmail(e string) string {
	e = trimSpace(e)
	if len(e) > 7 && e[0]|0x20 == 'm' && strings.EqualFold(e[:7], "mailto:") {
		e = e[7:]
	}
	// One pass from the end finds the last '@' and whether the domain
	// has an upper-case ASCII letter or a byte outside ASCII (which
	// lower-casing may change): eight bytes at a time while they have
	// neither, nor an '@', then a byte at a time.
	clean := !strings.HasSuffix(e, ".")
	end := len(e)
	for ; end >= 8; end -= 8 {
		// Exact for ASCII bytes, as in scanChunk.
		x := swar.Load64(e, end-8)
		at := ^((x ^ swar.Ones*'@') + swar.Ones*0x7f)
		if (x|swar.Capitals(x)|at)&swar.Highs != 0 {
			break
		}
	}
	for at := end - 1; at >= 0; at-- {
		switch c := e[at]; {
		case c == '@':
			if clean {
				return e // already normalized: no copy
			}
			return e[:at] + "@" + strings.ToLower(strings.TrimSuffix(e[at+1:], "."))
		case c-'A' < 26 || c >= utf8.RuneSelf:
			clean = false
		}
	}
	return e
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

package screen

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

// namesDetector checks person names and the company name.
type namesDetector struct{ e *Engine }

func (namesDetector) Name() string { return DetNames }

// nameField is one checked field.
type nameField struct {
	field  string
	value  string
	person bool
}

// gibberishFieldsCap caps gibberish_name at this many times its points,
// however many fields read as mash.
const gibberishFieldsCap = 2

func (d namesDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	f := &in.Sub.Fields
	fields := make([]nameField, 0, 4)
	for _, nf := range []nameField{
		{"first_name", f.FirstName, true}, {"last_name", f.LastName, true},
		{"name", f.Name, true}, {"company", f.Company, false},
	} {
		if nf.value = strings.TrimSpace(nf.value); nf.value != "" {
			fields = append(fields, nf)
		}
	}
	var rs []lead.Reason
	add := func(code, detail string) { rs = append(rs, in.reason(code, detail)) }

	var urlIn, repeated, digits, gib, keyboard []string
	var keyboardSample string
	var keyboardWhat gibberish.Pattern
	var gibSample string
	for _, nf := range fields {
		st := scanName(nf.value)
		if st.hasURL || (nf.person && hasBareDomain(nf.value)) || (!nf.person && hasCompanyLink(nf.value)) ||
			obfuscatedLink(nf.value, strings.ToLower(nf.value)) != "" {
			urlIn = append(urlIn, nf.field)
			continue // a URL is not a name: skip the other checks
		}
		if st.repeated() {
			repeated = append(repeated, nf.field)
			continue
		}
		if nf.person && st.digits > 0 {
			digits = append(digits, nf.field)
		}
		if p, ok := gibberish.KeyboardPattern(nf.value); ok {
			keyboard = append(keyboard, nf.field)
			if keyboardSample == "" {
				keyboardSample, keyboardWhat = nf.value, p
			}
		}
		if d.gibberish(nf.value, st.letters) {
			gib = append(gib, nf.field)
			if gibSample == "" {
				gibSample = nf.value
			}
		}
	}
	if len(urlIn) > 0 {
		add(CodeURLInName, "a link or email address in "+strings.Join(urlIn, ", "))
	}
	if len(repeated) > 0 {
		add(CodeRepeatedChars, "repeated characters in "+strings.Join(repeated, ", "))
	}
	if len(digits) > 0 {
		add(CodeDigitsInName, "digits in "+strings.Join(digits, ", "))
	}
	if len(gib) == 0 && !skipJoinedName(f) {
		// Each part too short to judge alone ("klkjh saga"): judge the
		// whole name, which counts as one field.
		if full := strings.TrimSpace(f.FirstName) + " " + strings.TrimSpace(f.LastName); d.gibberish(full, letterCount(full)) {
			gib = append(gib, "name")
			gibSample = full
		}
	}
	if len(gib) > 0 && in.Email.Valid && d.gibberishLocal(in.Email.Local) {
		// Only as a second opinion: a mashed name typed with a mashed
		// address. Short or initial-based local parts alone prove nothing.
		gib = append(gib, "email")
	}
	if len(gib) > 0 && d.gibberishWord(f.Message) {
		gib = append(gib, "message") // a one-word message of mash
	}
	if len(gib) > 0 {
		r := in.reason(CodeGibberishName, strings.Join(gib, ", ")+" looks like keyboard mash: "+quote(gibSample, 30))
		// Each mashed field is separate evidence: a person with a rare name
		// trips one field, a bot typing mash trips several.
		r.Points = min(len(gib), gibberishFieldsCap) * d.e.points[CodeGibberishName]
		rs = append(rs, r)
	}
	if msg := strings.TrimSpace(f.Message); msg != "" && !strings.ContainsAny(msg, " \t\n") {
		// A one-word message typed along the keyboard.
		if p, ok := gibberish.KeyboardPattern(msg); ok {
			keyboard = append(keyboard, "message")
			if keyboardSample == "" {
				keyboardSample, keyboardWhat = msg, p
			}
		}
	}
	if len(keyboard) > 0 && in.Email.Valid {
		// Only as a second opinion, like gibberish: "asdf1@" alone is a
		// choice of address, not a test.
		if _, ok := gibberish.KeyboardPattern(localLetters(in.Email.Local)); ok {
			keyboard = append(keyboard, "email")
		}
	}
	if len(keyboard) > 0 {
		where := " on " + keyboardWhat.Layout
		if keyboardWhat.Shape == gibberish.ShapeChunk {
			where = ""
		}
		r := in.reason(CodeKeyboardPattern, strings.Join(keyboard, ", ")+" typed as a "+keyboardWhat.Shape+where+": "+quote(keyboardSample, 30))
		r.Points = min(len(keyboard), keyboardFieldsCap) * d.e.points[CodeKeyboardPattern]
		rs = append(rs, r)
	}
	if why := testEntry(in); why != "" {
		add(CodeTestEntry, why)
	}
	if pieces := placeholderPieces(in); len(pieces) > 0 {
		r := in.reason(CodePlaceholderIdentity, clip(piecesDetail(pieces), reasonDetailMax))
		r.Points = min(piecesWeight(pieces), placeholderPiecesCap) * d.e.points[CodePlaceholderIdentity]
		rs = append(rs, r)
	}
	if v, n := sameValueEverywhere(in); n > 0 {
		r := in.reason(CodeSameValueEverywhere, "the same value "+quote(v, 30)+" in "+strconv.Itoa(n)+" fields")
		if n >= sameValueStrongFields {
			// A name typed again as company and message too: nobody
			// asks for anything that way.
			r.Points *= 2
		}
		rs = append(rs, r)
	}
	return rs
}

// keyboardFieldsCap caps keyboard_pattern at this many times its points.
const keyboardFieldsCap = 2

// localLetters returns the letters of an email local part before any
// +tag.
func localLetters(local string) string {
	local, _, _ = strings.Cut(local, "+")
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, local)
}

// gibberish asks the name model about one value. Values with fewer than
// six letters are never judged; shorter values need a higher score.
func (d namesDetector) gibberish(v string, letters int) bool {
	m := d.e.deps.Names
	if m == nil || letters < 6 {
		return false
	}
	need := min(0.98, d.e.cfg.GibberishAt+0.6/float64(letters))
	return m.Score(v) >= need
}

// skipJoinedName reports whether the first and last name are not both
// present, either is long enough to have been judged on its own, or both
// together are too short to judge (under eight letters: "Ana Lee").
func skipJoinedName(f *lead.Fields) bool {
	a, b := letterCount(f.FirstName), letterCount(f.LastName)
	return a == 0 || b == 0 || a >= 6 || b >= 6 || a+b < 8
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// gibberishWord judges a message that is one word of six or more ASCII
// letters.
func (d namesDetector) gibberishWord(msg string) bool {
	msg = strings.TrimSpace(msg)
	if strings.ContainsAny(msg, " \t\n") {
		return false
	}
	n := letterCount(msg)
	return n == len(msg) && d.gibberish(msg, n)
}

// gibberishLocal judges the letters of an email local part, ignoring
// digits, dots and other separators ("jkgshfgd42" -> "jkgshfgd").
func (d namesDetector) gibberishLocal(local string) bool {
	var letters strings.Builder
	for _, c := range []byte(local) {
		if 'a' <= c && c <= 'z' {
			letters.WriteByte(c)
		}
	}
	return d.gibberish(letters.String(), letters.Len())
}

// nameStats describe one name.
type nameStats struct {
	letters, digits int
	hasURL          bool
	first           rune // first letter, lower-cased
	allSame         bool // every letter equals first
	maxRun          int  // longest run of one letter
}

func (s nameStats) repeated() bool {
	return (s.allSame && s.letters >= 3) || s.maxRun >= 4
}

// scanName gathers the nameStats of v.
func scanName(v string) nameStats {
	st := nameStats{allSame: true}
	var prev rune
	run := 0
	for i, r := range v {
		switch {
		case unicode.IsLetter(r):
			f := unicode.ToLower(r)
			if st.letters == 0 {
				st.first = f
			} else if f != st.first {
				st.allSame = false
			}
			st.letters++
			if f == prev {
				run++
			} else {
				run = 1
			}
			prev = f
			st.maxRun = max(st.maxRun, run)
			continue
		case unicode.IsDigit(r):
			st.digits++
		case r == '@':
			st.hasURL = true
		case r == ':' && strings.HasPrefix(v[i:], "://"):
			st.hasURL = true
		}
		prev, run = 0, 0
	}
	if lv := strings.ToLower(v); strings.HasPrefix(lv, "www.") || strings.Contains(lv, " www.") ||
		strings.Contains(lv, "http//") || strings.Contains(lv, "https//") {
		st.hasURL = true
	}
	return st
}

// commonTLDs are top-level domains that make "word.tld" count as a link.
var commonTLDs = setOf(strings.Fields("com net org io co biz info ru su ua xyz top online site ly me us uk de fr nl es it pl cn jp in br au ca app dev shop store click link club pro tk ml ga cf gq cc tv ws website space live life world today email digital agency solutions services tech ai gg to ch at be se no dk fi cz hu ro gr pt vn kr eu asia")...)

// hasBareDomain reports a "word.tld" token in v (for person names, where
// no dot-containing word is plausible): a host and any delegated TLD, when
// a path follows ("goo.gl/x1": a name has no slash) or the host is no
// initial or title ("casino-italia.vip", "gewinn-aktion.win"; "J.Smith",
// "Dr.No" are names).
func hasBareDomain(v string) bool {
	for tok := range strings.FieldsSeq(strings.ToLower(v)) {
		if host, tld, path, ok := splitDomainToken(tok); ok && (has(commonTLDs, tld) || tldExists("."+tld)) &&
			(path || hostName(host)) {
			return true
		}
	}
	return false
}

// isDomainToken reports a lower-cased token of a message that looks like
// host.tld or host.tld/path (surrounding punctuation ignored): under a TLD
// common in links, or any delegated TLD when a path follows. Messages
// drop the space after a full stop ("children.my wife"), so a rarer TLD
// alone is no link there.
func isDomainToken(tok string) bool {
	_, tld, path, ok := splitDomainToken(tok)
	return ok && (has(commonTLDs, tld) || path && tldExists("."+tld))
}

// hostName reports a host part that reads as a site's name rather than an
// initial or a title before a dot: three letters or more in its last
// label.
func hostName(host string) bool {
	return utf8.RuneCountInString(host[strings.LastIndexByte(host, '.')+1:]) >= 3
}

// hasCompanyLink reports a link in a company field. Companies are named
// for their sites ("Booking.com", "Monday.com"), so a bare domain alone is
// no link there; a path after it is ("goo.gl/maps/x", "discord.gg/free"),
// and so is a domain under a TLD that spam favours ("backlinks.online").
func hasCompanyLink(v string) bool {
	for tok := range strings.FieldsSeq(strings.ToLower(v)) {
		if host, tld, path, ok := splitDomainToken(tok); ok && tldExists("."+tld) &&
			(path || hostName(host) && has(abusedTLDs, tld)) {
			return true
		}
	}
	return false
}

// splitDomainToken splits a lower-cased token that looks like host.tld or
// host.tld/path (surrounding punctuation ignored) into its host, its TLD
// and whether a path follows. The host holds letters, digits, hyphens and
// inner dots only.
func splitDomainToken(tok string) (host, tld string, path, ok bool) {
	tok = strings.Trim(tok, "()[]<>{}\"'.,;:!?*")
	if i := strings.IndexAny(tok, "/?#"); i >= 0 {
		tok, path = tok[:i], i < len(tok)-1
	}
	dot := strings.LastIndexByte(tok, '.')
	if dot <= 0 || dot == len(tok)-1 {
		return "", "", false, false
	}
	host, tld = tok[:dot], tok[dot+1:]
	for _, r := range host {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.') {
			return "", "", false, false
		}
	}
	return host, tld, path, host[0] != '.' && host[len(host)-1] != '.'
}

// testNameWords may make up a test entry's name; at least one must be a
// core word.
var (
	testCoreWords  = setOf("test", "testing", "tester", "uat", "asdf", "asdfg", "asdfgh", "qwerty", "qwert", "foo", "foobar", "lorem", "ipsum", "dummy", "zxcv", "jkl", "hjkl", "sdf", "fdsa", "aaa", "xxx", "test1", "test123")
	testExtraWords = setOf("user", "bar", "baz", "name", "sample", "company", "inc", "ltd", "llc", "corp", "person", "first", "last", "one", "1", "2", "123", "qa", "lead")
	testFullNames  = setOf("mickey mouse", "minnie mouse", "donald duck", "bugs bunny", "homer simpson", "john smith test", "first last", "firstname lastname", "your name", "no name", "noname")
	doeNames       = setOf("john doe", "jane doe", "john q public", "joe bloggs", "max mustermann", "erika mustermann")
	testLocals     = setOf("test", "testing", "tester", "asdf", "qwerty", "foo", "foobar", "example", "sample", "dummy", "fake", "none", "nobody", "noemail", "no-email", "noreply-test", "a", "aa", "aaa", "x", "xx", "xxx", "abc", "123", "test1", "test123")
	testDomains    = setOf("test.com", "test.net", "test.org", "asdf.com", "fake.com", "foo.com", "foobar.com", "abc.com", "aaa.com", "xxx.com", "email.com", "mail.test", "domain.com", "yourdomain.com", "company.com", "yourcompany.com")
)

// testMessageWords may fill a test message besides the test words ("this
// is a test", "just testing the form", "test message please ignore").
var testMessageWords = setOf("this", "is", "a", "just", "the", "form", "message", "please", "ignore", "from", "staging", "again", "only", "submission", "entry")

// placeholderCompanies are company names typed by people trying a form.
var placeholderCompanies = setOf("acme", "acme inc", "acme corp", "test", "test inc", "company", "example", "your company", "n/a")

// isTestMessage reports a message made only of test words with at least one
// core test word ("test test", "testing 123"), or "hello world".
func isTestMessage(msg string) bool {
	// Folding keeps at least one byte per rune that is not white space, so
	// a message with more than 60 of them is too long: most real messages
	// are, and need not be folded.
	nonSpace := 0
	for _, r := range msg {
		if !unicode.IsSpace(r) {
			nonSpace++
		}
	}
	if nonSpace > 60 {
		return false
	}
	m := foldSpaces(msg)
	if m == "" || len(m) > 60 {
		return false
	}
	words := strings.FieldsFunc(m, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 2 && words[0] == "hello" && words[1] == "world" {
		return true
	}
	core := false
	for _, w := range words {
		switch {
		case has(testCoreWords, w):
			core = true
		case has(testExtraWords, w), has(testMessageWords, w):
		default:
			return false
		}
	}
	return core
}

// wordSet is a set of words built at its first use: the screening
// package holds dozens of them, and building them all at package
// initialisation was a share of every intake cold start.
type wordSet struct {
	words func() map[string]struct{}
}

// setOf is the set of words, as given.
func setOf(words ...string) wordSet {
	return wordSet{sync.OnceValue(func() map[string]struct{} {
		m := make(map[string]struct{}, len(words))
		for _, w := range words {
			m[w] = struct{}{}
		}
		return m
	})}
}

// has reports whether k is in the set.
func has(s wordSet, k string) bool {
	_, ok := s.words()[k]
	return ok
}

// testEntry explains why the submission looks like a test, or "".
func testEntry(in *Input) string {
	f := &in.Sub.Fields
	full, company := foldSpaces(f.FullName()), foldSpaces(f.Company)
	named := f.FirstName != "" || f.LastName != "" || f.Name != ""
	em := in.Email
	testMail := em.Valid && (isTestLocal(em.Local) || has(testDomains, em.Domain))
	reservedMail := em.Valid && builtinReserved(em.Domain)
	switch {
	case full != "" && isTestName(full):
		return "test name " + quote(full, 30)
	case full != "" && has(testFullNames, full):
		return "placeholder name " + quote(full, 30)
	case full != "" && has(doeNames, full) && (testMail || reservedMail || !em.Present):
		return "placeholder name " + quote(full, 30) + " with a test address"
	case em.Valid && isTestLocal(em.Local) && (has(testDomains, em.Domain) || reservedMail):
		return "test address " + quote(em.Local+"@"+em.Domain, 50)
	case em.Valid && has(testCoreWords, em.Local) && (!named || isTestName(full)):
		return "test address " + quote(em.Local+"@…", 30)
	case (testMail || reservedMail || !named || has(doeNames, full) || has(placeholderCompanies, company)) &&
		isTestMessage(f.Message):
		// "testing 123" alone may be a person trying the form before a real
		// enquiry; with a placeholder name, company or address it is a test.
		return "test message " + quote(f.Message, 30) + " with placeholder details"
	}
	if isTestName(company) && (testMail || !named || isTestName(full)) {
		return "test company " + quote(company, 30)
	}
	return ""
}

// isTestLocal reports a test local part: a test word, or a core test word
// before the first '+', '.', '-' or '_' ("test+anything", "test.1").
func isTestLocal(local string) bool {
	if has(testLocals, local) {
		return true
	}
	for _, sep := range []string{"+", ".", "-", "_"} {
		if i := strings.Index(local, sep); i > 0 && has(testCoreWords, local[:i]) {
			return true
		}
	}
	return false
}

// isTestName reports a name made only of test words, with at least one
// core test word.
func isTestName(s string) bool {
	core := false
	for w := range strings.FieldsSeq(s) {
		switch {
		case has(testCoreWords, w):
			core = true
		case has(testExtraWords, w):
		default:
			return false
		}
	}
	return core
}

// foldSpaces lower-cases s and collapses white space.
func foldSpaces(s string) string {
	lower := strings.ToLower(s)
	if singleSpaced(lower) {
		return lower // as most names are: nothing to collapse
	}
	return strings.Join(strings.Fields(lower), " ")
}

// singleSpaced reports whether the only white space in s is single spaces
// between words.
func singleSpaced(s string) bool {
	prevSpace := true // no space at the start
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// sameValueEverywhere returns the repeated value and the number of fields
// when three or more filled text fields (the email's local part included)
// hold the same value.
func sameValueEverywhere(in *Input) (string, int) {
	f := &in.Sub.Fields
	vals := make([]string, 0, 9)
	for _, v := range []string{f.FirstName, f.LastName, f.Name, f.Company, f.JobTitle, f.Message, f.Website, f.Industry} {
		if v = strings.TrimSpace(v); v != "" {
			vals = append(vals, v)
		}
	}
	n := len(vals)
	if in.Email.Valid {
		n++
	}
	if n < 3 {
		return "", 0
	}
	// Spaces and case aside: "Brian Hunt" everywhere is one value.
	first := squeezeFold(vals[0])
	for _, v := range vals[1:] {
		if squeezeFold(v) != first {
			return "", 0
		}
	}
	if in.Email.Valid && localLetters(strings.ToLower(in.Email.Local)) != first &&
		strings.Trim(localLetters(strings.ToLower(in.Email.Local)), "0123456789") != first {
		// An address that is not the value too ("brianhunt4@") counts only
		// when three fields besides it agree.
		if len(vals) < 3 {
			return "", 0
		}
		n--
	}
	return vals[0], n
}

// sameValueStrongFields is the number of fields from which the same
// value everywhere weighs twice its points.
const sameValueStrongFields = 4

// squeezeFold folds v (see foldText) and removes its spaces.
func squeezeFold(v string) string { return strings.ReplaceAll(foldText(v), " ", "") }

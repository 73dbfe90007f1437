package screen

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/wordtable"
)

// namesDetector checks person names and the company name.
type namesDetector struct{ e *Engine }

func (namesDetector) Name() string { return DetNames }

// nameFieldNames are the checked fields, person names first.
var nameFieldNames = [...]string{"first_name", "last_name", "name", "company"}

// nameField is one checked field.
type nameField struct {
	field  string
	value  string
	person bool
}

func (d namesDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	return d.appendReasons(ctx, in, nil)
}

// appendReasons implements reasonAppender.
func (d namesDetector) appendReasons(_ context.Context, in *Input, rs []lead.Reason) []lead.Reason {
	f := &in.Sub.Fields
	var fieldsBuf [4]nameField
	fields := fieldsBuf[:0]
	for i, v := range [...]*string{&f.FirstName, &f.LastName, &f.Name, &f.Company} {
		if *v == "" {
			continue
		}
		if t := strings.TrimSpace(*v); t != "" {
			fields = append(fields, nameField{nameFieldNames[i], t, i < 3})
		}
	}
	add := func(code, detail string) { rs = append(rs, in.reason(code, detail)) }

	var urlIn, repeated, digits, gib []string
	var gibSample string
	// Letter counts of the first and last name, for the joined-name check
	// (trimming removes no letters).
	firstLetters, lastLetters := 0, 0
	for i := range fields {
		nf := &fields[i]
		st := scanName(nf.value)
		switch nf.field {
		case "first_name":
			firstLetters = st.letters
		case "last_name":
			lastLetters = st.letters
		}
		if st.hasURL || (nf.person && hasBareDomain(nf.value)) {
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
	if len(gib) == 0 && !skipJoinedLetters(firstLetters, lastLetters) {
		// Each part too short to judge alone ("klkjh saga"): judge the
		// whole name, which counts as one field. Its letters are those of
		// the two parts; it is built on the stack and copied only when
		// it becomes the sample.
		var buf [64]byte
		full := append(append(append(buf[:0], strings.TrimSpace(f.FirstName)...), ' '), strings.TrimSpace(f.LastName)...)
		if d.gibberishBytes(full, firstLetters+lastLetters) {
			gib = append(gib, "name")
			gibSample = string(full)
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
		r.Points = min(len(gib), 2) * d.e.points[CodeGibberishName]
		rs = append(rs, r)
	}
	if why := testEntry(in); why != "" {
		add(CodeTestEntry, why)
	}
	if v, n := sameValueEverywhere(in); n > 0 {
		add(CodeSameValueEverywhere, "the same value "+quote(v, 30)+" in "+strconv.Itoa(n)+" fields")
	}
	return rs
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

// gibberishBytes is gibberish for a value held in a byte slice; the
// conversion for the model's call does not escape.
func (d namesDetector) gibberishBytes(v []byte, letters int) bool {
	m := d.e.deps.Names
	if m == nil || letters < 6 {
		return false
	}
	need := min(0.98, d.e.cfg.GibberishAt+0.6/float64(letters))
	return m.Score(string(v)) >= need
}

// skipJoinedLetters reports, from the letter counts of the first and last
// name, whether they are not both present, either is long enough to have
// been judged on its own, or both together are too short to judge (under
// eight letters: "Ana Lee").
func skipJoinedLetters(a, b int) bool {
	return a == 0 || b == 0 || a >= 6 || b >= 6 || a+b < 8
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			n++
		}
		i += size
	}
	return n
}

// gibberishWord judges a message that is one word of six or more letters.
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
	var buf [64]byte
	letters := buf[:0]
	for i := 0; i < len(local) && len(letters) < len(buf); i++ {
		if c := local[i]; 'a' <= c && c <= 'z' {
			letters = append(letters, c)
		}
	}
	return d.gibberish(string(letters), len(letters))
}

// nameStats are counts gathered in one pass over a name.
type nameStats struct {
	letters, digits int
	hasURL          bool
	first           rune // first letter, folded
	allSame         bool // every letter equals first
	maxRun          int  // longest run of one letter
}

func (s nameStats) repeated() bool {
	return (s.allSame && s.letters >= 3) || s.maxRun >= 4
}

// scanName gathers nameStats in one pass. ASCII bytes are classified by
// table and "www." at the start or after a space, in any case, is spotted
// at the letter 'w' that begins it; other runes are classified as unicode
// says. The counts are kept in locals, which stay in registers, and no
// letter has been seen while maxRun is 0.
func scanName(v string) nameStats {
	var (
		letters, digits, maxRun, run int
		first, prev                  rune
		hasURL, www                  bool
	)
	allSame := true
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			switch nameByteClass[c] {
			case nbLetter:
				f := rune(c | 0x20) // ASCII letter to lower case
				if f == 'w' && !www && (i == 0 || v[i-1] == ' ') && i+4 <= len(v) &&
					v[i+1]|0x20 == 'w' && v[i+2]|0x20 == 'w' && v[i+3] == '.' {
					www = true
				}
				if f == prev {
					// The run goes on; prev was compared with first.
					run++
					maxRun = max(maxRun, run)
				} else {
					if letters == 0 {
						first, maxRun = f, 1
					} else if f != first {
						allSame = false
					}
					prev, run = f, 1
				}
				letters++
				i++
				continue
			case nbDigit:
				digits++
			case nbAt:
				hasURL = true
			case nbColon:
				if strings.HasPrefix(v[i:], "://") {
					hasURL = true
				}
			}
			prev, run = 0, 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		i += size
		isLetter, isDigit, f := classifyRune(r)
		switch {
		case isLetter:
			if letters == 0 {
				first = f
			} else if f != first {
				allSame = false
			}
			letters++
			if f == prev {
				run++
			} else {
				run = 1
			}
			prev = f
			maxRun = max(maxRun, run)
			continue
		case isDigit:
			digits++
		}
		prev, run = 0, 0
	}
	return nameStats{letters: letters, digits: digits, hasURL: hasURL || www, first: first, allSame: allSame, maxRun: maxRun}
}

// classifyRune reports whether r is a letter, else whether it is a digit,
// and r lower-cased (for letters), as unicode says; runes of one or two
// UTF-8 bytes are answered from a table.
func classifyRune(r rune) (isLetter, isDigit bool, lower rune) {
	if 0 <= r && r < rune(len(smallRunes)) {
		x := smallRunes[r]
		return x&1 != 0, x&2 != 0, rune(x >> 2)
	}
	if unicode.IsLetter(r) {
		return true, false, unicode.ToLower(r)
	}
	return false, unicode.IsDigit(r), r
}

// smallRunes holds, for each rune below 0x800, bit 0 for a letter, bit 1
// for a digit that is not a letter, and the rune lower-cased (letters
// only) from bit 2 up.
var smallRunes = func() (t [0x800]uint32) {
	for i := range t {
		r := rune(i)
		switch {
		case unicode.IsLetter(r):
			t[i] = uint32(unicode.ToLower(r))<<2 | 1
		case unicode.IsDigit(r):
			t[i] = uint32(r)<<2 | 2
		default:
			t[i] = uint32(r) << 2
		}
	}
	return t
}()

// Classes of ASCII bytes for scanName.
const (
	nbOther = iota
	nbLetter
	nbDigit
	nbAt
	nbColon
)

// nameByteClass classifies the ASCII bytes for scanName.
var nameByteClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = nbLetter, nbLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = nbDigit
	}
	t['@'], t[':'] = nbAt, nbColon
	return t
}()

// commonTLDs are top-level domains that make "word.tld" count as a link.
var commonTLDs = map[string]struct{}{}

func init() {
	for t := range strings.FieldsSeq("com net org io co biz info ru su ua xyz top online site ly me us uk de fr nl es it pl cn jp in br au ca app dev shop store click link club pro tk ml ga cf gq cc tv ws website space live life world today email digital agency solutions services tech ai gg to ch at be se no dk fi cz hu ro gr pt vn kr eu asia") {
		commonTLDs[t] = struct{}{}
	}
}

// hasBareDomain reports a "word.tld" token in v (for person names, where
// no dot-containing word is plausible).
func hasBareDomain(v string) bool {
	if strings.IndexByte(v, '.') < 0 {
		return false
	}
	for tok := range strings.FieldsSeq(v) {
		if isDomainToken(strings.ToLower(tok)) {
			return true
		}
	}
	return false
}

// isDomainToken reports a lower-cased token that looks like host.tld or
// host.tld/path (surrounding punctuation ignored).
func isDomainToken(tok string) bool {
	tok = strings.Trim(tok, "()[]<>{}\"'.,;:!?*")
	if i := strings.IndexAny(tok, "/?#"); i >= 0 {
		tok = tok[:i]
	}
	dot := strings.LastIndexByte(tok, '.')
	if dot <= 0 || dot == len(tok)-1 {
		return false
	}
	if _, ok := commonTLDs[tok[dot+1:]]; !ok {
		return false
	}
	host := tok[:dot]
	for _, r := range host {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.') {
			return false
		}
	}
	return host[0] != '.' && host[len(host)-1] != '.'
}

// testNameWords may make up a test entry's name; at least one must be a
// core word.
var (
	testCoreWords  = setOf("test", "testing", "tester", "asdf", "asdfg", "asdfgh", "qwerty", "qwert", "foo", "foobar", "lorem", "ipsum", "dummy", "zxcv", "jkl", "hjkl", "sdf", "fdsa", "aaa", "xxx", "test1", "test123")
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
	if rejectsTestMessage(msg) || nonSpaceRunesOver(msg, 60) || !mayStartTestMessage(msg) {
		// foldSpaces keeps at least one byte per non-space rune, so its
		// result would be longer than 60 bytes; or the first word cannot
		// start a test message: no need to build it.
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

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// testEntry explains why the submission looks like a test, or "".
//
// Every test below is a pure function of the submission, so the address
// facts most submissions never need (a test domain, a reserved domain) are
// looked up only by the cases that use them.
func testEntry(in *Input) string {
	f := &in.Sub.Fields
	var full string
	if first := f.FirstName; first != "" && mayStartTestName(first) || first == "" && mayStartTestName(f.Name) || first == "" && f.Name == "" && mayStartTestName(f.LastName) {
		full = foldSpaces(f.FullName())
	}
	named := f.FirstName != "" || f.LastName != "" || f.Name != ""
	em := &in.Email
	localTest := em.Valid && isTestLocal(em.Local)
	// testMail is a test local part or a test domain.
	testMail := func() bool { return localTest || em.Valid && testDomainSet.Has(em.Domain) }
	reservedMail := func() bool { return em.Valid && builtinReserved(em.Domain) }
	if full != "" {
		switch {
		case isTestName(full):
			return "test name " + quote(full, 30)
		case has(testFullNames, full):
			return "placeholder name " + quote(full, 30)
		case has(doeNames, full) && (testMail() || reservedMail() || !em.Present):
			return "placeholder name " + quote(full, 30) + " with a test address"
		}
	}
	switch {
	case localTest && (testDomainSet.Has(em.Domain) || reservedMail()):
		return "test address " + quote(em.Local+"@"+em.Domain, 50)
	case em.Valid && isTestCore(em.Local) && (!named || isTestName(full)):
		return "test address " + quote(em.Local+"@…", 30)
	case isTestMessage(f.Message) && (testMail() || reservedMail() || !named || has(doeNames, full) ||
		has(placeholderCompanies, foldSpaces(f.Company))):
		// "testing 123" alone may be a person trying the form before a real
		// enquiry; with a placeholder name, company or address it is a test.
		return "test message " + quote(f.Message, 30) + " with placeholder details"
	}
	if !mayStartTestName(f.Company) {
		return ""
	}
	if c := foldSpaces(f.Company); isTestName(c) && (testMail() || !named || isTestName(full)) {
		return "test company " + quote(c, 30)
	}
	return ""
}

// testFirstWords holds every word a test or placeholder name can start
// with, so most real names are dismissed without allocating.
var testFirstWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, set := range []map[string]struct{}{testCoreWords, testExtraWords, testFullNames, doeNames} {
		for k := range set {
			w, _, _ := strings.Cut(k, " ")
			m[w] = struct{}{}
		}
	}
	return m
}()

// testFirstSet is testFirstWords for fast lookups.
var (
	testFirstSet    = wordtable.SetOf(testFirstWords)
	testFirstFilter = newWordFilter(testFirstWords)
)

// wordFilter rules out most words missing from a set of words by their
// first byte, last byte and length alone.
type wordFilter struct {
	// first[c] and last[c] have bit n set when a word of n bytes (n < 32)
	// starts or ends with the byte c; bit 31 stands for longer words.
	first, last [256]uint32
}

func newWordFilter(set map[string]struct{}) *wordFilter {
	f := new(wordFilter)
	for w := range set {
		if w == "" {
			continue
		}
		bit := uint32(1) << min(len(w), 31)
		f.first[w[0]] |= bit
		f.last[w[len(w)-1]] |= bit
	}
	return f
}

// mayHave is false when w is surely not in the filter's set.
func (f *wordFilter) mayHave(w string) bool {
	if w == "" {
		return false
	}
	bit := uint32(1) << min(len(w), 31)
	return f.first[w[0]]&f.last[w[len(w)-1]]&bit != 0
}

// mayHaveBytes is mayHave for a word held in a byte slice.
func (f *wordFilter) mayHaveBytes(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	bit := uint32(1) << min(len(w), 31)
	return f.first[w[0]]&f.last[w[len(w)-1]]&bit != 0
}

// mayStartTestName reports whether the first word of s, lower-cased, can
// begin a test name.
func mayStartTestName(s string) bool {
	// Trimming changes nothing when both ends are ASCII and not white
	// space, the usual case.
	if s != "" && (s[0] >= utf8.RuneSelf || asciiSpace[s[0]] || s[len(s)-1] >= utf8.RuneSelf || asciiSpace[s[len(s)-1]]) {
		s = strings.TrimSpace(s)
	}
	if s == "" {
		return false
	}
	var buf [24]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			break
		}
		if c >= utf8.RuneSelf || n == len(buf) {
			return false // every test word is short ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	w := buf[:n]
	return testFirstFilter.mayHaveBytes(w) && testFirstSet.Has(string(w))
}

// isTestLocal reports a test local part: a test word, or a core test word
// before the first '+', '.', '-' or '_' ("test+anything", "test.1").
func isTestLocal(local string) bool {
	if testLocalFilter.mayHave(local) && testLocalSet.Has(local) {
		return true
	}
	// Only the first occurrence of each separator counts, and only one
	// within maxCoreWordLen bytes can follow a core word.
	var seen uint8
	for i := 0; i < len(local) && i <= maxCoreWordLen; i++ {
		var bit uint8
		switch local[i] {
		case '+':
			bit = 1
		case '.':
			bit = 2
		case '-':
			bit = 4
		case '_':
			bit = 8
		default:
			continue
		}
		if seen&bit != 0 {
			continue
		}
		seen |= bit
		if i > 0 && isTestCore(local[:i]) {
			return true
		}
	}
	return false
}

// maxCoreWordLen is the length of the longest core test word.
var maxCoreWordLen = maxLen(testCoreWords)

// maxLen returns the length of the longest word of set.
func maxLen(set map[string]struct{}) int {
	n := 0
	for w := range set {
		n = max(n, len(w))
	}
	return n
}

// testLocalSet, testCoreSet and testDomainSet are testLocals,
// testCoreWords and testDomains for fast lookups.
var (
	testLocalSet  = wordtable.SetOf(testLocals)
	testCoreSet   = wordtable.SetOf(testCoreWords)
	testDomainSet = wordtable.SetOf(testDomains)

	testLocalFilter = newWordFilter(testLocals)
	testCoreFilter  = newWordFilter(testCoreWords)
)

// isTestCore reports a core test word.
func isTestCore(w string) bool {
	return testCoreFilter.mayHave(w) && testCoreSet.Has(w)
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

func has(m map[string]struct{}, k string) bool {
	_, ok := m[k]
	return ok
}

// testMessageFirst holds every word isTestMessage accepts, and "hello".
var testMessageFirst = func() map[string]struct{} {
	m := map[string]struct{}{"hello": {}}
	for _, set := range []map[string]struct{}{testCoreWords, testExtraWords, testMessageWords} {
		for k := range set {
			m[k] = struct{}{}
		}
	}
	return m
}()

// mayStartTestMessage is false when the first word of msg, as isTestMessage
// would split it, is plain ASCII and not in testMessageFirst: then the
// message is not a test message. It is true whenever it cannot tell.
func mayStartTestMessage(msg string) bool {
	i := 0
	for i < len(msg) {
		c := msg[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			break
		}
		i++
	}
	var buf [16]byte
	n := 0
	for ; i < len(msg); i++ {
		c := msg[i]
		if c >= utf8.RuneSelf {
			return true // the word may go on in another script
		}
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			break
		}
		if n == len(buf) {
			return false // longer than any accepted word
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if n == 0 {
		return true
	}
	_, ok := testMessageFirst[string(buf[:n])]
	return ok
}

// testMessageAccepted holds every word a test message may be made of
// (besides "hello world"), for fast lookups.
var testMessageAccepted, testMessageFilter = func() (*wordtable.Set, *wordFilter) {
	m := map[string]struct{}{}
	for _, set := range []map[string]struct{}{testCoreWords, testExtraWords, testMessageWords} {
		for k := range set {
			m[k] = struct{}{}
		}
	}
	return wordtable.SetOf(m), newWordFilter(m)
}()

// maxTestMessageWord bounds the length of the words in testMessageAccepted.
const maxTestMessageWord = 16

// rejectsTestMessage reports whether a word of msg proves that it is not a
// test message: a word isTestMessage's loop would refuse ("hello" first
// and "world" second excepted). It splits and lower-cases words as
// isTestMessage does (lower-case the whole message, then split at runes
// that are neither letters nor digits); rejection does not depend on the
// message's length. It is false whenever it cannot tell.
func rejectsTestMessage(msg string) bool {
	var buf [maxTestMessageWord]byte
	k := 0         // index of the current word
	hello := false // the first word is "hello"
	for i := 0; i < len(msg); {
		if c := msg[i]; c < utf8.RuneSelf && asciiWordLower[c] < 0 {
			i++
			continue
		} else if c >= utf8.RuneSelf {
			if l, size := lowerWordRune(msg, i); l < 0 {
				i += size
				continue
			}
		}
		// A word starts at i. long: it cannot be an accepted word (too
		// long, or a rune outside ASCII once lower-cased).
		n, long := 0, false
		for i < len(msg) {
			l, size := rune(asciiWordLower[msg[i]&0x7f]), 1
			if msg[i] >= utf8.RuneSelf {
				l, size = lowerWordRune(msg, i)
			}
			if l < 0 {
				break
			}
			i += size
			if l >= utf8.RuneSelf || n == len(buf) {
				long = true
				continue
			}
			buf[n] = byte(l)
			n++
		}
		w := buf[:n]
		switch {
		case long:
			return true // not an accepted word, nor "hello" or "world"
		case k == 0 && string(w) == "hello":
			hello = true
		case hello:
			// Only "hello world" passes with a first word that is not
			// accepted.
			if k > 1 || string(w) != "world" {
				return true
			}
		case !testMessageFilter.mayHaveBytes(w) || !testMessageAccepted.Has(string(w)):
			return true
		}
		k++
	}
	return false
}

// asciiWordLower maps ASCII letters and digits to themselves lower-cased
// and every other ASCII byte to -1: isTestMessage's word separators.
var asciiWordLower = func() (t [utf8.RuneSelf]int8) {
	for c := range t {
		t[c] = -1
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = int8(c), int8(c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = int8(c)
	}
	return t
}()

// lowerWordRune returns the rune that starts at msg[i], which is not
// ASCII, lower-cased, or -1 when it is neither a letter nor a digit once
// lower-cased (isTestMessage's word separators), and its size in bytes.
// Invalid UTF-8 separates words.
func lowerWordRune(msg string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(msg[i:])
	if l := unicode.ToLower(r); unicode.IsLetter(l) || unicode.IsDigit(l) {
		return l, size
	}
	return -1, size
}

// nonSpaceRunesOver reports whether s has more than n runes that are not
// white space (unicode.IsSpace, as strings.Fields splits).
func nonSpaceRunesOver(s string, n int) bool {
	c := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			if asciiSpace[b] {
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if unicode.IsSpace(r) {
				continue
			}
		}
		if c++; c > n {
			return true
		}
	}
	return false
}

// asciiSpace flags the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// foldSpaces lower-cases s and collapses white space.
func foldSpaces(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '\t' || c == '\n' || c == '\r' || (c == ' ' && i > 0 && s[i-1] == ' ') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// sameValueEverywhere returns the repeated value and the number of fields
// when three or more filled text fields (the email's local part included)
// hold the same value.
//
// It stops at the first filled field that differs from the first one.
func sameValueEverywhere(in *Input) (string, int) {
	f := &in.Sub.Fields
	var first string
	n := 0
	for _, v := range [...]*string{&f.FirstName, &f.LastName, &f.Name, &f.Company, &f.JobTitle, &f.Message, &f.Website, &f.Industry} {
		if *v == "" {
			continue
		}
		t := strings.TrimSpace(*v)
		switch {
		case t == "":
			continue
		case n == 0:
			first = t
		case !strings.EqualFold(t, first):
			return "", 0
		}
		n++
	}
	if in.Email.Valid {
		if n > 0 && !strings.EqualFold(in.Email.Local, first) {
			return "", 0
		}
		if n == 0 {
			first = in.Email.Local
		}
		n++
	}
	if n < 3 {
		return "", 0
	}
	return first, n
}

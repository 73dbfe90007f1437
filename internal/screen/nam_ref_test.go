package screen

// The names detector as it was before its performance work (round 2): the
// reference the current code is held to by nam_equiv_test.go.

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// namRefDetect is the former Detect.
func (d namesDetector) namRefDetect(_ context.Context, in *Input) []lead.Reason {
	f := &in.Sub.Fields
	var fieldsBuf [4]nameField
	fields := fieldsBuf[:0]
	for _, nf := range [...]nameField{
		{"first_name", f.FirstName, true}, {"last_name", f.LastName, true},
		{"name", f.Name, true}, {"company", f.Company, false},
	} {
		if nf.value = strings.TrimSpace(nf.value); nf.value != "" {
			fields = append(fields, nf)
		}
	}
	var rs []lead.Reason
	add := func(code, detail string) { rs = append(rs, in.reason(code, detail)) }

	var urlIn, repeated, digits, gib []string
	var gibSample string
	for _, nf := range fields {
		st := refScanName(nf.value)
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
	if len(gib) == 0 && !namRefSkipJoinedName(f) {
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
		r.Points = min(len(gib), 2) * d.e.points[CodeGibberishName]
		rs = append(rs, r)
	}
	if why := namRefTestEntry(in); why != "" {
		add(CodeTestEntry, why)
	}
	if v, n := namRefSameValueEverywhere(in); n > 0 {
		add(CodeSameValueEverywhere, "the same value "+quote(v, 30)+" in "+strconv.Itoa(n)+" fields")
	}
	return rs
}

// namRefSkipJoinedName is the former skipJoinedName: reports whether the first and last name are not both
// present, either is long enough to have been judged on its own, or both
// together are too short to judge (under eight letters: "Ana Lee").
func namRefSkipJoinedName(f *lead.Fields) bool {
	a, b := letterCount(f.FirstName), letterCount(f.LastName)
	return a == 0 || b == 0 || a >= 6 || b >= 6 || a+b < 8
}

// namRefIsTestMessage is the former isTestMessage: reports a message made only of test words with at least one
// core test word ("test test", "testing 123"), or "hello world".
func namRefIsTestMessage(msg string) bool {
	if nonSpaceRunesOver(msg, 60) || !mayStartTestMessage(msg) {
		// foldSpaces keeps at least one byte per non-space rune, so its
		// result would be longer than 60 bytes; or the first word cannot
		// start a test message: no need to build it.
		return false
	}
	return refIsTestMessage(msg)
}

// namRefTestEntry is the former testEntry: explains why the submission looks like a test, or "".
func namRefTestEntry(in *Input) string {
	f := &in.Sub.Fields
	var full string
	if first := f.FirstName; first != "" && namRefMayStartTestName(first) || first == "" && namRefMayStartTestName(f.Name) || first == "" && f.Name == "" && namRefMayStartTestName(f.LastName) {
		full = foldSpaces(f.FullName())
	}
	named := f.FirstName != "" || f.LastName != "" || f.Name != ""
	em := in.Email
	testMail := em.Valid && (namRefIsTestLocal(em.Local) || testDomainSet.Has(em.Domain))
	reservedMail := em.Valid && builtinReserved(em.Domain)
	switch {
	case full != "" && isTestName(full):
		return "test name " + quote(full, 30)
	case full != "" && has(testFullNames, full):
		return "placeholder name " + quote(full, 30)
	case full != "" && has(doeNames, full) && (testMail || reservedMail || !em.Present):
		return "placeholder name " + quote(full, 30) + " with a test address"
	case em.Valid && namRefIsTestLocal(em.Local) && (has(testDomains, em.Domain) || reservedMail):
		return "test address " + quote(em.Local+"@"+em.Domain, 50)
	case em.Valid && has(testCoreWords, em.Local) && (!named || isTestName(full)):
		return "test address " + quote(em.Local+"@…", 30)
	case namRefIsTestMessage(f.Message) && (testMail || reservedMail || !named || has(doeNames, full) ||
		has(placeholderCompanies, foldSpaces(f.Company))):
		// "testing 123" alone may be a person trying the form before a real
		// enquiry; with a placeholder name, company or address it is a test.
		return "test message " + quote(f.Message, 30) + " with placeholder details"
	}
	if !namRefMayStartTestName(f.Company) {
		return ""
	}
	if c := foldSpaces(f.Company); isTestName(c) && (testMail || !named || isTestName(full)) {
		return "test company " + quote(c, 30)
	}
	return ""
}

// namRefMayStartTestName is the former mayStartTestName: reports whether the first word of s, lower-cased, can
// begin a test name.
func namRefMayStartTestName(s string) bool {
	s = strings.TrimSpace(s)
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
	_, ok := testFirstWords[string(buf[:n])]
	return ok
}

// namRefIsTestLocal is the former isTestLocal.
func namRefIsTestLocal(local string) bool {
	if testLocalSet.Has(local) {
		return true
	}
	// test+anything, test.1
	for _, sep := range [...]byte{'+', '.', '-', '_'} {
		if i := strings.IndexByte(local, sep); i > 0 && testCoreSet.Has(local[:i]) {
			return true
		}
	}
	return false
}

// namRefSameValueEverywhere is the former sameValueEverywhere: returns the repeated value and the number of fields
// when three or more filled text fields (the email's local part included)
// hold the same value.
func namRefSameValueEverywhere(in *Input) (string, int) {
	f := &in.Sub.Fields
	var buf [9]string
	vals := buf[:0]
	for _, v := range [...]string{f.FirstName, f.LastName, f.Name, f.Company, f.JobTitle, f.Message, f.Website, f.Industry} {
		if v = strings.TrimSpace(v); v != "" {
			vals = append(vals, v)
		}
	}
	if in.Email.Valid {
		vals = append(vals, in.Email.Local)
	}
	if len(vals) < 3 {
		return "", 0
	}
	for _, v := range vals[1:] {
		if !strings.EqualFold(v, vals[0]) {
			return "", 0
		}
	}
	return vals[0], len(vals)
}

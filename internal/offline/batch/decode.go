package batch

import (
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/swar"
)

// This file holds the fast decoder for one interchange line. It is a
// hand-written scanner for exactly the Input schema, meant to give the same
// result as encoding/json (the reference, see decodeStd). It never reports
// errors itself: whenever it meets anything it is not sure to treat exactly
// like encoding/json — malformed JSON, a value of the wrong type, a key that
// only matches a field under Unicode case folding, very deep nesting — it
// gives up, and Decode lets encoding/json decide and word the error.

// maxSkipDepth bounds the nesting of unknown values the fast path skips;
// deeper input goes to encoding/json, which has its own limit.
const maxSkipDepth = 256

// fastDecoder scans one line. All strings without escapes or invalid UTF-8
// are substrings of s, so a line costs one copy instead of one per string.
type fastDecoder struct {
	s    string
	i    int
	buf  []byte // scratch for unescaping
	room *room  // storage for the fields and elapsed time, or nil
}

// room is storage decoded alongside an Input, so that a typical line's
// fields and elapsed time come with the Input's own allocation.
type room struct {
	fields  [16]Field
	elapsed int64
}

// decoded is an Input with its room.
type decoded struct {
	in   Input
	room room
}

// decodeFast decodes line into in and reports whether it could; when it
// reports false, in is in an unspecified state.
func decodeFast(line []byte, in *Input, r *room) bool {
	return decodeFastString(string(line), in, r)
}

// decodeFastString is decodeFast for a line held in a string, which the
// decoded strings share.
func decodeFastString(line string, in *Input, r *room) bool {
	d := fastDecoder{s: line, room: r}
	return d.input(in)
}

// ws skips whitespace.
func (d *fastDecoder) ws() {
	d.i = skipWS(d.s, d.i)
}

// skipWS returns the index of the first byte of s from i on that is not
// whitespace. The one space after the separators Python's json.dumps
// writes (", " and ": ") is checked for first.
func skipWS(s string, i int) int {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && s[i] <= ' ' {
		i = skipWSLoop(s, i)
	}
	return i
}

// skipWSLoop is skipWS for any run of whitespace.
func skipWSLoop(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// peek skips whitespace and returns the next byte, or 0 at the end.
func (d *fastDecoder) peek() byte {
	d.ws()
	if d.i < len(d.s) {
		return d.s[d.i]
	}
	return 0
}

// consume skips whitespace and then c, reporting whether it was there.
func (d *fastDecoder) consume(c byte) bool {
	if d.peek() != c {
		return false
	}
	d.i++
	return true
}

// literal consumes the literal word (true, false, null) at d.i.
func (d *fastDecoder) literal(word string) bool {
	if !strings.HasPrefix(d.s[d.i:], word) {
		return false
	}
	d.i += len(word)
	return true
}

// member moves to the next member of an object: with first set, d.i is at
// the object's '{', else just past the previous member's value. It returns
// the member's key with d.i at its value (not at the end of the line), or
// done with d.i past the object's '}' (and ok set); ok is false for a
// syntax error.
func (d *fastDecoder) member(first bool) (key string, done, ok bool) {
	s, i := d.s, d.i
	if !first {
		i = skipWS(s, i)
		if i == len(s) || s[i] != ',' {
			if i < len(s) && s[i] == '}' {
				d.i = i + 1
				return "", true, true
			}
			return "", false, false
		}
	}
	i = skipWS(s, i+1) // past '{' or ','
	if i == len(s) || s[i] != '"' {
		if first && i < len(s) && s[i] == '}' {
			d.i = i + 1
			return "", true, true
		}
		return "", false, false
	}
	// str, inline for the common plain key.
	if j := stopAt(s, i+1); j < len(s) && s[j] == '"' {
		key, i = s[i+1:j], j+1
	} else {
		if key, ok = d.strRest(i + 1); !ok {
			return "", false, false
		}
		i = d.i
	}
	i = skipWS(s, i)
	if i == len(s) || s[i] != ':' {
		return "", false, false
	}
	d.i = skipWS(s, i+1)
	return key, false, d.i < len(s)
}

// Input's members, by their index in topKeys.
const (
	topID = iota
	topFormID
	topSubmittedAt
	topFields
	topContext
	topLabel
	topCategory
	topOutcome
)

// Context's members, by their index in contextKeys.
const (
	ctxIP = iota
	ctxUserAgent
	ctxAcceptLanguage
	ctxOrigin
	ctxReferer
	ctxElapsedMS
)

// topKeys and contextKeys are the JSON names of Input's and Context's
// fields.
var (
	topKeys = [...]string{
		topID: "id", topFormID: "form_id", topSubmittedAt: "submitted_at", topFields: "fields",
		topContext: "context", topLabel: "label", topCategory: "category", topOutcome: "outcome",
	}
	contextKeys = [...]string{
		ctxIP: "ip", ctxUserAgent: "user_agent", ctxAcceptLanguage: "accept_language",
		ctxOrigin: "origin", ctxReferer: "referer", ctxElapsedMS: "elapsed_ms",
	}
)

// What foldKey, topKey and contextKey return for a key that is no field's.
const (
	keyNone = -1 // matches no field: the value is skipped
	keyFold = -2 // not ASCII: Unicode case folding might match a field
)

// topKey returns the index in topKeys of the field key names, as
// encoding/json matches keys to struct fields, or keyNone or keyFold.
// The exact names are a switch; foldKey handles the rest.
func topKey(key string) int {
	switch key {
	case "id":
		return topID
	case "form_id":
		return topFormID
	case "submitted_at":
		return topSubmittedAt
	case "fields":
		return topFields
	case "context":
		return topContext
	case "label":
		return topLabel
	case "category":
		return topCategory
	case "outcome":
		return topOutcome
	}
	return foldKey(key, topKeys[:])
}

// contextKey is topKey for contextKeys.
func contextKey(key string) int {
	switch key {
	case "ip":
		return ctxIP
	case "user_agent":
		return ctxUserAgent
	case "accept_language":
		return ctxAcceptLanguage
	case "origin":
		return ctxOrigin
	case "referer":
		return ctxReferer
	case "elapsed_ms":
		return ctxElapsedMS
	}
	return foldKey(key, contextKeys[:])
}

// foldKey returns the index of the name in names that key matches as
// encoding/json matches struct fields when none matches exactly (the
// caller has checked that): case-insensitively. It returns keyNone for no
// match, and keyFold when key is not ASCII: then Unicode case folding
// might apply, which the fast path leaves to encoding/json.
func foldKey(key string, names []string) int {
	for i := 0; i < len(key); i++ {
		if key[i] >= utf8.RuneSelf {
			return keyFold
		}
	}
	for i, n := range names {
		if strings.EqualFold(key, n) {
			return i
		}
	}
	return keyNone
}

// input decodes the whole line, an object, into in.
func (d *fastDecoder) input(in *Input) bool {
	if d.peek() != '{' {
		return false
	}
	strs := [len(topKeys)]*string{topID: &in.ID, topFormID: &in.FormID, topLabel: &in.Label,
		topCategory: &in.Category, topOutcome: &in.Outcome}
	for first := true; ; first = false {
		key, done, ok := d.member(first)
		if done || !ok {
			d.ws()
			return ok && d.i == len(d.s)
		}
		switch k := topKey(key); k {
		case topSubmittedAt:
			ok = d.timeField(in)
		case topFields:
			ok = d.fields(in)
		case topContext:
			ok = d.context(&in.Context)
		default:
			ok = d.strMember(k, strs[:])
		}
		if !ok {
			return false
		}
	}
}

// strMember decodes the value of a member whose key matched the field k
// (see topKey) into strs[k], a string field, or skips it for keyNone.
func (d *fastDecoder) strMember(k int, strs []*string) bool {
	switch {
	case k == keyNone:
		return d.skip(0)
	case k < 0 || strs[k] == nil: // keyFold, or a field not a string
		return false
	}
	return d.strField(strs[k])
}

// strField decodes a string value into p; null leaves p alone.
func (d *fastDecoder) strField(p *string) bool {
	switch d.s[d.i] {
	case '"':
		s, ok := d.str()
		if ok {
			*p = s
		}
		return ok
	case 'n':
		return d.literal("null")
	}
	return false
}

// timeField decodes the time at d.i as encoding/json does, by handing the
// raw value to time.Time's UnmarshalJSON; the common exact form
// "2006-01-02T15:04:05Z" is parsed here, to the same value.
func (d *fastDecoder) timeField(in *Input) bool {
	start := d.i
	if end := start + len(`"2006-01-02T15:04:05Z"`); end <= len(d.s) && d.s[start] == '"' && d.s[end-1] == '"' {
		if t, ok := parseUTCSeconds(d.s[start+1 : end-1]); ok {
			in.SubmittedAt = t
			d.i = end
			return true
		}
	}
	switch d.s[d.i] {
	case '"':
		if _, ok := d.str(); !ok {
			return false
		}
	case 'n':
		return d.literal("null")
	default:
		return false
	}
	return in.SubmittedAt.UnmarshalJSON([]byte(d.s[start:d.i])) == nil
}

// parseUTCSeconds parses s when it is exactly of the form
// "2006-01-02T15:04:05Z" and time.Time's RFC 3339 parser accepts it,
// giving the same value (in UTC, as time.Date gives it); it reports false
// for anything else, which the caller leaves to that parser.
func parseUTCSeconds(s string) (time.Time, bool) {
	if len(s) != len("2006-01-02T15:04:05Z") || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
		s[13] != ':' || s[16] != ':' || s[19] != 'Z' {
		return time.Time{}, false
	}
	hi, lo := digits2(s[0], s[1]), digits2(s[2], s[3])
	month, day := digits2(s[5], s[6]), digits2(s[8], s[9])
	hour, minute, sec := digits2(s[11], s[12]), digits2(s[14], s[15]), digits2(s[17], s[18])
	// digits2 is negative for non-digits, so the year needs no range check.
	year := hi*100 + lo
	if hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) ||
		hour < 0 || hour > 23 || minute < 0 || minute > 59 || sec < 0 || sec > 59 {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC), true
}

// digits2 returns the number the decimal digits a and b spell, or -1 when
// one is not a digit.
func digits2(a, b byte) int {
	a, b = a-'0', b-'0' // non-digits wrap around to above 9
	if a > 9 || b > 9 {
		return -1
	}
	return int(a)*10 + int(b)
}

// daysIn returns the number of days of month (1 to 12) in year, by the
// proleptic Gregorian calendar, as the time package counts them.
func daysIn(month, year int) int {
	if month == 2 {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	// 30 + 1 for January, March, May, July, August, October, December.
	return 30 + (month+month>>3)&1
}

// fields decodes the fields object (or null) at d.i into in.Fields.
func (d *fastDecoder) fields(in *Input) bool {
	switch d.s[d.i] {
	case 'n':
		if !d.literal("null") {
			return false
		}
		in.Fields = nil
		return true
	case '{':
	default:
		return false
	}
	if in.Fields != nil {
		// A second "fields" key: encoding/json merges it into the
		// first's map.
		more, ok := d.fieldList(nil)
		for _, f := range more {
			in.Fields.Set(f.Name, f.Value)
		}
		return ok
	}
	fs := Fields{}
	if d.room != nil {
		fs = d.room.fields[:0]
	}
	fs, ok := d.fieldList(fs)
	in.Fields = fs[:len(fs):len(fs)]
	return ok
}

// fieldList appends the members of the object at d.i to fs, which is
// empty, as Fields.Set adds them: a repeated name keeps its last value
// where it first appeared.
func (d *fastDecoder) fieldList(fs Fields) (Fields, bool) {
	var seen uint64 // the nameBit of every name in fs
	for first := true; ; first = false {
		key, done, ok := d.member(first)
		if done || !ok {
			return fs, ok
		}
		v, ok := d.value()
		if !ok {
			return fs, false
		}
		if bit := nameBit(key); seen&bit == 0 {
			seen |= bit
			fs = append(fs, Field{Name: key, Value: v})
		} else {
			fs.Set(key, v) // maybe a repeated name
		}
	}
}

// nameBit returns a bit standing for name: equal names have equal bits,
// so a name whose bit is not among those of earlier names is new. It
// hashes the length and the first, middle and last bytes; any hash would
// be correct, this one gives the common form fields bits of their own.
func nameBit(name string) uint64 {
	h := uint64(len(name))
	if len(name) > 0 {
		h = h<<24 | uint64(name[0])<<16 | uint64(name[len(name)/2])<<8 | uint64(name[len(name)-1])
	}
	return 1 << ((h * 0xff51afd7ed558ccd) >> 58)
}

// value decodes the field value at d.i as Value.UnmarshalJSON does;
// arrays and objects, which it rejects, are left to encoding/json.
func (d *fastDecoder) value() (Value, bool) {
	switch c := d.s[d.i]; {
	case c == '"':
		s, ok := d.str()
		return Value(s), ok
	case c == 't':
		return "true", d.literal("true")
	case c == 'f':
		return "false", d.literal("false")
	case c == 'n':
		return "", d.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		n, ok := d.number()
		return Value(n), ok
	}
	return "", false
}

// context decodes the context object (or null) at d.i into c.
func (d *fastDecoder) context(c *Context) bool {
	switch d.s[d.i] {
	case 'n':
		return d.literal("null")
	case '{':
	default:
		return false
	}
	strs := [len(contextKeys)]*string{ctxIP: &c.IP, ctxUserAgent: &c.UserAgent,
		ctxAcceptLanguage: &c.AcceptLanguage, ctxOrigin: &c.Origin, ctxReferer: &c.Referer}
	for first := true; ; first = false {
		key, done, ok := d.member(first)
		if done || !ok {
			return ok
		}
		if k := contextKey(key); k == ctxElapsedMS {
			ok = d.elapsed(c)
		} else {
			ok = d.strMember(k, strs[:])
		}
		if !ok {
			return false
		}
	}
}

// elapsed decodes elapsed_ms, an integer or null, as encoding/json
// decodes an *int64.
func (d *fastDecoder) elapsed(c *Context) bool {
	switch ch := d.s[d.i]; {
	case ch == 'n':
		if !d.literal("null") {
			return false
		}
		c.ElapsedMS = nil
		return true
	case ch == '-' || ch >= '0' && ch <= '9':
		raw, ok := d.number()
		if !ok {
			return false
		}
		n, ok := smallInt(raw)
		if !ok {
			var err error
			if n, err = strconv.ParseInt(raw, 10, 64); err != nil {
				return false // fractions, exponents, overflow: a type error
			}
		}
		if d.room == nil {
			c.ElapsedMS = new(n)
		} else {
			// Like encoding/json, a repeated key writes where the
			// first pointed.
			d.room.elapsed = n
			c.ElapsedMS = &d.room.elapsed
		}
		return true
	}
	return false
}

// smallInt returns the value of the JSON number raw when it is an integer
// of at most 18 digits, which cannot overflow; for anything else it reports
// false and leaves the number to strconv.ParseInt.
func smallInt(raw string) (int64, bool) {
	digits := strings.TrimPrefix(raw, "-")
	if len(digits) == 0 || len(digits) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(digits); i++ {
		c := digits[i] - '0'
		if c > 9 {
			return 0, false
		}
		n = n*10 + int64(c)
	}
	if len(digits) < len(raw) {
		n = -n
	}
	return n, true
}

// skip consumes any valid JSON value at d.i.
func (d *fastDecoder) skip(depth int) bool {
	if depth > maxSkipDepth || d.i >= len(d.s) {
		return false
	}
	switch c := d.s[d.i]; {
	case c == '"':
		return d.skipStr()
	case c == '{':
		d.i++
		if d.consume('}') {
			return true
		}
		for {
			if d.peek() != '"' || !d.skipStr() || !d.consume(':') {
				return false
			}
			d.ws()
			if !d.skip(depth + 1) {
				return false
			}
			switch d.peek() {
			case ',':
				d.i++
			case '}':
				d.i++
				return true
			default:
				return false
			}
		}
	case c == '[':
		d.i++
		if d.consume(']') {
			return true
		}
		for {
			d.ws()
			if !d.skip(depth + 1) {
				return false
			}
			switch d.peek() {
			case ',':
				d.i++
			case ']':
				d.i++
				return true
			default:
				return false
			}
		}
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		_, ok := d.number()
		return ok
	}
	return false
}

// number consumes a JSON number and returns its text.
func (d *fastDecoder) number() (string, bool) {
	s, i := d.s, d.i
	start := i
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i >= len(s):
		return "", false
	case s[i] == '0':
		i++
	case s[i] >= '1' && s[i] <= '9':
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	default:
		return "", false
	}
	if i < len(s) && s[i] == '.' {
		i++
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == j {
			return "", false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == j {
			return "", false
		}
	}
	d.i = i
	return s[start:i], true
}

// skipStr consumes a valid JSON string without decoding it.
func (d *fastDecoder) skipStr() bool {
	s := d.s
	for i := d.i + 1; i < len(s); i++ {
		for i+8 <= len(s) && plainStrWord(swar.Load64(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		switch c := s[i]; {
		case c == '"':
			d.i = i + 1
			return true
		case c < ' ':
			return false
		case c == '\\':
			i++
			if i >= len(s) {
				return false
			}
			switch s[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if hex4(s, i+1) < 0 {
					return false
				}
				i += 4
			default:
				return false
			}
		}
	}
	return false
}

// str consumes the string at d.i and returns its decoded value: a substring
// of the line when it needs no unescaping or UTF-8 repair. The common
// plain ASCII string is done inline.
func (d *fastDecoder) str() (string, bool) {
	start := d.i + 1
	if i := stopAt(d.s, start); i < len(d.s) && d.s[i] == '"' {
		d.i = i + 1
		return d.s[start:i], true
	}
	return d.strRest(start)
}

// stopAt returns the index of the first byte of s from i on that a JSON
// string does not hold as itself (see strStops), or len(s).
func stopAt(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := strStops(swar.Load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && strPlain[s[i]] {
		i++
	}
	return i
}

// strRest is str for the other strings: those with multi-byte runes,
// escapes or invalid UTF-8.
func (d *fastDecoder) strRest(start int) (string, bool) {
	s := d.s
	for i := stopAt(s, start); i < len(s); i = stopAt(s, i) {
		switch c := s[i]; {
		case c == '"':
			d.i = i + 1
			return s[start:i], true
		case c < utf8.RuneSelf: // '\\' or a control byte
			return d.strSlow(start, i)
		}
		// Multi-byte runes stand for themselves when they are valid
		// UTF-8; invalid bytes become U+FFFD.
		for i < len(s) && s[i] >= utf8.RuneSelf {
			if c := s[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				i += 2 // a valid two-byte rune, as in Latin scripts
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return d.strSlow(start, i)
			}
			i += size
		}
	}
	return "", false
}

// strStops flags the bytes of x (s[i] lowest) that a JSON string does not
// hold as themselves: bytes below ' ', '"', '\\', and every byte of a
// multi-byte rune (which the caller checks). A flagged byte has its high
// bit set in the result. The lowest flagged byte is exact; bytes above it
// may be flagged falsely (a borrow runs on).
//
// For bytes below 0x80, v-0x01 sets the high bit where v is zero (or a
// borrow arrived), and x-0x20 where x is below ' '; bytes from 0x80 up are
// flagged by their own high bit.
func strStops(x uint64) uint64 {
	q := x ^ (swar.Ones * '"')
	b := x ^ (swar.Ones * '\\')
	return (x | (x - swar.Ones*' ') | (q - swar.Ones) | (b - swar.Ones)) & swar.Highs
}

// plainStrWord reports whether eight bytes are all ASCII at or above ' '
// other than '"' and '\\': bytes a JSON string holds as themselves.
func plainStrWord(x uint64) bool {
	return strStops(x) == 0
}

// strPlain marks the ASCII bytes that stand for themselves in a string.
var strPlain = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= ' ' && c < utf8.RuneSelf && c != '"' && c != '\\'
	}
	return t
}()

// strSlow decodes a string from start, whose bytes up to i need no change.
func (d *fastDecoder) strSlow(start, i int) (string, bool) {
	s := d.s
	b := append(d.buf[:0], s[start:i]...)
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			d.i = i + 1
			d.buf = b
			return string(b), true
		case c < ' ':
			return "", false
		case c == '\\':
			if i+1 >= len(s) {
				return "", false
			}
			switch e := s[i+1]; e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := hex4(s, i+2)
				if r < 0 {
					return "", false
				}
				i += 6
				if utf16.IsSurrogate(r) {
					// A valid pair is one rune; anything else is U+FFFD, and
					// whatever follows is decoded on its own.
					r2 := rune(-1)
					if i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
						r2 = hex4(s, i+2)
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
						i += 6
					} else {
						r = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, r)
				continue
			default:
				return "", false
			}
			i += 2
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r) // invalid bytes become U+FFFD, one each
			i += size
		}
	}
	return "", false
}

// hex4 decodes the four hex digits at s[i:], or returns -1.
func hex4(s string, i int) rune {
	if i+4 > len(s) {
		return -1
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

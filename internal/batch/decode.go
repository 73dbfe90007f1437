package batch

import (
	"strconv"
	"strings"
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

// fieldPair is one decoded entry of the fields object.
type fieldPair struct {
	k string
	v Value
}

// fastDecoder scans one line. All strings without escapes or invalid UTF-8
// are substrings of s, so a line costs one copy instead of one per string.
type fastDecoder struct {
	s     string
	i     int
	plain *[256]bool // strPlainUTF8 when s is valid UTF-8, else strPlain
	buf   []byte     // scratch for unescaping
	room  *room      // storage for the fields and elapsed time, or nil
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
	d := fastDecoder{s: string(line), plain: &strPlain, room: r}
	if utf8.Valid(line) {
		d.plain = &strPlainUTF8
	}
	return d.input(in)
}

func (d *fastDecoder) ws() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
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

// object scans an object whose '{' is at d.i, calling member for every key
// with d.i at its value; member must consume the value.
func (d *fastDecoder) object(member func(key string) bool) bool {
	d.i++ // '{'
	if d.consume('}') {
		return true
	}
	for {
		if d.peek() != '"' {
			return false
		}
		key, ok := d.str()
		if !ok || !d.consume(':') {
			return false
		}
		d.ws()
		if d.i == len(d.s) || !member(key) {
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
}

func (d *fastDecoder) input(in *Input) bool {
	if d.peek() != '{' {
		return false
	}
	ok := d.object(func(key string) bool {
		switch foldKey(key, topKeys) {
		case "id":
			return d.strField(&in.ID)
		case "form_id":
			return d.strField(&in.FormID)
		case "label":
			return d.strField(&in.Label)
		case "category":
			return d.strField(&in.Category)
		case "outcome":
			return d.strField(&in.Outcome)
		case "submitted_at":
			return d.timeField(in)
		case "fields":
			return d.fields(in)
		case "context":
			return d.context(&in.Context)
		case "":
			return d.skip(0)
		}
		return false // a key that needs Unicode folding
	})
	d.ws()
	return ok && d.i == len(d.s)
}

// topKeys and contextKeys are the JSON names of Input's and Context's fields.
var (
	topKeys     = []string{"id", "form_id", "submitted_at", "fields", "context", "label", "category", "outcome"}
	contextKeys = []string{"ip", "user_agent", "accept_language", "origin", "referer", "elapsed_ms"}
)

// foldKey returns the name in names that key matches as encoding/json
// matches struct fields (exactly, else case-insensitively), "" for none,
// and "?" when key is not ASCII and does not match exactly: then Unicode
// case folding might apply, which the fast path leaves to encoding/json.
func foldKey(key string, names []string) string {
	for _, n := range names {
		if key == n {
			return n
		}
	}
	for i := 0; i < len(key); i++ {
		if key[i] >= utf8.RuneSelf {
			return "?"
		}
	}
	for _, n := range names {
		if strings.EqualFold(key, n) {
			return n
		}
	}
	return ""
}

// strField decodes a string value into p; null leaves p alone.
func (d *fastDecoder) strField(p *string) bool {
	switch d.peek() {
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

// timeField hands the raw value to time.Time's UnmarshalJSON, as
// encoding/json does.
func (d *fastDecoder) timeField(in *Input) bool {
	start := d.i
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
	// The pairs live on the stack here: a slice held in the decoder would
	// go to the heap with it, as strings the decoder returns alias d.s.
	var pairBuf [32]fieldPair
	pairs := pairBuf[:0]
	ok := d.object(func(key string) bool {
		var v Value
		switch c := d.s[d.i]; {
		case c == '"':
			s, ok := d.str()
			if !ok {
				return false
			}
			v = Value(s)
		case c == 't':
			if !d.literal("true") {
				return false
			}
			v = "true"
		case c == 'f':
			if !d.literal("false") {
				return false
			}
			v = "false"
		case c == 'n':
			if !d.literal("null") {
				return false
			}
		case c == '-' || c >= '0' && c <= '9':
			n, ok := d.number()
			if !ok {
				return false
			}
			v = Value(n)
		default:
			return false // arrays and objects are errors; let encoding/json say so
		}
		pairs = append(pairs, fieldPair{key, v})
		return true
	})
	if !ok {
		return false
	}
	var fs Fields
	if d.room != nil && in.Fields == nil && len(pairs) <= len(d.room.fields) {
		fs = d.room.fields[:0:len(pairs)]
	} else {
		fs = make(Fields, 0, len(pairs))
	}
	for _, p := range pairs {
		fs.Set(p.k, p.v)
	}
	if in.Fields != nil {
		// A second "fields" key: encoding/json merges it into the
		// first's map.
		for _, f := range fs {
			in.Fields.Set(f.Name, f.Value)
		}
		return true
	}
	in.Fields = fs
	return true
}

func (d *fastDecoder) context(c *Context) bool {
	switch d.s[d.i] {
	case 'n':
		return d.literal("null")
	case '{':
	default:
		return false
	}
	return d.object(func(key string) bool {
		switch foldKey(key, contextKeys) {
		case "ip":
			return d.strField(&c.IP)
		case "user_agent":
			return d.strField(&c.UserAgent)
		case "accept_language":
			return d.strField(&c.AcceptLanguage)
		case "origin":
			return d.strField(&c.Origin)
		case "referer":
			return d.strField(&c.Referer)
		case "elapsed_ms":
			return d.elapsed(c)
		case "":
			return d.skip(0)
		}
		return false
	})
}

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
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return false // fractions, exponents, overflow: a type error
		}
		if d.room == nil {
			c.ElapsedMS = &n
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
// of the line when it needs no unescaping or UTF-8 repair.
func (d *fastDecoder) str() (string, bool) {
	s := d.s
	start := d.i + 1
	plain := d.plain
	anyHigh := plain == &strPlainUTF8
	for i := start; i < len(s); {
		// Skip eight plain bytes at a time.
		if anyHigh {
			for i+8 <= len(s) && plainUTF8Word(swar.Load64(s, i)) {
				i += 8
			}
		} else {
			for i+8 <= len(s) && plainStrWord(swar.Load64(s, i)) {
				i += 8
			}
		}
		for i < len(s) && plain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		switch c := s[i]; {
		case c == '"':
			d.i = i + 1
			return s[start:i], true
		case c == '\\' || c < utf8.RuneSelf:
			return d.strSlow(start, i)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return d.strSlow(start, i)
			}
			i += size
		}
	}
	return "", false
}

// plainStrWord reports whether eight bytes are all ASCII at or above ' '
// other than '"' and '\\': bytes a JSON string holds as themselves.
func plainStrWord(x uint64) bool {
	return x&swar.Highs == 0 && !swar.HasLess(x, ' ') && !swar.HasByte(x, '"') && !swar.HasByte(x, '\\')
}

// plainUTF8Word reports whether strPlainUTF8 holds for all eight bytes
// (it may say no for some that are: the byte loop then decides).
func plainUTF8Word(x uint64) bool {
	return !swar.HasLess(x&^swar.Highs, ' ') && !swar.HasByte(x, '"') && !swar.HasByte(x, '\\')
}

// strPlain marks the ASCII bytes that stand for themselves in a string;
// strPlainUTF8 also all bytes of multi-byte runes, for valid UTF-8 input.
var strPlain, strPlainUTF8 = func() (t, u [256]bool) {
	for c := range 256 {
		t[c] = c >= ' ' && c < utf8.RuneSelf && c != '"' && c != '\\'
		u[c] = t[c] || c >= utf8.RuneSelf
	}
	return t, u
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

package batch

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// lineGen builds random interchange lines: mostly well-formed, with the
// things the fast decoder treats specially (separators with and without
// spaces, escapes, multi-byte and invalid UTF-8, repeated and case-folded
// keys, nulls, numbers, nested unknown values), and some broken ones.
type lineGen struct {
	r *rand.Rand
}

// pick returns one of choices.
func (g lineGen) pick(choices ...string) string {
	return choices[g.r.IntN(len(choices))]
}

// ws returns whitespace as encoders write it, or odd whitespace.
func (g lineGen) ws() string {
	switch g.r.IntN(10) {
	case 0, 1, 2, 3:
		return ""
	case 4, 5, 6, 7:
		return " "
	case 8:
		return "  "
	}
	return g.pick("\t", "\n", "\r\n ", " \t")
}

// text returns string content, raw (not yet quoted or escaped).
func (g lineGen) text() string {
	var b strings.Builder
	for n := g.r.IntN(24); n > 0; n-- {
		switch g.r.IntN(12) {
		case 0:
			b.WriteString(g.pick("é", "ü", "ß", "中", "😀", "\u2028", "\ufffd", "ı", "K"))
		case 1:
			b.WriteString(g.pick(`"`, `\`, "/", "<", "&", "\x7f", "\t", "\n"))
		default:
			b.WriteString(g.pick("a", "b", "mail", "@", ".", " ", "0", "Z", "-", ":", "_"))
		}
	}
	return b.String()
}

// str returns a JSON string: quoted, with escapes of several kinds, and
// now and then a raw byte that is invalid UTF-8 or a raw control byte.
func (g lineGen) str(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < ' ':
			b.WriteString(g.pick(`\n`, `\t`, `\u0009`, `\r`))
		case g.r.IntN(20) == 0:
			b.WriteString(strings.Trim(strconv.QuoteToASCII(string(r)), `"`))
		case g.r.IntN(30) == 0:
			fmt.Fprintf(&b, `\u%04X`, r&0xffff)
		default:
			b.WriteRune(r)
		}
	}
	switch g.r.IntN(100) {
	case 0, 1, 2:
		b.WriteString(g.pick("\xff", "\xc3", "\xed\xa0\x80", "\xe2\x82", "\xc0\xaf"))
	case 3, 4:
		b.WriteString(g.pick(`\ud83d`, `\ude00`, `\ud83d\ude00`, `\uD800\u0041`))
	case 5:
		b.WriteString(g.pick("\x01", "\x1f", `\x`, `\u12`))
	}
	b.WriteByte('"')
	return b.String()
}

// number returns a JSON number, now and then a malformed one.
func (g lineGen) number() string {
	if g.r.IntN(100) == 0 {
		return g.pick("01", "1.", ".5", "-", "1e", "+1", "0x10", "1_000")
	}
	n := g.pick("0", "-0", "7", "-12", "30000", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "123456789012345678", "1234567890123456789", "1.5", "-0.25", "1e3", "2E-2", "12345678901234567890123")
	if g.r.IntN(4) == 0 {
		n = strconv.FormatInt(g.r.Int64N(1e12)-5e11, 10)
	}
	return n
}

// scalar returns a field value.
func (g lineGen) scalar() string {
	switch g.r.IntN(200) {
	case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9:
		return g.pick("true", "false", "null", "true", "false", "null", "true", "false", "null", "tru", "nul")
	case 10, 11, 12, 13, 14, 15, 16, 17, 18, 19:
		return g.number()
	case 20:
		return g.pick("[]", `{"a":1}`, `["x"]`)
	}
	return g.str(g.text())
}

// unknown returns any JSON value, for keys the decoder skips.
func (g lineGen) unknown(depth int) string {
	if depth > 2 {
		return g.scalar()
	}
	switch g.r.IntN(6) {
	case 0:
		return "[" + g.ws() + g.unknown(depth+1) + g.ws() + "," + g.ws() + g.unknown(depth+1) + "]"
	case 1:
		return "{" + g.ws() + g.str(g.text()) + g.ws() + ":" + g.ws() + g.unknown(depth+1) + g.ws() + "}"
	case 2:
		return g.pick("[]", "{}", "[[]]")
	}
	return g.scalar()
}

// key returns a member key from names as JSON and as decoded: mostly
// exact, sometimes in other case, escaped, unknown or with a non-ASCII
// letter.
func (g lineGen) key(names []string) (key, name string) {
	k := names[g.r.IntN(len(names))]
	switch g.r.IntN(16) {
	case 0:
		k = strings.ToUpper(k)
	case 1:
		k = strings.ToUpper(k[:1]) + k[1:]
	case 2:
		return `"\u00` + strconv.FormatInt(int64(k[0]), 16) + k[1:] + `"`, k
	case 3:
		k = g.pick("x", "extra", "email_", "fieldſ", "ſubmitted_at", "K", "", "\u00e9")
	}
	return g.str(k), k
}

// object returns an object of n members made by member.
func (g lineGen) object(n int, member func() string) string {
	var b strings.Builder
	b.WriteString("{" + g.ws())
	for i := range n {
		if i > 0 {
			b.WriteString(g.ws() + "," + g.ws())
		}
		b.WriteString(member())
	}
	return b.String() + g.ws() + "}"
}

var formFieldNames = []string{"email", "first_name", "last_name", "company", "job_title", "country",
	"company_size", "budget", "timeline", "message", "phone", "website_url", "Email", "e"}

// line returns one random line.
func (g lineGen) line() string {
	member := func(key, value string) string {
		return key + g.ws() + ":" + g.ws() + value
	}
	top := g.object(g.r.IntN(9), func() string {
		k, name := g.key(topKeys[:])
		switch strings.ToLower(name) {
		case "fields":
			if g.r.IntN(10) == 0 {
				return member(k, g.pick("null", "[]", `"x"`))
			}
			return member(k, g.object(g.r.IntN(14), func() string {
				if g.r.IntN(12) == 0 {
					return member(g.str(g.text()), g.scalar())
				}
				k, _ := g.key(formFieldNames)
				return member(k, g.scalar())
			}))
		case "context":
			if g.r.IntN(10) == 0 {
				return member(k, "null")
			}
			return member(k, g.object(g.r.IntN(7), func() string {
				k, name := g.key(contextKeys[:])
				if strings.EqualFold(name, "elapsed_ms") {
					return member(k, g.pick(g.number(), "null", `"5"`))
				}
				if contextKey(name) == keyNone || g.r.IntN(50) == 0 {
					return member(k, g.unknown(0))
				}
				return member(k, g.pick(g.str(g.text()), "null"))
			}))
		case "submitted_at":
			return member(k, g.timeValue())
		}
		if topKey(name) == keyNone || g.r.IntN(50) == 0 {
			return member(k, g.unknown(0))
		}
		return member(k, g.pick(g.str(g.text()), g.str("f"), "null"))
	})
	line := g.ws() + top + g.ws()
	switch g.r.IntN(40) {
	case 0: // cut short
		line = line[:g.r.IntN(len(line)+1)]
	case 1: // one byte changed
		b := []byte(line)
		b[g.r.IntN(len(b))] = g.pick("{", "}", ",", ":", `"`, "\\", " ", "\x00", "\xff", "[")[0]
		line = string(b)
	case 2:
		line += g.pick("x", "{}", ",", "\x00")
	}
	return line
}

// timeValue returns a submitted_at value: mostly the exact UTC form,
// sometimes with a date or time out of range, or in another form.
func (g lineGen) timeValue() string {
	switch g.r.IntN(20) {
	case 0:
		return g.pick("null", `"2026-07-01T08:15:00.5Z"`, `"2026-07-01T08:15:00+02:00"`, `"2026-07-01t08:15:00z"`,
			`"2026-07-01T08:15:00\u005a"`, `"2026-07-01"`, "1234", `""`, `"2026-07-01T08:15:60Z"`)
	case 1:
		return `"` + randUTCSeconds(g.r, true) + `"`
	}
	return `"` + randUTCSeconds(g.r, false) + `"`
}

// randUTCSeconds returns a timestamp of the form 2006-01-02T15:04:05Z,
// with any digits when wild is set, else a valid one (mostly).
func randUTCSeconds(r *rand.Rand, wild bool) string {
	if wild {
		b := []byte("0000-00-00T00:00:00Z")
		for i := range b {
			if b[i] == '0' {
				b[i] = "0123456789"[r.IntN(10)]
			}
		}
		if r.IntN(10) == 0 {
			b[r.IntN(len(b))] = "/: a-Z9\xff"[r.IntN(8)]
		}
		return string(b)
	}
	years := []int{0, 1, 4, 100, 400, 1600, 1899, 1900, 1970, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999}
	year := years[r.IntN(len(years))]
	if r.IntN(2) == 0 {
		year = r.IntN(10000)
	}
	month, day, hour, minute, sec := 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)
	switch r.IntN(6) {
	case 0:
		day = 28 + r.IntN(5) // month ends
	case 1:
		month, day, hour, minute, sec = r.IntN(14), r.IntN(33), r.IntN(26), r.IntN(62), r.IntN(62)
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, sec)
}

// TestDecodeRandomLines checks the fast decoder against encoding/json on
// random lines, and that it decodes most well-formed ones itself.
func TestDecodeRandomLines(t *testing.T) {
	g := lineGen{rand.New(rand.NewPCG(7, 11))}
	n, fast, valid := 2000, 0, 0
	if testing.Short() {
		n = 500
	}
	for range n {
		line := []byte(g.line())
		if _, err := decodeStd(line); err == nil {
			valid++
		}
		if checkAgainstStd(t, line) {
			fast++
		}
	}
	// The fast path gives up on case-folded non-ASCII keys only, which
	// some lines have: it must still decode most of the valid ones.
	if fast < valid/2 {
		t.Errorf("fast path decoded %d of %d valid lines", fast, valid)
	}
	t.Logf("%d lines, %d valid, %d decoded by the fast path", n, valid, fast)
}

// TestDecodeRepeatedFieldNames checks lines whose fields repeat names,
// including names whose nameBit collides, against encoding/json.
func TestDecodeRepeatedFieldNames(t *testing.T) {
	// Names of equal length and first, middle and last byte share a bit;
	// add more than 64 names so that every bit is taken.
	names := []string{"ab", "aab", "abb", "a_b", "axb", "email", "emAil", "e", "", "Email"}
	for i := range 70 {
		names = append(names, "f"+strconv.Itoa(i))
	}
	r := rand.New(rand.NewPCG(3, 5))
	for range 300 {
		var b strings.Builder
		b.WriteString(`{"form_id":"f","fields":{`)
		for i := range 1 + r.IntN(40) {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `"%s": "%d"`, names[r.IntN(len(names))], i)
		}
		b.WriteString("}}")
		if !checkAgainstStd(t, []byte(b.String())) {
			t.Fatalf("fast path gave up on %s", b.String())
		}
	}
}

// TestNameBit checks that equal names get equal bits (the property the
// duplicate check rests on) and that the common field names get bits of
// their own, so that a typical line needs no string comparisons.
func TestNameBit(t *testing.T) {
	seen := map[uint64]string{}
	for _, n := range formFieldNames[:12] {
		b := nameBit(n)
		if b == 0 || b&(b-1) != 0 {
			t.Fatalf("nameBit(%q) = %#x, not one bit", n, b)
		}
		if o, dup := seen[b]; dup {
			t.Errorf("nameBit(%q) = nameBit(%q)", n, o)
		}
		seen[b] = n
		if nameBit(strings.Clone(n)) != b {
			t.Errorf("nameBit(%q) differs between copies", n)
		}
	}
}

// refMatchKey is the former key matching: the name key equals, else the
// first it equals ignoring ASCII case, "" for none, "?" for a non-ASCII
// key that might match under Unicode case folding.
func refMatchKey(key string, names []string) string {
	for _, n := range names {
		if key == n {
			return n
		}
	}
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
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

func TestKeyMatching(t *testing.T) {
	for _, tc := range []struct {
		names []string
		match func(string) int
	}{{topKeys[:], topKey}, {contextKeys[:], contextKey}} {
		keys := []string{"", "x", "ſ", "\u212a", "idd", "i", "ID", "Id", "iD", "FORM_ID", "form-id", "formid",
			"elapsed_MS", "user_agentſ", "USER_AGENT", "Context", "fieldſ"}
		for _, n := range tc.names {
			keys = append(keys, n, strings.ToUpper(n), n[:len(n)-1], n+"x", strings.ToUpper(n[:1])+n[1:], n+"\xff")
		}
		for _, k := range keys {
			want := refMatchKey(k, tc.names)
			got := tc.match(k)
			var gotName string
			switch got {
			case keyNone:
			case keyFold:
				gotName = "?"
			default:
				gotName = tc.names[got]
			}
			if gotName != want {
				t.Errorf("key %q matches %q (%d), want %q", k, gotName, got, want)
			}
		}
	}
}

// TestParseUTCSeconds holds the exact-form timestamp parser to time.Time's
// UnmarshalJSON: same value where it parses, and it parses every exact
// form that UnmarshalJSON accepts.
func TestParseUTCSeconds(t *testing.T) {
	cases := []string{
		"2026-07-01T08:15:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z",
		"2023-02-29T12:00:00Z", "1900-02-29T12:00:00Z", "2000-02-29T12:00:00Z", "2100-02-29T00:00:00Z",
		"2026-04-31T00:00:00Z", "2026-04-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
		"2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z", "2026-07-01T24:00:00Z", "2026-07-01T23:60:00Z",
		"2026-07-01T23:59:60Z", "2026-07-01T08:15:00z", "2026-07-01t08:15:00Z", "2026-07-01 08:15:00Z",
		"2026/07/01T08:15:00Z", "2026-07-01T08-15:00Z", "2026-07-01T08:15:00", "2026-07-01T08:15:00.0Z",
		"2026-07-01T08:15:0aZ", "-026-07-01T08:15:00Z", "+026-07-01T08:15:00Z", "2026-7-01T08:15:00Z ",
		"2026-07-01T08:15:00+00:00", "", "Z",
	}
	r := rand.New(rand.NewPCG(1, 1))
	for range 10000 {
		cases = append(cases, randUTCSeconds(r, r.IntN(2) == 0))
	}
	for _, s := range cases {
		var want time.Time
		err := want.UnmarshalJSON([]byte(`"` + s + `"`))
		got, ok := parseUTCSeconds(s)
		switch {
		case ok && err != nil:
			t.Fatalf("parseUTCSeconds(%q) = %v, UnmarshalJSON: %v", s, got, err)
		case ok && (got != want || !reflect.DeepEqual(got, want)):
			t.Fatalf("parseUTCSeconds(%q) = %#v, UnmarshalJSON %#v", s, got, want)
		case !ok && err == nil && len(s) == len("2006-01-02T15:04:05Z") && s[19] == 'Z':
			t.Fatalf("parseUTCSeconds(%q) refuses what UnmarshalJSON takes", s)
		}
	}
}

func TestSmallInt(t *testing.T) {
	cases := []string{"0", "-0", "1", "-1", "999999999999999999", "-999999999999999999",
		"1000000000000000000", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
		"1.5", "1e3", "-", "", "12a"}
	r := rand.New(rand.NewPCG(2, 2))
	for range 10000 {
		n := r.Int64() >> r.IntN(64)
		if r.IntN(2) == 0 {
			n = -n
		}
		cases = append(cases, strconv.FormatInt(n, 10))
	}
	for _, s := range cases {
		got, ok := smallInt(s)
		want, err := strconv.ParseInt(s, 10, 64)
		if ok && (err != nil || got != want) {
			t.Fatalf("smallInt(%q) = %d, ParseInt = %d, %v", s, got, want, err)
		}
		if !ok && len(strings.TrimPrefix(s, "-")) <= 18 && err == nil {
			t.Fatalf("smallInt(%q) refuses a small integer", s)
		}
	}
}

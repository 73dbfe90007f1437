package batch

import (
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/swar"
)

// AppendJSON appends o as JSON to dst, byte for byte what json.Marshal
// produces for it (same key order, omitempty rules and string escaping,
// including \u003c, \u003e and \u0026 for <, > and &, and \u2028 and
// \u2029), without a trailing newline.
func (o *Output) AppendJSON(dst []byte) []byte {
	dst = append(dst, '{')
	sep := false
	key := func(k string) {
		if sep {
			dst = append(dst, ',')
		}
		sep = true
		dst = append(dst, k...)
	}
	if o.ID != "" {
		key(`"id":"`)
		dst = append(appendJSONBody(dst, o.ID), '"')
	}
	if o.Line != 0 {
		key(`"line":`)
		dst = strconv.AppendInt(dst, int64(o.Line), 10)
	}
	if o.Verdict != "" {
		key(`"verdict":"`)
		dst = append(appendJSONBody(dst, string(o.Verdict)), '"')
	}
	key(`"junk_score":`)
	dst = strconv.AppendInt(dst, int64(o.JunkScore), 10)
	key(`"fit_score":`)
	dst = strconv.AppendInt(dst, int64(o.FitScore), 10)
	if o.Grade != "" {
		key(`"grade":"`)
		dst = append(appendJSONBody(dst, o.Grade), '"')
	}
	if o.Segment != "" {
		key(`"segment":"`)
		dst = append(appendJSONBody(dst, o.Segment), '"')
	}
	if len(o.Reasons) > 0 {
		key(`"reasons":[`)
		for i := range o.Reasons {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendReason(dst, &o.Reasons[i])
		}
		dst = append(dst, ']')
	}
	if o.RulesVersion != "" {
		key(`"rules_version":"`)
		dst = append(appendJSONBody(dst, o.RulesVersion), '"')
	}
	if o.EmailSuggestion != "" {
		key(`"email_suggestion":"`)
		dst = append(appendJSONBody(dst, o.EmailSuggestion), '"')
	}
	if o.Error != "" {
		key(`"error":"`)
		dst = append(appendJSONBody(dst, o.Error), '"')
	}
	return append(dst, '}')
}

// appendReason appends r as json.Marshal would. The quotes around the
// strings ride along with the keys, and the usual stages are written
// whole.
func appendReason(dst []byte, r *lead.Reason) []byte {
	dst = append(dst, `{"code":"`...)
	dst = appendJSONBody(dst, r.Code)
	dst = append(dst, `","points":`...)
	dst = strconv.AppendInt(dst, int64(r.Points), 10)
	dst = append(dst, `,"detail":"`...)
	dst = appendJSONBody(dst, r.Detail)
	switch r.Stage {
	case "":
		return append(dst, `"}`...)
	case lead.StageFit:
		return append(dst, `","stage":"fit"}`...)
	case lead.StageScreen:
		return append(dst, `","stage":"screen"}`...)
	}
	dst = append(dst, `","stage":"`...)
	dst = appendJSONBody(dst, r.Stage)
	return append(dst, `"}`...)
}

// plainASCII marks the ASCII bytes a JSON string (with HTML escaping, as
// encoding/json does by default) carries unescaped.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// specialBytes flags the bytes of x (s[i] lowest) that a JSON string does
// not carry as themselves in encoding/json's HTML-safe form: bytes below
// ' ', '"', '\\', '<', '>', '&', and every byte of a multi-byte rune (which
// the caller decodes). A flagged byte has its high bit set in the result.
// The lowest flagged byte is exact; bytes above it may be flagged falsely
// (a borrow runs on), so callers look again at the bytes they are sent to.
//
// For bytes below 0x80, v-0x01 sets the high bit exactly where v is zero
// or a borrow arrived, and x-0x20 where x is below ' '; '"' and '&' differ
// only in bit 2, '<' and '>' only in bit 1, so one comparison each covers
// both. Bytes from 0x80 up are flagged by their own high bit.
func specialBytes(x uint64) uint64 {
	bs := x ^ (swar.Ones * '\\')
	qa := (x | swar.Ones*0x04) ^ (swar.Ones * '&') // '"' or '&'
	lg := (x | swar.Ones*0x02) ^ (swar.Ones * '>') // '<' or '>'
	return (x | (x - swar.Ones*' ') | (bs - swar.Ones) | (qa - swar.Ones) | (lg - swar.Ones)) & swar.Highs
}

// appendJSONString appends s quoted and escaped as encoding/json does:
// short escapes for " \ \b \f \n \r \t, \u00XX for other control bytes and
// for < > &, \u2028 and \u2029 escaped, invalid UTF-8 bytes as \ufffd.
//
// Eight bytes are classified at a time, and the scan jumps straight to
// the first byte that needs a look; reason details are mostly prose.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	dst = appendJSONBody(dst, s)
	return append(dst, '"')
}

// appendJSONBody is appendJSONString without the quotes.
func appendJSONBody(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		switch {
		case i+8 <= len(s):
			m := specialBytes(swar.Load64(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		case len(s) >= 8:
			// The last bytes: classify the last eight, of which the
			// first 8-(len(s)-i) are done already.
			m := specialBytes(swar.Load64(s, len(s)-8)) >> (8 * (i + 8 - len(s)))
			if m == 0 {
				i = len(s)
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] { // a short string, or falsely flagged
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		if n := plainRuneLen(s[i:]); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(dst, s[start:]...)
}

// plainRuneLen returns the length of the valid two- or three-byte UTF-8
// sequence s starts with when JSON carries it as itself (all but U+2028
// and U+2029), and 0 for anything else, which the caller decodes: the
// accents, dashes and signs of reason details skip the general decoder.
func plainRuneLen(s string) int {
	if len(s) < 2 || s[1]&0xc0 != 0x80 {
		return 0
	}
	// Overlong forms (e0 below a0), surrogates (ed above 9f) and U+2028
	// and U+2029 (e2 80 a8, e2 80 a9) are left to the caller.
	switch c := s[0]; {
	case 0xc2 <= c && c <= 0xdf:
		return 2
	case c < 0xe0 || c > 0xef || len(s) < 3 || s[2]&0xc0 != 0x80,
		c == 0xe0 && s[1] < 0xa0,
		c == 0xed && s[1] > 0x9f,
		c == 0xe2 && s[1] == 0x80 && s[2]&^1 == 0xa8:
		return 0
	}
	return 3
}

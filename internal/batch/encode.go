package batch

import (
	"strconv"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
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
		key(`"id":`)
		dst = appendJSONString(dst, o.ID)
	}
	if o.Line != 0 {
		key(`"line":`)
		dst = strconv.AppendInt(dst, int64(o.Line), 10)
	}
	if o.Verdict != "" {
		key(`"verdict":`)
		dst = appendJSONString(dst, string(o.Verdict))
	}
	key(`"junk_score":`)
	dst = strconv.AppendInt(dst, int64(o.JunkScore), 10)
	key(`"fit_score":`)
	dst = strconv.AppendInt(dst, int64(o.FitScore), 10)
	if o.Grade != "" {
		key(`"grade":`)
		dst = appendJSONString(dst, o.Grade)
	}
	if o.Segment != "" {
		key(`"segment":`)
		dst = appendJSONString(dst, o.Segment)
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
		key(`"rules_version":`)
		dst = appendJSONString(dst, o.RulesVersion)
	}
	if o.EmailSuggestion != "" {
		key(`"email_suggestion":`)
		dst = appendJSONString(dst, o.EmailSuggestion)
	}
	if o.Error != "" {
		key(`"error":`)
		dst = appendJSONString(dst, o.Error)
	}
	return append(dst, '}')
}

// appendReason appends r as json.Marshal would.
func appendReason(dst []byte, r *lead.Reason) []byte {
	dst = append(dst, `{"code":`...)
	dst = appendJSONString(dst, r.Code)
	dst = append(dst, `,"points":`...)
	dst = strconv.AppendInt(dst, int64(r.Points), 10)
	dst = append(dst, `,"detail":`...)
	dst = appendJSONString(dst, r.Detail)
	if r.Stage != "" {
		dst = append(dst, `,"stage":`...)
		dst = appendJSONString(dst, r.Stage)
	}
	return append(dst, '}')
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

// plainHTMLWord reports whether plainASCII holds for all eight bytes of x.
func plainHTMLWord(x uint64) bool {
	return plainStrWord(x) && !hasByte(x, '<') && !hasByte(x, '>') && !hasByte(x, '&')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted and escaped as encoding/json does:
// short escapes for " \ \b \f \n \r \t, \u00XX for other control bytes and
// for < > &, \u2028 and \u2029 escaped, invalid UTF-8 bytes as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight plain ASCII bytes at a time: reason details are mostly
		// prose.
		for i+8 <= len(s) && plainHTMLWord(load64(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
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
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

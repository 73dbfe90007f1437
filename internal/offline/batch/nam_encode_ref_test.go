package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/swar"
)

// namRefPlainHTMLWord reports whether plainASCII holds for all eight bytes
// of x: the word test of the former appendJSONString.
func namRefPlainHTMLWord(x uint64) bool {
	return plainStrWord(x) && !swar.HasByte(x, '<') && !swar.HasByte(x, '>') && !swar.HasByte(x, '&')
}

// namRefAppendJSONString is appendJSONString before its round-2 rework
// (eight plain ASCII bytes at a time, then byte by byte): the reference the
// current one is held to besides json.Marshal.
func namRefAppendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && namRefPlainHTMLWord(swar.Load64(s, i)) {
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

// namCheckString fails unless appendJSONString, its former version and
// json.Marshal agree on s.
func namCheckString(t *testing.T, s string) {
	t.Helper()
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	got := appendJSONString([]byte("p"), s)
	if !bytes.Equal(got[1:], want) || got[0] != 'p' {
		t.Fatalf("appendJSONString(%q) = %s, want %s", s, got[1:], want)
	}
	if ref := namRefAppendJSONString(nil, s); !bytes.Equal(ref, want) {
		t.Fatalf("reference appendJSONString(%q) = %s, want %s", s, ref, want)
	}
}

// namSpecials are the byte sequences that need care, and neighbours that
// must not be mistaken for them.
var namSpecials = []string{
	"\"", "\\", "<", ">", "&", "'", "\x00", "\x01", "\x1f", "\x7f", "\b", "\f", "\n", "\r", "\t", " ", "~", "=", "?",
	"$", "é", "€", "–", "≈", "😀", "\u2028", "\u2029", "\u2027", "\u202a", "\ufffd", "\xff", "\xe2", "\xe2\x80",
	"\xe2\x80\xa8\xa8", "\xc3", "\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98",
}

// TestAppendJSONStringPairs puts two specials at every pair of offsets in
// and around an eight-byte word, so that each lands first, after a flagged
// byte and in the overlapping last word.
func TestAppendJSONStringPairs(t *testing.T) {
	const base = "abcdefghijklmnopq"
	for _, a := range namSpecials {
		for _, b := range namSpecials {
			for i := 0; i <= len(base); i++ {
				for j := i; j <= len(base); j++ {
					namCheckString(t, base[:i]+a+base[i:j]+b+base[j:])
				}
			}
		}
	}
}

// TestAppendJSONStringRandom compares on random strings of specials and
// plain runs of every length.
func TestAppendJSONStringRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(12) {
			if r.IntN(2) == 0 {
				b.WriteString(namSpecials[r.IntN(len(namSpecials))])
			} else {
				b.WriteString("Budget option 25k-100k: +20 "[:r.IntN(29)])
			}
		}
		namCheckString(t, b.String())
	}
	buf := make([]byte, 40)
	for range 30000 {
		n := r.IntN(len(buf))
		for k := range n {
			buf[k] = byte(r.IntN(256))
		}
		namCheckString(t, string(buf[:n]))
	}
}

// TestAppendJSONStringScreened compares on the strings of every screened
// testdata line.
func TestAppendJSONStringScreened(t *testing.T) {
	sc := testScreener(t)
	n := 0
	for _, line := range testdataLines(t) {
		in, err := Decode(line)
		if err != nil {
			namCheckString(t, err.Error())
			continue
		}
		o := sc.Screen(context.Background(), in)
		for _, s := range []string{o.ID, string(o.Verdict), o.Grade, o.Segment, o.RulesVersion, o.EmailSuggestion, o.Error} {
			namCheckString(t, s)
		}
		for _, r := range o.Reasons {
			namCheckString(t, r.Code)
			namCheckString(t, r.Detail)
			namCheckString(t, r.Stage)
			n++
		}
	}
	if n == 0 {
		t.Fatal("no reasons screened")
	}
}

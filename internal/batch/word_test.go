package batch

import (
	"strconv"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/swar"
)

// wordCases puts every byte value, alone and beside a multi-byte rune, at
// every offset of strings longer than one eight-byte word, so that the
// decoder's word-at-a-time skipping meets each byte in each lane.
func wordCases() []string {
	var cases []string
	for c := range 256 {
		for pos := range 17 {
			base := []byte(strings.Repeat("a", 17))
			base[pos] = byte(c)
			cases = append(cases, string(base))
			cases = append(cases, "é"+string(base)+"ü")
		}
	}
	return cases
}

func TestAppendJSONStringWords(t *testing.T) {
	for _, s := range wordCases() {
		checkEncode(t, Output{ID: s, Error: s, Reasons: []lead.Reason{{Code: s, Detail: s}}})
	}
}

func TestDecodeStringWords(t *testing.T) {
	for _, s := range wordCases() {
		// As a JSON string value the raw byte may be invalid; both decoders
		// must then agree on the error, or on the value when it is valid.
		line := `{"id":"` + s + `","form_id":"f","fields":{"message":"` + s + `"}}`
		checkAgainstStd(t, []byte(line))
		// Escaped, every byte makes a valid line.
		q := strconv.Quote(s)
		line = `{"id":` + q + `,"form_id":"f","fields":{"message":` + q + `}}`
		checkAgainstStd(t, []byte(line))
	}
}

func TestWordTests(t *testing.T) {
	for c := range 256 {
		for lane := range 8 {
			b := []byte("aaaaaaaa")
			b[lane] = byte(c)
			x := swar.Load64(string(b), 0)
			if got, want := plainStrWord(x), strPlain[c]; got != want {
				t.Errorf("plainStrWord with %#x in lane %d = %v, want %v", c, lane, got, want)
			}
			// plainUTF8Word may refuse plain bytes, never accept others.
			if plainUTF8Word(x) && !strPlainUTF8[c] {
				t.Errorf("plainUTF8Word accepts %#x in lane %d", c, lane)
			}
			if c >= 0x80 && !plainUTF8Word(x) && (c&0x7f) >= ' ' && c != 0x80|'"' && c != 0x80|'\\' {
				t.Errorf("plainUTF8Word refuses %#x in lane %d", c, lane)
			}
		}
	}
}

package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestDecodedTest: test words in the encodings developers type, and
// values of the same shapes that decode to nothing of the kind.
func TestDecodedTest(t *testing.T) {
	for _, tc := range []struct {
		in, scheme string
	}{
		{"dGVzdA==", "base64"},
		{"dGhpcyBpcyBhIHRlc3Q=", "base64"},
		{"cHJ1ZWJh", "base64"},     // prueba
		{"0YLQtdGB0YI=", "base64"}, // тест
		{"74657374", "hex"},
		{"7465737420313233", "hex"}, // test 123
		{"grfg", "rot13"},
		{"Grfg grfg", "rot13"},
		{"qrzb", "rot13"}, // demo
		{"tset", "reversed"},
		{"tset a si siht", "reversed"},
		{"%74%65%73%74", "percent-encoding"},
		{"&#116;&#101;&#115;&#116;", "HTML entities"},
		{"T3st", "leetspeak"},
		{"t3st1ng 123", "leetspeak"},
		{"d3m0", "leetspeak"},
		// Not encodings of a test word.
		{"test", ""},
		{"McDonald", ""},
		{"QmVybGlu", ""}, // Berlin
		{"deadbeef", ""},
		{"Anna", ""},
		{"Nguyen", ""},
		{"Could you send pricing?", ""},
		{"12345678", ""},
		{"Set", ""},  // "tes" backwards: too short to be read so
		{"Omed", ""}, // "demo" backwards: only test words are read so
		{"3M", ""},   // a number and a letter, no word
		{"Team 42", ""},
		{"100% satisfied", ""},
		{"Tom &#38; Jerry", ""},
		{"Could you send pricing for 10 users?", ""},
	} {
		if got, _ := decodedTest(tc.in, foldText(tc.in)); got != tc.scheme {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.scheme)
		}
	}
}

// TestEncodedDecides: an encoded test word in a field is a test entry on
// its own; a real lead with names of the same shapes is not.
func TestEncodedDecides(t *testing.T) {
	for _, tc := range []struct {
		name    string
		fields  map[string]string
		verdict lead.ScreenVerdict
	}{
		{"base64 in the names", map[string]string{"first": "dGVzdA==", "last": "dGVzdA=="}, lead.ScreenJunk},
		{"hex message", map[string]string{"message": "74657374"}, lead.ScreenJunk},
		{"rot13 firm", map[string]string{"company": "Grfg"}, lead.ScreenJunk},
		{"mixed-case surname", map[string]string{"first": "Ronan", "last": "McDonald"}, lead.ScreenPass},
		{"a firm of hex digits", map[string]string{"company": "Cafe Bead"}, lead.ScreenPass},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := screenFields(t, testEngine(t, nil, nil), tc.fields)
			if s.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s: %v", s.Verdict, tc.verdict, s.Reasons)
			}
		})
	}
}

// FuzzDecodedTest: any value decodes without a panic, and a value found
// to be an encoded test word decodes to text that says test.
func FuzzDecodedTest(f *testing.F) {
	for _, s := range []string{"dGVzdA==", "74657374", "grfg", "", "====", "zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if scheme, decoded := decodedTest(v, foldText(v)); scheme != "" && !saysTestDecoded([]byte(decoded)) {
			t.Errorf("%q: %s %q does not say test", v, scheme, decoded)
		}
	})
}

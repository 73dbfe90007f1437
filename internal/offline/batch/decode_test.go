package batch

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// validCases are well-formed lines: odd spacing, every kind of value,
// escapes, invalid UTF-8, repeated names, unknown members, keys in other
// cases.
var validCases = []string{
	`{}`,
	`{"id":"a","form_id":"f"}`,
	` 	{ "id" : "a" , "form_id" : "f" , "fields" : { "x" : 1 , "y" : "z" } , "context" : { "ip" : "1.2.3.4" , "elapsed_ms" : 5 } } ` + "\r\n",
	`{"id":"a","form_id":"f","fields":{"email":"a@b.co","size":50,"ok":true,"no":false,"x":null}}`,
	`{"form_id":"f","fields":{"n1":1e3,"n2":-0.5,"n3":0,"n4":-0,"n5":1.25E-7,"n6":12345678901234567890123,"n7":2e+10}}`,
	`{"form_id":"f","fields":{"esc":"a\"b\\c\/d\be\ff\ng\rh\ti","u":"\u00e9\u4e2d\u0000\u001f","amp":"<&>"}}`,
	`{"form_id":"f","fields":{"pair":"\ud83d\ude00","lone_hi":"\ud83dx","lone_lo":"\ude00","hi_hi":"\ud83d\ud83d\ude00","hi_bmp":"\ud800\u0041","upper":"\uD83D\uDE00"}}`,
	"{\"form_id\":\"f\",\"fields\":{\"bad\":\"a\xffb\xc3\",\"sur\":\"\xed\xa0\x80\",\"ok\":\"Gr\xc3\xbc\xc3\x9fe \xe2\x80\xa8\"}}",
	"{\"form_id\":\"f\",\"fields\":{\"k\xff\":\"v\"}}",
	`{"form_id":"f","unknown":{"a":[1,2,{"b":null,"c":[true,false,"\u0041"]}],"d":{}},"more":[],"n":-1.5e-3,"s":"x\"y","t":true,"z":null}`,
	`{"form_id":"f","context":{"ip":"x","extra":{"deep":[[[[]]]]},"elapsed_ms":0}}`,
	`{"id":"a","id":"b","form_id":"f","fields":{"x":"1","x":"2"}}`,
	`{"form_id":"f","fields":{"a":"1"},"fields":{"b":"2","a":"3"}}`,
	`{"form_id":"f","fields":{"a":"1"},"fields":null}`,
	`{"form_id":"f","fields":null,"fields":{"b":"2"}}`,
	`{"form_id":"f","fields":{}}`,
	`{"id":"a","id":null,"form_id":"f","label":null,"category":"c","outcome":"won"}`,
	`{"form_id":"f","context":{"elapsed_ms":5},"context":{"ip":"1.1.1.1"}}`,
	`{"form_id":"f","context":{"elapsed_ms":5,"elapsed_ms":null}}`,
	`{"form_id":"f","context":null}`,
	`{"form_id":"f","context":{"elapsed_ms":-9223372036854775808}}`,
	`{"ID":"a","Form_Id":"f","FIELDS":{"Email":"x"},"Context":{"IP":"1","Elapsed_MS":3},"LABEL":"spam"}`,
	`{"form_id":"f","submitted_at":"2026-07-01T08:15:00Z"}`,
	`{"form_id":"f","submitted_at":"2026-07-01T08:15:00.123456789+02:00"}`,
	`{"form_id":"f","submitted_at":"2026-07-01T08:15:00-07:30","submitted_at":null}`,
	`{"form_id":"f","submitted_at":null}`,
	`{"form_id":"\u0066","fields":{"\u0065mail":"x"}}`,
	`{"\u0069d":"esc-key","form_id":"f"}`,
	`{"form_id":"","fields":{"":""}}`,
	`{"form_id":"f","fields":{"m":"line1\nline2 \u2028 \u2029 \t tab"}}`,
}

// invalidCases are lines encoding/json rejects, or that give a field
// value of the wrong type.
var invalidCases = []string{
	``,
	` `,
	`null`,
	`[]`,
	`"x"`,
	`{`,
	`{"id":`,
	`{"id":"a"`,
	`{"id":"a",}`,
	`{"id":"a"}x`,
	`{"id":"a"}{}`,
	`{"id":"a" "form_id":"f"}`,
	`{"id":'a'}`,
	`{id:"a"}`,
	`{"id":"unterminated}`,
	`{"id":"a\x"}`,
	`{"id":"a\'"}`,
	`{"id":"a\u12"}`,
	`{"id":"a\u12G4"}`,
	"{\"id\":\"a\tb\"}",
	"{\"id\":\"a\x00b\"}",
	`{"id":1}`,
	`{"id":true}`,
	`{"id":["a"]}`,
	`{"form_id":{"a":1}}`,
	`{"form_id":"f","fields":{"email":["a"]}}`,
	`{"form_id":"f","fields":{"email":{"a":1}}}`,
	`{"form_id":"f","fields":[]}`,
	`{"form_id":"f","fields":"x"}`,
	`{"form_id":"f","fields":{"n":01}}`,
	`{"form_id":"f","fields":{"n":1.}}`,
	`{"form_id":"f","fields":{"n":.5}}`,
	`{"form_id":"f","fields":{"n":1e}}`,
	`{"form_id":"f","fields":{"n":+1}}`,
	`{"form_id":"f","fields":{"n":-}}`,
	`{"form_id":"f","fields":{"n":NaN}}`,
	`{"form_id":"f","fields":{"b":tru}}`,
	`{"form_id":"f","fields":{"b":nul}}`,
	`{"form_id":"f","fields":{"b":True}}`,
	`{"form_id":"f","context":{"elapsed_ms":1.5}}`,
	`{"form_id":"f","context":{"elapsed_ms":1e3}}`,
	`{"form_id":"f","context":{"elapsed_ms":"100"}}`,
	`{"form_id":"f","context":{"elapsed_ms":9223372036854775808}}`,
	`{"form_id":"f","context":{"ip":5}}`,
	`{"form_id":"f","context":[]}`,
	`{"form_id":"f","submitted_at":"yesterday"}`,
	`{"form_id":"f","submitted_at":"2026-07-01"}`,
	`{"form_id":"f","submitted_at":1234}`,
	`{"form_id":"f","submitted_at":"2026-07-01T08:15:00\u005a"}`,
	`{"form_id":"f","x":[1,2,]}`,
	`{"form_id":"f","x":{"a"}}`,
	`{"form_id":"f","x":[1 2]}`,
	`{"form_id":"f","x":{"a":1,}}`,
	"{\"form_id\":\"f\",\"x\":\"\x1f\"}",
	`{"form_id":"f","x":` + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + `}`,
	"{\"form_id\":\"f\"}\x00",
	"\xef\xbb\xbf{\"form_id\":\"f\"}",
}

// unicodeFoldCases are valid lines whose keys are not ASCII and may match
// a member only under Unicode case folding (ſ is U+017F LONG S, which
// folds to s; K U+212A KELVIN SIGN folds to k; ı U+0131 folds to nothing),
// as encoding/json matches them. check tells whether the folded key was
// used.
var unicodeFoldCases = []struct {
	line  string
	check func(*Input) bool
}{
	{`{"form_id":"f","fieldſ":{"a":"1"}}`, func(in *Input) bool { return in.Fields.get("a") == "1" }},
	{`{"form_id":"f","context":{"uſer_agent":"x"}}`, func(in *Input) bool { return in.Context.UserAgent == "x" }},
	{`{"form_id":"f","ıd":"b"}`, func(in *Input) bool { return in.ID == "" }},
	{"{\"form_id\":\"f\",\"\u212a\":\"x\"}", func(in *Input) bool { return in.ID == "" }},
}

func TestDecodeAcceptsValidLines(t *testing.T) {
	for _, line := range validCases {
		in, err := Decode([]byte(line))
		if err != nil && !(err.Error() == "missing form_id" && in != nil && in.FormID == "") {
			t.Errorf("Decode(%q): %v", line, err)
		}
	}
	for _, tc := range unicodeFoldCases {
		in, err := Decode([]byte(tc.line))
		if err != nil || !tc.check(in) {
			t.Errorf("Decode(%q) = %+v, %v", tc.line, in, err)
		}
	}
}

func TestDecodeRejectsInvalidLines(t *testing.T) {
	for _, line := range invalidCases {
		in, err := Decode([]byte(line))
		if strings.HasPrefix(line, "null") || line == "null" {
			continue
		}
		if err == nil || !strings.HasPrefix(err.Error(), "malformed line: ") || in != nil {
			t.Errorf("Decode(%q) = %+v, %v; want a malformed line error", line, in, err)
		}
	}
}

// TestDecodeValues pins decoded values: fields sorted by name, the last of
// a repeated name, numbers as written, JSON's escapes, and U+FFFD for
// invalid UTF-8 and lone surrogates.
func TestDecodeValues(t *testing.T) {
	tests := []struct {
		line string
		want Fields
	}{
		{`{"form_id":"f","fields":{"z":"1","a":2,"m":true,"n":false,"x":null}}`,
			Fields{{"a", "2"}, {"m", "true"}, {"n", "false"}, {"x", ""}, {"z", "1"}}},
		{validCases[4], Fields{{"n1", "1e3"}, {"n2", "-0.5"}, {"n3", "0"}, {"n4", "-0"}, {"n5", "1.25E-7"},
			{"n6", "12345678901234567890123"}, {"n7", "2e+10"}}},
		{validCases[5], Fields{{"amp", "<&>"}, {"esc", "a\"b\\c/d\be\ff\ng\rh\ti"}, {"u", "\u00e9\u4e2d\u0000\u001f"}}},
		{validCases[6], Fields{{"hi_bmp", "\ufffdA"}, {"hi_hi", "\ufffd😀"}, {"lone_hi", "\ufffdx"}, {"lone_lo", "\ufffd"},
			{"pair", "😀"}, {"upper", "😀"}}},
		{validCases[7], Fields{{"bad", "a\ufffdb\ufffd"}, {"ok", "Grüße \u2028"}, {"sur", "\ufffd\ufffd\ufffd"}}},
		{validCases[11], Fields{{"x", "2"}}},
		{validCases[12], Fields{{"a", "3"}, {"b", "2"}}},
		{validCases[13], nil},
		{validCases[15], Fields{}},
		{`{"form_id":"f","fields":{"b":"1","a":"2","b":"3"}}`, Fields{{"a", "2"}, {"b", "3"}}},
	}
	for _, tc := range tests {
		in, err := Decode([]byte(tc.line))
		if err != nil {
			t.Errorf("Decode(%q): %v", tc.line, err)
			continue
		}
		if !reflect.DeepEqual(in.Fields, tc.want) {
			t.Errorf("Decode(%q).Fields = %q, want %q", tc.line, in.Fields, tc.want)
		}
	}
}

// TestDecodeWithScratch: decoding line after line into one reused fields
// map (as each ScreenLines worker does) gives what Decode gives, whatever
// the lines before left in it.
func TestDecodeWithScratch(t *testing.T) {
	scratch := map[string]Value{}
	lines := append(append([]string{}, validCases...), invalidCases...)
	lines = append(lines, `{"form_id":"f","fields":{"a":"1","b":"2"}}`, `{"form_id":"f"}`, `{"form_id":"f","fields":{}}`)
	for _, line := range lines {
		want, wantErr := Decode([]byte(line))
		got, err := decodeWith([]byte(line), scratch)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
			t.Errorf("decodeWith(%q) = %+v, %v; Decode gives %+v, %v", line, got, err, want, wantErr)
		}
	}
}

// TestDecodeErrors pins the messages a result line carries.
func TestDecodeErrors(t *testing.T) {
	tests := []struct{ line, want string }{
		{`{"id":`, "malformed line: unexpected end of JSON input"},
		{`{"form_id":"f","fields":{"email":["a"]}}`, `malformed line: field "email": field values must be strings, numbers or booleans`},
		{`{"form_id":"f","fields":[]}`, "malformed line: fields must be a JSON object"},
		{`{"form_id":"f","context":{"elapsed_ms":"100"}}`, "malformed line: json: cannot unmarshal string into Go struct field Context.context.elapsed_ms of type int64"},
		{`{"id":"a","fields":{}}`, "missing form_id"},
	}
	for _, tc := range tests {
		_, err := Decode([]byte(tc.line))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Decode(%q) error %v, want %q", tc.line, err, tc.want)
		}
	}
}

// FuzzDecode checks that any line either decodes or fails with one of
// Decode's errors, never panics, and that what decodes survives a round
// trip through the interchange format (as `leadctl rules backtest`
// exports it) unchanged. Run it for a while with
// go test -run '^$' -fuzz FuzzDecode -fuzztime 60s ./internal/offline/batch
func FuzzDecode(f *testing.F) {
	for _, tc := range validCases {
		f.Add([]byte(tc))
	}
	for _, tc := range invalidCases {
		f.Add([]byte(tc))
	}
	for _, tc := range unicodeFoldCases {
		f.Add([]byte(tc.line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		in, err := Decode(line)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, "malformed line: ") && msg != "missing form_id" {
				t.Fatalf("Decode(%q): unexpected error %q", line, msg)
			}
			if (in == nil) != strings.HasPrefix(err.Error(), "malformed") {
				t.Fatalf("Decode(%q) = %+v with error %v", line, in, err)
			}
			return
		}
		seen := map[string]bool{}
		for _, f := range in.Fields {
			if seen[f.Name] {
				t.Fatalf("Decode(%q): field %q twice", line, f.Name)
			}
			seen[f.Name] = true
		}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", in, err)
		}
		again, err := Decode(b)
		if err != nil {
			t.Fatalf("Decode(Marshal(%q)) = %s: %v", line, b, err)
		}
		if !again.SubmittedAt.Equal(in.SubmittedAt) {
			t.Fatalf("round trip of %q: submitted_at %v, want %v", line, again.SubmittedAt, in.SubmittedAt)
		}
		again.SubmittedAt = in.SubmittedAt
		if !reflect.DeepEqual(again, in) {
			t.Fatalf("round trip of %q:\n got %+v\nwant %+v", line, again, in)
		}
	})
}

// get is the value of the field named name, "" when there is none.
func (fs Fields) get(name string) Value {
	v, _ := fs.Get(name)
	return v
}

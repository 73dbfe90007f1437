package batch

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// testdataLines returns every line of the back-test history and, when
// present, of the accuracy corpus.
func testdataLines(t testing.TB) [][]byte {
	t.Helper()
	files := []string{"../../../testdata/backtest/history.jsonl"}
	more, err := filepath.Glob("../../../testdata/corpus/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, more...)
	var lines [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 4<<20)
		for sc.Scan() {
			if len(sc.Bytes()) > 0 {
				lines = append(lines, bytes.Clone(sc.Bytes()))
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if len(lines) < 50 {
		t.Fatalf("only %d testdata lines", len(lines))
	}
	return lines
}

// validCases are well-formed lines the fast path must decode itself.
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

// invalidCases are lines encoding/json rejects (or decodes differently
// than a simple reading suggests); the fast path must leave them to it.
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
// a field only under Unicode case folding (ſ is U+017F LONG S, which folds
// to s; K U+212A KELVIN SIGN folds to k; ı U+0131 folds to nothing). The
// fast path leaves them to encoding/json. check tells whether the folded
// key was used.
var unicodeFoldCases = []struct {
	line  string
	check func(*Input) bool
}{
	{`{"form_id":"f","fieldſ":{"a":"1"}}`, func(in *Input) bool { return in.Fields.get("a") == "1" }},
	{`{"form_id":"f","context":{"uſer_agent":"x"}}`, func(in *Input) bool { return in.Context.UserAgent == "x" }},
	{`{"form_id":"f","ıd":"b"}`, func(in *Input) bool { return in.ID == "" }},
	{"{\"form_id\":\"f\",\"\u212a\":\"x\"}", func(in *Input) bool { return in.ID == "" }},
}

// checkAgainstStd decodes line with both decoders and fails when the fast
// path accepts what encoding/json rejects or decodes it differently. It
// reports whether the fast path accepted the line.
func checkAgainstStd(t *testing.T, line []byte) bool {
	t.Helper()
	// Decoded as Decode does: fields and elapsed time in the room.
	var dec decoded
	fast := &dec.in
	ok := decodeFast(line, fast, &dec.room)
	want, stdErr := decodeStd(line)
	if ok {
		if stdErr != nil {
			t.Fatalf("fast path accepts %q, encoding/json rejects it: %v", line, stdErr)
		}
		if !reflect.DeepEqual(fast, want) {
			t.Fatalf("decode %q:\nfast %#v\nstd  %#v", line, *fast, *want)
		}
	}
	// Decode must behave exactly as the encoding/json-based Decode did.
	got, err := Decode(line)
	wantErr := stdErr
	if stdErr == nil && want.FormID == "" {
		wantErr = errMissingFormID
	}
	switch {
	case (err == nil) != (wantErr == nil):
		t.Fatalf("Decode(%q) error %v, want %v", line, err, wantErr)
	case err != nil && err.Error() != wantErr.Error():
		t.Fatalf("Decode(%q) error %q, want %q", line, err, wantErr)
	case stdErr != nil && got != nil:
		t.Fatalf("Decode(%q) = %#v with a syntax error, want nil", line, got)
	case stdErr == nil && !reflect.DeepEqual(got, want):
		t.Fatalf("Decode(%q):\ngot  %#v\nwant %#v", line, *got, *want)
	}
	return ok
}

func TestDecodeFastMatchesStdOnTestdata(t *testing.T) {
	for i, line := range testdataLines(t) {
		if !checkAgainstStd(t, line) {
			t.Errorf("testdata line %d: fast path gave up on a valid line: %s", i+1, line)
		}
	}
}

func TestDecodeFastMatchesStd(t *testing.T) {
	for _, tc := range validCases {
		t.Run("valid", func(t *testing.T) {
			if !checkAgainstStd(t, []byte(tc)) {
				t.Errorf("fast path gave up on %q", tc)
			}
		})
	}
	for _, tc := range invalidCases {
		t.Run("invalid", func(t *testing.T) {
			if _, err := decodeStd([]byte(tc)); err == nil && !strings.HasPrefix(tc, "null") {
				t.Fatalf("encoding/json accepts %q; not an invalid case", tc)
			}
			if checkAgainstStd(t, []byte(tc)) {
				t.Errorf("fast path accepted %q", tc)
			}
		})
	}
	for _, tc := range unicodeFoldCases {
		t.Run("fold", func(t *testing.T) {
			checkAgainstStd(t, []byte(tc.line))
			in, err := Decode([]byte(tc.line))
			if err != nil {
				t.Fatalf("Decode(%q): %v", tc.line, err)
			}
			if !tc.check(in) {
				t.Errorf("Decode(%q) = %#v", tc.line, *in)
			}
		})
	}
}

// TestDecodeValues pins a few decoded values, so that agreement with
// encoding/json is not the only thing checked.
func TestDecodeValues(t *testing.T) {
	in, err := Decode([]byte(validCases[6]))
	if err != nil {
		t.Fatal(err)
	}
	want := Fields{
		{"pair", "😀"}, {"lone_hi", "\ufffdx"}, {"lone_lo", "\ufffd"}, {"hi_hi", "\ufffd😀"},
		{"hi_bmp", "\ufffdA"}, {"upper", "😀"},
	}
	if !reflect.DeepEqual(in.Fields, want) {
		t.Errorf("surrogates: %q, want %q", in.Fields, want)
	}
	in, err = Decode([]byte(validCases[7]))
	if err != nil {
		t.Fatal(err)
	}
	if in.Fields.get("bad") != "a\ufffdb\ufffd" || in.Fields.get("sur") != "\ufffd\ufffd\ufffd" || in.Fields.get("ok") != "Grüße \u2028" {
		t.Errorf("invalid UTF-8: %q", in.Fields)
	}
	in, err = Decode([]byte(validCases[4]))
	if err != nil {
		t.Fatal(err)
	}
	if in.Fields.get("n1") != "1e3" || in.Fields.get("n2") != "-0.5" || in.Fields.get("n7") != "2e+10" {
		t.Errorf("numbers: %q", in.Fields)
	}
}

// errMissingFormID is what Decode returns for a line without form_id.
var errMissingFormID = func() error {
	_, err := Decode([]byte(`{}`))
	return err
}()

// FuzzDecode checks that the fast decoder never accepts what encoding/json
// rejects and always decodes like it. Run it for a while with
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
	for _, line := range testdataLines(f)[:20] {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkAgainstStd(t, line)
	})
}

// get is the value of the field named name, "" when there is none.
func (fs Fields) get(name string) Value {
	v, _ := fs.Get(name)
	return v
}

package batch_test

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

// reuseEdgeLines are lines whose neighbours differ in what a reused
// decoder or submission could leak from one line into the next: elapsed
// time present then absent, many fields then few, no fields, a second
// "fields" key, lines the fast path leaves to encoding/json, errors,
// extra (non-canonical) fields, control fields, a missing timestamp.
var reuseEdgeLines = []string{
	`{"id":"e1","form_id":"contact","submitted_at":"2024-03-01T10:00:00Z","fields":{"email":"a@example.com","message":"hello there","website":"x"},"context":{"ip":"203.0.113.9","elapsed_ms":1200}}`,
	`{"id":"e2","form_id":"contact","fields":{"email":"b@example.com"},"context":{"ip":"203.0.113.9"}}`,
	`{"id":"e3","form_id":"demo","submitted_at":"2024-03-01T10:00:01Z","fields":{` + manyFields(20) + `},"context":{"elapsed_ms":50}}`,
	`{"id":"e4","form_id":"demo","submitted_at":"2024-03-01T10:00:02Z","fields":{"first_name":"Ann"}}`,
	`{"id":"e5","form_id":"demo","fields":null,"context":null}`,
	`{"id":"e6","form_id":"contact","fields":{"email":"c@example.com"},"fields":{"message":"second object"},"context":{"elapsed_ms":3,"elapsed_ms":90000}}`,
	`{"id":"e7","form_id":"contact","fields":{"email":"d@example.com","Message":"tab\tand \u00e9scape"},"context":{"ip":"198.51.100.1","elapsed_ms":2.5}}`,
	`{"id":"e8","form_id":"contact","submitted_at":"2024-03-01T10:00:03+02:00","fields":{"email":"e@example.com","favourite_colour":"blue","zz_extra":"1","_token":"t","cf-turnstile-response":"c"}}`,
	`{"id":"e9","fields":{"email":"f@example.com"}}`,
	`not json`,
	`{"id":"e10","form_id":"contact","fields":{"email":"g@example.com","items":[1,2]}}`,
	`{"id":"e11","form_id":"contact","fields":{"email":"h@example.com","FÖRNAMN":"Åsa","name":"Åsa Berg"},"context":{"user_agent":"curl/8.0"}}`,
	`{"id":"e12","form_id":"contact","fields":{}}`,
	`{"id":"e13","form_id":"contact","naïve":1,"fields":{"email":"i@example.com"},"context":{"elapsed_ms":7}}`,
}

// manyFields returns n distinct field members, more than a decoder keeps
// room for.
func manyFields(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"field_`)
		b.WriteByte(byte('a' + i))
		b.WriteString(`":"value `)
		b.WriteByte(byte('a' + i))
		b.WriteByte('"')
	}
	return `"email":"many@example.com",` + b.String()
}

// reuseLines returns the lines of the shipped data sets, then the edge
// lines, and the edge lines once more in the opposite order, so that
// every kind of line comes after every other.
func reuseLines(t *testing.T) [][]byte {
	t.Helper()
	lines := batch.TestdataLines(t)
	if len(lines) < 2000 {
		t.Fatalf("read %d lines, want the whole corpus and history", len(lines))
	}
	for _, l := range reuseEdgeLines {
		lines = append(lines, []byte(l))
	}
	for i := len(reuseEdgeLines) - 1; i >= 0; i-- {
		lines = append(lines, []byte(reuseEdgeLines[i]))
	}
	return lines
}

// TestReusedDecoderAndSubmissionMatchFresh judges every line twice, with
// two screeners fed the same lines: once with a fresh Decode and Screen per
// line, once as `leadctl screen` does, through one Decoder (given the
// lines as substrings of one string) and one reused submission. The
// decoded inputs, the errors and the output lines must be the same, and
// an output must not change when the next line reuses the storage (it may
// keep nothing of it).
func TestReusedDecoderAndSubmissionMatchFresh(t *testing.T) {
	ctx := context.Background()
	lines := reuseLines(t)
	fresh, reused := newScreener(t), newScreener(t)
	var (
		dec          batch.Decoder
		sub          lead.Submission
		prev         batch.Output
		prevJSON     []byte
		sawElapsed   bool
		sawFallback  bool
		sawManyField bool
	)
	// As `leadctl screen` reads them, the reused decoder gets the lines as
	// substrings of one string.
	block := string(bytes.Join(lines, []byte("\n")))
	off := 0
	for n, line := range lines {
		want, wantErr := batch.Decode(line)
		got, gotErr := dec.DecodeString(block[off : off+len(line)])
		off += len(line) + 1
		if (wantErr == nil) != (gotErr == nil) || wantErr != nil && wantErr.Error() != gotErr.Error() {
			t.Fatalf("line %d: Decoder error %v, Decode error %v", n, gotErr, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("line %d: Decoder gave\n%+v\nDecode gave\n%+v", n, got, want)
		}
		var wantOut, gotOut batch.Output
		if wantErr != nil {
			wantOut, gotOut = batch.ErrorOutput(want, n, wantErr), batch.ErrorOutput(got, n, gotErr)
		} else {
			sawElapsed = sawElapsed || got.Context.ElapsedMS != nil
			sawManyField = sawManyField || len(got.Fields) > 16
			wantOut, gotOut = fresh.Screen(ctx, want), reused.ScreenReusing(ctx, got, &sub)
		}
		wantJSON, gotJSON := wantOut.AppendJSON(nil), gotOut.AppendJSON(nil)
		if !bytes.Equal(gotJSON, wantJSON) {
			t.Fatalf("line %d: reused storage gave\n%s\nfresh gave\n%s", n, gotJSON, wantJSON)
		}
		if prevJSON != nil && !bytes.Equal(prev.AppendJSON(nil), prevJSON) {
			t.Fatalf("line %d: decoding and judging it changed the previous output", n)
		}
		prev, prevJSON = gotOut, gotJSON
		sawFallback = sawFallback || wantErr == nil && bytes.Contains(line, []byte("na\u00efve"))
	}
	if !sawElapsed || !sawFallback || !sawManyField {
		t.Fatalf("edge cases not reached: elapsed %v, fallback %v, many fields %v", sawElapsed, sawFallback, sawManyField)
	}
}

// TestDecoderClearsPreviousLine checks directly that nothing of a line
// survives into the next one's Input.
func TestDecoderClearsPreviousLine(t *testing.T) {
	var dec batch.Decoder
	if _, err := dec.Decode([]byte(reuseEdgeLines[0])); err != nil {
		t.Fatal(err)
	}
	in, err := dec.Decode([]byte(`{"form_id":"f"}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := (&batch.Input{FormID: "f"}); !reflect.DeepEqual(in, want) {
		t.Fatalf("second line decoded to %+v, want %+v", in, want)
	}
}

// Package batch screens exported submissions offline: it reads the JSON
// Lines interchange format (one submission per line, as `leadctl screen`,
// `leadctl eval` and `leadctl backtest` take it), judges each line with the
// same code as intake, and writes one result line per input, in order.
package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// Value is a field value. The line may give it as a JSON string, number
// or boolean: a number keeps its text as written ("1e3" stays "1e3"), and
// null is "".
type Value string

// Field is one form field of an input line.
type Field struct {
	Name  string
	Value Value
}

// Fields are an input line's form fields, sorted by name. As in a JSON
// object read into a map, a name given twice keeps its last value.
type Fields []Field

// Get returns the value of the field named name, and whether there is one.
func (fs Fields) Get(name string) (Value, bool) {
	for i := range fs {
		if fs[i].Name == name {
			return fs[i].Value, true
		}
	}
	return "", false
}

// Set gives the field named name the value v, adding it at the end when
// there is none yet.
func (fs *Fields) Set(name string, v Value) {
	for i := range *fs {
		if (*fs)[i].Name == name {
			(*fs)[i].Value = v
			return
		}
	}
	*fs = append(*fs, Field{Name: name, Value: v})
}

// UnmarshalJSON reads a JSON object of scalar values; null gives no
// fields. A JSON object's names have no order (RFC 8259), so the fields
// come sorted by name: when two names mean the same field ("Email",
// "email"), intake joins them in that order, the same on every run. Like
// encoding/json with a map, it adds to fields already there.
func (fs *Fields) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		*fs = nil
		return nil
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // numbers as written
	if err := dec.Decode(&m); err != nil || m == nil {
		return errors.New("fields must be a JSON object")
	}
	return fs.add(m)
}

// add sets the fields of m, a JSON object decoded with UseNumber, in
// name order.
func (fs *Fields) add(m map[string]any) error {
	values := make(map[string]Value, len(m))
	for _, name := range slices.Sorted(maps.Keys(m)) {
		var v Value
		switch t := m[name].(type) {
		case string:
			v = Value(t)
		case json.Number:
			v = Value(t)
		case bool:
			v = Value(strconv.FormatBool(t))
		case nil:
			v = ""
		default: // an object or array
			return fmt.Errorf("field %q: field values must be strings, numbers or booleans", name)
		}
		values[name] = v
	}
	fs.addValues(values)
	return nil
}

// addValues sets the fields of m in name order.
func (fs *Fields) addValues(m map[string]Value) {
	if len(*fs) == 0 {
		// Nearly always: no fields yet, so none to replace.
		added := make(Fields, 0, len(m))
		for name, v := range m {
			added = append(added, Field{Name: name, Value: v})
		}
		slices.SortFunc(added, func(a, b Field) int { return strings.Compare(a.Name, b.Name) })
		*fs = added
		return
	}
	*fs = slices.Grow(*fs, len(m))
	for _, name := range slices.Sorted(maps.Keys(m)) {
		fs.Set(name, m[name])
	}
	if *fs == nil {
		*fs = Fields{} // {} is no fields, not null
	}
}

// MarshalJSON writes the fields as a JSON object, in order.
func (fs Fields) MarshalJSON() ([]byte, error) {
	if fs == nil {
		return []byte("null"), nil
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range fs {
		if i > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(f.Name)
		if err != nil {
			return nil, err
		}
		value, err := json.Marshal(string(f.Value))
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Context is the request context of an exported submission.
type Context struct {
	IP             string `json:"ip,omitempty"`
	UserAgent      string `json:"user_agent,omitempty"`
	AcceptLanguage string `json:"accept_language,omitempty"`
	Origin         string `json:"origin,omitempty"`
	Referer        string `json:"referer,omitempty"`
	// ElapsedMS is the time from render to submit; it stands in for the
	// render token, which exported data does not carry.
	ElapsedMS *int64 `json:"elapsed_ms,omitempty"`
}

// Input is one line of the interchange format. Label and Category are the
// accuracy corpus's; Outcome is the back-test history's.
type Input struct {
	ID          string    `json:"id"`
	FormID      string    `json:"form_id"`
	SubmittedAt time.Time `json:"submitted_at"`
	Fields      Fields    `json:"fields"`
	Context     Context   `json:"context"`
	Label       string    `json:"label,omitempty"`
	Category    string    `json:"category,omitempty"`
	Outcome     string    `json:"outcome,omitempty"`
}

// Output is one result line.
type Output struct {
	ID              string        `json:"id,omitempty"`
	Line            int           `json:"line,omitempty"`
	Verdict         lead.Verdict  `json:"verdict,omitempty"`
	JunkScore       int           `json:"junk_score"`
	FitScore        int           `json:"fit_score"`
	Grade           string        `json:"grade,omitempty"`
	Segment         string        `json:"segment,omitempty"`
	Reasons         []lead.Reason `json:"reasons,omitempty"`
	RulesVersion    string        `json:"rules_version,omitempty"`
	EmailSuggestion string        `json:"email_suggestion,omitempty"`
	Error           string        `json:"error,omitempty"`
}

// Screener judges exported submissions. Its judge should count velocity
// in memory (screen.NewMemoryCounter): exports are judged offline.
type Screener struct {
	Judge *judge.Judge
	Forms *forms.Set
}

// Decode parses one input line with encoding/json: the field order of
// "fields" is kept (see Fields).
func Decode(line []byte) (*Input, error) {
	return decodeWith(line, nil)
}

// decodeWith is Decode reading the fields into scratch, a map it clears
// first and that the caller may pass again for the next line (nil for a
// new one): building that map is much of the cost of a line, and a map
// that already has room for a line's fields is cheaper to fill.
func decodeWith(line []byte, scratch map[string]Value) (*Input, error) {
	in, ok := decodeOnce(line, scratch)
	if !ok {
		// Rare: the full decoder, with Fields.UnmarshalJSON, says what is
		// wrong in its own words.
		in = new(Input)
		if err := json.Unmarshal(line, in); err != nil {
			return nil, fmt.Errorf("malformed line: %w", err)
		}
	}
	if in.FormID == "" {
		return in, errors.New("missing form_id")
	}
	return in, nil
}

// decodeOnce reads a well-formed line in one pass: the fields object is
// decoded with the rest of the line (as a map) rather than scanned again by
// Fields.UnmarshalJSON. It reports false for a line with anything wrong,
// which Decode then reads again to explain. A line that gives "fields"
// twice gets the names of both sorted together.
//
// Field values are nearly always strings, and a map of strings is the
// cheapest to decode: a line with any other value (a number, which must
// keep its text as written, or a boolean) is read again with a
// json.Decoder that keeps numbers as written (decodeAny), as is any line
// Unmarshal refuses; one decodeAny refuses too, Decode reads a third time
// to say what is wrong.
func decodeOnce(line []byte, scratch map[string]Value) (*Input, bool) {
	var l struct {
		Input
		Fields map[string]Value `json:"fields"` // shadows Input.Fields
	}
	if scratch != nil {
		clear(scratch)
		l.Fields = scratch
	}
	if err := json.Unmarshal(line, &l); err != nil {
		return decodeAny(line)
	}
	if scratch != nil && len(l.Fields) == 0 {
		// No fields, or no "fields" at all (nil fields): the scratch map
		// cannot tell; a new one can.
		return decodeOnce(line, nil)
	}
	if l.Fields != nil {
		l.Input.Fields.addValues(l.Fields)
	}
	return &l.Input, true
}

// decodeAny is decodeOnce for a line whose field values are not all
// strings (or null): numbers keep their text (json.Number).
func decodeAny(line []byte) (*Input, bool) {
	var l struct {
		Input
		Fields map[string]any `json:"fields"` // shadows Input.Fields
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&l); err != nil {
		return nil, false
	}
	if len(bytes.TrimSpace(line[dec.InputOffset():])) > 0 {
		return nil, false // something after the object
	}
	if l.Fields != nil {
		if err := l.Input.Fields.add(l.Fields); err != nil {
			return nil, false
		}
	}
	return &l.Input, true
}

// Submission converts an input into the submission intake would have made.
func (s *Screener) Submission(in *Input) (*lead.Submission, screen.Form, error) {
	f := s.Forms.Get(in.FormID)
	var sf screen.Form
	if f != nil {
		sf = s.Judge.ScreenForm(f)
	} else {
		// Exports mix many forms: one with no configuration of its own is
		// judged by the default rules.
		sf = screen.Form{ID: in.FormID, RenderToken: true}
	}
	// Exports carry no render token; without an elapsed time the check
	// has nothing to judge.
	sf.RenderToken = sf.RenderToken && in.Context.ElapsedMS != nil
	// Two names that mean the same field ("email", "Email") are joined in
	// name order (see Fields).
	pairs := make([]intake.Pair, len(in.Fields))
	for i, f := range in.Fields {
		pairs[i] = intake.Pair{Name: f.Name, Value: string(f.Value)}
	}
	at := in.SubmittedAt
	if at.IsZero() {
		at = time.Now().UTC()
	}
	sub, err := intake.Build(intake.FormRules{ID: in.FormID, Honeypot: s.honeypot(in.FormID), Lenient: true, NoRaw: true}, pairs, lead.Context{
		IP: in.Context.IP, UserAgent: in.Context.UserAgent, AcceptLanguage: in.Context.AcceptLanguage,
		Origin: in.Context.Origin, Referer: in.Context.Referer, ReceivedAt: at, ElapsedMS: in.Context.ElapsedMS,
	})
	return sub, sf, err
}

// honeypot is the name of the honeypot field of the form with that id.
func (s *Screener) honeypot(formID string) string {
	if f := s.Forms.Get(formID); f != nil {
		return f.Honeypot
	}
	return forms.DefaultHoneypot
}

// Screen judges one input.
func (s *Screener) Screen(ctx context.Context, in *Input) Output {
	sub, sf, err := s.Submission(in)
	if err != nil {
		return Output{ID: in.ID, Error: err.Error()}
	}
	return s.judge(ctx, in, sub, sf)
}

// judge judges the submission made from in.
func (s *Screener) judge(ctx context.Context, in *Input, sub *lead.Submission, sf screen.Form) Output {
	return output(in.ID, s.Judge.JudgeWith(ctx, sf, sub))
}

// output is the result line of judgment j of the line with that id.
func output(id string, j lead.Judgment) Output {
	out := Output{ID: id, Verdict: j.Verdict, JunkScore: j.Screening.Score, RulesVersion: j.RulesVersion,
		EmailSuggestion: j.Screening.EmailSuggestion}
	out.Reasons = append(out.Reasons, j.Screening.Reasons...)
	if j.Fit != nil {
		out.FitScore, out.Grade, out.Segment = j.Fit.Score, j.Fit.Grade, j.Fit.Segment
		out.Reasons = append(out.Reasons, j.Fit.Reasons...)
	}
	return out
}

// ErrorOutput is the result line for a line that could not be read.
func ErrorOutput(in *Input, lineNo int, err error) Output {
	out := Output{Error: err.Error()}
	if in != nil && in.ID != "" {
		out.ID = in.ID
	} else {
		out.Line = lineNo
	}
	return out
}

// LineLabel names a line in messages: its id, or its number.
func LineLabel(in *Input, lineNo int) string {
	if in != nil && in.ID != "" {
		return in.ID
	}
	return "line " + strconv.Itoa(lineNo)
}

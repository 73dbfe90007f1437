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
	"strconv"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// Value is a field value: JSON strings, numbers and booleans are accepted.
type Value string

// UnmarshalJSON accepts any JSON scalar; null is empty.
func (v *Value) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0:
		return errors.New("empty value")
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = Value(s)
	case b[0] == '{' || b[0] == '[':
		return errors.New("field values must be strings, numbers or booleans")
	case string(b) == "null":
		*v = ""
	default:
		*v = Value(b)
	}
	return nil
}

// Field is one form field of an input line.
type Field struct {
	Name  string
	Value Value
}

// Fields are an input line's form fields in the order the line gives them.
// As in a JSON object read into a map, a name given twice keeps its last
// value (at the place it first appeared).
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
// fields. Like encoding/json with a map, it adds to fields already there.
func (fs *Fields) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		*fs = nil
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("fields must be a JSON object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := t.(string) // object keys are strings
		var v Value
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("field %q: %w", name, err)
		}
		fs.Set(name, v)
	}
	if *fs == nil {
		*fs = Fields{} // {} is no fields, not null
	}
	return nil
}

// MarshalJSON writes the fields as a JSON object, in order.
func (fs Fields) MarshalJSON() ([]byte, error) {
	if fs == nil {
		return []byte("null"), nil
	}
	b := []byte{'{'}
	for i, f := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, f.Name)
		b = append(b, ':')
		b = appendJSONString(b, string(f.Value))
	}
	return append(b, '}'), nil
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

// Screener judges exported submissions.
type Screener struct {
	Judge *judge.Judge
	Forms *forms.Set
}

// Decode parses one input line. It gives the same result as decoding with
// encoding/json (which also words its errors), only faster.
func Decode(line []byte) (*Input, error) {
	return decodeInto(new(decoded), string(line))
}

// A Decoder decodes lines like Decode, into storage it reuses: a typical
// line costs no allocation beyond the copy of its bytes that its strings
// share. The *Input it returns, with its Fields and Context.ElapsedMS, is
// valid only until the next call to Decode or DecodeString, which
// overwrites it (as bufio.Scanner.Bytes is valid until the next Scan);
// the strings in it stay valid. A Decoder is for one goroutine's loop
// over lines, where each line is judged and written before the next is
// read; its zero value is ready to use.
type Decoder struct {
	d decoded
}

// Decode parses one input line as the package's Decode does.
func (dec *Decoder) Decode(line []byte) (*Input, error) {
	return dec.DecodeString(string(line))
}

// DecodeString is Decode for a line held in a string. The decoded strings
// are substrings of line where they can be, so a caller that copies many
// lines into one string at once saves Decode's allocation per line.
func (dec *Decoder) DecodeString(line string) (*Input, error) {
	dec.d = decoded{}
	return decodeInto(&dec.d, line)
}

// decodeInto parses line into d, or into a new Input when the fast path
// cannot (see Decode).
func decodeInto(d *decoded, line string) (*Input, error) {
	in := &d.in
	if !decodeFastString(line, in, &d.room) {
		var err error
		if in, err = decodeStd([]byte(line)); err != nil {
			return nil, err
		}
	}
	if in.FormID == "" {
		return in, errors.New("missing form_id")
	}
	return in, nil
}

// decodeStd decodes a line with encoding/json: the reference the fast path
// must agree with, and the source of error messages.
func decodeStd(line []byte) (*Input, error) {
	var in Input
	if err := json.Unmarshal(line, &in); err != nil {
		return nil, fmt.Errorf("malformed line: %w", err)
	}
	return &in, nil
}

// Submission converts an input into the submission intake would have made.
func (s *Screener) Submission(in *Input) (*lead.Submission, screen.Form, error) {
	sub := new(lead.Submission)
	sf, err := s.submissionInto(sub, in)
	if err != nil {
		return nil, sf, err
	}
	return sub, sf, nil
}

// submissionInto is Submission building the submission in *sub.
func (s *Screener) submissionInto(sub *lead.Submission, in *Input) (screen.Form, error) {
	f := s.Forms.Get(in.FormID)
	var sf screen.Form
	honeypot := forms.DefaultHoneypot
	if f != nil {
		sf = s.Judge.ScreenForm(f)
		honeypot = f.Honeypot
	} else {
		// Exports mix many forms: one with no configuration of its own is
		// judged by the default rules.
		sf = screen.Form{ID: in.FormID, RenderToken: true}
	}
	// Exports carry no render token; without an elapsed time the check
	// has nothing to judge.
	sf.RenderToken = sf.RenderToken && in.Context.ElapsedMS != nil
	// Build only reads the pairs (it keeps their strings, not the slice),
	// so a typical line's pairs live on the stack.
	var pairBuf [16]intake.Pair
	pairs := pairBuf[:]
	if len(in.Fields) > len(pairBuf) {
		pairs = make([]intake.Pair, len(in.Fields))
	}
	pairs = pairs[:len(in.Fields)]
	for i := range pairs {
		f := &in.Fields[i]
		pairs[i] = intake.Pair{Name: f.Name, Value: string(f.Value)}
	}
	// The pairs keep the line's order, as a live post keeps the form's:
	// two names that mean the same field ("email", "Email") are joined in
	// the order the line gives them.
	at := in.SubmittedAt
	if at.IsZero() {
		at = time.Now().UTC()
	}
	err := intake.BuildInto(sub, intake.FormRules{ID: in.FormID, Honeypot: honeypot, Lenient: true, NoRaw: true}, pairs, lead.Context{
		IP: in.Context.IP, UserAgent: in.Context.UserAgent, AcceptLanguage: in.Context.AcceptLanguage,
		Origin: in.Context.Origin, Referer: in.Context.Referer, ReceivedAt: at, ElapsedMS: in.Context.ElapsedMS,
	})
	return sf, err
}

// Screen judges one input.
func (s *Screener) Screen(ctx context.Context, in *Input) Output {
	return s.ScreenReusing(ctx, in, new(lead.Submission))
}

// ScreenReusing is Screen building the submission it judges in *sub, which
// it overwrites: a loop that judges one line at a time (like `leadctl
// screen`) can pass the same one every time and save its allocation.
// Neither the Output nor anything the Screener keeps refers to *sub once
// ScreenReusing has returned.
func (s *Screener) ScreenReusing(ctx context.Context, in *Input, sub *lead.Submission) Output {
	out := Output{ID: in.ID}
	sf, err := s.submissionInto(sub, in)
	if err != nil {
		out.Error = err.Error()
		return out
	}
	j := s.Judge.JudgeWith(ctx, sf, sub)
	out.Verdict, out.JunkScore, out.RulesVersion = j.Verdict, j.Screening.Score, j.RulesVersion
	out.EmailSuggestion = j.Screening.EmailSuggestion
	// The judgment is this call's own and is dropped here, so its
	// screening reasons (and their spare capacity) become the output's
	// instead of being copied. An empty list stays nil, as before.
	if j.Fit == nil {
		if len(j.Screening.Reasons) > 0 {
			out.Reasons = j.Screening.Reasons
		}
		return out
	}
	out.FitScore, out.Grade, out.Segment = j.Fit.Score, j.Fit.Grade, j.Fit.Segment
	if len(j.Screening.Reasons)+len(j.Fit.Reasons) > 0 {
		out.Reasons = append(j.Screening.Reasons, j.Fit.Reasons...)
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

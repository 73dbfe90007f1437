package batch

import (
	"bytes"
	"encoding/json"
	"maps"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// LayOut fills tl with every line of data (an export in the interchange
// format) by its submitted_at: the first of the two passes over an export
// that lets velocity count by time and see a burst whole (see
// screen.Timeline). It reads only what the velocity checks count (time,
// IP, address, message), with intake's field names and normalization, on
// every core (the timeline sorts its rows, so their order does not
// matter). Lines that cannot be read are left for the screening pass to
// report.
func LayOut(tl *screen.Timeline, data []byte) {
	workers := runtime.GOMAXPROCS(0)
	chunk := len(data)/workers + 1
	var wg sync.WaitGroup
	for len(data) > 0 {
		// Cut after the newline that ends the chunk's last line.
		end := min(chunk, len(data))
		if i := bytes.IndexByte(data[end-1:], '\n'); i >= 0 {
			end += i
		} else {
			end = len(data)
		}
		part := data[:end]
		data = data[end:]
		wg.Go(func() {
			for line := range bytes.Lines(part) {
				if sub := timelineEntry(line); sub != nil {
					tl.Add(sub)
				}
			}
		})
	}
	wg.Wait()
}

// timelineEntry is the part of a line the timeline needs, as a
// submission; nil when the line cannot be read or has no time.
func timelineEntry(line []byte) *lead.Submission {
	var l struct {
		FormID      string    `json:"form_id"`
		SubmittedAt time.Time `json:"submitted_at"`
		Context     struct {
			IP string `json:"ip"`
		} `json:"context"`
		Fields map[string]json.RawMessage `json:"fields"`
	}
	if len(bytes.TrimSpace(line)) == 0 || json.Unmarshal(line, &l) != nil {
		return nil
	}
	var pairs []intake.Pair
	for _, name := range slices.Sorted(maps.Keys(l.Fields)) {
		if !countedField(name) {
			continue
		}
		if v, ok := scalarText(l.Fields[name]); ok {
			pairs = append(pairs, intake.Pair{Name: name, Value: v})
		}
	}
	return timelineSubmission(l.FormID, l.SubmittedAt, l.Context.IP, pairs)
}

// laidOut is the submission the timeline lays out for in, a decoded line,
// given sub, the submission built from it for judging: sub itself, which
// holds the address, message, IP and time as timelineEntry reads them,
// unless the form's honeypot is a field the timeline counts by (sub leaves
// the honeypot out, timelineEntry, which knows no forms, does not).
func (s *Screener) laidOut(in *Input, sub *lead.Submission) *lead.Submission {
	if in.SubmittedAt.IsZero() {
		return nil // sub is judged at the time of screening; the timeline skips it
	}
	if countedField(s.honeypot(in.FormID)) {
		return decodedTimelineEntry(in)
	}
	return sub
}

// decodedTimelineEntry is timelineEntry for a line already decoded.
func decodedTimelineEntry(in *Input) *lead.Submission {
	var pairs []intake.Pair
	for _, f := range in.Fields { // sorted by name, as timelineEntry reads them
		if countedField(f.Name) {
			pairs = append(pairs, intake.Pair{Name: f.Name, Value: string(f.Value)})
		}
	}
	return timelineSubmission(in.FormID, in.SubmittedAt, in.Context.IP, pairs)
}

// countedField reports whether a field of that name is one the velocity
// checks count by: the address or the message.
func countedField(name string) bool {
	f := intake.FieldName(name)
	return f == "email" || f == "message"
}

// timelineSubmission builds the submission the timeline lays out from a
// line's counted fields (see countedField); nil for a line with no time.
func timelineSubmission(formID string, at time.Time, ip string, pairs []intake.Pair) *lead.Submission {
	if at.IsZero() {
		return nil
	}
	sub, err := intake.Build(intake.FormRules{ID: formID, Lenient: true, NoRaw: true}, pairs,
		lead.Context{IP: ip, ReceivedAt: at})
	if err != nil {
		return nil
	}
	return sub
}

// scalarText is a JSON scalar as a field Value reads it: a string's text,
// a number as written, a boolean, null as "".
func scalarText(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		var v string
		err := json.Unmarshal(raw, &v)
		return v, err == nil
	case '{', '[':
		return "", false // an object or array: not a field value
	case 'n':
		return "", string(raw) == "null"
	case 't', 'f':
		return string(raw), string(raw) == "true" || string(raw) == "false"
	}
	var n json.Number
	if json.Unmarshal(raw, &n) != nil {
		return "", false
	}
	return string(n), true
}

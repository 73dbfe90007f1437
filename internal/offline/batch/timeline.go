package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// LayOut fills tl with every line of r by its submitted_at: the first of
// the two passes over an export that lets velocity count by time and see
// a burst whole (see screen.Timeline). It reads only what the velocity
// checks count (time, IP, address, message), with intake's field names and
// normalization, so it costs a fraction of screening. Lines that cannot be
// read are left for the screening pass to report.
func LayOut(tl *screen.Timeline, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineLen)
	n := 0
	for sc.Scan() {
		n++
		if sub := timelineEntry(sc.Bytes()); sub != nil {
			tl.Add(sub)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading line %d: %w", n+1, err)
	}
	return nil
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
	if len(bytes.TrimSpace(line)) == 0 || json.Unmarshal(line, &l) != nil || l.SubmittedAt.IsZero() {
		return nil
	}
	var pairs []intake.Pair
	for _, name := range slices.Sorted(maps.Keys(l.Fields)) {
		if f := intake.FieldName(name); f != "email" && f != "message" {
			continue
		}
		if v, ok := scalarText(l.Fields[name]); ok {
			pairs = append(pairs, intake.Pair{Name: name, Value: v})
		}
	}
	sub, err := intake.Build(intake.FormRules{ID: l.FormID, Lenient: true, NoRaw: true}, pairs,
		lead.Context{IP: l.Context.IP, ReceivedAt: l.SubmittedAt})
	if err != nil {
		return nil
	}
	return sub
}

// scalarText is a JSON scalar as a field Value reads it: a string's text,
// a number as written, a boolean, null as "".
func scalarText(raw json.RawMessage) (string, bool) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return "", false
	}
	switch t := v.(type) {
	case string:
		return t, true
	case json.Number:
		return string(t), true
	case bool:
		return strconv.FormatBool(t), true
	case nil:
		return "", true
	}
	return "", false
}

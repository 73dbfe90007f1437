package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Record is one line of the labeled corpus (testdata/corpus/*.jsonl): a
// submission in the batch-screening input format plus its labels. Fields
// is kept as a map so that screeners can see every submitted name,
// including the website_url honeypot.
type Record struct {
	ID          string            `json:"id"`
	FormID      string            `json:"form_id"`
	SubmittedAt string            `json:"submitted_at"`
	Fields      map[string]string `json:"fields"`
	Context     RecordContext     `json:"context"`
	Label       string            `json:"label"`
	Category    string            `json:"category"`
	// Family is the finer kind a labelled set's generator meant the record
	// to be, and Source who produced it; both optional (see Report).
	Family string `json:"family,omitempty"`
	Source string `json:"source,omitempty"`
}

// RecordContext is the request context of a corpus record.
type RecordContext struct {
	IP             string `json:"ip"`
	UserAgent      string `json:"user_agent"`
	AcceptLanguage string `json:"accept_language"`
	Referer        string `json:"referer"`
	// ElapsedMS is nil when the export had no timing.
	ElapsedMS *int64 `json:"elapsed_ms,omitempty"`
}

// maxLine bounds one corpus line.
const maxLine = 1 << 20

// ReadCorpus reads a JSON Lines corpus. Blank lines are skipped; a line
// that does not decode, or has a label other than "genuine" or "junk", or
// no id, is an error naming its line number.
func ReadCorpus(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var out []Record
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			return nil, fmt.Errorf("eval: corpus line %d: %w", n, err)
		}
		if rec.Label != LabelGenuine && rec.Label != LabelJunk {
			return nil, fmt.Errorf("eval: corpus line %d: unknown label %q", n, rec.Label)
		}
		if rec.ID == "" {
			return nil, fmt.Errorf("eval: corpus line %d: no id", n)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading corpus: %w", err)
	}
	return out, nil
}

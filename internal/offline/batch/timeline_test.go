package batch

import (
	"fmt"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// timelineSeeds are lines with the field names, value types and flaws
// exports have.
var timelineSeeds = []string{
	`{"id":"a","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"email":"Ana@Padaria.COM.br","message":"Hello there, a quote please"},"context":{"ip":"203.0.113.9"}}`,
	`{"id":"b","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"Email":"ana@padaria.com.br","your-message":"Olá!"},"context":{"ip":"2001:db8::1"}}`,
	`{"id":"c","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"e-mail":"mailto:ana@padaria.com.br","email":"x@y.z","message":12345},"context":{}}`,
	`{"id":"d","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"email":null,"message":true}}`,
	`{"id":"e","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"email":"ana@padaria.com.br."}}`,
	`{"id":"f","form_id":"contact","fields":{"email":"no-time@padaria.com.br"}}`,
	`{"id":"g","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"email":{"nested":1}}}`,
	`{"id":"h","form_id":"contact","submitted_at":"2026-10-03T14:22:05Z","fields":{"email_address":"bot@padaria.com.br","your-message":"Olá!"}}`,
	`not json`,
	``,
}

// TestTimelineEntryMatchesSubmission: the first pass reads a line's
// address, message, IP and time exactly as the screening pass will, or
// the timeline would count under other keys than the checks ask about.
func TestTimelineEntryMatchesSubmission(t *testing.T) {
	screeners := timelineScreeners(t)
	for _, line := range timelineSeeds {
		checkTimelineEntry(t, screeners, line)
	}
}

func FuzzTimelineEntry(f *testing.F) {
	for _, s := range timelineSeeds {
		f.Add(s)
	}
	screeners := timelineScreeners(f)
	f.Fuzz(func(t *testing.T, line string) {
		checkTimelineEntry(t, screeners, line)
	})
}

// timelineScreeners are a screener that knows no forms and one whose form
// "contact" has a honeypot the timeline counts by ("email_address").
func timelineScreeners(t testing.TB) []*Screener {
	return []*Screener{{Forms: emptyForms(t)}, honeypotScreener(t, "email_address")}
}

func checkTimelineEntry(t *testing.T, screeners []*Screener, line string) {
	t.Helper()
	light := timelineEntry([]byte(line))
	in, err := Decode([]byte(line))
	if err != nil || in.SubmittedAt.IsZero() {
		return // screening reports the line, or counts it at no time
	}
	// The judged submission leaves the honeypot out; with a honeypot the
	// timeline counts by, ScreenExport lays out what timelineEntry reads.
	for _, s := range screeners {
		sub, _, err := s.Submission(in)
		if err != nil {
			return
		}
		if light == nil {
			t.Fatalf("the first pass skipped a line screening reads: %q", line)
		}
		if sub.Context.IP != light.Context.IP || !sub.Context.ReceivedAt.Equal(light.Context.ReceivedAt) {
			t.Fatalf("first pass %q %v, screening %q %v: %q", light.Context.IP, light.Context.ReceivedAt,
				sub.Context.IP, sub.Context.ReceivedAt, line)
		}
		laid := s.laidOut(in, sub)
		if laid.Fields.Email != light.Fields.Email || laid.Fields.Message != light.Fields.Message ||
			laid.Context.IP != light.Context.IP || !laid.Context.ReceivedAt.Equal(light.Context.ReceivedAt) {
			t.Fatalf("first pass %q %q %q %v, ScreenExport %q %q %q %v: %q", light.Fields.Email, light.Fields.Message, light.Context.IP,
				light.Context.ReceivedAt, laid.Fields.Email, laid.Fields.Message, laid.Context.IP, laid.Context.ReceivedAt, line)
		}
	}
}

func emptyForms(t testing.TB) *forms.Set {
	fs, err := forms.Parse([]byte("forms: []\n"))
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// honeypotScreener screens the form "contact", whose honeypot is named
// name.
func honeypotScreener(t testing.TB, name string) *Screener {
	fs, err := forms.Parse([]byte("forms:\n  - id: contact\n    honeypot: " + name + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewScreener(rs, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestLayOutEveryLine: the export is cut into one part per core at line
// ends; every line is laid out once, the last one without a newline too.
func TestLayOutEveryLine(t *testing.T) {
	var data []byte
	for i := range 101 {
		data = append(data, fmt.Sprintf(`{"id":"r%d","form_id":"contact","submitted_at":"2026-10-03T14:%02d:05Z","fields":{"email":"ana@padaria.com.br"},"context":{"ip":"203.0.113.9"}}`, i, i%60)...)
		if i < 100 {
			data = append(data, '\n')
		}
	}
	data = append(data, "\nnot json\n\n"...)
	tl := screen.NewTimeline()
	LayOut(tl, data)
	from, _ := time.Parse(time.RFC3339, "2026-10-03T14:00:00Z")
	if n, _ := tl.Count("ip:203.0.113.9", from, from.Add(time.Hour)); n != 101 {
		t.Errorf("%d rows laid out, want 101", n)
	}
}

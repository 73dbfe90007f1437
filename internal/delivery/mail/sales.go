package mail

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"net/url"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/lead"
)

//go:embed templates/sales.txt.tmpl templates/sales.html.tmpl
var templateFS embed.FS

var (
	// Parsed at first use, not at init: intake links this package (through
	// the nurture sequences it enrols leads in) and never sends one.
	salesText = sync.OnceValue(func() *texttemplate.Template {
		return texttemplate.Must(texttemplate.ParseFS(templateFS, "templates/sales.txt.tmpl"))
	})
	salesHTML = sync.OnceValue(func() *htmltemplate.Template {
		return htmltemplate.Must(htmltemplate.ParseFS(templateFS, "templates/sales.html.tmpl"))
	})
)

// SalesLead is what the sales notification shows about a lead.
type SalesLead struct {
	ID         string
	FormID     string
	Fields     lead.Fields
	Verdict    lead.Verdict
	FitScore   int
	Grade      string
	Segment    string
	JunkScore  int
	Reasons    []lead.Reason // screen and fit reasons, told apart by Stage
	ReceivedAt time.Time
}

// SalesOptions configure the notification.
type SalesOptions struct {
	From Address
	To   Address
	// ConsoleURL, when set, adds a "View lead" link to
	// ConsoleURL + "/leads/" + escaped lead ID. Must be https (or http for
	// localhost development).
	ConsoleURL string
	// OutcomeURL, when set, adds a "Was this a good lead?" link: the
	// signed page where sales records the lead's outcome in one click.
	// Must be https (or http for localhost development), like ConsoleURL.
	OutcomeURL string
	// Location is the zone for displayed times; nil means UTC.
	Location *time.Location
	// Now is the render time used for the lead's age; zero means time.Now.
	Now time.Time
	// RespondWithin is the speed-to-lead target; zero omits "respond by".
	RespondWithin time.Duration
	// Routing, when set, says why the recipient got the lead (the
	// routing decision's summary: "owner-first", "rule emea-demo",
	// "default team; overflow: all capped").
	Routing string
	// Headers are extra headers for the message (rarely needed).
	Headers map[string]string
}

// Caps for lead text placed in the subject and the body.
const (
	maxSubjectPart = 60
	maxSubject     = 150
	maxFieldLen    = 300
	maxMessageLen  = 5000
	maxReasons     = 50
)

type fact struct {
	Label, Value string
	Mailto       bool
}

type salesData struct {
	Title, Name, Company, Verdict, Grade, Segment string
	FitScore, JunkScore                           int
	Received, Age, RespondBy                      string
	LeadURL, OutcomeURL                           string
	Routing                                       string
	Facts                                         []fact
	Message                                       string
	FitReasons, ScreenReasons                     []lead.Reason
	FormID, UTMSource, UTMMedium, UTMCampaign, ID string
}

// SalesNotification renders the instant email that tells a sales owner
// about a lead. The lead is the Reply-To when its address is valid. All
// lead text is stripped of control characters and capped; HTML is escaped
// by html/template.
func SalesNotification(l SalesLead, opts SalesOptions) (Message, error) {
	f := l.Fields
	loc := opts.Location
	if loc == nil {
		loc = time.UTC
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	name := line(f.FullName(), maxFieldLen)
	if name == "" {
		name = line(f.Email, maxFieldLen)
	}
	if name == "" {
		name = "Unknown contact"
	}
	title := titleFor(l.Verdict)
	d := salesData{
		Title:       title,
		Name:        name,
		Company:     line(f.Company, maxFieldLen),
		Verdict:     line(string(l.Verdict), 40),
		Grade:       line(l.Grade, 10),
		Segment:     line(l.Segment, 60),
		FitScore:    l.FitScore,
		JunkScore:   l.JunkScore,
		Message:     multiline(f.Message, maxMessageLen),
		FormID:      line(l.FormID, 100),
		UTMSource:   line(f.UTMSource, 100),
		UTMMedium:   line(f.UTMMedium, 100),
		UTMCampaign: line(f.UTMCampaign, 100),
		ID:          line(l.ID, 128),
		Routing:     line(opts.Routing, maxFieldLen),
	}
	if d.Grade == "" {
		d.Grade = "?"
	}
	if !l.ReceivedAt.IsZero() {
		d.Received = l.ReceivedAt.In(loc).Format("Mon 2 Jan 2006 15:04 MST")
		if age := now.Sub(l.ReceivedAt); age >= time.Minute {
			d.Age = humanize(age)
		}
		if opts.RespondWithin > 0 {
			d.RespondBy = l.ReceivedAt.Add(opts.RespondWithin).In(loc).Format("15:04 MST")
		}
	}
	if opts.ConsoleURL != "" && l.ID != "" {
		u, err := url.Parse(strings.TrimRight(opts.ConsoleURL, "/") + "/leads/" + url.PathEscape(l.ID))
		if err != nil || !(u.Scheme == "https" || (u.Scheme == "http" && (u.Hostname() == "localhost" || u.Hostname() == "127.0.0.1"))) {
			return Message{}, fmt.Errorf("mail: console URL %q must be https", opts.ConsoleURL)
		}
		d.LeadURL = u.String()
	}
	if opts.OutcomeURL != "" {
		u, err := url.Parse(opts.OutcomeURL)
		if err != nil || !(u.Scheme == "https" || (u.Scheme == "http" && (u.Hostname() == "localhost" || u.Hostname() == "127.0.0.1"))) {
			return Message{}, fmt.Errorf("mail: outcome URL must be https")
		}
		d.OutcomeURL = u.String()
	}
	email, emailErr := ValidAddress(f.Email)
	for _, fc := range []fact{
		{"Name", name, false},
		{"Email", line(f.Email, maxFieldLen), emailErr == nil},
		{"Company", d.Company, false},
		{"Title", line(f.JobTitle, maxFieldLen), false},
		{"Phone", line(f.Phone, 60), false},
		{"Country", line(f.Country, 80), false},
		{"Size", line(f.CompanySize, 60), false},
		{"Industry", line(f.Industry, 100), false},
		{"Budget", line(f.Budget, 100), false},
		{"Timeline", line(f.Timeline, 100), false},
		{"Website", line(f.Website, maxFieldLen), false},
	} {
		if fc.Value != "" {
			d.Facts = append(d.Facts, fc)
		}
	}
	for i, r := range l.Reasons {
		if i == maxReasons {
			break
		}
		r.Code, r.Detail = line(r.Code, 80), line(r.Detail, maxFieldLen)
		if r.Stage == lead.StageScreen {
			d.ScreenReasons = append(d.ScreenReasons, r)
		} else {
			d.FitReasons = append(d.FitReasons, r)
		}
	}

	var tb, hb bytes.Buffer
	if err := salesText().Execute(&tb, d); err != nil {
		return Message{}, fmt.Errorf("mail: render sales text: %w", err)
	}
	if err := salesHTML().Execute(&hb, d); err != nil {
		return Message{}, fmt.Errorf("mail: render sales html: %w", err)
	}

	subject := fmt.Sprintf("%s (%s, %d): %s", title, d.Grade, l.FitScore, truncate(name, maxSubjectPart))
	if d.Company != "" {
		subject += ", " + truncate(d.Company, maxSubjectPart)
	}
	m := Message{
		From:    opts.From,
		To:      opts.To,
		Subject: truncate(subject, maxSubject),
		Text:    tb.String(),
		HTML:    hb.String(),
		Headers: opts.Headers,
		Date:    now,
	}
	if emailErr == nil {
		m.ReplyTo = Address{Name: truncate(line(f.FullName(), maxFieldLen), 100), Address: email}
	}
	return m, nil
}

func titleFor(v lead.Verdict) string {
	switch v {
	case lead.VerdictQualified:
		return "Qualified lead"
	case lead.VerdictNurture:
		return "Nurture lead"
	case lead.VerdictReview:
		return "Lead to review"
	case lead.VerdictJunk:
		return "Junk lead"
	}
	return "Lead"
}

// line makes s a single safe line: control characters and line breaks
// become spaces, runs of space collapse, invalid UTF-8 is replaced, and the
// result is capped at max runes.
func line(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return truncate(strings.Join(strings.Fields(s), " "), max)
}

// multiline keeps line breaks (normalized to \n) but drops other control
// characters and caps the length.
func multiline(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return truncate(strings.TrimSpace(s), max)
}

// truncate caps s at max runes, marking a cut with an ellipsis.
func truncate(s string, max int) string {
	n := 0
	for i := range s {
		if n == max {
			return strings.TrimSpace(s[:i]) + "…"
		}
		n++
	}
	return s
}

func humanize(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h %d min", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%d days", int(d.Hours()/24))
}

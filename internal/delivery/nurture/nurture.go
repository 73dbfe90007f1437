// Package nurture loads the marketing email sequences that nurture leads
// are enrolled in, renders their steps for one lead, and schedules each
// step inside the sequence's send window in the lead's time zone.
//
// # Sequence files
//
// One YAML file per sequence (config/sequences/*.yaml):
//
//	id: general-welcome          # letters, digits, - and _; stored with each enrollment
//	name: General welcome        # for people
//	segments: [general]          # fit segments enrolled here
//	from: {name: Northwind Insights, email: hello@northwind.example}
//	reply_to: team@northwind.example      # optional
//	send_window:                 # optional; in the lead's local time
//	  start: "09:00"
//	  end: "17:00"
//	  days: [mon, tue, wed, thu, fri]     # optional; default every day
//	steps:
//	  - id: welcome
//	    delay: 10m                # after enrollment (first step) or after the
//	                              # previous step: 30m, 36h, 2d, 1w, 1d12h
//	    subject: "Welcome, {{.FirstName | default \"there\"}}"
//	    text: |
//	      Hi {{.FirstName | default "there"}}, ...
//	    html: |
//	      <p>Hi {{.FirstName | default "there"}}, ...</p>
//
// # Template syntax
//
// Subjects and text use Go text/template, HTML uses html/template (values
// are escaped). The variables are fixed: .FirstName, .LastName, .Company,
// .JobTitle, .Country (a country name), .SenderName, .UnsubscribeURL and
// .PostalAddress. Use a fallback for values a lead may not have given:
//
//	{{.FirstName | default "there"}}
//	{{if .Company}}the team at {{.Company}}{{else}}your team{{end}}
//
// Other helpers: upper, lower, trim. Lead values are cleaned before
// rendering: control characters are removed, length is capped at 60
// characters, and a value that looks like a link or an email address is
// treated as missing so that a form can't be used to relay spam.
//
// Each step needs a subject and at least one of text and html; when one is
// missing it is derived from the other (HTML is turned into plain text,
// text into simple paragraphs). Every rendered email gets a footer with a
// visible unsubscribe link and the sender's postal address in both parts;
// marketers do not add it themselves. HTML must not contain scripts,
// frames, forms, event-handler attributes or javascript: links.
//
// Files are checked when loaded: unknown keys, bad delays or windows,
// template syntax, unknown variables (by rendering each step for an empty
// and a complete lead) and unsafe HTML are all reported with file:line:col.
package nurture

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"
	"unicode"

	"github.com/leadsieve/leadsieve/internal/config/yamlcheck"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/region"
)

// Error and Errors are the positioned load errors (file:line:col: msg).
type (
	Error  = yamlcheck.Error
	Errors = yamlcheck.Errors
)

// Sentinel errors.
var (
	ErrNoStep        = errors.New("nurture: no such step")
	ErrMissingFooter = errors.New("nurture: unsubscribe URL (https) and postal address are required")
)

// Limits on sequence files.
const (
	MaxSteps    = 20
	MaxDelay    = 365 * 24 * time.Hour
	maxValueLen = 60
	maxSubject  = 150
)

// Sequence is a parsed, validated sequence. It is immutable and safe for
// concurrent use.
type Sequence struct {
	ID       string
	Name     string
	Segments []string
	From     mail.Address
	// ReplyTo is an address or "".
	ReplyTo string
	// Window is nil when the sequence may send at any time.
	Window *Window
	Steps  []Step

	file    string
	version string
}

// Step is one email of a sequence.
type Step struct {
	ID string
	// Delay is counted from enrollment for the first step and from the
	// previous step's send time otherwise.
	Delay time.Duration

	subject *texttemplate.Template
	text    *texttemplate.Template // nil: derived from HTML
	html    *htmltemplate.Template // nil: derived from text
}

// RenderLead is what rendering needs to know about the recipient.
type RenderLead struct {
	Fields lead.Fields
	// UnsubscribeURL is the https one-click unsubscribe link (required).
	UnsubscribeURL string
	// UnsubscribeMailto is an optional mailto address for List-Unsubscribe.
	UnsubscribeMailto string
	// PostalAddress is the sender's physical address (required); line
	// breaks are kept.
	PostalAddress string
}

// Rendered is one step rendered for one lead, footer included.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
}

// vars is the template data. Its exported fields are the variables
// marketers can use.
type vars struct {
	FirstName, LastName, Company, JobTitle, Country string
	SenderName, UnsubscribeURL, PostalAddress       string
}

var varNames = ".FirstName, .LastName, .Company, .JobTitle, .Country, .SenderName, .UnsubscribeURL, .PostalAddress"

var funcs = map[string]any{
	// default returns def when v is empty: {{.FirstName | default "there"}}.
	"default": func(def, v string) string {
		if strings.TrimSpace(v) == "" {
			return def
		}
		return v
	},
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	"trim":  strings.TrimSpace,
}

// Version is a short content hash of the sequence file. Store it with each
// enrollment to notice that a sequence changed mid-flight.
func (s *Sequence) Version() string { return s.version }

// File is the name the sequence was parsed from.
func (s *Sequence) File() string { return s.file }

type fileSeq struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Segments []string `yaml:"segments"`
	From     struct {
		Name  string `yaml:"name"`
		Email string `yaml:"email"`
	} `yaml:"from"`
	ReplyTo    string `yaml:"reply_to"`
	SendWindow *struct {
		Start string   `yaml:"start"`
		End   string   `yaml:"end"`
		Days  []string `yaml:"days"`
	} `yaml:"send_window"`
	Steps []struct {
		ID      string `yaml:"id"`
		Delay   string `yaml:"delay"`
		Subject string `yaml:"subject"`
		Text    string `yaml:"text"`
		HTML    string `yaml:"html"`
	} `yaml:"steps"`
}

// validID reports whether id can name a sequence or a step: 1-64
// lower-case letters, digits, '-' or '_', not starting with either. The
// length is checked apart from the pattern: written as {0,63} in it, the
// repetition compiled into a copy per byte, 3.9 M instructions at the
// first pass of every dispatcher cold start (as forms.ValidID found).
func validID(id string) bool { return len(id) <= 64 && idRE().MatchString(id) }

var idRE = lazyRegexp(`^[a-z0-9][a-z0-9_-]*$`)

// Parse parses and validates one sequence file; name is used in error
// positions. All problems are returned together as Errors. Each step is
// rendered for two trial leads, which catches unknown variables and
// execution errors: a sequence Parse accepts can be sent.
func Parse(name string, data []byte) (*Sequence, error) {
	s, root, es := parse(name, data)
	if s == nil || len(es) > 0 {
		return nil, es.Err()
	}
	if es := s.trialRenders(name, root); len(es) > 0 {
		return nil, es.Err()
	}
	return s, nil
}

// ParseForEnrolment is Parse without the trial renders, for a function
// that enrols leads in sequences and never sends their e-mails (intake):
// enrolment reads the segments, the steps' delays and the send window,
// which are checked as Parse checks them, and the templates are still
// parsed. It keeps template execution, and with it text/template's
// look-up of methods by name, out of that function's binary: where that
// look-up is linked, the linker keeps every method of every SDK client
// (about 5 MB of intake's binary, read from disk at each cold start; see
// docs/performance.md). Nothing is lost: a version is published only once
// Parse accepts it (configcheck.CheckFiles), and the sender parses with
// Parse.
func ParseForEnrolment(name string, data []byte) (*Sequence, error) {
	s, _, es := parse(name, data)
	if s == nil || len(es) > 0 {
		return nil, es.Err()
	}
	return s, nil
}

// parse is Parse up to the trial renders; it returns the document's root
// for their error positions.
func parse(name string, data []byte) (*Sequence, *yamlcheck.Node, Errors) {
	var f fileSeq
	root, es := yamlcheck.Decode(name, data, &f)
	if es != nil {
		return nil, nil, es
	}
	at := func(path ...any) *yamlcheck.Node { return yamlcheck.At(root, path...) }
	add := func(n *yamlcheck.Node, format string, args ...any) { es.Add(name, n, format, args...) }

	sum := sha256.Sum256(data)
	s := &Sequence{ID: f.ID, Name: strings.TrimSpace(f.Name), file: name, version: hex.EncodeToString(sum[:8])}
	if !validID(f.ID) {
		add(at("id"), "id %q must be 1-64 lower-case letters, digits, '-' or '_'", f.ID)
	}
	if s.Name == "" {
		s.Name = f.ID
	}
	if len(f.Segments) == 0 {
		add(at("segments"), "segments: list at least one fit segment")
	}
	for i, seg := range f.Segments {
		if seg = strings.TrimSpace(seg); seg == "" {
			add(at("segments", i), "empty segment name")
		}
		s.Segments = append(s.Segments, strings.TrimSpace(seg))
	}
	from, err := mail.ValidAddress(f.From.Email)
	if err != nil {
		add(at("from", "email"), "from.email: %q is not a valid address", f.From.Email)
	}
	if strings.ContainsAny(f.From.Name, "\r\n\x00") {
		add(at("from", "name"), "from.name must be one line")
	}
	s.From = mail.Address{Name: strings.TrimSpace(f.From.Name), Address: from}
	if f.ReplyTo != "" {
		if s.ReplyTo, err = mail.ValidAddress(f.ReplyTo); err != nil {
			add(at("reply_to"), "reply_to: %q is not a valid address", f.ReplyTo)
		}
	}
	if w := f.SendWindow; w != nil {
		win, msgs := parseWindow(w.Start, w.End, w.Days)
		for _, m := range msgs {
			add(at("send_window", m.key), "send_window.%s: %s", m.key, m.msg)
		}
		s.Window = win
	}
	if len(f.Steps) == 0 {
		add(at("steps"), "steps: a sequence needs at least one step")
	}
	if len(f.Steps) > MaxSteps {
		add(at("steps"), "steps: at most %d steps", MaxSteps)
	}
	seen := map[string]bool{}
	for i, st := range f.Steps {
		step := Step{ID: st.ID}
		if !validID(st.ID) {
			add(at("steps", i, "id"), "step %d: id %q must be lower-case letters, digits, '-' or '_'", i+1, st.ID)
		} else if seen[st.ID] {
			add(at("steps", i, "id"), "step %d: id %q is used twice", i+1, st.ID)
		}
		seen[st.ID] = true
		if step.Delay, err = ParseDelay(st.Delay); err != nil {
			add(at("steps", i, "delay"), "step %s: %v", st.ID, err)
		}
		pos := func(key string) *yamlcheck.Node { return at("steps", i, key) }
		tplErr := func(key string, err error) {
			n := pos(key)
			e := templateError(name, n, err)
			es = append(es, e)
		}
		if strings.TrimSpace(st.Subject) == "" {
			add(at("steps", i), "step %s: subject is required", st.ID)
		} else if step.subject, err = texttemplate.New("subject").Funcs(funcs).Option("missingkey=error").Parse(st.Subject); err != nil {
			tplErr("subject", err)
		}
		if strings.TrimSpace(st.Text) == "" && strings.TrimSpace(st.HTML) == "" {
			add(at("steps", i), "step %s: give text, html or both", st.ID)
		}
		if strings.TrimSpace(st.Text) != "" {
			if step.text, err = texttemplate.New("text").Funcs(funcs).Option("missingkey=error").Parse(st.Text); err != nil {
				tplErr("text", err)
			}
		}
		if strings.TrimSpace(st.HTML) != "" {
			if step.html, err = htmltemplate.New("html").Funcs(funcs).Option("missingkey=error").Parse(st.HTML); err != nil {
				tplErr("html", err)
			} else if msg := unsafeHTML(st.HTML); msg != "" {
				add(pos("html"), "step %s: html %s", st.ID, msg)
			}
		}
		s.Steps = append(s.Steps, step)
	}
	if len(es) > 0 {
		return nil, nil, es
	}
	return s, root, nil
}

// trialRenders renders every step for an empty and a full trial lead and
// returns what fails, positioned in the document root.
func (s *Sequence) trialRenders(name string, root *yamlcheck.Node) Errors {
	var es Errors
	at := func(path ...any) *yamlcheck.Node { return yamlcheck.At(root, path...) }
	add := func(n *yamlcheck.Node, format string, args ...any) { es.Add(name, n, format, args...) }
	for i, st := range s.Steps {
		for _, l := range []RenderLead{trialEmpty, trialFull} {
			r, err := s.Render(i, l)
			if err != nil {
				key := "subject"
				var te *stepError
				if errors.As(err, &te) {
					key = te.part
				}
				es = append(es, templateError(name, at("steps", i, key), err))
				break
			}
			if msg := unsafeHTML(r.HTML); msg != "" {
				add(at("steps", i, "html"), "step %s: rendered html %s", st.ID, msg)
				break
			}
		}
	}
	return es
}

var (
	trialEmpty = RenderLead{UnsubscribeURL: "https://example.com/u/t", PostalAddress: "1 Example Street"}
	trialFull  = RenderLead{
		Fields: lead.Fields{FirstName: "Ada", LastName: "Lovelace", Company: "Analytical Engines Ltd",
			JobTitle: "Head of Research", Country: "GB", Email: "ada@example.com"},
		UnsubscribeURL: "https://example.com/u/t", PostalAddress: "1 Example Street\nLondon",
	}
)

type stepError struct {
	part string
	err  error
}

func (e *stepError) Error() string { return e.err.Error() }
func (e *stepError) Unwrap() error { return e.err }

var tplErrRE = lazyRegexp(`template: [^:]+:(\d+):(?:(\d+):)?\s*(.*)$`)
var fieldErrRE = lazyRegexp(`can't evaluate field (\w+) in type`)

// templateError positions a template parse or execution error inside the
// YAML file: the template's line is counted from the scalar's first line.
func templateError(file string, n *yamlcheck.Node, err error) *Error {
	e := &Error{File: file, Msg: err.Error()}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	var se *stepError
	if errors.As(err, &se) {
		err = se.err
		e.Msg = err.Error()
	}
	if m := tplErrRE().FindStringSubmatch(e.Msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		e.Msg = m[3]
		if n != nil {
			block := n.Style&(yamlcheck.LiteralStyle|yamlcheck.FoldedStyle) != 0
			if block {
				e.Line = n.Line + line
				e.Col = 0
			} else {
				e.Line = n.Line + line - 1
			}
		}
	}
	if m := fieldErrRE().FindStringSubmatch(e.Msg); m != nil {
		e.Msg = fmt.Sprintf("unknown variable .%s (variables: %s)", m[1], varNames)
	}
	e.Msg = "template: " + e.Msg
	return e
}

var delayRE = lazyRegexp(`^(?:\d+[wdhm])+$`)
var delayPartRE = lazyRegexp(`(\d+)([wdhm])`)

// ParseDelay parses a step delay: "0", or number+unit groups with units w
// (weeks), d (days), h (hours) and m (minutes), e.g. "2d", "36h", "1w",
// "1d12h". The total must not exceed MaxDelay.
func ParseDelay(s string) (time.Duration, error) {
	s = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	if s == "0" {
		return 0, nil
	}
	if !delayRE().MatchString(s) {
		return 0, fmt.Errorf("delay %q: use forms like 30m, 36h, 2d, 1w or 1d12h", s)
	}
	var total time.Duration
	for _, m := range delayPartRE().FindAllStringSubmatch(s, -1) {
		n, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil || n > 100000 {
			return 0, fmt.Errorf("delay %q is too long", s)
		}
		unit := map[string]time.Duration{"w": 7 * 24 * time.Hour, "d": 24 * time.Hour, "h": time.Hour, "m": time.Minute}[m[2]]
		total += time.Duration(n) * unit
	}
	if total > MaxDelay {
		return 0, fmt.Errorf("delay %q is more than a year", s)
	}
	return total, nil
}

// Render renders step (0-based) for one lead and appends the unsubscribe
// footer to both parts.
func (s *Sequence) Render(step int, l RenderLead) (Rendered, error) {
	if step < 0 || step >= len(s.Steps) {
		return Rendered{}, fmt.Errorf("%w: %d of %q (%d steps)", ErrNoStep, step, s.ID, len(s.Steps))
	}
	u := strings.TrimSpace(l.UnsubscribeURL)
	addr := strings.TrimSpace(l.PostalAddress)
	if !mail.UnsubscribeURLOK(u) || addr == "" {
		return Rendered{}, ErrMissingFooter
	}
	st := s.Steps[step]
	v := vars{
		FirstName:      value(l.Fields.FirstName),
		LastName:       value(l.Fields.LastName),
		Company:        value(l.Fields.Company),
		JobTitle:       value(l.Fields.JobTitle),
		Country:        value(countryName(l.Fields.Country)),
		SenderName:     s.From.Name,
		UnsubscribeURL: u,
		PostalAddress:  addr,
	}
	if v.FirstName == "" && v.LastName == "" {
		// A single "name" field: use its first word as the first name.
		if n := value(l.Fields.Name); n != "" {
			v.FirstName = strings.Fields(n)[0]
		}
	}
	if v.SenderName == "" {
		v.SenderName = s.From.Address
	}
	var b bytes.Buffer
	if err := st.subject.Execute(&b, v); err != nil {
		return Rendered{}, &stepError{"subject", fmt.Errorf("nurture: %s step %s subject: %w", s.ID, st.ID, err)}
	}
	r := Rendered{Subject: oneLine(b.String(), maxSubject)}
	if r.Subject == "" {
		return Rendered{}, &stepError{"subject", fmt.Errorf("nurture: %s step %s: subject renders empty", s.ID, st.ID)}
	}
	if st.text != nil {
		b.Reset()
		if err := st.text.Execute(&b, v); err != nil {
			return Rendered{}, &stepError{"text", fmt.Errorf("nurture: %s step %s text: %w", s.ID, st.ID, err)}
		}
		r.Text = strings.TrimSpace(b.String())
	}
	if st.html != nil {
		b.Reset()
		if err := st.html.Execute(&b, v); err != nil {
			return Rendered{}, &stepError{"html", fmt.Errorf("nurture: %s step %s html: %w", s.ID, st.ID, err)}
		}
		r.HTML = wrapHTML(b.String())
	}
	if r.Text == "" {
		r.Text = HTMLToText(r.HTML)
	}
	if r.HTML == "" {
		r.HTML = TextToHTML(r.Text)
	}
	if err := addFooter(&r, v); err != nil {
		return Rendered{}, err
	}
	return r, nil
}

// Compose renders step for l and wraps it in a mail.Message to the given
// recipient, with the sequence's From and Reply-To and the RFC 8058
// List-Unsubscribe headers.
func (s *Sequence) Compose(step int, l RenderLead, to mail.Address) (mail.Message, error) {
	r, err := s.Render(step, l)
	if err != nil {
		return mail.Message{}, err
	}
	m := mail.Message{
		From: s.From, To: to, Subject: r.Subject, Text: r.Text, HTML: r.HTML,
		Headers: mail.ListUnsubscribe(strings.TrimSpace(l.UnsubscribeURL), l.UnsubscribeMailto),
	}
	if s.ReplyTo != "" {
		m.ReplyTo = mail.Address{Address: s.ReplyTo}
	}
	return m, nil
}

func countryName(c string) string {
	if code, ok := region.Normalize(c); ok {
		return region.Name(code)
	}
	return c
}

var linkish = lazyRegexp(`(?i)(://|www\.|@|\.(com|net|org|io|ru|cn|xyz|top|info|biz)\b|<|>)`)

// value cleans a lead-supplied value for use in marketing copy: one line,
// no control characters, at most 60 characters, and empty when it looks
// like a link or an address.
func value(s string) string {
	s = oneLine(s, 1000)
	if linkish().MatchString(s) || len([]rune(s)) > maxValueLen {
		return ""
	}
	return s
}

// oneLine strips control characters, collapses whitespace and caps s.
func oneLine(s string, max int) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		s = strings.TrimSpace(string(r[:max]))
	}
	return s
}

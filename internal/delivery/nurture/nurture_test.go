package nurture

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

const good = `id: test-seq
name: Test
segments: [general]
from: {name: Northwind Insights, email: hello@northwind.example}
reply_to: team@northwind.example
send_window: {start: "09:00", end: "17:00", days: [mon, tue, wed, thu, fri]}
steps:
  - id: one
    delay: 2d
    subject: "Hi {{.FirstName | default \"there\"}}"
    text: |
      Hello {{.FirstName | default "there"}} from {{.SenderName}}.
      {{if .Company}}Team {{.Company}}{{else}}Your team{{end}} in {{.Country | default "your country"}}.
    html: |
      <p>Hello {{.FirstName | default "there"}}, {{.JobTitle | default "friend"}}</p>
  - id: two
    delay: 36h
    subject: Only html
    html: <p>See <a href="https://northwind.example/x">our guide</a>.</p>
  - id: three
    delay: 1w
    subject: Only text
    text: "Read https://northwind.example/y now.\n\n<b>not a tag</b>"
`

func mustParse(t *testing.T, src string) *Sequence {
	t.Helper()
	s, err := Parse("seq.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func rl(f lead.Fields) RenderLead {
	return RenderLead{Fields: f, UnsubscribeURL: "https://u.northwind.example/u/TOKEN", PostalAddress: "Northwind Insights GmbH\nMusterstraße 1\n10115 Berlin"}
}

func TestParseGood(t *testing.T) {
	s := mustParse(t, good)
	if s.ID != "test-seq" || len(s.Steps) != 3 || s.Steps[0].Delay != 48*time.Hour || s.Steps[1].Delay != 36*time.Hour ||
		s.Steps[2].Delay != 7*24*time.Hour || s.ReplyTo != "team@northwind.example" || s.Window == nil ||
		s.Window.Start != 540 || s.Window.End != 1020 || s.Window.Days[time.Saturday] || !s.Window.Days[time.Monday] {
		t.Fatalf("parsed = %+v", s)
	}
	if s.Version() == "" || len(s.Version()) != 16 {
		t.Fatalf("version %q", s.Version())
	}
	s2 := mustParse(t, strings.Replace(good, "name: Test", "name: Test 2", 1))
	if s2.Version() == s.Version() {
		t.Fatal("version ignores content")
	}
	if mustParse(t, good).Version() != s.Version() {
		t.Fatal("version not deterministic")
	}
	if s.File() != "seq.yaml" {
		t.Fatal(s.File())
	}
}

func TestRender(t *testing.T) {
	s := mustParse(t, good)
	tests := []struct {
		name   string
		step   int
		f      lead.Fields
		subj   string
		inText []string
		inHTML []string
		notIn  []string
	}{
		{"full lead", 0, lead.Fields{FirstName: "Jane", Company: "Acme", JobTitle: "CTO", Country: "DE"}, "Hi Jane",
			[]string{"Hello Jane from Northwind Insights.", "Team Acme in Germany."}, []string{"Hello Jane, CTO"}, nil},
		{"empty lead", 0, lead.Fields{}, "Hi there",
			[]string{"Hello there", "Your team in your country."}, []string{"Hello there, friend"}, nil},
		{"name field only", 0, lead.Fields{Name: "Ana Lima"}, "Hi Ana", nil, nil, nil},
		{"hostile values", 0, lead.Fields{FirstName: "<script>alert(1)</script>", Company: "Visit http://spam.example", JobTitle: "\"><img src=x onerror=a()>"}, "Hi there",
			[]string{"Hello there", "Your team"}, []string{"Hello there, friend"}, []string{"<script", "spam.example", "onerror"}},
		{"html escaping", 0, lead.Fields{FirstName: "Tom & Jerry", JobTitle: "R&D \"lead\""}, "Hi Tom & Jerry",
			nil, []string{"Hello Tom &amp; Jerry, R&amp;D &#34;lead&#34;"}, nil},
		{"crlf in name", 0, lead.Fields{FirstName: "Jane\r\nBcc: x@y.z"}, "Hi there", nil, nil, []string{"Bcc"}},
		{"newline in name", 0, lead.Fields{FirstName: "Jo\nAnn"}, "Hi Jo Ann", nil, nil, nil},
		{"too long", 0, lead.Fields{FirstName: strings.Repeat("a", 61)}, "Hi there", nil, nil, nil},
		{"emoji rtl", 0, lead.Fields{FirstName: "Zoë 😀", Company: "شركة"}, "Hi Zoë 😀", []string{"Team شركة"}, nil, nil},
		{"html only derives text", 1, lead.Fields{}, "Only html",
			[]string{"See our guide (https://northwind.example/x)."}, []string{`<a href="https://northwind.example/x">our guide</a>`, "<!DOCTYPE html>"}, nil},
		{"text only derives html", 2, lead.Fields{}, "Only text",
			[]string{"Read https://northwind.example/y now."}, []string{`<a href="https://northwind.example/y">https://northwind.example/y</a>`, "&lt;b&gt;not a tag&lt;/b&gt;"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := s.Render(tt.step, rl(tt.f))
			if err != nil {
				t.Fatal(err)
			}
			if r.Subject != tt.subj {
				t.Errorf("subject = %q, want %q", r.Subject, tt.subj)
			}
			for _, w := range tt.inText {
				if !strings.Contains(r.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, r.Text)
				}
			}
			for _, w := range tt.inHTML {
				if !strings.Contains(r.HTML, w) {
					t.Errorf("html lacks %q:\n%s", w, r.HTML)
				}
			}
			for _, w := range tt.notIn {
				if strings.Contains(r.Text, w) || strings.Contains(r.HTML, w) || strings.Contains(r.Subject, w) {
					t.Errorf("output contains %q", w)
				}
			}
			// Footer in both parts, always.
			for _, part := range []string{r.Text, r.HTML} {
				if !strings.Contains(part, "https://u.northwind.example/u/TOKEN") || !strings.Contains(part, "10115 Berlin") {
					t.Errorf("footer missing:\n%s", part)
				}
			}
			if !strings.Contains(r.HTML, `<a href="https://u.northwind.example/u/TOKEN" style="color:#666666">Unsubscribe</a>`) {
				t.Error("visible unsubscribe link missing in html")
			}
			if i, j := strings.Index(r.HTML, "Unsubscribe"), strings.LastIndex(r.HTML, "</body>"); i < 0 || j < i {
				t.Error("footer not inside body")
			}
			if strings.ContainsAny(r.Subject, "\r\n") {
				t.Error("subject has line break")
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	s := mustParse(t, good)
	if _, err := s.Render(3, rl(lead.Fields{})); !errors.Is(err, ErrNoStep) {
		t.Errorf("step 3: %v", err)
	}
	if _, err := s.Render(-1, rl(lead.Fields{})); !errors.Is(err, ErrNoStep) {
		t.Errorf("step -1: %v", err)
	}
	for _, l := range []RenderLead{
		{UnsubscribeURL: "", PostalAddress: "x"},
		{UnsubscribeURL: "http://u.example/u", PostalAddress: "x"},
		{UnsubscribeURL: "https://u.example/u\" onclick=\"x", PostalAddress: "x"},
		{UnsubscribeURL: "https://u.example/u", PostalAddress: "  "},
	} {
		if _, err := s.Render(0, l); !errors.Is(err, ErrMissingFooter) {
			t.Errorf("Render(%+v) = %v", l, err)
		}
	}
}

func TestCompose(t *testing.T) {
	s := mustParse(t, good)
	l := rl(lead.Fields{FirstName: "Jane"})
	l.UnsubscribeMailto = "unsub@northwind.example"
	m, err := s.Compose(0, l, mail.Address{Name: "Jane", Address: "jane@acme.example"})
	if err != nil {
		t.Fatal(err)
	}
	if m.From.Address != "hello@northwind.example" || m.ReplyTo.Address != "team@northwind.example" || m.Subject != "Hi Jane" ||
		m.Headers["List-Unsubscribe"] != "<https://u.northwind.example/u/TOKEN>, <mailto:unsub@northwind.example>" ||
		m.Headers["List-Unsubscribe-Post"] != "List-Unsubscribe=One-Click" {
		t.Fatalf("message = %+v", m)
	}
	if _, err := m.Bytes(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Compose(9, l, m.To); !errors.Is(err, ErrNoStep) {
		t.Fatal(err)
	}
}

func TestParseErrors(t *testing.T) {
	edit := func(old, new string) string {
		if !strings.Contains(good, old) {
			panic("fixture edit not found: " + old)
		}
		return strings.Replace(good, old, new, 1)
	}
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"unknown key", edit("reply_to:", "replyto:"), []string{"seq.yaml:5:1: unknown key \"replyto\" (did you mean \"reply_to\"?)"}},
		{"unknown step key", edit("    delay: 36h", "    dealy: 36h"), []string{"seq.yaml:17:5: unknown key \"dealy\" (did you mean \"delay\"?)"}},
		{"bad id", edit("id: test-seq", "id: Test Seq"), []string{"seq.yaml:1:5: id \"Test Seq\""}},
		{"id too long", edit("id: test-seq", "id: "+strings.Repeat("s", 65)), []string{"seq.yaml:1:5: id \"sss"}},
		{"id starts with a dash", edit("id: test-seq", "id: -seq"), []string{"seq.yaml:1:5: id \"-seq\""}},
		{"step id too long", edit("id: two", "id: "+strings.Repeat("t", 65)), []string{"step 2: id \"ttt"}},
		{"no segments", edit("segments: [general]", "segments: []"), []string{"seq.yaml:3:11: segments: list at least one"}},
		{"bad from", edit("email: hello@northwind.example", "email: hello"), []string{"seq.yaml:4:", "from.email: \"hello\" is not a valid address"}},
		{"bad reply_to", edit("reply_to: team@northwind.example", "reply_to: 'x <y@z.co>'"), []string{"seq.yaml:5:11: reply_to"}},
		{"bad window start", edit(`start: "09:00"`, `start: "9am"`), []string{"seq.yaml:6:", "send_window.start: \"9am\" is not a time"}},
		{"window backwards", edit(`end: "17:00"`, `end: "08:00"`), []string{"send_window.end: must be later than start"}},
		{"bad day", edit("days: [mon,", "days: [mon, funday,"), []string{"unknown day \"funday\""}},
		{"bad delay", edit("delay: 2d", "delay: 2 days"), []string{"seq.yaml:9:12: step one: delay \"2days\""}},
		{"huge delay", edit("delay: 2d", "delay: 400d"), []string{"more than a year"}},
		{"dup step", edit("id: two", "id: one"), []string{"seq.yaml:16:9: step 2: id \"one\" is used twice"}},
		{"no subject", edit("subject: Only html", "subject: ''"), []string{"step two: subject is required"}},
		{"no body", edit("    text: \"Read", "    txt: \"Read"), []string{"unknown key \"txt\""}},
		{"no steps", strings.Split(good, "steps:")[0] + "steps: []\n", []string{"a sequence needs at least one step"}},
		{"template syntax in block", edit(`{{if .Company}}Team`, `{{if .Company}Team`), []string{"seq.yaml:13:", "template: "}},
		{"unknown variable", edit(`Hello {{.FirstName | default "there"}} from`, `Hello {{.Frist}} from`), []string{"seq.yaml:12:", "unknown variable .Frist", ".FirstName"}},
		{"unknown function", edit(`subject: Only text`, `subject: "{{shout .FirstName}}"`), []string{"seq.yaml:22:14:", "function \"shout\" not defined"}},
		{"script", edit("<p>See", "<script>x()</script><p>See"), []string{"seq.yaml:19:11:", "must not contain <script>"}},
		{"SCRIPT upper", edit("<p>See", "<SCRIPT src=x></SCRIPT><p>See"), []string{"must not contain <script>"}},
		{"onerror", edit("<p>See", "<img src=x onerror=alert(1)><p>See"), []string{"event handler"}},
		{"javascript href", edit(`href="https://northwind.example/x"`, `href=" javascript:alert(1)"`), []string{"script links"}},
		{"iframe", edit("<p>See", "<iframe src=https://x></iframe><p>See"), []string{"<iframe>"}},
		{"meta refresh", edit("<p>See", `<meta http-equiv="refresh" content="0;url=https://x"><p>See`), []string{"http-equiv"}},
		{"empty subject render", edit(`subject: Only text`, `subject: "{{.Company}}"`), []string{"subject renders empty"}},
		{"not yaml", "id: [", []string{"seq.yaml:"}},
		{"too many steps", strings.Split(good, "steps:")[0] + "steps:\n" + strings.Repeat("  - {id: a, delay: 1d, subject: s, text: t}\n", 21), []string{"at most 20 steps"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("seq.yaml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			var e *Error
			if !errors.As(err, &e) || e.File != "seq.yaml" {
				t.Errorf("not a positioned error: %#v", err)
			}
		})
	}
}

// TestValidID: sequence and step ids are 1-64 lower-case letters, digits,
// '-' or '_', starting with a letter or digit.
func TestValidID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"a", true}, {"welcome-2_b", true}, {"9lives", true}, {strings.Repeat("a", 64), true},
		{"", false}, {strings.Repeat("a", 65), false}, {"-a", false}, {"_a", false}, {"Abc", false}, {"a b", false}, {"a.b", false},
	} {
		if got := validID(tc.id); got != tc.want {
			t.Errorf("validID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

func TestParseDelay(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"0", 0, true}, {"30m", 30 * time.Minute, true}, {"36h", 36 * time.Hour, true},
		{"2d", 48 * time.Hour, true}, {"1w", 168 * time.Hour, true}, {"1d12h", 36 * time.Hour, true},
		{" 2D ", 48 * time.Hour, true}, {"52w", 52 * 168 * time.Hour, true},
		{"", 0, false}, {"2", 0, false}, {"d", 0, false}, {"-1d", 0, false}, {"1.5d", 0, false},
		{"2y", 0, false}, {"53w", 0, false}, {"99999999999999999999d", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseDelay(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDelay(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestHTMLText(t *testing.T) {
	h := `<html><head><title>T</title><style>p{color:red}</style></head><body><h1>Title</h1><p>One
	two <a href="https://x.example/a">link</a> <a href="#top">top</a></p><ul><li>a</li><li>b</li></ul>line<br>break<table><tr><td>c1</td><td>c2</td></tr></table></body></html>`
	want := "Title\n\nOne two link (https://x.example/a) top\n\n- a\n- b\n\nline\nbreak\n\nc1 c2"
	if got := HTMLToText(h); got != want {
		t.Errorf("HTMLToText = %q\nwant %q", got, want)
	}
	got := TextToHTML("Hi <you> & co,\nline two\n\nVisit https://x.example/p?a=1&b=2.")
	for _, w := range []string{"<p>Hi &lt;you&gt; &amp; co,<br>line two</p>", `<a href="https://x.example/p?a=1&amp;b=2">https://x.example/p?a=1&amp;b=2</a>.</p>`} {
		if !strings.Contains(got, w) {
			t.Errorf("TextToHTML lacks %q:\n%s", w, got)
		}
	}
}

func TestCatalogAndLoad(t *testing.T) {
	seq := func(id string, segs ...string) string {
		return "id: " + id + "\nsegments: [" + strings.Join(segs, ", ") + "]\nfrom: {email: a@b.example}\nsteps:\n  - {id: s, delay: 1d, subject: s, text: t}\n"
	}
	fsys := fstest.MapFS{
		"a.yaml":    {Data: []byte(seq("a", "general", "smb"))},
		"b.yml":     {Data: []byte(seq("b", "education", "long-term"))},
		"notes.txt": {Data: []byte("ignored")},
	}
	seqs, err := LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCatalog(seqs, DefaultSegments)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := c.For("smb"); !ok || s.ID != "a" {
		t.Fatalf("For(smb) = %v", s)
	}
	if _, ok := c.For("enterprise"); ok {
		t.Fatal("For(enterprise) found")
	}
	if s, ok := c.ByID("b"); !ok || s.ID != "b" || len(c.Sequences()) != 2 {
		t.Fatal("ByID/Sequences")
	}

	if _, err := NewCatalog(seqs, append(DefaultSegments, "enterprise")); err == nil || !strings.Contains(err.Error(), `no sequence enrolls segment "enterprise"`) {
		t.Fatalf("missing segment: %v", err)
	}
	clash, _ := Parse("c.yaml", []byte(seq("c", "smb")))
	if _, err := NewCatalog(append(seqs, clash), DefaultSegments); err == nil || !strings.Contains(err.Error(), `segment "smb" is already claimed by sequence "a"`) {
		t.Fatalf("clash: %v", err)
	}
	dup, _ := Parse("d.yaml", []byte(seq("a", "x")))
	if _, err := NewCatalog(append(seqs, dup), nil); err == nil || !strings.Contains(err.Error(), `id "a" is also used`) {
		t.Fatalf("dup id: %v", err)
	}

	bad := fstest.MapFS{"x.yaml": {Data: []byte("id: x\nsteps: 3\n")}, "y.yaml": {Data: []byte("idd: y\n")}}
	_, err = LoadFS(bad)
	if err == nil || !strings.Contains(err.Error(), "x.yaml:") || !strings.Contains(err.Error(), "y.yaml:1:1") {
		t.Fatalf("LoadFS errors: %v", err)
	}
	if _, err := LoadFS(fstest.MapFS{}); err == nil {
		t.Fatal("empty dir accepted")
	}
	if _, err := LoadDir("does-not-exist"); err == nil {
		t.Fatal("missing dir accepted")
	}
}

func TestSampleSequences(t *testing.T) {
	seqs, err := LoadDir("../../../config/sequences")
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCatalog(seqs, DefaultSegments)
	if err != nil {
		t.Fatal(err)
	}
	spam := []string{"free!!!", "act now", "guarantee", "100%", "click here", "$$$", "winner", "urgent"}
	for _, s := range c.Sequences() {
		if n := len(s.Steps); n < 2 || n > 4 {
			t.Errorf("%s has %d steps", s.ID, n)
		}
		for i := range s.Steps {
			for _, l := range []RenderLead{rl(lead.Fields{}), rl(lead.Fields{FirstName: "Jane", Company: "Acme"})} {
				r, err := s.Render(i, l)
				if err != nil {
					t.Fatalf("%s step %d: %v", s.ID, i, err)
				}
				all := strings.ToLower(r.Subject + r.Text + r.HTML)
				for _, w := range spam {
					if strings.Contains(all, w) {
						t.Errorf("%s step %d contains %q", s.ID, i, w)
					}
				}
				if strings.Contains(r.Text, "{{") || strings.Contains(r.HTML, "{{") || strings.Contains(all, "<your") {
					t.Errorf("%s step %d has unrendered placeholders", s.ID, i)
				}
				m, err := s.Compose(i, l, mail.Address{Address: "jane@acme.example"})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := m.Bytes(); err != nil {
					t.Errorf("%s step %d: %v", s.ID, i, err)
				}
			}
		}
	}
}

func BenchmarkRender(b *testing.B) {
	s, err := Parse("seq.yaml", []byte(good))
	if err != nil {
		b.Fatal(err)
	}
	l := rl(lead.Fields{FirstName: "Jane", Company: "Acme", JobTitle: "CTO", Country: "DE"})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Render(0, l); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseForEnrolment: ParseForEnrolment reads what enrolment uses as
// Parse does and rejects every file Parse rejects before its trial
// renders; only what a render finds (an unknown variable, a subject that
// renders empty) is left to the sender's Parse.
func TestParseForEnrolment(t *testing.T) {
	want := mustParse(t, good)
	got, err := ParseForEnrolment("seq.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != want.ID || !slices.Equal(got.Segments, want.Segments) || got.Version() != want.Version() ||
		!reflect.DeepEqual(got.Window, want.Window) || len(got.Steps) != len(want.Steps) {
		t.Fatalf("ParseForEnrolment = %+v, Parse = %+v", got, want)
	}
	for i := range want.Steps {
		if got.Steps[i].ID != want.Steps[i].ID || got.Steps[i].Delay != want.Steps[i].Delay {
			t.Errorf("step %d: %s after %v, Parse: %s after %v", i, got.Steps[i].ID, got.Steps[i].Delay, want.Steps[i].ID, want.Steps[i].Delay)
		}
	}
	edit := func(old, new string) string { return strings.Replace(good, old, new, 1) }
	for _, tc := range []struct {
		name         string
		src          string
		enrolmentErr string // "": accepted
	}{
		{"bad delay", edit("delay: 2d", "delay: 2 days"), `step one: delay "2days"`},
		{"no segments", edit("segments: [general]", "segments: []"), "segments: list at least one"},
		{"template syntax", edit(`{{if .Company}}Team`, `{{if .Company}Team`), "template: "},
		{"unknown variable, found by a render", edit(`Hello {{.FirstName | default "there"}} from`, `Hello {{.Frist}} from`), ""},
		{"subject rendering empty", edit(`subject: Only text`, `subject: "{{.Company}}"`), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse("seq.yaml", []byte(tc.src)); err == nil {
				t.Fatal("Parse accepts the file")
			}
			_, err := ParseForEnrolment("seq.yaml", []byte(tc.src))
			switch {
			case tc.enrolmentErr == "" && err != nil:
				t.Errorf("ParseForEnrolment: %v, want the file accepted", err)
			case tc.enrolmentErr != "" && (err == nil || !strings.Contains(err.Error(), tc.enrolmentErr)):
				t.Errorf("ParseForEnrolment: %v, want an error with %q", err, tc.enrolmentErr)
			}
		})
	}
}

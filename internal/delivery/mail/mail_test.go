package mail

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"testing"
	"time"
)

var dec = new(mime.WordDecoder)

type parsed struct {
	msg        *netmail.Message
	raw        string
	text, html string
	subject    string
}

// parse reads a built message back and checks the wire-level invariants.
func parse(t *testing.T, b []byte) parsed {
	t.Helper()
	raw := string(b)
	for i, l := range strings.Split(raw, "\r\n") {
		if len(l) > 998 {
			t.Fatalf("line %d is %d bytes", i, len(l))
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("bare CR or LF in line %d: %q", i, l)
		}
	}
	head, _, ok := strings.Cut(raw, "\r\n\r\n")
	if !ok {
		t.Fatal("no header/body separator")
	}
	for _, l := range strings.Split(head, "\r\n") {
		for _, c := range []byte(l) {
			if c >= 0x80 || (c < 0x20 && c != '\t') {
				t.Fatalf("non-ASCII or control byte in header line %q", l)
			}
		}
	}
	m, err := netmail.ReadMessage(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("ReadMessage: %v\n%s", err, raw)
	}
	p := parsed{msg: m, raw: raw}
	p.subject, err = dec.DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatalf("decode subject: %v", err)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	if mt != "multipart/alternative" {
		body, _ := io.ReadAll(quotedprintable.NewReader(m.Body))
		if mt == "text/html" {
			p.html = string(body)
		} else {
			p.text = string(body)
		}
		return p
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	var types []string
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		// multipart.Reader decodes quoted-printable transparently.
		body, err := io.ReadAll(part)
		if err != nil {
			t.Fatal(err)
		}
		ct := part.Header.Get("Content-Type")
		types = append(types, ct)
		switch {
		case strings.HasPrefix(ct, "text/plain"):
			p.text = string(body)
		case strings.HasPrefix(ct, "text/html"):
			p.html = string(body)
		}
	}
	if strings.Join(types, ",") != "text/plain; charset=utf-8,text/html; charset=utf-8" {
		t.Fatalf("parts = %v", types)
	}
	return p
}

func base() Message {
	return Message{
		From:    Address{Name: "Northwind Insights", Address: "hello@northwind.example"},
		To:      Address{Name: "Jane Smith", Address: "jane@acme.example"},
		Subject: "Welcome",
		Text:    "Hello Jane,\nthanks.",
		HTML:    "<p>Hello Jane,</p><p>thanks.</p>",
		Date:    time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC),
	}
}

func TestBytesRoundTrip(t *testing.T) {
	m := base()
	m.ReplyTo = Address{Address: "team@northwind.example"}
	m.MessageID = "abc123@northwind.example"
	m.Headers = ListUnsubscribe("https://u.northwind.example/u/"+strings.Repeat("t", 120), "unsub@northwind.example")
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, b)
	h := p.msg.Header
	if got := h.Get("Message-Id"); got != "<abc123@northwind.example>" {
		t.Errorf("Message-ID = %q", got)
	}
	if d, err := h.Date(); err != nil || !d.Equal(m.Date) {
		t.Errorf("Date = %v, %v", d, err)
	}
	from, err := h.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != "Northwind Insights" || from[0].Address != "hello@northwind.example" {
		t.Errorf("From = %v, %v", from, err)
	}
	if rt, err := h.AddressList("Reply-To"); err != nil || rt[0].Address != "team@northwind.example" {
		t.Errorf("Reply-To = %v, %v", rt, err)
	}
	if h.Get("Mime-Version") != "1.0" || p.subject != "Welcome" {
		t.Errorf("headers: %v", h)
	}
	want := "<https://u.northwind.example/u/" + strings.Repeat("t", 120) + ">, <mailto:unsub@northwind.example>"
	if got := h.Get("List-Unsubscribe"); got != want {
		t.Errorf("List-Unsubscribe = %q", got)
	}
	if h.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" {
		t.Errorf("List-Unsubscribe-Post = %q", h.Get("List-Unsubscribe-Post"))
	}
	if p.text != "Hello Jane,\r\nthanks." || p.html != m.HTML {
		t.Errorf("text %q html %q", p.text, p.html)
	}
}

func TestSinglePart(t *testing.T) {
	m := base()
	m.HTML = ""
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if p := parse(t, b); !strings.Contains(p.text, "thanks.") || p.html != "" {
		t.Fatalf("text-only: %+v", p)
	}
	m = base()
	m.Text = ""
	b, err = m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if p := parse(t, b); p.html != m.HTML {
		t.Fatalf("html-only: %+v", p)
	}
	m.HTML = ""
	if _, err := m.Bytes(); !errors.Is(err, ErrNoBody) {
		t.Fatalf("no body: %v", err)
	}
}

func TestHostileHeaders(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Message)
		want error
	}{
		{"subject crlf", func(m *Message) { m.Subject = "Hi\r\nBcc: victim@x.com" }, ErrHeaderInjection},
		{"subject lf", func(m *Message) { m.Subject = "Hi\nBcc: victim@x.com" }, ErrHeaderInjection},
		{"subject nul", func(m *Message) { m.Subject = "Hi\x00" }, ErrHeaderInjection},
		{"to name crlf", func(m *Message) { m.To.Name = "Evil\r\nBcc: victim@x.com" }, ErrHeaderInjection},
		{"from name cr", func(m *Message) { m.From.Name = "Evil\rBcc: victim@x.com" }, ErrHeaderInjection},
		{"to address crlf", func(m *Message) { m.To.Address = "a@b.com\r\nBcc: victim@x.com" }, ErrAddress},
		{"to two addresses", func(m *Message) { m.To.Address = "a@b.com, victim@x.com" }, ErrAddress},
		{"to with name", func(m *Message) { m.To.Address = "Evil <a@b.com>" }, ErrAddress},
		{"to empty", func(m *Message) { m.To.Address = "" }, ErrAddress},
		{"to no domain dot", func(m *Message) { m.To.Address = "a@localhost" }, ErrAddress},
		{"to unicode", func(m *Message) { m.To.Address = "jöe@b.com" }, ErrAddress},
		{"reply-to bad", func(m *Message) { m.ReplyTo.Address = "nope" }, ErrAddress},
		{"extra value crlf", func(m *Message) { m.Headers = map[string]string{"X-Campaign": "a\r\nBcc: v@x.com"} }, ErrHeaderInjection},
		{"extra name crlf", func(m *Message) { m.Headers = map[string]string{"X-A\r\nBcc": "v@x.com"} }, ErrHeaderName},
		{"extra name colon", func(m *Message) { m.Headers = map[string]string{"X-A: b": "c"} }, ErrHeaderName},
		{"extra bcc", func(m *Message) { m.Headers = map[string]string{"bcc": "v@x.com"} }, ErrHeaderName},
		{"extra from", func(m *Message) { m.Headers = map[string]string{"FROM": "v@x.com"} }, ErrHeaderName},
		{"extra content-type", func(m *Message) { m.Headers = map[string]string{"content-type": "text/plain"} }, ErrHeaderName},
		{"extra duplicate", func(m *Message) { m.Headers = map[string]string{"x-a": "1", "X-A": "2"} }, ErrHeaderName},
		{"extra huge token", func(m *Message) { m.Headers = map[string]string{"X-A": strings.Repeat("a", 1000)} }, ErrHeaderValue},
		{"message id crlf", func(m *Message) { m.MessageID = "a@b\r\nBcc: v@x.com" }, ErrHeaderInjection},
		{"message id space", func(m *Message) { m.MessageID = "a b@c" }, ErrHeaderName},
		{"message id no at", func(m *Message) { m.MessageID = "abc" }, ErrHeaderName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base()
			tt.mod(&m)
			b, err := m.Bytes()
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v\n%s", err, tt.want, b)
			}
		})
	}
}

func TestHeaderEncoding(t *testing.T) {
	long := strings.Repeat("Quarterly analytics review for the leadership team ", 30)
	tests := []struct {
		name        string
		subject     string
		toName      string
		wantSubject string
		wantName    string
	}{
		{"ascii", "Hello there", "Jane Smith", "Hello there", "Jane Smith"},
		{"emoji", "Your report is ready 📈🚀", "Zoë 😀", "Your report is ready 📈🚀", "Zoë 😀"},
		{"rtl", "مرحبا بك في نورثويند", "שרה כהן", "مرحبا بك في نورثويند", "שרה כהן"},
		{"encoded-word trick", "=?utf-8?q?Bcc=3A_victim=40x=2Ecom?=", "=?utf-8?b?QWRtaW4=?=", "=?utf-8?q?Bcc=3A_victim=40x=2Ecom?=", "=?utf-8?b?QWRtaW4=?="},
		{"specials in name", "x", `Smith, "Jane" (CEO) <boss@x.com>`, "x", `Smith, "Jane" (CEO) <boss@x.com>`},
		{"non-ascii specials", "x", `Müller, "Jörg"`, "x", `Müller, "Jörg"`},
		{"very long", long, strings.Repeat("Ä", 200), strings.TrimSpace(long), strings.Repeat("Ä", 200)},
		{"very long token", strings.Repeat("x", 2000), "a", strings.Repeat("x", 2000), "a"},
		{"tabs and controls", "a\tb\x07c\x1bd", "J\u2028ane", "a bcd", "J ane"},
		{"invalid utf8", "a\xffb", "n", "a\uFFFDb", "n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base()
			m.Subject, m.To.Name = tt.subject, tt.toName
			b, err := m.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, b)
			if p.subject != tt.wantSubject {
				t.Errorf("subject = %q, want %q", p.subject, tt.wantSubject)
			}
			to, err := p.msg.Header.AddressList("To")
			if err != nil || len(to) != 1 {
				t.Fatalf("To = %v, %v (%q)", to, err, p.msg.Header.Get("To"))
			}
			if to[0].Name != tt.wantName || to[0].Address != "jane@acme.example" {
				t.Errorf("To = %q <%s>, want %q", to[0].Name, to[0].Address, tt.wantName)
			}
			if len(p.msg.Header["Bcc"]) != 0 || len(p.msg.Header["To"]) != 1 {
				t.Errorf("extra recipients: %v", p.msg.Header)
			}
		})
	}
}

func TestBodyLongLinesAndCRLF(t *testing.T) {
	m := base()
	m.Text = strings.Repeat("word ", 500) + "\r\nnext\rline\n" + strings.Repeat("ü", 600)
	m.HTML = "<p>" + strings.Repeat("x", 5000) + "</p>"
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, b)
	if !strings.Contains(p.text, "\r\nnext\r\nline\r\n") || !strings.HasSuffix(p.text, strings.Repeat("ü", 600)) {
		t.Errorf("text not preserved: %q", p.text[len(p.text)-50:])
	}
	if p.html != m.HTML {
		t.Error("html not preserved")
	}
}

func TestGeneratedMessageID(t *testing.T) {
	m := base()
	b1, _ := m.Bytes()
	b2, _ := m.Bytes()
	id1 := parse(t, b1).msg.Header.Get("Message-Id")
	id2 := parse(t, b2).msg.Header.Get("Message-Id")
	if id1 == id2 || !strings.HasSuffix(id1, "@northwind.example>") {
		t.Fatalf("ids %q %q", id1, id2)
	}
	m.Date = time.Time{}
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if d, err := parse(t, b).msg.Header.Date(); err != nil || time.Since(d) > time.Minute {
		t.Fatalf("default date %v %v", d, err)
	}
}

func TestListUnsubscribe(t *testing.T) {
	tests := []struct {
		url, mailto string
		want        string
		post        bool
	}{
		{"https://x.example/u/t", "u@x.example", "<https://x.example/u/t>, <mailto:u@x.example>", true},
		{"https://x.example/u/t", "", "<https://x.example/u/t>", true},
		{"", "mailto:u@x.example?subject=unsubscribe", "<mailto:u@x.example?subject=unsubscribe>", false},
		{"http://x.example/u", "u@x.example", "<mailto:u@x.example>", false},
		// The local stack's http base URL on a loopback host counts; any
		// other http host does not.
		{"http://127.0.0.1:3000/u/t", "", "<http://127.0.0.1:3000/u/t>", true},
		{"http://localhost:3000/u/t", "", "<http://localhost:3000/u/t>", true},
		{"http://[::1]:3000/u/t", "", "<http://[::1]:3000/u/t>", true},
		{"http://127.0.0.1.example/u/t", "", "", false},
		{"https://user@x.example/u/t", "", "", false},
		{"https://x.example/u>, <https://evil", "", "", false},
		{"https://x.example/u\r\nBcc: a@b.c", "", "", false},
		{"https://", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		h := ListUnsubscribe(tt.url, tt.mailto)
		if h["List-Unsubscribe"] != tt.want {
			t.Errorf("ListUnsubscribe(%q, %q) = %q, want %q", tt.url, tt.mailto, h["List-Unsubscribe"], tt.want)
		}
		if _, ok := h["List-Unsubscribe-Post"]; ok != tt.post {
			t.Errorf("ListUnsubscribe(%q) post = %v", tt.url, ok)
		}
		if tt.want == "" && len(h) != 0 {
			t.Errorf("ListUnsubscribe(%q, %q) = %v, want empty", tt.url, tt.mailto, h)
		}
	}
}

func TestUnsubscribeURLOK(t *testing.T) {
	for u, want := range map[string]bool{
		"https://u.example/u/T":        true,
		"http://127.0.0.1:3000/u/T":    true,
		"http://localhost:3000/u/T":    true,
		"http://u.example/u/T":         false,
		"http://127.0.0.1.evil.io/u/T": false,
		"https://":                     false,
		"https://u.example/u/T x":      false,
		"http://[::1]:3000/u/T":        true,
		"https://u.example/u/\"T\"":    false,
	} {
		if got := UnsubscribeURLOK(u); got != want {
			t.Errorf("UnsubscribeURLOK(%q) = %v, want %v", u, got, want)
		}
	}
}

func BenchmarkBytes(b *testing.B) {
	m := base()
	m.Headers = ListUnsubscribe("https://u.northwind.example/u/abc", "")
	m.Text = strings.Repeat("Hello there, this is a paragraph of text.\n", 40)
	m.HTML = "<p>" + strings.Repeat("Hello there, this is a paragraph of text.<br>", 40) + "</p>"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Bytes(); err != nil {
			b.Fatal(err)
		}
	}
}

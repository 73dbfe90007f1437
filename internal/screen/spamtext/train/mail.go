package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"
)

// email is one parsed message of the corpus.
type email struct {
	path    string
	subject string
	body    string // decoded text, HTML stripped
	raw     []byte
}

// parseEmail decodes a raw RFC 822 message into subject and text body.
// Unparseable messages give an empty body.
func parseEmail(path string, raw []byte) email {
	e := email{path: path, raw: raw}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return e
	}
	dec := new(mime.WordDecoder)
	if s, err := dec.DecodeHeader(m.Header.Get("Subject")); err == nil {
		e.subject = toUTF8([]byte(s))
	} else {
		e.subject = toUTF8([]byte(m.Header.Get("Subject")))
	}
	plain, htm := partText(m.Header.Get("Content-Type"), m.Header.Get("Content-Transfer-Encoding"), m.Body, 0)
	switch {
	case strings.TrimSpace(plain) != "":
		e.body = plain
	case htm != "":
		e.body = stripHTML(htm)
	}
	return e
}

// partText returns the first text/plain and text/html content of a part.
func partText(ctype, cte string, body io.Reader, depth int) (plain, htm string) {
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil || ctype == "" {
		mt = "text/plain"
	}
	if strings.HasPrefix(mt, "multipart/") && depth < 5 {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err != nil {
				break
			}
			pl, h := partText(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p, depth+1)
			if plain == "" {
				plain = pl
			}
			if htm == "" {
				htm = h
			}
		}
		return plain, htm
	}
	if mt != "text/plain" && mt != "text/html" {
		return "", ""
	}
	var r io.Reader = body
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		r = quotedprintable.NewReader(body)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, &stripSpace{r: bufio.NewReader(body)})
	}
	b, _ := io.ReadAll(io.LimitReader(r, 1<<20))
	s := toUTF8(b)
	if mt == "text/html" {
		return "", s
	}
	return s, ""
}

// stripSpace drops white space for the base64 decoder.
type stripSpace struct{ r *bufio.Reader }

func (s *stripSpace) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c, err := s.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			continue
		}
		p[n] = c
		n++
	}
	return n, nil
}

// toUTF8 reads b as UTF-8, or as Latin-1 when it is not valid UTF-8.
func toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

var (
	reScript = regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)>`)
	reBreak  = regexp.MustCompile(`(?i)<(br|p|div|tr|li|h[1-6])\b[^>]*>`)
	reTag    = regexp.MustCompile(`(?s)<[^>]*>`)
	reHref   = regexp.MustCompile(`(?i)<a\s[^>]*href\s*=\s*["']?(https?://[^"'\s>]+)`)
)

// stripHTML turns an HTML body into text, keeping links as text.
func stripHTML(s string) string {
	s = reScript.ReplaceAllString(s, " ")
	s = reHref.ReplaceAllString(s, " $1 <a>")
	s = reBreak.ReplaceAllString(s, "\n\n")
	s = reTag.ReplaceAllString(s, " ")
	return html.UnescapeString(s)
}

// hamText keeps what a person wrote in a mailing-list message: quoted
// lines, attributions, signatures and list footers are dropped.
func hamText(body string) string {
	var b strings.Builder
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "--" || strings.HasPrefix(t, "_____") || strings.HasPrefix(t, "-----Original Message") {
			break
		}
		if strings.HasPrefix(t, ">") || strings.HasPrefix(t, "|") || strings.HasSuffix(t, "wrote:") || strings.HasSuffix(t, "writes:") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// cut keeps the first paragraphs of s, up to about n runes, with runs of
// white space collapsed.
func cut(s string, n int) string {
	f := strings.Fields(s)
	var b strings.Builder
	runes := 0
	for _, w := range f {
		if runes >= n {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		runes += utf8.RuneCountInString(w) + 1
	}
	return b.String()
}

// Package mail builds RFC 5322 / MIME messages for SES SendRawEmail: a
// multipart/alternative body (text, then HTML) in quoted-printable UTF-8,
// CRLF line endings, folded headers, RFC 2047 encoded words for non-ASCII
// text, and strict header hygiene: any CR, LF or NUL in a header value
// refuses the message with ErrHeaderInjection, other control characters
// are dropped, addresses are validated with net/mail.
//
// It also renders the sales notification for qualified leads and the
// RFC 8058 List-Unsubscribe headers.
package mail

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"net/textproto"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Address is a mailbox: a display name and an address.
type Address = netmail.Address

// Sentinel errors.
var (
	ErrHeaderInjection = errors.New("mail: line break or NUL in header value")
	ErrAddress         = errors.New("mail: invalid address")
	ErrHeaderName      = errors.New("mail: invalid or reserved extra header name")
	ErrHeaderValue     = errors.New("mail: header value cannot be folded")
	ErrNoBody          = errors.New("mail: message has neither text nor HTML")
)

// Message is one email.
type Message struct {
	From    Address
	ReplyTo Address // optional; zero value means none
	To      Address
	Subject string
	Text    string
	HTML    string
	// Headers are extra header fields, e.g. List-Unsubscribe. Names that
	// the builder writes itself (From, To, Subject, Content-*, ...) and
	// Bcc/Cc/Sender are refused.
	Headers map[string]string
	// Date defaults to the current time.
	Date time.Time
	// MessageID defaults to a random ID at the From domain. Given with or
	// without angle brackets.
	MessageID string
}

// reserved are header names callers may not set through Headers.
var reserved = map[string]bool{
	"From": true, "To": true, "Cc": true, "Bcc": true, "Reply-To": true, "Sender": true,
	"Subject": true, "Date": true, "Message-Id": true, "Mime-Version": true,
	"Content-Type": true, "Content-Transfer-Encoding": true, "Return-Path": true,
}

// maxLine is the longest header line we emit before folding.
const maxLine = 76

// Bytes renders the message. It fails with ErrHeaderInjection, ErrAddress,
// ErrHeaderName or ErrNoBody (wrapped) rather than emit a risky message.
func (m Message) Bytes() ([]byte, error) {
	if m.Text == "" && m.HTML == "" {
		return nil, ErrNoBody
	}
	var h headerWriter
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	h.raw("Date", date.Format(time.RFC1123Z))

	from, err := formatAddress("From", m.From)
	if err != nil {
		return nil, err
	}
	h.raw("From", from)
	if m.ReplyTo.Address != "" || m.ReplyTo.Name != "" {
		rt, err := formatAddress("Reply-To", m.ReplyTo)
		if err != nil {
			return nil, err
		}
		h.raw("Reply-To", rt)
	}
	to, err := formatAddress("To", m.To)
	if err != nil {
		return nil, err
	}
	h.raw("To", to)
	subj, err := encodeText(m.Subject)
	if err != nil {
		return nil, fmt.Errorf("subject: %w", err)
	}
	h.raw("Subject", subj)

	id, err := messageID(m.MessageID, m.From.Address)
	if err != nil {
		return nil, err
	}
	h.raw("Message-ID", id)
	h.raw("MIME-Version", "1.0")

	keys := make([]string, 0, len(m.Headers))
	canon := make(map[string]string, len(m.Headers))
	for k, v := range m.Headers {
		ck := textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k))
		if !validFieldName(ck) || reserved[ck] {
			return nil, fmt.Errorf("%w: %q", ErrHeaderName, k)
		}
		if _, dup := canon[ck]; dup {
			return nil, fmt.Errorf("%w: %q given twice", ErrHeaderName, k)
		}
		ev, err := encodeStructured(v)
		if err != nil {
			return nil, fmt.Errorf("header %s: %w", ck, err)
		}
		canon[ck] = ev
		keys = append(keys, ck)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h.raw(k, canon[k])
	}

	var body bytes.Buffer
	switch {
	case m.Text != "" && m.HTML != "":
		mw := multipart.NewWriter(&body)
		h.raw("Content-Type", mime.FormatMediaType("multipart/alternative", map[string]string{"boundary": mw.Boundary()}))
		for _, p := range []struct{ ct, s string }{{"text/plain; charset=utf-8", m.Text}, {"text/html; charset=utf-8", m.HTML}} {
			pw, err := mw.CreatePart(textproto.MIMEHeader{
				"Content-Type":              {p.ct},
				"Content-Transfer-Encoding": {"quoted-printable"},
			})
			if err != nil {
				return nil, fmt.Errorf("mail: create part: %w", err)
			}
			if err := writeQP(pw, p.s); err != nil {
				return nil, err
			}
		}
		if err := mw.Close(); err != nil {
			return nil, fmt.Errorf("mail: close multipart: %w", err)
		}
	default:
		ct, s := "text/plain; charset=utf-8", m.Text
		if s == "" {
			ct, s = "text/html; charset=utf-8", m.HTML
		}
		h.raw("Content-Type", ct)
		h.raw("Content-Transfer-Encoding", "quoted-printable")
		if err := writeQP(&body, s); err != nil {
			return nil, err
		}
	}
	h.buf.WriteString("\r\n")
	h.buf.Write(body.Bytes())
	return h.buf.Bytes(), nil
}

func writeQP(w io.Writer, s string) error {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	qw := quotedprintable.NewWriter(w)
	if _, err := io.WriteString(qw, s); err != nil {
		return fmt.Errorf("mail: encode body: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("mail: encode body: %w", err)
	}
	return nil
}

type headerWriter struct{ buf bytes.Buffer }

// raw writes an already encoded (ASCII) header, folding at spaces so that
// lines stay short. Encoded words and tokens are never split.
func (h *headerWriter) raw(name, value string) {
	line := name + ":"
	n := len(line)
	h.buf.WriteString(line)
	for i, tok := range strings.Split(value, " ") {
		if i > 0 && n+1+len(tok) > maxLine && n > len(name)+1 {
			h.buf.WriteString("\r\n")
			n = 0
		}
		h.buf.WriteByte(' ')
		h.buf.WriteString(tok)
		n += 1 + len(tok)
	}
	h.buf.WriteString("\r\n")
}

// clean rejects CR, LF and NUL, drops other control and format-breaking
// characters, and turns tabs and Unicode line separators into spaces.
func clean(s string) (string, error) {
	if strings.ContainsAny(s, "\r\n\x00") {
		return "", ErrHeaderInjection
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

// longestToken is the longest run without a space that we emit unencoded;
// anything longer is encoded so it can be folded.
const longestToken = 70

// encodeText encodes an unstructured header value (RFC 2047): plain ASCII
// stays as is; non-ASCII uses Q encoding; ASCII that looks like an encoded
// word, or has tokens too long to fold, is B-encoded so it reads back
// literally.
func encodeText(s string) (string, error) {
	s, err := clean(s)
	if err != nil {
		return "", err
	}
	s = strings.Join(strings.Fields(s), " ")
	if !isASCII(s) {
		return mime.QEncoding.Encode("utf-8", s), nil
	}
	if strings.Contains(s, "=?") || hasLongToken(s) {
		return bWords(s), nil
	}
	return s, nil
}

// encodeStructured prepares an extra header value. ASCII values are kept
// verbatim (they may be structured, like List-Unsubscribe, and must not be
// encoded); tokens longer than 900 bytes are refused because they could not
// be folded under the 998-byte line limit. Non-ASCII values are Q-encoded.
func encodeStructured(s string) (string, error) {
	s, err := clean(s)
	if err != nil {
		return "", err
	}
	s = strings.Join(strings.Fields(s), " ")
	if !isASCII(s) {
		return mime.QEncoding.Encode("utf-8", s), nil
	}
	for _, f := range strings.Fields(s) {
		if len(f) > 900 {
			return "", fmt.Errorf("%w: value token of %d bytes", ErrHeaderValue, len(f))
		}
	}
	return s, nil
}

func hasLongToken(s string) bool {
	for _, f := range strings.Fields(s) {
		if len(f) > longestToken {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// bWords B-encodes s into encoded words of at most 75 characters, never
// splitting a UTF-8 sequence. Used when mime.BEncoding would leave ASCII
// unencoded.
func bWords(s string) string {
	var words []string
	for len(s) > 0 {
		n := min(len(s), 45)
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, "=?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// phraseSafe reports whether an ASCII display name can be sent as a quoted
// string without being mistaken for an encoded word.
func phraseSafe(s string) bool {
	return isASCII(s) && !strings.Contains(s, "=?") && !hasLongToken(s)
}

// formatAddress validates a and renders it for header field.
func formatAddress(field string, a Address) (string, error) {
	addr, err := ValidAddress(a.Address)
	if err != nil {
		return "", fmt.Errorf("%s: %w", field, err)
	}
	name, err := clean(a.Name)
	if err != nil {
		return "", fmt.Errorf("%s display name: %w", field, err)
	}
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return "<" + addr + ">", nil
	}
	switch {
	case phraseSafe(name):
		name = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name) + `"`
	case isASCII(name):
		name = bWords(name)
	default:
		name = mime.BEncoding.Encode("utf-8", name)
	}
	return name + " <" + addr + ">", nil
}

// ValidAddress checks that s is a single bare addr-spec (no display name,
// no comments, no line breaks) and returns it trimmed.
func ValidAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 254 || strings.ContainsAny(s, "\r\n\x00<>,;\" ()") || !isASCII(s) {
		return "", fmt.Errorf("%w: %q", ErrAddress, s)
	}
	a, err := netmail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return "", fmt.Errorf("%w: %q", ErrAddress, s)
	}
	local, domain, _ := strings.Cut(s, "@")
	if local == "" || !strings.Contains(domain, ".") || strings.HasPrefix(domain, "[") {
		return "", fmt.Errorf("%w: %q", ErrAddress, s)
	}
	return s, nil
}

func messageID(id, from string) (string, error) {
	if id == "" {
		var b [16]byte
		_, _ = rand.Read(b[:])
		_, domain, _ := strings.Cut(from, "@")
		if domain == "" {
			domain = "leadsieve.invalid"
		}
		return "<" + hex.EncodeToString(b[:]) + "@" + domain + ">", nil
	}
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	if strings.ContainsAny(id, "\r\n\x00") {
		return "", fmt.Errorf("Message-ID: %w", ErrHeaderInjection)
	}
	for _, r := range id {
		if r <= ' ' || r > '~' || r == '<' || r == '>' {
			return "", fmt.Errorf("%w: Message-ID %q", ErrHeaderName, id)
		}
	}
	if !strings.Contains(id, "@") {
		return "", fmt.Errorf("%w: Message-ID %q needs an @", ErrHeaderName, id)
	}
	return "<" + id + ">", nil
}

func validFieldName(k string) bool {
	if k == "" || len(k) > 76 {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c < 33 || c > 126 || c == ':' {
			return false
		}
	}
	return true
}

// ListUnsubscribe returns the RFC 2369 / RFC 8058 headers for one-click
// unsubscribe: List-Unsubscribe with the web URL and/or the mailto address
// (prefixed with "mailto:" if needed), and List-Unsubscribe-Post when a web
// URL is given. The web URL must be https, except on a loopback host, so the
// local stack's mail carries the same headers a deployment's does. Values
// that are not such URLs, or that contain spaces, angle brackets or line
// breaks, are left out; the result is empty when nothing usable remains.
func ListUnsubscribe(webURL, mailto string) map[string]string {
	bad := func(s string) bool { return strings.ContainsAny(s, " \t\r\n\x00<>,") || !isASCII(s) }
	var parts []string
	h := map[string]string{}
	if webURL != "" && UnsubscribeURLOK(webURL) && !bad(webURL) {
		parts = append(parts, "<"+webURL+">")
		h["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
	}
	if mailto != "" && !bad(mailto) {
		if !strings.HasPrefix(strings.ToLower(mailto), "mailto:") {
			mailto = "mailto:" + mailto
		}
		parts = append(parts, "<"+mailto+">")
	}
	if len(parts) == 0 {
		return map[string]string{}
	}
	h["List-Unsubscribe"] = strings.Join(parts, ", ")
	return h
}

// UnsubscribeURLOK reports whether u may serve as a one-click unsubscribe
// link: an https URL with a host, or an http URL on a loopback host
// (127.0.0.1, ::1, localhost), which only the local stack uses. Both the
// List-Unsubscribe header and the footer of every marketing email use this
// one rule, so the local stack's mail carries the same headers as a
// deployment's.
func UnsubscribeURLOK(u string) bool {
	if strings.ContainsAny(u, " \t\r\n\x00<>\",") || !isASCII(u) {
		return false
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.User != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "https":
		return true
	case "http":
		host := p.Hostname()
		if host == "localhost" {
			return true
		}
		ip := net.ParseIP(host)
		return ip != nil && ip.IsLoopback()
	}
	return false
}

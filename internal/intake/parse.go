package intake

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"mime/multipart"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Limits bound what one submission may carry.
const (
	MaxBody       = 64 << 10 // bytes of decoded body
	MaxFields     = 100      // name/value pairs in a body
	MaxExtra      = 30       // unknown fields kept
	MaxNameLen    = 64       // bytes in an unknown field's name
	MaxExtraValue = 1000     // runes in an unknown field's value
)

func badBody(format string, args ...any) *Error {
	return &Error{Kind: lead.EINVALID, Code: CodeInvalidBody, Message: fmt.Sprintf(format, args...)}
}

// Pair is one submitted name/value, in body order.
type Pair struct{ Name, Value string }

// DecodeBody undoes API Gateway's base64 encoding and enforces the body cap.
func DecodeBody(body string, isBase64 bool) ([]byte, error) {
	if !isBase64 {
		if len(body) > MaxBody {
			return nil, tooLarge()
		}
		return []byte(body), nil
	}
	if base64.StdEncoding.DecodedLen(len(body)) > MaxBody+3 {
		return nil, tooLarge()
	}
	b, err := base64.StdEncoding.DecodeString(body)
	if err != nil {
		return nil, badBody("body is not valid base64")
	}
	if len(b) > MaxBody {
		return nil, tooLarge()
	}
	return b, nil
}

func tooLarge() *Error {
	return &Error{Kind: lead.ETOOLARGE, Code: CodeTooLarge, Message: fmt.Sprintf("the body is larger than %d KiB", MaxBody>>10)}
}

// ParseBody decodes a body according to its Content-Type header.
func ParseBody(contentType string, body []byte) ([]Pair, error) {
	if strings.TrimSpace(contentType) == "" {
		return nil, &Error{Kind: lead.EUNSUPPORTED, Code: CodeUnsupportedType,
			Message: "missing Content-Type; send application/json, application/x-www-form-urlencoded or multipart/form-data"}
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, &Error{Kind: lead.EUNSUPPORTED, Code: CodeUnsupportedType, Message: "malformed Content-Type"}
	}
	var pairs []Pair
	switch mt {
	case "application/json", "text/json":
		text, err := toUTF8(body, params["charset"])
		if err != nil {
			return nil, err
		}
		pairs, err = parseJSON(text)
		if err != nil {
			return nil, err
		}
	case "application/x-www-form-urlencoded":
		pairs, err = parseURLEncoded(body, params["charset"])
		if err != nil {
			return nil, err
		}
	case "multipart/form-data":
		pairs, err = parseMultipart(body, params["boundary"])
		if err != nil {
			return nil, err
		}
	default:
		return nil, &Error{Kind: lead.EUNSUPPORTED, Code: CodeUnsupportedType,
			Message: echo(mt) + " is not accepted; send application/json, application/x-www-form-urlencoded or multipart/form-data"}
	}
	if len(pairs) > MaxFields {
		return nil, &Error{Kind: lead.EINVALID, Code: CodeInvalidBody, Message: fmt.Sprintf("more than %d fields", MaxFields)}
	}
	return pairs, nil
}

// toUTF8 converts text in the named charset to valid UTF-8.
func toUTF8(b []byte, charset string) ([]byte, error) {
	charset = strings.ToLower(strings.TrimSpace(charset))
	switch charset {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		if !utf8.Valid(b) {
			if charset == "" {
				// Undeclared and not UTF-8: browsers of old pages send
				// windows-1252; decode it rather than mangle the lead.
				return decodeCharset(b, "windows-1252")
			}
			return bytes.ToValidUTF8(b, []byte("\uFFFD")), nil
		}
		return b, nil
	}
	return decodeCharset(b, charset)
}

func decodeCharset(b []byte, charset string) ([]byte, error) {
	enc, err := htmlindex.Get(charset)
	if err != nil {
		return nil, &Error{Kind: lead.EUNSUPPORTED, Code: CodeUnsupportedChars,
			Message: "charset " + echo(charset) + " is not supported"}
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return nil, badBody("body is not valid %s", charset)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}

func parseJSON(b []byte) ([]Pair, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		return nil, badBody("JSON body must be an object of field names to values")
	}
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // numbers as written
	if err := dec.Decode(&obj); err != nil {
		return nil, badBody("body is not valid JSON")
	}
	if _, err := dec.Token(); err != io.EOF { // nothing may follow the object
		return nil, badBody("body is not valid JSON")
	}
	// A JSON object's names have no order: they are taken sorted, so two
	// names that mean the same field are joined the same way every time.
	pairs := make([]Pair, 0, len(obj))
	var fieldErrs map[string]string
	for _, name := range slices.Sorted(maps.Keys(obj)) {
		v, ok := jsonScalar(obj[name])
		if !ok {
			if fieldErrs == nil {
				fieldErrs = map[string]string{}
			}
			fieldErrs[name] = "must be a string, number, boolean, null or a list of strings"
			continue
		}
		if v != nil {
			pairs = append(pairs, Pair{name, *v})
		}
	}
	if len(fieldErrs) > 0 {
		return nil, &Error{Kind: lead.EINVALID, Code: CodeInvalidBody, Message: "some fields have values of the wrong type", Fields: fieldErrs}
	}
	return pairs, nil
}

// jsonScalar turns a decoded JSON value into a field value. Lists of
// scalars (a multi-select) are joined with ", ". Nil means null (field
// absent); objects, and lists holding lists or objects, are refused.
func jsonScalar(v any) (*string, bool) {
	switch t := v.(type) {
	case nil:
		return nil, true
	case string:
		return &t, true
	case json.Number:
		s := t.String()
		return &s, true
	case bool:
		s := strconv.FormatBool(t)
		return &s, true
	case []any:
		parts := make([]string, 0, len(t))
		for _, it := range t {
			switch it.(type) {
			case []any, map[string]any:
				return nil, false
			}
			p, _ := jsonScalar(it)
			if p != nil && *p != "" {
				parts = append(parts, *p)
			}
		}
		s := strings.Join(parts, ", ")
		return &s, true
	}
	return nil, false // an object
}

// parseURLEncoded percent-decodes first: the charset applies to the bytes
// that the escapes stand for.
func parseURLEncoded(b []byte, charset string) ([]Pair, error) {
	var pairs []Pair
	for part := range strings.SplitSeq(string(b), "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		name, err1 := url.QueryUnescape(k)
		value, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			return nil, badBody("body is not valid application/x-www-form-urlencoded")
		}
		n, err := toUTF8([]byte(name), charset)
		if err != nil {
			return nil, err
		}
		val, err := toUTF8([]byte(value), charset)
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, Pair{string(n), string(val)})
	}
	return pairs, nil
}

func parseMultipart(b []byte, boundary string) ([]Pair, error) {
	if boundary == "" {
		return nil, badBody("multipart/form-data without a boundary")
	}
	r := multipart.NewReader(bytes.NewReader(b), boundary)
	var pairs []Pair
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, badBody("body is not valid multipart/form-data")
		}
		name := p.FormName()
		if p.FileName() != "" {
			return nil, &Error{Kind: lead.EINVALID, Code: CodeFileNotAllowed,
				Message: "file uploads are not accepted; send text fields only",
				Fields:  map[string]string{name: "file uploads are not accepted"}}
		}
		if len(pairs) >= MaxFields {
			return nil, &Error{Kind: lead.EINVALID, Code: CodeInvalidBody, Message: fmt.Sprintf("more than %d fields", MaxFields)}
		}
		raw, err := io.ReadAll(io.LimitReader(p, MaxBody+1))
		if err != nil {
			return nil, badBody("body is not valid multipart/form-data")
		}
		charset := ""
		if ct := p.Header.Get("Content-Type"); ct != "" {
			mt, params, err := mime.ParseMediaType(ct)
			if err == nil && !strings.HasPrefix(mt, "text/") {
				return nil, &Error{Kind: lead.EINVALID, Code: CodeFileNotAllowed,
					Message: "only text parts are accepted", Fields: map[string]string{name: "only text is accepted"}}
			}
			charset = params["charset"]
		}
		text, err := toUTF8(raw, charset)
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, Pair{name, string(text)})
	}
	return pairs, nil
}

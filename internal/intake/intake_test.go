package intake

import (
	"bytes"
	"encoding/base64"
	"errors"
	"mime/multipart"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func TestParseBody(t *testing.T) {
	mp := func(parts map[string]string, file bool) (string, []byte) {
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		for k, v := range parts {
			_ = w.WriteField(k, v)
		}
		if file {
			fw, _ := w.CreateFormFile("cv", "cv.pdf")
			_, _ = fw.Write([]byte("%PDF"))
		}
		_ = w.Close()
		return w.FormDataContentType(), buf.Bytes()
	}
	mpCT, mpBody := mp(map[string]string{"email": "a@b.co", "first_name": "Ana"}, false)
	fileCT, fileBody := mp(map[string]string{"email": "a@b.co"}, true)

	tests := []struct {
		name     string
		ct       string
		body     []byte
		want     map[string]string
		wantCode string
		wantKind lead.ErrorKind
	}{
		{"json", "application/json", []byte(`{"email":"a@b.co","first_name":"Ana","size":50,"ok":true,"n":null,"tags":["x","y"]}`),
			map[string]string{"email": "a@b.co", "first_name": "Ana", "size": "50", "ok": "true", "tags": "x, y"}, "", ""},
		{"json with charset", "application/json; charset=utf-8", []byte(`{"email":"a@b.co"}`), map[string]string{"email": "a@b.co"}, "", ""},
		{"urlencoded", "application/x-www-form-urlencoded", []byte("email=a%40b.co&first_name=Ana+Mar%C3%ADa"),
			map[string]string{"email": "a@b.co", "first_name": "Ana María"}, "", ""},
		{"urlencoded latin1", "application/x-www-form-urlencoded; charset=iso-8859-1", []byte("first_name=Jos%E9"),
			map[string]string{"first_name": "José"}, "", ""},
		{"urlencoded undeclared windows-1252", "application/x-www-form-urlencoded", []byte("first_name=Jos%E9"),
			map[string]string{"first_name": "José"}, "", ""},
		{"shift_jis json", "application/json; charset=shift_jis", []byte("{\"first_name\":\"\x8eR\x93c\"}"),
			map[string]string{"first_name": "山田"}, "", ""},
		{"multipart", mpCT, mpBody, map[string]string{"email": "a@b.co", "first_name": "Ana"}, "", ""},
		{"multipart file", fileCT, fileBody, nil, CodeFileNotAllowed, lead.EINVALID},
		{"multipart no boundary", "multipart/form-data", []byte("x"), nil, CodeInvalidBody, lead.EINVALID},
		{"no content type", "", []byte(`{}`), nil, CodeUnsupportedType, lead.EUNSUPPORTED},
		{"xml", "application/xml", []byte(`<a/>`), nil, CodeUnsupportedType, lead.EUNSUPPORTED},
		{"bad charset", "application/json; charset=klingon", []byte(`{}`), nil, CodeUnsupportedChars, lead.EUNSUPPORTED},
		{"bad json", "application/json", []byte(`{"email":`), nil, CodeInvalidBody, lead.EINVALID},
		{"json array", "application/json", []byte(`[1,2]`), nil, CodeInvalidBody, lead.EINVALID},
		{"json nested", "application/json", []byte(`{"a":{"b":1}}`), nil, CodeInvalidBody, lead.EINVALID},
		{"json trailing", "application/json", []byte(`{"a":"b"} {"c":"d"}`), nil, CodeInvalidBody, lead.EINVALID},
		{"bad urlencoded", "application/x-www-form-urlencoded", []byte("a=%zz"), nil, CodeInvalidBody, lead.EINVALID},
		{"too many fields", "application/x-www-form-urlencoded", []byte(strings.Repeat("a=b&", MaxFields+1)), nil, CodeInvalidBody, lead.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs, err := ParseBody(tc.ct, tc.body)
			if tc.wantCode != "" {
				var e *Error
				if !errors.As(err, &e) || e.Code != tc.wantCode || e.Kind != tc.wantKind {
					t.Fatalf("err = %v, want code %s kind %s", err, tc.wantCode, tc.wantKind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, p := range pairs {
				got[p.Name] = p.Value
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("got %d fields %v, want %d", len(got), got, len(tc.want))
			}
		})
	}
}

func TestDecodeBody(t *testing.T) {
	big := strings.Repeat("x", MaxBody+1)
	tests := []struct {
		name     string
		body     string
		b64      bool
		want     string
		wantKind lead.ErrorKind
	}{
		{"plain", "abc", false, "abc", ""},
		{"base64", base64.StdEncoding.EncodeToString([]byte("héllo")), true, "héllo", ""},
		{"bad base64", "!!!", true, "", lead.EINVALID},
		{"too large plain", big, false, "", lead.ETOOLARGE},
		{"too large base64", base64.StdEncoding.EncodeToString([]byte(big)), true, "", lead.ETOOLARGE},
		{"exactly the cap", strings.Repeat("x", MaxBody), false, strings.Repeat("x", MaxBody), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeBody(tc.body, tc.b64)
			if tc.wantKind != "" {
				var e *Error
				if !errors.As(err, &e) || e.Kind != tc.wantKind {
					t.Fatalf("err = %v, want kind %s", err, tc.wantKind)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Fatalf("got %q, %v", got, err)
			}
		})
	}
}

func TestFieldName(t *testing.T) {
	for in, want := range map[string]string{
		"email": "email", "Email": "email", "E-mail": "email", "emailAddress": "email",
		"firstName": "first_name", "First Name": "first_name", "first-name": "first_name",
		"LastName": "last_name", "surname": "last_name", "Company Name": "company",
		"jobTitle": "job_title", "utm_source": "utm_source", "utmSource": "utm_source",
		"How can we help?": "how_can_we_help?", "favourite_colour": "favourite_colour",
		"fields[email]": "fields_email",
	} {
		if got := FieldName(in); got != want {
			t.Errorf("FieldName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitName(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"Jane Smith", "Jane", "Smith"},
		{"Mary Jane Watson", "Mary Jane", "Watson"},
		{"Ludwig van Beethoven", "Ludwig", "van Beethoven"},
		{"Hans van der Berg", "Hans", "van der Berg"},
		{"山田 太郎", "太郎", "山田"},
		{"김 민준", "민준", "김"},
		{"Cher", "Cher", ""},
		{"  ", "", ""},
		{"Nguyễn Thị Ánh", "Nguyễn Thị", "Ánh"},
	}
	for _, tc := range tests {
		f, l := SplitName(tc.in)
		if f != tc.first || l != tc.last {
			t.Errorf("SplitName(%q) = %q, %q; want %q, %q", tc.in, f, l, tc.first, tc.last)
		}
	}
}

func TestBuild(t *testing.T) {
	form := FormRules{ID: "contact-sales", Honeypot: "website_url", Required: []string{"email", "first_name"}}
	p := func(kv ...string) []Pair {
		var out []Pair
		for i := 0; i < len(kv); i += 2 {
			out = append(out, Pair{kv[i], kv[i+1]})
		}
		return out
	}
	tests := []struct {
		name      string
		pairs     []Pair
		check     func(t *testing.T, s *lead.Submission)
		wantField map[string]string
	}{
		{"normalizes and splits", p("Email", " Jane.Doe@ACME.COM ", "name", "Jane  Smith", "Company", "  Acme\tGmbH ", "consent", "on"),
			func(t *testing.T, s *lead.Submission) {
				f := s.Fields
				if f.Email != "Jane.Doe@acme.com" || f.FirstName != "Jane" || f.LastName != "Smith" || f.Company != "Acme GmbH" || f.Consent != "yes" {
					t.Errorf("fields = %+v", f)
				}
			}, nil},
		{"control fields separated", p("email", "a@b.co", "first_name", "A", "website_url", "http://spam", "_token", "tok", "cf-turnstile-response", "cap", "_charset_", "UTF-8"),
			func(t *testing.T, s *lead.Submission) {
				if s.Control.Honeypot != "http://spam" || s.Control.Token != "tok" || s.Control.Captcha != "cap" {
					t.Errorf("control = %+v", s.Control)
				}
				if _, ok := s.Raw["website_url"]; ok {
					t.Error("honeypot leaked into raw")
				}
				if len(s.Fields.Extra) != 0 {
					t.Errorf("extra = %v", s.Fields.Extra)
				}
			}, nil},
		{"message keeps lines, drops controls and bidi overrides", p("email", "a@b.co", "first_name", "A", "message", "Hi\r\n\r\n\r\n\r\nthere\u202e\x00 you"),
			func(t *testing.T, s *lead.Submission) {
				if s.Fields.Message != "Hi\n\nthere you" {
					t.Errorf("message = %q", s.Fields.Message)
				}
			}, nil},
		{"NFC", p("email", "a@b.co", "first_name", "Jose\u0301"),
			func(t *testing.T, s *lead.Submission) {
				if s.Fields.FirstName != "José" {
					t.Errorf("first = %q", s.Fields.FirstName)
				}
			}, nil},
		{"caps length", p("email", "a@b.co", "first_name", strings.Repeat("é", 500)),
			func(t *testing.T, s *lead.Submission) {
				if n := len([]rune(s.Fields.FirstName)); n != 100 {
					t.Errorf("first has %d runes", n)
				}
			}, nil},
		{"multi values joined", p("email", "a@b.co", "first_name", "A", "interest", "api", "interest", "", "interest", "dashboards"),
			func(t *testing.T, s *lead.Submission) {
				if s.Fields.Extra["interest"] != "api, dashboards" {
					t.Errorf("extra = %v", s.Fields.Extra)
				}
			}, nil},
		{"missing required", p("first_name", ""), nil, map[string]string{"email": "required", "first_name": "required"}},
		{"implausible email", p("email", "jane at acme", "first_name", "J"), nil, map[string]string{"email": "not a valid email address"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Build(form, tc.pairs, lead.Context{})
			if tc.wantField != nil {
				var e *Error
				if !errors.As(err, &e) || e.Kind != lead.EINVALID || e.Code != CodeValidation {
					t.Fatalf("err = %v", err)
				}
				for k, v := range tc.wantField {
					if e.Fields[k] != v {
						t.Errorf("fields[%s] = %q, want %q", k, e.Fields[k], v)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, s)
		})
	}
}

func TestBuildBoundsExtraFields(t *testing.T) {
	var pairs []Pair
	for i := 0; i < 60; i++ {
		pairs = append(pairs, Pair{"custom_" + strings.Repeat("x", i%5) + string(rune('a'+i%26)) + string(rune('a'+i/26)), strings.Repeat("v", 5000)})
	}
	s, err := Build(FormRules{ID: "f"}, pairs, lead.Context{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Fields.Extra) != MaxExtra {
		t.Fatalf("kept %d extra fields, want %d", len(s.Fields.Extra), MaxExtra)
	}
	for k, v := range s.Fields.Extra {
		if len([]rune(v)) > defaultCap {
			t.Fatalf("extra %s has %d runes", k, len([]rune(v)))
		}
	}
}

func TestNormalizeEmail(t *testing.T) {
	for in, want := range map[string]string{
		"Jane@Example.COM":         "Jane@example.com",
		" mailto:bob@ACME.io ":     "bob@acme.io",
		"bob@ACME.io.":             "bob@acme.io.", // kept for screening to judge
		"no-at-sign":               "no-at-sign",
		"\"odd@local\"@Domain.Org": "\"odd@local\"@domain.org",
	} {
		if got := NormalizeEmail(in); got != want {
			t.Errorf("NormalizeEmail(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseJSONObject: a JSON body is one object of scalars; its names are
// taken sorted, so aliases of one field join the same way every time, and
// nothing may follow the object.
func TestParseJSONObject(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []Pair
		ok   bool
	}{
		{`{"Email":"a@x.example","email":"b@x.example","n":1e3,"t":true,"z":null,"l":["a",2,"",null]}`,
			[]Pair{{"Email", "a@x.example"}, {"email", "b@x.example"}, {"l", "a, 2"}, {"n", "1e3"}, {"t", "true"}}, true},
		{`{} `, []Pair{}, true},
		{`{}]`, nil, false},
		{`{} {}`, nil, false},
		{`{"a":{"b":1}}`, nil, false},
		{`{"a":[[1]]}`, nil, false},
		{`[1]`, nil, false},
	} {
		got, err := parseJSON([]byte(tc.body))
		if (err == nil) != tc.ok {
			t.Errorf("parseJSON(%s): err %v, want ok=%v", tc.body, err, tc.ok)
			continue
		}
		if tc.ok && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseJSON(%s) = %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestPlausibleEmail: addresses that would not reach the person who typed
// them are refused at intake with a 400 naming the field.
func TestPlausibleEmail(t *testing.T) {
	for addr, want := range map[string]bool{
		"ana@corp.example":      true,
		"ana.garcía@empresa.es": true,
		"ana@corp.example.":     false, // a trailing dot after the TLD
		"=?utf-8?b?YXR0YWNrZXJAZXZpbC5leGFtcGxl?=@corp.example": false,
		"=?iso-8859-1?q?ana?=@corp.example":                     false,
		"an\uFFFDa@corp.example":                                false, // bytes that were not text in the declared charset
		"ana@corp":                                              false,
		"a@b@corp.example":                                      false,
		"ana corp@corp.example":                                 false,
	} {
		if got := PlausibleEmail(addr); got != want {
			t.Errorf("PlausibleEmail(%q) = %v, want %v", addr, got, want)
		}
	}
	_, err := Build(FormRules{ID: "f", Required: []string{"email"}}, []Pair{{"email", "=?utf-8?b?YXR0YWNrZXJAZXZpbC5leGFtcGxl?=@corp.example"}}, lead.Context{})
	if e := AsError(err); e.Kind != lead.EINVALID || e.Fields["email"] == "" {
		t.Fatalf("encoded-word address: %v", err)
	}
}

// TestConfusableDomainsRefused: a domain spelled to look like another is
// refused at intake with a 400 on email that says why; real domains in
// other alphabets and plain-letter domains pass (screening scores
// imitations like paypa1.com).
func TestConfusableDomainsRefused(t *testing.T) {
	for _, tc := range []struct {
		addr, want string // want: a word of the field error, "" to pass
	}{
		{"ana@g\u043e\u043egle.com", "mixes Latin"},              // Cyrillic о in gооgle.com
		{"ana@\uff47\uff4d\uff41\uff49\uff4c.com", "full-width"}, // ｇｍａｉｌ.com
		{"ana@p\u0430ypal.com", "mixes Latin"},                   // Cyrillic а
		{"ana@\u0430\u0441\u0435.com", "another alphabet"},       // асе.com, all Cyrillic look-alikes
		{"ana@g\u03bfogle.com", "mixes Latin"},                   // Greek ο
		{"ana@k\\u0131rm\\u0131z\\u0131.com.tr", ""},             // kırmızı.com.tr: dotless ı is Turkish (screening weighs gıthub.com)
		{"ivan@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444", ""}, // почта.рф: a real Cyrillic domain
		{"ivan@\u044f\u043d\u0434\u0435\u043a\u0441.com", ""},    // яндекс.com: Cyrillic, not all look-alikes
		{"ana@m\u00fcller.de", ""},                               // müller.de
		{"ana@paypa1.com", ""},
		{"ana@corp.example", ""},
	} {
		addr := unquote(t, tc.addr)
		got := EmailProblem(addr)
		if (got == "") != (tc.want == "") || !strings.Contains(got, tc.want) {
			t.Errorf("EmailProblem(%q) = %q, want %q", addr, got, tc.want)
		}
		if tc.want == "" {
			continue
		}
		_, err := Build(FormRules{ID: "f", Required: []string{"email"}}, []Pair{{"email", addr}}, lead.Context{})
		if e := AsError(err); e == nil || e.Kind != lead.EINVALID || !strings.Contains(e.Fields["email"], tc.want) {
			t.Errorf("Build with %q: %v", addr, err)
		}
	}
}

func unquote(t *testing.T, s string) string {
	t.Helper()
	u, err := strconv.Unquote(`"` + s + `"`)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

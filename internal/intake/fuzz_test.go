package intake

import (
	"errors"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// FuzzSubmissionBody checks that no body, in any accepted content type,
// makes parsing or normalization panic or fail with anything but a 4xx
// *Error. The seed corpus runs with every `go test`; run longer with
// go test -fuzz FuzzSubmissionBody ./internal/intake.
func FuzzSubmissionBody(f *testing.F) {
	cts := []string{
		"application/json", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=iso-8859-1",
		"multipart/form-data; boundary=XyZ", "application/json; charset=shift_jis", "text/plain",
	}
	f.Add(uint8(0), []byte(`{"email":"a@b.co","first_name":"Ana","tags":["x",1,true,null]}`))
	f.Add(uint8(1), []byte("email=a%40b.co&name=Jane+van+der+Berg&website_url=&_token=x"))
	f.Add(uint8(2), []byte("first_name=Jos%E9"))
	f.Add(uint8(3), []byte("--XyZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@b.co\r\n--XyZ--\r\n"))
	f.Add(uint8(3), []byte("--XyZ\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--XyZ--\r\n"))
	f.Add(uint8(4), []byte("{\"first_name\":\"\x8eR\x93c\"}"))
	f.Add(uint8(0), []byte(`{"message":"\u202e\u0000\ud800"}`))
	f.Fuzz(func(t *testing.T, ct uint8, body []byte) {
		pairs, err := ParseBody(cts[int(ct)%len(cts)], body)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !clientKind[e.Kind] {
				t.Fatalf("parse error %v is not a client error", err)
			}
			return
		}
		sub, err := Build(FormRules{ID: "f", Honeypot: "website_url", Required: []string{"email"}}, pairs, lead.Context{})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Kind != lead.EINVALID || len(e.Fields) == 0 {
				t.Fatalf("build error %v is not an EINVALID with fields", err)
			}
			return
		}
		if sub.Fields.Email == "" {
			t.Fatal("a required email passed validation while empty")
		}
	})
}

// clientKind are the kinds of errors that are the submitter's to fix.
var clientKind = map[lead.ErrorKind]bool{lead.EINVALID: true, lead.ETOOLARGE: true, lead.EUNSUPPORTED: true}

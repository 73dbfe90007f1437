// Package outcomelink signs and checks the one-click "Was this a good
// lead?" links of the sales e-mail. It is apart from the console so that
// the functions that send that e-mail sign links without linking the
// console's pages.
//
// A link is ConsoleURL + "/outcome/" + token, where the token is the
// unpadded base64url encoding of
//
//	0x01 | issued (8 bytes, big-endian Unix seconds) | lead id | MAC (16 bytes)
//
// and the MAC is HMAC-SHA256, truncated to 128 bits, of everything before
// it under a key derived from the signing secret with a label of its own
// (so an unsubscribe token is never an outcome token). The token proves
// which lead the e-mail was about, not who clicked: the page it opens
// records an outcome only when that person posts its form, never on the
// GET a mail scanner makes.
package outcomelink

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"net/url"
	"strings"
	"time"
)

// Lifetime is how long a link keeps working: longer than most sales
// cycles, short enough that a leaked old e-mail does not stay a way in.
const Lifetime = 365 * 24 * time.Hour

const (
	version  = 1
	macLen   = 16
	maxLead  = 64
	headLen  = 1 + 8
	maxToken = (headLen + maxLead + macLen + 2) / 3 * 4
)

// ErrInvalid is returned for a token that is malformed, forged or
// expired; the page says only that the link does not work.
var ErrInvalid = errors.New("outcomelink: invalid or expired link")

// Signer makes and checks links with one secret.
type Signer struct {
	key  []byte
	base string
}

// New returns a signer whose links start with consoleURL (the CONSOLE_URL
// setting); secret is the project's signing secret, at least 16 bytes.
func New(secret []byte, consoleURL string) (*Signer, error) {
	if len(secret) < 16 {
		return nil, errors.New("outcomelink: secret must be at least 16 bytes")
	}
	u, err := url.Parse(consoleURL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, errors.New("outcomelink: the console URL must be an http(s) URL")
	}
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("leadsieve/outcome/v1/mac"))
	return &Signer{key: m.Sum(nil), base: strings.TrimRight(consoleURL, "/")}, nil
}

// Token returns the token of lead id issued at issued.
func (s *Signer) Token(id string, issued time.Time) (string, error) {
	if id == "" || len(id) > maxLead {
		return "", errors.New("outcomelink: lead id must be 1-64 bytes")
	}
	b := make([]byte, 0, headLen+len(id)+macLen)
	b = append(b, version)
	b = binary.BigEndian.AppendUint64(b, uint64(issued.Unix()))
	b = append(b, id...)
	b = append(b, s.mac(b)...)
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// URL returns the link for lead id issued at issued.
func (s *Signer) URL(id string, issued time.Time) (string, error) {
	t, err := s.Token(id, issued)
	if err != nil {
		return "", err
	}
	return s.base + "/outcome/" + t, nil
}

func (s *Signer) mac(b []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write(b)
	return m.Sum(nil)[:macLen]
}

// Verify checks token's signature (in constant time) and age at now, and
// returns the lead id it names.
func (s *Signer) Verify(token string, now time.Time) (string, error) {
	if len(token) > maxToken {
		return "", ErrInvalid
	}
	b, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(b) < headLen+1+macLen || b[0] != version {
		return "", ErrInvalid
	}
	body, sum := b[:len(b)-macLen], b[len(b)-macLen:]
	if !hmac.Equal(sum, s.mac(body)) {
		return "", ErrInvalid
	}
	issued := time.Unix(int64(binary.BigEndian.Uint64(body[1:headLen])), 0)
	if now.Before(issued.Add(-time.Hour)) || now.After(issued.Add(Lifetime)) {
		return "", ErrInvalid
	}
	return string(body[headLen:]), nil
}

// Package unsubscribe lets every person who gets marketing email stop it:
// it issues and verifies the signed, URL-safe tokens in each email's links
// and List-Unsubscribe headers, and serves the endpoint those links reach.
//
// # Token format (v1)
//
// A token is the unpadded base64url encoding of
//
//	0x01 | issued (8 bytes, big-endian Unix seconds) | email hash (12 bytes) |
//	lead ID (1..128 bytes) | MAC (16 bytes)
//
// where the email hash is HMAC-SHA256(kEmail, lower-cased trimmed address)
// truncated to 96 bits and the MAC is HMAC-SHA256(kMAC, everything before
// it) truncated to 128 bits. kEmail and kMAC are derived from the secret
// with HMAC-SHA256 and distinct labels, so the two uses never share a key.
//
// For privacy the address itself is not in the token (URLs end up in proxy
// and analytics logs); the token identifies the lead by ID and binds the
// address by a keyed hash. An unsubscribe handler either loads the lead by
// ID and checks the stored address with [Signer.Matches], or keys its
// suppression list by [Signer.EmailHash] so no lookup is needed at all.
// Tokens do not expire: RFC 8058 one-click links must keep working.
package unsubscribe

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Sentinel errors returned by Verify and NewSigner.
var (
	ErrShortSecret = errors.New("unsub: secret must be at least 16 bytes")
	ErrMalformed   = errors.New("unsub: malformed token")
	ErrVersion     = errors.New("unsub: unsupported token version")
	ErrSignature   = errors.New("unsub: invalid token signature")
	ErrLeadID      = errors.New("unsub: lead ID must be 1-128 bytes")
)

const (
	version   = 1
	hashLen   = 12
	macLen    = 16
	maxLeadID = 128
	headerLen = 1 + 8 + hashLen
	minLen    = headerLen + 1 + macLen
	// MaxTokenLen is the longest encoded token Verify accepts.
	MaxTokenLen = (headerLen + maxLeadID + macLen + 2) / 3 * 4
)

// Claims are the verified contents of a token.
type Claims struct {
	// LeadID identifies the lead the email was sent to.
	LeadID string
	// EmailHash is the keyed hash of the address (unpadded base64url), as
	// returned by Signer.EmailHash.
	EmailHash string
	// Issued is when the token was made, to the second.
	Issued time.Time
}

// Signer makes and checks tokens with one secret. It is safe for concurrent
// use.
type Signer struct {
	macKey   []byte
	emailKey []byte
}

// NewSigner derives the token keys from secret, which must be at least 16
// bytes of random data (32 recommended).
func NewSigner(secret []byte) (*Signer, error) {
	if len(secret) < 16 {
		return nil, ErrShortSecret
	}
	return &Signer{
		macKey:   derive(secret, "leadsieve/unsub/v1/mac"),
		emailKey: derive(secret, "leadsieve/unsub/v1/email"),
	}, nil
}

func derive(secret []byte, label string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(label))
	return m.Sum(nil)
}

// EmailHash returns the keyed hash that tokens carry for an address, as
// unpadded base64url. Addresses are compared case-insensitively.
func (s *Signer) EmailHash(email string) string {
	return base64.RawURLEncoding.EncodeToString(s.emailHash(email))
}

func (s *Signer) emailHash(email string) []byte {
	m := hmac.New(sha256.New, s.emailKey)
	m.Write([]byte(strings.ToLower(strings.TrimSpace(email))))
	return m.Sum(nil)[:hashLen]
}

// Token returns the URL-safe token for an address and lead. It panics only
// if leadID is empty or longer than 128 bytes, which is a programming error;
// use TokenErr to get an error instead.
func (s *Signer) Token(email, leadID string, issued time.Time) string {
	t, err := s.TokenErr(email, leadID, issued)
	if err != nil {
		panic(err)
	}
	return t
}

// TokenErr is Token returning ErrLeadID instead of panicking.
func (s *Signer) TokenErr(email, leadID string, issued time.Time) (string, error) {
	if leadID == "" || len(leadID) > maxLeadID {
		return "", ErrLeadID
	}
	b := make([]byte, 0, headerLen+len(leadID)+macLen)
	b = append(b, version)
	b = binary.BigEndian.AppendUint64(b, uint64(issued.Unix()))
	b = append(b, s.emailHash(email)...)
	b = append(b, leadID...)
	b = append(b, s.mac(b)...)
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func (s *Signer) mac(b []byte) []byte {
	m := hmac.New(sha256.New, s.macKey)
	m.Write(b)
	return m.Sum(nil)[:macLen]
}

// Verify checks a token's signature in constant time and returns its
// claims. Errors are ErrMalformed, ErrVersion or ErrSignature (wrapped).
func (s *Signer) Verify(token string) (Claims, error) {
	if len(token) > MaxTokenLen {
		return Claims{}, fmt.Errorf("%w: too long", ErrMalformed)
	}
	b, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		return Claims{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if len(b) < minLen {
		return Claims{}, fmt.Errorf("%w: too short", ErrMalformed)
	}
	if b[0] != version {
		return Claims{}, fmt.Errorf("%w: %d", ErrVersion, b[0])
	}
	body, sig := b[:len(b)-macLen], b[len(b)-macLen:]
	if !hmac.Equal(s.mac(body), sig) {
		return Claims{}, ErrSignature
	}
	return Claims{
		LeadID:    string(body[headerLen:]),
		EmailHash: base64.RawURLEncoding.EncodeToString(body[9:headerLen]),
		Issued:    time.Unix(int64(binary.BigEndian.Uint64(body[1:9])), 0).UTC(),
	}, nil
}

// Matches reports, in constant time, whether the verified claims were
// issued for email.
func (s *Signer) Matches(c Claims, email string) bool {
	want, err := base64.RawURLEncoding.DecodeString(c.EmailHash)
	if err != nil {
		return false
	}
	return hmac.Equal(want, s.emailHash(email))
}

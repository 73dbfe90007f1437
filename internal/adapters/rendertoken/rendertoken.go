// Package rendertoken issues and verifies signed form render tokens.
//
// A render token is embedded in a form when the page is rendered and posted
// back with the submission. It proves that the submitter fetched the form
// from us, binds the post to one form, and records when the form was
// rendered, so screening can reject posts that are too fast to be human,
// stale, forged or replayed.
//
// Layout (before base64url encoding, no padding):
//
//	version(1) | issuedAt unix seconds (8, big endian) | nonce(12) |
//	len(formID)(1) | formID | HMAC-SHA256(secret, all previous bytes)[:16]
//
// The MAC is truncated to 128 bits and compared in constant time.
package rendertoken

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"sync"
	"time"
)

// Version is the token layout version written by Issue.
const Version byte = 1

const (
	nonceLen  = 12
	macLen    = 16
	headerLen = 1 + 8 + nonceLen + 1
	// MaxFormIDLen is the longest form id a token can bind.
	MaxFormIDLen = 255
	// MinSecretLen is the shortest accepted signing secret, in bytes.
	MinSecretLen = 16
	// MaxClockSkew is how far in the future a token's issue time may lie
	// before Verify rejects it with ErrNotYetValid.
	MaxClockSkew = 2 * time.Minute
)

// Sentinel errors returned (wrapped) by Verify; test them with errors.Is.
var (
	// ErrMalformed reports a token that cannot be decoded: garbage,
	// truncated, or of an unknown version.
	ErrMalformed = errors.New("rendertoken: malformed token")
	// ErrForged reports a well-formed token whose signature does not match:
	// tampered with or signed with another secret.
	ErrForged = errors.New("rendertoken: bad signature")
	// ErrWrongForm reports a genuine token issued for another form.
	ErrWrongForm = errors.New("rendertoken: token issued for another form")
	// ErrNotYetValid reports a genuine token whose issue time lies further
	// in the future than MaxClockSkew.
	ErrNotYetValid = errors.New("rendertoken: token issued in the future")
)

// Claims are the verified contents of a token.
type Claims struct {
	// FormID is the form the token was issued for.
	FormID string
	// IssuedAt is the render time, to the second.
	IssuedAt time.Time
	// Nonce is the token's random nonce, hex encoded: a stable key for
	// replay detection.
	Nonce string
}

// Age returns how long before now the token was issued.
func (c Claims) Age(now time.Time) time.Duration { return now.Sub(c.IssuedAt) }

// Signer issues and verifies render tokens with one HMAC secret. It is safe
// for concurrent use.
type Signer struct {
	pool sync.Pool // of hash.Hash (HMAC-SHA256 keyed with the secret)
}

// NewSigner returns a Signer for secret, which must be at least
// MinSecretLen bytes of high-entropy data. The secret is copied.
func NewSigner(secret []byte) (*Signer, error) {
	if len(secret) < MinSecretLen {
		return nil, fmt.Errorf("rendertoken: secret is %d bytes, need at least %d", len(secret), MinSecretLen)
	}
	key := append([]byte(nil), secret...)
	s := &Signer{}
	s.pool.New = func() any { return hmac.New(sha256.New, key) }
	return s, nil
}

func (s *Signer) mac(dst, msg []byte) []byte {
	h := s.pool.Get().(hash.Hash)
	h.Reset()
	h.Write(msg)
	dst = h.Sum(dst)
	s.pool.Put(h)
	return dst
}

// Issue returns a new URL-safe token binding formID and the issue time now.
// Form ids longer than MaxFormIDLen bytes are bound by their first
// MaxFormIDLen bytes. Issue panics only if the system random source fails.
func (s *Signer) Issue(formID string, now time.Time) string {
	if len(formID) > MaxFormIDLen {
		formID = formID[:MaxFormIDLen]
	}
	buf := make([]byte, headerLen+len(formID), headerLen+len(formID)+sha256.Size)
	buf[0] = Version
	binary.BigEndian.PutUint64(buf[1:9], uint64(now.Unix()))
	if _, err := rand.Read(buf[9 : 9+nonceLen]); err != nil {
		panic(fmt.Sprintf("rendertoken: random source failed: %v", err))
	}
	buf[headerLen-1] = byte(len(formID))
	copy(buf[headerLen:], formID)
	buf = s.mac(buf, buf)[:headerLen+len(formID)+macLen]
	return base64.RawURLEncoding.EncodeToString(buf)
}

// Verify checks token for formID at time now and returns its claims. Age
// limits are the caller's policy: Verify only rejects tokens from further in
// the future than MaxClockSkew. Errors wrap ErrMalformed, ErrForged,
// ErrWrongForm or ErrNotYetValid.
func (s *Signer) Verify(formID, token string, now time.Time) (Claims, error) {
	maxEnc := base64.RawURLEncoding.EncodedLen(headerLen + MaxFormIDLen + macLen)
	if len(token) == 0 || len(token) > maxEnc {
		return Claims{}, fmt.Errorf("%w: length %d", ErrMalformed, len(token))
	}
	var stack [headerLen + MaxFormIDLen + macLen]byte
	n, err := base64.RawURLEncoding.Decode(stack[:], []byte(token))
	if err != nil {
		return Claims{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	raw := stack[:n]
	if n < headerLen+macLen {
		return Claims{}, fmt.Errorf("%w: truncated", ErrMalformed)
	}
	if raw[0] != Version {
		return Claims{}, fmt.Errorf("%w: unknown version %d", ErrMalformed, raw[0])
	}
	idLen := int(raw[headerLen-1])
	if n != headerLen+idLen+macLen {
		return Claims{}, fmt.Errorf("%w: bad length", ErrMalformed)
	}
	body, sig := raw[:headerLen+idLen], raw[headerLen+idLen:]
	var sum [sha256.Size]byte
	want := s.mac(sum[:0], body)[:macLen]
	if !hmac.Equal(want, sig) {
		return Claims{}, ErrForged
	}
	boundID := string(body[headerLen:])
	check := formID
	if len(check) > MaxFormIDLen {
		check = check[:MaxFormIDLen]
	}
	if boundID != check {
		return Claims{}, fmt.Errorf("%w: %q", ErrWrongForm, boundID)
	}
	c := Claims{
		FormID:   boundID,
		IssuedAt: time.Unix(int64(binary.BigEndian.Uint64(raw[1:9])), 0).UTC(),
		Nonce:    hex.EncodeToString(raw[9 : 9+nonceLen]),
	}
	if c.IssuedAt.Sub(now) > MaxClockSkew {
		return c, fmt.Errorf("%w: issued %s ahead", ErrNotYetValid, c.IssuedAt.Sub(now).Round(time.Second))
	}
	return c, nil
}

package intake

import (
	"errors"
	"fmt"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Error is intake's client error: the domain's one error type, with a kind
// that httpapi maps to an HTTP status, a stable public code (below), and for
// validation failures the offending fields.
type Error = lead.Error

// Public error codes, matched on by clients; each goes with one kind.
const (
	CodeInvalidBody      = "invalid_body"            // EINVALID
	CodeValidation       = "validation_failed"       // EINVALID
	CodeFileNotAllowed   = "file_upload_not_allowed" // EINVALID
	CodeTooLarge         = "payload_too_large"       // ETOOLARGE
	CodeUnsupportedType  = "unsupported_media_type"  // EUNSUPPORTED
	CodeUnsupportedChars = "unsupported_charset"     // EUNSUPPORTED
	CodeUnknownForm      = "unknown_form"            // ENOTFOUND
	CodeMethod           = "method_not_allowed"      // ENOTALLOWED
	CodeNotFound         = "not_found"               // ENOTFOUND
	CodeUnavailable      = "storage_unavailable"     // EUNAVAILABLE
	CodeInternal         = "internal_error"          // EINTERNAL
)

// unavailableErr is a storage failure as the error to answer with: the
// submission was not stored and may be sent again. Intake's own errors pass
// through.
func unavailableErr(err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Kind: lead.EUNAVAILABLE, Code: CodeUnavailable, Message: unavailableMessage, Err: err}
}

const unavailableMessage = "we could not store your submission right now; nothing was saved, please try again shortly"

// AsError converts any Submit error to the *Error to answer with: intake's
// errors as they are, anything else as storage_unavailable.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Kind: lead.EUNAVAILABLE, Code: CodeUnavailable, Message: unavailableMessage, Err: err}
}

// maxEcho bounds how much of a caller's input an error message repeats: enough
// to recognise the mistake, never a megabyte sent back (or logged) verbatim.
const maxEcho = 100

// echo quotes a piece of the caller's input for an error message, cut to
// maxEcho characters.
func echo(s string) string {
	if r := []rune(s); len(r) > maxEcho {
		return fmt.Sprintf("%q…", string(r[:maxEcho]))
	}
	return fmt.Sprintf("%q", s)
}

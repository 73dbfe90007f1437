package lead

import (
	"errors"
	"fmt"
)

// ErrorKind classifies an error by what the caller can do about it. The
// transports map kinds to their own codes in one place each (HTTP statuses
// in httpapi); the domain never names a status.
type ErrorKind string

// Error kinds.
const (
	EINVALID     ErrorKind = "invalid"     // the input breaks a rule; fix it and send again
	ENOTFOUND    ErrorKind = "not_found"   // no such thing (form, route, lead)
	ECONFLICT    ErrorKind = "conflict"    // someone else changed or holds it
	ENOTALLOWED  ErrorKind = "not_allowed" // this operation is not offered here
	ETOOLARGE    ErrorKind = "too_large"   // the input is over a size limit
	EUNSUPPORTED ErrorKind = "unsupported" // a format or encoding we do not read
	EUNAVAILABLE ErrorKind = "unavailable" // a dependency is down; try again later
	EINTERNAL    ErrorKind = "internal"    // a bug on our side

	EUNAUTHENTICATED ErrorKind = "unauthenticated" // nobody is signed in
	EFORBIDDEN       ErrorKind = "forbidden"       // signed in, but not allowed to do this
)

// Error is leadsieve's one error type: a kind for the transport to map, the
// stable public code clients match on (e.g. "validation_failed"), a
// message a person can read, the offending fields of a validation failure,
// and the cause for logs (never shown to clients).
type Error struct {
	Kind    ErrorKind
	Code    string
	Message string
	Fields  map[string]string
	Err     error
}

func (e *Error) Error() string {
	s := fmt.Sprintf("%s: %s", e.Code, e.Message)
	if len(e.Fields) > 0 {
		s += fmt.Sprintf(" %v", e.Fields)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the first *Error in err's chain, EINTERNAL for
// any other non-nil error and "" for nil.
func KindOf(err error) ErrorKind {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return EINTERNAL
}

// ErrIllegalTransition is wrapped by every refused state change of a
// hand-off or an enrollment.
var ErrIllegalTransition = errors.New("illegal transition")

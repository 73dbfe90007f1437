// Package storeerr holds the errors of the leads store (package store),
// apart from the store itself so that a package which only tells them
// apart can be linked into a function that builds no DynamoDB client: the
// client's packages cost every cold start of a function that links them.
// Package unsubscribe is one: its recorder retries while storage is down,
// and its endpoint runs in a function that stores nothing.
package storeerr

import "errors"

// Errors. Anything else from DynamoDB is wrapped in ErrUnavailable.
var (
	ErrNotFound    = errors.New("not found")
	ErrUnavailable = errors.New("storage unavailable")
	// ErrConflict means a conditional write lost to a concurrent one.
	ErrConflict = errors.New("conditional write conflict")
)

// Package httpstatus maps the domain's error kinds to HTTP statuses: the
// one place where they meet, shared by every function that answers HTTP
// (intake's API, the console) without linking any of them.
package httpstatus

import (
	"net/http"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Of is the HTTP status of an error kind; an unknown kind is a 500.
func Of(k lead.ErrorKind) int {
	switch k {
	case lead.EINVALID:
		return http.StatusBadRequest
	case lead.ENOTFOUND:
		return http.StatusNotFound
	case lead.ECONFLICT:
		return http.StatusConflict
	case lead.ENOTALLOWED:
		return http.StatusMethodNotAllowed
	case lead.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case lead.EUNSUPPORTED:
		return http.StatusUnsupportedMediaType
	case lead.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	case lead.EUNAUTHENTICATED:
		return http.StatusUnauthorized
	case lead.EFORBIDDEN:
		return http.StatusForbidden
	}
	return http.StatusInternalServerError
}

package lead

import (
	"net/url"
	"strings"
)

// SourceDirect is the source of a lead that names none.
const SourceDirect = "direct"

// Source is where the lead came from, as marketing groups leads: its
// utm_source when the form carried one, else the host of the page that
// sent the visitor (the referrer, without "www."), else SourceDirect.
// Lower-cased, so that "Google" and "google" are one source.
func (l *Lead) Source() string {
	if s := strings.ToLower(strings.TrimSpace(l.Fields.UTMSource)); s != "" {
		return s
	}
	if u, err := url.Parse(strings.TrimSpace(l.Fields.Referrer)); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return SourceDirect
}

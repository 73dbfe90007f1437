package domains

// DisposableMX returns the first of a domain's mail exchangers (the hosts
// of its MX records, as net.LookupMX gives them) that belongs to a
// disposable mail service: a host at or under a domain of the disposable
// list ("mail.mailinator.com."). A domain on no list whose mail is handled
// by such a service is as disposable as the service's own domains; asking
// about its MX hosts catches the fresh domains the lists have not met yet.
// The hosts of the big mail providers (google.com, outlook.com, ...) are on
// the protected lists and never match.
func DisposableMX(hosts []string) (host string, ok bool) {
	for _, h := range hosts {
		if IsDisposable(h) {
			return h, true
		}
	}
	return "", false
}

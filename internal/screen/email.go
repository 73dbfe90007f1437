package screen

import (
	"context"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Email is a parsed email address.
type Email struct {
	// Present reports a non-blank address.
	Present bool
	// Valid reports that the address passed the syntax checks.
	Valid bool
	// Address is the trimmed address as given.
	Address string
	// Local is the lower-cased local part; Domain the lower-cased domain.
	// Both are set only when Valid.
	Local, Domain string
	// Problem says why an address is invalid.
	Problem string
}

// ParseEmail checks an address against a practical subset of RFC 5321/5322:
// one @, a dot-atom local part of at most 64 bytes (internationalized
// letters allowed, no quoted strings or comments), a domain of at most 253
// bytes with at least two labels of letters, digits and inner hyphens, no IP
// literals, a non-numeric TLD; and net/mail must parse it back to the same
// address.
func ParseEmail(s string) Email {
	s = strings.TrimSpace(s)
	e := Email{Address: s, Present: s != ""}
	if !e.Present {
		return e
	}
	bad := func(why string) Email { e.Problem = why; return e }
	if len(s) > 254 {
		return bad("address longer than 254 bytes")
	}
	at := strings.IndexByte(s, '@')
	if at < 0 {
		return bad("no @")
	}
	if strings.Contains(s[at+1:], "@") {
		return bad("more than one @")
	}
	local, domain := s[:at], s[at+1:]
	switch {
	case local == "":
		return bad("empty local part")
	case len(local) > 64:
		return bad("local part longer than 64 bytes")
	case local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, ".."):
		return bad("misplaced dot in local part")
	}
	if strings.HasPrefix(local, "=?") && strings.HasSuffix(local, "?=") {
		// An RFC 2047 encoded word belongs in a header's display name,
		// never in an address: a bot or a broken mail merge.
		return bad("encoded-word local part")
	}
	for _, r := range local {
		if r == utf8.RuneError || !localRune(r) {
			return bad("character " + quote(string(r), 4) + " not allowed in local part")
		}
	}
	if domain == "" {
		return bad("empty domain")
	}
	if strings.HasSuffix(domain, ".") {
		// Legal in DNS, but not in an address (RFC 5321 Domain): a dot
		// after the TLD is a typo or a bot probing the parser.
		return bad("domain ends with a dot")
	}
	if domain[0] == '[' {
		return bad("IP literal domain")
	}
	if len(domain) > 253 {
		return bad("domain longer than 253 bytes")
	}
	if !strings.Contains(domain, ".") {
		return bad("domain has no dot")
	}
	if why := checkDomain(domain); why != "" {
		return bad(why)
	}
	if !roundTrips(local + "@" + domain) {
		return bad("not a plain RFC 5322 address")
	}
	e.Valid = true
	e.Local = strings.ToLower(local)
	e.Domain = strings.ToLower(domain)
	return e
}

// roundTrips reports whether net/mail parses addr as exactly addr.
func roundTrips(addr string) bool {
	a, err := mail.ParseAddress(addr)
	return err == nil && a.Address == addr && a.Name == ""
}

// localRune reports the characters allowed in a dot-atom local part: RFC
// 5322 atext plus dots, and non-ASCII letters and digits (RFC 6531).
func localRune(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			return true
		}
		return strings.ContainsRune(".!#$%&'*+/=?^_`{|}~-", r)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// checkDomain validates the labels of a dotted domain; "" when fine.
func checkDomain(domain string) string {
	var last string
	for label := range strings.SplitSeq(domain, ".") {
		if label == "" {
			return "empty domain label"
		}
		if len(label) > 63 {
			return "domain label longer than 63 bytes"
		}
		if label[0] == '-' || label[len(label)-1] == '-' {
			return "domain label starts or ends with a hyphen"
		}
		for _, r := range label {
			if r < utf8.RuneSelf {
				if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-') {
					return "character " + quote(string(r), 4) + " not allowed in domain"
				}
			} else if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
				return "character " + quote(string(r), 4) + " not allowed in domain"
			}
		}
		last = label
	}
	if utf8.RuneCountInString(last) < 2 {
		return "top-level domain too short"
	}
	allDigits := true
	for _, r := range last {
		if r < '0' || r > '9' {
			allDigits = false
			break
		}
	}
	if allDigits {
		return "numeric top-level domain"
	}
	return ""
}

// looksLikeDomain reports whether d (already normalized) is a plausible
// dotted domain name, for list validation.
func looksLikeDomain(d string) bool {
	return d != "" && len(d) <= 253 && strings.Contains(d, ".") && checkDomain(d) == ""
}

// normDomain lower-cases and trims a configured domain.
func normDomain(d string) string {
	d = strings.ToLower(strings.TrimSpace(d))
	d = strings.TrimPrefix(d, "@")
	return strings.TrimSuffix(d, ".")
}

// domainSet matches a domain or any of its parent domains.
type domainSet map[string]struct{}

func newDomainSet(list []string) domainSet {
	s := make(domainSet, len(list))
	for _, d := range list {
		if d = normDomain(d); d != "" {
			s[d] = struct{}{}
		}
	}
	return s
}

// match reports whether domain or one of its parents is in the set.
func (s domainSet) match(domain string) bool {
	for d := domain; d != ""; {
		if _, ok := s[d]; ok {
			return true
		}
		i := strings.IndexByte(d, '.')
		if i < 0 {
			break
		}
		d = d[i+1:]
	}
	return false
}

// builtinReserved reports the RFC 2606 / RFC 6761 names: the example
// second-level domains and the test, example, invalid and localhost TLDs.
func builtinReserved(domain string) bool {
	tld := domain[strings.LastIndexByte(domain, '.')+1:]
	switch tld {
	case "test", "example", "invalid", "localhost":
		return true
	}
	for _, d := range []string{"example.com", "example.net", "example.org"} {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return true
		}
	}
	return false
}

// emailDetector checks the address itself (offline), from the facts
// Engine.classify gathered.
type emailDetector struct{ e *Engine }

func (emailDetector) Name() string { return DetEmail }

// isFreeMail asks the injected lists whether domain is a free-mail
// provider; false without lists.
func (d emailDetector) isFreeMail(domain string) bool {
	return d.e.deps.Domains != nil && d.e.deps.Domains.IsFreeMail(domain)
}

func (d emailDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	em := in.Email
	if !em.Present {
		return nil
	}
	if !em.Valid {
		return []lead.Reason{in.reason(CodeEmailInvalid, "invalid email address: "+em.Problem)}
	}
	var rs []lead.Reason
	dom, f := em.Domain, &in.dom
	switch {
	case f.blocked:
		rs = append(rs, in.reason(CodeEmailBlockedDomain, "email domain "+quote(dom, 60)+" is blocked"))
	case f.reserved:
		rs = append(rs, in.reason(CodeEmailReservedDomain, "email domain "+quote(dom, 60)+" is reserved for examples and tests"))
	case f.disposable:
		rs = append(rs, in.reason(CodeDisposableEmail, "email domain "+quote(dom, 60)+" is a disposable mail service"))
	case !f.allowed && !f.free:
		if name := throwawayName(dom); name != "" {
			rs = append(rs, in.reason(CodeDisposableEmail, "email domain "+quote(dom, 60)+" is named as a throwaway mailbox ("+quote(name, 20)+")"))
		} else if name := taggedMailService(dom); name != "" {
			rs = append(rs, in.reason(CodeDisposableEmail, "email domain "+quote(dom, 60)+" is named for mail and a tag that means nothing ("+quote(name, 20)+"), as throwaway services are"))
		} else if name := generatedService(em.Local, dom); name != "" {
			rs = append(rs, in.reason(CodeDisposableEmail, "neither "+quote(em.Local, 30)+" nor "+quote(name, 30)+" can be said aloud: a generator's address and domain"))
		} else if name := mailWordService(dom, in.names.first, in.names.last, in.names.company); name != "" {
			rs = append(rs, in.reason(CodeDisposableEmail, "email domain "+quote(dom, 60)+" is named for mail and a word that is none of the sender's names or firm ("+quote(name, 30)+"), as throwaway services are"))
		} else if shape := generatedAddress(em.Local, dom, &in.Sub.Fields); shape != "" {
			rs = append(rs, in.reason(CodeGeneratedAddress, "address "+quote(em.Local, 30)+" at "+quote(dom, 40)+" is "+shape+", as throwaway services hand out, and shares nothing with the sender's name or company"))
		}
	}
	if !f.allowed && !f.reserved {
		if why := confusableDomain(dom, d.isFreeMail); why != "" {
			rs = append(rs, in.reason(CodeEmailConfusableDomain, "email domain "+quote(dom, 60)+" "+why))
		} else if !tldExists(dom) {
			rs = append(rs, in.reason(CodeEmailInvalidTLD, "email domain "+quote(dom, 60)+" ends in "+quote(dom[strings.LastIndexByte(dom, '.')+1:], 20)+", which is not a top-level domain"))
		} else if !f.disposable {
			if why := mailShapeProblem(dom, d.isFreeMail); why != "" {
				rs = append(rs, in.reason(CodeEmailInvalid, "email domain "+quote(dom, 60)+" "+why+": no mail reaches it"))
			}
		}
	}
	if f.free {
		rs = append(rs, in.reason(CodeFreeMail, "free-mail address at "+quote(dom, 60)))
	}
	if f.role {
		rs = append(rs, in.reason(CodeRoleAccount, "role account "+quote(em.Local, 30)+"@"))
	}
	if f.suggestion != "" {
		rs = append(rs, in.reason(CodeEmailDomainTypo, "email domain "+quote(dom, 60)+" looks like a typo of "+quote(f.suggestion, 60)))
	}
	return rs
}

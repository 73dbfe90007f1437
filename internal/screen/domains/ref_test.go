package domains

import "strings"

// Reference versions of the functions tuned for speed, as they were
// first written; TestRoleAndReservedMatchReference holds the fast ones to
// them.

func refSquash(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexByte(s, '+'); i >= 0 {
		s = s[:i]
	}
	var b strings.Builder
	for _, r := range s {
		if r == '.' || r == '_' || r == '-' {
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), "0123456789")
}

func refIsRoleAccount(local string) bool {
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	l := get()
	if sq := refSquash(local); sq == "" {
		return false
	} else if _, ok := l.role[sq]; ok {
		return true
	}
	// Every separated part is a role word: "info.sales", "support-team".
	if i := strings.IndexByte(local, '+'); i >= 0 {
		local = local[:i]
	}
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, ok := l.role[refSquash(p)]; !ok {
			return false
		}
	}
	return true
}

func refIsReserved(domain string) bool {
	d := Normalize(domain)
	if d == "" || !strings.Contains(d, ".") {
		return true
	}
	if strings.HasPrefix(d, "[") || refIsIPv4(d) {
		return true
	}
	tld := d[strings.LastIndexByte(d, '.')+1:]
	if reservedTLDs[tld] {
		return true
	}
	for _, r := range reservedDomains {
		if d == r || strings.HasSuffix(d, "."+r) {
			return true
		}
	}
	return false
}

func refIsIPv4(d string) bool {
	parts := strings.Split(d, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

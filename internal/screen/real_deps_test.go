package screen

import (
	"context"
	"reflect"
	"testing"

	"github.com/leadsieve/leadsieve/internal/screen/domains"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

// realDomains wires the domains package the way the application does.
var realDomains = DomainFuncs{
	Disposable: domains.IsDisposable,
	FreeMail:   domains.IsFreeMail,
	Role:       domains.IsRoleAccount,
	Suggestion: domains.Suggest,
	Reserved:   domains.IsReserved,
	Classify:   classifyReal,
}

// realDomainsSeparate asks the questions one at a time, as screening does
// for DomainLists without Classify.
var realDomainsSeparate = DomainFuncs{
	Disposable: domains.IsDisposable,
	FreeMail:   domains.IsFreeMail,
	Role:       domains.IsRoleAccount,
	Suggestion: domains.Suggest,
	Reserved:   domains.IsReserved,
}

func classifyReal(d string) DomainInfo {
	i := domains.Classify(d)
	return DomainInfo{Disposable: i.Disposable, FreeMail: i.FreeMail, Reserved: i.Reserved, Suggestion: i.Suggestion}
}

func realEngine(t testing.TB) *Engine {
	return testEngine(t, nil, func(d *Deps) {
		d.Names = gibberish.Default()
		d.Domains = realDomains
		d.Counter = nil
	})
}

func TestWithRealDomainLists(t *testing.T) {
	e := realEngine(t)
	cases := []struct {
		email, want string
		freeMail    bool
		suggestion  string
	}{
		{email: "maria.garcia@northwind-logistics.com"},
		{email: "maria@gmail.com", want: CodeFreeMail, freeMail: true},
		{email: "maria@gmial.com", want: CodeEmailDomainTypo, suggestion: "maria@gmail.com"},
		{email: "maria@mailinator.com", want: CodeDisposableEmail},
		{email: "sales@northwind-logistics.com", want: CodeRoleAccount},
		{email: "maria@example.com", want: CodeEmailReservedDomain},
	}
	for _, c := range cases {
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.Email = c.email
		s := e.Screen(context.Background(), testForm(), sub)
		if c.want == "" && len(s.Reasons) != 0 {
			t.Errorf("%s: %v", c.email, s.Reasons)
		}
		if c.want != "" && !hasCode(s, c.want) {
			t.Errorf("%s: want %s, got %v", c.email, c.want, s.Reasons)
		}
		if s.FreeMail != c.freeMail || s.EmailSuggestion != c.suggestion {
			t.Errorf("%s: free=%v suggestion=%q", c.email, s.FreeMail, s.EmailSuggestion)
		}
	}
}

// TestClassifyMatchesSeparateQuestions screens the same submissions with
// the one-pass domain classification and with the questions asked one at a
// time: the screenings must be identical, allowed and blocked lists
// included.
func TestClassifyMatchesSeparateQuestions(t *testing.T) {
	doms := []string{
		"northwind-logistics.com", "gmail.com", "GMail.com", "gmial.com", "gmail.con", "hotmial.com", "yahoo.co.uk",
		"yahoo.acme.com", "mailinator.com", "x.mailinator.com", "guerrillamail.com", "example.com", "mail.example.org",
		"acme.test", "acme.local", "localhost", "acme.con", "acme.cmo", "outlok.com", "web.de", "proton.me", "qq.com",
		"allowed-corp.com", "sub.allowed-corp.com", "blocked-corp.com", "gmail.com.", "[192.0.2.1]", "192.0.2.1",
		"co.uk", "brandt-maschinenbau.de", "xn--bcher-kva.de", "yahooo.com", "outlook.co", "icloud.con",
	}
	locals := []string{"maria.garcia", "info", "sales+web", "no_reply", "Maria"}
	cfgs := map[string]func(*Config){
		"plain": nil,
		"lists": func(c *Config) {
			c.Lists.AllowedDomains = []string{"allowed-corp.com", "mailinator.com", "gmial.com"}
			c.Lists.BlockedDomains = []string{"blocked-corp.com", "gmail.com"}
		},
	}
	for name, cfgFn := range cfgs {
		one := testEngine(t, cfgFn, func(d *Deps) { d.Domains = realDomains; d.Counter = nil })
		sep := testEngine(t, cfgFn, func(d *Deps) { d.Domains = realDomainsSeparate; d.Counter = nil })
		codes := map[string]bool{}
		for _, dom := range doms {
			for _, local := range locals {
				sub := genuine(t, one.deps.Tokens)
				sub.Fields.Email = local + "@" + dom
				got := one.Screen(context.Background(), testForm(), sub)
				want := sep.Screen(context.Background(), testForm(), sub)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: %s: Classify gives %+v, separate questions %+v", name, sub.Fields.Email, got, want)
				}
				for _, r := range got.Reasons {
					codes[r.Code] = true
				}
			}
		}
		for _, c := range []string{CodeDisposableEmail, CodeFreeMail, CodeEmailDomainTypo, CodeEmailReservedDomain, CodeRoleAccount} {
			if !codes[c] {
				t.Errorf("%s: no input produced %s; the comparison misses a branch", name, c)
			}
		}
	}
}

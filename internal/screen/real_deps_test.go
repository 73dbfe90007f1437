package screen

import (
	"context"
	"testing"

	"github.com/leadsieve/leadsieve/internal/domains"
	"github.com/leadsieve/leadsieve/internal/gibberish"
)

// realDomains wires the domains package the way the application does.
var realDomains = DomainFuncs{
	Disposable: domains.IsDisposable,
	FreeMail:   domains.IsFreeMail,
	Role:       domains.IsRoleAccount,
	Suggestion: domains.Suggest,
	Reserved:   domains.IsReserved,
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

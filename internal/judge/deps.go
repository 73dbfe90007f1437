package judge

import (
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/screen"
	"github.com/leadsieve/leadsieve/internal/screen/domains"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
	"github.com/leadsieve/leadsieve/internal/screen/spamtext"
)

// DepsOptions select the screening collaborators.
type DepsOptions struct {
	Now     func() time.Time
	Tokens  *rendertoken.Signer // nil: render tokens are not checked
	Counter screen.Counter      // nil: velocity and replay checks are off
	// CounterKey keys the hashes of IPs and emails in counter keys.
	CounterKey []byte
	Logger     *slog.Logger
	// Network turns on the checks that leave the process: CAPTCHA
	// verification and MX lookups (when the rules enable them).
	Network    bool
	HTTPClient *http.Client
}

// Deps returns the screening collaborators: the embedded name and
// spam-text models and domain lists always, network checks only when asked for.
func Deps(o DepsOptions) screen.Deps {
	d := screen.Deps{
		Now: o.Now, Tokens: o.Tokens, Counter: o.Counter, CounterKey: o.CounterKey, Logger: o.Logger,
		Names:     gibberish.Default(),
		SpamModel: spamtext.Default(),
		Domains: screen.DomainFuncs{
			Disposable: domains.IsDisposable,
			FreeMail:   domains.IsFreeMail,
			Role:       domains.IsRoleAccount,
			Suggestion: domains.Suggest,
			Reserved:   domains.IsReserved,
			Classify:   ClassifyDomain,
		},
	}
	if o.Network {
		d.Captcha = captcha.NewHTTPVerifier(o.HTTPClient)
		d.Resolver = net.DefaultResolver
	}
	return d
}

// ClassifyDomain answers screening's domain questions in one pass with
// domains.Classify.
func ClassifyDomain(domain string) screen.DomainInfo {
	i := domains.Classify(domain)
	return screen.DomainInfo{Disposable: i.Disposable, FreeMail: i.FreeMail, Reserved: i.Reserved, Suggestion: i.Suggestion}
}

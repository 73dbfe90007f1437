package screen

import (
	"context"
	"errors"
	"math"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// captchaDetector verifies the CAPTCHA response with its provider.
type captchaDetector struct{ e *Engine }

func (captchaDetector) Name() string { return DetCaptcha }

func (captchaDetector) applies(in *Input) bool { return in.Form.Captcha != nil }

func (d captchaDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	s := *in.Form.Captcha
	resp := strings.TrimSpace(in.Sub.Control.Captcha)
	if resp == "" {
		return []lead.Reason{in.reason(CodeCaptchaMissing, "no CAPTCHA response was sent")}
	}
	unverified := func(why string) []lead.Reason {
		r := in.reason(CodeCaptchaUnverified, "CAPTCHA not verified: "+why)
		if !s.FailOpen {
			r.Points = d.e.points[CodeCaptchaFailed]
			r.Detail += " (fail-closed)"
		}
		return []lead.Reason{r}
	}
	v := d.e.deps.Captcha
	if v == nil {
		return unverified("no verifier configured")
	}
	res, err := v.Verify(ctx, s, resp, in.Sub.Context.IP)
	if err != nil {
		why := s.Provider + " unreachable (" + errorKind(err) + ")"
		if errors.Is(err, captcha.ErrMisconfigured) {
			why = s.Provider + " rejected the site configuration"
		}
		return unverified(why)
	}
	switch s.Evaluate(res) {
	case captcha.Failed:
		detail := s.Provider + " rejected the CAPTCHA response"
		if len(res.ErrorCodes) > 0 {
			detail += " (" + quote(strings.Join(res.ErrorCodes, ","), 40) + ")"
		}
		return []lead.Reason{in.reason(CodeCaptchaFailed, detail)}
	case captcha.WrongHostname:
		return []lead.Reason{in.reason(CodeCaptchaFailed, "CAPTCHA solved on another hostname "+quote(res.Hostname, 60))}
	case captcha.WrongAction:
		return []lead.Reason{in.reason(CodeCaptchaFailed, "CAPTCHA solved for another action "+quote(res.Action, 40))}
	case captcha.LowScore:
		return []lead.Reason{in.reason(CodeCaptchaLowScore, "CAPTCHA score "+trimFloat(res.Score)+" below "+trimFloat(s.MinScore))}
	}
	return nil
}

// Resolver looks up DNS records; *net.Resolver satisfies it.
type Resolver interface {
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
	LookupHost(ctx context.Context, host string) ([]string, error)
}

// mxDetector checks that the email domain can receive mail.
type mxDetector struct{ e *Engine }

func (mxDetector) Name() string { return DetMX }

func (d mxDetector) applies(in *Input) bool {
	if d.e.mxCache == nil || !in.Email.Valid {
		return false
	}
	f := &in.dom
	return !(f.allowed || f.blocked || f.reserved || f.free || f.disposable)
}

func (d mxDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	dom := in.Email.Domain
	ent, err := d.e.mxCache.lookup(ctx, d.e.deps.Resolver, d.e.deps.Domains, dom, d.e.cfg.MXTimeout.D(), in.Now)
	if err != nil {
		return []lead.Reason{in.reason(CodeEmailUnverified, "DNS lookup of "+quote(dom, 60)+" failed ("+errorKind(err)+")")}
	}
	if !ent.ok {
		return []lead.Reason{in.reason(CodeEmailNoMX, "email domain "+quote(dom, 60)+" has no MX or A records")}
	}
	if ent.disposableMX != "" {
		// A fresh domain on no list whose mail a throw-away service
		// receives is as disposable as the service's own domains.
		return []lead.Reason{in.reason(CodeDisposableEmail, "mail for "+quote(dom, 40)+" goes to "+quote(ent.disposableMX, 40)+", a disposable mail service")}
	}
	return nil
}

// mxCache caches definitive "domain accepts mail" answers.
type mxCache struct {
	mu   sync.Mutex
	size int
	ttl  time.Duration
	m    map[string]mxEntry
}

type mxEntry struct {
	ok           bool
	disposableMX string // the MX host of a disposable service, or ""
	expires      time.Time
}

func newMXCache(size int, ttl time.Duration) *mxCache {
	return &mxCache{size: size, ttl: ttl, m: make(map[string]mxEntry)}
}

// lookup reports whether domain has a usable MX, or else an address
// record, and which of its MX hosts, if any, belongs to a disposable mail
// service of lists (nil: none is checked). Only definitive answers are
// cached; errors are returned as is.
func (c *mxCache) lookup(ctx context.Context, r Resolver, lists DomainLists, domain string, timeout time.Duration, now time.Time) (mxEntry, error) {
	c.mu.Lock()
	ent, hit := c.m[domain]
	c.mu.Unlock()
	if hit && now.Before(ent.expires) {
		return ent, nil
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	ok, hosts, err := resolveMail(ctx, r, domain)
	if err != nil {
		return mxEntry{}, err
	}
	ent = mxEntry{ok: ok, expires: now.Add(c.ttl)}
	if lists != nil {
		for _, h := range hosts {
			if lists.IsDisposable(h) {
				ent.disposableMX = h
				break
			}
		}
	}
	c.put(domain, ent, now)
	return ent, nil
}

func (c *mxCache) put(domain string, ent mxEntry, now time.Time) {
	if c.size <= 0 || c.ttl <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, exists := c.m[domain]; !exists && len(c.m) >= c.size {
		for k, v := range c.m { // drop expired entries first
			if !now.Before(v.expires) {
				delete(c.m, k)
			}
		}
		for k := range c.m { // still full: drop an arbitrary entry
			if len(c.m) < c.size {
				break
			}
			delete(c.m, k)
		}
	}
	c.m[domain] = ent
}

// resolveMail applies RFC 5321 section 5.1: MX records, else the implicit
// MX of an A/AAAA record. A null MX (RFC 7505) means no mail. It returns
// the MX hosts (lower case, no final dot) too.
func resolveMail(ctx context.Context, r Resolver, domain string) (bool, []string, error) {
	mxs, err := r.LookupMX(ctx, domain)
	if err != nil && !isNotFound(err) {
		return false, nil, err
	}
	if len(mxs) > 0 {
		var hosts []string
		for _, mx := range mxs {
			if h := strings.ToLower(strings.TrimSuffix(mx.Host, ".")); h != "" {
				hosts = append(hosts, h)
			}
		}
		return len(hosts) > 0, hosts, nil // none: only a null MX
	}
	addrs, err := r.LookupHost(ctx, domain)
	if err != nil {
		if isNotFound(err) {
			return false, nil, nil
		}
		return false, nil, err
	}
	return len(addrs) > 0, nil, nil
}

func isNotFound(err error) bool {
	var dnsErr *net.DNSError
	return errors.As(err, &dnsErr) && dnsErr.IsNotFound
}

// trimFloat renders a score rounded to two decimals, like 0.3.
func trimFloat(f float64) string {
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

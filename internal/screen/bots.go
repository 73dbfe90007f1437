package screen

import (
	"context"
	"errors"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// honeypotDetector flags a filled honeypot field.
type honeypotDetector struct{}

func (honeypotDetector) Name() string { return DetHoneypot }

func (honeypotDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	if strings.TrimSpace(in.Sub.Control.Honeypot) == "" {
		return nil
	}
	return []lead.Reason{in.reason(CodeHoneypotFilled, "the hidden honeypot field was filled in")}
}

// renderTokenDetector verifies the render token, or the batch elapsed time
// that stands in for it.
type renderTokenDetector struct{ e *Engine }

func (renderTokenDetector) Name() string { return DetRenderToken }

func (d renderTokenDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	if !in.Form.RenderToken {
		return nil
	}
	tok := strings.TrimSpace(in.Sub.Control.Token)
	if tok == "" {
		if ms := in.Sub.Context.ElapsedMS; ms != nil {
			return d.age(in, time.Duration(*ms)*time.Millisecond, "elapsed time")
		}
		return []lead.Reason{in.reason(CodeRenderTokenMissing, "no render token was sent")}
	}
	signer := d.e.deps.Tokens
	if signer == nil {
		return []lead.Reason{in.reason(CodeRenderTokenUnchecked, "render token not checked: no signing key configured")}
	}
	c, err := signer.Verify(in.Form.ID, tok, in.Now)
	if err != nil {
		var why string
		switch {
		case errors.Is(err, rendertoken.ErrWrongForm):
			why = "render token was issued for another form"
		case errors.Is(err, rendertoken.ErrForged):
			why = "render token signature does not match"
		case errors.Is(err, rendertoken.ErrNotYetValid):
			why = "render token is dated in the future"
		default:
			why = "render token is malformed"
		}
		return []lead.Reason{in.reason(CodeRenderTokenInvalid, why)}
	}
	in.claims = &c
	return d.age(in, c.Age(in.Now), "render token")
}

func (d renderTokenDetector) age(in *Input, age time.Duration, what string) []lead.Reason {
	rt := d.e.cfg.RenderToken
	switch {
	case age < rt.MinAge.D()/2:
		// Autofill fills every field at once, but a person still has to
		// pick the suggestion and press the button.
		return []lead.Reason{in.reason(CodeSubmitInstant, "submitted "+fmtDuration(age)+" after the form was rendered ("+what+"; even with browser autofill a person needs "+fmtDuration(rt.MinAge.D()/2)+")")}
	case age < rt.MinAge.D():
		r := in.reason(CodeSubmitTooFast, "submitted "+fmtDuration(age)+" after the form was rendered ("+what+"; minimum "+fmtDuration(rt.MinAge.D())+"; weighs less the nearer it is, where browser autofill submits)")
		r.Points = autofillPoints(r.Points, age, rt.MinAge.D())
		return []lead.Reason{r}
	case age > rt.MaxAge.D():
		return []lead.Reason{in.reason(CodeRenderTokenExpired, what+" is "+fmtDuration(age)+" old (maximum "+fmtDuration(rt.MaxAge.D())+")")}
	}
	return nil
}

// autofillPoints scales submit_too_fast between half of min_age (full
// points) and min_age (nearly none), by the square of how far below
// min_age the submit came: browser autofill users submit anywhere in that
// band, most of them near its top, so a submit just short of min_age says
// little and one just above half of it nearly as much as an instant one.
// With a 3 s minimum, 2 s weighs 4/9 and 2.5 s 1/9: a 2.5 s autofill
// never reaches the corroboration points, so it neither corroborates a
// weak sign nor needs more than a real second sign to count.
func autofillPoints(full int, age, minAge time.Duration) int {
	band := minAge - minAge/2
	if band <= 0 || full <= 0 {
		return full
	}
	short := float64(minAge-age) / float64(band) // 0..1
	return max(1, int(math.Round(float64(full)*short*short)))
}

// fmtDuration renders a duration compactly: "850ms", "2.5s", "26h0m".
func fmtDuration(d time.Duration) string {
	switch {
	case d < 0:
		return "-" + fmtDuration(-d)
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	case d < time.Minute:
		return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + "s"
	}
	return d.Round(time.Minute).String()
}

// replayDetector records a verified token's nonce and flags a second use.
type replayDetector struct{ e *Engine }

func (replayDetector) Name() string { return DetRenderToken }

func (d replayDetector) applies(in *Input) bool {
	return in.claims != nil && d.e.deps.Counter != nil
}

func (d replayDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	ttl := d.e.cfg.RenderToken.MaxAge.D() + rendertoken.MaxClockSkew
	// A request that takes over its submission's claim (the first one
	// never stored the lead) reuses the token as the same submission.
	first, err := d.e.deps.Counter.FirstUse(ctx, d.e.counterKey("tok", in.claims.Nonce), in.Sub.Control.Claim, ttl, in.Now)
	if err != nil {
		return []lead.Reason{in.reason(CodeRenderTokenUnchecked, "render token replay check failed ("+errorKind(err)+")")}
	}
	if !first {
		return []lead.Reason{in.reason(CodeRenderTokenReplayed, "this render token was already used")}
	}
	return nil
}

// botAgentMarkers are lower-cased User-Agent fragments of HTTP libraries,
// crawlers and automated browsers.
var botAgentMarkers = []string{
	"curl/", "wget/", "python-requests", "python-urllib", "python-httpx", "aiohttp",
	"go-http-client", "okhttp", "java/", "apache-httpclient", "jakarta commons",
	"libwww-perl", "lwp::", "www-mechanize", "mechanize", "headlesschrome", "phantomjs",
	"puppeteer", "playwright", "selenium", "webdriver", "scrapy", "node-fetch",
	"axios/", "undici", "got (https://", "postmanruntime", "insomnia/", "httpie/",
	"guzzlehttp", "php/", "ruby", "winhttp", "http_request", "zgrab", "masscan",
	"nmap", "sqlmap", "nikto", "bot/", "bot;", "spider", "crawler", "httpclient",
}

// browserBotMarkers are the markers that appear in otherwise
// browser-shaped ("Mozilla/...") agents.
var browserBotMarkers = []string{
	"headlesschrome", "phantomjs", "puppeteer", "playwright", "selenium", "webdriver",
	"scrapy", "python", "curl/", "wget/", "java/", "bot/", "bot;", "spider", "crawler",
}

// userAgentDetector flags automation user agents and missing browser
// headers on live requests.
type userAgentDetector struct{}

func (userAgentDetector) Name() string { return DetUserAgent }

func (userAgentDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	if in.Form.ServerFed {
		// A partner's server posts with its HTTP library and no browser
		// headers: that is the form working as intended.
		return nil
	}
	var rs []lead.Reason
	ua := strings.TrimSpace(in.Sub.Context.UserAgent)
	noLanguage := strings.TrimSpace(in.Sub.Context.AcceptLanguage) == ""
	if ua == "" {
		switch {
		case in.Live && noLanguage && claimsPageInHeaders(in):
			// Every browser sends both headers; a client that sends
			// neither yet claims to have rendered the page is an HTTP
			// library announcing nothing, the same tell as one that
			// names itself (see corroboratesItself). Only a claim the
			// request itself carries counts: an export's elapsed_ms
			// says nothing of whether it kept the headers.
			rs = append(rs, in.reason(CodeBotUserAgent, "no User-Agent and no Accept-Language, which every browser sends, from a client that claims a browser page"))
		case in.Live:
			rs = append(rs, in.reason(CodeUserAgentMissing, "the request had no User-Agent"))
		}
	} else if m := botAgent(ua); m != "" {
		rs = append(rs, in.reason(CodeBotUserAgent, "User-Agent "+quote(ua, 40)+" is automation ("+m+")"))
	}
	if in.Live && noLanguage {
		rs = append(rs, in.reason(CodeAcceptLanguageMissing, "the request had no Accept-Language"))
	}
	return rs
}

// claimsPageInHeaders reports whether the request claims a browser page
// in what it sent: a Referer, an Origin or a render token.
func claimsPageInHeaders(in *Input) bool {
	c := in.Sub.Context
	return strings.TrimSpace(c.Referer) != "" || strings.TrimSpace(c.Origin) != "" ||
		strings.TrimSpace(in.Sub.Control.Token) != ""
}

// botAgent returns the automation marker found in the user agent ua, or
// "". Only its first 256 bytes are read.
func botAgent(ua string) string {
	s := strings.ToLower(ua[:min(len(ua), 256)])
	markers := botAgentMarkers
	if strings.HasPrefix(s, "mozilla/") {
		// Browser-shaped agents: only automation markers can appear.
		markers = browserBotMarkers
	}
	for _, m := range markers {
		if strings.Contains(s, m) {
			return strings.TrimRight(m, "/;( ")
		}
	}
	// A bare "Java" or "Mozilla/5.0" with nothing else is a library too.
	switch s {
	case "java", "mozilla", "mozilla/5.0", "mozilla/4.0", "-":
		return s
	}
	return ""
}

// originDetector checks Origin (or Referer) against the form's allowed
// origins.
type originDetector struct{}

func (originDetector) Name() string { return DetOrigin }

func (originDetector) Detect(_ context.Context, in *Input) []lead.Reason {
	allowed := in.Form.AllowedOrigins
	if len(allowed) == 0 {
		return nil
	}
	for _, a := range allowed {
		if a == "*" {
			return nil
		}
	}
	src, header := strings.TrimSpace(in.Sub.Context.Origin), "Origin"
	if src == "" {
		src, header = strings.TrimSpace(in.Sub.Context.Referer), "Referer"
		if src == "" {
			return nil
		}
	}
	for _, a := range allowed {
		if a == src {
			return nil
		}
	}
	if o, ok := originOf(src); ok {
		for _, a := range allowed {
			// An allowed origin is usually written as one already, and an
			// origin is its own originOf: no need to parse it.
			if a == o {
				return nil
			}
			if ao, aok := originOf(a); aok && ao == o {
				return nil
			}
		}
	}
	return []lead.Reason{in.reason(CodeOriginNotAllowed, header+" "+quote(src, 60)+" is not an allowed origin of this form")}
}

// originOf normalizes a URL or origin to scheme://host[:port], lower-cased,
// dropping the default port. ok is false for "null" and unparseable values.
func originOf(s string) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (scheme == "https" && port == "443") || (scheme == "http" && port == "80") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host, true
}

func (replayDetector) countsSubmissions() {}

package screen

import (
	"context"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/memo"
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
	case age < rt.MinAge.D():
		return []lead.Reason{in.reason(CodeSubmitTooFast, "submitted "+fmtDuration(age)+" after the form was rendered ("+what+"; minimum "+fmtDuration(rt.MinAge.D())+")")}
	case age > rt.MaxAge.D():
		return []lead.Reason{in.reason(CodeRenderTokenExpired, what+" is "+fmtDuration(age)+" old (maximum "+fmtDuration(rt.MaxAge.D())+")")}
	}
	return nil
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
	first, err := d.e.deps.Counter.FirstUse(ctx, d.e.counterKey("tok", in.claims.Nonce), ttl, in.Now)
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
type userAgentDetector struct {
	// bots remembers botAgent's answer per user agent: real traffic
	// repeats a few hundred browser builds.
	bots *memo.Table[string]
}

// User agents remembered: at most uaMemoSlots of at most uaMemoMaxKey
// bytes each (about 0.5 MB), whatever the input.
const (
	uaMemoSlots  = 1024
	uaMemoMaxKey = 512
)

func newUserAgentDetector() userAgentDetector {
	return userAgentDetector{bots: memo.New[string](uaMemoSlots, uaMemoMaxKey)}
}

func (userAgentDetector) Name() string { return DetUserAgent }

func (d userAgentDetector) Detect(ctx context.Context, in *Input) []lead.Reason {
	return d.appendReasons(ctx, in, nil)
}

// appendReasons implements reasonAppender.
func (d userAgentDetector) appendReasons(_ context.Context, in *Input, rs []lead.Reason) []lead.Reason {
	ua := strings.TrimSpace(in.Sub.Context.UserAgent)
	if ua == "" {
		if in.Live {
			rs = append(rs, in.reason(CodeUserAgentMissing, "the request had no User-Agent"))
		}
	} else if m := d.botAgent(ua); m != "" {
		rs = append(rs, in.reason(CodeBotUserAgent, "User-Agent "+quote(ua, 40)+" is automation ("+m+")"))
	}
	if in.Live && strings.TrimSpace(in.Sub.Context.AcceptLanguage) == "" {
		rs = append(rs, in.reason(CodeAcceptLanguageMissing, "the request had no Accept-Language"))
	}
	return rs
}

// botAgent is botAgent(ua), remembered in d.bots when d has a table.
func (d userAgentDetector) botAgent(ua string) string {
	if d.bots == nil {
		return botAgent(ua)
	}
	if m, ok := d.bots.Get(ua); ok {
		return m
	}
	m := botAgent(ua)
	d.bots.Put(ua, m)
	return m
}

// botAgent returns the matched marker, or "".
func botAgent(ua string) string {
	var buf [256]byte
	low := buf[:0]
	for i := 0; i < len(ua) && len(low) < len(buf); i++ {
		c := ua[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	// s is only read here, never kept: it may share buf's bytes.
	s := unsafe.String(unsafe.SliceData(low), len(low))
	markers, grams := botAgentMarkers, botAgentGrams
	if strings.HasPrefix(s, "mozilla/") {
		// Browser-shaped agents: only automation markers can appear.
		markers, grams = browserBotMarkers, browserBotGrams
	}
	// Most markers hold a byte pair the agent lacks: a set of the
	// agent's pairs, made in one pass, rules them out before searching.
	var have bigramSet
	for i := 1; i < len(s); i++ {
		have.add(s[i-1], s[i])
	}
	for i, m := range markers {
		if have.hasAll(grams[i]) && strings.Contains(s, m) {
			return strings.TrimRight(m, "/;( ")
		}
	}
	// A bare "Java" or "Mozilla/5.0" with nothing else is a library too.
	switch s {
	case "java", "mozilla", "mozilla/5.0", "mozilla/4.0", "-":
		return strings.Clone(s)
	}
	return ""
}

// bigramSet is a hashed set of byte pairs; a pair that is not in it did
// not occur, one that is may have.
type bigramSet [bigramBits / 64]uint64

const bigramBits = 1024

func bigram(a, b byte) uint16 { return (uint16(a)<<5 ^ uint16(b)) % bigramBits }

func (g *bigramSet) add(a, b byte) {
	k := bigram(a, b)
	g[k/64] |= 1 << (k % 64)
}

// hasAll reports whether every pair in ks may be in g.
func (g *bigramSet) hasAll(ks []uint16) bool {
	for _, k := range ks {
		if g[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return true
}

// markerGrams returns the byte pairs of each marker.
func markerGrams(markers []string) [][]uint16 {
	out := make([][]uint16, len(markers))
	for i, m := range markers {
		for j := 1; j < len(m); j++ {
			out[i] = append(out[i], bigram(m[j-1], m[j]))
		}
	}
	return out
}

var (
	botAgentGrams   = markerGrams(botAgentMarkers)
	browserBotGrams = markerGrams(browserBotMarkers)
)

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
	o, ok := originOf(src)
	if ok {
		for _, a := range allowed {
			if ao, aok := in.eng.allowedOrigin(a); aok && ao == o {
				return nil
			}
		}
	}
	return []lead.Reason{in.reason(CodeOriginNotAllowed, header+" "+quote(src, 60)+" is not an allowed origin of this form")}
}

// originOf normalizes a URL or origin to scheme://host[:port], lower-cased,
// dropping the default port. ok is false for "null" and unparseable values.
func originOf(s string) (string, bool) {
	if o, ok, handled := originFast(s); handled {
		return o, ok
	}
	return originParse(s)
}

// originParse is originOf by url.Parse: the reference, and the path for
// every value originFast leaves alone.
func originParse(s string) (string, bool) {
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

// originFast is originOf for the common shape scheme://host[:port][rest]
// in plain ASCII, answered as url.Parse would without building a URL:
// handled is false for anything else (user info, IP literals, percent
// escapes, unusual host characters, odd ports, control bytes, non-ASCII),
// which then goes to url.Parse. When the scheme and host are already lower
// case and no default port is dropped, the origin is a prefix of s and
// costs no allocation.
func originFast(s string) (origin string, ok, handled bool) {
	// Any byte url.Parse might reject or rewrite sends s to the slow path:
	// control bytes, space, DEL, non-ASCII and percent escapes.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '%' {
			return "", false, false
		}
	}
	// The scheme: a letter, then letters, digits, '+', '-', '.', then ':'.
	i := 0
	lower := true
	for ; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
			continue
		}
		break
	}
	if i == 0 || i == len(s) || s[i] != ':' || !strings.HasPrefix(s[i+1:], "//") {
		return "", false, false
	}
	scheme := s[:i]
	// The authority runs to the first '/', '?' or '#' (url.Parse cuts the
	// fragment and query first); it must be host[:digits] with a host of
	// letters, digits, '-', '.', '_' and '~'.
	hostStart := i + 3
	j, colon := hostStart, -1
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~':
		case 'A' <= c && c <= 'Z':
			if colon < 0 {
				lower = false
			}
		case c == ':':
			if colon >= 0 {
				return "", false, false
			}
			colon = j
		case c == '/' || c == '?' || c == '#':
			goto end
		default:
			return "", false, false
		}
	}
end:
	hostEnd := j
	port := ""
	if colon >= 0 {
		hostEnd = colon
		port = s[colon+1 : j]
		if port == "" {
			return "", false, false
		}
		for k := 0; k < len(port); k++ {
			if port[k] < '0' || port[k] > '9' {
				return "", false, false
			}
		}
	}
	if hostEnd == hostStart {
		return "", false, false
	}
	sl := strings.ToLower(scheme)
	dropPort := sl == "https" && port == "443" || sl == "http" && port == "80"
	if lower && !dropPort {
		return s[:j], true, true
	}
	o := sl + "://" + strings.ToLower(s[hostStart:hostEnd])
	if port != "" && !dropPort {
		o += ":" + port
	}
	return o, true, true
}

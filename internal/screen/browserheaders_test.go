package screen

import (
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestNoBrowserHeaders: a live request with neither User-Agent nor
// Accept-Language that claims a browser page in what it sent (a render
// token, a referer, an origin) is an HTTP library: bot_user_agent,
// decisive. An export's render time alone does not count (the export may
// not have kept the headers). One
// header missing stays a weak sign, and a batch import without headers,
// a server-fed form or a request that claims no page are left alone.
func TestNoBrowserHeaders(t *testing.T) {
	noHeaders := func(x *lead.Submission) { x.Context.UserAgent, x.Context.AcceptLanguage = "", "" }
	runCases(t, []detCase{
		{name: "neither header, with a render token", sub: noHeaders, want: CodeBotUserAgent, points: 60, not: []string{CodeUserAgentMissing}},
		{name: "neither header, with a referer", sub: func(x *lead.Submission) {
			noHeaders(x)
			x.Control.Token, x.Context.Origin, x.Context.ElapsedMS = "", "", ptr(int64(20_000))
		}, want: CodeBotUserAgent},
		{name: "an export with a render time only", sub: func(x *lead.Submission) {
			noHeaders(x)
			x.Control.Token, x.Context.Referer, x.Context.Origin, x.Context.ElapsedMS = "", "", "", ptr(int64(20_000))
		}, want: CodeUserAgentMissing, not: []string{CodeBotUserAgent}},
		{name: "no user agent only", sub: func(x *lead.Submission) { x.Context.UserAgent = "" }, want: CodeUserAgentMissing, points: 10, not: []string{CodeBotUserAgent}},
		{name: "no accept-language only", sub: func(x *lead.Submission) { x.Context.AcceptLanguage = "" }, want: CodeAcceptLanguageMissing, not: []string{CodeBotUserAgent}},
		{name: "claims no page", sub: func(x *lead.Submission) {
			noHeaders(x)
			x.Control.Token, x.Context.Referer, x.Context.Origin, x.Context.ElapsedMS = "", "", "", nil
		}, want: CodeUserAgentMissing, not: []string{CodeBotUserAgent}},
		{name: "batch import has no headers", sub: func(x *lead.Submission) {
			noHeaders(x)
			x.Context.IP = ""
		}, not: []string{CodeBotUserAgent, CodeUserAgentMissing}},
		{name: "server-fed form", sub: noHeaders, form: func(f *Form) { f.RenderToken, f.ServerFed = false, true }, not: botCodes},
	})
}

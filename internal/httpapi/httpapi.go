// Package httpapi adapts API Gateway HTTP API requests (payload format 2.0,
// as plain aws-lambda-go events types) to leadsieve's intake service: it
// routes, reads headers and request context, and writes JSON, redirect and
// HTML answers. It holds no business rules of its own, and it is the one
// place where error kinds become HTTP statuses (Status), so the domain never
// names a status.
package httpapi

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/httpstatus"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// TokenIssuer issues signed render tokens.
type TokenIssuer interface {
	Issue(formID string, now time.Time) string
}

// Handler serves the intake routes.
type Handler struct {
	Intake *intake.Service
	Tokens TokenIssuer
	Log    *slog.Logger
	// Ready, when set, is waited for before a submission is taken: the
	// intake function builds its judge in the background at cold start.
	// Its error is answered as a storage outage (503 with Retry-After:
	// nothing was stored), never as a gateway 500. Tokens and the embed
	// script do not wait.
	Ready func(context.Context) error
}

// route is one path template served by the handler.
type route struct {
	suffix  string
	methods []string
}

var routes = []route{
	{"/submissions", []string{http.MethodPost, http.MethodOptions}},
	{"/token", []string{http.MethodGet, http.MethodOptions}},
	{"/embed.js", []string{http.MethodGet}},
}

// Handle serves one request. It never returns an error: every failure is
// an HTTP answer, and storage outages are 503s.
func (h *Handler) Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (resp events.APIGatewayV2HTTPResponse, err error) {
	defer func() {
		// A panic is a bug, never the submitter's fault: log it with the
		// stack and answer with a JSON 500 rather than a gateway error.
		if p := recover(); p != nil {
			h.Log.Error("handler panic", "request_id", req.RequestContext.RequestID, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp, err = errorResponse(&intake.Error{Kind: lead.EINTERNAL, Code: intake.CodeInternal,
				Message: "something went wrong on our side; please try again"}), nil
		}
	}()
	method := req.RequestContext.HTTP.Method
	path := req.RawPath
	if path == "" {
		path = req.RequestContext.HTTP.Path
	}
	log := h.Log.With("request_id", req.RequestContext.RequestID, "method", method, "route", req.RouteKey)

	formID, rest, ok := splitFormPath(path, req.PathParameters)
	if !ok {
		return errorResponse(&intake.Error{Kind: lead.ENOTFOUND, Code: intake.CodeNotFound, Message: "no such route"}), nil
	}
	var rt *route
	for i := range routes {
		if routes[i].suffix == rest {
			rt = &routes[i]
		}
	}
	if rt == nil {
		return errorResponse(&intake.Error{Kind: lead.ENOTFOUND, Code: intake.CodeNotFound, Message: "no such route"}), nil
	}
	if !contains(rt.methods, method) {
		resp := errorResponse(&intake.Error{Kind: lead.ENOTALLOWED, Code: intake.CodeMethod,
			Message: method + " is not allowed here; use " + strings.Join(rt.methods, " or ")})
		resp.Headers["Allow"] = strings.Join(rt.methods, ", ")
		return resp, nil
	}
	form, err := h.Intake.Form(ctx, formID)
	if err != nil {
		return errorResponse(intake.AsError(err)), nil
	}
	hdr := func(name string) string { return header(req.Headers, name) }

	switch {
	case method == http.MethodOptions:
		return h.preflight(form, hdr("origin"), rt.methods), nil
	case rest == "/token":
		body, _ := json.Marshal(map[string]string{"token": h.Tokens.Issue(form.ID, h.Intake.Now())})
		return response(http.StatusOK, "application/json", string(body), map[string]string{"Cache-Control": "no-store"}), nil
	case rest == "/embed.js":
		return response(http.StatusOK, "text/javascript; charset=utf-8", embedJS,
			map[string]string{"Cache-Control": "public, max-age=300"}), nil
	}

	start := time.Now()
	res, err := intake.Result{}, error(nil)
	if h.Ready != nil {
		err = h.Ready(ctx)
	}
	if err == nil {
		res, err = h.Intake.Submit(ctx, intake.Request{
			Form:           form,
			FormID:         form.ID,
			ContentType:    hdr("content-type"),
			Body:           req.Body,
			Base64:         req.IsBase64Encoded,
			IdempotencyKey: hdr("idempotency-key"),
			Context: lead.Context{
				IP:             req.RequestContext.HTTP.SourceIP,
				UserAgent:      firstNonEmpty(hdr("user-agent"), req.RequestContext.HTTP.UserAgent),
				AcceptLanguage: hdr("accept-language"),
				Origin:         hdr("origin"),
				Referer:        hdr("referer"),
			},
		})
	}
	browser := wantsHTML(hdr("accept"))
	back := h.backLink(form, hdr("referer"))
	if err != nil {
		e := intake.AsError(err)
		if status := Status(e.Kind); status >= 500 {
			log.Error("submission not stored", "form", form.ID, "err", err)
		} else {
			log.Info("submission rejected", "form", form.ID, "status", status, "code", e.Code)
		}
		if browser {
			return errorPage(e, form, back), nil
		}
		return errorResponse(e), nil
	}
	// The log names the verdict for operators; the answer never does.
	log.Info("submission stored", "form", form.ID, "lead_id", res.ID, "created", res.Created,
		"verdict", res.Lead.Verdict, "junk_score", res.Lead.Screening.Score, "ms", time.Since(start).Milliseconds())
	if browser {
		return thankYou(form, back), nil
	}
	body, _ := json.Marshal(map[string]string{"id": res.ID, "status": "received"})
	return response(http.StatusCreated, "application/json", string(body), nil), nil
}

// splitFormPath finds the form id and the route suffix in a path like
// /forms/{formId}/submissions, with or without a stage prefix.
func splitFormPath(path string, params map[string]string) (formID, rest string, ok bool) {
	i := strings.Index(path, "/forms/")
	if i < 0 {
		return "", "", false
	}
	tail := path[i+len("/forms/"):]
	slash := strings.IndexByte(tail, '/')
	if slash <= 0 {
		return "", "", false
	}
	formID, rest = tail[:slash], tail[slash:]
	// API Gateway hands over path parameters already decoded; only a form
	// id read from the raw path is still escaped. Decoding once, and only
	// there, keeps "%252D" the literal "%2D" it was sent as.
	if p := params["formId"]; p != "" {
		return p, rest, true
	}
	if u, err := url.PathUnescape(formID); err == nil {
		formID = u
	}
	return formID, rest, true
}

// preflight answers a CORS preflight for the form's allowed origins. API
// Gateway answers preflights itself when the API has a CORS configuration;
// this serves direct invocations and stricter per-form origin lists.
func (h *Handler) preflight(form *forms.Form, origin string, methods []string) events.APIGatewayV2HTTPResponse {
	resp := response(http.StatusNoContent, "", "", map[string]string{"Vary": "Origin"})
	if origin != "" && forms.OriginAllowed(h.Intake.Origins(form), origin) {
		resp.Headers["Access-Control-Allow-Origin"] = origin
		resp.Headers["Access-Control-Allow-Methods"] = strings.Join(methods, ", ")
		resp.Headers["Access-Control-Allow-Headers"] = "Content-Type, Idempotency-Key"
		resp.Headers["Access-Control-Max-Age"] = "600"
	}
	return resp
}

func header(h map[string]string, name string) string {
	if v, ok := h[name]; ok {
		return v
	}
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

// wantsHTML reports a browser form post: text/html acceptable and preferred
// over JSON.
func wantsHTML(accept string) bool {
	a := strings.ToLower(accept)
	h := strings.Index(a, "text/html")
	if h < 0 {
		return false
	}
	j := strings.Index(a, "application/json")
	return j < 0 || h < j
}

func response(status int, ctype, body string, headers map[string]string) events.APIGatewayV2HTTPResponse {
	h := map[string]string{"X-Content-Type-Options": "nosniff"}
	if ctype != "" {
		h["Content-Type"] = ctype
	}
	for k, v := range headers {
		h[k] = v
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Headers: h, Body: body}
}

// errorResponse renders {"error": {"code", "message", "fields"}}.
func errorResponse(e *intake.Error) events.APIGatewayV2HTTPResponse {
	type body struct {
		Code    string            `json:"code"`
		Message string            `json:"message"`
		Fields  map[string]string `json:"fields,omitempty"`
	}
	b, _ := json.Marshal(map[string]body{"error": {e.Code, e.Message, e.Fields}})
	headers := map[string]string{"Cache-Control": "no-store"}
	status := Status(e.Kind)
	if status == http.StatusServiceUnavailable {
		headers["Retry-After"] = "5"
	}
	return response(status, "application/json", string(b), headers)
}

// Status is the HTTP status of an error kind (package httpstatus holds
// the mapping).
func Status(k lead.ErrorKind) int { return httpstatus.Of(k) }

// pageStart and pageEnd frame the pages a visitor's browser sees after a
// plain HTML form post: plain, readable, and with no script, so it works
// under any Content-Security-Policy.
const (
	pageStart = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>`
	pageStyle = `</title>
<style>body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:#f6f7f9;color:#1d2430;margin:0}
main{max-width:34rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #d8dde5;border-radius:10px}
h1{font-size:1.4rem;margin:0 0 .5rem}p{margin:.5rem 0}ul{padding-left:1.2rem}.form{color:#5b6575;font-size:.9rem}
a.back{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:6px;background:#2f5fd0;color:#fff;text-decoration:none}</style>
</head><body><main>
`
	pageEnd = `
</main></body></html>`
)

type pageData struct {
	Title, Form     string
	Lines, Fields   []string
	Back, BackLabel string
}

// renderPage writes the page with every value HTML-escaped. It is built
// with html.EscapeString rather than html/template: executing any
// template links text/template's reflection by method name, which keeps
// every method of every SDK client in the intake function's binary
// (about 5 MB, read from disk at each cold start; docs/performance.md).
// Back is safe in the href: backLink lets only http and https links of
// the form's own sites through.
func renderPage(status int, d pageData) events.APIGatewayV2HTTPResponse {
	esc := html.EscapeString
	var b strings.Builder
	b.WriteString(pageStart + esc(d.Title) + pageStyle)
	if d.Form != "" {
		b.WriteString(`<p class="form">` + esc(d.Form) + `</p>`)
	}
	b.WriteString(`<h1>` + esc(d.Title) + "</h1>\n")
	for _, l := range d.Lines {
		b.WriteString(`<p>` + esc(l) + "</p>\n")
	}
	if len(d.Fields) > 0 {
		b.WriteString(`<ul>`)
		for _, f := range d.Fields {
			b.WriteString(`<li>` + esc(f) + `</li>`)
		}
		b.WriteString("</ul>\n")
	}
	if d.Back != "" {
		b.WriteString(`<a class="back" href="` + esc(d.Back) + `">` + esc(d.BackLabel) + `</a>`)
	}
	b.WriteString(pageEnd)
	return response(status, "text/html; charset=utf-8", b.String(), map[string]string{"Cache-Control": "no-store"})
}

// thankYou answers a stored browser post: a redirect to the form's own
// thank-you page, or a built-in one naming the form with a way back.
func thankYou(f *forms.Form, back string) events.APIGatewayV2HTTPResponse {
	if f.ThankYouURL != "" {
		return response(http.StatusSeeOther, "", "", map[string]string{"Location": f.ThankYouURL})
	}
	return renderPage(http.StatusOK, pageData{
		Title: "Thank you, we got your message", Form: f.Name,
		Lines: []string{"We will be in touch soon."},
		Back:  back, BackLabel: "Back to the site",
	})
}

// errorPage answers a browser post that could not be stored with the same
// status the JSON answer has, in words a visitor understands: what to fix,
// field by field, and a link back to the form.
func errorPage(e *intake.Error, f *forms.Form, back string) events.APIGatewayV2HTTPResponse {
	d := pageData{Form: f.Name, Back: back, BackLabel: "Back to the form"}
	status := Status(e.Kind)
	switch {
	case status >= 500:
		d.Title = "Sorry, we could not save your message"
		d.Lines = []string{"Nothing was saved. Please go back and send the form again in a moment."}
	case len(e.Fields) > 0:
		d.Title = "Please check the form"
		d.Lines = []string{"Your message was not sent yet. Please correct these fields and send it again:"}
		names := make([]string, 0, len(e.Fields))
		for name := range e.Fields {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			d.Fields = append(d.Fields, fieldLabel(name)+": "+e.Fields[name])
		}
	default:
		d.Title = "Your message could not be sent"
		d.Lines = []string{e.Message}
	}
	return renderPage(status, d)
}

// fieldLabel turns a field name into the words a visitor saw ("first_name"
// becomes "First name").
func fieldLabel(name string) string {
	s := strings.ReplaceAll(name, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// backLink is the page a visitor came from, when it belongs to a site
// allowed to post to the form; anything else gets no link, so a forged
// Referer cannot put a foreign link on our page.
func (h *Handler) backLink(f *forms.Form, referer string) string {
	u, err := url.Parse(referer)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return ""
	}
	if contains(h.Intake.Origins(f), u.Scheme+"://"+u.Host) {
		return u.String()
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

//go:embed embed.js
var embedJS string

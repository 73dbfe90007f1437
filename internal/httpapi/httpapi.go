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
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/config/forms"
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
	form, err := h.Intake.Form(formID)
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
	res, err := h.Intake.Submit(ctx, intake.Request{
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
	if err != nil {
		e := intake.AsError(err)
		if status := Status(e.Kind); status >= 500 {
			log.Error("submission not stored", "form", form.ID, "err", err)
		} else {
			log.Info("submission rejected", "form", form.ID, "status", status, "code", e.Code)
		}
		return errorResponse(e), nil
	}
	// The log names the verdict for operators; the answer never does.
	log.Info("submission stored", "form", form.ID, "lead_id", res.ID, "created", res.Created,
		"verdict", res.Lead.Verdict, "junk_score", res.Lead.Screening.Score, "ms", time.Since(start).Milliseconds())
	if wantsHTML(hdr("accept")) {
		return thankYou(form), nil
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
	if p := params["formId"]; p != "" {
		formID = p
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

// Status is the HTTP status of an error kind: the one place where the
// domain's error kinds meet HTTP.
func Status(k lead.ErrorKind) int {
	switch k {
	case lead.EINVALID:
		return http.StatusBadRequest
	case lead.ENOTFOUND:
		return http.StatusNotFound
	case lead.ECONFLICT:
		return http.StatusConflict
	case lead.ENOTALLOWED:
		return http.StatusMethodNotAllowed
	case lead.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case lead.EUNSUPPORTED:
		return http.StatusUnsupportedMediaType
	case lead.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

var thanksPage = template.Must(template.New("thanks").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Thank you</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}h1{font-size:1.5rem}</style>
</head><body><h1>Thank you — we got your message.</h1>
<p>{{if .}}The {{.}} team{{else}}We{{end}} will be in touch soon.</p></body></html>`))

func thankYou(f *forms.Form) events.APIGatewayV2HTTPResponse {
	if f.ThankYouURL != "" {
		return response(http.StatusSeeOther, "", "", map[string]string{"Location": f.ThankYouURL})
	}
	var b strings.Builder
	_ = thanksPage.Execute(&b, "")
	return response(http.StatusOK, "text/html; charset=utf-8", b.String(), map[string]string{"Cache-Control": "no-store"})
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

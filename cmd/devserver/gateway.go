package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// maxBody is API Gateway's HTTP API payload limit.
const maxBody = 10 << 20

// httpHandler is the shape of app.HTTPHandler.
type httpHandler = func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error)

// route is a compiled template route.
type route struct {
	samtemplate.Route
	segments []string // path split on "/"; "$default" has none
	literals int
	greedy   bool
	catchAll bool
}

// gateway emulates an API Gateway HTTP API ($default stage, payload 2.0)
// in front of the template's functions.
type gateway struct {
	routes   []route
	handlers map[string]httpHandler // function logical id -> handler
	cors     *samtemplate.CORS
	fallback http.Handler // serves requests no route matches (nil = 404)
	// authorizers are the JWT authorizers by API logical id and name
	// ("HttpApi/ConsoleAuthorizer"); a route naming one is served only
	// when it accepts the request's token.
	authorizers map[string]*jwtAuthorizer
	log         *slog.Logger
	now         func() time.Time
}

func newGateway(routes []samtemplate.Route, handlers map[string]httpHandler, cors *samtemplate.CORS, fallback http.Handler, log *slog.Logger) *gateway {
	g := &gateway{handlers: handlers, cors: cors, fallback: fallback, log: log, now: time.Now}
	for _, r := range routes {
		cr := route{Route: r}
		if r.Path == "$default" {
			cr.catchAll = true
		} else {
			cr.segments = splitPath(r.Path)
			for _, s := range cr.segments {
				switch {
				case strings.HasSuffix(s, "+}"):
					cr.greedy = true
				case !strings.HasPrefix(s, "{"):
					cr.literals++
				}
			}
		}
		g.routes = append(g.routes, cr)
	}
	// Most specific first, as API Gateway selects routes: a full literal
	// match beats path variables, variables beat a greedy {proxy+}, an
	// exact method beats ANY and $default comes last.
	sort.SliceStable(g.routes, func(i, j int) bool {
		a, b := g.routes[i], g.routes[j]
		if a.catchAll != b.catchAll {
			return !a.catchAll
		}
		if a.greedy != b.greedy {
			return !a.greedy
		}
		if a.literals != b.literals {
			return a.literals > b.literals
		}
		if len(a.segments) != len(b.segments) {
			return len(a.segments) > len(b.segments)
		}
		return a.Method != "ANY" && b.Method == "ANY"
	})
	return g
}

func splitPath(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// match finds the route for method and escaped path; path parameters
// are decoded segment by segment, so an encoded "/" stays in its segment.
func (g *gateway) match(method, escapedPath string) (*route, map[string]string) {
	segs := splitPath(escapedPath)
	for i, s := range segs {
		if d, err := url.PathUnescape(s); err == nil {
			segs[i] = d
		}
	}
	for i := range g.routes {
		r := &g.routes[i]
		if r.Method != "ANY" && r.Method != method {
			continue
		}
		if r.catchAll {
			return r, nil
		}
		if params, ok := matchSegments(r.segments, segs); ok {
			return r, params
		}
	}
	return nil, nil
}

func matchSegments(tmpl, segs []string) (map[string]string, bool) {
	params := map[string]string{}
	for i, t := range tmpl {
		if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "+}") {
			if i >= len(segs) {
				return nil, false
			}
			params[t[1:len(t)-2]] = strings.Join(segs[i:], "/")
			return params, true
		}
		if i >= len(segs) {
			return nil, false
		}
		if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") {
			if segs[i] == "" {
				return nil, false
			}
			params[t[1:len(t)-1]] = segs[i]
			continue
		}
		if t != segs[i] {
			return nil, false
		}
	}
	if len(segs) != len(tmpl) {
		return nil, false
	}
	if len(params) == 0 {
		params = nil
	}
	return params, true
}

// statusRecorder captures the status for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (g *gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := g.now()
	reqID := newRequestID()
	rec := &statusRecorder{ResponseWriter: w}
	rec.Header().Set("Apigw-Requestid", reqID)
	fn := g.serve(rec, r, reqID, start)
	attrs := []any{
		slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", rec.status),
		slog.Float64("duration_ms", float64(g.now().Sub(start).Microseconds())/1000), slog.String("request_id", reqID),
	}
	if fn != "" {
		attrs = append(attrs, slog.String("function", fn))
	}
	g.log.Info("request", attrs...)
}

// serve answers one request and returns the function that handled it.
func (g *gateway) serve(w http.ResponseWriter, r *http.Request, reqID string, start time.Time) string {
	origin := r.Header.Get("Origin")
	if r.Method == http.MethodOptions && g.cors != nil && origin != "" && r.Header.Get("Access-Control-Request-Method") != "" {
		g.preflight(w, r, origin)
		return ""
	}
	rt, params := g.match(r.Method, r.URL.EscapedPath())
	if rt == nil {
		if g.fallback != nil {
			g.fallback.ServeHTTP(w, r)
			return ""
		}
		writeMessage(w, http.StatusNotFound, "Not Found")
		return ""
	}
	h := g.handlers[rt.FunctionID]
	if h == nil {
		writeMessage(w, http.StatusInternalServerError, "Internal Server Error")
		return rt.FunctionID
	}
	var claims map[string]string
	if rt.Authorizer != "" {
		a := g.authorizers[rt.APIID+"/"+rt.Authorizer]
		if a == nil {
			g.log.Error("route names an authorizer the gateway does not have", slog.String("route", rt.RouteKey()), slog.String("authorizer", rt.Authorizer))
			writeMessage(w, http.StatusInternalServerError, "Internal Server Error")
			return rt.FunctionID
		}
		var err error
		if claims, err = a.authorize(r); err != nil {
			g.log.Info("token refused", slog.String("route", rt.RouteKey()), slog.String("request_id", reqID), slog.String("reason", err.Error()))
			w.Header().Set("WWW-Authenticate", "Bearer")
			g.corsHeaders(w.Header(), origin)
			writeMessage(w, http.StatusUnauthorized, "Unauthorized")
			return rt.FunctionID
		}
	}
	ev, status := toEvent(r, rt, params, reqID, start)
	if status != 0 {
		writeMessage(w, status, http.StatusText(status))
		return rt.FunctionID
	}
	if claims != nil {
		ev.RequestContext.Authorizer = &events.APIGatewayV2HTTPRequestContextAuthorizerDescription{
			JWT: &events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{Claims: claims},
		}
	}
	resp, err := h(r.Context(), ev)
	if err != nil {
		g.log.Error("function error", slog.String("function", rt.FunctionID), slog.String("request_id", reqID), slog.Any("error", err))
		writeMessage(w, http.StatusInternalServerError, "Internal Server Error")
		return rt.FunctionID
	}
	g.writeResponse(w, resp, origin)
	return rt.FunctionID
}

func writeMessage(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"message": msg})
}

func newRequestID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// toEvent converts a net/http request the way API Gateway builds a
// payload 2.0 event. A non-zero status means the request is refused.
func toEvent(r *http.Request, rt *route, params map[string]string, reqID string, now time.Time) (events.APIGatewayV2HTTPRequest, int) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return events.APIGatewayV2HTTPRequest{}, http.StatusBadRequest
	}
	if len(body) > maxBody {
		return events.APIGatewayV2HTTPRequest{}, http.StatusRequestEntityTooLarge
	}
	sourceIP := r.RemoteAddr
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		sourceIP = host
	}
	headers := map[string]string{}
	var cookies []string
	for name, vals := range r.Header {
		lname := strings.ToLower(name)
		if lname == "cookie" {
			for _, v := range vals {
				for _, c := range strings.Split(v, ";") {
					if c = strings.TrimSpace(c); c != "" {
						cookies = append(cookies, c)
					}
				}
			}
			continue
		}
		headers[lname] = strings.Join(vals, ",")
	}
	headers["host"] = r.Host
	if xff := headers["x-forwarded-for"]; xff != "" {
		headers["x-forwarded-for"] = xff + ", " + sourceIP
	} else {
		headers["x-forwarded-for"] = sourceIP
	}
	headers["x-forwarded-proto"] = "http"
	if _, port, err := net.SplitHostPort(r.Host); err == nil {
		headers["x-forwarded-port"] = port
	} else {
		headers["x-forwarded-port"] = "80"
	}
	if len(body) > 0 || r.ContentLength > 0 {
		headers["content-length"] = strconv.Itoa(len(body))
	}

	var query map[string]string
	if r.URL.RawQuery != "" {
		query = map[string]string{}
		values, _ := url.ParseQuery(r.URL.RawQuery) // keeps the pairs that parse, as API Gateway does
		for k, vs := range values {
			query[k] = strings.Join(vs, ",")
		}
	}
	rawPath := r.URL.EscapedPath()
	ev := events.APIGatewayV2HTTPRequest{
		Version:               "2.0",
		RouteKey:              rt.RouteKey(),
		RawPath:               rawPath,
		RawQueryString:        r.URL.RawQuery,
		Cookies:               cookies,
		Headers:               headers,
		QueryStringParameters: query,
		PathParameters:        params,
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			RouteKey:     rt.RouteKey(),
			AccountID:    "000000000000",
			Stage:        "$default",
			RequestID:    reqID,
			APIID:        "local",
			DomainName:   r.Host,
			DomainPrefix: strings.SplitN(r.Host, ".", 2)[0],
			Time:         now.UTC().Format("02/Jan/2006:15:04:05 -0700"),
			TimeEpoch:    now.UnixMilli(),
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{
				Method:    r.Method,
				Path:      rawPath,
				Protocol:  r.Proto,
				SourceIP:  sourceIP,
				UserAgent: r.UserAgent(),
			},
		},
	}
	if len(body) > 0 {
		if isText(r.Header.Get("Content-Type")) && utf8.Valid(body) {
			ev.Body = string(body)
		} else {
			ev.Body = base64.StdEncoding.EncodeToString(body)
			ev.IsBase64Encoded = true
		}
	}
	return ev, 0
}

// isText reports whether API Gateway passes a body of this content type
// through as text rather than base64.
func isText(contentType string) bool {
	if contentType == "" {
		return false
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	if strings.HasPrefix(mt, "text/") || strings.HasSuffix(mt, "+json") || strings.HasSuffix(mt, "+xml") {
		return true
	}
	switch mt {
	case "application/json", "application/xml", "application/javascript", "application/x-www-form-urlencoded",
		"application/graphql", "application/x-ndjson":
		return true
	}
	return false
}

// writeResponse writes a payload 2.0 response. API Gateway replaces any
// CORS headers of the function with its own when CORS is configured.
func (g *gateway) writeResponse(w http.ResponseWriter, resp events.APIGatewayV2HTTPResponse, origin string) {
	body := []byte(resp.Body)
	if resp.IsBase64Encoded {
		b, err := base64.StdEncoding.DecodeString(resp.Body)
		if err != nil {
			writeMessage(w, http.StatusInternalServerError, "Internal Server Error")
			return
		}
		body = b
	}
	h := w.Header()
	skip := func(name string) bool {
		return g.cors != nil && strings.HasPrefix(strings.ToLower(name), "access-control-")
	}
	for k, v := range resp.Headers {
		if !skip(k) {
			h.Set(k, v)
		}
	}
	for k, vs := range resp.MultiValueHeaders {
		if skip(k) {
			continue
		}
		h.Del(k)
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	for _, c := range resp.Cookies {
		h.Add("Set-Cookie", c)
	}
	g.corsHeaders(h, origin)
	if h.Get("Content-Type") == "" && len(body) > 0 {
		h.Set("Content-Type", "application/json")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	status := resp.StatusCode
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	_, _ = io.Copy(w, bytes.NewReader(body))
}

// originAllowed reports the Access-Control-Allow-Origin value for origin.
func (g *gateway) originAllowed(origin string) (string, bool) {
	if g.cors == nil || origin == "" {
		return "", false
	}
	for _, o := range g.cors.AllowOrigins {
		if o == "*" {
			if g.cors.AllowCredentials {
				return origin, true
			}
			return "*", true
		}
		if strings.EqualFold(o, origin) {
			return origin, true
		}
	}
	return "", false
}

func (g *gateway) corsHeaders(h http.Header, origin string) {
	allow, ok := g.originAllowed(origin)
	if !ok {
		return
	}
	h.Set("Access-Control-Allow-Origin", allow)
	h.Add("Vary", "Origin")
	if g.cors.AllowCredentials {
		h.Set("Access-Control-Allow-Credentials", "true")
	}
	if len(g.cors.ExposeHeaders) > 0 {
		h.Set("Access-Control-Expose-Headers", strings.Join(g.cors.ExposeHeaders, ","))
	}
}

// preflight answers a CORS preflight the way the gateway does: 204, with
// the Access-Control-* headers only when origin, method and headers are
// allowed.
func (g *gateway) preflight(w http.ResponseWriter, r *http.Request, origin string) {
	h := w.Header()
	allow, ok := g.originAllowed(origin)
	method := r.Header.Get("Access-Control-Request-Method")
	if ok && listAllows(g.cors.AllowMethods, method) && headersAllowed(g.cors.AllowHeaders, r.Header.Get("Access-Control-Request-Headers")) {
		h.Set("Access-Control-Allow-Origin", allow)
		h.Set("Access-Control-Allow-Methods", strings.Join(g.cors.AllowMethods, ","))
		if len(g.cors.AllowHeaders) > 0 {
			h.Set("Access-Control-Allow-Headers", strings.ToLower(strings.Join(g.cors.AllowHeaders, ",")))
		}
		if g.cors.MaxAge > 0 {
			h.Set("Access-Control-Max-Age", strconv.Itoa(g.cors.MaxAge))
		}
		if g.cors.AllowCredentials {
			h.Set("Access-Control-Allow-Credentials", "true")
		}
		h.Add("Vary", "Origin")
	}
	w.WriteHeader(http.StatusNoContent)
}

func listAllows(list []string, v string) bool {
	return slices.ContainsFunc(list, func(e string) bool { return e == "*" || strings.EqualFold(e, v) })
}

func headersAllowed(allowed []string, requested string) bool {
	for _, h := range strings.Split(requested, ",") {
		if h = strings.TrimSpace(h); h != "" && !listAllows(allowed, h) {
			return false
		}
	}
	return true
}

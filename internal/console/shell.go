package console

import (
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
)

//go:embed static
var staticFS embed.FS

//go:embed templates/shell.html templates/error.html
var shellFS embed.FS

var (
	shellPage     = template.Must(template.ParseFS(shellFS, "templates/shell.html"))
	errorFragment = template.Must(template.ParseFS(shellFS, "templates/error.html"))
)

// Config is what the browser needs to sign in: the user pool, its app
// client and the Cognito endpoint the shell calls directly.
type Config struct {
	UserPoolID string `json:"userPoolId"`
	ClientID   string `json:"clientId"`
	// CognitoURL is the Cognito Identity Provider endpoint the browser
	// posts InitiateAuth to: https://cognito-idp.REGION.amazonaws.com/ on
	// AWS, cognito-local's address locally.
	CognitoURL string `json:"cognitoUrl"`
}

// ConfigFromEnv reads Config from the function's environment: the pool
// and client the template passes, and the endpoint from the SDK's standard
// AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER (set only locally) or else
// the region's public endpoint.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := Config{UserPoolID: getenv("CONSOLE_USER_POOL_ID"), ClientID: getenv("CONSOLE_CLIENT_ID")}
	c.CognitoURL = getenv("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER")
	if c.CognitoURL == "" {
		region := getenv("AWS_REGION")
		if region == "" {
			return Config{}, errors.New("console: AWS_REGION is not set (the Lambda service sets it)")
		}
		c.CognitoURL = "https://cognito-idp." + region + ".amazonaws.com/"
	}
	if c.UserPoolID == "" || c.ClientID == "" {
		return Config{}, errors.New("console: CONSOLE_USER_POOL_ID and CONSOLE_CLIENT_ID are required")
	}
	u, err := url.Parse(c.CognitoURL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return Config{}, errors.New("console: the Cognito endpoint is not an http(s) URL")
	}
	if !strings.HasSuffix(c.CognitoURL, "/") {
		c.CognitoURL += "/"
	}
	return c, nil
}

// Routes registers the console's data pages on the console's mux: each
// fragment of page /console/P answers at /console/api/P (GET), its
// actions at /console/api/P/... Handlers guard themselves with Require.
type Routes interface {
	Register(mux *http.ServeMux)
}

// Area is a section of the console: a nav entry and the prefix of its API.
// Every request under /console/api/<Path> needs Action (a finer action may
// be checked by the handler itself), so a section a user may not open
// answers 403 whatever page of it is asked for.
type Area struct {
	Path   string // first path segment: "leads" for /console/leads and /console/api/leads
	Label  string
	Action Action
}

// Areas are the console's sections in nav order; the first the user may
// open is the home page.
var Areas = []Area{
	{"leads", "Leads", ViewLeads},
	{"review", "Review", DecideReview},
	{"reports", "Reports", ViewReports},
	{"config", "Configuration", ManageConfig},
	{"people", "People", ExportPerson},
	{"audit", "Audit", ViewAudit},
}

// New returns the console's handler: the shell at /console and every
// /console/* path, its assets at /console/static/, the sign-in
// configuration at /console/config.json, and the API at /console/api/
// (the session, and what pages registers).
func New(cfg Config, pages ...Routes) http.Handler {
	api := http.NewServeMux()
	api.Handle("GET /console/api/session", http.HandlerFunc(session))
	for _, p := range pages {
		p.Register(api)
	}
	api.HandleFunc("/console/api/", func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, r, http.StatusNotFound, "There is no such page.")
	})

	static, _ := fs.Sub(staticFS, "static")
	mux := http.NewServeMux()
	mux.Handle("GET /console/static/", http.StripPrefix("/console/static/", cacheStatic(http.FileServerFS(static))))
	mux.HandleFunc("GET /console/config.json", func(w http.ResponseWriter, r *http.Request) {
		WriteJSON(w, http.StatusOK, cfg)
	})
	// Routes with public routes (the sales e-mail's signed outcome links)
	// add them outside /console/api, where no token is asked for.
	for _, p := range pages {
		if pub, ok := p.(interface{ RegisterPublic(*http.ServeMux) }); ok {
			pub.RegisterPublic(mux)
		}
	}
	shell := serveShell(cfg)
	mux.Handle("GET /console", shell)
	mux.Handle("GET /console/{path...}", shell)
	guarded := guardAreas(api)
	root := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/console/api/") {
			guarded.ServeHTTP(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})
	return securityHeaders(cfg, root)
}

// guardAreas answers 401 to a request without a user and 403 to one
// under an area the user may not open.
func guardAreas(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, ok := UserFrom(r.Context())
		if !ok {
			WriteError(w, r, http.StatusUnauthorized, "Please sign in again.")
			return
		}
		first, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/console/api/"), "/")
		for _, a := range Areas {
			if a.Path == first && !u.Can(a.Action) {
				WriteError(w, r, http.StatusForbidden, "Your account is not allowed to open "+a.Label+". Ask an administrator to add you to the right group.")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// sessionInfo is what the shell shows of the signed-in user.
type sessionInfo struct {
	Name    string     `json:"name"`
	Groups  []Group    `json:"groups"`
	Areas   []areaInfo `json:"areas"`
	Actions []Action   `json:"actions"`
}

type areaInfo struct {
	Path  string `json:"path"`
	Label string `json:"label"`
}

// session answers who the caller is and which areas and actions they have.
func session(w http.ResponseWriter, r *http.Request) {
	u, _ := UserFrom(r.Context())
	info := sessionInfo{Name: u.Name, Groups: u.Groups, Areas: []areaInfo{}, Actions: []Action{}}
	if info.Groups == nil {
		info.Groups = []Group{}
	}
	for _, a := range Areas {
		if u.Can(a.Action) {
			info.Areas = append(info.Areas, areaInfo{a.Path, a.Label})
		}
	}
	for _, a := range allActions {
		if u.Can(a) {
			info.Actions = append(info.Actions, a)
		}
	}
	WriteJSON(w, http.StatusOK, info)
}

var allActions = []Action{ViewLeads, DecideReview, MarkOutcome, ExportPerson, ErasePerson, ViewReports, ViewAudit, ManageConfig}

// serveShell serves the one HTML page of the console for /console and
// every path below it, so that a deep link (/console/leads/ID) loads the
// shell, which then fetches the page's fragment from /console/api/...
func serveShell(cfg Config) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		base := Base(r.Context())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_ = shellPage.Execute(w, struct {
			Base  string
			Areas []Area
		}{base, Areas})
	})
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The shell names assets without a version, so browsers revalidate.
		w.Header().Set("Cache-Control", "no-cache")
		h.ServeHTTP(w, r)
	})
}

// securityHeaders sets the headers every console answer carries: a
// Content-Security-Policy that allows no inline script or style and no
// origin but this one and Cognito's endpoint, and no framing or sniffing.
func securityHeaders(cfg Config, next http.Handler) http.Handler {
	csp := ContentSecurityPolicy(cfg)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// ContentSecurityPolicy is the console's policy for cfg.
func ContentSecurityPolicy(cfg Config) string {
	origin := cfg.CognitoURL
	if u, err := url.Parse(cfg.CognitoURL); err == nil {
		origin = u.Scheme + "://" + u.Host
	}
	return "default-src 'self'; connect-src 'self' " + origin +
		"; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
}

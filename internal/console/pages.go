package console

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"html/template"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/httpstatus"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// LeadFinder reads stored leads (store.Store provides it). Every method
// reads a bounded number of items: a page of an index and the leads it
// names.
type LeadFinder interface {
	// GetLead reads one lead; the error wraps store.ErrNotFound when it
	// does not exist.
	GetLead(ctx context.Context, id string) (*lead.Lead, error)
	// ListByEmail reads a person's newest leads, at most limit.
	ListByEmail(ctx context.Context, email string, limit int) ([]*lead.Lead, error)
	// LeadsByFormTime reads at most limit of a form's leads received in
	// [from, to) (zero times leave an end open), newest first unless
	// oldestFirst, from cursor on; next is "" after the last page.
	LeadsByFormTime(ctx context.Context, form string, from, to time.Time, oldestFirst bool, limit int, cursor string) (leads []*lead.Lead, next string, err error)
	// ReviewQueue reads at most limit of form's leads held for review,
	// oldest first, from cursor on; next is "" after the last page.
	ReviewQueue(ctx context.Context, form string, limit int, cursor string) (leads []*lead.Lead, next string, err error)
}

// LeadSaver writes a changed lead back, refusing with store.ErrConflict
// when the stored lead is no longer the version read (its updated_at
// differs from prevUpdatedAt): a decision made on stale data is not
// written over a newer one.
type LeadSaver interface {
	ReplaceLead(ctx context.Context, l *lead.Lead, prevUpdatedAt time.Time) error
}

// AuditLog keeps the audit trail.
type AuditLog interface {
	AppendAudit(ctx context.Context, e lead.Audit) error
	// Audit reads at most limit entries, newest first, from cursor on.
	Audit(ctx context.Context, limit int, cursor string) (entries []lead.Audit, next string, err error)
}

// FollowUp starts a decided lead's follow-up at once, as intake does for
// a new lead: invocation.Async invokes the hand-off function with the
// lead's id. Without one the dispatcher sends the hand-off on its next
// run: Decide makes it due at once either way.
type FollowUp interface {
	FollowUp(ctx context.Context, leadID string, handoffPending bool) error
}

// Pages serves the console's data pages under /console/api. Leads,
// Saver and Audit are required; the rest is optional.
type Pages struct {
	Leads LeadFinder
	Saver LeadSaver
	Audit AuditLog
	// FollowUp, when set, starts the hand-off as soon as a lead is
	// decided (or rescued) qualified.
	FollowUp FollowUp
	// People exports and erases a person (privacy.Service); when nil,
	// the privacy service on Leads, if Leads is the store.
	People People
	// Links checks the "Was this a good lead?" links of the sales
	// e-mail; without it their page says they are not set up.
	Links *outcomelink.Signer
	// Reports reads the report aggregates; when nil, Leads if it is the
	// store.
	Reports ReportReader
	// Outcomes counts recorded outcomes in the report aggregates; when
	// nil, Leads if it is the store.
	Outcomes OutcomeTally
	// SpeedTarget is the speed-to-lead target reports count breaches of
	// (DefaultSpeedTarget when zero).
	SpeedTarget time.Duration
	// Forms lists the configured form ids, offered by the search form;
	// the review queue and the near-miss list read each of them. The
	// function's lists the live forms version, so a form published after
	// the console started is offered too.
	Forms FormIDs
	// Config serves the configuration screens (rules, sequences, forms,
	// routing); without it they say they are not set up.
	Config *ConfigTools
	// JunkRetention is how long a lead decided junk is kept.
	JunkRetention time.Duration
	// Base, when set, gives a request's path prefix (the API Gateway
	// stage the console is served under), which every link of a page
	// begins with.
	Base func(context.Context) string
	Now  func() time.Time
	Log  *slog.Logger
}

//go:embed templates/pages/*.html
var templateFiles embed.FS

// templates is never executed itself: a request under a path prefix
// renders a clone whose base func gives that prefix (html/template
// refuses to clone a set once executed), and plain serves the rest.
var templates = template.Must(template.New("").Funcs(template.FuncMap{
	// base is the path prefix of the request (the API Gateway stage),
	// "" when the console is served at the root.
	"base": func() string { return "" },
	"when": func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"whenp": func(t *time.Time) string {
		if t == nil || t.IsZero() {
			return "-"
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"outcomeLabel": outcomeLabel,
	"decisions": func() []lead.Verdict {
		return []lead.Verdict{lead.VerdictQualified, lead.VerdictNurture, lead.VerdictJunk}
	},
	"picker": func(path, form string, forms []string) map[string]any {
		return map[string]any{"Path": path, "Form": form, "Forms": forms}
	},
	"verdicts": func() []string {
		return []string{string(lead.VerdictQualified), string(lead.VerdictNurture), string(lead.VerdictReview), string(lead.VerdictJunk)}
	},
	// num groups a count's thousands ("12,345"), as people read figures.
	"num": func(n int64) string {
		s := strconv.FormatInt(n, 10)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		for i := len(s) - 3; i > 0; i -= 3 {
			s = s[:i] + "," + s[i:]
		}
		if neg {
			s = "-" + s
		}
		return s
	},
}).Funcs(configFuncs).ParseFS(templateFiles, "templates/pages/*.html"))

var plain = template.Must(templates.Clone())

// templatesFor is the template set for a request with path prefix base.
func templatesFor(base string) *template.Template {
	if base == "" {
		return plain
	}
	t := template.Must(templates.Clone())
	return t.Funcs(template.FuncMap{"base": func() string { return base }})
}

// Register adds the data routes, all under /console/api, to mux. It
// panics when Leads, Saver, Audit or JunkRetention is missing: a wiring
// mistake, found at start-up rather than by the first decision (a junk
// verdict with no retention would expire at once).
func (p *Pages) Register(mux *http.ServeMux) {
	if p.Leads == nil || p.Saver == nil || p.Audit == nil || p.JunkRetention <= 0 {
		panic("console: Pages needs Leads, Saver, Audit and a JunkRetention")
	}
	mux.HandleFunc("GET /console/api/leads", p.guard(ViewLeads, p.searchLeads))
	mux.HandleFunc("GET /console/api/leads/{id}", p.guard(ViewLeads, p.showLead))
	mux.HandleFunc("GET /console/api/review", p.guard(DecideReview, p.reviewQueue))
	mux.HandleFunc("POST /console/api/leads/{id}/decision", p.guard(DecideReview, p.decideOne))
	mux.HandleFunc("POST /console/api/review/decisions", p.guard(DecideReview, p.decideMany))
	mux.HandleFunc("POST /console/api/leads/{id}/rescue", p.guard(DecideReview, p.rescue))
	mux.HandleFunc("GET /console/api/near-misses", p.guard(ViewLeads, p.nearMisses))
	mux.HandleFunc("POST /console/api/leads/{id}/outcome", p.guard(MarkOutcome, p.markOutcome))
	mux.HandleFunc("GET /console/api/audit", p.guard(ViewAudit, p.auditTrail))
	mux.HandleFunc("GET /console/api/reports", p.guard(ViewReports, p.reports))
	mux.HandleFunc("GET /console/api/people", p.guard(ExportPerson, p.showPerson))
	mux.HandleFunc("GET /console/api/people/export", p.guard(ExportPerson, p.exportPerson))
	mux.HandleFunc("POST /console/api/people/erase", p.guard(ErasePerson, p.erasePerson))
	p.registerConfig(mux)
}

// RegisterPublic adds the public outcome page, the target of the sales
// e-mail's "Was this a good lead?" link, to mux: it is outside
// /console/api, which the gateway's authorizer guards, since the link's
// signature is its proof. Its pattern is more specific than the shell's
// GET /console/{path...}, so the two can share a mux.
func (p *Pages) RegisterPublic(mux *http.ServeMux) {
	mux.HandleFunc("GET "+OutcomeLinkPath, p.outcomeConfirm)
	mux.HandleFunc("POST "+OutcomeLinkPath, p.outcomeRecord)
}

// maxBody bounds a request's body: a bulk decision's ids and a note.
const maxBody = 16 << 10

// guard answers 401 when no user is signed in and 403 when the user may
// not take action a; otherwise it runs h with the user.
func (p *Pages) guard(a Action, h func(w http.ResponseWriter, r *http.Request, u User)) http.HandlerFunc {
	return p.guardSized(a, maxBody, h)
}

// guardSized is guard with a body bound of its own: a configuration
// draft carries whole files.
func (p *Pages) guardSized(a Action, limit int64, h func(w http.ResponseWriter, r *http.Request, u User)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, ok := UserFrom(r.Context())
		if !ok {
			p.fail(w, r, &lead.Error{Kind: lead.EUNAUTHENTICATED, Code: "unauthenticated", Message: "sign in first"})
			return
		}
		if !u.Can(a) {
			p.fail(w, r, &lead.Error{Kind: lead.EFORBIDDEN, Code: "forbidden", Message: "your groups do not allow this (" + string(a) + ")"})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if err := r.ParseForm(); err != nil {
			p.fail(w, r, &lead.Error{Kind: lead.EINVALID, Code: "invalid_body", Message: "the request's form could not be read", Err: err})
			return
		}
		h(w, r, u)
	}
}

func (p *Pages) base(r *http.Request) string {
	if p.Base == nil {
		return ""
	}
	return p.Base(r.Context())
}

func (p *Pages) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return time.Now().UTC()
}

func (p *Pages) log() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.New(slog.DiscardHandler)
}

// wantsHTML reports whether r asks for a fragment: htmx says so in a
// header, a browser in Accept; anything else gets JSON.
func wantsHTML(r *http.Request) bool {
	if r.Header.Get("HX-Request") == "true" {
		return true
	}
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		if mt, _, err := mime.ParseMediaType(strings.TrimSpace(part)); err == nil && mt == "text/html" {
			return true
		}
	}
	return false
}

// reply answers with the named fragment rendered from data, or with data
// as JSON.
func (p *Pages) reply(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	w.Header().Set("Cache-Control", "no-store")
	if wantsHTML(r) {
		var b strings.Builder
		if err := templatesFor(p.base(r)).ExecuteTemplate(&b, name, data); err != nil {
			p.log().Error("console: render", "template", name, "err", err)
			http.Error(w, "could not render the page", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(b.String()))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(data)
}

// apiError is the JSON body of an error answer.
type apiError struct {
	Code    string            `json:"error"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// fail answers with err: its kind gives the status (httpstatus.Of, the
// project's one mapping), its code and message the body. A cause is
// logged, never shown.
func (p *Pages) fail(w http.ResponseWriter, r *http.Request, err error) {
	e := asError(err)
	status := p.statusOf(r, err)
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	p.reply(w, r, status, "error", apiError{Code: e.Code, Message: e.Message, Fields: e.Fields})
}

// statusOf is err's HTTP status; a server error is logged with its cause.
func (p *Pages) statusOf(r *http.Request, err error) int {
	status := httpstatus.Of(asError(err).Kind)
	if status >= 500 {
		p.log().Error("console: request failed", "route", r.Pattern, "err", err)
	}
	return status
}

// asError is err as the project's error type: the store's sentinels get
// their kinds here, anything unknown is internal.
func asError(err error) *lead.Error {
	var e *lead.Error
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, store.ErrNotFound):
		return &lead.Error{Kind: lead.ENOTFOUND, Code: "not_found", Message: "no such lead", Err: err}
	case errors.Is(err, store.ErrConflict):
		return &lead.Error{Kind: lead.ECONFLICT, Code: "changed_meanwhile", Message: "someone changed this lead meanwhile; reload and decide again", Err: err}
	case errors.Is(err, store.ErrBadCursor):
		return &lead.Error{Kind: lead.EINVALID, Code: "invalid_cursor", Message: "the page cursor is not one this console gave", Err: err}
	case errors.Is(err, store.ErrUnavailable):
		return &lead.Error{Kind: lead.EUNAVAILABLE, Code: "storage_unavailable", Message: "storage is unavailable; try again shortly", Err: err}
	}
	return &lead.Error{Kind: lead.EINTERNAL, Code: "internal_error", Message: "something went wrong on our side", Err: err}
}

func invalid(field, msg string) error {
	return &lead.Error{Kind: lead.EINVALID, Code: "validation_failed", Message: msg, Fields: map[string]string{field: msg}}
}

// outcomeLabel is how screens name an outcome kind.
func outcomeLabel(k string) string {
	switch lead.OutcomeKind(k) {
	case lead.OutcomeWon:
		return "won"
	case lead.OutcomeLost:
		return "lost"
	case lead.OutcomeBadFit:
		return "bad fit"
	case lead.OutcomeNotALead:
		return "not a lead"
	case lead.OutcomeSpam:
		return "spam that got through"
	}
	return k
}

// FormIDs lists the ids of the configured forms.
type FormIDs func(ctx context.Context) []string

// FixedForms lists ids, whatever is published.
func FixedForms(ids ...string) FormIDs {
	return func(context.Context) []string { return ids }
}

// forms lists the configured form ids, none when Forms is not set.
func (p *Pages) forms(ctx context.Context) []string {
	if p.Forms == nil {
		return nil
	}
	return p.Forms(ctx)
}

package console

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/httpstatus"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/backtest"
)

// ConfigTools are what the configuration screens need besides the leads:
// the versions themselves, and what the try-outs of a draft read or send.
type ConfigTools struct {
	Versions *versions.Service
	// Counters reads the routing counters a routing dry-run starts from
	// (store.Routing); without it the dry-run starts from empty ones.
	Counters assign.CounterReader
	// Mail sends a sequence step's test to the signed-in user; without
	// it the test-send says it is not set up.
	Mail TestMailer
	// PostalAddress is printed in every nurture e-mail's footer, as the
	// dispatcher prints it.
	PostalAddress string
	// PublicBaseURL is where unsubscribe links point; a preview's link
	// carries no token, so following it unsubscribes nobody.
	PublicBaseURL string
}

// TestMailer sends one raw message (handoff.SendRaw through SES).
type TestMailer interface {
	SendRaw(ctx context.Context, from, to string, raw []byte) error
}

// maxConfigBody bounds a configuration request's body: every file of a
// kind (the rules are the largest, about 11 KB) with room to grow.
const maxConfigBody = 512 << 10

// historyShown is how many versions of a kind the screens list.
const historyShown = 15

// registerConfig adds the configuration routes. Without ConfigTools they
// answer that configuration is not set up, so the section never 404s.
func (p *Pages) registerConfig(mux *http.ServeMux) {
	g := func(h func(http.ResponseWriter, *http.Request, User)) http.HandlerFunc {
		return p.guardSized(ManageConfig, maxConfigBody, func(w http.ResponseWriter, r *http.Request, u User) {
			if p.Config == nil || p.Config.Versions == nil {
				p.fail(w, r, &lead.Error{Kind: lead.ENOTALLOWED, Code: "config_not_set_up", Message: "configuration versions are not set up in this console"})
				return
			}
			h(w, r, u)
		})
	}
	mux.HandleFunc("GET /console/api/config", g(p.configHome))
	mux.HandleFunc("GET /console/api/config/{kind}", g(p.configEditor))
	mux.HandleFunc("POST /console/api/config/{kind}/check", g(p.configCheck))
	mux.HandleFunc("POST /console/api/config/{kind}/diff", g(p.configDiff))
	mux.HandleFunc("POST /console/api/config/{kind}/versions", g(p.configSave))
	mux.HandleFunc("POST /console/api/config/{kind}/versions/{n}/publish", g(p.configPublish))
	mux.HandleFunc("POST /console/api/config/{kind}/rollback", g(p.configRollback))
	mux.HandleFunc("POST /console/api/config/{kind}/form", g(p.configFormEdit))
	mux.HandleFunc("POST /console/api/config/rules/backtest", g(p.configBacktest))
	mux.HandleFunc("POST /console/api/config/sequences/preview", g(p.configPreview))
	mux.HandleFunc("POST /console/api/config/sequences/test-send", g(p.configTestSend))
	mux.HandleFunc("POST /console/api/config/routing/dry-run", g(p.configDryRun))
}

// VersionInfo is one version as the screens list it, without its files.
type VersionInfo struct {
	Number    int64     `json:"number"`
	Author    string    `json:"author"`
	CreatedAt time.Time `json:"created_at"`
	Note      string    `json:"note,omitempty"`
	Base      int64     `json:"base,omitempty"`
	Live      bool      `json:"live"`
}

// LiveInfo is a kind's live version and who made it live.
type LiveInfo struct {
	Number      int64     `json:"number"`
	Author      string    `json:"author"`
	CreatedAt   time.Time `json:"created_at"`
	Note        string    `json:"note,omitempty"`
	PublishedBy string    `json:"published_by,omitempty"`
	PublishedAt time.Time `json:"published_at,omitzero"`
	// RollbackTo is the version a rollback would make live, 0 when there
	// is none.
	RollbackTo int64 `json:"rollback_to,omitempty"`
}

// KindSummary is one kind on the configuration home page.
type KindSummary struct {
	Kind    versions.Kind `json:"kind"`
	Live    LiveInfo      `json:"live"`
	History []VersionInfo `json:"history"`
	// Latest is the newest version's number: a save refuses when it moved
	// since the page was read.
	Latest int64 `json:"latest"`
}

// ConfigHome is the configuration home page.
type ConfigHome struct {
	Kinds []KindSummary `json:"kinds"`
}

func (p *Pages) versions() *versions.Service { return p.Config.Versions }

// summary reads kind's live version and its newest versions.
func (p *Pages) summary(ctx context.Context, kind versions.Kind) (KindSummary, *versions.Version, error) {
	v, l, err := p.versions().Live(ctx, kind)
	if err != nil {
		return KindSummary{}, nil, err
	}
	s := KindSummary{Kind: kind, Live: LiveInfo{Number: v.Number, Author: v.Author, CreatedAt: v.CreatedAt, Note: v.Note}, Latest: versions.Builtin}
	if l != nil {
		s.Live.PublishedBy, s.Live.PublishedAt = l.PublishedBy, l.PublishedAt
		if n := len(l.Earlier); n > 0 {
			s.Live.RollbackTo = l.Earlier[n-1]
		}
	}
	stored, err := p.versions().Store.ConfigVersions(ctx, kind, historyShown)
	if err != nil {
		return KindSummary{}, nil, err
	}
	if len(stored) == 0 {
		// Nothing pushed yet: version 1 is the built-in files.
		stored = []versions.Version{{Number: versions.Builtin, Author: v.Author, CreatedAt: v.CreatedAt, Note: "the files embedded in the deployment"}}
	}
	s.Latest = stored[0].Number
	for _, h := range stored {
		s.History = append(s.History, VersionInfo{Number: h.Number, Author: h.Author, CreatedAt: h.CreatedAt, Note: h.Note, Base: h.Base, Live: h.Number == v.Number})
	}
	return s, v, nil
}

func (p *Pages) configHome(w http.ResponseWriter, r *http.Request, u User) {
	home := ConfigHome{}
	for _, k := range versions.Kinds {
		s, _, err := p.summary(r.Context(), k)
		if err != nil {
			p.fail(w, r, err)
			return
		}
		home.Kinds = append(home.Kinds, s)
	}
	p.reply(w, r, http.StatusOK, "config", home)
}

// ConfigFile is one file of a kind in the editor.
type ConfigFile struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// EditorPage is the editor of one kind: the files of the version it was
// opened on (or of the draft a form editor just changed), the kind's
// history, and what the last action said.
type EditorPage struct {
	KindSummary
	// Base is the version the files were loaded from.
	Base  int64        `json:"base"`
	Files []ConfigFile `json:"files"`
	// Draft says the files differ from version Base (a form editor
	// changed them): they are not saved yet.
	Draft    bool               `json:"draft,omitempty"`
	Problems []versions.Problem `json:"problems"`
	Message  string             `json:"message,omitempty"`
	Error    string             `json:"error,omitempty"`
	// RulesVersion is the content hash of a rules version, which ends
	// the rules_version a lead judged by it records ("v2-3f9a0c1b2d4e"):
	// a lead's page shows which version judged it.
	RulesVersion string `json:"rules_version,omitempty"`
	// Forms and Routing feed the form editors of those kinds.
	Forms   []FormFields  `json:"forms,omitempty"`
	Routing []TeamMembers `json:"routing,omitempty"`
}

func filesOf(fs versions.Files) []ConfigFile {
	out := []ConfigFile{}
	for _, n := range versions.FileNames(fs) {
		out = append(out, ConfigFile{Name: n, Text: fs[n]})
	}
	return out
}

// editorPage builds the editor of kind on files, edited from version
// base.
func (p *Pages) editorPage(ctx context.Context, kind versions.Kind, base int64, files versions.Files) (*EditorPage, error) {
	s, _, err := p.summary(ctx, kind)
	if err != nil {
		return nil, err
	}
	pg := &EditorPage{KindSummary: s, Base: base, Files: filesOf(files), Problems: []versions.Problem{}}
	switch kind {
	case versions.Rules:
		if rs, err := rules.Parse([]byte(files[versions.RulesFile])); err == nil {
			pg.RulesVersion = strings.TrimPrefix(rs.Version(), "sha256:")
		}
	case versions.Forms:
		pg.Forms, _ = formFieldsOf(files[versions.FormsFile])
	case versions.Routing:
		pg.Routing, _ = routingFieldsOf(files[versions.RoutingFile])
	}
	return pg, nil
}

// configKind reads the {kind} path value.
func configKind(r *http.Request) (versions.Kind, error) {
	return versions.ParseKind(r.PathValue("kind"))
}

func (p *Pages) configEditor(w http.ResponseWriter, r *http.Request, u User) {
	kind, err := configKind(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	var v *versions.Version
	if s := r.FormValue("version"); s != "" {
		n, perr := strconv.ParseInt(s, 10, 64)
		if perr != nil || n < 1 {
			p.fail(w, r, invalid("version", "give a version number (1, 2, …)"))
			return
		}
		v, err = p.versions().Version(r.Context(), kind, n)
	} else {
		v, _, err = p.versions().Live(r.Context(), kind)
	}
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.showEditor(w, r, kind, v, "")
}

// showEditor answers with the editor of kind on version v, saying msg.
func (p *Pages) showEditor(w http.ResponseWriter, r *http.Request, kind versions.Kind, v *versions.Version, msg string) {
	pg, err := p.editorPage(r.Context(), kind, v.Number, v.Files)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	pg.Message = msg
	p.reply(w, r, http.StatusOK, "config-editor", pg)
}

// draftFiles reads the files a request carries: each as a form field
// named "file:" and the file's name. Only the names the kind's live
// version has, or a sequence file, are accepted, so a draft cannot grow a
// stray file. It returns that live version too, for the callers that
// compare the draft with it.
func (p *Pages) draftFiles(ctx context.Context, r *http.Request, kind versions.Kind) (versions.Files, *versions.Version, error) {
	live, _, err := p.versions().Live(ctx, kind)
	if err != nil {
		return nil, nil, err
	}
	files := versions.Files{}
	for key, vals := range r.PostForm {
		name, ok := strings.CutPrefix(key, "file:")
		if !ok {
			continue
		}
		if _, known := live.Files[name]; !known && !(kind == versions.Sequences && sequenceFileName(name)) {
			return nil, nil, invalid(key, fmt.Sprintf("%s has no file %q", kind, name))
		}
		files[name] = strings.ReplaceAll(vals[0], "\r\n", "\n")
	}
	if len(files) == 0 {
		return nil, nil, invalid("files", "the request carries no file (fields named file:NAME)")
	}
	return files, live, nil
}

// sequenceFileName reports whether name may be a sequence file: a plain
// lower-case name ending in .yaml.
func sequenceFileName(name string) bool {
	base, ok := strings.CutSuffix(name, ".yaml")
	if !ok || base == "" {
		return false
	}
	for _, c := range base {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// CheckResult is what a check of a draft found.
type CheckResult struct {
	Problems []versions.Problem `json:"problems"`
}

func (p *Pages) configCheck(w http.ResponseWriter, r *http.Request, u User) {
	kind, files, _, ok := p.kindAndDraft(w, r)
	if !ok {
		return
	}
	problems, err := p.versions().CheckFiles(r.Context(), kind, files)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if problems == nil {
		problems = []versions.Problem{}
	}
	p.reply(w, r, http.StatusOK, "config-problems", CheckResult{Problems: problems})
}

// kindAndDraft reads the kind, the draft's files and the kind's live
// version, answering the error itself when one is bad.
func (p *Pages) kindAndDraft(w http.ResponseWriter, r *http.Request) (versions.Kind, versions.Files, *versions.Version, bool) {
	kind, err := configKind(r)
	if err != nil {
		p.fail(w, r, err)
		return "", nil, nil, false
	}
	files, live, err := p.draftFiles(r.Context(), r, kind)
	if err != nil {
		p.fail(w, r, err)
		return "", nil, nil, false
	}
	return kind, files, live, true
}

// DiffResult is a draft against the live version, one unified diff per
// changed file.
type DiffResult struct {
	Live  int64      `json:"live"`
	Diffs []FileDiff `json:"diffs"`
}

// FileDiff is one file's unified diff.
type FileDiff struct {
	Name string `json:"name"`
	Diff string `json:"diff"`
}

func (p *Pages) configDiff(w http.ResponseWriter, r *http.Request, u User) {
	_, files, live, ok := p.kindAndDraft(w, r)
	if !ok {
		return
	}
	p.reply(w, r, http.StatusOK, "config-diff", DiffResult{Live: live.Number, Diffs: diffFiles(live, files)})
}

// diffFiles is files against version v, file by file, names sorted. Only
// the draft's files are compared: one it leaves out is unchanged, not
// removed.
func diffFiles(v *versions.Version, files versions.Files) []FileDiff {
	out := []FileDiff{}
	for _, n := range versions.FileNames(files) {
		if d := udiff.Unified(fmt.Sprintf("v%d/%s", v.Number, n), "draft/"+n, v.Files[n], files[n]); d != "" {
			out = append(out, FileDiff{Name: n, Diff: d})
		}
	}
	return out
}

// latestNumber is the newest version number of kind (1 before any push).
func (p *Pages) latestNumber(ctx context.Context, kind versions.Kind) (int64, error) {
	vs, err := p.versions().Store.ConfigVersions(ctx, kind, 1)
	if err != nil || len(vs) == 0 {
		return versions.Builtin, err
	}
	return vs[0].Number, nil
}

// expected reads a form field naming the version number the page showed
// (latest, live): 0 when the caller did not send it (a script that does
// not care what changed meanwhile).
func expected(r *http.Request, field string) (int64, error) {
	s := r.FormValue(field)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		return 0, invalid(field, field+" must be a version number")
	}
	return n, nil
}

func (p *Pages) configSave(w http.ResponseWriter, r *http.Request, u User) {
	kind, files, _, ok := p.kindAndDraft(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	base, err := expected(r, "base")
	if err == nil {
		err = p.savedSince(ctx, r, kind)
	}
	var v *versions.Version
	if err == nil {
		v, err = p.versions().Push(ctx, kind, files, base, u.Name, strings.TrimSpace(r.FormValue("note")))
	}
	if err != nil {
		p.refuse(w, r, kind, base, files, err)
		return
	}
	if err := p.audit(r.Context(), u, "config save", "", fmt.Sprintf("%s v%d", kind, v.Number), p.now()); err != nil {
		p.fail(w, r, err)
		return
	}
	p.showEditor(w, r, kind, v, fmt.Sprintf("Saved as %s v%d. It is not live until you publish it.", kind, v.Number))
}

// savedSince refuses a save when a version of kind was saved since the
// page was read (the form's latest field): two people editing at once,
// the second save would silently drop the first one's change from what
// goes live next.
func (p *Pages) savedSince(ctx context.Context, r *http.Request, kind versions.Kind) error {
	latest, err := expected(r, "latest")
	if err != nil || latest == 0 {
		return err
	}
	now, err := p.latestNumber(ctx, kind)
	if err != nil {
		return err
	}
	if now != latest {
		return conflictSince(kind, "saved", now)
	}
	return nil
}

// conflictSince is the refusal of a change made on a page that is out of
// date: someone else saved or published meanwhile.
func conflictSince(kind versions.Kind, what string, now int64) error {
	return &lead.Error{Kind: lead.ECONFLICT, Code: "config_changed", Err: versions.ErrConflict,
		Message: fmt.Sprintf("Someone else changed this meanwhile: %s v%d was %s since you opened the page. Reload to see it, then make your change again.", kind, now, what)}
}

// refuse answers a save, publish or rollback that failed: a version with
// problems lists them (400), a conflict says someone else changed it
// (409); an HTML caller gets the editor back with the draft kept and the
// reason shown.
func (p *Pages) refuse(w http.ResponseWriter, r *http.Request, kind versions.Kind, base int64, files versions.Files, err error) {
	problems := []versions.Problem{}
	if pe, perr := problemsRefusal(err, string(kind)+" has %d problem(s); fix them first (nothing was saved or published)"); pe != nil {
		problems, err = pe.Problems, perr
	}
	// fail logs a server error; statusOf would log it a second time.
	status := httpstatus.Of(asError(err).Kind)
	if !wantsHTML(r) || status >= 500 {
		p.fail(w, r, err)
		return
	}
	// A save's draft is kept; a publish or rollback has none, and shows
	// the live version as it is.
	draft := files != nil
	if !draft {
		v, _, lerr := p.versions().Live(r.Context(), kind)
		if lerr != nil {
			// The refusal is the answer; why the editor could not be
			// shown with it is for the log.
			p.log().Error("console: editor not shown with a refusal", "route", r.Pattern, "err", lerr)
			p.fail(w, r, err)
			return
		}
		base, files = v.Number, v.Files
	}
	pg, perr := p.editorPage(r.Context(), kind, base, files)
	if perr != nil {
		p.log().Error("console: editor not shown with a refusal", "route", r.Pattern, "err", perr)
		p.fail(w, r, err)
		return
	}
	pg.Draft, pg.Problems, pg.Error = draft, problems, asError(err).Message
	p.reply(w, r, status, "config-editor", pg)
}

// problemsRefusal is err, when it lists a version's problems, as the
// refusal that lists them in its fields, its message format filled with
// their count; pe is nil for any other error.
func problemsRefusal(err error, format string) (pe *versions.ProblemsError, refusal error) {
	if !errors.As(err, &pe) {
		return nil, err
	}
	return pe, &lead.Error{Kind: lead.EINVALID, Code: "config_problems", Err: err,
		Message: fmt.Sprintf(format, len(pe.Problems)), Fields: problemFields(pe.Problems)}
}

// problemFields names each problem by file and line, as the error's
// fields.
func problemFields(ps []versions.Problem) map[string]string {
	out := map[string]string{}
	for _, pr := range ps {
		key := pr.File
		if pr.Line > 0 {
			key += ":" + strconv.Itoa(pr.Line)
		}
		if key == "" {
			key = "config"
		}
		if prev, dup := out[key]; dup {
			out[key] = prev + "; " + pr.Message
			continue
		}
		out[key] = pr.Message
	}
	return out
}

func (p *Pages) configPublish(w http.ResponseWriter, r *http.Request, u User) {
	kind, err := configKind(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	n, perr := strconv.ParseInt(r.PathValue("n"), 10, 64)
	if perr != nil || n < 1 {
		p.fail(w, r, invalid("n", "give a version number (1, 2, …)"))
		return
	}
	l, err := p.moveLive(r, kind, func(ctx context.Context) (*versions.Live, error) {
		return p.versions().Publish(ctx, kind, n, u.Name, strings.TrimSpace(r.FormValue("note")))
	})
	if err != nil {
		p.refuse(w, r, kind, 0, nil, err)
		return
	}
	if err := p.audit(r.Context(), u, "config publish", "", fmt.Sprintf("%s v%d", kind, l.Number), p.now()); err != nil {
		p.fail(w, r, err)
		return
	}
	p.afterMove(w, r, kind, fmt.Sprintf("Published: %s v%d is live. The functions follow within their refresh interval.", kind, l.Number))
}

func (p *Pages) configRollback(w http.ResponseWriter, r *http.Request, u User) {
	kind, err := configKind(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	l, err := p.moveLive(r, kind, func(ctx context.Context) (*versions.Live, error) {
		return p.versions().Rollback(ctx, kind, u.Name, strings.TrimSpace(r.FormValue("note")))
	})
	if err != nil {
		p.refuse(w, r, kind, 0, nil, err)
		return
	}
	if err := p.audit(r.Context(), u, "config rollback", "", fmt.Sprintf("%s v%d", kind, l.Number), p.now()); err != nil {
		p.fail(w, r, err)
		return
	}
	p.afterMove(w, r, kind, fmt.Sprintf("Rolled back: %s v%d is live again (v%d is not).", kind, l.Number, l.Previous))
}

// moveLive publishes or rolls back, refusing first when the live version
// is no longer the one the page showed (the form's live field).
func (p *Pages) moveLive(r *http.Request, kind versions.Kind, move func(context.Context) (*versions.Live, error)) (*versions.Live, error) {
	ctx := r.Context()
	want, err := expected(r, "live")
	if err != nil {
		return nil, err
	}
	if want > 0 {
		v, _, err := p.versions().Live(ctx, kind)
		if err != nil {
			return nil, err
		}
		if v.Number != want {
			return nil, conflictSince(kind, "made live", v.Number)
		}
	}
	return move(ctx)
}

// afterMove answers a publish or rollback with the kind's editor on its
// new live version.
func (p *Pages) afterMove(w http.ResponseWriter, r *http.Request, kind versions.Kind, msg string) {
	v, _, err := p.versions().Live(r.Context(), kind)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.showEditor(w, r, kind, v, msg)
}

// configFuncs are the template functions of the configuration screens.
var configFuncs = template.FuncMap{
	"kindLabel": func(k versions.Kind) string {
		switch k {
		case versions.Rules:
			return "Screening and qualification rules"
		case versions.Sequences:
			return "Nurture e-mail sequences"
		case versions.Forms:
			return "Forms"
		case versions.Routing:
			return "Sales routing"
		}
		return string(k)
	},
	"captchaProviders": func() []string { return CaptchaProviders },
	// difflines splits a unified diff into lines classed by what they
	// are (added, removed, a hunk header), for colouring without inline
	// styles.
	"difflines": func(d string) []struct{ Class, Text string } {
		var out []struct{ Class, Text string }
		for _, line := range strings.Split(strings.TrimSuffix(d, "\n"), "\n") {
			class := "cfg-ctx"
			switch {
			case strings.HasPrefix(line, "+++"), strings.HasPrefix(line, "---"):
				class = "cfg-file-line"
			case strings.HasPrefix(line, "@@"):
				class = "cfg-hunk"
			case strings.HasPrefix(line, "+"):
				class = "cfg-add"
			case strings.HasPrefix(line, "-"):
				class = "cfg-del"
			}
			out = append(out, struct{ Class, Text string }{class, line})
		}
		return out
	},
	"verdictCount": func(m backtest.Metrics, v string) int { return m.Counts[lead.Verdict(v)] },
	"sub":          func(a, b int) int { return a - b },
	"signed": func(n int) string {
		if n > 0 {
			return "+" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	},
	// pct is a share as a percentage with one decimal, "n/a" when it
	// has no denominator.
	"pct": func(p *float64) string {
		if p == nil {
			return "n/a"
		}
		return strconv.FormatFloat(*p*100, 'f', 1, 64) + " %"
	},
}

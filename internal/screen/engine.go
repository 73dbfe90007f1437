// Package screen is leadsieve's junk screening: independent detectors look
// at a submission (bot signals, CAPTCHA, email, names, message, phone,
// velocity) and emit reasons with junk points; the sum, capped at 100, is
// compared with the configured thresholds to give pass, review or junk,
// except that a weak sign nothing else agrees with is held below junk
// (evidence.go says which signs are weak and why).
//
// Detectors that need the network (CAPTCHA, DNS, counters) sit behind small
// interfaces, run concurrently under the caller's context and never make a
// genuine lead junk by failing: they add a low- or zero-points "unverified"
// reason instead (except CAPTCHA in fail-closed mode). Everything else is
// offline, precompiled in New and cheap enough for batch screening of
// exported data, where Context.ElapsedMS stands in for the render token.
package screen

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// NameModel scores how much a string looks like keyboard mash: 0 for
// ordinary names and words, 1 for mash. gibberish.Default() satisfies it.
type NameModel interface {
	Score(s string) float64
}

// DomainLists answers questions about email domains and local parts. The
// domains package provides them as functions; wrap them in DomainFuncs.
type DomainLists interface {
	// IsDisposable reports a throw-away mail domain (subdomains included).
	IsDisposable(domain string) bool
	// IsFreeMail reports a free-mail provider.
	IsFreeMail(domain string) bool
	// IsRoleAccount reports a role local part (info, sales, noreply...).
	IsRoleAccount(local string) bool
	// Suggest returns the popular domain that domain is probably a typo of.
	Suggest(domain string) (string, bool)
	// IsReserved reports example and test domains and TLDs.
	IsReserved(domain string) bool
}

// DomainInfo is every domain answer of DomainLists at once: IsDisposable,
// IsFreeMail, IsReserved and Suggest ("" for no suggestion).
type DomainInfo struct {
	Disposable, FreeMail, Reserved bool
	Suggestion                     string
}

// DomainClassifier is implemented by DomainLists that can answer every
// domain question at once (domains.Classify does). Its answers must agree
// with the individual methods.
type DomainClassifier interface {
	ClassifyDomain(domain string) DomainInfo
}

// DomainFuncs adapts plain functions to DomainLists; a nil function answers
// false.
type DomainFuncs struct {
	Disposable func(domain string) bool
	FreeMail   func(domain string) bool
	Role       func(local string) bool
	Suggestion func(domain string) (string, bool)
	Reserved   func(domain string) bool
	// Classify, when set, answers Disposable, FreeMail, Reserved and
	// Suggestion together (see DomainClassifier) and must agree with them.
	Classify func(domain string) DomainInfo
}

// IsDisposable implements DomainLists.
func (f DomainFuncs) IsDisposable(d string) bool { return f.Disposable != nil && f.Disposable(d) }

// IsFreeMail implements DomainLists.
func (f DomainFuncs) IsFreeMail(d string) bool { return f.FreeMail != nil && f.FreeMail(d) }

// IsRoleAccount implements DomainLists.
func (f DomainFuncs) IsRoleAccount(l string) bool { return f.Role != nil && f.Role(l) }

// Suggest implements DomainLists.
func (f DomainFuncs) Suggest(d string) (string, bool) {
	if f.Suggestion == nil {
		return "", false
	}
	return f.Suggestion(d)
}

// IsReserved implements DomainLists.
func (f DomainFuncs) IsReserved(d string) bool { return f.Reserved != nil && f.Reserved(d) }

// ClassifyDomain implements DomainClassifier: f.Classify when set, else the
// individual functions.
func (f DomainFuncs) ClassifyDomain(d string) DomainInfo {
	if f.Classify != nil {
		return f.Classify(d)
	}
	sug, _ := f.Suggest(d)
	return DomainInfo{Disposable: f.IsDisposable(d), FreeMail: f.IsFreeMail(d), Reserved: f.IsReserved(d), Suggestion: sug}
}

// Form is what screening needs to know about one form (from forms.yaml).
type Form struct {
	// ID is the form id the render token must be bound to.
	ID string
	// AllowedOrigins are the scheme://host[:port] origins the form may be
	// posted from; "*" allows any; empty disables the origin check.
	AllowedOrigins []string
	// RenderToken requires a render token (or, in batch, an elapsed time).
	// False for server-fed forms.
	RenderToken bool
	// ServerFed marks a form posted by servers rather than browsers
	// (configured with render_token: false): automation user agents and
	// missing browser headers are expected there.
	ServerFed bool
	// Captcha configures CAPTCHA verification; nil turns it off.
	Captcha *captcha.Settings
}

// Deps are the engine's collaborators. Every field is optional: a nil
// collaborator turns its checks off (or, for a required render token,
// reports it as unchecked).
type Deps struct {
	// Now is the clock used when a submission has no ReceivedAt.
	Now func() time.Time
	// Tokens verifies render tokens.
	Tokens *rendertoken.Signer
	// Captcha verifies CAPTCHA responses.
	Captcha captcha.Verifier
	// Counter backs the velocity and token replay checks.
	Counter Counter
	// Timeline, set by batch screening, lays out a whole export by
	// submitted_at: the velocity checks count on it instead of Counter,
	// and bursts are judged with hindsight (see Timeline).
	Timeline *Timeline
	// Resolver looks up MX and A records (with Config.MXCheck).
	Resolver Resolver
	// Names scores names, companies and long messages.
	Names NameModel
	// SpamModel scores messages for the spam_model reason (spamtext.Default()).
	SpamModel SpamModel
	// Domains classifies email domains.
	Domains DomainLists
	// CounterKey keys the HMAC that turns IPs, emails and messages into
	// counter keys; nil uses plain SHA-256. Use a secret in production so
	// stored keys cannot be reversed by enumerating IPv4 addresses.
	CounterKey []byte
	// Logger receives detector failures; nil discards them.
	Logger *slog.Logger
}

// Input is one submission being screened, with values derived once for all
// detectors.
type Input struct {
	// Form is the form posted to.
	Form Form
	// Sub is the submission; detectors must not modify it.
	Sub *lead.Submission
	// Now is the screening time: Sub.Context.ReceivedAt, or Deps.Now().
	Now time.Time
	// Email is the parsed email address (Email.Present false when empty).
	Email Email
	// Live reports that the request context is known (an IP was recorded),
	// so missing headers mean something. Batch imports have no IP.
	Live bool

	msg    messageViews        // the message as the message checks read it
	names  foldedNames         // the name fields folded
	claims *rendertoken.Claims // set by the render token detector
	dom    domainFacts         // classification of Email.Domain
	eng    *Engine
}

// messageViews are the forms of the message that several checks read,
// made once per screening.
type messageViews struct {
	text   string // the message without surrounding space
	lower  string // text lower-cased
	folded string // text folded (see foldText)
	// spaced reports a message written letter by letter, whose words text
	// holds joined (see respaced).
	spaced bool
	// words is folded in words, with the phrases found in them, shared
	// by the detectors that read phrase lists (see phraseBook).
	words foldedText
}

func newMessageViews(msg string) messageViews {
	raw := strings.TrimSpace(msg)
	text := respaced(raw)
	folded := foldText(text)
	return messageViews{text: text, lower: strings.ToLower(text), folded: folded, spaced: text != raw, words: newFoldedText(folded)}
}

// foldedNames are the person and company name fields folded (see
// foldText) once per screening: the placeholder and form-label checks
// compare them with their tables.
type foldedNames struct{ first, last, name, company string }

// folded returns value, the text field named field, folded: the name
// fields from in.names, any other folded now.
func (in *Input) folded(field, value string) string {
	switch field {
	case "first_name":
		return in.names.first
	case "last_name":
		return in.names.last
	case "name":
		return in.names.name
	case "company":
		return in.names.company
	}
	return foldText(value)
}

// domainFacts caches the DomainLists answers for one address, so each list
// is consulted once per screening.
type domainFacts struct {
	allowed, blocked, reserved, disposable, free, role bool
	suggestion                                         string // typo fix for the domain, or ""
}

// classify fills in.dom from the configured and injected lists.
func (e *Engine) classify(in *Input) {
	em := in.Email
	if !em.Valid {
		return
	}
	f := &in.dom
	f.allowed = e.allowed.match(em.Domain)
	f.blocked = !f.allowed && e.blocked.match(em.Domain)
	f.reserved = !f.allowed && builtinReserved(em.Domain)
	l := e.deps.Domains
	if l == nil {
		return
	}
	info := classifyDomain(l, em.Domain)
	f.reserved = f.reserved || !f.allowed && info.Reserved
	f.disposable = !f.allowed && !f.reserved && info.Disposable
	f.free = info.FreeMail
	f.role = l.IsRoleAccount(em.Local)
	if !f.allowed && !f.free && info.Suggestion != em.Domain {
		f.suggestion = info.Suggestion
	}
}

// classifyDomain asks l every domain question about domain.
func classifyDomain(l DomainLists, domain string) DomainInfo {
	if c, ok := l.(DomainClassifier); ok {
		return c.ClassifyDomain(domain)
	}
	sug, _ := l.Suggest(domain)
	return DomainInfo{Disposable: l.IsDisposable(domain), FreeMail: l.IsFreeMail(domain), Reserved: l.IsReserved(domain), Suggestion: sug}
}

// reason builds a screening reason with the configured points for code.
func (in *Input) reason(code, detail string) lead.Reason {
	return lead.Reason{Code: code, Points: in.eng.points[code], Detail: detail, Stage: lead.StageScreen}
}

// Detector is one independent junk check.
type Detector interface {
	// Name is the detector's name in Config.Detectors.
	Name() string
	// Detect returns the reasons it finds; nil when the input is clean.
	Detect(ctx context.Context, in *Input) []lead.Reason
}

// networkDetector is a detector that may block on I/O. Applies tells
// whether it has work for this input, so idle ones cost no goroutine.
type networkDetector interface {
	Detector
	applies(in *Input) bool
}

// countingDetector is a network detector whose answer depends on the
// submissions that came before (it keeps counts in Deps.Counter): velocity
// and render-token replay. They run last, after every other detector.
type countingDetector interface {
	networkDetector
	countsSubmissions()
}

// Engine screens submissions. It is safe for concurrent use.
type Engine struct {
	cfg     Config
	deps    Deps
	points  map[string]int
	weak    map[string]bool // codes that never decide junk alone (evidence.go)
	offline []Detector
	network []networkDetector
	// counting are the detectors that keep counts across submissions; they
	// run after every other detector (see Prepare and Finish).
	counting []networkDetector
	phrases  *phraseSet
	blocked  domainSet
	allowed  domainSet
	mxCache  *mxCache
}

// New validates cfg and builds an engine.
func New(cfg Config, deps Deps) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("screen: %w", err)
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	e := &Engine{cfg: cfg, deps: deps, points: make(map[string]int, len(Codes)), weak: cfg.Evidence.weakSet()}
	for _, c := range Codes {
		e.points[c.Code] = cfg.PointsFor(c.Code)
	}
	ps, err := sharedPhraseSet(cfg.Lists.SpamPhrases, cfg.Lists.VendorPhrases)
	if err != nil {
		return nil, fmt.Errorf("screen: %w", err)
	}
	e.phrases = ps
	e.blocked = newDomainSet(cfg.Lists.BlockedDomains)
	e.allowed = newDomainSet(cfg.Lists.AllowedDomains)
	if cfg.MXCheck && deps.Resolver != nil {
		e.mxCache = newMXCache(cfg.MXCacheSize, cfg.MXCacheTTL.D())
	}
	e.deps.CounterKey = slices.Clone(deps.CounterKey)

	all := []Detector{
		honeypotDetector{},
		renderTokenDetector{e},
		userAgentDetector{},
		originDetector{},
		emailDetector{e},
		namesDetector{e},
		messageDetector{e},
		contentDetector{e},
		phoneDetector{e},
		captchaDetector{e},
		mxDetector{e},
		velocityDetector{e},
		replayDetector{e},
	}
	for _, d := range all {
		if !cfg.Enabled(d.Name()) {
			continue
		}
		if _, ok := d.(countingDetector); ok {
			e.counting = append(e.counting, d.(networkDetector))
		} else if nd, ok := d.(networkDetector); ok {
			e.network = append(e.network, nd)
		} else {
			e.offline = append(e.offline, d)
		}
	}
	return e, nil
}

// Config returns the engine's configuration.
func (e *Engine) Config() Config { return e.cfg }

// Screen runs every enabled detector on sub and returns the screening. It
// never panics: a failing detector is skipped with a detector_error reason.
// The detectors that wait on I/O, counting ones included, run concurrently
// so a live request waits for the slowest, not for their sum.
func (e *Engine) Screen(ctx context.Context, form Form, sub *lead.Submission) lead.Screening {
	in, early := e.begin(form, sub)
	if in == nil {
		return early
	}
	offline := e.runOffline(ctx, in)
	network := e.runConcurrently(ctx, in, append(slices.Clip(e.network), e.counting...))
	return e.finish(in, offline, network)
}

// Prepared is a screening whose detectors that do not count submissions
// have run; Finish runs the counting ones and decides.
type Prepared struct {
	in               *Input
	early            *lead.Screening // the answer when there is nothing to screen
	offline, network []lead.Reason
}

// Prepare runs every detector whose answer does not depend on other
// submissions. Batch screening prepares many submissions in parallel and
// then finishes them one by one in input order, so that the counting
// detectors (velocity, render-token replay) see them in the order they
// came, as a live stream would, whatever the number of cores. Screen gives
// the same result as Finish(Prepare()).
func (e *Engine) Prepare(ctx context.Context, form Form, sub *lead.Submission) *Prepared {
	in, early := e.begin(form, sub)
	if in == nil {
		return &Prepared{early: &early}
	}
	return &Prepared{in: in, offline: e.runOffline(ctx, in), network: e.runConcurrently(ctx, in, e.network)}
}

// FreeMail reports whether the address is at a free-mail provider, as the
// finished screening will say.
func (p *Prepared) FreeMail() bool {
	if p.in == nil {
		return p.early.FreeMail
	}
	return p.in.dom.free
}

// Finish runs the counting detectors on a prepared screening and decides.
// Call it for each submission in the order they were received.
func (e *Engine) Finish(ctx context.Context, p *Prepared) lead.Screening {
	if p.early != nil {
		return *p.early
	}
	counted := e.runConcurrently(ctx, p.in, e.counting)
	return e.finish(p.in, p.offline, append(slices.Clip(p.network), counted...))
}

// begin derives what every detector reads from sub; a nil input comes with
// the screening to answer instead.
func (e *Engine) begin(form Form, sub *lead.Submission) (*Input, lead.Screening) {
	if sub == nil {
		r := lead.Reason{Code: CodeDetectorError, Detail: "no submission", Stage: lead.StageScreen}
		return nil, lead.Screening{Verdict: lead.ScreenReview, Reasons: []lead.Reason{r}}
	}
	in := &Input{Form: form, Sub: sub, Now: sub.Context.ReceivedAt, eng: e}
	if in.Now.IsZero() {
		in.Now = e.deps.Now()
	}
	in.Email = ParseEmail(sub.Fields.Email)
	in.Live = sub.Context.IP != ""
	in.msg = newMessageViews(sub.Fields.Message)
	f := &sub.Fields
	in.names = foldedNames{foldText(f.FirstName), foldText(f.LastName), foldText(f.Name), foldText(f.Company)}
	e.classify(in)
	return in, lead.Screening{}
}

func (e *Engine) runOffline(ctx context.Context, in *Input) []lead.Reason {
	reasons := []lead.Reason{} // never nil: a clean screening lists no reasons as []
	for _, d := range e.offline {
		reasons = append(reasons, e.run(ctx, d, in)...)
	}
	return reasons
}

// runConcurrently runs the detectors of ds that have work for in; when more
// than one has, they wait on their I/O concurrently. Reasons come back in
// the order of ds.
func (e *Engine) runConcurrently(ctx context.Context, in *Input, ds []networkDetector) []lead.Reason {
	var active []networkDetector
	for _, d := range ds {
		if e.safeApplies(d, in) {
			active = append(active, d)
		}
	}
	if len(active) == 1 {
		return e.run(ctx, active[0], in)
	}
	out := make([][]lead.Reason, len(active))
	var wg sync.WaitGroup
	for i, d := range active {
		wg.Go(func() { out[i] = e.run(ctx, d, in) })
	}
	wg.Wait()
	var reasons []lead.Reason
	for _, rs := range out {
		reasons = append(reasons, rs...)
	}
	return reasons
}

// finish decides the screening from every detector's reasons.
func (e *Engine) finish(in *Input, offline, network []lead.Reason) lead.Screening {
	reasons := append(offline, network...)
	var s lead.Screening
	s.Score, s.Verdict, s.Reasons = e.decide(in, reasons) // see evidence.go
	slices.SortStableFunc(s.Reasons, func(a, b lead.Reason) int { return b.Points - a.Points })
	s.FreeMail = in.dom.free
	if in.dom.suggestion != "" {
		s.EmailSuggestion = in.Email.Local + "@" + in.dom.suggestion
	}
	return s
}

// run calls one detector, turning a panic into a detector_error reason.
func (e *Engine) run(ctx context.Context, d Detector, in *Input) (rs []lead.Reason) {
	defer func() {
		if p := recover(); p != nil {
			rs = []lead.Reason{e.failed(d, p, in)}
		}
	}()
	return d.Detect(ctx, in)
}

// failed logs the panic p of detector d and returns its detector_error
// reason.
func (e *Engine) failed(d Detector, p any, in *Input) lead.Reason {
	if e.deps.Logger != nil {
		e.deps.Logger.Error("screen: detector panicked", "detector", d.Name(), "panic", fmt.Sprintf("%T", p))
	}
	return in.reason(CodeDetectorError, d.Name()+" detector failed")
}

func (e *Engine) safeApplies(d networkDetector, in *Input) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = true // let run report the failure
		}
	}()
	return d.applies(in)
}

// counterKey returns "prefix:" + base64url(HMAC(prefix NUL value))[:22]:
// a fixed-length key that does not reveal the value. Without a
// Deps.CounterKey the hash is plain SHA-256. Stored counters depend on this
// layout: changing it resets them.
func (e *Engine) counterKey(prefix, value string) string {
	msg := make([]byte, 0, len(prefix)+1+len(value))
	msg = append(append(append(msg, prefix...), 0), value...)
	var sum []byte
	if len(e.deps.CounterKey) > 0 {
		h := hmac.New(sha256.New, e.deps.CounterKey)
		h.Write(msg)
		sum = h.Sum(nil)
	} else {
		plain := sha256.Sum256(msg)
		sum = plain[:]
	}
	key := make([]byte, 0, len(prefix)+1+base64.RawURLEncoding.EncodedLen(16))
	key = append(append(key, prefix...), ':')
	return string(base64.RawURLEncoding.AppendEncode(key, sum[:16]))
}

// quote renders user input for a reason detail: at most max runes, quoted.
func quote(s string, maxRunes int) string {
	s = strings.TrimSpace(s)
	n := 0
	for i := range s {
		if n == maxRunes {
			s = s[:i] + "…"
			break
		}
		n++
	}
	return fmt.Sprintf("%q", s)
}

// errorKind names an error without echoing it (it might embed input).
func errorKind(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return "error"
}

// Package screen is leadsieve's junk screening: independent detectors look
// at a submission (bot signals, CAPTCHA, email, names, message, phone,
// velocity) and emit reasons with junk points; the sum, capped at 100, is
// compared with the configured thresholds to give pass, review or junk.
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
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/maphash"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
// domain question in one pass (domains.Classify does); screening then asks
// once instead of four times. Its answers must agree with the individual
// methods.
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

	claims *rendertoken.Claims // set by the render token detector
	dom    domainFacts         // classification of Email.Domain
	eng    *Engine
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
	if info, ok := classifyDomain(l, em.Domain); ok {
		f.reserved = f.reserved || !f.allowed && info.Reserved
		f.disposable = !f.allowed && !f.reserved && info.Disposable
		f.free = info.FreeMail
		f.role = l.IsRoleAccount(em.Local)
		if !f.allowed && !f.free && info.Suggestion != "" && info.Suggestion != em.Domain {
			f.suggestion = info.Suggestion
		}
		return
	}
	f.reserved = f.reserved || !f.allowed && l.IsReserved(em.Domain)
	f.disposable = !f.allowed && !f.reserved && l.IsDisposable(em.Domain)
	f.free = l.IsFreeMail(em.Domain)
	f.role = l.IsRoleAccount(em.Local)
	if !f.allowed && !f.free {
		if sug, ok := l.Suggest(em.Domain); ok && sug != "" && sug != em.Domain {
			f.suggestion = sug
		}
	}
}

// classifyDomain asks l every domain question at once when it can.
func classifyDomain(l DomainLists, domain string) (DomainInfo, bool) {
	switch c := l.(type) {
	case DomainFuncs:
		if c.Classify != nil {
			return c.Classify(domain), true
		}
	case DomainClassifier:
		return c.ClassifyDomain(domain), true
	}
	return DomainInfo{}, false
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

// Engine screens submissions. It is safe for concurrent use.
type Engine struct {
	cfg      Config
	deps     Deps
	points   map[string]int
	offline  []offlineDetector
	network  []networkDetector
	phrases  *phraseSet
	blocked  domainSet
	allowed  domainSet
	mxCache  *mxCache
	hashPool sync.Pool
	// velocityText holds the fixed parts of the velocity reasons'
	// details, which depend only on the configured windows.
	velocityText velocityText
	// origins caches originOf for configured allowed origins, which
	// every submission compares with; originCount bounds it.
	origins     sync.Map // string -> originResult
	originCount atomic.Int64
}

type originResult struct {
	origin string
	ok     bool
}

// maxCachedOrigins bounds the allowed-origin cache; configurations list a
// handful.
const maxCachedOrigins = 256

// allowedOrigin is originOf for an allowed origin from the configuration,
// parsed once per engine.
func (e *Engine) allowedOrigin(a string) (string, bool) {
	if r, ok := e.origins.Load(a); ok {
		r := r.(originResult)
		return r.origin, r.ok
	}
	o, ok := originOf(a)
	if e.originCount.Load() < maxCachedOrigins {
		if _, loaded := e.origins.LoadOrStore(a, originResult{o, ok}); !loaded {
			e.originCount.Add(1)
		}
	}
	return o, ok
}

// New validates cfg and builds an engine.
func New(cfg Config, deps Deps) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("screen: %w", err)
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	e := &Engine{cfg: cfg, deps: deps, points: make(map[string]int, len(Codes))}
	e.velocityText = newVelocityText(cfg.Velocity)
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
	key := slices.Clone(deps.CounterKey)
	e.hashPool.New = func() any {
		if len(key) > 0 {
			return &keyHasher{h: hmac.New(sha256.New, key)}
		}
		return &keyHasher{h: sha256.New()}
	}

	all := []Detector{
		honeypotDetector{},
		renderTokenDetector{e},
		newUserAgentDetector(),
		originDetector{},
		emailDetector{e},
		namesDetector{e},
		messageDetector{e},
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
		if nd, ok := d.(networkDetector); ok {
			e.network = append(e.network, nd)
		} else {
			a, _ := d.(reasonAppender)
			e.offline = append(e.offline, offlineDetector{d, a})
		}
	}
	return e, nil
}

// Config returns the engine's configuration.
func (e *Engine) Config() Config { return e.cfg }

// Screen runs every enabled detector on sub and returns the screening. It
// never panics: a failing detector is skipped with a detector_error reason.
func (e *Engine) Screen(ctx context.Context, form Form, sub *lead.Submission) lead.Screening {
	if sub == nil {
		r := lead.Reason{Code: CodeDetectorError, Detail: "no submission", Stage: lead.StageScreen}
		return lead.Screening{Verdict: lead.ScreenReview, Reasons: []lead.Reason{r}}
	}
	// Detectors get in through an interface, so it would escape to the
	// heap each time: reuse one. Every detector, network ones included,
	// has returned before Screen does, and none keeps in.
	in := inputPool.Get().(*Input)
	defer func() {
		*in = Input{}
		inputPool.Put(in)
	}()
	*in = Input{Form: form, Sub: sub, Now: sub.Context.ReceivedAt, eng: e}
	if in.Now.IsZero() {
		in.Now = e.deps.Now()
	}
	in.Email = ParseEmail(sub.Fields.Email)
	in.Live = sub.Context.IP != ""
	e.classify(in)

	reasons := make([]lead.Reason, 0, 8)
	for _, d := range e.offline {
		reasons = e.runAppend(ctx, d.Detector, d.appender, in, reasons)
	}

	var activeBuf [8]networkDetector
	active := activeBuf[:0]
	for _, d := range e.network {
		if e.safeApplies(d, in) {
			active = append(active, d)
		}
	}
	switch len(active) {
	case 0:
	case 1:
		a, _ := active[0].(reasonAppender)
		reasons = e.runAppend(ctx, active[0], a, in, reasons)
	default:
		out := make([][]lead.Reason, len(active))
		var wg sync.WaitGroup
		for i, d := range active {
			wg.Go(func() { out[i] = e.run(ctx, d, in) })
		}
		wg.Wait()
		for _, rs := range out {
			reasons = append(reasons, rs...)
		}
	}

	s := lead.Screening{Reasons: reasons}
	for _, r := range reasons {
		s.Score += r.Points
	}
	s.Score = min(100, max(0, s.Score))
	switch {
	case s.Score >= e.cfg.JunkAt:
		s.Verdict = lead.ScreenJunk
	case s.Score >= e.cfg.ReviewAt:
		s.Verdict = lead.ScreenReview
	default:
		s.Verdict = lead.ScreenPass
	}
	slices.SortStableFunc(s.Reasons, func(a, b lead.Reason) int { return b.Points - a.Points })
	s.FreeMail = in.dom.free
	if in.dom.suggestion != "" {
		s.EmailSuggestion = in.Email.Local + "@" + in.dom.suggestion
	}
	return s
}

// inputPool holds the Inputs of finished screenings.
var inputPool = sync.Pool{New: func() any { return new(Input) }}

// run calls one detector, turning a panic into a detector_error reason.
func (e *Engine) run(ctx context.Context, d Detector, in *Input) (rs []lead.Reason) {
	defer func() {
		if p := recover(); p != nil {
			rs = []lead.Reason{e.failed(d, p, in)}
		}
	}()
	return d.Detect(ctx, in)
}

// reasonAppender is implemented by the detectors that can append their
// reasons to the screening's slice rather than return a slice of their
// own: appendReasons(ctx, in, rs) is append(rs, Detect(ctx, in)...), and
// changes no element of rs before len(rs).
type reasonAppender interface {
	appendReasons(ctx context.Context, in *Input, rs []lead.Reason) []lead.Reason
}

// offlineDetector is an offline detector, and the same as a
// reasonAppender (nil when it is not one).
type offlineDetector struct {
	Detector
	appender reasonAppender
}

// runAppend is append(rs, e.run(ctx, d, in)...), without the detector's
// own slice when a, d as a reasonAppender, is not nil: a panic drops what
// it appended and appends the detector_error reason instead.
func (e *Engine) runAppend(ctx context.Context, d Detector, a reasonAppender, in *Input, rs []lead.Reason) (out []lead.Reason) {
	if a == nil {
		return append(rs, e.run(ctx, d, in)...)
	}
	n := len(rs)
	defer func() {
		if p := recover(); p != nil {
			out = append(rs[:n], e.failed(d, p, in))
		}
	}()
	return a.appendReasons(ctx, in, rs)
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

// counterKey returns "prefix:" + base64url(HMAC(kind|value))[:22]: a
// fixed-length key that does not reveal the value.
func (e *Engine) counterKey(prefix, value string) string {
	kh := e.hashPool.Get().(*keyHasher)
	// One write of prefix, NUL and value (the same bytes as three writes)
	// from a reused buffer: converting strings for the interface call
	// would allocate.
	kh.buf = append(append(append(kh.buf[:0], prefix...), 0), value...)
	return e.finishKey(kh, prefix)
}

// counterKeyBytes is counterKey for a value held in a byte slice.
func (e *Engine) counterKeyBytes(prefix string, value []byte) string {
	kh := e.hashPool.Get().(*keyHasher)
	kh.buf = append(append(append(kh.buf[:0], prefix...), 0), value...)
	return e.finishKey(kh, prefix)
}

// localKey is the key of a long value for an in-process counter:
// "prefix:" and a 128-bit digest made of two randomly seeded maphash
// sums. It is not meant to hide the value (the counter never leaves the
// process), only to keep keys short. The seeds are secret and made once
// per process, so every engine (one per form) sharing a counter makes the
// same key for a value, and no one can pick values that collide.
func localKey(prefix string, value []byte) string {
	var buf [64]byte
	return string(appendLocalKey(buf[:0], prefix, value))
}

// appendLocalKey appends localKey(prefix, value) to dst.
func appendLocalKey(dst []byte, prefix string, value []byte) []byte {
	dst = append(dst, prefix...)
	dst = append(dst, ':')
	dst = binary.LittleEndian.AppendUint64(dst, maphash.Bytes(localSeeds[0], value))
	return binary.LittleEndian.AppendUint64(dst, maphash.Bytes(localSeeds[1], value))
}

var localSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

// finishKey hashes kh.buf into the key for prefix and returns kh to the
// pool.
func (e *Engine) finishKey(kh *keyHasher, prefix string) string {
	kh.h.Reset()
	kh.h.Write(kh.buf)
	kh.sum = kh.h.Sum(kh.sum[:0])
	var buf [64]byte
	k := append(buf[:0], prefix...)
	k = append(k, ':')
	k = base64.RawURLEncoding.AppendEncode(k, kh.sum[:16])
	if cap(kh.buf) > 4096 {
		kh.buf = nil // do not pin a huge message's buffer in the pool
	}
	e.hashPool.Put(kh) // only after its sum is encoded
	return string(k)
}

// keyHasher is a pooled hash with a scratch buffer for its input.
type keyHasher struct {
	h   hash.Hash
	buf []byte
	sum []byte
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

// Package intakefn wires the intake function: the form-post API with the
// judge (screening and qualification, compiled once for every form), and
// the asynchronous invocation of the hand-off function for every stored
// lead. It is the only function that builds a judge, and it sends no mail.
//
// The forms, the rules and the nurture sequences are the live versions of
// their kinds (package versions): each pointer is read at the first use and
// then at most once every CONFIG_REFRESH_SECONDS, and the judge is built
// again when the rules or the forms name another version. Init builds only
// the configuration and the clients; the first judge is built by a
// goroutine started at init, so the first request finds it ready or nearly
// so instead of the init phase paying for it before the runtime asks for
// that request.
package intakefn

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/lambda"

	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/app/sequences"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/httpapi"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// New builds the intake function's handler, reading its configuration
// through getenv once. The first judge is built in the background; a
// request that arrives before it is ready waits for it, and while none can
// be built (the table unreachable, or a CAPTCHA secret missing from the
// environment) every submission is answered 503, logged with that error
// (see httpapi.Handler.Ready).
func New(ctx context.Context, getenv func(string) string) (boot.HTTPHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	secret, err := signing.Secret(ctx, b)
	if err != nil {
		return nil, err
	}
	tokens, err := rendertoken.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	// The screening collaborators (models, lists, clients) do not depend
	// on the configuration: made once, with the first judge.
	deps := sync.OnceValue(func() screen.Deps {
		return judge.Deps(judge.DepsOptions{
			Now: b.Now, Tokens: tokens, Counter: b.Store.Counters(), CounterKey: secret, Logger: b.Log,
			HTTPClient: &http.Client{Timeout: 5 * time.Second}, Network: true,
		})
	})
	jd := &liveJudge{
		forms: liveconfig.Forms(b),
		rules: liveconfig.Watch(b, versions.Rules, parseRules),
		build: func(rs *rules.Set, label string, fs *forms.Set) (*judge.Judge, error) {
			return judge.New(rs, deps(), judge.Options{DefaultOrigins: b.Settings.AllowedOrigins, Getenv: getenv, Forms: fs, RulesVersion: label})
		},
		judges: versions.Rebuilt[*judge.Judge]{What: "judge", Log: b.Log},
	}
	// The sequences a submission's enrolment will use are looked up while
	// the judge's rules are (wait), not after the judge has run.
	seqs := sequences.WatchForEnrolment(b)
	jd.alongside = func(ctx context.Context) { _, _ = seqs.Get(ctx) }
	jd.start()
	svc := &intake.Service{
		Forms:           jd.forms.Value,
		Judge:           jd,
		Store:           b.Store,
		FollowUp:        &invocation.Async{Lambda: lambda.NewFromConfig(b.AWS), Function: b.Settings.HandoffFunction},
		Enroller:        nurture.Enroller{Catalog: seqs.Value},
		AllowedOrigins:  b.Settings.AllowedOrigins,
		JunkRetention:   b.Settings.JunkRetention,
		ReviewRetention: b.Settings.ReviewRetention,
		Now:             b.Now,
		Log:             b.Log,
	}
	h := &httpapi.Handler{Intake: svc, Tokens: tokens, Log: b.Log, Ready: jd.wait}
	return h.Handle, nil
}

func parseRules(v *versions.Version) (*rules.Set, error) {
	rs, err := rules.Parse([]byte(v.Files[versions.RulesFile]))
	if err != nil {
		return nil, fmt.Errorf("rules v%d: %w", v.Number, err)
	}
	return rs, nil
}

// liveJudge is the judge of the live rules and forms versions.
type liveJudge struct {
	forms  *versions.Watcher[*forms.Set]
	rules  *versions.Watcher[*rules.Set]
	build  func(rs *rules.Set, label string, fs *forms.Set) (*judge.Judge, error)
	judges versions.Rebuilt[*judge.Judge]
	// started is closed once the first build, started at init, is done.
	started chan struct{}
	// alongside, when set, looks up the rest of the live configuration a
	// submission uses (the sequences), while wait looks up the judge's.
	alongside func(ctx context.Context)
}

// start builds the first judge in the background.
func (l *liveJudge) start() {
	l.started = make(chan struct{})
	go func() {
		defer close(l.started)
		// Not the init's context: the build outlives New.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _ = l.get(ctx) // a failure is the first request's answer (wait)
	}()
}

// get returns the judge of the live versions, built when they changed.
// Once one was built it never fails: the watchers and the rebuild keep
// what they have when the table or a new version fails them.
func (l *liveJudge) get(ctx context.Context) (*judge.Judge, error) {
	fs, err := l.forms.Get(ctx)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	rs, err := l.rules.Get(ctx)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	label := versions.Label(rs.Version, rs.Value.Version())
	return l.judges.Get([]int64{rs.Version, fs.Version}, func() (*judge.Judge, error) {
		j, err := l.build(rs.Value, label, fs.Value)
		if err != nil {
			return nil, fmt.Errorf("app: rules v%d with forms v%d: %w", rs.Version, fs.Version, err)
		}
		return j, nil
	})
}

// wait returns once a judge is built (nil) or cannot be (its error), or
// when ctx ends first: the handler waits for it before a submission.
// Meanwhile alongside looks up the rest of the configuration the
// submission will use: a request that finds the refresh interval passed
// reads those pointers at once, not one after another (one round trip
// less before the answer, once a minute per instance, or on every post to
// a form that gets fewer).
func (l *liveJudge) wait(ctx context.Context) error {
	select {
	case <-l.started:
	case <-ctx.Done():
		return ctx.Err()
	}
	var wg sync.WaitGroup
	if l.alongside != nil {
		wg.Go(func() { l.alongside(ctx) })
	}
	_, err := l.get(ctx)
	wg.Wait()
	return err
}

// Judge and Refit use the judge of the live versions; the handler calls
// them only after wait returned nil, so there is one.
func (l *liveJudge) Judge(ctx context.Context, form *forms.Form, sub *lead.Submission) lead.Judgment {
	j, _ := l.get(ctx)
	return j.Judge(ctx, form, sub)
}

func (l *liveJudge) Refit(form *forms.Form, fields *lead.Fields, s lead.Screening) lead.Judgment {
	// Refit runs within the request that judged, after Judge: it takes
	// the judge in hand rather than read the pointers (it has no context
	// to bound that read), so that the screening it keeps and the
	// qualification it redoes are one version's, as the lead records.
	j, _ := l.judges.Last()
	return j.Refit(form, fields, s)
}

// Package intakefn wires the intake function: the form-post API with the
// judge (screening and qualification, compiled once for every form), and
// the asynchronous invocation of the hand-off function for every stored
// lead. It is the only function that builds a judge, and it sends no mail.
//
// Init builds only the configuration and the clients. The judge (rules,
// screening models, per-form engines) is built by a goroutine started at
// init, so the first request finds it ready or nearly so instead of the
// init phase paying for it before the runtime asks for that request.
package intakefn

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/lambda"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/sequences"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/httpapi"
	"github.com/leadsieve/leadsieve/internal/intake"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// New builds the intake function's handler, reading its configuration
// through getenv once. The judge is built in the background; a request
// that arrives before it is ready waits for it, and if it cannot be built
// (a rules or forms error the tests would have caught, or a CAPTCHA secret
// missing from the environment) every submission is answered 503, logged
// with that error (see httpapi.Handler.Ready).
func New(ctx context.Context, getenv func(string) string) (boot.HTTPHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	secret, err := signing.Secret(ctx, b)
	if err != nil {
		return nil, err
	}
	tokens, err := rendertoken.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	jd := buildJudge(func() (*judge.Judge, error) {
		rs, err := rules.Parse(config.Rules())
		if err != nil {
			return nil, err
		}
		return judge.New(rs, judge.Deps(judge.DepsOptions{
			Now: b.Now, Tokens: tokens, Counter: b.Store.Counters(), CounterKey: secret, Logger: b.Log,
			HTTPClient: &http.Client{Timeout: 5 * time.Second}, Network: true,
		}), judge.Options{DefaultOrigins: b.Settings.AllowedOrigins, Getenv: getenv, Forms: fs})
	})
	svc := &intake.Service{
		Forms:           fs,
		Judge:           jd,
		Store:           b.Store,
		FollowUp:        &invocation.Async{Lambda: lambda.NewFromConfig(b.AWS), Function: b.Settings.HandoffFunction},
		Enroller:        nurture.Enroller{Catalog: sequences.Catalog(b.Store, time.Minute)},
		AllowedOrigins:  b.Settings.AllowedOrigins,
		JunkRetention:   b.Settings.JunkRetention,
		ReviewRetention: b.Settings.ReviewRetention,
		Now:             b.Now,
		Log:             b.Log,
	}
	h := &httpapi.Handler{Intake: svc, Tokens: tokens, Log: b.Log, Ready: jd.wait}
	return h.Handle, nil
}

// pendingJudge is a judge being built by a goroutine.
type pendingJudge struct {
	done chan struct{} // closed once j or err is set
	j    *judge.Judge
	err  error
}

func buildJudge(build func() (*judge.Judge, error)) *pendingJudge {
	p := &pendingJudge{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		j, err := build()
		if err != nil {
			p.err = fmt.Errorf("app: %w", err)
			return
		}
		p.j = j
	}()
	return p
}

// wait returns once the judge is built (nil) or cannot be (its error), or
// when ctx ends first.
func (p *pendingJudge) wait(ctx context.Context) error {
	select {
	case <-p.done:
		return p.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Judge and Refit are the built judge's; the handler calls them only after
// wait returned nil.
func (p *pendingJudge) Judge(ctx context.Context, form *forms.Form, sub *lead.Submission) lead.Judgment {
	<-p.done
	return p.j.Judge(ctx, form, sub)
}

func (p *pendingJudge) Refit(form *forms.Form, fields *lead.Fields, s lead.Screening) lead.Judgment {
	<-p.done
	return p.j.Refit(form, fields, s)
}

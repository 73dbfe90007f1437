// Package judge decides what a submission is: it runs the junk screen and
// the fit qualification that the rules file configures for the form, and
// combines them into the final verdict (lead.Combine) with every reason,
// returned as a lead.Judgment. Intake, the batch screener and the back-test
// all judge through it, so they always agree. It depends on the domain and on
// screening, never on intake: the verdict rules live in lead, and anything
// that judges can use it without pulling in HTTP intake.
package judge

import (
	"context"
	"errors"
	"fmt"

	"github.com/leadsieve/leadsieve/internal/adapters/captcha"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// Options configure a Judge beyond the rules.
type Options struct {
	// DefaultOrigins apply to forms that list no allowed origins.
	DefaultOrigins []string
	// Getenv reads CAPTCHA secrets named by forms.yaml; nil reads none.
	Getenv func(string) string
	// Forms, when set, are compiled for screening once by New (their
	// CAPTCHA secrets read once), so a request does no per-form work.
	Forms *forms.Set
	// RulesVersion names the rules in every judgment (stored with the
	// lead): the intake function gives their live version's number and
	// hash ("v2-3f9a0c1b2d4e"), so that a lead says which published
	// version judged it. Empty is the rules' content hash alone
	// (rules.Set.Version), for tools that judge with a file.
	RulesVersion string
}

// Judge judges submissions with one rules file. It is safe for concurrent
// use; everything is compiled by New.
type Judge struct {
	rules   *rules.Set
	opts    Options
	engines map[string]*screen.Engine // by form id; "" is the defaults
	// screenForms are the compiled Options.Forms, by form id.
	screenForms map[string]compiledForm
}

// compiledForm is a form of Options.Forms as screening needs it.
type compiledForm struct {
	src *forms.Form
	sf  screen.Form
}

// New compiles the screening engine of every form the rules name, and of
// the defaults. Configuration problems come back together.
func New(rs *rules.Set, deps screen.Deps, opts Options) (*Judge, error) {
	j := &Judge{rules: rs, opts: opts, engines: map[string]*screen.Engine{}, screenForms: map[string]compiledForm{}}
	if opts.Forms != nil {
		for _, id := range opts.Forms.IDs() {
			f := opts.Forms.Get(id)
			j.screenForms[id] = compiledForm{src: f, sf: j.compileForm(f)}
		}
	}
	var errs []error
	for _, id := range append([]string{""}, rs.Forms()...) {
		cfg := screen.DefaultConfig()
		if err := rs.Section(id, "screening", &cfg); err != nil {
			errs = append(errs, err)
			continue
		}
		e, err := screen.New(cfg, deps)
		if err != nil {
			name := id
			if name == "" {
				name = "defaults"
			}
			errs = append(errs, fmt.Errorf("screening for %s: %w", name, err))
			continue
		}
		j.engines[id] = e
		if _, err := rs.Qualifier(id); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("judge: %w", errors.Join(errs...))
	}
	return j, nil
}

// RulesVersion names the rules in use (Options.RulesVersion).
func (j *Judge) RulesVersion() string {
	if j.opts.RulesVersion != "" {
		return j.opts.RulesVersion
	}
	return j.rules.Version()
}

// ScreenForm is what screening needs of a configured form: compiled once by
// New for Options.Forms, built here for any other form (batch screening).
func (j *Judge) ScreenForm(f *forms.Form) screen.Form {
	if c, ok := j.screenForms[f.ID]; ok && c.src == f {
		return c.sf
	}
	return j.compileForm(f)
}

func (j *Judge) compileForm(f *forms.Form) screen.Form {
	sf := screen.Form{ID: f.ID, AllowedOrigins: f.AllowedOrigins, RenderToken: f.TokenRequired(), ServerFed: !f.TokenRequired()}
	if len(sf.AllowedOrigins) == 0 {
		sf.AllowedOrigins = j.opts.DefaultOrigins
	}
	if c := f.Captcha; c != nil {
		secret := ""
		if j.opts.Getenv != nil {
			secret = j.opts.Getenv(c.SecretEnv)
		}
		sf.Captcha = &captcha.Settings{Provider: c.Provider, Secret: secret, MinScore: c.MinScore,
			Timeout: c.Timeout, FailOpen: c.FailOpen, ExpectedHostname: c.Hostname, ExpectedAction: c.Action}
	}
	return sf
}

// Judge screens and qualifies sub for form f.
func (j *Judge) Judge(ctx context.Context, f *forms.Form, sub *lead.Submission) lead.Judgment {
	return j.JudgeWith(ctx, j.ScreenForm(f), sub)
}

// JudgeWith judges with an explicit screening form (batch screening of
// exported data, where forms may be unknown).
func (j *Judge) JudgeWith(ctx context.Context, sf screen.Form, sub *lead.Submission) lead.Judgment {
	e := j.engine(sf)
	return j.fit(sf.ID, &sub.Fields, e.Screen(ctx, sf, sub))
}

// Prepared is a judgment whose screening detectors that do not count
// submissions have run, and its qualification; see screen.Engine.Prepare.
type Prepared struct {
	sf     screen.Form
	screen *screen.Prepared
	fit    *lead.Fit // nil when the form has no qualification model
}

// Prepare starts judging sub: everything whose answer does not depend on
// other submissions. Batch screening prepares lines in parallel and
// finishes them in input order; JudgeWith is Finish(Prepare()).
//
// Qualification runs here too: of the screening it reads only whether the
// address is free mail, which is known before the counting checks.
func (j *Judge) Prepare(ctx context.Context, sf screen.Form, sub *lead.Submission) *Prepared {
	p := &Prepared{sf: sf, screen: j.engine(sf).Prepare(ctx, sf, sub)}
	if m, err := j.rules.Qualifier(sf.ID); err == nil {
		p.fit = m.ScoreFit(&sub.Fields, lead.Screening{FreeMail: p.screen.FreeMail()})
	}
	return p
}

// Finish completes a prepared judgment: the counting checks (call it in the
// order the submissions came), then the verdict.
func (j *Judge) Finish(ctx context.Context, p *Prepared) lead.Judgment {
	return j.verdict(j.engine(p.sf).Finish(ctx, p.screen), p.fit)
}

func (j *Judge) engine(sf screen.Form) *screen.Engine {
	if e := j.engines[sf.ID]; e != nil {
		return e
	}
	return j.engines[""]
}

// fit scores fields for the form's rules and combines fit and screening
// into the verdict.
func (j *Judge) fit(formID string, fields *lead.Fields, s lead.Screening) lead.Judgment {
	var fit *lead.Fit
	if m, err := j.rules.Qualifier(formID); err == nil {
		fit = m.ScoreFit(fields, s)
	}
	return j.verdict(s, fit)
}

// verdict combines screening and fit; a nil fit means the form had no
// qualification model.
func (j *Judge) verdict(s lead.Screening, fit *lead.Fit) lead.Judgment {
	out := lead.Judgment{Screening: s, RulesVersion: j.RulesVersion()}
	if fit == nil {
		// New checked every model; a missing one is a programming error.
		// Judge conservatively: a person reviews the lead.
		out.Verdict = lead.VerdictReview
		return out
	}
	out.Fit = fit
	out.Verdict = lead.Combine(s, *fit)
	return out
}

// Refit re-runs qualification alone on merged fields, keeping the screening
// already done (so velocity counters are not counted twice).
func (j *Judge) Refit(f *forms.Form, fields *lead.Fields, s lead.Screening) lead.Judgment {
	return j.fit(f.ID, fields, s)
}

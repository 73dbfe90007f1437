package console

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	netmail "net/mail"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/backtest"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

// backtestRead bounds the leads one back-test reads: it reads every lead
// of every form (no index lists those with an outcome), and a console
// request must answer within the gateway's 30 s. `leadctl backtest` reads
// them all.
const backtestRead = 5000

// BacktestPage is a rules draft back-tested against the live rules on the
// stored leads whose outcome sales marked: the same report as `leadctl
// backtest`.
type BacktestPage struct {
	Live   int64           `json:"live"`
	Report backtest.Report `json:"report"`
	// Skipped lists the leads a rule set could not judge.
	Skipped []backtest.Skip `json:"skipped"`
	// Truncated says only the newest leads were read (backtestRead).
	Truncated bool `json:"truncated,omitempty"`
	ReadLimit int  `json:"read_limit,omitempty"`
}

// draftProblems checks a draft as a save would, and returns its problems
// as a refusal that lists them (nil when it has none): a try-out of a
// draft that does not parse would show nothing useful.
func (p *Pages) draftProblems(ctx context.Context, kind versions.Kind, files versions.Files) error {
	problems, err := p.versions().CheckFiles(ctx, kind, files)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return &versions.ProblemsError{Problems: problems}
	}
	return nil
}

// tryFailed answers a try-out (back-test, preview, dry-run) that could
// not run: a draft with problems lists them in the result area.
func (p *Pages) tryFailed(w http.ResponseWriter, r *http.Request, err error) {
	if pe, refusal := problemsRefusal(err, "the draft has %d problem(s); fix them first"); pe != nil {
		err = refusal
		if wantsHTML(r) {
			p.reply(w, r, http.StatusBadRequest, "config-problems", CheckResult{Problems: pe.Problems})
			return
		}
	}
	p.fail(w, r, err)
}

// draftAndLive reads the draft of kind a trial (back-test, dry run) was
// asked for, and the live version it is compared with. A draft with
// problems is refused with them, as a save would refuse it; ok is false
// when the answer has been written.
func (p *Pages) draftAndLive(w http.ResponseWriter, r *http.Request, kind versions.Kind) (draft versions.Files, live *versions.Version, ok bool) {
	r.SetPathValue("kind", string(kind))
	kind, draft, live, ok = p.kindAndDraft(w, r)
	if !ok {
		return nil, nil, false
	}
	if err := p.draftProblems(r.Context(), kind, draft); err != nil {
		p.tryFailed(w, r, err)
		return nil, nil, false
	}
	return draft, live, true
}

func (p *Pages) configBacktest(w http.ResponseWriter, r *http.Request, u User) {
	draft, live, ok := p.draftAndLive(w, r, versions.Rules)
	if !ok {
		return
	}
	ctx := r.Context()
	fv, _, err := p.versions().Live(ctx, versions.Forms)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	fs, err := forms.Parse([]byte(fv.Files[versions.FormsFile]))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	base, err := screenerOf(live.Files, fs)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	cand, err := screenerOf(draft, fs)
	if err != nil {
		p.tryFailed(w, r, err)
		return
	}
	history, truncated, err := backtest.Stored(ctx, p.Leads, fs.IDs(), backtestRead)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	sc := &backtest.Scorer{Baseline: base, Candidate: cand}
	for _, in := range history {
		sc.Add(ctx, in, in.ID, "lead "+in.ID)
	}
	rep, err := sc.Report()
	if err != nil {
		p.fail(w, r, err)
		return
	}
	pg := BacktestPage{Live: live.Number, Report: rep, Skipped: sc.Skipped, Truncated: truncated}
	if pg.Skipped == nil {
		pg.Skipped = []backtest.Skip{}
	}
	if truncated {
		pg.ReadLimit = backtestRead
	}
	p.reply(w, r, http.StatusOK, "config-backtest", pg)
}

// screenerOf builds the offline screener of a rules kind's files.
func screenerOf(files versions.Files, fs *forms.Set) (*batch.Screener, error) {
	rs, err := rules.Parse([]byte(files[versions.RulesFile]))
	if err != nil {
		return nil, &lead.Error{Kind: lead.EINVALID, Code: "invalid_rules", Message: "the rules do not parse: " + err.Error(), Err: err}
	}
	return batch.NewScreener(rs, fs, batch.Options{})
}

// PreviewPage is a sequence step rendered for a real lead, footer
// included, as the dispatcher would send it.
type PreviewPage struct {
	Sequence string `json:"sequence"`
	File     string `json:"file"`
	Step     int    `json:"step"`
	Steps    int    `json:"steps"`
	LeadID   string `json:"lead_id"`
	Subject  string `json:"subject"`
	Text     string `json:"text"`
	HTML     string `json:"html"`
	// SentTo is the address a test-send went to.
	SentTo string `json:"sent_to,omitempty"`
}

// previewOf renders the step the request names (file, step from 1, lead)
// of the draft's sequence.
func (p *Pages) previewOf(w http.ResponseWriter, r *http.Request) (*nurture.Sequence, *PreviewPage, nurture.RenderLead, bool) {
	r.SetPathValue("kind", string(versions.Sequences))
	kind, draft, _, ok := p.kindAndDraft(w, r)
	if !ok {
		return nil, nil, nurture.RenderLead{}, false
	}
	ctx := r.Context()
	fail := func(err error) (*nurture.Sequence, *PreviewPage, nurture.RenderLead, bool) {
		p.tryFailed(w, r, err)
		return nil, nil, nurture.RenderLead{}, false
	}
	name := r.FormValue("sequence")
	text, ok := draft[name]
	if !ok {
		return fail(invalid("sequence", "choose one of the draft's sequence files"))
	}
	seq, err := nurture.Parse(name, []byte(text))
	if err != nil {
		return fail(&versions.ProblemsError{Problems: []versions.Problem{{Kind: kind, File: name, Message: err.Error()}}})
	}
	step, err := strconv.Atoi(r.FormValue("step"))
	if err != nil || step < 1 || step > len(seq.Steps) {
		return fail(invalid("step", fmt.Sprintf("choose a step from 1 to %d", len(seq.Steps))))
	}
	id := strings.TrimSpace(r.FormValue("lead"))
	if id == "" {
		return fail(invalid("lead", "give the id of a lead to render the step for"))
	}
	l, err := p.Leads.GetLead(ctx, id)
	if err != nil {
		return fail(err)
	}
	// The footer's link carries no token: following it from a preview or
	// a test unsubscribes nobody.
	rl := nurture.RenderLead{Fields: l.Fields, UnsubscribeURL: strings.TrimRight(p.Config.PublicBaseURL, "/") + "/u/preview", PostalAddress: p.Config.PostalAddress}
	rendered, err := seq.Render(step-1, rl)
	if err != nil {
		return fail(&lead.Error{Kind: lead.EINVALID, Code: "preview_failed", Message: "the step does not render: " + err.Error(), Err: err})
	}
	return seq, &PreviewPage{Sequence: seq.ID, File: name, Step: step, Steps: len(seq.Steps), LeadID: l.ID,
		Subject: rendered.Subject, Text: rendered.Text, HTML: rendered.HTML}, rl, true
}

func (p *Pages) configPreview(w http.ResponseWriter, r *http.Request, u User) {
	_, pg, _, ok := p.previewOf(w, r)
	if !ok {
		return
	}
	p.reply(w, r, http.StatusOK, "config-preview", pg)
}

// configTestSend sends the previewed step to the signed-in user, and to
// nobody else: the recipient is never read from the request.
func (p *Pages) configTestSend(w http.ResponseWriter, r *http.Request, u User) {
	if p.Config.Mail == nil {
		p.fail(w, r, &lead.Error{Kind: lead.ENOTALLOWED, Code: "mail_not_set_up", Message: "test e-mails are not set up in this console"})
		return
	}
	addr, err := netmail.ParseAddress(u.Name)
	if err != nil || addr.Name != "" {
		p.fail(w, r, &lead.Error{Kind: lead.EINVALID, Code: "no_address", Message: "your account has no e-mail address to send the test to"})
		return
	}
	seq, pg, rl, ok := p.previewOf(w, r)
	if !ok {
		return
	}
	to := mail.Address{Address: addr.Address}
	msg, err := seq.Compose(pg.Step-1, rl, to)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	msg.Subject = "[test] " + msg.Subject
	msg.Date = p.now()
	raw, err := msg.Bytes()
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if err := p.Config.Mail.SendRaw(r.Context(), seq.From.Address, to.Address, raw); err != nil {
		p.fail(w, r, &lead.Error{Kind: lead.EUNAVAILABLE, Code: "send_failed", Message: "the test e-mail could not be sent; try again shortly", Err: err})
		return
	}
	pg.SentTo = to.Address
	p.reply(w, r, http.StatusOK, "config-preview", pg)
}

// dryRunLeads bounds the recent qualified leads a routing dry-run routes.
const dryRunLeads = 50

// DryRunPage is a routing draft tried on recent qualified leads: who each
// would go to under the live routing and under the draft.
type DryRunPage struct {
	Live    int64       `json:"live"`
	Rows    []DryRunRow `json:"rows"`
	Changed int         `json:"changed"`
}

// DryRunRow is one lead's owner now and after.
type DryRunRow struct {
	LeadID  string `json:"lead_id"`
	Company string `json:"company,omitempty"`
	Country string `json:"country,omitempty"`
	Now     string `json:"now"`
	After   string `json:"after"`
	Changed bool   `json:"changed"`
}

func (p *Pages) configDryRun(w http.ResponseWriter, r *http.Request, u User) {
	draft, live, ok := p.draftAndLive(w, r, versions.Routing)
	if !ok {
		return
	}
	ctx := r.Context()
	before, err := assign.Parse(versions.RoutingFile, []byte(live.Files[versions.RoutingFile]))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	after, err := assign.Parse(versions.RoutingFile, []byte(draft[versions.RoutingFile]))
	if err != nil {
		p.tryFailed(w, r, err)
		return
	}
	recent, err := p.recentQualified(ctx)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	now := p.now()
	route := func(rs *assign.Rules) ([]assign.Decision, error) {
		snap := assign.Snapshot{Day: rs.Day(now)}
		if p.Config.Counters != nil {
			if snap, err = assign.ReadSnapshot(ctx, rs, p.Config.Counters, now); err != nil {
				return nil, err
			}
		}
		var in []assign.RouteLead
		for _, l := range recent {
			in = append(in, assign.LeadOf(l))
		}
		return assign.Simulate(rs, now, in, snap), nil
	}
	was, err := route(before)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	will, err := route(after)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	pg := DryRunPage{Live: live.Number, Rows: []DryRunRow{}}
	for i, l := range recent {
		row := DryRunRow{LeadID: l.ID, Company: l.Fields.Company, Country: l.Fields.Country, Now: ownerOf(was[i]), After: ownerOf(will[i])}
		row.Changed = row.Now != row.After
		if row.Changed {
			pg.Changed++
		}
		pg.Rows = append(pg.Rows, row)
	}
	p.reply(w, r, http.StatusOK, "config-dryrun", pg)
}

// ownerOf names who a decision gives the lead to, and through which team.
func ownerOf(d assign.Decision) string {
	who := d.Member.Name
	if who == "" {
		who = d.Member.Email
	}
	if who == "" {
		who = "the default sales address"
	}
	return who + " (" + d.Team + ")"
}

// recentQualified reads the newest qualified leads of every form, at most
// dryRunLeads, oldest first: the order they were routed in.
func (p *Pages) recentQualified(ctx context.Context) ([]*lead.Lead, error) {
	var out []*lead.Lead
	for _, form := range p.forms(ctx) {
		ls, _, err := p.Leads.LeadsByFormTime(ctx, form, time.Time{}, time.Time{}, false, pageRead, "")
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			if l.Verdict == lead.VerdictQualified {
				out = append(out, l)
			}
		}
	}
	slices.SortFunc(out, func(a, b *lead.Lead) int { return cmp.Compare(b.ID, a.ID) })
	if len(out) > dryRunLeads {
		out = out[:dryRunLeads]
	}
	slices.Reverse(out)
	return out, nil
}

// Package loadtest is the load-and-fault harness of the local stack: it
// starts the product as `make dev` does, posts distinct, valid contact-sales
// submissions at a steady rate, optionally stops the local DynamoDB or SES
// server mid-run and starts it again with its data, lets the system settle
// and then checks from outside (the answers, the leads table and the SES
// stand-in's store) that nothing was lost or done twice.
//
// # Usage
//
//	make load                                   # 50/s for 60 s
//	make load ARGS='-kill ses'                  # SES down from +20 s for 10 s
//	make load ARGS='-kill dynamodb -kill-at 30s -kill-for 10s'
//	make load ARGS='-rate 10 -duration 5s'      # a short run
//	make load ARGS='-timing-only'               # the timing probes alone
//	go run ./cmd/loadtest -h                    # every flag
//
// # What a run does
//
// The stand-ins (dynalite with a data directory, aws-ses-v2-local with a
// store file) run in a fresh work directory, owned by the harness so that
// it can stop and restart them; the real cmd/devserver binary serves the
// API against them on a free port (-external-aws) and runs the dispatcher
// every -dispatch-every (1 s).
//
// Each submission looks like a browser's: it uses a render token fetched
// from GET /forms/contact-sales/token at least 3.2 s earlier (all tokens are
// fetched before the load starts), a browser User-Agent, Accept-Language
// and Origin http://127.0.0.1:3000, and it comes from its own loopback
// address 127.10.x.y (Linux routes all of 127/8 to lo; the local server
// takes the connection's address as the visitor's), because the rules
// allow five posts per address and hour. Submissions are distinct people:
// qualified (CEO or VP, €25k–100k, this quarter, 51-200 people, a company
// domain), nurture (a small company on free mail, next year) and junk (a
// throw-away address), mixed by -mix. The address is unique per
// submission and finds its stored lead and its mail.
//
// After the load the harness waits (up to -settle) until every accepted
// qualified lead has a sales e-mail, no hand-off is pending and no work is
// due now. It never moves the clock: retries and nurture steps run when the
// dispatcher schedule reaches them, so a hand-off retried minutes later
// shows up as late, not as done. Nurture steps fall due hours or days after
// a submission, so a run of a few minutes sees none of them go out; the
// check that no step went out twice covers whatever mail leads receive.
//
// Before the load, on the idle stack, timing probes (timing.go) ask whether
// a post's response time tells its verdict and whether the unsubscribe
// endpoint answers a valid token otherwise than a forged one. After the
// load, every post answered 503 is sent once more, as a client honouring
// Retry-After would: a 503 whose lead was stored after all is consistent
// when that retry finds the lead.
//
// # What it reports
//
// Requests sent and the rate achieved, answers by status, p50/p99 latency
// of accepted posts per class, leads stored, missing (a 201 whose id is
// not in the table), duplicated (two leads for one submission) and refused
// but stored (a 503 must mean not stored), sales e-mails per accepted
// qualified lead (exactly one, duplicate, missing), nurture mail sent
// twice, and speed to lead from the start of the post to the sales
// e-mail's acceptance by the SES stand-in (to the millisecond). The last
// line is PASS or FAIL against issue 12's criteria: 0 lost, 0 duplicated
// leads, 0 duplicate or missing sales e-mails, speed-to-lead p99 ≤ 2 s
// (leading up to and during an outage excused), every post answered 201
// (503 allowed when a server was stopped) and the system settled.
//
// The stand-ins' and the devserver's output go to stack.log in the work
// directory, which -keep (or -dir) keeps for a look afterwards. When the
// system does not settle, the devserver is ended with SIGQUIT, which
// writes every goroutine's stack there: the place its work is stuck.
package loadtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
)

// Config configures a run. Zero fields take the defaults of DefaultConfig.
type Config struct {
	// Root is the repository root (template.yaml, config/, node_modules).
	Root string
	// Devserver is the devserver binary; "" builds cmd/devserver.
	Devserver string
	// Addr is the address the API is served on; "" picks a free port.
	Addr string
	// Dir is the work directory; "" makes a temporary one, removed after
	// the run unless Keep.
	Dir  string
	Keep bool

	Rate     float64
	Duration time.Duration
	Mix      Mix
	// MaxInFlight caps concurrent posts; when reached, posts wait and the
	// achieved rate drops below Rate.
	MaxInFlight int
	// RequestTimeout bounds one post.
	RequestTimeout time.Duration

	// Kill is "", "dynamodb" or "ses": the stand-in stopped at KillAt
	// after the load starts, but not before a first post was accepted
	// (on a slow or busy machine the first answers may take longer than
	// KillAt, and an outage needs leads stored before it), and restarted
	// KillFor later.
	Kill    string
	KillAt  time.Duration
	KillFor time.Duration

	// DispatchEvery is the devserver's dispatcher schedule.
	DispatchEvery time.Duration
	// Settle bounds the wait for the system to finish its work.
	Settle time.Duration

	// TimingRounds is how many rounds of timing probes run on the idle
	// stack before the load (timing.go); zero runs none. TimingOnly skips
	// the load itself.
	TimingRounds int
	TimingOnly   bool

	// Progress receives a line per phase; nil discards them.
	Progress io.Writer
}

// DefaultConfig is the run `make load` does.
func DefaultConfig() Config {
	return Config{
		Rate: 50, Duration: 60 * time.Second, Mix: DefaultMix,
		MaxInFlight: 512, RequestTimeout: 30 * time.Second,
		KillAt: 20 * time.Second, KillFor: 10 * time.Second,
		DispatchEvery: time.Second, Settle: 3 * time.Minute,
		TimingRounds: 100,
	}
}

func (c *Config) fill() error {
	d := DefaultConfig()
	if c.Rate <= 0 {
		c.Rate = d.Rate
	}
	if c.Duration <= 0 {
		c.Duration = d.Duration
	}
	if c.Mix == nil {
		c.Mix = d.Mix
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = d.MaxInFlight
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = d.RequestTimeout
	}
	if c.KillAt <= 0 {
		c.KillAt = d.KillAt
	}
	if c.KillFor <= 0 {
		c.KillFor = d.KillFor
	}
	if c.DispatchEvery <= 0 {
		c.DispatchEvery = d.DispatchEvery
	}
	if c.Settle <= 0 {
		c.Settle = d.Settle
	}
	switch c.Kill {
	case "", "dynamodb", "ses":
	default:
		return fmt.Errorf("loadtest: -kill %q: want dynamodb or ses", c.Kill)
	}
	if c.Root == "" {
		return errors.New("loadtest: Config.Root is required")
	}
	return nil
}

func (c *Config) progress(format string, a ...any) {
	if c.Progress != nil {
		fmt.Fprintf(c.Progress, format+"\n", a...)
	}
}

// Run starts the stack, drives the load, settles, verifies and stops the
// stack. The report is returned even when the run found failures; an
// error means the harness itself could not do its work.
func Run(ctx context.Context, c Config) (*Report, error) {
	if err := c.fill(); err != nil {
		return nil, err
	}
	dir := c.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "leadsieve-load-")
		if err != nil {
			return nil, fmt.Errorf("loadtest: %w", err)
		}
		dir = tmp
		if !c.Keep {
			defer os.RemoveAll(dir)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	logs, err := os.Create(filepath.Join(dir, "stack.log"))
	if err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	defer logs.Close()
	if c.Devserver == "" {
		c.progress("building cmd/devserver")
		if c.Devserver, err = BuildDevserver(ctx, c.Root, dir); err != nil {
			return nil, err
		}
	}
	// The devserver runs in Root; a relative path means the caller's directory.
	if c.Devserver, err = filepath.Abs(c.Devserver); err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	c.progress("starting the local stack in %s", dir)
	st, err := startStack(ctx, &c, dir, &lockedWriter{w: logs})
	if err != nil {
		return nil, err
	}
	defer func() {
		if err := st.stop(); err != nil {
			c.progress("stopping the stack: %v", err)
		}
	}()
	return run(ctx, &c, st)
}

func run(ctx context.Context, c *Config, st *stack) (*Report, error) {
	r := &Report{Rate: c.Rate, Duration: c.Duration}
	var probes []*Submission
	if c.TimingRounds > 0 {
		secret, err := signingSecret(c.Root)
		if err != nil {
			return nil, err
		}
		signer, err := unsubscribe.NewSigner(secret)
		if err != nil {
			return nil, err
		}
		if r.Timing, probes, err = probe(ctx, c, st, signer); err != nil {
			return nil, err
		}
	}
	n := int(c.Rate * c.Duration.Seconds())
	if c.TimingOnly {
		n = 0
		r.Rate, r.Duration = 0, 0
	}
	subs := make([]*Submission, n)
	ours := make(map[string]*Submission, n)
	for i := range subs {
		subs[i] = submission(i, c.Mix.classOf(i))
		ours[subs[i].Email] = subs[i]
	}
	c.progress("fetching %d render tokens", n)
	tokens, err := fetchTokens(ctx, st.baseURL, n)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		if wait := tokenAge - time.Since(tokens[n-1].at); wait > 0 {
			time.Sleep(wait)
		}
	}

	c.progress("posting %d submissions at %.0f/s for %s", n, c.Rate, c.Duration)
	start := time.Now()
	// accepted is closed at the first 201, answered is closed once every
	// post has its answer.
	accepted, answered := make(chan struct{}), make(chan struct{})
	var firstAccepted sync.Once
	var outageDone chan error
	if c.Kill != "" {
		outageDone = make(chan error, 1)
		go func() {
			select {
			case <-time.After(c.KillAt):
			case <-ctx.Done():
				outageDone <- ctx.Err()
				return
			}
			select {
			case <-accepted:
			case <-answered: // none accepted: the report shows it
			case <-ctx.Done():
				outageDone <- ctx.Err()
				return
			}
			c.progress("stopping %s for %s", c.Kill, c.KillFor)
			stopped, restarted, err := st.outage(ctx, c.Kill, c.KillFor)
			r.Outage = &Outage{Service: c.Kill, Stopped: stopped, Restarted: restarted,
				StoppedAt: stopped.Sub(start), Downtime: restarted.Sub(stopped)}
			c.progress("%s answering again", c.Kill)
			outageDone <- err
		}()
	}
	client := postClient(c.RequestTimeout)
	sem := make(chan struct{}, c.MaxInFlight)
	var wg sync.WaitGroup
	var last time.Time
	for i, s := range subs {
		if wait := time.Until(start.Add(time.Duration(float64(i) / c.Rate * float64(time.Second)))); wait > 0 {
			time.Sleep(wait)
		}
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		last = time.Now()
		r.Sent++
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			post(ctx, client, st.baseURL, s, tokens[i])
			if s.Result.Status == http.StatusCreated {
				firstAccepted.Do(func() { close(accepted) })
			}
		}()
	}
	if r.Sent > 1 {
		r.AchievedRate = float64(r.Sent-1) / last.Sub(start).Seconds()
	}
	wg.Wait()
	close(answered)
	subs = subs[:r.Sent]
	if outageDone != nil {
		if err := <-outageDone; err != nil {
			return nil, fmt.Errorf("loadtest: %s outage: %w", c.Kill, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if n := retryRefused(ctx, client, st.baseURL, subs, tokens); n > 0 {
		c.progress("posted the %d submissions answered 503 again, as a client honouring Retry-After would", n)
	}

	c.progress("load done in %s; settling (at most %s)", time.Since(start).Round(time.Millisecond), c.Settle)
	cfg, err := st.aws.AWSConfig(ctx)
	if err != nil {
		return nil, err
	}
	db := dynamodb.NewFromConfig(cfg)
	settleStart := time.Now()
	deadline := settleStart.Add(c.Settle)
	var snap *snapshot
	for {
		snap, err = observe(ctx, db, st.aws)
		if err != nil {
			return nil, err
		}
		ok, why := settled(snap, subs, ours)
		if ok {
			// One more dispatcher round: a late second send would show now.
			time.Sleep(c.DispatchEvery + time.Second)
			if snap, err = observe(ctx, db, st.aws); err != nil {
				return nil, err
			}
			r.Settled, r.SettledIn = true, time.Since(settleStart)
			break
		}
		if time.Now().After(deadline) {
			r.Unsettled = why
			c.progress("not settled (%s); the devserver's goroutines are dumped to stack.log", why)
			st.dumpGoroutines()
			break
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
	if r.Timing != nil {
		checkProbeVerdicts(r.Timing, probes, snap)
	}
	evaluate(r, subs, snap, ours)
	return r, nil
}

// retryRefused posts every submission answered 503 once more, with the
// same body, token and source address, as a client honouring Retry-After
// does once the outage is over; the answer goes to Submission.Retry. A 503
// promises nothing was stored under a new id: when the first post's lead
// was stored after all, the retry must find it (same id). The clients are
// many and retry independently, so up to retryInFlight retries are under
// way at once: one after another, a retry that waits for its first post's
// claim (intake's repeat wait, 3 s) made an outage of 10 s cost half an
// hour of retries.
func retryRefused(ctx context.Context, client *http.Client, baseURL string, subs []*Submission, tokens []token) int {
	n := 0
	sem := make(chan struct{}, retryInFlight)
	var wg sync.WaitGroup
	for _, s := range subs {
		if s.Result.Status != http.StatusServiceUnavailable || ctx.Err() != nil {
			continue
		}
		n++
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			retry := &Submission{Seq: s.Seq, Class: s.Class, Email: s.Email, Fields: s.Fields, SourceIP: s.SourceIP}
			post(ctx, client, baseURL, retry, tokens[s.Seq])
			s.Retry = retry.Result
		})
	}
	wg.Wait()
	return n
}

// retryInFlight bounds the retries of refused posts under way at once.
const retryInFlight = 32

// lockedWriter serialises the writes of the stack's several children.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

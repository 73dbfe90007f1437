// Command devserver runs leadsieve locally, as `make dev` does: it starts
// the local AWS stand-ins (dynalite, the SES stand-in), creates the
// template's DynamoDB tables, builds each function's handler with its
// environment resolved from template.yaml, and serves the template's
// HttpApi routes on -addr the way API Gateway would, plus a demo landing
// page at GET /. Schedule-triggered functions run every -dispatch-every.
// On the same address it serves the Lambda Invoke API for every function
// of the template (package invokeapi), and points the AWS SDK of the
// functions at itself with the standard AWS_ENDPOINT_URL_LAMBDA variable,
// so intake's asynchronous invocation of the hand-off function runs as it
// does on AWS. The SES stand-in publishes the Send event of every e-mail
// sent through the template's configuration set to an SNS stand-in, which
// delivers it to the SES events function through that Invoke API
// (devstack.SESEvents).
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/app"
	"github.com/leadsieve/leadsieve/internal/app/invokeapi"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

//go:embed landing.html
var landingFS embed.FS

var landingTmpl = template.Must(template.ParseFS(landingFS, "landing.html"))

type config struct {
	addr          string
	dynamoPort    int
	sesPort       int
	dataDir       string
	templatePath  string
	dispatchEvery time.Duration
	// asyncWorkers run asynchronous (Event) invocations.
	asyncWorkers int
	// externalAWS uses stand-ins another process runs (a load test that
	// stops and restarts them mid-run) instead of starting its own.
	externalAWS bool
	// cognitoPort is cognito-local's port (0 = a free one).
	cognitoPort int
	// ready, when set, is called once the server answers (tests).
	ready func(readyInfo)
	// out receives the start-up banner with the console's sign-in details.
	out io.Writer
}

// readyInfo is what a running dev server offers.
type readyInfo struct {
	URL   string // http://addr
	Stack *devstack.Stack
	// Pools holds the local user pool, its client and the users made.
	Pools *devstack.UserPools
}

func main() {
	var c config
	flag.StringVar(&c.addr, "addr", "127.0.0.1:3000", "address to serve the HTTP API on")
	flag.IntVar(&c.dynamoPort, "dynamo-port", 8000, "port of the local DynamoDB (dynalite)")
	flag.IntVar(&c.sesPort, "ses-port", 8005, "port of the local SES and its mail viewer")
	flag.StringVar(&c.dataDir, "data", ".local/dynamodb", "dynalite data directory (\"\" = in memory)")
	flag.StringVar(&c.templatePath, "template", "template.yaml", "SAM template")
	flag.DurationVar(&c.dispatchEvery, "dispatch-every", 5*time.Second, "how often Schedule-triggered functions run")
	flag.IntVar(&c.asyncWorkers, "async-workers", invokeapi.DefaultConcurrency, "asynchronous (Event) invocations run at once; the rest wait in the queue")
	flag.IntVar(&c.cognitoPort, "cognito-port", 9229, "port of the local Cognito (cognito-local) the console signs in against")
	flag.BoolVar(&c.externalAWS, "external-aws", false, "use the local DynamoDB and SES already running at AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_SES instead of starting them")
	flag.Parse()
	c.out = os.Stdout

	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c, log); err != nil {
		log.Error("devserver failed", slog.Any("error", err))
		os.Exit(1)
	}
}

func run(ctx context.Context, c config, log *slog.Logger) error {
	tpl, err := samtemplate.Load(c.templatePath)
	if err != nil {
		return err
	}
	root, err := filepath.Abs(filepath.Dir(c.templatePath))
	if err != nil {
		return err
	}
	var st *devstack.Stack
	if c.externalAWS {
		st = devstack.Attach(os.Getenv("AWS_ENDPOINT_URL_DYNAMODB"), os.Getenv("AWS_ENDPOINT_URL_SES"))
		if st.DynamoURL == "" || st.SESURL == "" {
			return errors.New("-external-aws needs AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_SES")
		}
	} else {
		// SES's events reach the functions subscribed to them through
		// this server's Invoke API, as SNS invokes them on AWS.
		evs, err := devstack.SESEventsOf(tpl, "http://"+c.addr)
		if err != nil {
			return err
		}
		if st, err = devstack.Start(ctx, devstack.Options{
			Root: root, DynamoPort: c.dynamoPort, SESPort: c.sesPort, DataDir: c.dataDir,
			Cognito: true, CognitoPort: c.cognitoPort,
			SESEvents: evs, Log: &slogWriter{log: log},
		}); err != nil {
			return err
		}
	}
	defer func() {
		if err := st.Stop(); err != nil {
			log.Error("stop local AWS", slog.Any("error", err))
		}
	}()
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		if err := os.Setenv(k, v); err != nil {
			return err
		}
	}
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		return err
	}
	tables, err := devstack.CreateTables(ctx, dynamodb.NewFromConfig(cfg), tpl, func(id string) string { return id })
	if err != nil {
		return err
	}
	log.Info("local AWS ready", slog.String("dynamodb", st.DynamoURL), slog.String("ses", st.SESURL), slog.String("cognito", st.CognitoURL), slog.Any("tables", tables))
	// The template's user pools, made afresh in cognito-local at every
	// start (it keeps them only as long as it runs).
	pools := &devstack.UserPools{Physical: map[string]string{}}
	if st.CognitoURL != "" {
		if pools, err = st.CreateUserPools(ctx, tpl); err != nil {
			return err
		}
	}

	// The dev server is the API gateway: its own address is the public
	// base URL (links in local mail point here) unless one is given.
	if _, ok := os.LookupEnv(paramEnvPrefix + "PublicBaseUrl"); !ok {
		os.Setenv(paramEnvPrefix+"PublicBaseUrl", "http://"+c.addr)
	}
	// The console is served here too: sales e-mails link to its lead
	// pages and outcome links.
	if _, ok := os.LookupEnv(paramEnvPrefix + "ConsoleUrl"); !ok {
		os.Setenv(paramEnvPrefix+"ConsoleUrl", "http://"+c.addr+"/console")
	}
	// The dev server is the Lambda service too: functions that invoke
	// another reach it here (set before any function's AWS config loads).
	if _, ok := os.LookupEnv("AWS_ENDPOINT_URL_LAMBDA"); !ok {
		os.Setenv("AWS_ENDPOINT_URL_LAMBDA", "http://"+c.addr)
	}
	envs := &envBuilder{tpl: tpl, tables: tables, ids: pools.Physical, secrets: &secretStore{path: filepath.Join(root, ".local", "secrets.json")}, lookup: os.LookupEnv}
	handlers := map[string]httpHandler{}
	for _, r := range tpl.Routes() {
		if _, done := handlers[r.FunctionID]; done {
			continue
		}
		getenv, err := envs.getenv(r.FunctionID)
		if err != nil {
			return err
		}
		h, err := app.NewHTTPHandler(ctx, r.FunctionID, getenv)
		if err != nil {
			return fmt.Errorf("build handler of %s: %w", r.FunctionID, err)
		}
		handlers[r.FunctionID] = asLambdaRuns(tpl, r.FunctionID, h)
	}
	cors, err := tpl.HttpApiCors(envs.resolver())
	if err != nil {
		return err
	}
	gw := newGateway(tpl.Routes(), handlers, cors, landing(st.SESURL), log)
	if gw.authorizers, err = buildAuthorizers(ctx, tpl, envs, st.CognitoURL, log); err != nil {
		return err
	}

	scheduled, err := buildScheduled(ctx, tpl, envs, log)
	if err != nil {
		return err
	}
	if len(scheduled) > 0 && c.dispatchEvery > 0 {
		go dispatchLoop(ctx, c.dispatchEvery, scheduled, log)
	}
	invoke, err := buildInvocable(ctx, tpl, envs, handlers, scheduled)
	if err != nil {
		return err
	}
	invoke.Log = log
	invoke.Concurrency = c.asyncWorkers
	// Queued and running asynchronous invocations finish before the
	// stand-ins stop; retries due later are dropped (the dispatcher's
	// due-work pass picks their work up on the next start).
	defer invoke.Close()

	srv := &http.Server{Addr: c.addr, Handler: withInvokeAPI(gw, invoke), ReadHeaderTimeout: 10 * time.Second}
	// Listening before saying so: a port another process holds fails
	// here, not after "serving" was logged to whoever waits for it.
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("http server: %w", err)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving", slog.String("url", "http://"+c.addr), slog.Int("routes", len(tpl.Routes())), slog.String("mail_viewer", st.SESURL),
		slog.String("console", "http://"+c.addr+"/console/"))
	if c.out != nil {
		printConsole(c.out, "http://"+c.addr, pools)
	}
	if c.ready != nil {
		c.ready(readyInfo{URL: "http://" + c.addr, Stack: st, Pools: pools})
	}
	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http shutdown: %w", err)
	}
	return nil
}

// landing serves the demo page at GET / and 404 elsewhere. /?subscribed=1,
// where the newsletter form's thank-you URL points, shows a confirmation.
func landing(sesURL string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			writeMessage(w, http.StatusNotFound, "Not Found")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = landingTmpl.Execute(w, struct {
			MailViewer string
			Subscribed bool
		}{sesURL, r.URL.Query().Get("subscribed") == "1"})
	})
}

// withInvokeAPI serves the Lambda Invoke API's paths with invoke, and
// everything else with gw.
func withInvokeAPI(gw, invoke http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, invokeapi.PathPrefix) {
			invoke.ServeHTTP(w, r)
			return
		}
		gw.ServeHTTP(w, r)
	})
}

// buildInvocable makes every function of the template invocable through
// the Invoke API: those already built for routes and schedules as they
// are, the others (the hand-off function, the SES events function) built
// here with their template environment.
func buildInvocable(ctx context.Context, tpl *samtemplate.Template, envs *envBuilder, handlers map[string]httpHandler, scheduled []namedSchedule) (*invokeapi.Server, error) {
	fns := map[string]invokeapi.Function{}
	for id, h := range handlers {
		fns[id] = app.HTTPInvocable(h)
	}
	for _, s := range scheduled {
		fns[s.id] = app.ScheduledInvocable(s.h)
	}
	for _, f := range tpl.Functions() {
		if _, done := fns[f.LogicalID]; done {
			continue
		}
		getenv, err := envs.getenv(f.LogicalID)
		if err != nil {
			return nil, err
		}
		fn, err := app.NewInvocable(ctx, f.LogicalID, getenv)
		if err != nil {
			return nil, fmt.Errorf("build function %s: %w", f.LogicalID, err)
		}
		fns[f.LogicalID] = fn
	}
	return &invokeapi.Server{Functions: fns}, nil
}

type namedSchedule struct {
	id string
	h  scheduledHandler
}

func buildScheduled(ctx context.Context, tpl *samtemplate.Template, envs *envBuilder, log *slog.Logger) ([]namedSchedule, error) {
	schedules, err := tpl.Schedules()
	if err != nil {
		return nil, err
	}
	var out []namedSchedule
	seen := map[string]bool{}
	for _, s := range schedules {
		if !s.Enabled || seen[s.FunctionID] {
			continue
		}
		seen[s.FunctionID] = true
		if newScheduledHandler == nil {
			log.Warn("scheduled function not run: built without app.NewScheduledHandler", slog.String("function", s.FunctionID))
			continue
		}
		getenv, err := envs.getenv(s.FunctionID)
		if err != nil {
			return nil, err
		}
		h, err := newScheduledHandler(ctx, s.FunctionID, getenv)
		if err != nil {
			return nil, fmt.Errorf("build scheduled handler of %s: %w", s.FunctionID, err)
		}
		out = append(out, namedSchedule{id: s.FunctionID, h: h})
	}
	return out, nil
}

func dispatchLoop(ctx context.Context, every time.Duration, scheduled []namedSchedule, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			for _, s := range scheduled {
				start := time.Now()
				err := s.h(ctx, now)
				attrs := []any{slog.String("function", s.id), slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000)}
				if err != nil {
					log.Error("scheduled run failed", append(attrs, slog.Any("error", err))...)
					continue
				}
				log.Debug("scheduled run", attrs...)
			}
		}
	}
}

// slogWriter logs the children's output lines.
type slogWriter struct{ log *slog.Logger }

func (w *slogWriter) Write(p []byte) (int, error) {
	for _, line := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			w.log.Info("local AWS", slog.String("output", line))
		}
	}
	return len(p), nil
}

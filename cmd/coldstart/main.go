// Command coldstart measures the cold start of every Lambda function on
// its real bootstrap, as `make coldstart` runs it. For each source tree
// given (a checkout of this module; the current one by default) it builds
// every function the way the Makefile's build-* targets do, for this
// machine's architecture, starts the local DynamoDB and SES stand-ins,
// checks every events/<function>/*.json sample against the status in its
// file name on that binary, then cold-starts each function under the
// Lambda runtime interface emulator, round after round, each time paired
// with a hello-world function built the same way. It prints per function
// the median init time, the median ratio to hello-world, the resident set
// after the first invoke, the warm round trip and the binary's size.
//
//	go run ./cmd/coldstart -rie .local/bin/aws-lambda-rie -rounds 15
//	go run ./cmd/coldstart -tree today=../old-checkout -tree new=.
//	go run ./cmd/coldstart -functions DispatcherFunction,UnsubscribeFunction
//	go run ./cmd/coldstart -instructions -functions DispatcherFunction
//
// With -instructions it times nothing: it counts, with Valgrind's
// callgrind, the instructions each bootstrap runs to the runtime loop
// (its init) and to its first answer, the median of three runs, which
// shows a change too small for the timings on a noisy machine.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/devtools/coldstart"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// defaultEvents are the samples sent on the timed cold starts: the
// request each function exists for. Other functions get their first
// sample that expects success.
var defaultEvents = map[string]string{
	"IntakeFunction":      "submit-json.201.json",
	"DispatcherFunction":  "every-minute.ok.json",
	"UnsubscribeFunction": "one-click-unknown-token.200.json",
	"SesEventsFunction":   "complaint.ok.json",
}

type tree struct{ name, dir string }

type treeFlags []tree

func (t *treeFlags) String() string { return fmt.Sprint(*t) }

func (t *treeFlags) Set(v string) error {
	name, dir, ok := strings.Cut(v, "=")
	if !ok || name == "" || dir == "" {
		return errors.New("want NAME=DIR")
	}
	*t = append(*t, tree{name, dir})
	return nil
}

type config struct {
	rie      string
	goCmd    string
	trees    treeFlags
	rounds   int
	warm     int
	samples  bool
	verbose  bool
	newLeads bool
	only     map[string]bool // logical ids to measure; all when empty
	// instructions counts instructions with valgrind instead of timing.
	instructions bool
	valgrind     string
}

func main() {
	var c config
	flag.StringVar(&c.rie, "rie", "", "aws-lambda-rie binary (default .local/bin/aws-lambda-rie, then $PATH)")
	flag.StringVar(&c.goCmd, "go", "go", "go command used to build the bootstraps")
	flag.Var(&c.trees, "tree", "NAME=DIR of a source tree to measure; repeat to compare trees, alternating (default: this checkout)")
	flag.IntVar(&c.rounds, "rounds", 10, "cold starts of each function, each paired with one of hello-world")
	flag.IntVar(&c.warm, "warm", 5, "warm invokes after each cold start (their round trip is reported)")
	flag.BoolVar(&c.samples, "samples", true, "invoke every events/ sample and check its status first")
	flag.BoolVar(&c.verbose, "v", false, "show the local AWS stand-ins' output")
	flag.BoolVar(&c.newLeads, "new-leads", true, "intake's timed cold starts and warm invokes each post a new lead (an idempotency key of their own), as a real first request usually is; false repeats the stored sample, which judges nothing")
	flag.BoolVar(&c.instructions, "instructions", false, "count instructions to the runtime loop and to the first answer with Valgrind's callgrind (median of three runs) instead of timing cold starts")
	flag.StringVar(&c.valgrind, "valgrind", "valgrind", "valgrind command for -instructions")
	functions := flag.String("functions", "", "comma-separated template logical ids of the functions to measure (default: every build-* target); hello-world and one-PutItem are always measured")
	flag.Parse()
	c.only = map[string]bool{}
	for _, id := range strings.Split(*functions, ",") {
		if id = strings.TrimSpace(id); id != "" {
			c.only[id] = true
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "coldstart:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, c config, out io.Writer) error {
	root, err := devstack.FindRoot()
	if err != nil {
		return err
	}
	if len(c.trees) == 0 {
		c.trees = treeFlags{{"", root}}
	}
	if c.rie, err = findRIE(root, c.rie); err != nil {
		return err
	}
	var log io.Writer
	if c.verbose {
		log = os.Stderr
	}
	tmp, err := os.MkdirTemp("", "coldstart-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	st, err := devstack.Start(ctx, devstack.Options{Root: root, Log: log})
	if err != nil {
		return err
	}
	defer st.Stop()
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	// What Lambda gives every function, pointed at the stand-ins; HOME is
	// empty so no developer's ~/.aws settings leak in.
	base := append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + tmp, "AWS_EC2_METADATA_DISABLED=true"}, st.Env()...)
	// Functions that invoke others asynchronously (intake the hand-off,
	// the unsubscribe endpoint its recorder) reach a stand-in of the
	// Invoke API that accepts every event and runs none: one function is
	// measured at a time.
	lambdaURL, err := acceptEvents()
	if err != nil {
		return err
	}
	base = append(base, "AWS_ENDPOINT_URL_LAMBDA="+lambdaURL)
	secret, err := randomHex(32)
	if err != nil {
		return err
	}

	hello, putitem, err := references(ctx, c, root, tmp, base, db)
	if err != nil {
		return err
	}
	var perTree [][]coldstart.Subject
	samples := map[string][]string{} // subject label -> sample files
	for _, t := range c.trees {
		ss, files, err := buildTree(ctx, c, t, tmp, base, secret, db)
		if err != nil {
			return err
		}
		perTree = append(perTree, ss)
		for i, s := range ss {
			samples[s.Label()] = files[i]
		}
	}
	// Function by function, tree after tree: the trees' runs of one
	// function follow each other, so they see the same machine.
	var subjects []coldstart.Subject
	for i := 0; ; i++ {
		n := len(subjects)
		for _, ss := range perTree {
			if i < len(ss) {
				subjects = append(subjects, ss[i])
			}
		}
		if len(subjects) == n {
			break
		}
	}

	how := fmt.Sprintf("%d rounds, %d warm invokes", c.rounds, c.warm)
	if c.instructions {
		how = "callgrind instruction counts, medians of 3"
	}
	fmt.Fprintf(out, "# %s, %s/%s, %d CPUs, %s; %s; emulator %s\n",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(),
		goVersion(c.goCmd), how, c.rie)
	failed := 0
	if c.samples {
		for _, s := range subjects {
			res, err := coldstart.CheckSamples(ctx, c.rie, s, samples[s.Label()])
			if err != nil {
				return err
			}
			for _, r := range res {
				if r.Err != nil {
					failed++
					fmt.Fprintf(out, "FAIL %s %s: %v\n", s.Label(), r.File, r.Err)
				}
			}
			fmt.Fprintf(out, "samples %s: %d of %d answered as their names say\n", s.Label(), len(res)-countFailed(res), len(res))
		}
	}

	if c.instructions {
		if err := countInstructions(ctx, c, out, append([]coldstart.Subject{hello, putitem}, subjects...)); err != nil {
			return err
		}
		if failed > 0 {
			return fmt.Errorf("%d samples did not answer as their names say", failed)
		}
		return nil
	}

	// Progress and retried cold starts go to stderr, the table to stdout.
	results, err := coldstart.Rounds(ctx, c.rie, hello, append([]coldstart.Subject{putitem}, subjects...), c.rounds, c.warm, os.Stderr)
	if err != nil {
		return err
	}
	fmt.Fprintln(out)
	if err := coldstart.WriteTable(out, results); err != nil {
		return err
	}
	if err := coldstart.WriteComparison(out, results); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d samples did not answer as their names say", failed)
	}
	return nil
}

// countInstructions prints, for each subject, its binary's size and the
// median of three callgrind counts of its instructions to the runtime
// loop and to its first answer.
func countInstructions(ctx context.Context, c config, out io.Writer, subjects []coldstart.Subject) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "function\tbinary MB\tto the runtime loop\tto the first answer\tcold-start event\t")
	for _, s := range subjects {
		var inits, answers []float64
		for range 3 {
			init, answer, err := coldstart.Instructions(ctx, c.valgrind, s, true)
			if err != nil {
				return err
			}
			inits, answers = append(inits, float64(init)), append(answers, float64(answer))
		}
		st, err := os.Stat(s.Bootstrap)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.2f M\t%.2f M\t%s\t\n", s.Label(), float64(st.Size())/1e6,
			coldstart.Median(inits)/1e6, coldstart.Median(answers)/1e6, s.EventName)
	}
	return tw.Flush()
}

// references builds the hello-world and one-PutItem functions kept in
// internal/devtools/coldstart/testdata.
func references(ctx context.Context, c config, root, tmp string, base []string, db *dynamodb.Client) (hello, putitem coldstart.Subject, err error) {
	const table = "coldstart-putitem"
	_, err = db.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:            aws.String(table),
		AttributeDefinitions: []types.AttributeDefinition{{AttributeName: aws.String("id"), AttributeType: types.ScalarAttributeTypeS}},
		KeySchema:            []types.KeySchemaElement{{AttributeName: aws.String("id"), KeyType: types.KeyTypeHash}},
		BillingMode:          types.BillingModePayPerRequest,
	})
	if err != nil {
		return hello, putitem, fmt.Errorf("create %s table: %w", table, err)
	}
	for _, s := range []*coldstart.Subject{&hello, &putitem} {
		name := "hello"
		if s == &putitem {
			name = "putitem"
		}
		bin := filepath.Join(tmp, "reference", name, "bootstrap")
		if err := coldstart.Build(ctx, c.goCmd, root, "./internal/devtools/coldstart/testdata/"+name, bin); err != nil {
			return hello, putitem, err
		}
		*s = coldstart.Subject{Name: name, Bootstrap: bin, Event: []byte("{}"), EventName: "{}",
			Env: coldstart.Environ(base, map[string]string{"TABLE_NAME": table, "AWS_LAMBDA_FUNCTION_NAME": name})}
	}
	return hello, putitem, nil
}

// buildTree builds every build-* target of the tree's Makefile and
// returns one subject per function with its sample files.
func buildTree(ctx context.Context, c config, t tree, tmp string, base []string, secret string, db *dynamodb.Client) ([]coldstart.Subject, [][]string, error) {
	mk, err := os.ReadFile(filepath.Join(t.dir, "Makefile"))
	if err != nil {
		return nil, nil, err
	}
	targets, err := coldstart.MakefileTargets(mk)
	if err != nil {
		return nil, nil, err
	}
	tpl, err := samtemplate.Load(filepath.Join(t.dir, "template.yaml"))
	if err != nil {
		return nil, nil, err
	}
	// Each tree gets its own tables, created from its own template.
	prefix := t.name
	if prefix == "" {
		prefix = "current"
	}
	tables, err := devstack.CreateTables(ctx, db, tpl, func(id string) string { return prefix + "-" + id })
	if err != nil {
		return nil, nil, err
	}
	if unknown := unknownIDs(c.only, targets); len(unknown) > 0 {
		return nil, nil, fmt.Errorf("%s: no build-* target for %s", t.dir, strings.Join(unknown, ", "))
	}
	var subjects []coldstart.Subject
	var samples [][]string
	for _, target := range targets {
		if len(c.only) > 0 && !c.only[target.LogicalID] {
			continue
		}
		if err := coldstart.SameBuild(target.Recipe); err != nil {
			return nil, nil, fmt.Errorf("%s build-%s: %w (the harness would not measure what ships)", t.dir, target.LogicalID, err)
		}
		bin := filepath.Join(tmp, prefix, target.LogicalID, "bootstrap")
		if err := coldstart.Build(ctx, c.goCmd, t.dir, target.Package, bin); err != nil {
			return nil, nil, err
		}
		vars, err := coldstart.FunctionEnv(tpl, target.LogicalID, tables, secret)
		if err != nil {
			return nil, nil, err
		}
		vars["AWS_LAMBDA_FUNCTION_NAME"] = target.LogicalID
		files, _ := filepath.Glob(filepath.Join(t.dir, "events", target.EventsDir(), "*.json"))
		slices.Sort(files)
		if len(files) == 0 {
			return nil, nil, fmt.Errorf("%s: no samples in events/%s", t.dir, target.EventsDir())
		}
		eventFile, err := timedEvent(target.LogicalID, files)
		if err != nil {
			return nil, nil, err
		}
		event, err := os.ReadFile(eventFile)
		if err != nil {
			return nil, nil, err
		}
		exp, err := coldstart.ExpectationOf(eventFile)
		if err != nil {
			return nil, nil, err
		}
		subjects = append(subjects, coldstart.Subject{
			Tree: t.name, Name: target.LogicalID, Bootstrap: bin, Env: coldstart.Environ(base, vars),
			Event: event, EventName: filepath.Base(eventFile), Expect: exp,
			NewLeads: c.newLeads && target.LogicalID == "IntakeFunction",
		})
		samples = append(samples, files)
	}
	return subjects, samples, nil
}

// unknownIDs returns the ids in only that name no target, sorted.
func unknownIDs(only map[string]bool, targets []coldstart.Target) []string {
	var out []string
	for id := range only {
		if !slices.ContainsFunc(targets, func(t coldstart.Target) bool { return t.LogicalID == id }) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// acceptEvents serves the Lambda Invoke API on a free loopback port,
// answering every invocation 202 as the service answers an Event, and
// returns its URL. It runs until the process ends.
func acceptEvents() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("coldstart: Lambda stand-in: %w", err)
	}
	go func() {
		_ = http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			w.WriteHeader(http.StatusAccepted)
		}))
	}()
	return "http://" + ln.Addr().String(), nil
}

// timedEvent picks the sample for the timed cold starts.
func timedEvent(id string, files []string) (string, error) {
	for _, f := range files {
		if filepath.Base(f) == defaultEvents[id] {
			return f, nil
		}
	}
	for _, f := range files {
		if exp, err := coldstart.ExpectationOf(f); err == nil && exp.Status < 300 {
			return f, nil
		}
	}
	return "", fmt.Errorf("%s: no sample that expects success", id)
}

// findRIE returns the emulator binary: the flag, the Makefile's
// .local/bin copy, or one on $PATH.
func findRIE(root, flagValue string) (string, error) {
	if flagValue != "" {
		return filepath.Abs(flagValue)
	}
	local := filepath.Join(root, ".local", "bin", "aws-lambda-rie")
	if _, err := os.Stat(local); err == nil {
		return local, nil
	}
	p, err := exec.LookPath("aws-lambda-rie")
	if err != nil {
		return "", errors.New("aws-lambda-rie not found: run `make coldstart`, which installs it into .local/bin, or pass -rie")
	}
	return p, nil
}

func goVersion(goCmd string) string {
	b, err := exec.Command(goCmd, "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(b))
}

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func countFailed(res []coldstart.SampleResult) int {
	n := 0
	for _, r := range res {
		if r.Err != nil {
			n++
		}
	}
	return n
}

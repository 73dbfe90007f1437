// Package devstack runs local stand-ins for the AWS services leadsieve uses:
// dynalite for the DynamoDB API, aws-ses-v2-local for the SES API (with
// its web mail viewer) and, when asked, cognito-local for the console's
// Cognito user pool. All are npm packages pinned in the repository's
// package.json; Start installs them with `npm ci` when they are missing.
// Where a stand-in falls short of the service, a small hook is loaded into
// its node (sesstore.js, dynalite.js); an SNS stand-in carries SES's event
// publishing to the subscribed functions (SESEvents).
package devstack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options configures Start.
type Options struct {
	// Root is the repository root (the directory with package.json);
	// "" finds it by walking up from the working directory to go.mod.
	Root string
	// DynamoPort is dynalite's port; 0 picks a free one.
	DynamoPort int
	// SESPort is aws-ses-v2-local's port; 0 picks a free one.
	SESPort int
	// DataDir is dynalite's LevelDB directory; "" keeps data in memory.
	// With a directory, StopDynamo and StartDynamo keep the tables.
	DataDir string
	// SESStore is a file where the SES stand-in keeps every message it
	// accepts (one JSON object a line) and reloads them from on start, so
	// StopSES and StartSES lose no mail; "" keeps mail in memory only.
	// With a file, each stored message also carries the millisecond it was
	// accepted (Email.At), not only the second.
	SESStore string
	// SESEvents, when set, makes the SES stand-in publish SES's events
	// through the template's configuration sets to an SNS stand-in, which
	// delivers them to the subscribed functions (SESEventsOf reads them
	// from the template).
	SESEvents *SESEvents
	// Cognito starts cognito-local too (the console's sign-in), with its
	// data in a temporary folder that Stop removes: its pools and users
	// last as long as the stack.
	Cognito bool
	// CognitoPort is cognito-local's port; 0 picks a free one.
	CognitoPort int
	// Log receives the children's output; nil discards it.
	Log io.Writer
}

// Stack is a running pair of local AWS stand-ins.
type Stack struct {
	// DynamoURL is dynalite's base URL, http://127.0.0.1:N.
	DynamoURL string
	// SESURL is aws-ses-v2-local's base URL, http://127.0.0.1:N; the mail
	// viewer is its root page.
	SESURL string
	// SNSURL is the SNS stand-in's endpoint with Options.SESEvents, else "".
	SNSURL string
	// CognitoURL is cognito-local's base URL, http://127.0.0.1:N ("" when
	// Options.Cognito is off); token issuers are CognitoURL/<pool id>.
	CognitoURL string

	root    string
	opts    Options
	sesPort int

	// attached stacks belong to another process (Attach).
	attached bool

	mu         sync.Mutex
	dynamo     *child
	ses        *child
	sns        *SNS
	cognito    *child
	cognitoDir string
}

// startTimeout bounds how long a child may take to answer.
const startTimeout = 30 * time.Second

// Start installs the npm packages if needed and starts both servers on
// 127.0.0.1, returning once both answer. The children run in their own
// process group; call Stop to end them. A server on a port Start chose
// itself that ends while starting (another process took the port between
// FreePort and its listen) is started again on new ports, twice at most.
func Start(ctx context.Context, o Options) (*Stack, error) {
	for attempt := 1; ; attempt++ {
		s, err := start(ctx, o)
		chosen := o.DynamoPort == 0 || o.SESPort == 0 || (o.Cognito && o.CognitoPort == 0)
		if err == nil || !chosen || attempt == 3 || !errors.Is(err, errExitedDuringStart) {
			return s, err
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "devstack: attempt %d: %v; starting again on new ports\n", attempt, err)
		}
	}
}

// errExitedDuringStart is a child server ending before it answered.
var errExitedDuringStart = errors.New("exited during start")

func start(ctx context.Context, o Options) (*Stack, error) {
	root := o.Root
	if root == "" {
		r, err := FindRoot()
		if err != nil {
			return nil, err
		}
		root = r
	}
	if _, err := exec.LookPath("node"); err != nil {
		return nil, fmt.Errorf("devstack: node is required for the local AWS stand-ins (install Node.js 18+): %w", err)
	}
	if err := ensureInstalled(ctx, root, o.Log); err != nil {
		return nil, err
	}
	var err error
	if o.DynamoPort == 0 {
		if o.DynamoPort, err = FreePort(); err != nil {
			return nil, err
		}
	}
	if o.SESPort == 0 {
		if o.SESPort, err = FreePort(); err != nil {
			return nil, err
		}
	}
	s := &Stack{
		DynamoURL: "http://127.0.0.1:" + strconv.Itoa(o.DynamoPort),
		SESURL:    "http://127.0.0.1:" + strconv.Itoa(o.SESPort),
		root:      root,
		opts:      o,
		sesPort:   o.SESPort,
	}
	if o.DataDir != "" {
		if err := os.MkdirAll(o.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("devstack: dynalite data dir: %w", err)
		}
	}
	if err := s.startSNS(); err != nil {
		return nil, err
	}
	if err := s.StartDynamo(ctx); err != nil {
		_ = s.Stop()
		return nil, err
	}
	if err := s.StartSES(ctx); err != nil {
		_ = s.Stop()
		return nil, err
	}
	if o.Cognito {
		if err := s.startCognito(ctx); err != nil {
			_ = s.Stop()
			return nil, err
		}
	}
	return s, nil
}

// Attach returns a Stack for stand-ins that another process started and
// stops: Env, AWSConfig and Emails work; Start*, Stop* and Stop do nothing.
// A load test uses it to hand the servers it stops and restarts to the
// local server.
func Attach(dynamoURL, sesURL string) *Stack {
	return &Stack{DynamoURL: dynamoURL, SESURL: sesURL, attached: true}
}

// StartDynamo starts dynalite again on the same port after StopDynamo. The
// tables survive only with Options.DataDir. It is a no-op when dynalite runs.
func (s *Stack) StartDynamo(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dynamo != nil || s.attached {
		return nil
	}
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(s.opts.DynamoPort),
		"--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"}
	if s.opts.DataDir != "" {
		args = append(args, "--path", s.opts.DataDir)
	}
	hook, err := writeHook("leadsieve-dynalite-", dynaliteHook)
	if err != nil {
		return err
	}
	c, err := startChild(ctx, "dynalite", filepath.Join(s.root, "node_modules", ".bin", "dynalite"), args, s.root, []string{"NODE_OPTIONS=--require " + hook}, s.opts.Log,
		"Dynalite listening", s.DynamoURL+"/")
	if err != nil {
		return err
	}
	s.dynamo = c
	return nil
}

// StopDynamo stops dynalite, so that storage fails as in a DynamoDB outage.
func (s *Stack) StopDynamo() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dynamo == nil {
		return nil
	}
	err := s.dynamo.stop()
	s.dynamo = nil
	return err
}

// StartSES starts the SES server again on the same port after StopSES. Its
// store of sent mail starts empty unless Options.SESStore keeps it. It is a
// no-op when SES runs.
func (s *Stack) StartSES(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ses != nil || s.attached {
		return nil
	}
	var store string
	if s.opts.SESStore != "" {
		abs, err := filepath.Abs(s.opts.SESStore)
		if err != nil {
			return fmt.Errorf("devstack: SES store: %w", err)
		}
		store = abs
	}
	env, err := s.sesHookEnv(store)
	if err != nil {
		return err
	}
	c, err := startChild(ctx, "aws-ses-v2-local", filepath.Join(s.root, "node_modules", ".bin", "aws-ses-v2-local"),
		[]string{"--host", "127.0.0.1", "--port", strconv.Itoa(s.sesPort)}, s.root, env, s.opts.Log,
		"server running at", s.SESURL+"/health-check")
	if err != nil {
		return err
	}
	s.ses = c
	return nil
}

// StopSES stops the SES server, so that sends fail as in an SES outage.
func (s *Stack) StopSES() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ses == nil {
		return nil
	}
	err := s.ses.stop()
	s.ses = nil
	return err
}

// Stop ends the servers and their process groups, and the SNS stand-in.
func (s *Stack) Stop() error {
	err := errors.Join(s.stopCognito(), s.StopSES(), s.StopDynamo())
	if s.sns != nil {
		err = errors.Join(err, s.sns.Close())
		s.sns = nil
	}
	return err
}

// Env returns the SDK's standard environment variables pointing at the stack.
func (s *Stack) Env() []string {
	env := []string{
		"AWS_ENDPOINT_URL_DYNAMODB=" + s.DynamoURL,
		"AWS_ENDPOINT_URL_SES=" + s.SESURL,
		"AWS_ACCESS_KEY_ID=local",
		"AWS_SECRET_ACCESS_KEY=local",
		"AWS_REGION=us-east-1",
	}
	if s.CognitoURL != "" {
		env = append(env, "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER="+s.CognitoURL)
	}
	return env
}

// FindRoot walks up from the working directory to the directory with go.mod.
func FindRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("devstack: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("devstack: no go.mod above the working directory")
		}
		dir = parent
	}
}

// ensureInstalled runs `npm ci` under a file lock when dynalite is missing.
func ensureInstalled(ctx context.Context, root string, log io.Writer) error {
	bin := filepath.Join(root, "node_modules", ".bin", "dynalite")
	if installed(root) {
		return nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return fmt.Errorf("devstack: npm is required to install the local AWS stand-ins (package.json): %w", err)
	}
	unlock, err := lockFile(ctx, filepath.Join(os.TempDir(), "leadsieve-npm-ci-"+strconv.FormatUint(hash(root), 16)+".lock"))
	if err != nil {
		return err
	}
	defer unlock()
	if installed(root) { // another process installed while we waited
		return nil
	}
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = &out, &out
	if log != nil {
		cmd.Stdout, cmd.Stderr = io.MultiWriter(&out, log), io.MultiWriter(&out, log)
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("devstack: npm ci in %s: %w\n%s", root, err, tail(out.Bytes()))
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("devstack: npm ci did not install dynalite: %w", err)
	}
	return nil
}

func installed(root string) bool {
	for _, b := range []string{"dynalite", "aws-ses-v2-local", "cognito-local"} {
		if _, err := os.Stat(filepath.Join(root, "node_modules", ".bin", b)); err != nil {
			return false
		}
	}
	return true
}

func hash(s string) uint64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// FreePort returns a TCP port on 127.0.0.1 that nothing listens on now,
// for the local servers the dev tools start.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devstack: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// child is one running server.
type child struct {
	name string
	cmd  *exec.Cmd
	out  *ringBuffer
	done chan struct{}
	err  error // the exit status, valid once done is closed
}

// startChild starts bin with args in dir; env adds to this process's environment.
func startChild(ctx context.Context, name, bin string, args []string, dir string, env []string, log io.Writer, readyLine, probeURL string) (*child, error) {
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("devstack: %s not installed (run npm ci): %w", name, err)
	}
	c := &child{name: name, out: &ringBuffer{max: 8 << 10}, done: make(chan struct{})}
	// Not CommandContext: the children outlive ctx, which only bounds the start.
	c.cmd = exec.Command(bin, args...)
	c.cmd.Dir = dir
	if len(env) > 0 {
		c.cmd.Env = append(os.Environ(), env...)
	}
	var w io.Writer = c.out
	if log != nil {
		w = io.MultiWriter(c.out, prefixWriter(log, name))
	}
	c.cmd.Stdout, c.cmd.Stderr = w, w
	setProcessGroup(c.cmd)
	if err := c.cmd.Start(); err != nil {
		return nil, fmt.Errorf("devstack: start %s: %w", name, err)
	}
	go func() {
		c.err = c.cmd.Wait()
		close(c.done)
	}()
	if err := c.waitReady(ctx, readyLine, probeURL); err != nil {
		_ = c.stop()
		return nil, err
	}
	return c, nil
}

// waitReady waits until the child printed readyLine and answers probeURL.
// Waiting for the line (not only for the port) makes sure the server that
// answers is this child and not another process holding the port.
func (c *child) waitReady(ctx context.Context, readyLine, probeURL string) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	client := &http.Client{Timeout: time.Second}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-c.done:
			return fmt.Errorf("devstack: %s %w (%v); output:\n%s", c.name, errExitedDuringStart, c.err, c.out.String())
		case <-ctx.Done():
			return fmt.Errorf("devstack: %s not ready after %s: %w; output:\n%s", c.name, startTimeout, ctx.Err(), c.out.String())
		case <-tick.C:
		}
		if !strings.Contains(c.out.String(), readyLine) {
			continue
		}
		resp, err := client.Get(probeURL)
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode < 500 {
			return nil
		}
	}
}

// stop terminates the child's process group, escalating to SIGKILL.
func (c *child) stop() error {
	select {
	case <-c.done:
		return nil
	default:
	}
	_ = signalGroup(c.cmd, false)
	select {
	case <-c.done:
		return nil
	case <-time.After(5 * time.Second):
	}
	if err := signalGroup(c.cmd, true); err != nil {
		return fmt.Errorf("devstack: kill %s: %w", c.name, err)
	}
	select {
	case <-c.done:
		return nil
	case <-time.After(5 * time.Second):
		return fmt.Errorf("devstack: %s did not exit", c.name)
	}
}

// ringBuffer keeps the last max bytes written to it.
type ringBuffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (r *ringBuffer) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.buf = append(r.buf, p...)
	if len(r.buf) > r.max {
		r.buf = append(r.buf[:0], r.buf[len(r.buf)-r.max:]...)
	}
	return len(p), nil
}

func (r *ringBuffer) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return string(r.buf)
}

func tail(b []byte) string {
	const n = 4 << 10
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// prefixWriter prefixes each write with the child's name.
func prefixWriter(w io.Writer, name string) io.Writer {
	return &prefixed{w: w, prefix: []byte("[" + name + "] ")}
}

type prefixed struct {
	mu     sync.Mutex
	w      io.Writer
	prefix []byte
}

func (p *prefixed) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		if _, err := p.w.Write(append(append([]byte{}, p.prefix...), line...)); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

package loadtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// stack is the local product under test: the AWS stand-ins, which the
// harness owns so that it can stop and restart them, and the devserver
// binary serving the API against them.
type stack struct {
	aws     *devstack.Stack
	baseURL string
	server  *exec.Cmd
	exited  chan error
	served  chan struct{} // closed once the devserver logs that it serves
}

// errExitedDuringStart is the devserver ending before it answered; on a
// port the harness chose, usually because another process took the port
// between FreePort and the devserver's listen.
var errExitedDuringStart = errors.New("loadtest: devserver exited during start")

// startStack starts the stand-ins with their data in dir and the devserver
// binary on a free port, and returns once the API answers. A port it chose
// itself and lost to another process is chosen again, twice at most.
func startStack(ctx context.Context, c *Config, dir string, logs io.Writer) (*stack, error) {
	for attempt := 1; ; attempt++ {
		s, err := startStackOnce(ctx, c, dir, logs)
		if err == nil || c.Addr != "" || attempt == 3 || !errors.Is(err, errExitedDuringStart) {
			return s, err
		}
		fmt.Fprintf(logs, "loadtest: attempt %d: %v; starting again on new ports\n", attempt, err)
	}
}

func startStackOnce(ctx context.Context, c *Config, dir string, logs io.Writer) (*stack, error) {
	addr := c.Addr
	if addr == "" {
		port, err := devstack.FreePort()
		if err != nil {
			return nil, err
		}
		addr = "127.0.0.1:" + strconv.Itoa(port)
	}
	tpl, err := samtemplate.Load(filepath.Join(c.Root, "template.yaml"))
	if err != nil {
		return nil, err
	}
	// SES's Send events go to the devserver's Invoke API, as the
	// devserver's own stack would send them.
	evs, err := devstack.SESEventsOf(tpl, "http://"+addr)
	if err != nil {
		return nil, err
	}
	st, err := devstack.Start(ctx, devstack.Options{
		Root:      c.Root,
		DataDir:   filepath.Join(dir, "dynamodb"),
		SESStore:  filepath.Join(dir, "ses-store.jsonl"),
		SESEvents: evs,
		Log:       logs,
	})
	if err != nil {
		return nil, err
	}
	s := &stack{aws: st}
	s.baseURL = "http://" + addr
	cmd := exec.Command(c.Devserver, "-addr", addr, "-external-aws",
		"-template", filepath.Join(c.Root, "template.yaml"),
		"-dispatch-every", c.DispatchEvery.String())
	cmd.Dir = c.Root
	cmd.Env = append(os.Environ(), st.Env()...)
	s.served = make(chan struct{})
	out := &servingWatch{w: logs, served: s.served}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		_ = st.Stop()
		return nil, fmt.Errorf("loadtest: start devserver: %w", err)
	}
	s.server = cmd
	s.exited = make(chan error, 1)
	go func() { s.exited <- cmd.Wait() }()
	if err := s.waitReady(ctx); err != nil {
		_ = s.stop()
		return nil, err
	}
	return s, nil
}

// waitReady waits for the devserver to log that it serves (only then is
// the address its own: another process that took the port would answer
// the token route too), then polls the token route until it answers.
func (s *stack) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	client := &http.Client{Timeout: time.Second}
	served := s.served
	for {
		select {
		case err := <-s.exited:
			s.exited <- err
			return fmt.Errorf("%w: %v (see the log)", errExitedDuringStart, err)
		case <-ctx.Done():
			return fmt.Errorf("loadtest: devserver not answering at %s: %w", s.baseURL, ctx.Err())
		case <-served:
			served = nil // once
			continue
		case <-time.After(100 * time.Millisecond):
		}
		if served != nil {
			continue
		}
		resp, err := client.Get(s.baseURL + "/forms/contact-sales/token")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
}

// outage stops one stand-in and starts it again on the same port after
// d; it returns when the restarted server answers. Data survive: dynalite
// keeps its table in the data directory and the SES stand-in its mail in
// the store file.
func (s *stack) outage(ctx context.Context, service string, d time.Duration) (stopped, restarted time.Time, err error) {
	stop, start := s.aws.StopDynamo, s.aws.StartDynamo
	if service == "ses" {
		stop, start = s.aws.StopSES, s.aws.StartSES
	}
	stopped = time.Now()
	if err := stop(); err != nil {
		return stopped, time.Time{}, err
	}
	select {
	case <-time.After(d - time.Since(stopped)):
	case <-ctx.Done():
	}
	// Restart even when the run is cancelled: verification reads both.
	err = start(context.WithoutCancel(ctx))
	return stopped, time.Now(), err
}

// dumpGoroutines makes the devserver print every goroutine's stack to the
// log and exit (Go's SIGQUIT behaviour): when the system does not settle,
// the dump shows where its work is stuck.
func (s *stack) dumpGoroutines() {
	if s.server == nil || s.server.Process == nil {
		return
	}
	_ = s.server.Process.Signal(syscall.SIGQUIT)
	select {
	case err := <-s.exited:
		s.exited <- err
	case <-time.After(10 * time.Second):
	}
}

// stop ends the devserver (SIGTERM, then SIGKILL) and the stand-ins.
func (s *stack) stop() error {
	var errs []error
	if s.server != nil && s.server.Process != nil {
		_ = syscall.Kill(-s.server.Process.Pid, syscall.SIGTERM)
		select {
		case <-s.exited:
		case <-time.After(15 * time.Second):
			_ = syscall.Kill(-s.server.Process.Pid, syscall.SIGKILL)
			<-s.exited
			errs = append(errs, errors.New("loadtest: devserver did not stop on SIGTERM"))
		}
	}
	errs = append(errs, s.aws.Stop())
	return errors.Join(errs...)
}

// BuildDevserver builds cmd/devserver of the repository at root into dir
// and returns the binary's path.
func BuildDevserver(ctx context.Context, root, dir string) (string, error) {
	bin := filepath.Join(dir, "devserver")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/devserver")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("loadtest: build devserver: %w\n%s", err, out)
	}
	return bin, nil
}

// servingWatch passes the devserver's output on to w and closes served
// when the devserver logs "serving" (its log is JSON lines).
type servingWatch struct {
	w      io.Writer
	mu     sync.Mutex
	tail   []byte // the end of what was written, for a line split between writes
	served chan struct{}
}

func (s *servingWatch) Write(p []byte) (int, error) {
	s.mu.Lock()
	if s.served != nil {
		s.tail = append(s.tail, p...)
		if bytes.Contains(s.tail, []byte(`"msg":"serving"`)) {
			close(s.served)
			s.served, s.tail = nil, nil
		} else if i := bytes.LastIndexByte(s.tail, '\n'); i >= 0 {
			s.tail = append(s.tail[:0], s.tail[i+1:]...)
		}
	}
	s.mu.Unlock()
	return s.w.Write(p)
}

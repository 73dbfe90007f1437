package coldstart

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
)

// Session is one bootstrap running under the runtime interface emulator.
// The emulator starts the bootstrap on the first invoke, as Lambda does on
// a cold start.
type Session struct {
	cmd *exec.Cmd
	url string
	out lockedBuffer
	// client has no keep-alive so every invoke is measured the same way.
	client *http.Client
}

// Start runs the emulator rie with bootstrap on a free 127.0.0.1 port and
// returns once it accepts connections. env is the whole environment of
// the emulator, which hands it on to the function.
func Start(ctx context.Context, rie, bootstrap string, env []string) (*Session, error) {
	port, err := devstack.FreePort()
	if err != nil {
		return nil, err
	}
	// The emulator serves the runtime API on 127.0.0.1:9001 unless told
	// otherwise; a port of its own keeps two emulators on one machine (or
	// one still shutting down) from answering each other's runtime.
	apiPort, err := devstack.FreePort()
	if err != nil {
		return nil, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	bootstrap, err = filepath.Abs(bootstrap)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(rie, "--runtime-interface-emulator-address", addr,
		"--runtime-api-address", "127.0.0.1:"+strconv.Itoa(apiPort), bootstrap)
	cmd.Dir = filepath.Dir(bootstrap) // the function's /var/task
	cmd.Env = env
	s := &Session{
		cmd:    cmd,
		url:    "http://" + addr + "/2015-03-31/functions/function/invocations",
		client: &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 60 * time.Second},
	}
	cmd.Stdout = &s.out
	cmd.Stderr = &s.out
	// Its own process group, so Stop also reaches the bootstrap.
	cmd.SysProcAttr = processGroup()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("coldstart: start %s: %w", rie, err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			c.Close()
			return s, nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			_ = s.Stop()
			return nil, fmt.Errorf("coldstart: emulator did not listen on %s: %v\n%s", addr, err, s.Output())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Invoke sends one event and returns the function's answer and the
// round trip as seen by the caller.
func (s *Session) Invoke(ctx context.Context, event []byte) ([]byte, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(event))
	if err != nil {
		return nil, 0, err
	}
	start := time.Now()
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("coldstart: invoke: %w\n%s", err, s.Output())
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	if err != nil {
		return nil, 0, fmt.Errorf("coldstart: invoke: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return body, took, fmt.Errorf("coldstart: emulator answered %s: %s\n%s", resp.Status, body, s.Output())
	}
	return body, took, nil
}

// RuntimeRSS returns the resident set of the bootstrap process in bytes
// (VmRSS of the emulator's child).
func (s *Session) RuntimeRSS() (int64, error) {
	pid, err := childOf(s.cmd.Process.Pid)
	if err != nil {
		return 0, err
	}
	return residentBytes(pid)
}

// RuntimeCPU returns the CPU time the bootstrap process has used so far,
// all threads together. Unlike wall-clock init time it hardly changes when
// other processes compete for the CPU.
func (s *Session) RuntimeCPU() (time.Duration, error) {
	pid, err := childOf(s.cmd.Process.Pid)
	if err != nil {
		return 0, err
	}
	return cpuTime(pid)
}

// Stop ends the emulator (which kills the bootstrap) and waits for it,
// so that Output holds everything both printed.
func (s *Session) Stop() error {
	if s.cmd.Process == nil {
		return nil
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		killGroup(s.cmd.Process.Pid)
		<-done
	}
	// The emulator kills the runtime on SIGTERM; this reaches anything
	// left in the group (a bootstrap that forked) all the same.
	killGroup(s.cmd.Process.Pid)
	return nil
}

// Output is what the emulator and the function have printed so far.
func (s *Session) Output() string { return s.out.String() }

// InitMillis is the init duration from the emulator's INIT REPORT line;
// call it after Stop so the output is complete.
func (s *Session) InitMillis() (float64, error) {
	ms, err := InitMillis(s.Output())
	if err != nil {
		return 0, fmt.Errorf("%w\n%s", err, s.Output())
	}
	return ms, nil
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var errNoChild = errors.New("coldstart: the emulator has no running bootstrap")

//go:build unix

package docscheck

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
)

// TestDocs runs every runnable shell block of README.md and docs/*.md, one
// shell per file, against a fresh local stack (cmd/devserver, in memory, on
// free ports) per file. DOCSCHECK_SLOW=1 (make docs-check) also runs the
// blocks marked slow.
//
// Files run filesAtOnce at a time: their stacks mostly wait, and one file
// (screening.md, whose evaluations take over a minute) would otherwise
// hold one of two slots while the others queued for the second. With slow
// blocks they run one at a time, so that benchmarks do not share the
// machine with another file.
func TestDocs(t *testing.T) {
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(root)
	if err != nil {
		t.Fatal(err)
	}
	slow := os.Getenv("DOCSCHECK_SLOW") == "1"
	bin := t.TempDir()
	build(t, root, bin, "leadctl", "./cmd/leadctl")
	build(t, root, bin, "devserver", "./cmd/devserver")

	atOnce := make(chan struct{}, filesAtOnce)
	if slow {
		atOnce = make(chan struct{}, 1)
	}
	for _, l := range longest {
		if !slices.Contains(files, filepath.Join(root, filepath.FromSlash(l))) {
			t.Errorf("longest names %s, which is not a checked file", l)
		}
	}
	slices.SortStableFunc(files, func(a, b string) int {
		return cmp.Compare(startsFirst(root, a), startsFirst(root, b))
	})
	var running sync.WaitGroup
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		atOnce <- struct{}{} // files start in order
		running.Go(func() {
			defer func() { <-atOnce }()
			t.Run(rel, func(t *testing.T) { checkFile(t, root, bin, rel, slow) })
		})
	}
	running.Wait()
}

// filesAtOnce is how many files TestDocs checks at a time.
const filesAtOnce = 4

// longest are the files whose blocks take longest (on the reference
// machine under make test: screening.md 67 s, operations.md 34 s,
// nurture.md 21 s, the others 15 s or less); TestDocs starts them first, so
// that the check ends soon after the longest does. A stale list only costs
// time.
var longest = []string{"docs/screening.md", "docs/operations.md", "docs/nurture.md"}

// startsFirst is a file's place in longest, or len(longest) for the others.
func startsFirst(root, file string) int {
	rel, _ := filepath.Rel(root, file)
	if i := slices.Index(longest, filepath.ToSlash(rel)); i >= 0 {
		return i
	}
	return len(longest)
}

// checkFile runs the shell blocks of one file (rel, from the repository
// root) with the commands built in bin, against a stack of its own when
// the blocks talk to one.
func checkFile(t *testing.T, root, bin, rel string, slow bool) {
	blocks, err := extractRel(root, rel)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks {
		switch b.Kind {
		case NoRun:
			t.Logf("%s: not run: %s", b.Where(), b.Reason)
		case Slow:
			if !slow {
				t.Logf("%s: slow, not run (make docs-check runs it)", b.Where())
			}
		}
	}
	ports := Ports{API: freePort(t), Dynamo: freePort(t), SES: freePort(t)}
	script, any := Script(blocks, slow, ports)
	if !any {
		return
	}
	// A file that talks to the local stack names its addresses. A port
	// chosen free may be taken by another test before the stack listens
	// on it: the stack then starts again on new ones, twice at most.
	for attempt := 1; strings.Contains(script, "127.0.0.1:"); attempt++ {
		if startStack(t, root, filepath.Join(bin, "devserver"), ports, attempt == 3) {
			break
		}
		ports = Ports{API: freePort(t), Dynamo: freePort(t), SES: freePort(t)}
		script, _ = Script(blocks, slow, ports)
	}
	start := time.Now()
	out, err := runScript(t, root, bin, script)
	t.Logf("%s: shell blocks took %s", rel, time.Since(start).Round(time.Millisecond))
	if testing.Verbose() && err == nil {
		t.Logf("output:\n%s", tail(out, 20000))
	}
	if err != nil {
		t.Fatalf("%s: %v\n%s", rel, err, tail(out, 6000))
	}
}

// TestConvention checks that every shell block of the docs follows the
// package's info-string convention and that the docs exist.
func TestConvention(t *testing.T) {
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("no docs/*.md beside README.md: %v", files)
	}
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		if _, err := extractRel(root, rel); err != nil {
			t.Error(err)
		}
	}
}

func extractRel(root, rel string) ([]Block, error) {
	blocks, err := Extract(filepath.Join(root, rel))
	for i := range blocks {
		blocks[i].File = rel
	}
	return blocks, err
}

// build compiles a command for the check, with the race detector when the
// test itself has it (so `make test-race` reuses the packages it compiled).
func build(t *testing.T, root, dir, name, pkg string) {
	t.Helper()
	args := []string{"build", "-o", filepath.Join(dir, name)}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startStack runs the dev server as `make dev` does, but with its data in
// memory (every check starts empty, so the blocks' velocity counts and ids
// are the same on every run) and on the given ports. It is stopped with
// the test.
func startStack(t *testing.T, root, devserver string, p Ports, last bool) bool {
	t.Helper()
	var logs syncBuffer
	cmd := exec.Command(devserver,
		"-addr", fmt.Sprintf("127.0.0.1:%d", p.API),
		"-dynamo-port", fmt.Sprint(p.Dynamo), "-ses-port", fmt.Sprint(p.SES), "-cognito-port", "0", "-data", "")
	cmd.Dir = root
	cmd.Env = cleanEnv()
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	stop := func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
	}
	// The devserver logs "serving" once it holds its address; an answer
	// on the port could come from another process that took it.
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			if !last && strings.Contains(logs.String(), "address already in use") {
				t.Logf("devserver: a port was taken; starting again on new ports")
				return false
			}
			t.Fatalf("devserver exited before it served:\n%s", tail(logs.String(), 4000))
		default:
		}
		if strings.Contains(logs.String(), `"msg":"serving"`) {
			t.Cleanup(func() {
				stop()
				if t.Failed() {
					t.Logf("devserver log:\n%s", tail(logs.String(), 4000))
				}
			})
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	t.Fatalf("devserver did not serve within 90s:\n%s", tail(logs.String(), 4000))
	return false
}

func runScript(t *testing.T, root, bin, script string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "-c", script)
	cmd.Dir = root
	env := cleanEnv()
	for i, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			env[i] = "PATH=" + bin + string(os.PathListSeparator) + kv[len("PATH="):]
		}
	}
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// cleanEnv is the test's environment without AWS or leadsieve settings, so
// a block works only if it sets what the docs tell a reader to set.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "AWS_") || strings.HasPrefix(name, "LEADSIEVE_") || name == "LEADS_TABLE" ||
			strings.HasPrefix(name, "SIGNING_SECRET") || name == "DOCSCHECK_SLOW" {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// syncBuffer collects a child's output written from two pipes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "...\n" + s[len(s)-n:]
}

// TestLinks checks that every relative link of the docs names a file of
// the repository and, for a Markdown file, one of its headings.
func TestLinks(t *testing.T) {
	root, err := devstack.FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(root)
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, filepath.Join(root, "internal", "config", "rules", "README.md"))
	for _, f := range files {
		links, err := Links(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		for _, l := range links {
			target := f
			if l.Target != "" {
				target = filepath.Join(filepath.Dir(f), l.Target)
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s:%d: link to %s: no such file", rel, l.Line, l.Target)
				continue
			}
			if l.Anchor == "" || !strings.HasSuffix(target, ".md") {
				continue
			}
			anchors, err := Anchors(target)
			if err != nil {
				t.Fatal(err)
			}
			if !anchors[l.Anchor] {
				t.Errorf("%s:%d: link to %s#%s: no such heading", rel, l.Line, l.Target, l.Anchor)
			}
		}
	}
}

package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/console/outcomelink"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
)

// chromium is Debian's browser, which .ci/run installs.
const chromium = "/usr/bin/chromium"

// specDir holds the browser harness and its specs.
var specDir = filepath.Join("..", "..", "internal", "console", "browsertest")

// TestConsoleInBrowser starts the whole local stack as `make dev` does
// (gateway with the JWT authorizer, every function, dynalite, the SES
// stand-in, cognito-local with the template's pool and one user per
// group) and runs each internal/console/browsertest/*.spec.cjs in
// headless Chromium with playwright-core; the reports specs run last, on
// a table `leadctl dev seed` filled. The specs that need a stack of their
// own (ownStack) run in their own tests. CONSOLE_SPECS (names without
// .spec.cjs, comma-separated) runs only those. Screenshots go to
// $LEADSIEVE_TEST_OUT/console, else to the test's artifact folder (kept
// with go test -artifacts).
func TestConsoleInBrowser(t *testing.T) {
	specs, _ := filepath.Glob(filepath.Join(specDir, "*.spec.cjs"))
	specs = slices.DeleteFunc(specs, func(s string) bool { return ownStack[specName(s)] })
	runSpecs(t, specs)
}

// ownStack lists the specs that need a stack set up for them, each run
// by its own test.
var ownStack = map[string]bool{"config-effect": true}

// TestConfigEffectInBrowser runs config-effect.spec.cjs: a rules version
// published in the console judges the next post within the functions'
// refresh interval, and a rollback restores the previous one. The stack's
// functions look at the live pointer every configRefresh (the template's
// parameter, or the variable itself when the template does not pass it),
// so that the spec waits seconds, not the deployed minute.
func TestConfigEffectInBrowser(t *testing.T) {
	t.Setenv(paramEnvPrefix+"ConfigRefreshSeconds", strconv.Itoa(configRefresh))
	t.Setenv("CONFIG_REFRESH_SECONDS", strconv.Itoa(configRefresh))
	runSpecs(t, []string{filepath.Join(specDir, "config-effect.spec.cjs")}, "CONFIG_REFRESH_SECONDS="+strconv.Itoa(configRefresh))
}

// configRefresh is the refresh interval, in seconds, of the stack
// TestConfigEffectInBrowser starts.
const configRefresh = 2

func specName(spec string) string { return strings.TrimSuffix(filepath.Base(spec), ".spec.cjs") }

// runSpecs starts the stack and runs specs against it, each in its own
// node process, with the harness's environment and extra.
func runSpecs(t *testing.T, specs []string, extra ...string) {
	if testing.Short() {
		t.Skip("starts the whole local stack and a browser")
	}
	if only := os.Getenv("CONSOLE_SPECS"); only != "" {
		names := strings.Split(only, ",")
		specs = slices.DeleteFunc(specs, func(s string) bool { return !slices.Contains(names, specName(s)) })
		if len(specs) == 0 {
			t.Skipf("CONSOLE_SPECS=%s names none of this test's specs", only)
		}
	}
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing in CI (.ci/run installs the chromium package): %v", chromium, err)
		}
		t.Skipf("%s is not installed (apt-get install chromium); the console's browser test is skipped", chromium)
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("node", "-e", "require.resolve('playwright-core')").CombinedOutput(); err != nil {
		t.Fatalf("playwright-core is not installed (npm ci installs the version package.json pins): %v\n%s", err, out)
	}
	if len(specs) == 0 {
		t.Fatal("no browser specs in " + specDir)
	}
	outDir := os.Getenv("LEADSIEVE_TEST_OUT")
	if outDir != "" {
		outDir = filepath.Join(outDir, "console")
	} else {
		outDir = t.ArtifactDir()
	}

	// leadctl is built while the stack starts: the reports spec reads
	// leads the product's own seeding command made.
	leadctl := filepath.Join(t.TempDir(), "leadctl")
	built := make(chan error, 1)
	if !slices.ContainsFunc(specs, isSeeded) {
		built <- nil
	} else {
		go build(root, leadctl, built)
	}
	info := startDevserver(t, root)
	pool, client := info.Pools.Physical["ConsoleUserPool"], info.Pools.Physical["ConsoleUserPoolClient"]
	type specUser struct {
		Email     string   `json:"email"`
		Password  string   `json:"password"`
		Groups    []string `json:"groups"`
		Temporary bool     `json:"temporary,omitempty"`
	}
	var users []specUser
	for _, u := range info.Pools.Users {
		users = append(users, specUser{u.Email, u.Password, u.Groups, false})
	}
	// A user created by an administrator, who must choose a password.
	temp := specUser{"new.rep@example.com", "Temporary-Passw0rd-1", []string{"sales"}, true}
	if err := info.Stack.CreateUser(context.Background(), pool, temp.Email, temp.Password, false, temp.Groups...); err != nil {
		t.Fatal(err)
	}
	users = append(users, temp)
	usersJSON, err := json.Marshal(users)
	if err != nil {
		t.Fatal(err)
	}
	links := outcomeLinks(t, root, info.URL+"/console")
	scan := tableScan(t, info)
	env := append(os.Environ(),
		"API_URL="+info.URL,
		"OUTCOME_LINKS="+links,
		"TABLE_SCAN="+scan,
		"CHROMIUM="+chromium,
		"CONSOLE_URL="+info.URL+"/console",
		"CONSOLE_USERS="+string(usersJSON),
		"COGNITO_URL="+info.Stack.CognitoURL,
		"COGNITO_POOL_ID="+pool,
		"COGNITO_CLIENT_ID="+client,
		"SES_URL="+info.Stack.SESURL,
		"TEST_OUT="+outDir,
		"SEEDED_LEADS="+strconv.Itoa(seededLeads),
		"SEEDED_DAYS="+strconv.Itoa(seededDays),
	)
	env = append(env, extra...)
	// A spec that changes the configuration runs after those that count
	// audit entries and verdicts; one that reads the report aggregates
	// runs last, on a table seeded then: the seeded leads would otherwise
	// crowd the searches and queues the other specs count.
	slices.SortStableFunc(specs, func(a, b string) int { return cmp.Compare(specRank(a), specRank(b)) })
	seeded := false
	for _, spec := range specs {
		name := specName(spec)
		if isSeeded(spec) && !seeded {
			if err := <-built; err != nil {
				t.Fatal(err)
			}
			seed(t, leadctl, info)
			seeded = true
		}
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, "node", filepath.Base(spec))
			cmd.Dir = specDir
			cmd.Env = env
			// At the deadline the whole spec goes, the browser it started
			// included: killing node alone leaves chromium holding the
			// output pipe, and Run waiting on it for ever.
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
			cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
			cmd.WaitDelay = 10 * time.Second
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			t.Logf("node %s:\n%s", filepath.Base(spec), out.String())
			if err != nil {
				t.Fatalf("spec %s failed: %v", name, err)
			}
		})
	}
	t.Logf("screenshots in %s", outDir)
}

// build builds leadctl to path and reports how it went on done.
func build(root, path string, done chan<- error) {
	cmd := exec.Command("go", "build", "-o", path, "./cmd/leadctl")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		err = fmt.Errorf("go build ./cmd/leadctl: %v\n%s", err, out)
	}
	done <- err
}

// seededLeads and seededDays are what `leadctl dev seed` makes for the
// specs that read reports: enough leads that every table of the Reports
// page has rows, few enough to write in seconds.
const seededLeads, seededDays = 300, 20

// isSeeded reports whether spec reads the seeded table (reports*.spec.cjs).
func isSeeded(spec string) bool { return strings.HasPrefix(filepath.Base(spec), "reports") }

// specRank orders specs: the others, then those that change the
// configuration (config*.spec.cjs), then the seeded ones.
func specRank(spec string) int {
	switch {
	case isSeeded(spec):
		return 2
	case strings.HasPrefix(specName(spec), "config"):
		return 1
	}
	return 0
}

// seed runs `leadctl dev seed` against the stack's DynamoDB, with the
// environment the stack gives its functions (its endpoint, region and
// made-up keys; the tables keep their template names). The command
// writes the leads and rolls up their report aggregates as the
// dispatcher does once leads are five minutes old.
//
// The leads end two days ago: the stack's dispatcher has been rolling up
// every form since it started, from the beginning of yesterday, and leads
// before a form's mark are not rolled up again, so seeded days stay before
// the dispatcher's.
func seed(t *testing.T, leadctl string, info readyInfo) {
	t.Helper()
	started := time.Now()
	until := started.UTC().Add(-48 * time.Hour).Truncate(time.Second).Format(time.RFC3339)
	cmd := exec.Command(leadctl, "dev", "seed", "--leads", strconv.Itoa(seededLeads), "--days", strconv.Itoa(seededDays), "--seed", "7", "--until", until)
	cmd.Env = append(os.Environ(), info.Stack.Env()...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("leadctl dev seed: %v\n%s", err, out)
	}
	t.Logf("leadctl dev seed (%s):\n%s", time.Since(started).Round(100*time.Millisecond), out)
}

// outcomeLinks serves the test's specs the signed "Was this a good lead?"
// link of a lead (GET ?lead=ID answers the URL), made with the signing
// secret the dev server keeps in .local/secrets.json, for a lead whose
// sales e-mail the spec does not read. A spec takes the e-mail's link
// when there is one, else this one, so the public outcome page is always
// exercised.
func outcomeLinks(t *testing.T, root, consoleURL string) string {
	t.Helper()
	secret, err := (&secretStore{path: filepath.Join(root, ".local", "secrets.json")}).get("SigningSecret")
	if err != nil {
		t.Fatal(err)
	}
	signer, err := outcomelink.New([]byte(secret), consoleURL)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := signer.URL(r.URL.Query().Get("lead"), time.Now())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_, _ = io.WriteString(w, u)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// tableScan serves the test's specs a full scan of every table of the
// local DynamoDB: GET ?q=NEEDLE&q=... answers {"items": N, "matches":
// [{"table", "pk", "sk", "needle"}]}, each needle found (lower-cased) in
// any attribute of any item or in a lead's decoded body (bodies are
// compressed, so a scan of the raw attributes alone could miss them).
func tableScan(t *testing.T, info readyInfo) string {
	t.Helper()
	cfg, err := info.Stack.AWSConfig(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	db := dynamodb.NewFromConfig(cfg)
	type match struct {
		Table  string `json:"table"`
		PK     string `json:"pk"`
		SK     string `json:"sk"`
		Needle string `json:"needle"`
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		needles := r.URL.Query()["q"]
		res := struct {
			Items   int     `json:"items"`
			Matches []match `json:"matches"`
		}{Matches: []match{}}
		fail := func(err error) { http.Error(w, err.Error(), http.StatusInternalServerError) }
		tables, err := db.ListTables(ctx, &dynamodb.ListTablesInput{})
		if err != nil {
			fail(err)
			return
		}
		for _, table := range tables.TableNames {
			items, err := devstacktest.TableText(ctx, db, table)
			if err != nil {
				fail(err)
				return
			}
			for _, it := range items {
				res.Items++
				for _, n := range needles {
					if strings.Contains(it.Text, strings.ToLower(n)) {
						res.Matches = append(res.Matches, match{table, it.PK, it.SK, n})
					}
				}
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(res)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// startDevserver runs the dev server in this process on free ports, with
// its own stand-ins and tables in memory, and stops it when the test ends.
// The environment the server sets for its functions is restored then. A
// server that stops while starting (a port another test package took
// between FreePort and the listen, while the packages' tests run side by
// side) is started again on new ports, twice at most.
func startDevserver(t *testing.T, root string) readyInfo {
	t.Helper()
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var info readyInfo
		if info, err = tryDevserver(t, root); err == nil {
			return info
		}
		t.Logf("devserver, attempt %d: %v", attempt, err)
	}
	t.Fatalf("devserver did not start: %v", err)
	return readyInfo{}
}

// tryDevserver starts the dev server once; the error of a server that
// stopped while starting, or did not start in 3 minutes.
func tryDevserver(t *testing.T, root string) (readyInfo, error) {
	saved := os.Environ()
	restore := func() {
		os.Clearenv()
		for _, kv := range saved {
			k, v, _ := strings.Cut(kv, "=")
			os.Setenv(k, v)
		}
	}
	port, err := devstack.FreePort()
	if err != nil {
		return readyInfo{}, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan readyInfo, 1)
	done := make(chan error, 1)
	logs := &syncWriter{w: &bytes.Buffer{}}
	c := config{
		addr:          net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		templatePath:  filepath.Join(root, "template.yaml"),
		dispatchEvery: time.Second,
		asyncWorkers:  4,
		ready:         func(i readyInfo) { ready <- i },
		out:           io.Discard,
	}
	go func() { done <- run(ctx, c, slog.New(slog.NewJSONHandler(logs, nil))) }()
	select {
	case i := <-ready:
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("devserver: %v", err)
			}
			restore()
			if t.Failed() {
				t.Logf("devserver log:\n%s", logs.String())
			}
		})
		return i, nil
	case err := <-done:
		cancel()
		restore()
		return readyInfo{}, fmt.Errorf("%v\n%s", err, logs.String())
	case <-time.After(3 * time.Minute):
		cancel()
		select {
		case <-done:
			restore()
		case <-time.After(30 * time.Second):
			// Still going: its environment stays, and so does the test's
			// failure.
		}
		t.Fatalf("devserver not ready after 3 minutes\n%s", logs.String())
		return readyInfo{}, nil
	}
}

// syncWriter is a buffer the server's goroutines may write to while the
// test reads it.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

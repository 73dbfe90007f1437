// Package devstacktest shares one devstack (dynalite + SES stand-in) among
// all tests of a test binary and creates the template's tables per test.
//
// A package whose tests use it should stop the stack after its tests run:
//
//	func TestMain(m *testing.M) { devstacktest.Main(m) }
//
// Without that TestMain the servers still end with the test binary on
// Linux (they get SIGKILL when their parent dies), but Main stops them
// cleanly. The stack needs node and npm on PATH; a missing tool fails the
// test with a message saying so.
package devstacktest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

var (
	mu      sync.Mutex
	shared  *devstack.Stack
	started bool
	err     error
	seq     atomic.Int64
)

// Stack returns the test binary's stack, starting it on first use.
func Stack(t testing.TB) *devstack.Stack {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if !started {
		started = true
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // includes a first npm ci
		defer cancel()
		shared, err = devstack.Start(ctx, devstack.Options{})
	}
	if err != nil {
		t.Fatalf("devstacktest: local AWS stand-ins (node and npm are required): %v", err)
	}
	return shared
}

// Shutdown stops the shared stack if it was started.
func Shutdown() error {
	mu.Lock()
	defer mu.Unlock()
	if shared == nil {
		return nil
	}
	e := shared.Stop()
	shared = nil
	return e
}

// Main runs the tests, stops the shared stack and exits with the tests'
// status; call it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if e := Shutdown(); e != nil {
		fmt.Fprintln(os.Stderr, "devstacktest: stop:", e)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// Config returns an SDK configuration pointing at st.
func Config(t testing.TB, st *devstack.Stack) aws.Config {
	t.Helper()
	cfg, e := st.AWSConfig(context.Background())
	if e != nil {
		t.Fatal(e)
	}
	return cfg
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// Tables creates the tables of the repository's template.yaml under names
// unique to this test and returns logical id -> physical name. The tables
// are deleted when the test ends.
func Tables(t testing.TB, st *devstack.Stack) map[string]string {
	t.Helper()
	root, e := devstack.FindRoot()
	if e != nil {
		t.Fatal(e)
	}
	tpl, e := samtemplate.Load(filepath.Join(root, "template.yaml"))
	if e != nil {
		t.Fatal(e)
	}
	prefix := unsafeName.ReplaceAllString(t.Name(), "_")
	if len(prefix) > 80 {
		prefix = prefix[:80]
	}
	prefix = fmt.Sprintf("%s-%d-", prefix, seq.Add(1))
	db := dynamodb.NewFromConfig(Config(t, st))
	ctx := context.Background()
	names, e := devstack.CreateTables(ctx, db, tpl, func(id string) string { return prefix + id })
	if e != nil {
		t.Fatal(e)
	}
	t.Cleanup(func() {
		for _, name := range names {
			_, _ = db.DeleteTable(context.Background(), &dynamodb.DeleteTableInput{TableName: aws.String(name)})
		}
	})
	return names
}

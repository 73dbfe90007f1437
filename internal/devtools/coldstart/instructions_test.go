package coldstart

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseCollected(t *testing.T) {
	for _, tc := range []struct {
		out  string
		n    int64
		want bool
	}{
		{"==19006== Events    : Ir\n==19006== Collected : 5759363\n==19006==\n==19006== I   refs:      5,759,363\n", 5759363, true},
		{"==7== Collected : 42", 42, true},
		{"==7== I   refs:      5,759,363\n", 0, false},
		{"Collected : 42", 0, false},
		{"", 0, false},
	} {
		n, ok := ParseCollected(tc.out)
		if n != tc.n || ok != tc.want {
			t.Errorf("ParseCollected(%q) = %d, %v; want %d, %v", tc.out, n, ok, tc.n, tc.want)
		}
	}
}

// fakeValgrind writes a script that stands in for valgrind: it runs the
// program (its last argument) and prints callgrind's summary line.
func fakeValgrind(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "valgrind")
	script := "#!/bin/sh\nfor a; do prog=$a; done\n\"$prog\"\necho '==1== Collected : 4242' >&2\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestInstructions runs the hello-world reference under a stand-in for
// valgrind: it reaches the runtime loop, takes the event and answers it
// through the runtime API stand-in; a program that never asks for work is
// an error, not a count.
func TestInstructions(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a bootstrap")
	}
	ctx := context.Background()
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "bootstrap")
	// Built as the tests' own packages are (with make test's -race), not
	// as a bootstrap: the count's logic needs a program that speaks the
	// runtime API, and this build shares the tests' compiled packages.
	build := exec.CommandContext(ctx, "go", "build", "-C", root, "-o", bin, "./internal/devtools/coldstart/testdata/hello")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	valgrind := fakeValgrind(t)
	hello := Subject{Name: "hello", Bootstrap: bin, Env: []string{"PATH=" + os.Getenv("PATH")}, Event: []byte("{}"), EventName: "{}"}

	init, answer, err := Instructions(ctx, valgrind, hello, true)
	if err != nil {
		t.Fatal(err)
	}
	if init != 4242 || answer != 4242 {
		t.Errorf("Instructions = %d, %d; want the stand-in's 4242 twice", init, answer)
	}
	if _, _, err := Instructions(ctx, valgrind, hello, false); err != nil {
		t.Errorf("to the runtime loop only: %v", err)
	}

	// An answer that does not meet the expectation fails the count.
	wants201 := hello
	wants201.Expect = Expectation{Status: 201}
	if _, _, err := Instructions(ctx, valgrind, wants201, true); err == nil || !strings.Contains(err.Error(), "not an API Gateway response") {
		t.Errorf("hello's answer checked as a 201: %v", err)
	}

	// A program that exits without asking for work is not counted.
	never := hello
	never.Bootstrap = "/bin/true"
	if _, _, err := Instructions(ctx, valgrind, never, false); err == nil || !strings.Contains(err.Error(), "before asking for work") {
		t.Errorf("a program that never asks for work: %v", err)
	}
}

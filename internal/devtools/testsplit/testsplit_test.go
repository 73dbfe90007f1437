// Package testsplit_test keeps `make test`'s split between the packages
// tested with the race detector and those tested without it honest: a
// package the Makefile lists in NORACE_PKGS must give the detector nothing
// to find, that is start no goroutine of its own, in its code or its tests.
// The split exists because -race costs 2–10 × the CPU of a test and a
// second compile of every package; it is only worth that where two
// goroutines can touch the same memory.
package testsplit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestNoRacePackagesStartNoGoroutines fails when a package `make test`
// runs without the race detector starts goroutines, runs tests in
// parallel or serves HTTP in its tests: it belongs with the raced ones
// then (remove it from NORACE_PKGS in the Makefile).
func TestNoRacePackagesStartNoGoroutines(t *testing.T) {
	root := repoRoot(t)
	patterns := makeVar(t, root, "NORACE_PKGS")
	if len(patterns) == 0 {
		t.Fatal("the Makefile's NORACE_PKGS is empty or missing: update this test if the split is gone")
	}
	pkgs := listPackages(t, root, patterns...)
	for _, p := range pkgs {
		t.Run(p.ImportPath, func(t *testing.T) {
			if len(p.TestGoFiles)+len(p.XTestGoFiles) == 0 {
				t.Errorf("has no tests: NORACE_PKGS should name only packages whose tests it saves time on")
			}
			for _, name := range slices.Concat(p.GoFiles, p.TestGoFiles, p.XTestGoFiles) {
				path := filepath.Join(p.Dir, name)
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				rel, _ := filepath.Rel(root, path)
				for _, c := range concurrency(t, rel, src) {
					t.Errorf("%s, but the package is in the Makefile's NORACE_PKGS: move it to the raced packages", c)
				}
			}
		})
	}
}

// TestRacePackagesCoverTheRest checks that the two `go test` runs of
// `make test` together test every package once: the raced run is every
// package but NORACE_PKGS, which must all exist.
func TestRacePackagesCoverTheRest(t *testing.T) {
	root := repoRoot(t)
	all := importPaths(listPackages(t, root, makeVar(t, root, "ALL_PKGS")...))
	race := importPaths(listPackages(t, root, makeVar(t, root, "RACE_PKGS")...))
	norace := importPaths(listPackages(t, root, makeVar(t, root, "NORACE_PKGS")...))
	if len(all) < 10 {
		t.Fatalf("ALL_PKGS lists %d packages; expected every package of the module", len(all))
	}
	for _, p := range all {
		switch in, out := slices.Contains(race, p), slices.Contains(norace, p); {
		case in && out:
			t.Errorf("%s is tested both with and without the race detector", p)
		case !in && !out:
			t.Errorf("%s is tested by neither run", p)
		}
	}
	for _, p := range norace {
		if !slices.Contains(all, p) {
			t.Errorf("NORACE_PKGS names %s, which ALL_PKGS does not hold", p)
		}
	}
}

// TestConcurrencyFinds checks the finder on small sources, so that the
// test above cannot pass because it finds nothing.
func TestConcurrencyFinds(t *testing.T) {
	cases := []struct {
		name, src string
		want      int
	}{
		{"plain code", "package p\nfunc f() int { return 1 }\n", 0},
		{"go statement", "package p\nfunc f() { go func() {}() }\n", 1},
		{"go statement calling a function", "package p\nfunc g() {}\nfunc f() { go g() }\n", 1},
		{"WaitGroup.Go", "package p\nimport \"sync\"\nfunc f() { var wg sync.WaitGroup; wg.Go(func() {}); wg.Wait() }\n", 1},
		{"parallel test", "package p\nimport \"testing\"\nfunc TestX(t *testing.T) { t.Parallel() }\n", 1},
		{"parallel benchmark", "package p\nimport \"testing\"\nfunc BenchmarkX(b *testing.B) { b.RunParallel(func(*testing.PB) {}) }\n", 1},
		{"timer callback", "package p\nimport \"time\"\nfunc f() { time.AfterFunc(time.Second, func() {}) }\n", 1},
		{"test HTTP server", "package p\nimport \"net/http/httptest\"\nvar _ = httptest.NewRecorder\n", 1},
		{"a word go in a comment or string", "package p\n// go on\nvar s = \"go f()\"\n", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := concurrency(t, "p.go", []byte(c.src)); len(got) != c.want {
				t.Errorf("found %d (%q), want %d", len(got), got, c.want)
			}
		})
	}
}

// concurrency lists where a Go file starts goroutines: go statements,
// WaitGroup or errgroup Go calls, timer callbacks, parallel tests and
// benchmarks, and net/http/httptest (whose servers answer on their own
// goroutines).
func concurrency(t *testing.T, name string, src []byte) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path == "net/http/httptest" {
			found = append(found, fmt.Sprintf("%s imports net/http/httptest", fset.Position(imp.Pos())))
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			found = append(found, fmt.Sprintf("%s starts a goroutine", fset.Position(n.Pos())))
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				switch sel.Sel.Name {
				case "Go", "Parallel", "RunParallel", "AfterFunc":
					found = append(found, fmt.Sprintf("%s calls %s", fset.Position(n.Pos()), sel.Sel.Name))
				}
			}
		}
		return true
	})
	return found
}

// makeVar is the value of a Makefile variable, split on blanks, as make
// itself expands it.
func makeVar(t *testing.T, root, name string) []string {
	t.Helper()
	cmd := exec.Command("make", "--no-print-directory", "-s", "--eval", "print-testsplit-var: ; @echo $("+name+")", "print-testsplit-var")
	cmd.Dir = root
	// Run inside `make test`, the outer make's flags (its jobserver) must
	// not reach this one.
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "MAKEFLAGS=") || strings.HasPrefix(kv, "MFLAGS=") || strings.HasPrefix(kv, "MAKELEVEL=")
	})
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("make: %v\n%s", err, stderr.String())
	}
	return strings.Fields(string(out))
}

type goPackage struct {
	ImportPath, Dir                    string
	GoFiles, TestGoFiles, XTestGoFiles []string
}

// listPackages is what `go list` says of the packages the patterns match.
func listPackages(t *testing.T, root string, patterns ...string) []goPackage {
	t.Helper()
	if len(patterns) == 0 {
		return nil
	}
	cmd := exec.Command("go", append([]string{"list", "-json=ImportPath,Dir,GoFiles,TestGoFiles,XTestGoFiles"}, patterns...)...)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(patterns, " "), err, stderr.String())
	}
	var pkgs []goPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p goPackage
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func importPaths(pkgs []goPackage) []string {
	var paths []string
	for _, p := range pkgs {
		paths = append(paths, p.ImportPath)
	}
	return paths
}

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

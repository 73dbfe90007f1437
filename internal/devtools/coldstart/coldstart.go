// Package coldstart measures Lambda cold starts on the real bootstraps. It
// builds each function the way the Makefile's build-* targets build it
// (for the host architecture instead of arm64), starts the binary under
// the Lambda runtime interface emulator (aws-lambda-rie, no Docker
// needed), invokes it with a sample event and reads the init time from
// the emulator's INIT REPORT line. cmd/coldstart (make coldstart) runs it
// against a hello-world function built the same way, so the ratio to
// hello-world cancels out the machine and the emulator.
package coldstart

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
)

// BuildFlags are the go build flags of the Makefile's build-* targets.
// TestBuildFlagsMatchMakefile keeps them in step with the Makefile.
var BuildFlags = []string{"-tags", "lambda.norpc", "-trimpath", "-ldflags", "-s -w"}

// BuildEnv is the environment of the Makefile's build-* targets, with the
// host's GOARCH in place of arm64 so the binary runs on this machine.
func BuildEnv() []string {
	return []string{"CGO_ENABLED=0", "GOOS=linux", "GOARCH=" + runtime.GOARCH}
}

// Build compiles the main package pkg (such as ./functions/intake) of the
// module in srcDir into out, as a Lambda bootstrap for this machine.
func Build(ctx context.Context, goCmd, srcDir, pkg, out string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	args := append([]string{"build", "-C", srcDir}, BuildFlags...)
	args = append(args, "-o", out, pkg)
	cmd := exec.CommandContext(ctx, goCmd, args...)
	// GOFLAGS loses -race, which `make test-race` sets for the tests and which a
	// bootstrap built without cgo cannot have.
	flags := slices.DeleteFunc(strings.Fields(os.Getenv("GOFLAGS")), func(f string) bool { return f == "-race" })
	cmd.Env = append(os.Environ(), "GOFLAGS="+strings.Join(flags, " "))
	cmd.Env = append(cmd.Env, BuildEnv()...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("coldstart: go build %s in %s: %w\n%s", pkg, srcDir, err, stderr.String())
	}
	return nil
}

// Target is one function the Makefile builds: build-<LogicalID>.
type Target struct {
	// LogicalID is the function's id in template.yaml, e.g. IntakeFunction.
	LogicalID string
	// Package is the main package the target builds, e.g. ./functions/intake.
	Package string
	// Recipe is the target's command line as written in the Makefile.
	Recipe string
}

// EventsDir is the folder of the target's sample events under events/:
// IntakeFunction -> intake.
func (t Target) EventsDir() string {
	return strings.ToLower(strings.TrimSuffix(t.LogicalID, "Function"))
}

var (
	makeTarget = regexp.MustCompile(`(?m)^build-([A-Za-z0-9]+):[^\n]*\n\t([^\n]*)`)
	mainPkg    = regexp.MustCompile(`\s(\./\S+)\s*$`)
)

// MakefileTargets returns the build-* targets of a Makefile in the order
// written, with the package each one builds.
func MakefileTargets(makefile []byte) ([]Target, error) {
	var out []Target
	for _, m := range makeTarget.FindAllSubmatch(makefile, -1) {
		recipe := string(m[2])
		p := mainPkg.FindStringSubmatch(recipe)
		if p == nil || !strings.Contains(recipe, " build ") {
			return nil, fmt.Errorf("coldstart: Makefile target build-%s: no `go build ... ./pkg` recipe in %q", m[1], recipe)
		}
		out = append(out, Target{LogicalID: string(m[1]), Package: p[1], Recipe: recipe})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("coldstart: no build-* targets in the Makefile")
	}
	return out, nil
}

// SameBuild reports whether a Makefile recipe builds with exactly
// BuildFlags and BuildEnv, GOARCH aside.
func SameBuild(recipe string) error {
	for _, kv := range BuildEnv() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "GOARCH" {
			continue
		}
		if !slices.Contains(strings.Fields(recipe), kv) {
			return fmt.Errorf("recipe %q does not set %s", recipe, kv)
		}
	}
	want := strings.Join(quoteFlags(BuildFlags), " ")
	if !strings.Contains(recipe, " build "+want+" -o ") {
		return fmt.Errorf("recipe %q does not build with %s", recipe, want)
	}
	return nil
}

// quoteFlags writes flags the way a shell recipe does ("-s -w" quoted).
func quoteFlags(flags []string) []string {
	out := make([]string, len(flags))
	for i, f := range flags {
		if strings.ContainsRune(f, ' ') {
			f = `"` + f + `"`
		}
		out[i] = f
	}
	return out
}

// Command leadctl is leadsieve's operator CLI: it reads stored leads, screens
// and evaluates exported submissions, checks rules and sequences, and runs
// dispatcher passes. It uses the same configuration variables as the
// functions, and the AWS SDK's standard ones (AWS_ENDPOINT_URL_DYNAMODB,
// AWS_REGION, credentials), so with only those set it works against the
// local stack that `make dev` runs.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one leadctl subcommand.
type command struct {
	usage string
	help  string
	run   func(ctx context.Context, env *env, args []string) error
}

// env is what commands read and write: standard streams and the process
// environment, so tests can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// isTerminal reports whether stderr is a terminal (progress bars).
	isTerminal bool
}

var commands = map[string]command{}

func register(name string, c command) { commands[name] = c }

// errUsage marks a command-line mistake: usage is printed, exit status 2.
var errUsage = errors.New("usage")

// errSilent ends a command with exit status 1 and no message, when what
// it printed says it all (config diff: the files differ, as diff(1)).
var errSilent = errors.New("exit status 1")

// statusError ends a command with its own exit status: config diff, like
// diff(1), keeps 1 for "they differ" and answers trouble with 2.
type statusError struct {
	err    error
	status int
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fi, _ := os.Stderr.Stat()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		isTerminal: fi != nil && fi.Mode()&os.ModeCharDevice != 0}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(e.stdout)
		return 0
	}
	// Commands are one or two words ("leads get", "screen").
	name := args[0]
	rest := args[1:]
	if len(rest) > 0 {
		if _, ok := commands[name+" "+rest[0]]; ok {
			name, rest = name+" "+rest[0], rest[1:]
		}
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(e.stderr, "leadctl: unknown command %q\n\n", strings.Join(args[:min(2, len(args))], " "))
		printUsage(e.stderr)
		return 2
	}
	if err := c.run(ctx, e, rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if errors.Is(err, errSilent) {
			return 1
		}
		fmt.Fprintf(e.stderr, "leadctl %s: %v\n", name, err)
		if errors.Is(err, errUsage) {
			fmt.Fprintf(e.stderr, "usage: leadctl %s\n", c.usage)
			return 2
		}
		if se := (*statusError)(nil); errors.As(err, &se) {
			return se.status
		}
		return 1
	}
	return 0
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "leadctl: operate leadsieve\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  leadctl %s\n      %s\n", commands[n].usage, commands[n].help)
	}
}

// flags returns a FlagSet that reports errors instead of exiting.
func flags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

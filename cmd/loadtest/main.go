// Command loadtest is the load-and-fault harness of the local stack
// (`make load`): it drives POST /forms/contact-sales/submissions at a given
// rate, optionally stops and restarts the local DynamoDB or SES server
// mid-run, and verifies from the leads table and the SES stand-in's store
// that every accepted lead was stored once and every qualified lead got
// exactly one sales e-mail. See package internal/devtools/loadtest.
//
//	loadtest [-rate 50] [-duration 60s] [-kill dynamodb|ses -kill-at 20s -kill-for 10s] [-timing 100] [-timing-only]
//
// It exits 1 when the run fails the criteria and 2 when it cannot run.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/loadtest"
)

func main() {
	c := loadtest.DefaultConfig()
	mix := "qualified=45,nurture=45,junk=10"
	flag.Float64Var(&c.Rate, "rate", c.Rate, "submissions per second")
	flag.DurationVar(&c.Duration, "duration", c.Duration, "how long to post")
	flag.StringVar(&mix, "mix", mix, "share of each kind of submission, in percent")
	flag.StringVar(&c.Kill, "kill", "", "stop this local server mid-run and restart it: dynamodb or ses")
	flag.DurationVar(&c.KillAt, "kill-at", c.KillAt, "when to stop it, after the load starts (not before a first post is accepted)")
	flag.DurationVar(&c.KillFor, "kill-for", c.KillFor, "how long it stays down")
	flag.DurationVar(&c.Settle, "settle", c.Settle, "how long to wait after the load for the system to finish its work")
	flag.DurationVar(&c.DispatchEvery, "dispatch-every", c.DispatchEvery, "the devserver's dispatcher schedule")
	flag.IntVar(&c.MaxInFlight, "max-in-flight", c.MaxInFlight, "most posts waiting for an answer at once")
	flag.DurationVar(&c.RequestTimeout, "timeout", c.RequestTimeout, "timeout of one post")
	flag.StringVar(&c.Devserver, "devserver", "", "devserver binary (default: build cmd/devserver)")
	flag.StringVar(&c.Addr, "addr", "", "address to serve the API on (default: a free port)")
	flag.StringVar(&c.Dir, "dir", "", "work directory for data and logs (default: a temporary one)")
	flag.BoolVar(&c.Keep, "keep", false, "keep the temporary work directory")
	flag.IntVar(&c.TimingRounds, "timing", c.TimingRounds, "rounds of timing probes (one post per verdict, unsubscribe with valid and forged tokens) on the idle stack before the load; 0 skips them")
	flag.BoolVar(&c.TimingOnly, "timing-only", false, "run the timing probes and no load")
	flag.Parse()

	var err error
	if c.Mix, err = loadtest.ParseMix(mix); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if c.Root, err = devstack.FindRoot(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	c.Progress = os.Stderr
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	r, err := loadtest.Run(ctx, c)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	r.Print(os.Stdout)
	if len(r.Failures) > 0 {
		os.Exit(1)
	}
}

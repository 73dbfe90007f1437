// Command costreport measures what a lead costs: it starts a local DynamoDB
// and SES, runs intake, the hand-off function and the dispatcher through
// each scenario, counts DynamoDB calls and capacity units, and prints the
// cost page (docs/cost.md is its output); the round trips each scenario
// waited for one after another go to standard error.
//
//	go run ./cmd/costreport                     # print the page
//	go run ./cmd/costreport -write docs/cost.md # rewrite the page
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/costreport"
)

func main() {
	write := flag.String("write", "", "write the page to this file instead of standard output")
	trace := flag.Bool("trace", false, "print every DynamoDB call with its units on standard error")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	opts := costreport.Options{}
	if *trace {
		opts.Trace = os.Stderr
	}
	rep, err := costreport.Run(ctx, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "costreport:", err)
		os.Exit(1)
	}
	// Round trips depend on timing: printed apart from the page.
	_ = rep.RoundTrips(os.Stderr)
	var b bytes.Buffer
	if err := rep.Markdown(&b, costreport.OnDemand); err != nil {
		fmt.Fprintln(os.Stderr, "costreport:", err)
		os.Exit(1)
	}
	if *write == "" {
		_, _ = os.Stdout.Write(b.Bytes())
		return
	}
	if err := os.WriteFile(*write, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "costreport:", err)
		os.Exit(1)
	}
}

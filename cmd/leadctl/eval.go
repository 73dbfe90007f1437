package main

import (
	"context"
	"fmt"
	"os"

	"github.com/leadsieve/leadsieve/internal/offline/batch"
	"github.com/leadsieve/leadsieve/internal/offline/eval"
)

func init() {
	register("eval", command{usage: "eval --labels FILE [--rules FILE]",
		help: "screen a labeled corpus and print the confusion table per category", run: evalCmd})
}

// Evaluate screens every labeled line of path and returns the confusion.
func evaluate(ctx context.Context, s *batch.Screener, path string) (*eval.Confusion, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	c := &eval.Confusion{}
	errs := 0
	err = eachLine(f, func(n int, line []byte) error {
		in, err := batch.Decode(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if in.Label == "" {
			return fmt.Errorf("%s:%d: no label", path, n)
		}
		o := s.Screen(ctx, in)
		if o.Error != "" {
			errs++
			return nil
		}
		if err := c.Add(in.Label, in.Category, string(o.Verdict)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		return nil
	})
	return c, errs, err
}

func evalCmd(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "eval")
	labels := fl.String("labels", "", "labeled JSON Lines (screening input plus \"label\" and \"category\")")
	rulesPath := fl.String("rules", "", "rules file (default: the embedded config/rules.yaml)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *labels == "" || fl.NArg() != 0 {
		return usageErr("--labels is required")
	}
	s, err := newScreener(*rulesPath, false)
	if err != nil {
		return err
	}
	c, bad, err := evaluate(ctx, s, *labels)
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, c.Table())
	if bad > 0 {
		fmt.Fprintf(e.stdout, "%d lines could not be screened\n", bad)
	}
	return nil
}

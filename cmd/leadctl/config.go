package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
)

func init() {
	register("config check", command{usage: "config check [DIR]",
		help: "check a configuration folder (default config): each file, then the references between forms, rules, routing and sequences",
		run:  configCheck})
}

func configCheck(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config check")
	if err := fl.Parse(args); err != nil {
		return err
	}
	dir := "config"
	switch fl.NArg() {
	case 0:
	case 1:
		dir = fl.Arg(0)
	default:
		return usageErr("at most one DIR")
	}
	var c configcheck.Config
	var errs []error
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			errs = append(errs, err)
		}
		return b
	}
	if b := read("forms.yaml"); b != nil {
		fs, err := forms.Parse(b)
		errs = append(errs, err)
		c.Forms = fs
	}
	if b := read("rules.yaml"); b != nil {
		rs, err := rules.Parse(b)
		errs = append(errs, err)
		c.Rules = rs
	}
	if b := read("routing.yaml"); b != nil {
		rt, err := assign.Parse(filepath.Join(dir, "routing.yaml"), b)
		errs = append(errs, err)
		c.Routing = rt
	}
	seqs, err := nurture.LoadDir(filepath.Join(dir, "sequences"))
	errs = append(errs, err)
	c.Sequences = seqs
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if problems := configcheck.Check(c); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(e.stderr, p)
		}
		return fmt.Errorf("%d contradiction(s) between the files in %s", len(problems), dir)
	}
	fmt.Fprintf(e.stdout, "ok %s: forms, rules, routing and %d sequences agree\n", dir, len(seqs))
	return nil
}

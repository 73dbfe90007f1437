package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/leadsieve/leadsieve/internal/offline/batch"
	"github.com/leadsieve/leadsieve/internal/offline/eval"
	"github.com/leadsieve/leadsieve/internal/screen"
)

func init() {
	register("eval", command{usage: "eval --labels FILE [--rules FILE] [--forms FILE] [--in-order]",
		help: "screen a labeled corpus and print the confusion table per family (else category) and per source, each source alone, and the worst family", run: evalCmd})
}

// provenance is the part of a labelled line that batch screening ignores:
// which family of junk or genuine lead it is and which source produced it.
type provenance struct {
	Family string `json:"family"`
	Source string `json:"source"`
}

// evaluate screens every labeled line of path and returns the report.
// Velocity counts on tl, filled here from the file first (nil: lines in
// order).
func evaluate(ctx context.Context, s *batch.Screener, tl *screen.Timeline, path string) (*eval.Report, int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	if tl != nil {
		batch.LayOut(tl, data)
	}
	r := &eval.Report{}
	errs := 0
	err = eachLine(bytes.NewReader(data), func(n int, line []byte) error {
		in, err := batch.Decode(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if in.Label == "" {
			return fmt.Errorf("%s:%d: no label", path, n)
		}
		var p provenance
		if err := json.Unmarshal(line, &p); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		o := s.Screen(ctx, in)
		if o.Error != "" {
			errs++
			return nil
		}
		err = r.Add(eval.Sample{Label: in.Label, Category: in.Category, Family: p.Family, Source: p.Source, Verdict: string(o.Verdict)})
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		return nil
	})
	return r, errs, err
}

func evalCmd(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "eval")
	labels := fl.String("labels", "", "labeled JSON Lines (screening input plus \"label\" and \"category\", optionally \"family\" and \"source\")")
	rulesPath := fl.String("rules", "", "rules file (default: the embedded config/rules.yaml)")
	formsPath := fl.String("forms", "", "forms file (default: the embedded config/forms.yaml)")
	inOrder := fl.Bool("in-order", false, "count velocity over the lines in input order instead of by submitted_at")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *labels == "" || fl.NArg() != 0 {
		return usageErr("--labels is required")
	}
	o := screenerOpts{formsPath: *formsPath}
	if !*inOrder {
		o.timeline = screen.NewTimeline()
	}
	s, err := newScreenerOpts(*rulesPath, o)
	if err != nil {
		return err
	}
	r, bad, err := evaluate(ctx, s, o.timeline, *labels)
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, r.String())
	if bad > 0 {
		fmt.Fprintf(e.stdout, "%d lines could not be screened\n", bad)
	}
	return nil
}

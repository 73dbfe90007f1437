package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/backtest"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

func init() {
	register("rules check", command{usage: "rules check FILE", help: "validate a rules file; errors name their line", run: rulesCheck})
	register("backtest", command{usage: "backtest --rules NEW.yaml [--baseline CURRENT.yaml] [--history FILE]",
		help: "compare two rule sets on past leads with known outcomes: those of a file, or, without --history, the stored leads sales marked in the console", run: backtestCmd})
	register("leads export", command{usage: "leads export [--since RFC3339]",
		help: "write stored leads as JSON Lines in the screening/back-test format", run: leadsExport})
}

func rulesCheck(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "rules check")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		return usageErr("want one rules file")
	}
	path := fl.Arg(0)
	rs, err := rules.Load(path)
	if err != nil {
		var errs rules.Errors
		if errors.As(err, &errs) {
			for _, x := range errs {
				fmt.Fprintln(e.stderr, x.Error())
			}
			return fmt.Errorf("%s: %d problem(s)", path, len(errs))
		}
		return err
	}
	// The screening sections are checked by compiling them.
	if _, err := newScreenerWith(rs, false); err != nil {
		fmt.Fprintln(e.stderr, err)
		return fmt.Errorf("%s: screening settings are invalid", path)
	}
	fmt.Fprintf(e.stdout, "%s: ok (%d form overrides, version %s)\n", path, len(rs.Forms()), rs.Version())
	return nil
}

func backtestCmd(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "backtest")
	candPath := fl.String("rules", "", "the candidate rules file (required)")
	basePath := fl.String("baseline", "", "the current rules file (default: the embedded config/rules.yaml)")
	histPath := fl.String("history", "", "JSON Lines of past submissions with \"outcome\": won|lost|bad|open (default: the stored leads with an outcome, read from every configured form)")
	asJSON := fl.Bool("json", false, "print the report as JSON")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *candPath == "" || fl.NArg() != 0 {
		return usageErr("--rules is required")
	}
	base, err := newScreener(*basePath, false)
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	cand, err := newScreener(*candPath, false)
	if err != nil {
		return fmt.Errorf("candidate: %w", err)
	}
	sc := &backtest.Scorer{Baseline: base, Candidate: cand}
	if *histPath == "" {
		stored, err := storedOutcomes(ctx, e)
		if err != nil {
			return err
		}
		for _, in := range stored {
			sc.Add(ctx, in, in.ID, "lead "+in.ID)
		}
	} else {
		f, err := os.Open(*histPath)
		if err != nil {
			return err
		}
		defer f.Close()
		err = eachLine(f, func(n int, line []byte) error {
			in, err := batch.Decode(line)
			if err != nil {
				sc.Skipped = append(sc.Skipped, backtest.Skip{Where: fmt.Sprintf("%s:%d", *histPath, n), Error: err.Error()})
				return nil
			}
			sc.Add(ctx, in, batch.LineLabel(in, n), fmt.Sprintf("%s:%d", *histPath, n))
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, sk := range sc.Skipped {
		fmt.Fprintf(e.stderr, "%s: %s (skipped)\n", sk.Where, sk.Error)
	}
	bad := len(sc.Skipped)
	rep, err := sc.Report()
	if err != nil {
		return err
	}
	if *asJSON {
		b, err := rep.JSON()
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.stdout, string(b))
		return err
	}
	if bad > 0 {
		fmt.Fprintf(e.stdout, "(%d unreadable history lines or leads skipped)\n", bad)
	}
	return rep.WriteText(e.stdout)
}

func leadsExport(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "leads export")
	sinceS := fl.String("since", "", "only leads received at or after this time (RFC 3339)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	var since time.Time
	if *sinceS != "" {
		t, err := time.Parse(time.RFC3339, *sinceS)
		if err != nil {
			return usageErr("--since: %v", err)
		}
		since = t
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	formIDs, err := configuredForms()
	if err != nil {
		return err
	}
	var all []*lead.Lead
	for _, id := range formIDs {
		cursor := ""
		for {
			p, err := st.ListByForm(ctx, id, 100, cursor)
			if err != nil {
				return err
			}
			stop := false
			for _, l := range p.Leads {
				if l.ReceivedAt.Before(since) {
					stop = true // newest first: the rest are older
					break
				}
				all = append(all, l)
			}
			if stop || p.Next == "" {
				break
			}
			cursor = p.Next
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].ReceivedAt.Before(all[j].ReceivedAt) })
	enc := json.NewEncoder(e.stdout)
	for _, l := range all {
		if err := enc.Encode(batch.FromLead(l)); err != nil {
			return err
		}
	}
	return nil
}

// storedOutcomes reads the stored leads whose outcome sales marked (in
// the console or through the sales e-mail's link), oldest first, as
// back-test history: every configured form is read to its end.
func storedOutcomes(ctx context.Context, e *env) ([]*batch.Input, error) {
	st, err := openStore(ctx, e)
	if err != nil {
		return nil, err
	}
	formIDs, err := configuredForms()
	if err != nil {
		return nil, err
	}
	history, _, err := backtest.Stored(ctx, st, formIDs, 0)
	return history, err
}

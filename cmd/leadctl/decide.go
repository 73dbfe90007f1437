package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os/user"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func init() {
	register("leads decide", command{usage: "leads decide ID --verdict qualified|nurture|junk [--by NAME] [--note TEXT] [--force]",
		help: "decide a lead held for review: sales hand-off, nurture or junk", run: leadsDecide})
}

func leadsDecide(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "leads decide")
	verdict := fl.String("verdict", "", "qualified, nurture or junk")
	note := fl.String("note", "", "why (kept in the lead's history)")
	force := fl.Bool("force", false, "also change a lead that is not in review")
	by := fl.String("by", operator(e), "who decides (kept in the lead's history)")
	// Flags may follow the id.
	var id string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		id, args = args[0], args[1:]
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if id == "" && fl.NArg() == 1 {
		id = fl.Arg(0)
	}
	if !lead.ValidID(id) {
		return usageErr("want a lead id")
	}
	v := lead.Verdict(*verdict)
	switch v {
	case lead.VerdictQualified, lead.VerdictNurture, lead.VerdictJunk:
	default:
		return usageErr("--verdict must be qualified, nurture or junk")
	}
	set, err := settings.Load(e.getenv)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	l, err := st.GetLead(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no lead %s in table %s", id, st.Table())
	}
	if err != nil {
		return err
	}
	if l.Verdict != lead.VerdictReview && !*force {
		return fmt.Errorf("lead %s is %s, not review (use --force to change it anyway)", id, l.Verdict)
	}
	prev := l.UpdatedAt
	l.Decide(v, *by, *note, set.JunkRetention, time.Now().UTC())
	if err := st.ReplaceLead(ctx, l, prev); err != nil {
		return err
	}
	return json.NewEncoder(e.stdout).Encode(l)
}

// operator is the default decider: the operating-system user running
// leadctl.
func operator(e *env) string {
	if u := e.getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}

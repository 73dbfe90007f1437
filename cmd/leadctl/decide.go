package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func init() {
	register("leads decide", command{usage: "leads decide ID --verdict qualified|nurture|junk [--note TEXT] [--force]",
		help: "decide a lead held for review: sales hand-off, nurture or junk", run: leadsDecide})
}

// decide applies a person's verdict to a lead: it records who decided and
// why, and plans the follow-up the verdict calls for (the dispatcher sends
// it on its next pass).
func decide(l *lead.Lead, v lead.Verdict, who, note string, retention time.Duration, now time.Time) {
	detail := "decided by " + who
	if note != "" {
		detail += ": " + note
	}
	l.Verdict = v
	l.Reasons = append(l.Reasons, lead.Reason{Code: "decided_by_person", Detail: detail})
	l.History = append(l.History, lead.VerdictChange{At: now, Verdict: v, JunkScore: l.Screening.Score,
		FitScore: l.FitScore(), RulesVersion: l.RulesVersion, Cause: detail})
	l.ExpiresAt = nil
	if v == lead.VerdictJunk {
		exp := now.Add(retention)
		l.ExpiresAt = &exp
	}
	l.Plan(now)
	if h := l.Handoff; h != nil {
		_ = h.Reschedule(now) // no inline attempt here: due at once
	}
	l.UpdatedAt = now
}

func leadsDecide(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "leads decide")
	verdict := fl.String("verdict", "", "qualified, nurture or junk")
	note := fl.String("note", "", "why (kept in the lead's history)")
	force := fl.Bool("force", false, "also change a lead that is not in review")
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
	who := e.getenv("USER")
	if who == "" {
		who = "an operator"
	}
	decide(l, v, who, *note, set.JunkRetention, time.Now().UTC())
	if err := st.ReplaceLead(ctx, l, prev); err != nil {
		return err
	}
	return json.NewEncoder(e.stdout).Encode(l)
}

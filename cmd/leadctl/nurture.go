package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/app"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func init() {
	register("dispatch", command{usage: "dispatch [--now RFC3339]", help: "run one dispatcher pass (due hand-offs and nurture steps) as if at --now", run: dispatchCmd})
	register("sequences check", command{usage: "sequences check [DIR]", help: "validate sequence files (default config/sequences) with line numbers", run: seqCheck})
	register("sequences apply", command{usage: "sequences apply [DIR] [--note TEXT] [--by NAME]", help: "push the sequence files (default config/sequences) as a new version and publish it: config push + config publish of sequences", run: seqApply})
	register("sequences list", command{usage: "sequences list", help: "list the sequences in use: the live version of sequences, or the built-in files", run: seqList})
	register("sequences preview", command{usage: "sequences preview SEQ STEP [--lead ID]", help: "render one step for a stored lead (or a sample lead)", run: seqPreview})
	register("sequences test-send", command{usage: "sequences test-send SEQ STEP --to ADDR", help: "send one rendered step (sample lead) to an address", run: seqTestSend})
}

// localGetenv is e.getenv, plus the dev server's signing secret from
// .local/secrets.json when neither SIGNING_SECRET nor SIGNING_SECRET_ARN is
// set, so commands work against `make dev` with only the SDK's variables.
func localGetenv(e *env) func(string) string {
	return func(k string) string {
		v := e.getenv(k)
		if k != "SIGNING_SECRET" || v != "" || e.getenv("SIGNING_SECRET_ARN") != "" {
			return v
		}
		root, err := devstack.FindRoot()
		if err != nil {
			return ""
		}
		b, err := os.ReadFile(filepath.Join(root, ".local", "secrets.json"))
		if err != nil {
			return ""
		}
		var m map[string]string
		_ = json.Unmarshal(b, &m)
		return m["SigningSecret"]
	}
}

func dispatchCmd(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "dispatch")
	nowFlag := fs.String("now", "", "run as if at this time (RFC 3339); default the current time")
	if err := fs.Parse(args); err != nil {
		return err
	}
	now := time.Now().UTC()
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			return usageErr("--now: %v", err)
		}
		now = t.UTC()
	}
	d, err := app.NewDispatcher(ctx, localGetenv(e))
	if err != nil {
		return err
	}
	st, err := d.Pass(ctx, now)
	out, _ := json.Marshal(struct {
		Now time.Time `json:"now"`
		dispatch.Stats
	}{now, st})
	fmt.Fprintln(e.stdout, string(out))
	return err
}

// loadDir parses the sequence files of dir and checks the catalog.
func loadDir(dir string) ([]*nurture.Sequence, map[string]string, error) {
	seqs, err := nurture.LoadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	if _, err := nurture.NewCatalog(seqs, nurture.DefaultSegments); err != nil {
		return nil, nil, err
	}
	files := map[string]string{}
	for _, s := range seqs {
		b, err := os.ReadFile(filepath.Join(dir, s.File()))
		if err != nil {
			b, err = os.ReadFile(s.File())
		}
		if err != nil {
			return nil, nil, err
		}
		files[filepath.Base(s.File())] = string(b)
	}
	return seqs, files, nil
}

func dirArg(fs interface {
	NArg() int
	Arg(int) string
}) string {
	if fs.NArg() > 0 {
		return fs.Arg(0)
	}
	return filepath.Join("config", versions.SequencesDir)
}

func seqCheck(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "sequences check")
	if err := fs.Parse(args); err != nil {
		return err
	}
	seqs, _, err := loadDir(dirArg(fs))
	if err != nil {
		return err
	}
	for _, s := range seqs {
		fmt.Fprintf(e.stdout, "ok  %-20s %d steps  segments %s  version %s\n", s.ID, len(s.Steps), strings.Join(s.Segments, ","), s.Version())
	}
	return nil
}

func seqApply(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "sequences apply")
	note := fs.String("note", "applied with leadctl sequences apply", "what changed and why")
	by := fs.String("by", "", "the author (default $USER)")
	pos, rest := splitPositional(args, 1)
	if err := fs.Parse(rest); err != nil {
		return err
	}
	dir := filepath.Join("config", versions.SequencesDir)
	if len(pos) == 1 {
		dir = pos[0]
	}
	files, err := readFolder(dir, versions.Sequences)
	if err != nil {
		return err
	}
	who := author(e, *by)
	v, err := push(ctx, e, func(versions.Kind) string { return dir }, versions.Sequences, files, who, *note)
	if err != nil {
		return err
	}
	l, err := publish(ctx, e, versions.Sequences, v.Number, who, *note)
	if err != nil {
		return fmt.Errorf("stored as sequences v%d, but not published: %w", v.Number, err)
	}
	fmt.Fprintf(e.stdout, "applied %d sequence files as sequences v%d, live now (was v%d)\n", len(v.Files), l.Number, l.Previous)
	return nil
}

// catalog returns the sequences in use and a description of their origin.
func catalog(ctx context.Context, e *env) (*nurture.Catalog, string, error) {
	svc, _, err := configService(ctx, e)
	if err != nil {
		return nil, "", err
	}
	v, l, err := svc.Live(ctx, versions.Sequences)
	if err != nil {
		return nil, "", err
	}
	origin := fmt.Sprintf("sequences v%d: the built-in config/sequences (nothing published)", v.Number)
	if l != nil {
		origin = fmt.Sprintf("sequences v%d, published %s by %s (%s)", l.Number, stamp(l.PublishedAt), l.PublishedBy, oneLine(l.Note))
	}
	seqs, err := app.ParseSequenceFiles(v.Files)
	if err != nil {
		return nil, "", err
	}
	cat, err := nurture.NewCatalog(seqs, nurture.DefaultSegments)
	return cat, origin, err
}

func seqList(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "sequences list")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cat, origin, err := catalog(ctx, e)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "# "+origin)
	for _, s := range cat.Sequences() {
		var steps []string
		for _, st := range s.Steps {
			steps = append(steps, fmt.Sprintf("%s(+%s)", st.ID, st.Delay))
		}
		fmt.Fprintf(e.stdout, "%-20s segments=%s from=%s steps=%s\n", s.ID, strings.Join(s.Segments, ","), s.From.Address, strings.Join(steps, " "))
	}
	return nil
}

// sampleLead is the lead previews and test sends render for.
func sampleLead(to string) *lead.Lead {
	return &lead.Lead{ID: lead.NewID(time.Now()), Email: to, Verdict: lead.VerdictNurture,
		Fields: lead.Fields{Email: to, FirstName: "Alex", LastName: "Sample", Company: "Sample Co", Country: "GB"}}
}

func seqStep(ctx context.Context, e *env, cat *nurture.Catalog, id, stepArg string) (*nurture.Sequence, int, error) {
	s, ok := cat.ByID(id)
	if !ok {
		var ids []string
		for _, q := range cat.Sequences() {
			ids = append(ids, q.ID)
		}
		sort.Strings(ids)
		return nil, 0, usageErr("no sequence %q (have %s)", id, strings.Join(ids, ", "))
	}
	var step int
	if _, err := fmt.Sscan(stepArg, &step); err != nil || step < 1 || step > len(s.Steps) {
		return nil, 0, usageErr("STEP must be 1..%d", len(s.Steps))
	}
	return s, step - 1, nil
}

// stepCommand parses "SEQ STEP [flags]" and returns the sequence, the step
// index and a dispatcher to compose (and send) it with: what preview and
// test-send share.
func stepCommand(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (*nurture.Sequence, int, *dispatch.Dispatcher, error) {
	pos, rest := splitPositional(args, 2)
	if err := fs.Parse(rest); err != nil {
		return nil, 0, nil, err
	}
	if len(pos) != 2 {
		return nil, 0, nil, usageErr("want SEQ and STEP")
	}
	cat, _, err := catalog(ctx, e)
	if err != nil {
		return nil, 0, nil, err
	}
	s, step, err := seqStep(ctx, e, cat, pos[0], pos[1])
	if err != nil {
		return nil, 0, nil, err
	}
	d, err := app.NewDispatcher(ctx, localGetenv(e))
	if err != nil {
		return nil, 0, nil, err
	}
	return s, step, d, nil
}

func seqPreview(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "sequences preview")
	leadID := fs.String("lead", "", "render for this stored lead (default: a sample lead)")
	s, step, d, err := stepCommand(ctx, e, fs, args)
	if err != nil {
		return err
	}
	l := sampleLead("alex.sample@example.com")
	if *leadID != "" {
		st, err := openStore(ctx, e)
		if err != nil {
			return err
		}
		if l, err = st.GetLead(ctx, *leadID); err != nil {
			return err
		}
	}
	msg, err := d.Compose(l, s, step, time.Now().UTC())
	if err != nil {
		return err
	}
	raw, err := msg.Bytes()
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(raw)
	return err
}

func seqTestSend(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "sequences test-send")
	to := fs.String("to", "", "recipient address (required)")
	force := fs.Bool("force", false, "send even if the address is suppressed (it unsubscribed, bounced or complained)")
	s, step, d, err := stepCommand(ctx, e, fs, args)
	if err != nil {
		return err
	}
	addr, err := mail.ValidAddress(*to)
	if err != nil {
		return usageErr("--to: %v", err)
	}
	// A test send is still mail to a person: an address that asked never to
	// be mailed again is refused unless the operator insists.
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	supp, err := st.Suppressed(ctx, addr)
	if err != nil {
		return err
	}
	if supp != nil && !*force {
		return fmt.Errorf("%s is suppressed (%s on %s): nothing sent; add --force to send anyway", addr, supp.Reason, supp.At.Format("2006-01-02"))
	}
	msg, err := d.Compose(sampleLead(addr), s, step, time.Now().UTC())
	if err != nil {
		return err
	}
	msg.Subject = "[test] " + msg.Subject
	raw, err := msg.Bytes()
	if err != nil {
		return err
	}
	id, err := handoff.SendRaw(ctx, d.Mail, s.From.Address, addr, raw, handoff.Envelope{})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "sent %s step %d to %s (message id %s)\n", s.ID, step+1, addr, id)
	return nil
}

// splitPositional takes the first n arguments that are not flags, so flags
// may come before or after them.
func splitPositional(args []string, n int) (pos, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			if !strings.Contains(a, "=") && i+1 < len(args) {
				rest = append(rest, args[i+1])
				i++
			}
			continue
		}
		if len(pos) < n {
			pos = append(pos, a)
		} else {
			rest = append(rest, a)
		}
	}
	return pos, rest
}

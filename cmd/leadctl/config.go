package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func init() {
	register("config check", command{usage: "config check [DIR]",
		help: "check a configuration folder (default config): each file, then the references between forms, rules, routing and sequences",
		run:  configCheck})
	register("config list", command{usage: "config list [KIND] [--limit N]",
		help: "list a kind's stored versions (rules, sequences, forms, routing), newest first, the live one marked; without KIND, what is live of each",
		run:  configList})
	register("config pull", command{usage: "config pull KIND [--version N] [--dir config]",
		help: "write the live version (or version N) of KIND into the configuration folder, as config/rules.yaml, config/sequences/*.yaml...",
		run:  configPull})
	register("config diff", command{usage: "config diff KIND [--version N] [--dir config]",
		help: "show how the files in the configuration folder differ from the live version (or version N); exit status 1 when they differ, 2 on trouble (as diff(1))",
		run:  configDiff})
	register("config push", command{usage: "config push KIND --note TEXT [--dir config] [--by NAME]",
		help: "check the files of KIND in the configuration folder against the live versions of the other kinds and store them as a new version (not live); prints its number",
		run:  configPush})
	register("config publish", command{usage: "config publish KIND N --note TEXT [--by NAME]",
		help: "make version N of KIND live, after the same checks; functions use it within their refresh interval (60 s)",
		run:  configPublish})
	register("config rollback", command{usage: "config rollback KIND --note TEXT [--by NAME]",
		help: "make live again the version of KIND that was live before the current one",
		run:  configRollback})
}

// configService is the versions service on the leads table, with the
// checks the console uses too.
func configService(ctx context.Context, e *env) (*versions.Service, *store.Store, error) {
	st, err := openStore(ctx, e)
	if err != nil {
		return nil, nil, err
	}
	return &versions.Service{Store: st, Builtin: config.Builtin, Check: configcheck.CheckFiles, Now: time.Now}, st, nil
}

// kindArg parses the KIND argument.
func kindArg(s string) (versions.Kind, error) {
	k, err := versions.ParseKind(s)
	if err != nil {
		return "", usageErr("%s", err.(*lead.Error).Message)
	}
	return k, nil
}

// kindDir is where the files of kind live in the configuration folder dir:
// sequences in their own folder, every other kind's one file in dir.
func kindDir(dir string, kind versions.Kind) string {
	if kind == versions.Sequences {
		return filepath.Join(dir, versions.SequencesDir)
	}
	return dir
}

// kindFiles are the names a kind's files may have in its folder.
func kindFiles(kind versions.Kind) func(name string) bool {
	switch kind {
	case versions.Sequences:
		return func(name string) bool { return filepath.Ext(name) == ".yaml" || filepath.Ext(name) == ".yml" }
	default:
		one := kind.File()
		return func(name string) bool { return name == one }
	}
}

// readLocal reads the files of kind from the configuration folder dir.
func readLocal(dir string, kind versions.Kind) (versions.Files, error) {
	return readFolder(kindDir(dir, kind), kind)
}

// readFolder reads the files of kind in folder d.
func readFolder(d string, kind versions.Kind) (versions.Files, error) {
	entries, err := os.ReadDir(d)
	if err != nil {
		return nil, err
	}
	want := kindFiles(kind)
	files := versions.Files{}
	for _, en := range entries {
		if en.IsDir() || !want(en.Name()) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(d, en.Name()))
		if err != nil {
			return nil, err
		}
		files[en.Name()] = string(b)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no %s files in %s", kind, kind, d)
	}
	return files, nil
}

// author is who --by names, by default the operating-system user.
func author(e *env, by string) string {
	if by != "" {
		return by
	}
	if u := operator(e); u != "" {
		return u
	}
	return "leadctl"
}

// inFolder names where each kind's files are in the configuration
// folder dir.
func inFolder(dir string) func(versions.Kind) string {
	return func(k versions.Kind) string { return kindDir(dir, k) }
}

// printProblems lists problems on stderr as path:line: message, each file
// named by its path in folder(its kind), so that editors can jump to it;
// with no folder, by its kind.
func printProblems(e *env, folder func(versions.Kind) string, problems []versions.Problem) {
	for _, p := range problems {
		switch {
		case p.File == "" || p.Kind == "":
		case folder != nil:
			p.File = filepath.Join(folder(p.Kind), p.File)
		default:
			p.File = string(p.Kind) + ": " + p.File
		}
		fmt.Fprintln(e.stderr, p.String())
	}
}

// refused reports the problems of a refused push or publish and returns
// the command's error; any other error is returned as it is.
func refused(e *env, folder func(versions.Kind) string, what string, err error) error {
	var pe *versions.ProblemsError
	if !errors.As(err, &pe) {
		return err
	}
	printProblems(e, folder, pe.Problems)
	return fmt.Errorf("%d problem(s): nothing %s", len(pe.Problems), what)
}

func configList(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config list")
	limit := fl.Int("limit", 20, "list at most this many versions")
	pos, rest := splitPositional(args, 1)
	if err := fl.Parse(rest); err != nil {
		return err
	}
	svc, _, err := configService(ctx, e)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	defer w.Flush()
	if len(pos) == 0 {
		fmt.Fprintln(w, "KIND\tLIVE\tPUBLISHED\tBY\tNOTE")
		for _, k := range versions.Kinds {
			l, err := svc.Store.LiveConfig(ctx, k)
			if err != nil {
				return err
			}
			if l == nil {
				fmt.Fprintf(w, "%s\tv%d\t-\t-\tthe built-in files (nothing published)\n", k, versions.Builtin)
				continue
			}
			fmt.Fprintf(w, "%s\tv%d\t%s\t%s\t%s\n", k, l.Number, stamp(l.PublishedAt), l.PublishedBy, oneLine(l.Note))
		}
		return nil
	}
	kind, err := kindArg(pos[0])
	if err != nil {
		return err
	}
	l, err := svc.Store.LiveConfig(ctx, kind)
	if err != nil {
		return err
	}
	list, err := svc.Store.ConfigVersions(ctx, kind, *limit)
	if err != nil {
		return err
	}
	live := versions.Builtin
	if l != nil {
		live = l.Number
	}
	if len(list) == 0 {
		// Nothing was ever pushed: version 1 is the built-in files,
		// stored by the first push.
		list = []versions.Version{{Kind: kind, Number: versions.Builtin, Author: "built-in", Note: "the files embedded in the deployment"}}
	}
	fmt.Fprintln(w, "LIVE\tVERSION\tCREATED\tAUTHOR\tBASE\tNOTE")
	for _, v := range list {
		mark, base := "", "-"
		if v.Number == live {
			mark = "*"
		}
		if v.Base > 0 {
			base = "v" + strconv.FormatInt(v.Base, 10)
		}
		fmt.Fprintf(w, "%s\tv%d\t%s\t%s\t%s\t%s\n", mark, v.Number, stamp(v.CreatedAt), v.Author, base, oneLine(v.Note))
	}
	if l != nil {
		fmt.Fprintf(w, "\nv%d is live: published %s by %s (%s); before it, v%d\n", l.Number, stamp(l.PublishedAt), l.PublishedBy, oneLine(l.Note), l.Previous)
	}
	return nil
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// versionOf returns version n of kind, or the live one when n is 0.
func versionOf(ctx context.Context, svc *versions.Service, kind versions.Kind, n int64) (*versions.Version, error) {
	if n > 0 {
		return svc.Version(ctx, kind, n)
	}
	v, _, err := svc.Live(ctx, kind)
	return v, err
}

func configPull(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config pull")
	n := fl.Int64("version", 0, "the version to write (default: the live one)")
	dir := fl.String("dir", "config", "the configuration folder")
	pos, rest := splitPositional(args, 1)
	if err := fl.Parse(rest); err != nil {
		return err
	}
	if len(pos) != 1 || fl.NArg() != 0 {
		return usageErr("want one KIND")
	}
	kind, err := kindArg(pos[0])
	if err != nil {
		return err
	}
	svc, _, err := configService(ctx, e)
	if err != nil {
		return err
	}
	v, err := versionOf(ctx, svc, kind, *n)
	if err != nil {
		return err
	}
	d := kindDir(*dir, kind)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return err
	}
	for _, name := range versions.FileNames(v.Files) {
		if filepath.Base(name) != name || !kindFiles(kind)(name) {
			return fmt.Errorf("%s v%d holds a file named %q, which cannot be written into %s", kind, v.Number, name, d)
		}
		path := filepath.Join(d, name)
		if err := os.WriteFile(path, []byte(v.Files[name]), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", path)
	}
	// A sequence file the version does not hold would be pushed with the
	// next version as a sequence of its own: the folder is made to hold
	// exactly the version's files.
	if kind == versions.Sequences {
		entries, err := os.ReadDir(d)
		if err != nil {
			return err
		}
		for _, en := range entries {
			if _, ok := v.Files[en.Name()]; ok || en.IsDir() || !kindFiles(kind)(en.Name()) {
				continue
			}
			path := filepath.Join(d, en.Name())
			if err := os.Remove(path); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "removed %s (not in %s v%d)\n", path, kind, v.Number)
		}
	}
	about := v.Author
	if v.Note != "" {
		about += ": " + oneLine(v.Note)
	}
	fmt.Fprintf(e.stdout, "pulled %s v%d (%s)\n", kind, v.Number, about)
	return nil
}

// configDiff exits like diff(1): 0 when the files are the version's, 1
// when they differ, 2 on trouble.
func configDiff(ctx context.Context, e *env, args []string) error {
	err := diffCmd(ctx, e, args)
	if err != nil && !errors.Is(err, errSilent) && !errors.Is(err, errUsage) {
		return &statusError{err: err, status: 2}
	}
	return err
}

func diffCmd(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config diff")
	n := fl.Int64("version", 0, "compare with this version (default: the live one)")
	dir := fl.String("dir", "config", "the configuration folder")
	pos, rest := splitPositional(args, 1)
	if err := fl.Parse(rest); err != nil {
		return err
	}
	if len(pos) != 1 || fl.NArg() != 0 {
		return usageErr("want one KIND")
	}
	kind, err := kindArg(pos[0])
	if err != nil {
		return err
	}
	local, err := readLocal(*dir, kind)
	if err != nil {
		return err
	}
	svc, _, err := configService(ctx, e)
	if err != nil {
		return err
	}
	v, err := versionOf(ctx, svc, kind, *n)
	if err != nil {
		return err
	}
	if differ := writeDiff(e.stdout, v, kindDir(*dir, kind), local); differ {
		return errSilent
	}
	return nil
}

// writeDiff writes a unified diff from v's files to the local ones, file
// by file in name order, and reports whether there was any difference.
func writeDiff(w io.Writer, v *versions.Version, dir string, local versions.Files) bool {
	names := map[string]bool{}
	for name := range v.Files {
		names[name] = true
	}
	for name := range local {
		names[name] = true
	}
	all := make(versions.Files, len(names))
	for name := range names {
		all[name] = ""
	}
	differ := false
	for _, name := range versions.FileNames(all) {
		old, inV := v.Files[name]
		cur, inLocal := local[name]
		oldLabel := fmt.Sprintf("%s (%s v%d)", name, v.Kind, v.Number)
		newLabel := filepath.Join(dir, name)
		if !inV {
			oldLabel = "/dev/null"
		}
		if !inLocal {
			newLabel = "/dev/null"
		}
		if d := udiff.Unified(oldLabel, newLabel, old, cur); d != "" {
			differ = true
			fmt.Fprint(w, d)
		}
	}
	return differ
}

func configPush(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config push")
	dir := fl.String("dir", "config", "the configuration folder")
	note := fl.String("note", "", "what changed and why (required)")
	by := fl.String("by", "", "the author (default $USER)")
	pos, rest := splitPositional(args, 1)
	if err := fl.Parse(rest); err != nil {
		return err
	}
	if len(pos) != 1 || fl.NArg() != 0 {
		return usageErr("want one KIND")
	}
	if strings.TrimSpace(*note) == "" {
		return usageErr("--note is required: say what changed and why")
	}
	kind, err := kindArg(pos[0])
	if err != nil {
		return err
	}
	files, err := readLocal(*dir, kind)
	if err != nil {
		return err
	}
	v, err := push(ctx, e, inFolder(*dir), kind, files, author(e, *by), *note)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, v.Number)
	fmt.Fprintf(e.stderr, "pushed %s v%d (not live; publish it with: leadctl config publish %s %d --note ...)\n", kind, v.Number, kind, v.Number)
	return nil
}

// push stores files, read from folder(kind), as a new version of kind,
// edited from the live one.
func push(ctx context.Context, e *env, folder func(versions.Kind) string, kind versions.Kind, files versions.Files, by, note string) (*versions.Version, error) {
	svc, _, err := configService(ctx, e)
	if err != nil {
		return nil, err
	}
	_, l, err := svc.Live(ctx, kind)
	if err != nil {
		return nil, err
	}
	base := versions.Builtin
	if l != nil {
		base = l.Number
	}
	v, err := svc.Push(ctx, kind, files, base, by, note)
	return v, refused(e, folder, "pushed", err)
}

func configPublish(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config publish")
	note := fl.String("note", "", "why it goes live (required)")
	by := fl.String("by", "", "who publishes (default $USER)")
	pos, rest := splitPositional(args, 2)
	if err := fl.Parse(rest); err != nil {
		return err
	}
	if len(pos) != 2 || fl.NArg() != 0 {
		return usageErr("want KIND and a version number")
	}
	if strings.TrimSpace(*note) == "" {
		return usageErr("--note is required: say why it goes live")
	}
	kind, err := kindArg(pos[0])
	if err != nil {
		return err
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(pos[1], "v"), 10, 64)
	if err != nil || n < 1 {
		return usageErr("%q is not a version number", pos[1])
	}
	l, err := publish(ctx, e, kind, n, author(e, *by), *note)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s v%d is live (was v%d)\n", kind, l.Number, l.Previous)
	return nil
}

// publish makes version n of kind live and records it in the audit trail.
func publish(ctx context.Context, e *env, kind versions.Kind, n int64, by, note string) (*versions.Live, error) {
	svc, st, err := configService(ctx, e)
	if err != nil {
		return nil, err
	}
	l, err := svc.Publish(ctx, kind, n, by, note)
	if err != nil {
		return nil, refused(e, nil, "published", err)
	}
	return l, audit(ctx, e, st, "publish", l)
}

func configRollback(ctx context.Context, e *env, args []string) error {
	fl := flags(e, "config rollback")
	note := fl.String("note", "", "why (required)")
	by := fl.String("by", "", "who rolls back (default $USER)")
	pos, rest := splitPositional(args, 1)
	if err := fl.Parse(rest); err != nil {
		return err
	}
	if len(pos) != 1 || fl.NArg() != 0 {
		return usageErr("want one KIND")
	}
	if strings.TrimSpace(*note) == "" {
		return usageErr("--note is required: say why")
	}
	kind, err := kindArg(pos[0])
	if err != nil {
		return err
	}
	svc, st, err := configService(ctx, e)
	if err != nil {
		return err
	}
	l, err := svc.Rollback(ctx, kind, author(e, *by), *note)
	if err != nil {
		return refused(e, nil, "rolled back", err)
	}
	if err := audit(ctx, e, st, "rollback", l); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s v%d is live again (rolled back from v%d)\n", kind, l.Number, l.Previous)
	return nil
}

// audit records a publish or rollback as the console does, with leadctl as
// the subject: the pointer moved either way, so a failure here is
// reported, not undone.
func audit(ctx context.Context, e *env, st *store.Store, action string, l *versions.Live) error {
	err := st.AppendAudit(ctx, lead.Audit{At: l.PublishedAt, Subject: "leadctl", Actor: l.PublishedBy, Action: action,
		Detail: fmt.Sprintf("%s v%d", l.Kind, l.Number)})
	if err != nil {
		return fmt.Errorf("%s v%d is live, but the audit trail did not record it: %w", l.Kind, l.Number, err)
	}
	return nil
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
	// The checks a push and a publish make, on the whole folder.
	set := map[versions.Kind]versions.Files{}
	for _, k := range versions.Kinds {
		files, err := readLocal(dir, k)
		if err != nil {
			return err
		}
		set[k] = files
	}
	if problems := configcheck.CheckFiles(set); len(problems) > 0 {
		printProblems(e, inFolder(dir), problems)
		return fmt.Errorf("%d problem(s) in %s", len(problems), dir)
	}
	fmt.Fprintf(e.stdout, "ok %s: forms, rules, routing and %d sequences agree\n", dir, len(set[versions.Sequences]))
	return nil
}

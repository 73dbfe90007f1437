package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/versions"
)

// TestConfigRoundTrip: the cycle a team keeping config/ in git goes
// through: pull, edit, diff, push, publish, roll back, each against the
// table.
func TestConfigRoundTrip(t *testing.T) {
	st, env := localTable(t)
	env["USER"] = "dana"
	ctx := context.Background()
	dir := t.TempDir()
	cli := func(want int, args ...string) (string, string) {
		t.Helper()
		code, out, errOut := runCLI(t, "", env, args...)
		if code != want {
			t.Fatalf("leadctl %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out, errOut)
		}
		return out, errOut
	}
	rulesPath := filepath.Join(dir, "rules.yaml")
	edit := func(old, new string) {
		t.Helper()
		b, err := os.ReadFile(rulesPath)
		if err != nil || !strings.Contains(string(b), old) {
			t.Fatalf("%s lacks %q (%v)", rulesPath, old, err)
		}
		if err := os.WriteFile(rulesPath, []byte(strings.Replace(string(b), old, new, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
	}

	out, _ := cli(0, "config", "list")
	for _, k := range versions.Kinds {
		if !strings.Contains(out, string(k)+"  ") || strings.Count(out, "v1 ") != len(versions.Kinds) {
			t.Fatalf("before anything is published every kind is the built-in v1:\n%s", out)
		}
	}

	// Pull writes the live (built-in) files; they do not differ.
	out, _ = cli(0, "config", "pull", "rules", "--dir", dir)
	if !strings.Contains(out, "wrote "+rulesPath) {
		t.Fatalf("pull: %s", out)
	}
	if b, _ := os.ReadFile(rulesPath); string(b) != config.Builtin(versions.Rules)["rules.yaml"] {
		t.Fatal("pulled rules.yaml is not the built-in file")
	}
	if out, _ := cli(0, "config", "diff", "rules", "--dir", dir); out != "" {
		t.Fatalf("diff of the pulled files: %q", out)
	}

	// An edit shows in the diff, which exits 1 like diff(1).
	edit("    junk_at: 60\n", "    junk_at: 65\n")
	out, _ = cli(1, "config", "diff", "rules", "--dir", dir)
	for _, want := range []string{"--- rules.yaml (rules v1)", "+++ " + rulesPath, "-    junk_at: 60\n", "+    junk_at: 65\n", "@@ "} {
		if !strings.Contains(out, want) {
			t.Fatalf("diff lacks %q:\n%s", want, out)
		}
	}

	// A broken push is refused with the file's path and line; a push
	// without a note is a usage error.
	edit("    junk_at: 65\n", "    junk_att: 65\n")
	b, _ := os.ReadFile(rulesPath)
	line := 1 + strings.Count(string(b)[:strings.Index(string(b), "junk_att")], "\n")
	if _, errOut := cli(1, "config", "push", "rules", "--dir", dir, "--note", "typo"); !strings.Contains(errOut, rulesPath+":"+strconv.Itoa(line)+": ") {
		t.Fatalf("broken push: want %s:%d in\n%s", rulesPath, line, errOut)
	}
	edit("    junk_att: 65\n", "    junk_at: 65\n")
	cli(2, "config", "push", "rules", "--dir", dir)

	out, _ = cli(0, "config", "push", "rules", "--dir", dir, "--note", "a stricter junk bar")
	if out != "2\n" {
		t.Fatalf("push printed %q, want the new version number", out)
	}
	out, _ = cli(0, "config", "list", "rules")
	if !strings.Contains(out, "v2") || !strings.Contains(out, "dana") || !strings.Contains(out, "a stricter junk bar") || !strings.Contains(out, "built-in") {
		t.Fatalf("list after push:\n%s", out)
	}
	if live := liveRow(t, out); live != "v1" {
		t.Fatalf("the push made %s live; a push is not a publish:\n%s", live, out)
	}

	// Publish moves the pointer; the local files are now what is live.
	out, _ = cli(0, "config", "publish", "rules", "2", "--note", "agreed with sales")
	if out != "rules v2 is live (was v1)\n" {
		t.Fatalf("publish: %q", out)
	}
	cli(0, "config", "diff", "rules", "--dir", dir)
	out, _ = cli(0, "config", "list", "rules")
	if live := liveRow(t, out); live != "v2" || !strings.Contains(out, "v2 is live: published") {
		t.Fatalf("list after publish:\n%s", out)
	}
	cli(1, "config", "publish", "rules", "2", "--note", "again")
	cli(1, "config", "publish", "rules", "9", "--note", "no such version")

	// Roll back: the built-in files are live again, and differ from the
	// local ones; pulling them back makes the folder match.
	out, _ = cli(0, "config", "rollback", "rules", "--note", "too strict")
	if out != "rules v1 is live again (rolled back from v2)\n" {
		t.Fatalf("rollback: %q", out)
	}
	cli(1, "config", "diff", "rules", "--dir", dir)
	cli(0, "config", "diff", "rules", "--dir", dir, "--version", "2")
	cli(0, "config", "pull", "rules", "--dir", dir)
	cli(0, "config", "diff", "rules", "--dir", dir)

	// Both moves are in the audit trail, with leadctl as the subject.
	entries, _, err := st.Audit(ctx, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, en := range entries {
		if en.Subject != "leadctl" || en.Actor != "dana" || en.LeadID != "" {
			t.Errorf("audit entry %+v", en)
		}
		got = append(got, en.Action+" "+en.Detail)
	}
	if strings.Join(got, ", ") != "rollback rules v1, publish rules v2" {
		t.Fatalf("audit trail: %v", got)
	}

	// Nothing to roll back, and unknown kinds, are refused.
	if _, errOut := cli(1, "config", "rollback", "forms", "--note", "x"); !strings.Contains(errOut, "nothing to roll back") {
		t.Fatalf("rollback with nothing published: %s", errOut)
	}
	cli(2, "config", "pull", "colours", "--dir", dir)
	// diff answers trouble with 2, as diff(1) does, so that a script can
	// tell it from "they differ".
	if _, errOut := cli(2, "config", "diff", "routing", "--dir", filepath.Join(dir, "missing")); !strings.Contains(errOut, "missing") {
		t.Fatalf("diff of a missing folder: %s", errOut)
	}
}

// liveRow is the version marked live in `config list KIND` output.
func liveRow(t *testing.T, out string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[0] == "*" {
			return f[1]
		}
	}
	t.Fatalf("no live version marked:\n%s", out)
	return ""
}

// TestConfigPullSequences: pulling sequences makes config/sequences hold
// exactly the version's files, so the next push does not carry a file
// the version dropped.
func TestConfigPullSequences(t *testing.T) {
	_, env := localTable(t)
	dir := t.TempDir()
	seqDir := filepath.Join(dir, "sequences")
	if err := os.MkdirAll(seqDir, 0o755); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(seqDir, "retired.yaml")
	keep := filepath.Join(seqDir, "README.md")
	for _, p := range []string{stale, keep} {
		if err := os.WriteFile(p, []byte("x\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCLI(t, "", env, "config", "pull", "sequences", "--dir", dir)
	if code != 0 || !strings.Contains(out, "removed "+stale) {
		t.Fatalf("pull: exit %d %s %s", code, out, errOut)
	}
	for name, text := range config.Builtin(versions.Sequences) {
		if b, err := os.ReadFile(filepath.Join(seqDir, name)); err != nil || string(b) != text {
			t.Errorf("%s not pulled: %v", name, err)
		}
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("%s is still there", stale)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("a file that is not a sequence was removed: %v", err)
	}
	if code, out, _ := runCLI(t, "", env, "config", "diff", "sequences", "--dir", dir); code != 0 || out != "" {
		t.Fatalf("diff after pull: exit %d %q", code, out)
	}
	// A sequence file added locally is a difference: a whole new file.
	if err := os.WriteFile(filepath.Join(seqDir, "extra.yaml"), []byte("id: extra\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := runCLI(t, "", env, "config", "diff", "sequences", "--dir", dir); code != 1 || !strings.Contains(out, "--- /dev/null") || !strings.Contains(out, "+id: extra") {
		t.Fatalf("diff with a new file: exit %d\n%s", code, out)
	}
}

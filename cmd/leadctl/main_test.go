package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

// runCLI runs one leadctl command line in-process.
func runCLI(t *testing.T, stdin string, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return vars[k] }}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestScreenKeepsOrderAndReportsBadLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a1","form_id":"contact-sales","submitted_at":"2026-10-03T14:22:05Z","fields":{"email":"k.becker@brandt-maschinenbau.de","first_name":"Katrin","last_name":"Becker","company":"Brandt Maschinenbau GmbH","job_title":"CEO","budget":"25k-100k","timeline":"this quarter"},"context":{"ip":"203.0.113.7","user_agent":"Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0","accept_language":"de","elapsed_ms":23840}}`,
		`{"id":"a2", "form_id": `,
		`{"id":"a3","form_id":"some-old-form","fields":{"email":"test@mailinator.com","first_name":"asdf","website_url":"http://seo.example"},"context":{"user_agent":"python-requests/2.31","elapsed_ms":400}}`,
		`{"id":"a4","fields":{"email":"x@y.co"}}`,
		``,
		`[1,2,3]`,
	}, "\n")
	code, out, errOut := runCLI(t, in, nil, "screen")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("want 5 output lines (one per non-blank input), got %d:\n%s", len(lines), out)
	}
	var got []batch.Output
	for _, l := range lines {
		var o batch.Output
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		got = append(got, o)
	}
	if got[0].ID != "a1" || got[0].Verdict == lead.VerdictJunk || got[0].RulesVersion == "" || got[0].Grade == "" {
		t.Errorf("genuine lead: %+v", got[0])
	}
	if got[1].Error == "" || got[1].Line != 2 {
		t.Errorf("malformed line must give an error line with its number: %+v", got[1])
	}
	if got[2].ID != "a3" || got[2].Verdict != lead.VerdictJunk || got[2].JunkScore < 60 {
		t.Errorf("an unconfigured form is judged by the defaults, and this is junk: %+v", got[2])
	}
	if got[3].ID != "a4" || got[3].Error == "" {
		t.Errorf("missing form_id: %+v", got[3])
	}
	if got[4].Line != 6 || got[4].Error == "" {
		t.Errorf("non-object line: %+v", got[4])
	}
}

func TestRulesCheck(t *testing.T) {
	code, out, errOut := runCLI(t, "", nil, "rules", "check", "../../config/rules.yaml")
	if code != 0 || !strings.Contains(out, "ok") {
		t.Fatalf("shipped rules: exit %d\n%s%s", code, out, errOut)
	}
	bad := filepath.Join(t.TempDir(), "rules.yaml")
	b, _ := os.ReadFile("../../config/rules.yaml")
	broken := strings.Replace(string(b), "qualify_at: 60", "qualify_at: sixty", 1)
	if err := os.WriteFile(bad, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	line := 1 + strings.Count(broken[:strings.Index(broken, "qualify_at: sixty")], "\n")
	code, _, errOut = runCLI(t, "", nil, "rules", "check", bad)
	if code != 1 || !strings.Contains(errOut, "rules.yaml:"+strconv.Itoa(line)+":") {
		t.Fatalf("broken rules: exit %d, want 1 and line %d in:\n%s", code, line, errOut)
	}
	if code, _, _ := runCLI(t, "", nil, "rules", "check"); code != 2 {
		t.Fatalf("no file: exit %d, want 2", code)
	}
}

func TestBacktestSample(t *testing.T) {
	code, out, errOut := runCLI(t, "", nil, "backtest", "--rules", "../../testdata/backtest/rules-candidate.yaml",
		"--history", "../../testdata/backtest/history.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"60 leads", "won sent to sales", "bad sent to sales", "precision", "recall", "changed verdicts"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestLeadsCommandsAgainstLocalDynamoDB(t *testing.T) {
	s, env := localTable(t)
	t0 := time.Date(2026, 10, 3, 14, 0, 0, 0, time.UTC)
	var ids []string
	for i, form := range []string{"contact-sales", "newsletter", "contact-sales"} {
		at := t0.Add(time.Duration(i) * time.Hour)
		l := &lead.Lead{ID: lead.NewID(at), FormID: form, Email: "ana@example-co.com",
			Fields: lead.Fields{Email: "ana@example-co.com", FirstName: "Ana"}, Verdict: lead.VerdictNurture,
			ReceivedAt: at, UpdatedAt: at, SchemaVersion: lead.SchemaVersion}
		if _, err := s.CreateLead(context.Background(), l); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, l.ID)
	}
	code, out, errOut := runCLI(t, "", env, "leads", "get", ids[1])
	if code != 0 || !strings.Contains(out, `"id":"`+ids[1]+`"`) || strings.Count(out, "\n") != 1 {
		t.Fatalf("get: exit %d %s %s", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "", env, "leads", "get", lead.NewID(t0)); code != 1 || !strings.Contains(errOut, "no lead") {
		t.Fatalf("get missing: exit %d %s", code, errOut)
	}
	code, out, _ = runCLI(t, "", env, "leads", "list", "--form", "contact-sales", "--limit", "5")
	if code != 0 || strings.Count(out, "\n") != 2 || strings.Index(out, ids[2]) > strings.Index(out, ids[0]) {
		t.Fatalf("list --form: want 2 lines, newest first:\n%s", out)
	}
	code, out, _ = runCLI(t, "", env, "leads", "list", "--limit", "2")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, ids[2]) || !strings.Contains(out, ids[1]) {
		t.Fatalf("list across forms: want the 2 newest:\n%s", out)
	}
	code, out, _ = runCLI(t, "", env, "leads", "export", "--since", t0.Add(30*time.Minute).Format(time.RFC3339))
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"outcome":"open"`) {
		t.Fatalf("export --since: %s", out)
	}
	// An exported line is valid screening input.
	first := strings.SplitN(out, "\n", 2)[0]
	if code, sout, _ := runCLI(t, first+"\n", nil, "screen"); code != 0 || strings.Contains(sout, `"error"`) {
		t.Fatalf("exported line does not screen: %s", sout)
	}
}

// updateDocs rewrites the generated parts of the docs instead of comparing:
// go test ./cmd/leadctl -run TestDocsReasonTable -update-docs
var updateDocs = flag.Bool("update-docs", false, "rewrite the generated reason table of docs/screening.md")

// TestDocsReasonTable keeps the reason-code table of docs/screening.md equal
// to the code's table: the text between the generated markers must be the
// output of `go run ./cmd/leadctl reasons`, nothing more or less.
func TestDocsReasonTable(t *testing.T) {
	var b strings.Builder
	if err := writeReasonTable(&b); err != nil {
		t.Fatal(err)
	}
	const path = "../../docs/screening.md"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- BEGIN generated by `go run ./cmd/leadctl reasons` -->\n", "<!-- END generated -->"
	head, rest, ok := strings.Cut(string(doc), begin)
	table, tail, ok2 := strings.Cut(rest, end)
	if !ok || !ok2 {
		t.Fatalf("docs/screening.md lacks the generated markers %q ... %q", begin, end)
	}
	if table == b.String() {
		return
	}
	if *updateDocs {
		if err := os.WriteFile(path, []byte(head+begin+b.String()+end+tail), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("docs/screening.md's reason-code table is out of date: run go test ./cmd/leadctl -run TestDocsReasonTable -update-docs")
}

func TestLeadsDecideReviewQueue(t *testing.T) {
	s, env := localTable(t)
	env["USER"] = "dana"
	ctx := context.Background()
	now := time.Now().UTC().Add(-time.Hour)
	mk := func(v lead.Verdict, email string) *lead.Lead {
		l := &lead.Lead{ID: lead.NewID(now), FormID: "contact-sales", Email: email, Fields: lead.Fields{Email: email, FirstName: "Ana"},
			Verdict: v, Fit: &lead.Fit{Score: 55, Segment: "smb"}, ReceivedAt: now, UpdatedAt: now, SchemaVersion: lead.SchemaVersion}
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Second)
		return l
	}
	r1 := mk(lead.VerdictReview, "ana@example-co.com")
	r2 := mk(lead.VerdictReview, "bo@example-co.com")
	n := mk(lead.VerdictNurture, "cy@example-co.com")

	code, out, _ := runCLI(t, "", env, "leads", "list", "--verdict", "review")
	if code != 0 || strings.Count(out, "\n") != 2 || strings.Contains(out, n.ID) {
		t.Fatalf("review queue: %s", out)
	}
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		check     func(t *testing.T, l *lead.Lead)
		wantError string
	}{
		{"qualify from review", []string{"leads", "decide", r1.ID, "--verdict", "qualified", "--note", "called them"}, 0, func(t *testing.T, l *lead.Lead) {
			if l.Verdict != lead.VerdictQualified || l.Handoff == nil || l.Handoff.State != lead.HandoffPending || l.ExpiresAt != nil {
				t.Errorf("qualified lead not handed off: %+v", l)
			}
			last := l.History[len(l.History)-1]
			if last.Verdict != lead.VerdictQualified || !strings.Contains(last.Cause, "dana: called them") || last.By != "dana" || last.Note != "called them" {
				t.Errorf("history: %+v", l.History)
			}
		}, ""},
		{"junk from review", []string{"leads", "decide", r2.ID, "--verdict", "junk", "--by", "Lena Vogel"}, 0, func(t *testing.T, l *lead.Lead) {
			if l.Verdict != lead.VerdictJunk || l.ExpiresAt == nil || l.Handoff != nil || l.Nurture != nil {
				t.Errorf("junk lead: %+v", l)
			}
			if last := l.History[len(l.History)-1]; last.By != "Lena Vogel" {
				t.Errorf("decider not recorded: %+v", last)
			}
		}, ""},
		{"not in review", []string{"leads", "decide", n.ID, "--verdict", "junk"}, 1, nil, "not review"},
		{"force", []string{"leads", "decide", n.ID, "--verdict", "qualified", "--force"}, 0, func(t *testing.T, l *lead.Lead) {
			if l.Verdict != lead.VerdictQualified {
				t.Errorf("forced: %+v", l)
			}
		}, ""},
		{"bad verdict", []string{"leads", "decide", r1.ID, "--verdict", "maybe"}, 2, nil, "--verdict"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, "", env, tc.args...)
			if code != tc.wantCode || (tc.wantError != "" && !strings.Contains(errOut, tc.wantError)) {
				t.Fatalf("exit %d (want %d): %s", code, tc.wantCode, errOut)
			}
			if tc.check != nil {
				l, err := s.GetLead(ctx, tc.args[2])
				if err != nil {
					t.Fatal(err)
				}
				tc.check(t, l)
				if due := l.DueAt(); (l.Verdict == lead.VerdictQualified) != (due != nil) {
					t.Errorf("due work %v for verdict %s", due, l.Verdict)
				}
			}
		})
	}
	// A decision made on a stale copy is refused, not applied over a change.
	l, _ := s.GetLead(ctx, r1.ID)
	stale := l.UpdatedAt.Add(-time.Minute)
	if err := s.ReplaceLead(ctx, l, stale); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale replace: %v", err)
	}
}

func TestSequencesAndDispatchCommands(t *testing.T) {
	st := devstacktest.Stack(t)
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	tables := devstacktest.Tables(t, st)
	env := map[string]string{"LEADS_TABLE": tables["LeadsTable"], "SIGNING_SECRET": "test-signing-secret-0123456789abcdef", "USER": "dana"}
	seqDir := "../../config/sequences"

	if code, out, errOut := runCLI(t, "", env, "sequences", "check", seqDir); code != 0 || strings.Count(out, "ok ") != 4 {
		t.Fatalf("check shipped sequences: exit %d\n%s%s", code, out, errOut)
	}
	// A broken copy is refused with its file and line.
	broken := t.TempDir()
	entries, _ := os.ReadDir(seqDir)
	for _, en := range entries {
		b, _ := os.ReadFile(filepath.Join(seqDir, en.Name()))
		if en.Name() == "general.yaml" {
			b = []byte(strings.Replace(string(b), "steps:", "colour: blue\nsteps:", 1))
		}
		if err := os.WriteFile(filepath.Join(broken, en.Name()), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errOut := runCLI(t, "", env, "sequences", "check", broken); code != 1 || !strings.Contains(errOut, "general.yaml:") || !strings.Contains(errOut, "colour") {
		t.Fatalf("broken sequence: exit %d: %s", code, errOut)
	}

	if code, out, errOut := runCLI(t, "", env, "sequences", "list"); code != 0 || !strings.Contains(out, "built-in") {
		t.Fatalf("list before apply: %d %s %s", code, out, errOut)
	}
	// Applying is pushing and publishing: the built-in files are v1.
	if code, out, errOut := runCLI(t, "", env, "sequences", "apply", seqDir, "--note", "first apply"); code != 0 || !strings.Contains(out, "sequences v2, live now (was v1)") {
		t.Fatalf("apply: %d %s %s", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "", env, "sequences", "list"); code != 0 || !strings.Contains(out, "sequences v2, published") ||
		!strings.Contains(out, "by dana (first apply)") || !strings.Contains(out, "general") {
		t.Fatalf("list after apply: %s", out)
	}
	// A broken copy is refused before anything is stored.
	if code, _, errOut := runCLI(t, "", env, "sequences", "apply", broken); code != 1 || !strings.Contains(errOut, filepath.Join(broken, "general.yaml")+":") {
		t.Fatalf("apply a broken copy: exit %d: %s", code, errOut)
	}
	if code, out, _ := runCLI(t, "", env, "config", "list", "sequences"); code != 0 || strings.Contains(out, "v3") {
		t.Fatalf("the broken copy was stored:\n%s", out)
	}
	code, out, errOut := runCLI(t, "", env, "sequences", "preview", "general", "1")
	if code != 0 || !strings.Contains(out, "/u/") || !strings.Contains(strings.ToLower(out), "unsubscribe") {
		t.Fatalf("preview: %d %s %s", code, out, errOut)
	}
	to := fmt.Sprintf("preview+%d@example.org", time.Now().UnixNano())
	if code, _, errOut := runCLI(t, "", env, "sequences", "test-send", "general", "1", "--to", to); code != 0 {
		t.Fatalf("test-send: %s", errOut)
	}
	mails, err := st.Emails(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sent := 0
	for _, m := range mails {
		for _, rcpt := range m.To {
			if strings.Contains(rcpt, to) {
				sent++
			}
		}
	}
	if sent != 1 {
		t.Fatalf("test-send delivered %d emails to %s, want 1", sent, to)
	}
	// A suppressed address is refused without --force, and sent with it.
	suppressed := fmt.Sprintf("unsubscribed+%d@example.org", time.Now().UnixNano())
	stStore := store.New(dynamodb.NewFromConfig(devstacktest.Config(t, st)), tables["LeadsTable"])
	if err := stStore.Suppress(context.Background(), suppressed, "unsubscribe", time.Now()); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "", env, "sequences", "test-send", "general", "1", "--to", suppressed); code != 1 || !strings.Contains(errOut, "suppressed") || !strings.Contains(errOut, "--force") {
		t.Fatalf("test-send to a suppressed address: exit %d, %q; want exit 1 naming the suppression and --force", code, errOut)
	}
	if n := countTo(t, st, suppressed); n != 0 {
		t.Fatalf("test-send to a suppressed address delivered %d emails, want 0", n)
	}
	if code, _, errOut := runCLI(t, "", env, "sequences", "test-send", "general", "1", "--to", suppressed, "--force"); code != 0 {
		t.Fatalf("test-send --force: %s", errOut)
	}
	if n := countTo(t, st, suppressed); n != 1 {
		t.Fatalf("test-send --force delivered %d emails, want 1", n)
	}
	code, out, errOut = runCLI(t, "", env, "dispatch", "--now", "2026-10-14T10:00:00Z")
	if code != 0 || !strings.Contains(out, `"now":"2026-10-14T10:00:00Z"`) || !strings.Contains(out, `"steps_sent":0`) {
		t.Fatalf("dispatch on an empty table: %d %s %s", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "", env, "dispatch", "--now", "yesterday"); code != 2 {
		t.Fatalf("bad --now: exit %d, want 2", code)
	}
}

// countTo counts the emails in the SES stand-in's store addressed to addr.
func countTo(t *testing.T, st *devstack.Stack, addr string) int {
	t.Helper()
	mails, err := st.Emails(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range mails {
		for _, rcpt := range m.To {
			if strings.Contains(rcpt, addr) {
				n++
			}
		}
	}
	return n
}

// TestDocsListEveryCommand keeps the leadctl table of docs/operations.md
// complete.
func TestDocsListEveryCommand(t *testing.T) {
	doc, err := os.ReadFile("../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range commands {
		// Pipes are escaped inside Markdown table cells.
		if !strings.Contains(string(doc), "| `leadctl "+strings.ReplaceAll(c.usage, "|", `\|`)+"` |") {
			t.Errorf("docs/operations.md's leadctl table lacks %q", name)
		}
	}
}

func TestConfigCheck(t *testing.T) {
	if code, out, errOut := runCLI(t, "", nil, "config", "check", "../../config"); code != 0 || !strings.Contains(out, "agree") {
		t.Fatalf("shipped config: exit %d %s %s", code, out, errOut)
	}
	// A copy whose routing names a form that does not exist is refused.
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../config")); err != nil {
		t.Fatal(err)
	}
	routing := filepath.Join(dir, "routing.yaml")
	b, err := os.ReadFile(routing)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(routing, []byte(strings.Replace(string(b), "forms: [contact-sales]", "forms: [demo-request]", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "", nil, "config", "check", dir); code != 1 || !strings.Contains(errOut, `"demo-request"`) {
		t.Fatalf("routing to an unknown form: exit %d %s", code, errOut)
	}
}

// TestScreenSameOutputOnOneOrTwoCores: `leadctl screen` writes the same
// bytes whatever the number of cores, on a stream where the velocity
// counts depend on line order (the history five times over).
func TestScreenSameOutputOnOneOrTwoCores(t *testing.T) {
	data, err := os.ReadFile("../../testdata/backtest/history.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Repeat(string(data), 5)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var outs []string
	for _, procs := range []int{1, 2, 1, 2} {
		runtime.GOMAXPROCS(procs)
		code, out, errOut := runCLI(t, in, nil, "screen")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		outs = append(outs, out)
	}
	if !strings.Contains(outs[0], `"code":"email_velocity"`) {
		t.Fatal("no velocity reason: the stream does not test the counters' order")
	}
	for i, out := range outs[1:] {
		if out != outs[0] {
			t.Fatalf("run %d differs from the first", i+2)
		}
	}
}

// localTable starts the local stack, points this process's AWS settings at
// it, and returns a store on its leads table and the environment leadctl
// runs with.
func localTable(t *testing.T) (*store.Store, map[string]string) {
	t.Helper()
	st := devstacktest.Stack(t)
	for _, kv := range st.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	tables := devstacktest.Tables(t, st)
	env := map[string]string{"LEADS_TABLE": tables["LeadsTable"]}
	return store.New(dynamodb.NewFromConfig(devstacktest.Config(t, st)), tables["LeadsTable"]), env
}

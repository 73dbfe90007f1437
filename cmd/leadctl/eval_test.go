package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEvalFamiliesAndSources runs leadctl eval on a tiny labelled fixture
// with families and sources: two sources, a junk family the screener
// misses (polite_spam) and a genuine family it marks junk (burner_user).
func TestEvalFamiliesAndSources(t *testing.T) {
	code, out, errOut := runCLI(t, "", nil, "eval", "--labels", "testdata/eval_families.jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		// The family table keeps the confusion columns.
		"label       family  total  junk  review  passed  junk%",
		"junk recall 75.00%  genuine false positives 33.33% (1/3)",
		"by source:",
		"leave one source out: each source alone",
		"worst family: junk polite_spam recall 0.0% (0/1); genuine burner_user marked junk 100.0% (1/1)",
		"review 0.0% of all (0/7)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	rows := map[string]string{}
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
		}
	}
	for src, want := range map[string][]string{
		"gen-a": {"66.7", "0.00", "polite_spam recall 0.0% (0/1)", "plain marked junk 0.0% (0/1)"},
		"gen-b": {"100.0", "50.00", "throwaway recall 100.0% (1/1)", "burner_user marked junk 100.0% (1/1)"},
	} {
		for _, w := range want {
			if !strings.Contains(rows[src], w) {
				t.Errorf("%s alone lacks %q: %q", src, w, rows[src])
			}
		}
	}
}

// burstExport is four sign-ups from one IP, 5 s apart, given newest
// first, and one unrelated lead: each burst row alone looks fine.
func burstExport() string {
	row := func(id, at, email, ip string) string {
		return `{"id":"` + id + `","form_id":"newsletter","submitted_at":"2026-10-03T14:22:` + at + `Z","fields":{"email":"` + email +
			`","first_name":"Ana","last_name":"Souza"},"context":{"ip":"` + ip + `","user_agent":"Mozilla/5.0 Firefox/131.0","accept_language":"pt-BR","referer":"http://localhost:3000/","elapsed_ms":9000}}`
	}
	return strings.Join([]string{
		row("b4", "20", "d.lima@padaria-souza.com.br", "203.0.113.7"),
		row("b3", "15", "c.lima@padaria-souza.com.br", "203.0.113.7"),
		row("b2", "10", "b.lima@padaria-souza.com.br", "203.0.113.7"),
		row("b1", "05", "a.lima@padaria-souza.com.br", "203.0.113.7"),
		row("x1", "30", "joao@oficina-lima.com.br", "198.51.100.4"),
	}, "\n") + "\n"
}

// TestScreenSeesBurstsWhole: leadctl screen reads the export whole and
// judges velocity by submitted_at, so every row of a burst is junk, the
// first ones and lines given out of order included; --in-order counts as
// the lines come and sees none.
func TestScreenSeesBurstsWhole(t *testing.T) {
	verdicts := func(args ...string) map[string]string {
		code, out, errOut := runCLI(t, burstExport(), nil, append([]string{"screen"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		v := map[string]string{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var o struct{ ID, Verdict string }
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatal(err)
			}
			v[o.ID] = o.Verdict
		}
		return v
	}
	whole := verdicts()
	for _, id := range []string{"b1", "b2", "b3", "b4"} {
		if whole[id] != "junk" {
			t.Errorf("%s: %s, want junk (a burst)", id, whole[id])
		}
	}
	if whole["x1"] == "junk" {
		t.Error("x1, outside the burst, is junk")
	}
	for id, v := range verdicts("--in-order") {
		if v == "junk" {
			t.Errorf("--in-order: %s is junk; four rows are within the IP limit", id)
		}
	}
}

// TestScreenForms: --forms replaces the forms file. A form it does not
// list is judged by the default rules with no origin check, so a referer
// from any site is fine; a listed form keeps its allowed origins.
func TestScreenForms(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "forms.yaml")
	if err := os.WriteFile(path, []byte("forms:\n  - id: quote\n    name: Quote\n    allowed_origins: [https://shop.example]\n    required: [email]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	line := func(form string) string {
		return `{"id":"` + form + `","form_id":"` + form + `","submitted_at":"2026-10-03T14:22:05Z","fields":{"email":"ana@padaria-souza.com.br","first_name":"Ana","message":"Could we get a quote for three shops?"},"context":{"user_agent":"Mozilla/5.0 Firefox/131.0","referer":"https://elsewhere.example/form","elapsed_ms":30000}}`
	}
	code, out, errOut := runCLI(t, line("quote")+"\n"+line("unlisted")+"\n", nil, "screen", "--forms", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "origin_not_allowed") || strings.Contains(lines[1], "origin_not_allowed") {
		t.Errorf("want origin_not_allowed on the listed form only:\n%s", out)
	}
	if code, _, errOut := runCLI(t, "", nil, "screen", "--forms", filepath.Join(dir, "missing.yaml")); code == 0 || !strings.Contains(errOut, "missing.yaml") {
		t.Errorf("a missing forms file: exit %d, %q", code, errOut)
	}
}

// TestScreenSeesSlowBursts: a script that waits two minutes between
// posts forms no chain of one-minute gaps, but four forms from one
// address within ten minutes are still a burst, every one of them; three
// colleagues behind one office IP within ten minutes are not.
func TestScreenSeesSlowBursts(t *testing.T) {
	row := func(id, at, email, ip string) string {
		return `{"id":"` + id + `","form_id":"contact-sales","submitted_at":"2026-10-03T14:` + at + `Z","fields":{"email":"` + email +
			`","first_name":"Ana","last_name":"Souza","company":"Padaria Souza","message":"Please call me back about your plans."},"context":{"ip":"` + ip +
			`","user_agent":"Mozilla/5.0 Firefox/131.0","accept_language":"pt-BR","referer":"https://www.northwind.example/contact","elapsed_ms":40000}}`
	}
	export := strings.Join([]string{
		row("s1", "20:00", "ana@padaria-souza.com.br", "203.0.113.7"),
		row("s2", "22:10", "ana@padaria-souza.com.br", "198.51.100.9"),
		row("s3", "24:30", "ana@padaria-souza.com.br", "192.0.2.44"),
		row("s4", "26:50", "ana@padaria-souza.com.br", "203.0.113.80"),
		row("o1", "40:00", "joao@oficina-lima.com.br", "198.51.100.4"),
		row("o2", "43:00", "rita@oficina-lima.com.br", "198.51.100.4"),
		row("o3", "47:00", "paulo@oficina-lima.com.br", "198.51.100.4"),
	}, "\n") + "\n"
	code, out, errOut := runCLI(t, export, nil, "screen")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var o struct {
			ID, Verdict string
			Reasons     []struct{ Code string }
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		burst := slices.ContainsFunc(o.Reasons, func(r struct{ Code string }) bool { return r.Code == "submission_burst" })
		if want := strings.HasPrefix(o.ID, "s"); burst != want || want && o.Verdict != "junk" {
			t.Errorf("%s: %s, burst %v; want a burst: %v", o.ID, o.Verdict, burst, want)
		}
	}
}

package coldstart

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestParseInitReport(t *testing.T) {
	for _, tc := range []struct {
		line string
		ms   float64
		ok   bool
	}{
		// Lines as the pinned emulator prints them.
		{"06 Dec 2026 23:26:38,298 [INFO] (rapid) INIT REPORT(durationMs: 4.930000)", 4.93, true},
		{"06 Dec 2026 23:26:39,139 [INFO] (rapid) INIT REPORT(durationMs: 304.836000)\n", 304.836, true},
		// The managed-instances mode's form.
		{"INIT REPORT(initType: on-demand, durationMs: 77.60, status: success, phase: init, errorType: )", 77.6, true},
		{"INIT REPORT(durationMs: 12)", 12, true},
		// Not init reports: the REPORT line's Init Duration is ignored on purpose.
		{"REPORT RequestId: ab98\tInit Duration: 2.63 ms\tDuration: 6.56 ms", 0, false},
		{"06 Dec 2026 23:26:38,293 [INFO] (rapid) INIT START(type: on-demand, phase: init)", 0, false},
		{"INIT REPORT(durationMs: )", 0, false},
		{"", 0, false},
	} {
		ms, ok := ParseInitReport(tc.line)
		if ok != tc.ok || ms != tc.ms {
			t.Errorf("ParseInitReport(%q) = %v, %v; want %v, %v", tc.line, ms, ok, tc.ms, tc.ok)
		}
	}
}

func TestInitMillisTakesTheInitReport(t *testing.T) {
	out := "START RequestId: x Version: $LATEST\n" +
		"06 Dec 2026 23:26:38,293 [INFO] (rapid) INIT START(type: on-demand, phase: init)\n" +
		"06 Dec 2026 23:26:38,298 [INFO] (rapid) INIT RTDONE(status: success)\n" +
		"06 Dec 2026 23:26:38,298 [INFO] (rapid) INIT REPORT(durationMs: 4.930000)\n" +
		"REPORT RequestId: x\tInit Duration: 0.03 ms\tDuration: 306.15 ms\n"
	ms, err := InitMillis(out)
	if err != nil || ms != 4.93 {
		t.Fatalf("InitMillis = %v, %v; want 4.93", ms, err)
	}
	if _, err := InitMillis("REPORT RequestId: x\tInit Duration: 0.03 ms\n"); err == nil {
		t.Fatal("InitMillis found an init time in output without INIT REPORT")
	}
}

func TestExpectationOf(t *testing.T) {
	for _, tc := range []struct {
		file string
		want int
		err  bool
	}{
		{"events/intake/submit-json.201.json", 201, false},
		{"error-too-large.413.json", 413, false},
		{"preflight.204.json", 204, false},
		{"events/dispatcher/every-minute.ok.json", 0, false},
		{"submit.json", 0, true},
		{"submit.abc.json", 0, true},
		{"submit.99.json", 0, true},
		{"submit.201.yaml", 0, true},
	} {
		got, err := ExpectationOf(tc.file)
		if (err != nil) != tc.err || got.Status != tc.want {
			t.Errorf("ExpectationOf(%q) = %v, %v; want %d, error %v", tc.file, got, err, tc.want, tc.err)
		}
	}
}

func TestExpectationCheck(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		answer string
		ok     bool
	}{
		{"status matches", 201, `{"statusCode":201,"headers":{},"body":"{}"}`, true},
		{"status differs", 201, `{"statusCode":400,"body":"{}"}`, false},
		{"no status", 200, `null`, false},
		{"function error where a status is due", 200, `{"errorMessage":"boom","errorType":"errorString"}`, false},
		{"ok: null", 0, `null`, true},
		{"ok: empty object", 0, `{}`, true},
		{"ok: function error", 0, `{"errorMessage":"boom","errorType":"errorString"}`, false},
		{"ok: not JSON", 0, `Task timed out after 3.00 seconds`, false},
	} {
		err := Expectation{Status: tc.status}.Check([]byte(tc.answer))
		if (err == nil) != tc.ok {
			t.Errorf("%s: Check(%s) = %v", tc.name, tc.answer, err)
		}
	}
}

// TestBuildFlagsMatchMakefile keeps the harness building what ships: every
// build-* target of the repository's Makefile must build with BuildFlags
// and BuildEnv (GOARCH aside), and the parse must find the four functions.
func TestBuildFlagsMatchMakefile(t *testing.T) {
	mk, err := os.ReadFile(filepath.Join("..", "..", "..", "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	targets, err := MakefileTargets(mk)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, tg := range targets {
		ids = append(ids, tg.LogicalID)
		if err := SameBuild(tg.Recipe); err != nil {
			t.Errorf("build-%s: %v", tg.LogicalID, err)
		}
		if want := "./functions/" + tg.EventsDir(); tg.Package != want {
			t.Errorf("build-%s builds %s, want %s", tg.LogicalID, tg.Package, want)
		}
	}
	for _, want := range []string{"IntakeFunction", "DispatcherFunction", "UnsubscribeFunction", "SesEventsFunction"} {
		if !slices.Contains(ids, want) {
			t.Errorf("Makefile targets %v lack build-%s", ids, want)
		}
	}
}

func TestMakefileTargets(t *testing.T) {
	mk := "build:\n\techo all\n\n" +
		"build-AFunction:\n\tCGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags \"-s -w\" -o $(ARTIFACTS_DIR)/bootstrap ./functions/a\n\n" +
		"build-BFunction:\n\tCGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -trimpath -o $(ARTIFACTS_DIR)/bootstrap ./functions/b\n"
	targets, err := MakefileTargets([]byte(mk))
	if err != nil {
		t.Fatal(err)
	}
	if len(targets) != 2 || targets[0].LogicalID != "AFunction" || targets[0].Package != "./functions/a" || targets[1].Package != "./functions/b" {
		t.Fatalf("targets %+v", targets)
	}
	if err := SameBuild(targets[0].Recipe); err != nil {
		t.Errorf("SameBuild(A) = %v", err)
	}
	// B drops -tags lambda.norpc and -ldflags: measuring it would not
	// measure what ships.
	if err := SameBuild(targets[1].Recipe); err == nil {
		t.Error("SameBuild accepted a recipe with other flags")
	}
	if _, err := MakefileTargets([]byte("build-X:\n\techo nothing\n")); err == nil {
		t.Error("MakefileTargets accepted a target that builds no package")
	}
}

func TestParseVmRSS(t *testing.T) {
	status := "Name:\tbootstrap\nVmPeak:\t 1263780 kB\nVmRSS:\t   32768 kB\nRssAnon:\t   20000 kB\n"
	got, err := parseVmRSS(status)
	if err != nil || got != 32768*1024 {
		t.Fatalf("parseVmRSS = %d, %v", got, err)
	}
	if _, err := parseVmRSS("Name:\tzombie\nState:\tZ (zombie)\n"); err == nil {
		t.Fatal("parseVmRSS found a VmRSS in a status without one")
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		in := slices.Clone(tc.xs)
		if got := Median(tc.xs); got != tc.want {
			t.Errorf("Median(%v) = %v, want %v", tc.xs, got, tc.want)
		}
		if !slices.Equal(in, tc.xs) {
			t.Errorf("Median reordered its input: %v", tc.xs)
		}
	}
}

func TestEnviron(t *testing.T) {
	got := Environ([]string{"PATH=/bin", "AWS_REGION=us-east-1", "HOME=/tmp"}, map[string]string{"AWS_REGION": "eu-west-1", "LEADS_TABLE": "t"})
	want := []string{"PATH=/bin", "HOME=/tmp", "AWS_REGION=eu-west-1", "LEADS_TABLE=t"}
	if !slices.Equal(got, want) {
		t.Fatalf("Environ = %v, want %v", got, want)
	}
}

func TestTargetEventsDir(t *testing.T) {
	for id, want := range map[string]string{"IntakeFunction": "intake", "SesEventsFunction": "sesevents"} {
		if got := (Target{LogicalID: id}).EventsDir(); got != want {
			t.Errorf("EventsDir(%s) = %s, want %s", id, got, want)
		}
	}
}

func TestParseSchedstat(t *testing.T) {
	got, err := parseSchedstat("12345678 910 11\n")
	if err != nil || got != 12345678*time.Nanosecond {
		t.Fatalf("parseSchedstat = %v, %v", got, err)
	}
	for _, bad := range []string{"", "1 2", "x 2 3"} {
		if _, err := parseSchedstat(bad); err == nil {
			t.Errorf("parseSchedstat(%q) accepted", bad)
		}
	}
}

// TestWithNewIdempotencyKey: each call gives the event an idempotency key
// of its own and keeps everything else, with or without headers.
func TestWithNewIdempotencyKey(t *testing.T) {
	for _, tc := range []struct {
		name, event string
		keep        map[string]string
	}{
		{"with headers", `{"rawPath":"/forms/f/submissions","headers":{"origin":"http://127.0.0.1:3000"},"body":"{}"}`,
			map[string]string{"origin": "http://127.0.0.1:3000"}},
		{"without headers", `{"rawPath":"/forms/f/submissions","body":"{}"}`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			keys := map[string]bool{}
			for range 2 {
				out, err := withNewIdempotencyKey([]byte(tc.event))
				if err != nil {
					t.Fatal(err)
				}
				var req struct {
					RawPath string            `json:"rawPath"`
					Headers map[string]string `json:"headers"`
					Body    string            `json:"body"`
				}
				if err := json.Unmarshal(out, &req); err != nil {
					t.Fatal(err)
				}
				if req.RawPath != "/forms/f/submissions" || req.Body != "{}" {
					t.Errorf("event changed: %s", out)
				}
				for k, v := range tc.keep {
					if req.Headers[k] != v {
						t.Errorf("header %s = %q, want %q", k, req.Headers[k], v)
					}
				}
				key := req.Headers["idempotency-key"]
				if key == "" || keys[key] {
					t.Errorf("idempotency key %q empty or used before", key)
				}
				keys[key] = true
			}
		})
	}
	if _, err := withNewIdempotencyKey([]byte("not json")); err == nil {
		t.Error("an event that is not JSON got a key")
	}
}

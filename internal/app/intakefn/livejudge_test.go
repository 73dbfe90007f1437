package intakefn

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// table is a versions.Reader in memory: live pointers and versions by
// kind, and a count of pointer reads.
type table struct {
	mu    sync.Mutex
	live  map[versions.Kind]int64
	files map[versions.Kind]map[int64]versions.Files
	reads map[versions.Kind]int
	// waitFor, when set, holds each read of a kind's pointer until the
	// channel is closed (waited records a read that gave up after 10 s).
	waitFor map[versions.Kind]chan struct{}
	waited  bool
}

func newTable() *table {
	return &table{live: map[versions.Kind]int64{}, files: map[versions.Kind]map[int64]versions.Files{}, reads: map[versions.Kind]int{}}
}

func (t *table) publish(kind versions.Kind, n int64, files versions.Files) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.files[kind] == nil {
		t.files[kind] = map[int64]versions.Files{}
	}
	t.files[kind][n], t.live[kind] = files, n
}

func (t *table) LiveConfig(_ context.Context, kind versions.Kind) (*versions.Live, error) {
	t.mu.Lock()
	gate := t.waitFor[kind]
	t.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-time.After(10 * time.Second):
			t.mu.Lock()
			t.waited = true
			t.mu.Unlock()
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.reads[kind]++
	if n, ok := t.live[kind]; ok {
		return &versions.Live{Kind: kind, Number: n}, nil
	}
	return nil, nil
}

func (t *table) ConfigVersion(_ context.Context, kind versions.Kind, n int64) (*versions.Version, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f, ok := t.files[kind][n]
	if !ok {
		return nil, versions.ErrNotFound
	}
	return &versions.Version{Kind: kind, Number: n, Files: f}, nil
}

// built is one judge build: the label it was given and its forms.
type built struct {
	label string
	forms *forms.Set
}

// fixture is a liveJudge on a table, with every build noted; a build
// fails while fail is set, and waits for gate when it is set.
type fixture struct {
	*liveJudge
	table  *table
	mu     sync.Mutex
	builds []built
	fail   error
	gate   chan struct{}
	now    time.Time
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{table: newTable(), now: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	clock := func() time.Time { f.mu.Lock(); defer f.mu.Unlock(); return f.now }
	fw := versions.Watch(f.table, versions.Forms, func() versions.Files { return config.Builtin(versions.Forms) }, liveconfig.ParseForms, time.Minute)
	rw := versions.Watch(f.table, versions.Rules, func() versions.Files { return config.Builtin(versions.Rules) }, parseRules, time.Minute)
	fw.SetClock(clock)
	rw.SetClock(clock)
	f.liveJudge = &liveJudge{forms: fw, rules: rw, build: func(rs *rules.Set, label string, fs *forms.Set) (*judge.Judge, error) {
		f.mu.Lock()
		gate, err := f.gate, f.fail
		f.mu.Unlock()
		if gate != nil {
			<-gate
		}
		if err != nil {
			return nil, err
		}
		f.mu.Lock()
		f.builds = append(f.builds, built{label, fs})
		f.mu.Unlock()
		return &judge.Judge{}, nil
	}}
	return f
}

func (f *fixture) after(d time.Duration) {
	f.mu.Lock()
	f.now = f.now.Add(d)
	f.mu.Unlock()
}

func (f *fixture) lastLabel() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.builds) == 0 {
		return ""
	}
	return f.builds[len(f.builds)-1].label
}

func (f *fixture) buildCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.builds)
}

// rulesText is the built-in rules with one value changed, so that its
// hash differs.
func rulesText(t *testing.T, junkAt int) versions.Files {
	t.Helper()
	return versions.Files{"rules.yaml": replaceOnce(t, string(config.Rules()), "    junk_at: 60\n", fmt.Sprintf("    junk_at: %d\n", junkAt))}
}

func replaceOnce(t *testing.T, s, old, repl string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not found", old)
	}
	return strings.Replace(s, old, repl, 1)
}

// TestLiveJudgeWaitsForTheFirstBuild: a request waits for the judge being
// built at init, gets the build's error when it failed, and stops waiting
// when its context ends.
func TestLiveJudgeWaitsForTheFirstBuild(t *testing.T) {
	f := newFixture(t)
	f.gate = make(chan struct{})
	f.start()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := f.wait(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("wait before the judge is built = %v, want the context's deadline", err)
	}
	close(f.gate)
	if err := f.wait(context.Background()); err != nil {
		t.Fatalf("wait = %v", err)
	}
	if f.buildCount() != 1 {
		t.Fatalf("%d builds, want 1", f.buildCount())
	}

	// A judge that does not build is the answer of every request until
	// another version is published: the same files would fail again.
	g := newFixture(t)
	bad := errors.New("captcha secret missing")
	g.fail = bad
	g.start()
	for range 2 {
		if err := g.wait(context.Background()); !errors.Is(err, bad) {
			t.Fatalf("wait = %v, want the build's error", err)
		}
	}
	g.fail = nil
	if err := g.wait(context.Background()); !errors.Is(err, bad) || g.buildCount() != 0 {
		t.Fatalf("wait for the same versions = %v after %d builds; want the error, without a build", err, g.buildCount())
	}
	g.table.publish(versions.Forms, 2, versions.Files{"forms.yaml": string(config.Forms())})
	g.after(time.Minute)
	if err := g.wait(context.Background()); err != nil || g.buildCount() != 1 {
		t.Fatalf("wait after a publish = %v after %d builds", err, g.buildCount())
	}
}

// TestLiveJudgeFollowsTheVersions: the judge is built again when the rules
// or the forms name another version, after the refresh interval, and
// never otherwise; it records the rules' version number and hash; a
// judge that does not build keeps the last one; each kind's pointer is
// read once at the start.
func TestLiveJudgeFollowsTheVersions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.start()
	if err := f.wait(ctx); err != nil {
		t.Fatal(err)
	}
	builtin, _ := rules.Parse(config.Rules())
	if got, want := f.lastLabel(), versions.Label(1, builtin.Version()); got != want {
		t.Fatalf("label %q, want %q", got, want)
	}
	if f.table.reads[versions.Rules] != 1 || f.table.reads[versions.Forms] != 1 {
		t.Fatalf("pointer reads at the start: %v, want one per kind", f.table.reads)
	}
	first, _ := f.get(ctx)
	// Requests within the interval read no pointer.
	for range 5 {
		f.after(10 * time.Second)
		if j, _ := f.get(ctx); j != first {
			t.Fatal("the judge changed with nothing published")
		}
	}
	f.after(10 * time.Second)
	f.get(ctx)
	if f.table.reads[versions.Rules] != 2 || f.table.reads[versions.Forms] != 2 {
		t.Fatalf("pointer reads after a minute of requests: %v, want one more per kind", f.table.reads)
	}

	f.table.publish(versions.Rules, 2, rulesText(t, 65))
	f.after(30 * time.Second)
	if j, _ := f.get(ctx); j != first || f.buildCount() != 1 {
		t.Fatal("a publish was seen before the refresh interval")
	}
	f.after(30 * time.Second)
	second, _ := f.get(ctx)
	if second == first || f.buildCount() != 2 || f.lastLabel()[:3] != "v2-" || f.lastLabel() == versions.Label(2, builtin.Version()) {
		t.Fatalf("after the interval: %d builds, label %q; want a judge of rules v2 with its own hash", f.buildCount(), f.lastLabel())
	}

	formsV2 := versions.Files{"forms.yaml": string(config.Forms())}
	f.table.publish(versions.Forms, 2, formsV2)
	f.after(time.Minute)
	third, _ := f.get(ctx)
	if third == second || f.buildCount() != 3 {
		t.Fatalf("a forms publish did not rebuild the judge (%d builds)", f.buildCount())
	}
	fs, _ := f.forms.Get(ctx)
	if f.builds[2].forms != fs.Value {
		t.Error("the judge was not built with the forms requests resolve")
	}

	f.fail = errors.New("does not compile")
	f.table.publish(versions.Rules, 3, rulesText(t, 70))
	f.after(time.Minute)
	if j, err := f.get(ctx); j != third || err != nil {
		t.Fatalf("a judge that does not build: %v, %v; want the last one kept", j, err)
	}
	f.fail = nil
	f.after(time.Minute)
	if j, _ := f.get(ctx); j != third {
		t.Fatal("a failed version was built again while it stayed live")
	}
	// A rollback to rules v2 returns to the versions the judge in hand
	// was built from.
	f.table.publish(versions.Rules, 2, rulesText(t, 65))
	f.after(time.Minute)
	if j, _ := f.get(ctx); j != third || f.buildCount() != 3 {
		t.Fatalf("rollback to v2: %d builds; want the judge of rules v2 and forms v2 kept", f.buildCount())
	}
	f.table.publish(versions.Rules, 4, rulesText(t, 75))
	f.after(time.Minute)
	if j, _ := f.get(ctx); j == third || f.buildCount() != 4 || f.lastLabel()[:3] != "v4-" {
		t.Fatalf("rules v4: %d builds, label %q", f.buildCount(), f.lastLabel())
	}
}

// TestLiveJudgeRefitUsesTheJudgeInHand: a refit (a returning person's
// merged fields) reads no pointer, even when one is due, and qualifies
// with the judge that screened, whose rules version the lead records.
func TestLiveJudgeRefitUsesTheJudgeInHand(t *testing.T) {
	f := newFixture(t)
	f.build = func(rs *rules.Set, label string, fs *forms.Set) (*judge.Judge, error) {
		return judge.New(rs, screen.Deps{}, judge.Options{Forms: fs, RulesVersion: label, Getenv: func(string) string { return "set" }})
	}
	ctx := context.Background()
	f.start()
	if err := f.wait(ctx); err != nil {
		t.Fatal(err)
	}
	in, _ := f.judges.Last()
	f.table.publish(versions.Rules, 2, rulesText(t, 65))
	f.after(time.Minute)
	fs, _ := f.forms.Value(ctx)
	reads := f.table.reads[versions.Rules]
	got := f.Refit(fs.Get(fs.IDs()[0]), &lead.Fields{}, lead.Screening{})
	if f.table.reads[versions.Rules] != reads {
		t.Errorf("refit read the rules pointer (%d reads, want %d)", f.table.reads[versions.Rules], reads)
	}
	if got.RulesVersion != in.RulesVersion() {
		t.Errorf("refit by rules %q, want %q, the judge in hand", got.RulesVersion, in.RulesVersion())
	}
}

// TestWaitLooksUpTheSequencesMeanwhile: a request that finds the refresh
// interval passed reads the rules pointer and the sequences pointer at
// once: the read of the rules below returns only once the look-up of the
// sequences has begun.
func TestWaitLooksUpTheSequencesMeanwhile(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.start()
	if err := f.wait(ctx); err != nil {
		t.Fatal(err)
	}
	sequencesRead := make(chan struct{})
	var once sync.Once
	f.alongside = func(context.Context) { once.Do(func() { close(sequencesRead) }) }
	f.table.mu.Lock()
	f.table.waitFor = map[versions.Kind]chan struct{}{versions.Rules: sequencesRead}
	f.table.mu.Unlock()
	f.after(time.Minute)
	if err := f.wait(ctx); err != nil {
		t.Fatal(err)
	}
	f.table.mu.Lock()
	defer f.table.mu.Unlock()
	if f.table.reads[versions.Rules] != 2 {
		t.Fatalf("rules pointer read %d times, want 2", f.table.reads[versions.Rules])
	}
	if f.table.waited {
		t.Fatal("the rules were looked up before the sequences' look-up began, and it waited for them")
	}
}

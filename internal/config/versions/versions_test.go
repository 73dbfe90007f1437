package versions_test

import (
	"context"
	"errors"
	"maps"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/app/configcheck"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/lead"
)

var t0 = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

func newService(m *memStore) *versions.Service {
	now := t0
	return &versions.Service{Store: m, Builtin: config.Builtin, Check: configcheck.CheckFiles,
		Now: func() time.Time { now = now.Add(time.Minute); return now }}
}

// edited returns kind's built-in files with old replaced by new in file.
func edited(t *testing.T, kind versions.Kind, file, old, new string) versions.Files {
	t.Helper()
	files := maps.Clone(config.Builtin(kind))
	if !strings.Contains(files[file], old) {
		t.Fatalf("%s/%s has no %q", kind, file, old)
	}
	files[file] = strings.Replace(files[file], old, new, 1)
	return files
}

// step is one operation on the service and what it must give.
type step struct {
	op    string // push, publish or rollback
	kind  versions.Kind
	files versions.Files // push
	n     int64          // publish
	// race, when set, publishes version race of kind just before the
	// step's own publish writes the pointer, as a second person would.
	race int64

	want     int64 // the number pushed, or made live
	wantPrev int64 // the pointer's Previous after a publish or rollback
	wantErr  error
	wantKind lead.ErrorKind
	// wantProblem is a problem the step must be refused with (Message a
	// fragment).
	wantProblem *versions.Problem
}

func (st step) run(t *testing.T, ctx context.Context, s *versions.Service, m *memStore) {
	t.Helper()
	if st.race != 0 {
		m.beforeSet = func() {
			if _, err := s.Publish(ctx, st.kind, st.race, "ben", "the other publish"); err != nil {
				t.Errorf("racing publish: %v", err)
			}
		}
	}
	var got int64
	var prev int64
	var err error
	switch st.op {
	case "push":
		var v *versions.Version
		if v, err = s.Push(ctx, st.kind, st.files, versions.Builtin, "mia", "a change"); err == nil {
			got = v.Number
			stored, serr := m.ConfigVersion(ctx, st.kind, v.Number)
			if serr != nil || !maps.Equal(stored.Files, st.files) || stored.Author != "mia" || stored.Note != "a change" || stored.Base != versions.Builtin || stored.CreatedAt.IsZero() {
				t.Errorf("stored %+v, %v; want the pushed files, author, note and base", stored, serr)
			}
		}
	case "publish", "rollback":
		var l *versions.Live
		if st.op == "publish" {
			l, err = s.Publish(ctx, st.kind, st.n, "mia", "go live")
		} else {
			l, err = s.Rollback(ctx, st.kind, "mia", "undo")
		}
		if err == nil {
			got, prev = l.Number, l.Previous
			stored, _ := m.LiveConfig(ctx, st.kind)
			if stored == nil || !reflect.DeepEqual(*stored, *l) {
				t.Errorf("stored pointer %+v, want %+v", stored, l)
			}
		}
	default:
		t.Fatalf("unknown op %q", st.op)
	}
	switch {
	case st.wantErr != nil || st.wantKind != "":
		if (st.wantErr != nil && !errors.Is(err, st.wantErr)) || (st.wantKind != "" && lead.KindOf(err) != st.wantKind) {
			t.Fatalf("%s %s: %v; want %v %v", st.op, st.kind, err, st.wantErr, st.wantKind)
		}
	case st.wantProblem != nil:
		var pe *versions.ProblemsError
		if !errors.As(err, &pe) {
			t.Fatalf("%s %s: %v; want problems", st.op, st.kind, err)
		}
		w := st.wantProblem
		for _, p := range pe.Problems {
			if p.File == w.File && p.Line == w.Line && strings.Contains(p.Message, w.Message) {
				return
			}
		}
		t.Fatalf("%s %s: problems %v; want one like %s", st.op, st.kind, pe.Problems, w)
	case err != nil:
		t.Fatalf("%s %s: %v", st.op, st.kind, err)
	case got != st.want || (st.op != "push" && prev != st.wantPrev):
		t.Fatalf("%s %s: number %d previous %d; want %d previous %d", st.op, st.kind, got, prev, st.want, st.wantPrev)
	}
}

func TestService(t *testing.T) {
	rulesA := edited(t, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_at: 65\n")
	rulesB := edited(t, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_at: 70\n")
	badRules := edited(t, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_att: 60\n")
	badLine := strings.Count(badRules["rules.yaml"][:strings.Index(badRules["rules.yaml"], "junk_att")], "\n") + 1
	// webinar adds a form; webinarRouting routes it, which only agrees
	// with forms while the webinar form is live.
	webinar := edited(t, versions.Forms, "forms.yaml", "forms:\n", "forms:\n  - id: webinar\n    name: Webinar\n")
	webinarRouting := edited(t, versions.Routing, "routing.yaml", "\nrules:\n", "\nrules:\n  - name: webinar\n    forms: [webinar]\n    team: inbound\n")

	tests := []struct {
		name  string
		steps []step
		// live is each kind's live number at the end (1 when absent).
		live map[versions.Kind]int64
	}{
		{"first push stores the built-in as v1, then v2, then v3", []step{
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "push", kind: versions.Rules, files: rulesB, want: 3},
			{op: "push", kind: versions.Sequences, files: config.Builtin(versions.Sequences), want: 2},
		}, nil},
		{"an invalid push is refused with the line of the problem", []step{
			{op: "push", kind: versions.Rules, files: badRules, wantProblem: &versions.Problem{File: "rules.yaml", Line: badLine, Message: "junk_att"}},
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
		}, nil},
		{"publish moves the pointer and remembers the previous version", []step{
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "publish", kind: versions.Rules, n: 2, want: 2, wantPrev: 1},
			{op: "push", kind: versions.Rules, files: rulesB, want: 3},
			{op: "publish", kind: versions.Rules, n: 3, want: 3, wantPrev: 2},
		}, map[versions.Kind]int64{versions.Rules: 3}},
		{"a publish that lost a race is refused", []step{
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "push", kind: versions.Rules, files: rulesB, want: 3},
			{op: "publish", kind: versions.Rules, n: 2, race: 3, wantErr: versions.ErrConflict},
		}, map[versions.Kind]int64{versions.Rules: 3}},
		{"a publish over a pointer that moved is refused", []step{
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "push", kind: versions.Rules, files: rulesB, want: 3},
			{op: "publish", kind: versions.Rules, n: 2, want: 2, wantPrev: 1},
			{op: "publish", kind: versions.Rules, n: 3, race: 1, wantErr: versions.ErrConflict},
		}, map[versions.Kind]int64{versions.Rules: 1}},
		{"rollback returns to the previous version", []step{
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "push", kind: versions.Rules, files: rulesB, want: 3},
			{op: "publish", kind: versions.Rules, n: 2, want: 2, wantPrev: 1},
			{op: "publish", kind: versions.Rules, n: 3, want: 3, wantPrev: 2},
			{op: "rollback", kind: versions.Rules, want: 2, wantPrev: 3},
		}, map[versions.Kind]int64{versions.Rules: 2}},
		{"rollback returns to the built-in files", []step{
			{op: "push", kind: versions.Routing, files: config.Builtin(versions.Routing), want: 2},
			{op: "publish", kind: versions.Routing, n: 2, want: 2, wantPrev: 1},
			{op: "rollback", kind: versions.Routing, want: 1, wantPrev: 2},
		}, map[versions.Kind]int64{versions.Routing: 1}},
		{"a second rollback goes one publish further back", []step{
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "push", kind: versions.Rules, files: rulesB, want: 3},
			{op: "publish", kind: versions.Rules, n: 2, want: 2, wantPrev: 1},
			{op: "publish", kind: versions.Rules, n: 3, want: 3, wantPrev: 2},
			{op: "rollback", kind: versions.Rules, want: 2, wantPrev: 3},
			{op: "rollback", kind: versions.Rules, want: 1, wantPrev: 2},
			{op: "rollback", kind: versions.Rules, wantKind: lead.EINVALID},
		}, map[versions.Kind]int64{versions.Rules: 1}},
		{"rollback with nothing published is refused", []step{
			{op: "rollback", kind: versions.Forms, wantKind: lead.EINVALID},
			{op: "push", kind: versions.Forms, files: webinar, want: 2},
			{op: "rollback", kind: versions.Forms, wantKind: lead.EINVALID},
		}, nil},
		{"publishing the live version again is refused", []step{
			{op: "publish", kind: versions.Rules, n: 1, wantKind: lead.EINVALID},
			{op: "push", kind: versions.Rules, files: rulesA, want: 2},
			{op: "publish", kind: versions.Rules, n: 2, want: 2, wantPrev: 1},
			{op: "publish", kind: versions.Rules, n: 2, wantKind: lead.EINVALID},
		}, map[versions.Kind]int64{versions.Rules: 2}},
		{"publishing a version that does not exist", []step{
			{op: "publish", kind: versions.Rules, n: 7, wantErr: versions.ErrNotFound},
		}, nil},
		{"routing for a form that is not live is refused at push", []step{
			{op: "push", kind: versions.Routing, files: webinarRouting, wantProblem: &versions.Problem{Message: `names form "webinar"`}},
		}, nil},
		{"a version the other kinds now contradict cannot be published", []step{
			{op: "push", kind: versions.Forms, files: webinar, want: 2},
			{op: "publish", kind: versions.Forms, n: 2, want: 2, wantPrev: 1},
			{op: "push", kind: versions.Routing, files: webinarRouting, want: 2},
			{op: "rollback", kind: versions.Forms, want: 1, wantPrev: 2},
			{op: "publish", kind: versions.Routing, n: 2, wantProblem: &versions.Problem{Message: `names form "webinar"`}},
			// ...and the forms cannot be rolled back from under a
			// routing that needs them.
			{op: "publish", kind: versions.Forms, n: 2, want: 2, wantPrev: 1},
			{op: "publish", kind: versions.Routing, n: 2, want: 2, wantPrev: 1},
			{op: "rollback", kind: versions.Forms, wantProblem: &versions.Problem{Message: `names form "webinar"`}},
		}, map[versions.Kind]int64{versions.Forms: 2, versions.Routing: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			m := newMemStore()
			s := newService(m)
			for _, st := range tc.steps {
				st.run(t, ctx, s, m)
			}
			for _, k := range versions.Kinds {
				want := tc.live[k]
				if want == 0 {
					want = versions.Builtin
				}
				v, l, err := s.Live(ctx, k)
				if err != nil || v.Number != want {
					t.Fatalf("%s: live %+v, %v; want version %d", k, v, err, want)
				}
				if l == nil && tc.live[k] != 0 {
					t.Errorf("%s: no pointer; want one naming %d", k, want)
				}
				if stored, err := m.ConfigVersion(ctx, k, v.Number); err == nil && !maps.Equal(stored.Files, v.Files) {
					t.Errorf("%s: live files are not version %d's", k, v.Number)
				}
			}
			// The built-in files are stored as version 1 as soon as
			// anything else is, with an author and a time.
			for k, byNum := range m.versions {
				v1, ok := byNum[versions.Builtin]
				if !ok || !maps.Equal(v1.Files, config.Builtin(k)) || v1.Author != "built-in" || v1.CreatedAt.IsZero() {
					t.Errorf("%s: version 1 = %+v; want the built-in files, stored", k, v1)
				}
			}
		})
	}
}

func TestServiceListsNewestFirstWithoutFiles(t *testing.T) {
	ctx := context.Background()
	m := newMemStore()
	s := newService(m)
	for i := range 3 {
		if _, err := s.Push(ctx, versions.Routing, config.Builtin(versions.Routing), versions.Builtin, "mia", "push "+string(rune('a'+i))); err != nil {
			t.Fatal(err)
		}
	}
	list, err := m.ConfigVersions(ctx, versions.Routing, 2)
	if err != nil || len(list) != 2 || list[0].Number != 4 || list[1].Number != 3 || list[0].Files != nil {
		t.Fatalf("latest two: %+v, %v", list, err)
	}
}

// TestServicePushRace: a push that loses its number to another push
// takes the next one; both versions are kept.
func TestServicePushRace(t *testing.T) {
	ctx := context.Background()
	m := newMemStore()
	s := newService(m)
	mine := edited(t, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_at: 65\n")
	theirs := edited(t, versions.Rules, "rules.yaml", "    junk_at: 60\n", "    junk_at: 70\n")
	if _, err := s.Push(ctx, versions.Rules, mine, 1, "mia", "first"); err != nil {
		t.Fatal(err)
	}
	// Between reading the latest number (2) and writing 3, ben pushes 3.
	m.beforePut = func() {
		if v, err := s.Push(ctx, versions.Rules, theirs, 1, "ben", "theirs"); err != nil || v.Number != 3 {
			t.Errorf("ben's push: %+v, %v", v, err)
		}
	}
	v, err := s.Push(ctx, versions.Rules, mine, 2, "mia", "mine")
	if err != nil || v.Number != 4 {
		t.Fatalf("the push that lost number 3: %+v, %v; want version 4", v, err)
	}
	for n, author := range map[int64]string{3: "ben", 4: "mia"} {
		if got, err := m.ConfigVersion(ctx, versions.Rules, n); err != nil || got.Author != author {
			t.Errorf("version %d: %+v, %v; want %s's", n, got, err, author)
		}
	}
}

// TestKindFile: each kind held in one file names it, the one place the
// configuration's file names are spelt; sequences are a folder of files.
func TestKindFile(t *testing.T) {
	for _, tc := range []struct {
		kind versions.Kind
		file string
	}{
		{versions.Rules, "rules.yaml"},
		{versions.Forms, "forms.yaml"},
		{versions.Routing, "routing.yaml"},
		{versions.Sequences, ""},
		{"colours", ""},
	} {
		if got := tc.kind.File(); got != tc.file {
			t.Errorf("%q.File() = %q, want %q", tc.kind, got, tc.file)
		}
	}
	if versions.SequencesDir != "sequences" {
		t.Errorf("versions.SequencesDir = %q, want sequences", versions.SequencesDir)
	}
}

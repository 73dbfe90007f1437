package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// source is one public disposable-domain list, published on npm.
type source struct {
	// Package is the npm package name.
	Package string
	// Licence is the SPDX identifier the package declares; the update
	// refuses a version that declares another.
	Licence string
	// Upstream is the project that maintains the list.
	Upstream string
	// Files names the files read, for SOURCES.md.
	Files string
	// read returns the domains of the unpacked package (its root holds
	// package.json); a wildcard entry is returned as "*.domain".
	read func(pkg fs.FS) ([]string, error)
	// licenceText returns the licence the package ships.
	licenceText func(pkg fs.FS) ([]byte, error)
}

// sources are the lists merged into data/disposable.txt. Only lists whose
// licence allows redistribution belong here; keep data/SOURCES.md in step.
var sources = []source{
	{
		Package:  "disposable-email-domains",
		Licence:  "MIT",
		Upstream: "github.com/ivolo/disposable-email-domains",
		Files:    "`index.json` (exact domains), `wildcard.json` (every subdomain)",
		read: func(pkg fs.FS) ([]string, error) {
			exact, err := readJSONList(pkg, "index.json")
			if err != nil {
				return nil, err
			}
			wild, err := readJSONList(pkg, "wildcard.json")
			if err != nil {
				return nil, err
			}
			for _, w := range wild {
				exact = append(exact, "*."+w)
			}
			return exact, nil
		},
		// The package ships no LICENSE file; its readme carries the licence.
		licenceText: func(pkg fs.FS) ([]byte, error) { return readmeSection(pkg, "Readme.md", "# License") },
	},
	{
		Package:     "mailchecker",
		Licence:     "MIT",
		Upstream:    "github.com/FGRibreau/mailchecker",
		Files:       "`platform/node/index.js` (the blacklist set literal)",
		read:        readMailchecker,
		licenceText: fileReader("LICENSE"),
	},
	{
		Package:     "burner-email-providers",
		Licence:     "MIT",
		Upstream:    "github.com/findie/burner-email-providers",
		Files:       "`emails.txt`",
		read:        func(pkg fs.FS) ([]string, error) { return readLines(pkg, "emails.txt") },
		licenceText: fileReader("LICENSE"),
	},
	{
		Package:     "fakefilter",
		Licence:     "BSD-3-Clause",
		Upstream:    "github.com/7c/fakefilter",
		Files:       "`txt/data.txt` (domains seen in use; expired ones are not in it)",
		read:        func(pkg fs.FS) ([]string, error) { return readLines(pkg, "txt/data.txt") },
		licenceText: fileReader("LICENSE.md"),
	},
	{
		Package:  "disposable-email-domains-js",
		Licence:  "CC0-1.0",
		Upstream: "github.com/mziyut/disposable-email-domains-js (republishes github.com/disposable-email-domains/disposable-email-domains)",
		Files:    "`dist/dict/disposable_email_blocklist.json`",
		read: func(pkg fs.FS) ([]string, error) {
			return readJSONList(pkg, "dist/dict/disposable_email_blocklist.json")
		},
		licenceText: fileReader("LICENSE"),
	},
}

func fileReader(name string) func(fs.FS) ([]byte, error) {
	return func(pkg fs.FS) ([]byte, error) { return fs.ReadFile(pkg, name) }
}

// readJSONList reads a JSON array of strings.
func readJSONList(pkg fs.FS, name string) ([]string, error) {
	b, err := fs.ReadFile(pkg, name)
	if err != nil {
		return nil, err
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", name, err)
	}
	return list, nil
}

// readLines reads one domain a line, skipping blank lines and # comments.
func readLines(pkg fs.FS, name string) ([]string, error) {
	b, err := fs.ReadFile(pkg, name)
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}

// mailcheckerSet finds the list in mailchecker's Node module, which holds
// it as `new Set([...])`, a JSON array of strings.
var mailcheckerSet = regexp.MustCompile(`(?s)new Set\((\[.*?\])\)`)

func readMailchecker(pkg fs.FS) ([]string, error) {
	const name = "platform/node/index.js"
	b, err := fs.ReadFile(pkg, name)
	if err != nil {
		return nil, err
	}
	m := mailcheckerSet.FindSubmatch(b)
	if m == nil {
		return nil, fmt.Errorf("%s: no `new Set([...])` list found; has the format changed?", name)
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		return nil, fmt.Errorf("%s: decoding the list: %w", name, err)
	}
	return list, nil
}

// readmeSection returns the section of a markdown file that starts at the
// heading line and runs to the next heading of the same level or the end.
func readmeSection(pkg fs.FS, name, heading string) ([]byte, error) {
	b, err := fs.ReadFile(pkg, name)
	if err != nil {
		return nil, err
	}
	s := string(b)
	i := strings.Index(s, "\n"+heading+"\n")
	if i < 0 {
		return nil, fmt.Errorf("%s: no %q section", name, heading)
	}
	s = s[i+1:]
	if j := strings.Index(s[len(heading):], "\n"+heading[:strings.IndexByte(heading, ' ')+1]); j >= 0 {
		s = s[:len(heading)+j+1]
	}
	if strings.TrimSpace(s) == heading {
		return nil, errors.New(name + ": the licence section is empty")
	}
	return []byte(s), nil
}

// Package docscheck finds the shell examples in the project's Markdown
// documentation so that a test can run them: a command shown to a reader
// must work when pasted.
//
// The convention, by the info string of a fenced block:
//
//	```sh                       runnable: run by `make docs-check` and `make test`
//	```sh slow                  runnable, but takes minutes (benchmarks): run by
//	                            `make docs-check` only
//	```sh no-run: REASON        shown, never run; the reason is required
//	```text, ```yaml, ```html   samples (output, file excerpts), never run
//
// Blocks of one file run in order in one shell, as a reader pasting them
// one after another would: variables set in one block are seen by the
// next. Any other shell info string (bash, console, shell) is an error, so
// that every command shown is either run or says why not.
package docscheck

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Kind says what the checker does with a block.
type Kind int

// Block kinds.
const (
	// Sample is not a shell block: output, a file excerpt, HTML.
	Sample Kind = iota
	// Run is a shell block run on every check.
	Run
	// Slow is a shell block run only when slow blocks are asked for.
	Slow
	// NoRun is a shell block that cannot run (it deploys to AWS, say).
	NoRun
)

// Block is one fenced code block.
type Block struct {
	File string // path as given to Extract
	Line int    // line of the opening fence, 1-based
	Info string // the info string after the fence
	Kind Kind
	// Reason is why a NoRun block is not run.
	Reason string
	Code   string
}

// Where names the block for messages: file:line.
func (b Block) Where() string { return fmt.Sprintf("%s:%d", b.File, b.Line) }

// Extract returns the fenced code blocks of the Markdown file at path. It
// fails on an unclosed fence and on a shell block that breaks the
// convention in the package comment.
func Extract(path string) ([]Block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		blocks []Block
		cur    *Block
		fence  string
		code   strings.Builder
		line   int
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line++
		text := sc.Text()
		trimmed := strings.TrimLeft(text, " ")
		if cur == nil {
			if !strings.HasPrefix(trimmed, "```") {
				continue
			}
			fence = trimmed[:len(trimmed)-len(strings.TrimLeft(trimmed, "`"))]
			info := strings.TrimSpace(trimmed[len(fence):])
			b, err := classify(path, line, info)
			if err != nil {
				return nil, err
			}
			cur = &b
			code.Reset()
			continue
		}
		if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, "`")) == "" {
			cur.Code = code.String()
			blocks = append(blocks, *cur)
			cur = nil
			continue
		}
		code.WriteString(text)
		code.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if cur != nil {
		return nil, fmt.Errorf("%s: fence not closed", cur.Where())
	}
	return blocks, nil
}

// classify reads a block's info string.
func classify(path string, line int, info string) (Block, error) {
	b := Block{File: path, Line: line, Info: info}
	lang, rest, _ := strings.Cut(info, " ")
	rest = strings.TrimSpace(rest)
	switch lang {
	case "sh":
	case "bash", "shell", "console", "zsh":
		return b, fmt.Errorf("%s: use ```sh (runnable), ```sh slow or ```sh no-run: REASON, not ```%s", b.Where(), lang)
	default:
		return b, nil
	}
	switch {
	case rest == "":
		b.Kind = Run
	case rest == "slow":
		b.Kind = Slow
	case strings.HasPrefix(rest, "no-run"):
		b.Kind = NoRun
		b.Reason = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, "no-run"), ":"))
		if b.Reason == "" {
			return b, fmt.Errorf("%s: a no-run block must say why: ```sh no-run: REASON", b.Where())
		}
	default:
		return b, fmt.Errorf("%s: unknown shell block flag %q (want slow or no-run: REASON)", b.Where(), rest)
	}
	return b, nil
}

// Files lists the documentation checked in the repository at root:
// README.md and every docs/*.md, sorted.
func Files(root string) ([]string, error) {
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(docs)
	return append([]string{filepath.Join(root, "README.md")}, docs...), nil
}

// Ports are the local stack's documented addresses and the ones a check
// really uses; Rewrite maps the first onto the second.
type Ports struct {
	API, Dynamo, SES int
}

// Documented are the ports `make dev` uses and the docs show.
var Documented = Ports{API: 3000, Dynamo: 8000, SES: 8005}

// Rewrite points code written for `make dev` at a stack listening on
// actual: every 127.0.0.1:<documented port> becomes the actual port. An
// Origin header keeps its documented value, because the origin is what the
// browser page was served from and is checked against config/forms.yaml,
// not where the request goes.
func Rewrite(code string, actual Ports) string {
	const keep = "\x00origin\x00"
	code = strings.ReplaceAll(code, "Origin: http://127.0.0.1:3000", keep)
	code = localAddr.ReplaceAllStringFunc(code, func(addr string) string {
		switch addr[len("127.0.0.1:"):] {
		case strconv.Itoa(Documented.API):
			return "127.0.0.1:" + strconv.Itoa(actual.API)
		case strconv.Itoa(Documented.Dynamo):
			return "127.0.0.1:" + strconv.Itoa(actual.Dynamo)
		case strconv.Itoa(Documented.SES):
			return "127.0.0.1:" + strconv.Itoa(actual.SES)
		}
		return addr
	})
	return strings.ReplaceAll(code, keep, "Origin: http://127.0.0.1:3000")
}

// localAddr matches a whole 127.0.0.1:port.
var localAddr = regexp.MustCompile(`127\.0\.0\.1:[0-9]+`)

// Script joins a file's runnable blocks (and slow ones if slow is set)
// into one bash script that stops at the first failing command and names
// the block it failed in. It reports false when there is nothing to run.
func Script(blocks []Block, slow bool, actual Ports) (string, bool) {
	var s strings.Builder
	s.WriteString("set -euo pipefail\n")
	s.WriteString("trap 'echo \"docs-check: command failed in the block at $__docblock\" >&2' ERR\n")
	n := 0
	for _, b := range blocks {
		if b.Kind != Run && !(slow && b.Kind == Slow) {
			continue
		}
		n++
		fmt.Fprintf(&s, "\n__docblock=%q\necho \"docs-check: running $__docblock\" >&2\n", b.Where())
		s.WriteString(Rewrite(b.Code, actual))
	}
	return s.String(), n > 0
}

// Link is a relative Markdown link: [text](Target#Anchor).
type Link struct {
	File, Target, Anchor string
	Line                 int
}

var (
	linkRE    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	headingRE = regexp.MustCompile(`^#{1,6} +(.+?) *#*$`)
)

// Links returns the relative links of a Markdown file (outside code
// blocks); links with a scheme (https:, mailto:) are left out.
func Links(path string) ([]Link, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var links []Link
	inCode := false
	for i, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "```") {
			inCode = !inCode
			continue
		}
		if inCode {
			continue
		}
		for _, m := range linkRE.FindAllStringSubmatch(line, -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			target, anchor, _ := strings.Cut(target, "#")
			links = append(links, Link{File: path, Line: i + 1, Target: target, Anchor: anchor})
		}
	}
	return links, nil
}

// Anchors returns the anchors GitHub gives the headings of a Markdown file:
// lower case, punctuation dropped, spaces as dashes, repeats numbered.
func Anchors(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	anchors := map[string]bool{}
	seen := map[string]int{}
	inCode := false
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "```") {
			inCode = !inCode
			continue
		}
		m := headingRE.FindStringSubmatch(line)
		if inCode || m == nil {
			continue
		}
		var slug strings.Builder
		for _, r := range strings.ToLower(m[1]) {
			switch {
			case r == ' ':
				slug.WriteByte('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				slug.WriteRune(r)
			}
		}
		s := slug.String()
		if n := seen[s]; n > 0 {
			anchors[fmt.Sprintf("%s-%d", s, n)] = true
		} else {
			anchors[s] = true
		}
		seen[s]++
	}
	return anchors, nil
}

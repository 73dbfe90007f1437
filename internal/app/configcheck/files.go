package configcheck

import (
	"cmp"
	"errors"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/config/yamlcheck"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// CheckFiles is the versions.Checker: it parses every kind of set with its
// own parser (the same a function builds from when the version is live)
// and, when all of them parse, looks for contradictions between them
// (Check). Every problem comes back, a parser's with its file and line.
func CheckFiles(set map[versions.Kind]versions.Files) []versions.Problem {
	var problems []versions.Problem
	var c Config
	parsed := 0
	for _, kind := range versions.Kinds {
		files, ok := set[kind]
		if !ok {
			continue
		}
		var ps []versions.Problem
		switch kind {
		case versions.Forms:
			ps = parseOne(kind, files, versions.FormsFile, func(b []byte) (err error) { c.Forms, err = forms.Parse(b); return })
		case versions.Rules:
			ps = parseOne(kind, files, versions.RulesFile, func(b []byte) (err error) {
				if c.Rules, err = rules.Parse(b); err != nil {
					return err
				}
				// The screening and qualification settings are checked the
				// way intake uses them: compiled. Dependencies only matter
				// when judging, so none are given.
				if _, err = judge.New(c.Rules, screen.Deps{}, judge.Options{}); errors.Unwrap(err) != nil {
					err = errors.Unwrap(err) // "judge: " before every problem tells a marketer nothing
				}
				return err
			})
		case versions.Routing:
			ps = parseOne(kind, files, versions.RoutingFile, func(b []byte) (err error) { c.Routing, err = assign.Parse(versions.RoutingFile, b); return })
		case versions.Sequences:
			c.Sequences, ps = parseSequences(files)
		}
		if len(ps) == 0 {
			parsed++
		}
		problems = append(problems, ps...)
	}
	if parsed == len(versions.Kinds) {
		for _, p := range Check(c) {
			problems = append(problems, versions.Problem{Message: p})
		}
	}
	// The defaults' settings are compiled again for every form that
	// inherits them, so one mistake can be reported more than once.
	seen := map[versions.Problem]bool{}
	problems = slices.DeleteFunc(problems, func(p versions.Problem) bool {
		dup := seen[p]
		seen[p] = true
		return dup
	})
	slices.SortStableFunc(problems, func(a, b versions.Problem) int {
		return cmp.Or(cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return problems
}

func kindOrder(k versions.Kind) int {
	if i := slices.Index(versions.Kinds, k); i >= 0 {
		return i
	}
	return len(versions.Kinds) // contradictions, which belong to no one kind, come last
}

// parseOne checks a kind held in one file named name.
func parseOne(kind versions.Kind, files versions.Files, name string, parse func([]byte) error) []versions.Problem {
	var problems []versions.Problem
	for _, other := range versions.FileNames(files) {
		if other != name {
			problems = append(problems, versions.Problem{Kind: kind, File: other,
				Message: fmt.Sprintf("unexpected file: %s is kept in %s alone", kind, name)})
		}
	}
	text, ok := files[name]
	if !ok {
		return append(problems, versions.Problem{Kind: kind, File: name, Message: "missing"})
	}
	return append(problems, problemsOf(kind, name, parse([]byte(text)))...)
}

// parseSequences checks every sequence file, then that they make a
// catalog the dispatcher accepts: no id or segment twice, and every
// segment it requires enrolled.
func parseSequences(files versions.Files) ([]*nurture.Sequence, []versions.Problem) {
	var problems []versions.Problem
	var seqs []*nurture.Sequence
	for _, name := range versions.FileNames(files) {
		if path.Base(name) != name || (path.Ext(name) != ".yaml" && path.Ext(name) != ".yml") {
			problems = append(problems, versions.Problem{Kind: versions.Sequences, File: name,
				Message: "a sequence file is named like general.yaml, with no folder"})
			continue
		}
		s, err := nurture.Parse(name, []byte(files[name]))
		if err != nil {
			problems = append(problems, problemsOf(versions.Sequences, name, err)...)
			continue
		}
		seqs = append(seqs, s)
	}
	if len(files) == 0 {
		problems = append(problems, versions.Problem{Kind: versions.Sequences, Message: "no sequence files"})
	}
	if len(problems) > 0 {
		return nil, problems
	}
	if _, err := nurture.NewCatalog(seqs, nurture.DefaultSegments); err != nil {
		for _, line := range strings.Split(err.Error(), "\n")[1:] {
			problems = append(problems, versions.Problem{Kind: versions.Sequences, Message: line})
		}
		if len(problems) == 0 {
			problems = append(problems, versions.Problem{Kind: versions.Sequences, Message: err.Error()})
		}
	}
	return seqs, problems
}

// problemsOf turns a parser's error into problems of file. The parsers
// report positioned errors of their own types (yamlcheck.Errors,
// rules.Errors), joined with others when a rules file parses but does not
// compile, or, for forms.yaml, messages that begin "line N:".
func problemsOf(kind versions.Kind, file string, err error) []versions.Problem {
	if err == nil {
		return nil
	}
	var out []versions.Problem
	switch e := err.(type) {
	case yamlcheck.Errors:
		for _, x := range e {
			out = append(out, versions.Problem{Kind: kind, File: file, Line: x.Line, Message: x.Msg})
		}
		return out
	case rules.Errors:
		for _, x := range e {
			msg := x.Msg
			if x.Path != "" {
				msg = x.Path + ": " + msg
			}
			out = append(out, versions.Problem{Kind: kind, File: file, Line: x.Line, Message: msg})
		}
		return out
	case interface{ Unwrap() []error }:
		for _, x := range e.Unwrap() {
			out = append(out, problemsOf(kind, file, x)...)
		}
		return out
	}
	// A prefix wrapped around errors that carry their own positions ("judge:
	// ...") says nothing the positions do not.
	var ye yamlcheck.Errors
	var re rules.Errors
	if errors.As(err, &ye) || errors.As(err, &re) {
		return problemsOf(kind, file, errors.Unwrap(err))
	}
	return linesOf(kind, file, err)
}

var lineRE = regexp.MustCompile(`(?:^|: )line (\d+): (.*)$`)

// linesOf splits an error's message into one problem a line, taking the
// line number from a "line N:" within it.
func linesOf(kind versions.Kind, file string, err error) []versions.Problem {
	var out []versions.Problem
	for _, msg := range strings.Split(err.Error(), "\n") {
		msg = strings.TrimSpace(msg)
		if msg == "" || strings.HasSuffix(msg, ":") {
			continue // a heading ("unmarshal errors:") over the lines that follow
		}
		p := versions.Problem{Kind: kind, File: file, Message: msg}
		if m := lineRE.FindStringSubmatch(msg); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Message = m[2]
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		out = append(out, versions.Problem{Kind: kind, File: file, Message: err.Error()})
	}
	return out
}

package screen

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled at its first use rather
// than at package initialisation. Compiled at init, the screening patterns
// cost the intake function's cold start about 15 M instructions (Unicode
// classes under (?i) dominate), and a typical submission reaches only a
// few of them, behind the cheap checks that guard them.
type lazyRegexp struct{ re func() *regexp.Regexp }

// lazyExprs lists every lazyRegexp's expression, so that a test compiles
// them all: an invalid one would otherwise panic only when first used.
var lazyExprs []string

// newLazyRegexp is regexp.MustCompile at first use.
func newLazyRegexp(expr string) *lazyRegexp {
	lazyExprs = append(lazyExprs, expr)
	return &lazyRegexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

func (l *lazyRegexp) MatchString(s string) bool  { return l.re().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string { return l.re().FindString(s) }
func (l *lazyRegexp) String() string             { return l.re().String() }

func (l *lazyRegexp) Split(s string, n int) []string { return l.re().Split(s, n) }

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.re().FindAllStringSubmatchIndex(s, n)
}

package screen

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled at its first use rather
// than at package initialisation. Compiled at init, the screening patterns
// cost the intake function's cold start about 15 M instructions (Unicode
// classes under (?i) dominate), and a typical submission reaches only a
// few of them, behind the cheap checks that guard them. A sync.Once in
// place keeps the check for it inlined where a pattern is used.
type lazyRegexp struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

// lazyExprs lists every lazyRegexp's expression, so that a test compiles
// them all: an invalid one would otherwise panic only when first used.
var lazyExprs []string

// newLazyRegexp is regexp.MustCompile at first use.
func newLazyRegexp(expr string) *lazyRegexp {
	lazyExprs = append(lazyExprs, expr)
	return &lazyRegexp{expr: expr}
}

func (l *lazyRegexp) compiled() *regexp.Regexp {
	l.once.Do(l.compile)
	return l.re
}

func (l *lazyRegexp) compile() { l.re = regexp.MustCompile(l.expr) }

func (l *lazyRegexp) MatchString(s string) bool  { return l.compiled().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string { return l.compiled().FindString(s) }
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	return l.compiled().FindAllString(s, n)
}
func (l *lazyRegexp) String() string { return l.expr }

func (l *lazyRegexp) Split(s string, n int) []string { return l.compiled().Split(s, n) }

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringSubmatchIndex(s, n)
}

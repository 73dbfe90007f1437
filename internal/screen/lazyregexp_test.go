package screen

import (
	"regexp"
	"testing"
)

// TestLazyPatternsCompile compiles every pattern the package declares with
// newLazyRegexp, which init no longer does.
func TestLazyPatternsCompile(t *testing.T) {
	if len(lazyExprs) < 30 {
		t.Fatalf("%d patterns registered, want the package's 30 and more", len(lazyExprs))
	}
	for _, expr := range lazyExprs {
		if _, err := regexp.Compile(expr); err != nil {
			t.Errorf("%q: %v", expr, err)
		}
	}
}

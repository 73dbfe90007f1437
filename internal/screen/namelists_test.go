package screen

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealNameListsAreNoLinksNorNobodies: no name of the 63 locales' name
// lists the name model learnt from (internal/screen/gibberish/data/names)
// reads as a link in a name field, nor as a name nobody bears: the rules
// for links in names and for placeholder people must leave real names
// alone, dotted ones ("J.", "St.") included.
func TestRealNameListsAreNoLinksNorNobodies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("gibberish", "data", "names", "*.txt"))
	if err != nil || len(files) < 50 {
		t.Fatalf("name lists: %v %v", len(files), err)
	}
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			name := strings.TrimSpace(sc.Text())
			if name == "" {
				continue
			}
			n++
			if hasBareDomain(name) {
				t.Errorf("%s: %q reads as a link", filepath.Base(f), name)
			}
			for w := range strings.FieldsSeq(foldText(name)) {
				if has(nobodyNames, w) {
					t.Errorf("%s: %q holds a name nobody bears (%q)", filepath.Base(f), name, w)
				}
			}
			if ok, nobody := isPlaceholderPerson(foldText(name)); ok && nobody {
				t.Errorf("%s: %q is a name nobody bears", filepath.Base(f), name)
			}
		}
		fh.Close()
	}
	if n < 10000 {
		t.Errorf("only %d names read", n)
	}
}

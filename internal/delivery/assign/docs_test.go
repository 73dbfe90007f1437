package assign

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestEverySettingIsDocumented: every key the routing file may hold is
// named, in code, in the settings table of docs/routing.md, so that a new
// setting cannot ship without its explanation for sales operations.
func TestEverySettingIsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../../docs/routing.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "\n## Every setting\n")
	if !ok {
		t.Fatal("docs/routing.md has no section \"Every setting\"")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var code []string
	for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(section, -1) {
		code = append(code, m[1])
	}
	keys := map[string]bool{}
	for _, v := range []any{file{}, fileTeam{}, fileMember{}, fileAway{}, fileInbox{}, fileRule{}, sizeRange{}} {
		ty := reflect.TypeOf(v)
		for i := range ty.NumField() {
			keys[ty.Field(i).Tag.Get("yaml")] = true
		}
	}
	for k := range keys {
		word := regexp.MustCompile(`\b` + regexp.QuoteMeta(k) + `\b`)
		found := false
		for _, c := range code {
			if word.MatchString(c) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("setting %q is not named in the settings table of docs/routing.md", k)
		}
	}
}

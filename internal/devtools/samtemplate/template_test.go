package samtemplate_test

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

func loadTemplate(t *testing.T) *samtemplate.Template {
	t.Helper()
	tpl, err := samtemplate.Load(filepath.Join(repoRoot(t), "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// notServerlessType implements the one pattern of the SAM schema that Go's
// RE2-based regexp package cannot compile: "^(?!AWS::Serverless::).+$", a
// negative lookahead on the Type of the catch-all "any CloudFormation
// resource" branch. Ignoring the pattern is not an option: every
// AWS::Serverless::* resource that failed its own branch of the Resources
// anyOf would then validate as a generic CloudFormation resource, and the
// schema could never reject a broken Function. The matcher below has
// exactly the pattern's meaning: a non-empty string with no line break
// ("." excludes "\n") that does not start with "AWS::Serverless::".
type notServerlessType struct{ src string }

func (r notServerlessType) MatchString(s string) bool {
	return s != "" && !strings.ContainsRune(s, '\n') && !strings.HasPrefix(s, "AWS::Serverless::")
}

func (r notServerlessType) String() string { return r.src }

// samRegexp compiles the schema's patterns: Go's regexp for every pattern
// it supports, the hand-written matcher above for the lookahead pattern,
// and an error for anything else, so a new unsupported pattern in a future
// schema fails loudly instead of being skipped.
func samRegexp(pattern string) (jsonschema.Regexp, error) {
	if pattern == "^(?!AWS::Serverless::).+$" {
		return notServerlessType{pattern}, nil
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, fmt.Errorf("SAM schema pattern %q: %w", pattern, err)
	}
	return re, nil
}

func TestNotServerlessTypeMatcher(t *testing.T) {
	re, err := samRegexp("^(?!AWS::Serverless::).+$")
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{
		"AWS::DynamoDB::Table":        true,
		"AWS::SecretsManager::Secret": true,
		"Custom::Thing":               true,
		"AWS::Serverless::Function":   false,
		"AWS::Serverless::":           false,
		"":                            false,
		"AWS::S3::Bucket\nX":          false,
	} {
		if got := re.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

func compileSAMSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	// The schema is vendored beside the test (testdata/schema/SOURCES.md
	// says where it comes from), so the test needs nothing outside the
	// repository.
	f, err := os.Open(filepath.Join("testdata", "schema", "sam.schema.json"))
	if err != nil {
		t.Fatalf("SAM schema: %v", err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(bufio.NewReader(f))
	if err != nil {
		t.Fatalf("decode SAM schema: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.UseRegexpEngine(samRegexp)
	if err := c.AddResource("file:///sam.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("file:///sam.schema.json")
	if err != nil {
		t.Fatalf("compile SAM schema: %v", err)
	}
	return sch
}

func TestTemplateValidatesAgainstSAMSchema(t *testing.T) {
	sch := compileSAMSchema(t)
	tpl := loadTemplate(t)
	if err := sch.Validate(tpl.JSON()); err != nil {
		t.Fatalf("template.yaml does not match the SAM schema:\n%v", err)
	}

	// Each case breaks a copy of the real template; the schema must reject it.
	firstOf := func(doc map[string]any, typ string) map[string]any {
		res := doc["Resources"].(map[string]any)
		ids := make([]string, 0, len(res))
		for id := range res {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if r := res[id].(map[string]any); r["Type"] == typ {
				return r
			}
		}
		t.Fatalf("template has no %s", typ)
		return nil
	}
	breaks := []struct {
		name   string
		break_ func(doc map[string]any)
	}{
		{"misspelled Function property", func(doc map[string]any) {
			firstOf(doc, "AWS::Serverless::Function")["Properties"].(map[string]any)["Handlr"] = "bootstrap"
		}},
		{"Function Events of the wrong type", func(doc map[string]any) {
			firstOf(doc, "AWS::Serverless::Function")["Properties"].(map[string]any)["Events"] = []any{"Submit"}
		}},
		{"Function event without Type", func(doc map[string]any) {
			p := firstOf(doc, "AWS::Serverless::Function")["Properties"].(map[string]any)
			p["Events"] = map[string]any{"Broken": map[string]any{"Properties": map[string]any{"Path": "/x", "Method": "GET"}}}
		}},
		{"unknown HttpApi property", func(doc map[string]any) {
			firstOf(doc, "AWS::Serverless::HttpApi")["Properties"].(map[string]any)["CorsConfig"] = true
		}},
		{"unknown Globals.Function key", func(doc map[string]any) {
			doc["Globals"].(map[string]any)["Function"].(map[string]any)["Runtim"] = "go1.x"
		}},
		{"resource without Type", func(doc map[string]any) {
			doc["Resources"].(map[string]any)["Orphan"] = map[string]any{"Properties": map[string]any{}}
		}},
	}
	for _, b := range breaks {
		t.Run("rejects "+b.name, func(t *testing.T) {
			doc := tpl.JSON().(map[string]any)
			b.break_(doc)
			if err := sch.Validate(doc); err == nil {
				t.Fatal("the SAM schema accepted a broken template")
			}
		})
	}
}

// functionDir maps a logical id to its source folder: IntakeFunction -> intake.
func functionDir(logicalID string) string {
	return strings.ToLower(strings.TrimSuffix(logicalID, "Function"))
}

func TestFunctionDir(t *testing.T) {
	for id, want := range map[string]string{"IntakeFunction": "intake", "SesEventsFunction": "sesevents", "Dispatch": "dispatch"} {
		if got := functionDir(id); got != want {
			t.Errorf("functionDir(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestMakefileFunctionsHaveMainPackages(t *testing.T) {
	root := repoRoot(t)
	tpl := loadTemplate(t)
	var built []samtemplate.Function
	for _, f := range tpl.Functions() {
		if f.BuildMethod == "makefile" {
			built = append(built, f)
		}
	}
	if len(built) == 0 {
		t.Fatal("template has no function with Metadata.BuildMethod: makefile")
	}
	for _, f := range built {
		t.Run(f.LogicalID, func(t *testing.T) {
			dir := filepath.Join(root, "functions", functionDir(f.LogicalID))
			if err := checkMainPackage(dir); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// checkMainPackage reports whether dir holds a Go main package with func main.
func checkMainPackage(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	hasMain, n := false, 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("parse %s: %w", name, err)
		}
		n++
		if f.Name.Name != "main" {
			return fmt.Errorf("%s is package %s, want main", name, f.Name.Name)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
				hasMain = true
			}
		}
	}
	if n == 0 {
		return fmt.Errorf("%s: no Go source files (want a main package)", dir)
	}
	if !hasMain {
		return fmt.Errorf("%s: package main has no func main", dir)
	}
	return nil
}

func TestMakefileBuildTargets(t *testing.T) {
	root := repoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatalf("top-level Makefile: %v", err)
	}
	mk := parseMakefile(string(data))
	tpl := loadTemplate(t)
	for _, f := range tpl.Functions() {
		if f.BuildMethod != "makefile" {
			continue
		}
		t.Run(f.LogicalID, func(t *testing.T) {
			if err := checkBuildTarget(mk, f.LogicalID); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// checkBuildTarget checks the sam build contract for one function.
func checkBuildTarget(mk makefile, logicalID string) error {
	target := "build-" + logicalID
	recipe, ok := mk.recipes[target]
	if !ok {
		return fmt.Errorf("Makefile has no %s: target", target)
	}
	cmd := mk.expand(strings.Join(recipe, "\n"), target)
	var missing []string
	for _, want := range []string{
		"CGO_ENABLED=0", "GOOS=linux", "GOARCH=arm64", "-trimpath",
		"./functions/" + functionDir(logicalID), "$(ARTIFACTS_DIR)/bootstrap",
	} {
		if !strings.Contains(cmd, want) {
			missing = append(missing, want)
		}
	}
	if !regexp.MustCompile(`-tags[= ]["']?lambda\.norpc\b`).MatchString(cmd) {
		missing = append(missing, "-tags lambda.norpc")
	}
	if !regexp.MustCompile(`-ldflags[= ]["']-s -w["']`).MatchString(cmd) {
		missing = append(missing, `-ldflags "-s -w"`)
	}
	if !strings.Contains(cmd, "go build") {
		missing = append(missing, "go build")
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s recipe lacks %q; recipe after variable expansion:\n%s", target, missing, cmd)
	}
	return nil
}

func TestCheckBuildTargetRejectsBadRecipes(t *testing.T) {
	good := "GOBUILD := CGO_ENABLED=0 GOOS=linux GOARCH=arm64 go build -tags lambda.norpc -trimpath -ldflags \"-s -w\"\n" +
		"build-IntakeFunction:\n\t$(GOBUILD) -o $(ARTIFACTS_DIR)/bootstrap ./functions/intake\n"
	if err := checkBuildTarget(parseMakefile(good), "IntakeFunction"); err != nil {
		t.Fatalf("good recipe rejected: %v", err)
	}
	bad := map[string]string{
		"no target":      "build-Other:\n\tgo build\n",
		"wrong arch":     strings.Replace(good, "arm64", "amd64", 1),
		"no norpc":       strings.Replace(good, "-tags lambda.norpc ", "", 1),
		"wrong folder":   strings.Replace(good, "./functions/intake", "./functions/other", 1),
		"no strip":       strings.Replace(good, `-ldflags "-s -w"`, "", 1),
		"wrong artifact": strings.Replace(good, "$(ARTIFACTS_DIR)/bootstrap", "bin/bootstrap", 1),
	}
	for name, src := range bad {
		if err := checkBuildTarget(parseMakefile(src), "IntakeFunction"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

type makefile struct {
	vars    map[string]string
	recipes map[string][]string
}

var (
	mkAssign = regexp.MustCompile(`^(?:export\s+|override\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?::=|::=|\?=|\+=|=)\s*(.*)$`)
	mkRule   = regexp.MustCompile(`^([^\t:=#][^:=#]*?)\s*:(?:[^=]|$)`)
	mkVarRef = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)
)

// parseMakefile is a small reader of variable assignments and explicit
// rules with their tab-indented recipes (enough for the build contract).
func parseMakefile(src string) makefile {
	mk := makefile{vars: map[string]string{}, recipes: map[string][]string{}}
	var current []string
	lines := strings.Split(strings.ReplaceAll(src, "\\\n", " "), "\n")
	for _, line := range lines {
		if strings.HasPrefix(line, "\t") {
			for _, tg := range current {
				mk.recipes[tg] = append(mk.recipes[tg], strings.TrimSpace(line))
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if m := mkAssign.FindStringSubmatch(trimmed); m != nil {
			if strings.Contains(trimmed, "+=") {
				mk.vars[m[1]] += " " + m[2]
			} else {
				mk.vars[m[1]] = m[2]
			}
			current = nil
			continue
		}
		if m := mkRule.FindStringSubmatch(trimmed); m != nil {
			current = strings.Fields(m[1])
			for _, tg := range current {
				if _, ok := mk.recipes[tg]; !ok {
					mk.recipes[tg] = nil
				}
			}
			if _, after, ok := strings.Cut(trimmed, ";"); ok {
				for _, tg := range current {
					mk.recipes[tg] = append(mk.recipes[tg], strings.TrimSpace(after))
				}
			}
			continue
		}
		current = nil
	}
	return mk
}

// expand substitutes $@ and the Makefile's own variables (not
// ARTIFACTS_DIR, which sam build sets) until nothing changes.
func (mk makefile) expand(s, target string) string {
	s = strings.ReplaceAll(s, "$@", target)
	for range 10 {
		next := mkVarRef.ReplaceAllStringFunc(s, func(ref string) string {
			m := mkVarRef.FindStringSubmatch(ref)
			name := m[1] + m[2]
			if v, ok := mk.vars[name]; ok {
				return v
			}
			return ref
		})
		if next == s {
			break
		}
		s = next
	}
	return strings.ReplaceAll(s, "$$", "$")
}

func TestRefsResolve(t *testing.T) {
	tpl := loadTemplate(t)
	if len(tpl.Refs()) == 0 {
		t.Fatal("no references found in template.yaml")
	}
	for _, r := range tpl.DanglingRefs() {
		t.Errorf("dangling reference: %v", r)
	}
}

// expectedVars returns the names of the variables that function id's
// configuration code reads and the template must therefore set (the
// LocalOnly ones replace a template variable where no AWS service exists).
func expectedVars(id string) []string {
	var out []string
	for _, v := range settings.Vars {
		if v.LocalOnly {
			continue
		}
		if len(v.Functions) == 0 || slices.Contains(v.Functions, id) {
			out = append(out, v.Name)
		}
	}
	sort.Strings(out)
	return out
}

func TestEnvironmentMatchesSettings(t *testing.T) {
	tpl := loadTemplate(t)
	for _, f := range tpl.Functions() {
		t.Run(f.LogicalID, func(t *testing.T) {
			raw, err := tpl.FunctionEnvRaw(f.LogicalID)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for name := range raw {
				got = append(got, name)
			}
			sort.Strings(got)
			want := expectedVars(f.LogicalID)
			if !slices.Equal(got, want) {
				t.Fatalf("template gives %s the variables\n  %v\nbut settings.Vars says it reads\n  %v", f.LogicalID, got, want)
			}
			// Where the code has a default, the template's default
			// deployment (parameter defaults, tables named by logical id)
			// gives the same value, so local runs and AWS agree.
			env, err := tpl.FunctionEnv(f.LogicalID, samtemplate.Resolver{
				Physical: func(id string) (string, error) { return id, nil },
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range settings.Vars {
				if m, ok := raw[v.Name].(map[string]any); ok && m["Fn::If"] != nil {
					continue // chosen per deployment (e.g. PUBLIC_BASE_URL: a custom domain or the API's own URL)
				}
				if got, ok := env[v.Name]; ok && v.Default != "" && got != v.Default {
					t.Errorf("%s: template default %q, settings default %q", v.Name, got, v.Default)
				}
			}
		})
	}
	for _, v := range settings.Vars {
		for _, id := range v.Functions {
			if _, ok := tpl.Function(id); !ok {
				t.Errorf("settings var %s names unknown function %s", v.Name, id)
			}
		}
	}
}

func TestRoutes(t *testing.T) {
	tpl := loadTemplate(t)
	routes := tpl.Routes()
	if len(routes) == 0 {
		t.Fatal("template has no HttpApi routes")
	}
	seen := map[string]bool{}
	for _, r := range routes {
		if seen[r.RouteKey()] {
			t.Errorf("route %s defined twice", r.RouteKey())
		}
		seen[r.RouteKey()] = true
		if res, ok := tpl.Resources[r.FunctionID]; !ok || res.Type != "AWS::Serverless::Function" {
			t.Errorf("route %s: function %s missing", r.RouteKey(), r.FunctionID)
		}
		if r.PayloadFormatVersion != "2.0" {
			t.Errorf("route %s: payload format %s, want 2.0", r.RouteKey(), r.PayloadFormatVersion)
		}
		if res, ok := tpl.Resources[r.APIID]; !ok || res.Type != "AWS::Serverless::HttpApi" {
			t.Errorf("route %s: ApiId %q is not an AWS::Serverless::HttpApi of the template", r.RouteKey(), r.APIID)
		}
	}
	// Authorizers: every route naming one names a JWT authorizer of its
	// API; the console's API is guarded, everything else is public.
	for _, r := range routes {
		guarded := strings.HasPrefix(r.Path, "/console/api/")
		if guarded != (r.Authorizer != "") {
			t.Errorf("route %s: authorizer %q; only /console/api/ routes are guarded", r.RouteKey(), r.Authorizer)
		}
		if r.Authorizer == "" {
			continue
		}
		auths, err := tpl.HttpApiAuthorizers(r.APIID, samtemplate.Resolver{Physical: func(id string) (string, error) { return id, nil }})
		if err != nil {
			t.Fatal(err)
		}
		a, ok := auths[r.Authorizer]
		if !ok {
			t.Errorf("route %s: authorizer %s is not a JWT authorizer of %s", r.RouteKey(), r.Authorizer, r.APIID)
			continue
		}
		if a.HeaderName() != "Authorization" || !strings.HasPrefix(a.Issuer, "https://cognito-idp.us-east-1.amazonaws.com/") || len(a.Audience) != 1 {
			t.Errorf("authorizer %s: %+v; want the Authorization header, the user pool's issuer and its client as audience", a.Name, a)
		}
	}
	// Per-route throttling settings must name real routes.
	for _, res := range tpl.Resources {
		if res.Type != "AWS::Serverless::HttpApi" {
			continue
		}
		rs, _ := res.Properties["RouteSettings"].(map[string]any)
		for key := range rs {
			if !seen[key] {
				t.Errorf("%s.RouteSettings names %q, which no function serves", res.LogicalID, key)
			}
		}
	}
	if _, err := tpl.HttpApiCors(samtemplate.Resolver{}); err != nil {
		t.Errorf("CORS: %v", err)
	}
	if _, err := tpl.Schedules(); err != nil {
		t.Errorf("schedules: %v", err)
	}
	tables, err := tpl.Tables(func(id string) string { return id })
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) == 0 {
		t.Error("template has no DynamoDB table")
	}
}

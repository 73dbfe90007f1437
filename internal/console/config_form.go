package console

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// The form editors change the few settings marketing changes most often
// (a form's required fields, thank-you page, honeypot and CAPTCHA; a
// sales rep's weight, time away and daily cap) in the draft's YAML text,
// line by line, so that everything else in the file (comments, order,
// blank lines) stays as written and the diff shows only the change. The
// result is a draft like one typed in the YAML editor: it is checked,
// diffed and saved the same way.

// FormFields is one form as the forms editor shows it.
type FormFields struct {
	ID               string `json:"id"`
	Name             string `json:"name,omitempty"`
	Required         string `json:"required"` // comma-separated
	ThankYouURL      string `json:"thank_you_url,omitempty"`
	Honeypot         string `json:"honeypot,omitempty"`
	Captcha          string `json:"captcha,omitempty"` // provider, "" for none
	CaptchaSecretEnv string `json:"captcha_secret_env,omitempty"`
}

// TeamMembers is one team as the routing editor shows it.
type TeamMembers struct {
	Team    string         `json:"team"`
	Members []MemberFields `json:"members"`
}

// MemberFields is one member of a team.
type MemberFields struct {
	Name      string `json:"name"`
	Email     string `json:"email"`
	Weight    int    `json:"weight"`
	DailyCap  int    `json:"daily_cap,omitempty"`
	AwayFrom  string `json:"away_from,omitempty"`
	AwayUntil string `json:"away_until,omitempty"`
}

// CaptchaProviders are the providers the forms editor offers.
var CaptchaProviders = []string{"turnstile", "recaptcha", "hcaptcha"}

// doc parses text as one YAML document and returns its root mapping.
func doc(text string) (*yaml.Node, error) {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text), &n); err != nil {
		return nil, err
	}
	if n.Kind != yaml.DocumentNode || len(n.Content) == 0 || n.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("the file is not a YAML mapping")
	}
	return n.Content[0], nil
}

// entry returns the key and value nodes of key in mapping m.
func entry(m *yaml.Node, key string) (k, v *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

func scalarOf(m *yaml.Node, key string) string {
	if _, v := entry(m, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func listOf(m *yaml.Node, key string) []string {
	_, v := entry(m, key)
	if v == nil || v.Kind != yaml.SequenceNode {
		return nil
	}
	var out []string
	for _, c := range v.Content {
		out = append(out, c.Value)
	}
	return out
}

// formItems returns the form mappings of forms.yaml, in file order.
func formItems(root *yaml.Node) []*yaml.Node {
	_, seq := entry(root, "forms")
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil
	}
	return seq.Content
}

// formFieldsOf reads what the forms editor shows of forms.yaml.
func formFieldsOf(text string) ([]FormFields, error) {
	root, err := doc(text)
	if err != nil {
		return nil, err
	}
	var out []FormFields
	for _, f := range formItems(root) {
		ff := FormFields{ID: scalarOf(f, "id"), Name: scalarOf(f, "name"), Required: strings.Join(listOf(f, "required"), ", "),
			ThankYouURL: scalarOf(f, "thank_you_url"), Honeypot: scalarOf(f, "honeypot")}
		if _, c := entry(f, "captcha"); c != nil {
			ff.Captcha, ff.CaptchaSecretEnv = scalarOf(c, "provider"), scalarOf(c, "secret_env")
		}
		out = append(out, ff)
	}
	return out, nil
}

// teamItems returns routing.yaml's teams, in file order, as name and
// mapping.
func teamItems(root *yaml.Node) (names []string, teams []*yaml.Node) {
	_, ts := entry(root, "teams")
	if ts == nil || ts.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(ts.Content); i += 2 {
		names = append(names, ts.Content[i].Value)
		teams = append(teams, ts.Content[i+1])
	}
	return names, teams
}

func memberItems(team *yaml.Node) []*yaml.Node {
	_, ms := entry(team, "members")
	if ms == nil || ms.Kind != yaml.SequenceNode {
		return nil
	}
	return ms.Content
}

// routingFieldsOf reads what the routing editor shows of routing.yaml.
func routingFieldsOf(text string) ([]TeamMembers, error) {
	root, err := doc(text)
	if err != nil {
		return nil, err
	}
	names, teams := teamItems(root)
	var out []TeamMembers
	for i, t := range teams {
		tm := TeamMembers{Team: names[i], Members: []MemberFields{}}
		for _, m := range memberItems(t) {
			mf := MemberFields{Name: scalarOf(m, "name"), Email: scalarOf(m, "email"), Weight: 1}
			if w, err := strconv.Atoi(scalarOf(m, "weight")); err == nil {
				mf.Weight = w
			}
			mf.DailyCap, _ = strconv.Atoi(scalarOf(m, "daily_cap"))
			if _, a := entry(m, "away"); a != nil {
				mf.AwayFrom, mf.AwayUntil = scalarOf(a, "from"), scalarOf(a, "until")
			}
			tm.Members = append(tm.Members, mf)
		}
		out = append(out, tm)
	}
	return out, nil
}

// yamlText is v written as a one-line YAML value: as yaml.Marshal writes
// it when YAML reads that back as the same string in a block entry, a
// [list] and a {mapping} alike, else double-quoted. yaml.Marshal alone
// writes a string with a line break as a block scalar over several lines,
// which the line-by-line editor and the one-line lists break, and leaves
// "?" or ":" plain where a one-line list reads them differently.
func yamlText(v any) string {
	b, err := yaml.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	text := strings.TrimSuffix(string(b), "\n")
	s, ok := v.(string)
	if !ok || readsAs(text, s) {
		return text
	}
	// Go's escapes (\n, \t, \", \\, \xXX, \uXXXX) are YAML's in a
	// double-quoted scalar.
	return strconv.Quote(s)
}

// readsAs reports whether the one-line YAML text reads back as s in each
// place the editor writes values.
func readsAs(text, s string) bool {
	if strings.Contains(text, "\n") {
		return false
	}
	var got struct {
		Entry string            `yaml:"entry"`
		List  []string          `yaml:"list"`
		Map   map[string]string `yaml:"map"`
	}
	doc := "entry: " + text + "  # comment\nlist: [" + text + ", x]\nmap: {k: " + text + ", x: y}\n"
	if err := yaml.Unmarshal([]byte(doc), &got); err != nil {
		return false
	}
	return got.Entry == s && slices.Equal(got.List, []string{s, "x"}) && len(got.Map) == 2 && got.Map["k"] == s
}

// flowList is a one-line YAML list: [a, b].
func flowList(items []string) string {
	parts := make([]string, len(items))
	for i, s := range items {
		parts[i] = yamlText(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// flowMap is a one-line YAML mapping of the pairs (key, value as YAML
// text, ...) whose values are not empty.
func flowMap(pairs ...string) string {
	var parts []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			parts = append(parts, pairs[i]+": "+pairs[i+1])
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// textEdit changes a YAML text line by line, re-reading it after each
// change so that node positions stay true.
type textEdit struct {
	lines []string
}

func newTextEdit(text string) *textEdit {
	return &textEdit{lines: strings.Split(text, "\n")}
}

func (e *textEdit) String() string { return strings.Join(e.lines, "\n") }

// blockEnd is the 1-based last line of the entry whose key is k: its
// value's lines are those indented deeper than the key, trailing blank
// and comment lines left to what follows.
func (e *textEdit) blockEnd(k *yaml.Node) int {
	end := k.Line
	for i := k.Line; i < len(e.lines); i++ { // i is the 0-based index of line i+1
		line := e.lines[i]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if indent := len(line) - len(strings.TrimLeft(line, " ")); indent <= k.Column-1 {
			break
		}
		end = i + 1
	}
	return end
}

// set gives key in mapping m the one-line value text: the entry is
// rewritten in place (its line comment kept), or added after the
// mapping's last entry.
func (e *textEdit) set(m *yaml.Node, key, text string) {
	k, v := entry(m, key)
	if k != nil {
		line := e.lines[k.Line-1]
		prefix := line[:k.Column-1]
		comment := v.LineComment
		if comment == "" {
			comment = k.LineComment
		}
		repl := prefix + key + ": " + text
		if comment != "" {
			repl += "  " + comment
		}
		end := e.blockEnd(k)
		e.lines = slices.Replace(e.lines, k.Line-1, end, repl)
		return
	}
	// A new entry goes last, at the indentation of the first (whose line
	// may begin with a list item's dash).
	first, last := m.Content[0], m.Content[len(m.Content)-2]
	at := e.blockEnd(last)
	e.lines = slices.Insert(e.lines, at, strings.Repeat(" ", first.Column-1)+key+": "+text)
}

// del removes key's entry from mapping m; the first entry of a list item
// (which carries the item's dash) is never removed.
func (e *textEdit) del(m *yaml.Node, key string) {
	k, _ := entry(m, key)
	if k == nil || k == m.Content[0] {
		return
	}
	e.lines = slices.Delete(e.lines, k.Line-1, e.blockEnd(k))
}

// formEdit is one change the forms editor asks for.
type formEdit func(e *textEdit, form *yaml.Node) error

// applyEdits applies each form's edits to text in turn, re-reading the
// text between edits; find locates the mapping an edit is for.
func applyEdits(text string, n int, find func(root *yaml.Node, i int) *yaml.Node, edits func(i int) []formEdit) (string, error) {
	for i := range n {
		for _, ed := range edits(i) {
			root, err := doc(text)
			if err != nil {
				return "", err
			}
			m := find(root, i)
			if m == nil || m.Kind != yaml.MappingNode || len(m.Content) == 0 {
				return "", fmt.Errorf("the file changed shape while it was edited")
			}
			if m.Style&yaml.FlowStyle != 0 {
				// Its entries share lines, which a line-by-line change
				// would break.
				return "", fmt.Errorf("line %d is written as {…} on one line; change it in the YAML itself", m.Line)
			}
			e := newTextEdit(text)
			if err := ed(e, m); err != nil {
				return "", err
			}
			text = e.String()
		}
	}
	return text, nil
}

// editForms applies the forms editor's fields (form.ID.FIELD) to the
// draft's forms.yaml; a field the request does not carry is left as it
// is.
func editForms(text string, form func(string) (string, bool)) (string, error) {
	root, err := doc(text)
	if err != nil {
		return "", err
	}
	items := formItems(root)
	ids := make([]string, len(items))
	for i, f := range items {
		ids[i] = scalarOf(f, "id")
	}
	return applyEdits(text, len(items), func(root *yaml.Node, i int) *yaml.Node {
		if fs := formItems(root); i < len(fs) {
			return fs[i]
		}
		return nil
	}, func(i int) []formEdit {
		get := func(field string) (string, bool) {
			v, ok := form("form." + ids[i] + "." + field)
			return strings.TrimSpace(v), ok
		}
		var eds []formEdit
		if v, ok := get("required"); ok {
			var fields []string
			for _, f := range strings.Split(v, ",") {
				if f = strings.TrimSpace(f); f != "" && !slices.Contains(fields, f) {
					fields = append(fields, f)
				}
			}
			eds = append(eds, func(e *textEdit, m *yaml.Node) error {
				if slices.Equal(fields, listOf(m, "required")) {
					return nil
				}
				e.set(m, "required", flowList(fields))
				return nil
			})
		}
		for _, key := range []string{"thank_you_url", "honeypot"} {
			if v, ok := get(key); ok {
				eds = append(eds, func(e *textEdit, m *yaml.Node) error {
					switch {
					case v == scalarOf(m, key):
					case v == "":
						e.del(m, key)
					default:
						e.set(m, key, yamlText(v))
					}
					return nil
				})
			}
		}
		if provider, ok := get("captcha"); ok {
			secret, _ := get("captcha_secret_env")
			eds = append(eds, func(e *textEdit, m *yaml.Node) error {
				_, c := entry(m, "captcha")
				switch {
				case provider == "":
					e.del(m, "captcha")
				case !slices.Contains(CaptchaProviders, provider):
					return invalid("form."+ids[i]+".captcha", "choose turnstile, recaptcha, hcaptcha or none")
				case c != nil && scalarOf(c, "provider") == provider && scalarOf(c, "secret_env") == secret:
				default:
					// Other CAPTCHA settings (min_score, timeout, fail_open)
					// are kept; the secret's variable name is required.
					pairs := []string{"provider", yamlText(provider), "secret_env", yamlText(secret)}
					if c != nil && c.Kind == yaml.MappingNode {
						for j := 0; j+1 < len(c.Content); j += 2 {
							k, v := c.Content[j].Value, c.Content[j+1]
							if k != "provider" && k != "secret_env" && v.Kind == yaml.ScalarNode {
								// A number or a flag keeps its type: its
								// text is written as it was.
								text := v.Value
								if v.Tag == "!!str" {
									text = yamlText(v.Value)
								}
								pairs = append(pairs, k, text)
							}
						}
					}
					e.set(m, "captcha", flowMap(pairs...))
				}
				return nil
			})
		}
		return eds
	})
}

// editRouting applies the routing editor's fields (member.TEAM.N.FIELD,
// N counting from 0 in the team's list) to the draft's routing.yaml.
func editRouting(text string, form func(string) (string, bool)) (string, error) {
	root, err := doc(text)
	if err != nil {
		return "", err
	}
	names, teams := teamItems(root)
	type ref struct {
		team string
		t, m int
	}
	var refs []ref
	for ti, t := range teams {
		for mi := range memberItems(t) {
			refs = append(refs, ref{names[ti], ti, mi})
		}
	}
	return applyEdits(text, len(refs), func(root *yaml.Node, i int) *yaml.Node {
		_, ts := teamItems(root)
		if refs[i].t >= len(ts) {
			return nil
		}
		ms := memberItems(ts[refs[i].t])
		if refs[i].m >= len(ms) {
			return nil
		}
		return ms[refs[i].m]
	}, func(i int) []formEdit {
		prefix := "member." + refs[i].team + "." + strconv.Itoa(refs[i].m) + "."
		get := func(field string) (string, bool) {
			v, ok := form(prefix + field)
			return strings.TrimSpace(v), ok
		}
		number := func(field string, def, min, max int, e *textEdit, m *yaml.Node) error {
			v, ok := get(field)
			if !ok {
				return nil
			}
			n := def
			if v != "" {
				var err error
				if n, err = strconv.Atoi(v); err != nil || n < min || n > max {
					return invalid(prefix+field, fmt.Sprintf("%s: a whole number from %d to %d", strings.ReplaceAll(field, "_", " "), min, max))
				}
			}
			cur, err := strconv.Atoi(scalarOf(m, field))
			k, _ := entry(m, field)
			present := k != nil
			switch {
			case !present && n == def:
			case present && err == nil && cur == n:
			case n == def && field == "daily_cap":
				e.del(m, field) // no cap is written as none
			default:
				e.set(m, field, strconv.Itoa(n))
			}
			return nil
		}
		return []formEdit{
			func(e *textEdit, m *yaml.Node) error { return number("weight", 1, 1, 100, e, m) },
			func(e *textEdit, m *yaml.Node) error { return number("daily_cap", 0, 0, 10000, e, m) },
			func(e *textEdit, m *yaml.Node) error {
				from, okF := get("away_from")
				until, okU := get("away_until")
				if !okF && !okU {
					return nil
				}
				_, a := entry(m, "away")
				switch {
				case from == "" && until == "":
					e.del(m, "away")
				case a != nil && scalarOf(a, "from") == from && scalarOf(a, "until") == until:
				default:
					e.set(m, "away", flowMap("from", yamlText(from), "until", yamlText(until)))
				}
				return nil
			},
		}
	})
}

// configFormEdit applies a form editor's fields to the draft and answers
// with the editor on the changed draft, not saved: the change is checked
// and shown, and saved like any other.
func (p *Pages) configFormEdit(w http.ResponseWriter, r *http.Request, u User) {
	kind, files, _, ok := p.kindAndDraft(w, r)
	if !ok {
		return
	}
	form := func(k string) (string, bool) {
		vs, ok := r.PostForm[k]
		if !ok || len(vs) == 0 {
			return "", false
		}
		return vs[0], true
	}
	var (
		name = versions.FormsFile
		edit = editForms
	)
	switch kind {
	case versions.Forms:
	case versions.Routing:
		name, edit = versions.RoutingFile, editRouting
	default:
		p.fail(w, r, &lead.Error{Kind: lead.ENOTFOUND, Code: "no_form_editor", Message: fmt.Sprintf("%s has no form editor; edit the YAML", kind)})
		return
	}
	text, err := edit(files[name], form)
	if err != nil {
		if _, isLead := err.(*lead.Error); !isLead {
			err = &lead.Error{Kind: lead.EINVALID, Code: "invalid_yaml", Message: "the draft's " + name + " could not be read; fix it in the YAML editor first: " + err.Error(), Err: err}
		}
		p.fail(w, r, err)
		return
	}
	files[name] = text
	base, _ := expected(r, "base")
	pg, err := p.editorPage(r.Context(), kind, base, files)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if pg.Problems, err = p.versions().CheckFiles(r.Context(), kind, files); err != nil {
		p.fail(w, r, err)
		return
	}
	if pg.Problems == nil {
		pg.Problems = []versions.Problem{}
	}
	pg.Draft = true
	pg.Message = "Changed in the YAML below, not saved yet: check the diff, then save it as a version."
	if latest, _ := expected(r, "latest"); latest > 0 {
		// The page keeps what it was opened on, so that a save still sees
		// someone else's meanwhile.
		pg.Latest = latest
	}
	p.reply(w, r, http.StatusOK, "config-editor", pg)
}

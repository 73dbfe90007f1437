package nurture

import (
	"bytes"
	htmltemplate "html/template"
	"regexp"
	"strings"
	"sync"
	texttemplate "text/template"

	"golang.org/x/net/html"
)

// forbiddenTags may not appear in sequence HTML.
var forbiddenTags = map[string]bool{
	"script": true, "iframe": true, "frame": true, "frameset": true, "object": true,
	"embed": true, "applet": true, "form": true, "input": true, "button": true,
	"textarea": true, "select": true, "base": true, "link": true,
}

// unsafeHTML describes the first unsafe construct in s, or returns "".
func unsafeHTML(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			t := z.Token()
			if forbiddenTags[t.Data] {
				return "must not contain <" + t.Data + "> elements"
			}
			for _, a := range t.Attr {
				k := strings.ToLower(a.Key)
				if t.Data == "meta" && k == "http-equiv" {
					return "must not use <meta http-equiv>"
				}
				if strings.HasPrefix(k, "on") {
					return "must not use event handler attributes (" + a.Key + ")"
				}
				v := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
				if (k == "href" || k == "src" || k == "action" || k == "background") &&
					(strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:text/html")) {
					return "must not use script links (" + a.Key + ")"
				}
			}
		}
	}
}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "table": true, "tr": true, "blockquote": true, "section": true,
	"header": true, "footer": true, "hr": true, "pre": true,
}

// HTMLToText derives a readable plain-text part from HTML: paragraphs and
// block elements become blank-line separated, <br> a line break, list
// items start with "- ", links are followed by their URL in parentheses,
// and style, head and title content is dropped.
func HTMLToText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	var href []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyText(b.String())
		case html.TextToken:
			if skip == 0 {
				// Whitespace runs (including newlines in the source) are
				// one space; tidyText trims and collapses later.
				b.WriteString(spacesRE().ReplaceAllString(strings.ReplaceAll(string(z.Text()), "\n", " "), " "))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			t := z.Token()
			switch t.Data {
			case "style", "head", "title", "script":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch {
			case t.Data == "br":
				b.WriteString("\n")
			case t.Data == "li" && tt == html.StartTagToken:
				b.WriteString("\n- ")
			case t.Data == "td" && tt == html.EndTagToken:
				b.WriteString(" ")
			case t.Data == "a" && tt == html.StartTagToken:
				h := ""
				for _, a := range t.Attr {
					if a.Key == "href" {
						h = a.Val
					}
				}
				href = append(href, h)
			case t.Data == "a" && tt == html.EndTagToken && len(href) > 0:
				h := href[len(href)-1]
				href = href[:len(href)-1]
				if h != "" && !strings.HasPrefix(h, "#") && !strings.HasSuffix(strings.TrimSpace(b.String()), h) {
					b.WriteString(" (" + h + ")")
				}
			case blockTags[t.Data]:
				b.WriteString("\n\n")
			}
		}
	}
}

// lazyRegexp compiles expr at first use, not at init: intake links this
// package to enrol leads and renders nothing.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var spacesRE = lazyRegexp(`[ \t]+`)
var blankRE = lazyRegexp(`\n{3,}`)

func tidyText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(spacesRE().ReplaceAllString(l, " "))
	}
	return strings.TrimSpace(blankRE().ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

var urlRE = lazyRegexp(`https://[^\s<>"]+[^\s<>".,;:!?)]`)

const docStart = `<!DOCTYPE html><html><head><meta charset="utf-8"></head>` +
	`<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222222">`

var htmlTagRE = lazyRegexp(`(?i)<html[\s>]`)

// wrapHTML gives an HTML fragment a document around it; full documents are
// left alone.
func wrapHTML(s string) string {
	if htmlTagRE().MatchString(s) {
		return s
	}
	return docStart + "\n" + s + "\n</body></html>"
}

// The templates are parsed at first use, not at init: intake links this
// package to enrol leads and renders nothing.
var textToHTML = sync.OnceValue(func() *htmltemplate.Template {
	return htmltemplate.Must(htmltemplate.New("t").Parse(docStart +
		`{{range .}}<p>{{range $i, $l := .}}{{if $i}}<br>{{end}}{{range $l}}{{if .URL}}<a href="{{.Text}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}{{end}}{{end}}</p>{{end}}` +
		`</body></html>`))
})

type chunk struct {
	Text string
	URL  bool
}

// TextToHTML derives a simple HTML part from plain text: blank lines
// separate paragraphs, single line breaks become <br>, https links become
// anchors. Everything is escaped.
func TextToHTML(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	var paras [][][]chunk
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(s, -1) {
		var lines [][]chunk
		for _, l := range strings.Split(p, "\n") {
			var cs []chunk
			last := 0
			for _, m := range urlRE().FindAllStringIndex(l, -1) {
				cs = append(cs, chunk{Text: l[last:m[0]]}, chunk{Text: l[m[0]:m[1]], URL: true})
				last = m[1]
			}
			lines = append(lines, append(cs, chunk{Text: l[last:]}))
		}
		paras = append(paras, lines)
	}
	var b bytes.Buffer
	_ = textToHTML().Execute(&b, paras) // cannot fail: fixed template, plain data
	return b.String()
}

var (
	footerText = sync.OnceValue(func() *texttemplate.Template {
		return texttemplate.Must(texttemplate.New("f").Parse(
			"\n\n--\nYou are receiving this email because you contacted {{.SenderName}}.\n" +
				"Unsubscribe: {{.UnsubscribeURL}}\n{{.PostalAddress}}\n"))
	})
	footerHTML = sync.OnceValue(func() *htmltemplate.Template {
		return htmltemplate.Must(htmltemplate.New("f").Parse(
			`<div style="margin-top:32px;padding-top:12px;border-top:1px solid #dddddd;font-size:12px;line-height:1.5;color:#666666">` +
				`You are receiving this email because you contacted {{.SenderName}}. ` +
				`<a href="{{.UnsubscribeURL}}" style="color:#666666">Unsubscribe</a><br>` +
				`{{range $i, $l := .Lines}}{{if $i}}<br>{{end}}{{$l}}{{end}}</div>`))
	})
	bodyCloseRE = lazyRegexp(`(?i)</body\s*>`)
)

// addFooter appends the unsubscribe link and postal address to both parts.
func addFooter(r *Rendered, v vars) error {
	var tb, hb bytes.Buffer
	if err := footerText().Execute(&tb, v); err != nil {
		return err
	}
	lines := strings.Split(strings.ReplaceAll(v.PostalAddress, "\r\n", "\n"), "\n")
	if err := footerHTML().Execute(&hb, struct {
		vars
		Lines []string
	}{v, lines}); err != nil {
		return err
	}
	r.Text = strings.TrimRight(r.Text, "\n") + strings.TrimRight(tb.String(), "\n") + "\n"
	if loc := bodyCloseRE().FindAllStringIndex(r.HTML, -1); len(loc) > 0 {
		i := loc[len(loc)-1][0]
		r.HTML = r.HTML[:i] + hb.String() + r.HTML[i:]
	} else {
		r.HTML += hb.String()
	}
	return nil
}

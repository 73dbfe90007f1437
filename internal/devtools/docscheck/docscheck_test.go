package docscheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	md := "# t\n\n```sh\necho one\n```\n\n```text\nout\n```\n\n````sh slow\ngo test -bench .\n````\n\n" +
		"```sh no-run: needs AWS credentials\nsam deploy\n```\n\n  ```yaml\n  a: 1\n  ```\n"
	path := filepath.Join(t.TempDir(), "doc.md")
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	blocks, err := Extract(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line int
		kind Kind
		code string
	}{{3, Run, "echo one\n"}, {7, Sample, "out\n"}, {11, Slow, "go test -bench .\n"}, {15, NoRun, "sam deploy\n"}, {19, Sample, "  a: 1\n"}}
	if len(blocks) != len(want) {
		t.Fatalf("got %d blocks, want %d: %+v", len(blocks), len(want), blocks)
	}
	for i, w := range want {
		if b := blocks[i]; b.Line != w.line || b.Kind != w.kind || b.Code != w.code {
			t.Errorf("block %d = %+v, want line %d kind %d code %q", i, b, w.line, w.kind, w.code)
		}
	}
	if blocks[3].Reason != "needs AWS credentials" {
		t.Errorf("no-run reason %q", blocks[3].Reason)
	}

	script, ok := Script(blocks, false, Ports{API: 3000, Dynamo: 8000, SES: 8005})
	if !ok || !strings.Contains(script, "echo one") || strings.Contains(script, "go test -bench") || strings.Contains(script, "sam deploy") {
		t.Errorf("script without slow blocks:\n%s", script)
	}
	if script, _ := Script(blocks, true, Documented); !strings.Contains(script, "go test -bench") {
		t.Errorf("script with slow blocks lacks them:\n%s", script)
	}
}

func TestExtractRejects(t *testing.T) {
	for name, md := range map[string]string{
		"bash info string":  "```bash\nls\n```\n",
		"no-run, no reason": "```sh no-run\nls\n```\n",
		"unknown flag":      "```sh quick\nls\n```\n",
		"unclosed fence":    "```sh\nls\n",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "doc.md")
			if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := Extract(path); err == nil {
				t.Error("accepted")
			}
		})
	}
}

func TestRewrite(t *testing.T) {
	in := `curl http://127.0.0.1:3000/forms/x -H 'Origin: http://127.0.0.1:3000'
export AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000 AWS_ENDPOINT_URL_SES=http://127.0.0.1:8005
curl http://127.0.0.1:30001/`
	got := Rewrite(in, Ports{API: 41000, Dynamo: 41001, SES: 41002})
	want := `curl http://127.0.0.1:41000/forms/x -H 'Origin: http://127.0.0.1:3000'
export AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:41001 AWS_ENDPOINT_URL_SES=http://127.0.0.1:41002
curl http://127.0.0.1:30001/`
	if got != want {
		t.Errorf("Rewrite:\n%s\nwant:\n%s", got, want)
	}
}

func TestAnchors(t *testing.T) {
	md := "# The rules file (`config/rules.yaml`)\n\n## Velocity limits apply locally too\n\n```sh\n# not a heading\n```\n\n### `segments`\n\n## Layout\n\n## Layout\n"
	path := filepath.Join(t.TempDir(), "doc.md")
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Anchors(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"the-rules-file-configrulesyaml", "velocity-limits-apply-locally-too", "segments", "layout", "layout-1"} {
		if !got[a] {
			t.Errorf("no anchor %q in %v", a, got)
		}
	}
	if got["not-a-heading"] {
		t.Error("a comment in a code block became a heading")
	}
}

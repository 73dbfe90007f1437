package main

import (
	"archive/tar"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestUnpackReadsTopLevelFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tlds.tgz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	tw := tar.NewWriter(zw)
	for name, body := range map[string]string{
		"package/index.json": `["com","de"]`, "package/LICENSE": "MIT", "package/sub/x.json": "skip", "other/y": "skip",
	} {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	zw.Close()
	f.Close()
	files, err := unpack(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || string(files["index.json"]) != `["com","de"]` || string(files["LICENSE"]) != "MIT" {
		t.Errorf("unpack = %q", files)
	}
}

func TestMissingFrom(t *testing.T) {
	if got := missingFrom([]string{"de", "com", "zz"}, []string{"com"}); !slices.Equal(got, []string{"de", "zz"}) {
		t.Errorf("missingFrom = %v", got)
	}
	if got := missingFrom(nil, []string{"com"}); got != nil {
		t.Errorf("missingFrom(nil) = %v", got)
	}
}

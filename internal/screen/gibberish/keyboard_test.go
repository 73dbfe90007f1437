package gibberish

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeyboardPattern(t *testing.T) {
	cases := []struct {
		in            string
		layout, shape string // "" for no pattern
	}{
		// Rows, both ways, turning back.
		{"asdf", "QWERTY", ShapeRow},
		{"ASDFGH", "QWERTY", ShapeRow},
		{"hjkl", "QWERTY", ShapeRow},
		{"poiuy", "QWERTY", ShapeRow},
		{"asdfdsa", "QWERTY", ShapeRow},
		{"asdasdasd", "QWERTY", ShapeRow},
		{"Asdf Ghjk", "QWERTY", ShapeRow},
		{"zxcvbnm", "QWERTY", ShapeRow},
		// Columns, with or without the digit row.
		{"qazwsx", "QWERTY", ShapeColumn},
		{"1qaz2wsx", "QWERTY", ShapeColumn},
		{"zaq1xsw2", "QWERTY", ShapeColumn},
		{"qwedsazxc", "QWERTY", ShapeRow},
		{"qwertgb", "QWERTY", ShapeMixed},
		// Other layouts.
		{"qwertz", "QWERTZ", ShapeRow},
		{"yxcvb", "QWERTZ", ShapeRow},
		{"azerty", "AZERTY", ShapeRow},
		{"qsdfg", "AZERTY", ShapeRow},
		{"wxcvbn", "AZERTY", ShapeRow},
		{"йцукен", "ЙЦУКЕН", ShapeRow},
		{"фывап", "ЙЦУКЕН", ShapeRow},
		{"цукен", "ЙЦУКЕН", ShapeRow},
		{"Фывапролдж", "ЙЦУКЕН", ShapeRow},
		{"йфяцыч", "ЙЦУКЕН", ShapeColumn},
		// Two neighbouring keys drummed.
		{"jkjkj", "QWERTY", ShapeDrum},
		{"asasas", "QWERTY", ShapeDrum},
		{"фыфыф", "ЙЦУКЕН", ShapeDrum},
		// Back and forth along one row; chunks typed again and again.
		{"opzxopzxopzx", "any layout", ShapeChunk},
		{"hahaha", "any layout", ShapeChunk},
		{"абвабвабв", "any layout", ShapeChunk},
		// Not patterns: names and words in several languages and scripts.
		{"Maria", "", ""}, {"were", "", ""}, {"dress", "", ""}, {"Liberty", "", ""},
		{"typewriter", "", ""}, {"pretty", "", ""}, {"Nana", "", ""}, {"Lulu", "", ""}, {"Jkjk", "", ""}, {"asd", "", ""}, {"qwe", "", ""},
		{"123456", "", ""}, {"Kowalski", "", ""}, {"Иванов", "", ""}, {"Müller", "", ""},
		{"Reza", "", ""}, {"Azer", "", ""}, {"Wolf", "", ""}, {"山田太郎", "", ""}, {"Ολυμπία", "", ""},
	}
	for _, c := range cases {
		p, ok := KeyboardPattern(c.in)
		if c.layout == "" {
			if ok {
				t.Errorf("KeyboardPattern(%q) = %+v, want none", c.in, p)
			}
			continue
		}
		if !ok || p.Layout != c.layout || p.Shape != c.shape {
			t.Errorf("KeyboardPattern(%q) = %+v %v, want %s %s", c.in, p, ok, c.layout, c.shape)
		}
	}
}

func TestIsShortKeyboardRun(t *testing.T) {
	for s, want := range map[string]bool{
		"a": true, "q": true, "qwe": true, "asd": true, "zxc": true, "ewq": true, "йцу": true, "qaz": true,
		"Li": false, "Wu": false, "Ana": false, "Bob": false, "Ed": false, "IBM": false, "123": false, "1": false, "": false,
	} {
		if got := IsShortKeyboardRun(s); got != want {
			t.Errorf("IsShortKeyboardRun(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKeyboardPatternSparesNames runs KeyboardPattern over the name lists
// the character model is trained on: real names of dozens of locales must
// (almost) never be patterns. (The word lists hold laughter such as
// "hahaha", which is a repeated chunk, and rightly so in a name field.)
func TestKeyboardPatternSparesNames(t *testing.T) {
	files, err := filepath.Glob("data/names/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no lists: %v", err)
	}
	total := 0
	var hits []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			total++
			if p, ok := KeyboardPattern(line); ok {
				hits = append(hits, line+" ("+p.Layout+" "+p.Shape+")")
			}
		}
		fh.Close()
	}
	t.Logf("%d of %d names are keyboard patterns: %v", len(hits), total, hits)
	if len(hits)*10000 > total {
		t.Errorf("%d of %d names are keyboard patterns (more than 1 in 10,000): %v", len(hits), total, hits)
	}
}

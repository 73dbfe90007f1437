package screen

import (
	"fmt"
	"hash/crc32"
	"strings"
)

// The vocabulary tables (data/*.txt) hold some eight thousand entries,
// most outside ASCII. Reading them at their first use (splitting each
// line into its columns, which for text outside ASCII asks Unicode's
// tables about every rune, and folding each entry, which decomposes it
// with NFKD) cost the intake function's first answer more than the rest
// of its screening. Their lines are therefore read once, when the tables
// change, into vocablines_gen.go: Go data the linker lays out, which a
// table files at its first use instead of its text. The text stays the
// one source: a table whose text is not the one its lines were generated
// from (its checksum differs) is read from its text, so a stale file is
// slower, never wrong, and TestVocabLines fails until it is regenerated:
//
//	go generate ./internal/screen

//go:generate go test -run ^TestVocabLines$ -update

// vocabLine is an entry line of a vocabulary table.
type vocabLine struct {
	line int // in the table's file, from 1
	// lang, work and kind are the columns before the entry: a language
	// (fictional.txt: a culture), a work (fictional.txt only) and a kind.
	lang, work, kind string
	text             string // the entry, its words joined by one space
	folded           string // the entry folded, a stem without its *
}

// vocabTable is a table's lines as generated from its text.
type vocabTable struct {
	sum   uint32 // the IEEE CRC-32 of the text they were read from
	lines []vocabLine
}

// mustFileVocab returns the lines of an embedded table (see vocabLinesOf)
// filed by file: the tables are read at their first use, and a table
// that does not read is a defect its tests catch, so it panics.
func mustFileVocab[T, K any](name, text, header string, kinds map[string]K, gen vocabTable, file func([]vocabLine) (T, error)) T {
	lines, err := vocabLinesOf(name, text, header, gen)
	if err == nil {
		err = checkVocabLines(name, lines, kinds)
	}
	if err != nil {
		panic(err) // the embedded table is checked by its tests
	}
	v, err := file(lines)
	if err != nil {
		panic(err) // the embedded table is checked by its tests
	}
	return v
}

// parseVocab reads a table's text now, as its tests do, and files its
// lines by file (the embedded tables are read through mustFileVocab).
func parseVocab[T, K any](name, text, header string, kinds map[string]K, file func([]vocabLine) (T, error)) (T, error) {
	lines, err := readVocabLines(name, text, header)
	if err == nil {
		err = checkVocabLines(name, lines, kinds)
	}
	if err != nil {
		var zero T
		return zero, err
	}
	return file(lines)
}

// checkVocabLines returns an error for the first line of a table whose
// kind is not a key of kinds or whose entry folds to nothing: either line
// would be filed nowhere, or match nothing, and silently do nothing.
func checkVocabLines[K any](name string, lines []vocabLine, kinds map[string]K) error {
	for _, l := range lines {
		if _, ok := kinds[l.kind]; !ok {
			return fmt.Errorf("%s line %d: unknown kind %q", name, l.line, l.kind)
		}
		if l.folded == "" {
			return fmt.Errorf("%s line %d: %q folds to nothing", name, l.line, l.text)
		}
	}
	return nil
}

// vocabLinesOf returns the entry lines of a table, name its file's name,
// text its text and header what its lines hold before the entry
// ("LANGUAGE KIND"): gen's when gen was generated from text, else read
// from text now.
func vocabLinesOf(name, text, header string, gen vocabTable) ([]vocabLine, error) {
	if crc32.ChecksumIEEE([]byte(text)) == gen.sum {
		return gen.lines, nil
	}
	return readVocabLines(name, text, header)
}

// readVocabLines reads the entry lines of a table (see vocabLinesOf):
// each is the columns header names, then the entry; blank lines and
// lines starting with # are comments.
func readVocabLines(name, text, header string) ([]vocabLine, error) {
	columns := len(strings.Fields(header))
	var lines []vocabLine
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) <= columns {
			return nil, fmt.Errorf("%s line %d: want %s ENTRY, got %q", name, i+1, header, line)
		}
		l := vocabLine{line: i + 1, lang: f[0], kind: f[columns-1], text: strings.Join(f[columns:], " ")}
		if columns == 3 {
			l.work = f[1]
		}
		l.folded = foldText(strings.TrimSuffix(l.text, "*"))
		lines = append(lines, l)
	}
	return lines, nil
}

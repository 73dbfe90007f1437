package screen

import (
	"embed"
	"encoding/json"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// The broad profanity lists are the naughty-words package's (see
// data/SOURCES.md), one JSON array per language, vendored unchanged. They
// are search-suggestion filters, so they hold sexual and anatomical words,
// slurs and mild words beside swearing, and some entries are ordinary
// words in another language (Turkish "am", French "con"). Abuse detection
// therefore never counts one of them alone: they add to the count of
// abusive words that makes a message mostly abuse (see abusiveMessage),
// and data/profanity/exclude.txt names the entries it ignores.

//go:embed data/profanity/*.json data/profanity/exclude.txt
var profanityFiles embed.FS

// listedProfanity is the union of the vendored lists, folded, without
// the excluded entries; loaded on first use.
var listedProfanity = sync.OnceValue(func() phraseList {
	entries, _ := profanityEntries()
	return foldedPhrases(entries...)
})

// profanityEntries returns the entries of the vendored lists that count,
// as written in the lists, and the excluded ones found there. Entries are
// matched as whole folded words: an entry that folds to no word could
// never match, so a test checks that every kept entry is found in a
// message.
func profanityEntries() (kept, excluded []string) {
	skip := profanityExclusions()
	files, err := fs.Glob(profanityFiles, "data/profanity/*.json")
	if err != nil {
		panic(err) // the pattern is constant
	}
	for _, name := range files {
		for _, e := range profanityList(name) {
			if _, ok := skip[foldText(e)]; ok {
				excluded = append(excluded, e)
				continue
			}
			kept = append(kept, e)
		}
	}
	return kept, excluded
}

// profanityList reads one embedded list.
func profanityList(name string) []string {
	data, err := profanityFiles.ReadFile(name)
	if err != nil {
		panic(err) // embedded: present
	}
	var words []string
	if err := json.Unmarshal(data, &words); err != nil {
		panic("screen: " + path.Base(name) + ": " + err.Error()) // vendored: a test decodes every file
	}
	return words
}

// profanityExclusions returns the folded entries of exclude.txt, each
// with the line as written.
func profanityExclusions() map[string]string {
	data, err := profanityFiles.ReadFile("data/profanity/exclude.txt")
	if err != nil {
		panic(err)
	}
	m := map[string]string{}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[foldText(line)] = line
	}
	return m
}

package screen

import "testing"

// BenchmarkTableFirstLoad measures what each vocabulary table costs at its
// first use: taking its lines (vocabLinesOf), filing them and filing its
// phrase lists, as the lists' first questions do (the sync.Once values
// are bypassed so that every iteration pays the first use again). Profile one table with
//
//	go test ./internal/screen -run '^$' -bench 'TableFirstLoad/abuse' -cpuprofile /tmp/abuse.prof
func BenchmarkTableFirstLoad(b *testing.B) {
	for _, tc := range []struct {
		name string
		load func()
	}{
		{"test", func() {
			v, err := fileTestVocab(mustVocabLines(b, "testvocab.txt", testVocabFile, testVocabHeader, testVocabLines))
			if err != nil {
				b.Fatal(err)
			}
			indexFoldedPhrases(v.fillers)
			var ps []string
			for w := range v.test {
				ps = append(ps, w)
			}
			indexFoldedPhrases(ps)
		}},
		{"spam", func() {
			v, err := fileSpamVocab(mustVocabLines(b, "spamvocab.txt", spamVocabFile, spamVocabHeader, spamVocabLines))
			if err != nil {
				b.Fatal(err)
			}
			for _, kind := range []string{"trade", "offer", "call", "ask"} {
				indexFoldedPhrases(v.spaced[kind])
			}
		}},
		{"abuse", func() {
			v, err := fileAbuseVocab(mustVocabLines(b, "abusevocab.txt", abuseVocabFile, abuseVocabHeader, abuseVocabLines))
			if err != nil {
				b.Fatal(err)
			}
			for _, ps := range [][]string{v.anywhere, v.aimed, v.address, v.request} {
				indexFoldedPhrases(ps)
			}
		}},
		{"meta", func() {
			v, err := fileMetaVocab(mustVocabLines(b, "metavocab.txt", metaVocabFile, metaVocabHeader, metaVocabLines))
			if err != nil {
				b.Fatal(err)
			}
			indexFoldedPhrases(v.meta)
		}},
		{"fictional", func() {
			if _, err := fileFictional(mustVocabLines(b, "fictional.txt", fictionalFile, fictionalHeader, fictionalLines)); err != nil {
				b.Fatal(err)
			}
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tc.load()
			}
		})
	}
}

// mustVocabLines returns a table's lines as its first use takes them.
func mustVocabLines(b *testing.B, name, text, header string, gen vocabTable) []vocabLine {
	lines, err := vocabLinesOf(name, text, header, gen)
	if err != nil {
		b.Fatal(err)
	}
	return lines
}

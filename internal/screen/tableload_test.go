package screen

import "testing"

// BenchmarkTableFirstLoad measures what each vocabulary table costs at its
// first use: reading the table and filing its phrase lists, as the lists'
// first questions do (the sync.Once values are bypassed so that every
// iteration pays the first use again). Profile one table with
//
//	go test ./internal/screen -run '^$' -bench 'TableFirstLoad/abuse' -cpuprofile /tmp/abuse.prof
func BenchmarkTableFirstLoad(b *testing.B) {
	for _, tc := range []struct {
		name string
		load func()
	}{
		{"test", func() {
			v, err := parseTestVocab(testVocabFile)
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
			v, err := parseSpamVocab(spamVocabFile)
			if err != nil {
				b.Fatal(err)
			}
			for _, kind := range []string{"trade", "offer", "call", "ask"} {
				indexFoldedPhrases(v.spaced[kind])
			}
		}},
		{"abuse", func() {
			v, err := parseAbuseVocab(abuseVocabFile)
			if err != nil {
				b.Fatal(err)
			}
			for _, ps := range [][]string{v.anywhere, v.aimed, v.address, v.request} {
				indexFoldedPhrases(ps)
			}
		}},
		{"meta", func() {
			v, err := parseMetaVocab(metaVocabFile)
			if err != nil {
				b.Fatal(err)
			}
			indexFoldedPhrases(v.meta)
		}},
		{"fictional", func() {
			if _, err := parseFictional(fictionalFile); err != nil {
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

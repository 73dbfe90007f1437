package spamtext

import (
	"strings"
	"testing"
)

// BenchmarkMarginCorpus scores the prose values (five words or more) of
// the shipped corpora in turn: varied lengths and scripts, and feature
// buckets spread over the whole weight table as in real use.
func BenchmarkMarginCorpus(b *testing.B) {
	m := Default()
	var msgs []string
	for _, s := range corpusMessages(&testing.T{}) {
		if strings.Count(s, " ") >= 4 {
			msgs = append(msgs, s)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.Margin(msgs[i%len(msgs)])
	}
}

package screen

import "sort"

// The vocabulary tables (data/*.txt) hold some eight thousand entries,
// most outside ASCII, and folding them (foldText decomposes each with
// NFKD) was most of what the tables cost the intake function's first
// answer. Their folds are therefore generated once, from the tables, into
// vocabfolds_gen.go, Go data the linker lays out; a table reads an
// entry's fold there. An entry added to a table since the last generation
// is folded when the table is read, so a stale file is slower, never
// wrong, and TestVocabFolds fails until it is regenerated:
//
//	go generate ./internal/screen

//go:generate go test -run ^TestVocabFolds$ -update

// vocabFold is an entry of the tables and its fold by foldText.
type vocabFold struct{ text, folded string }

// foldEntry returns foldText(text) for an entry of the tables, read from
// the generated folds when they hold it.
func foldEntry(text string) string {
	i := sort.Search(len(vocabFolds), func(i int) bool { return vocabFolds[i].text >= text })
	if i < len(vocabFolds) && vocabFolds[i].text == text {
		return vocabFolds[i].folded
	}
	return foldText(text)
}

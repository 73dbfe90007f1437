package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedModelIsTrained: model.bin and advert.bin are what
// training on the committed labelled sets writes.
func TestCommittedModelIsTrained(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the models")
	}
	if raceDetector {
		// Training is one goroutine's arithmetic over 12,000 messages:
		// nothing for the race detector to find, and ten times slower
		// under it. make test trains without it.
		t.Skip("trains the models: make test runs it without the race detector")
	}
	t.Chdir("../../../..")
	for name, k := range kinds {
		data, err := load(k)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := fit(data, k.rate).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(k.out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), committed) {
			t.Errorf("%s: %s is not what training writes: run go run ./internal/screen/abusetext/train", name, k.out)
		}
	}
}

// TestHeldOutNeverRead: no row of a held-out source reaches the training
// data.
func TestHeldOutNeverRead(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the labelled sets")
	}
	t.Chdir("../../../..")
	data, err := load(kinds["abuse"])
	if err != nil {
		t.Fatal(err)
	}
	advert, err := load(kinds["advert"])
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, advert...)
	held := map[string]bool{}
	for _, name := range sets {
		for _, r := range readRows(t, name) {
			if heldOut[r.source] {
				held[r.msg] = true
			}
		}
	}
	if len(held) == 0 {
		t.Fatal("no held-out rows found")
	}
	trained := map[string]bool{}
	for _, name := range sets {
		for _, r := range readRows(t, name) {
			if !heldOut[r.source] {
				trained[r.msg] = true
			}
		}
	}
	for _, e := range data {
		if held[e.msg] && !trained[e.msg] {
			t.Errorf("held-out message %q is in the training data", e.msg)
		}
	}
}

// readRows reads one labelled file or fails the test.
func readRows(t *testing.T, name string) []row {
	t.Helper()
	rows, err := readSet(name)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestWorldHoldsEveryClassPerLanguage: each language of the world corpus
// holds abuse, adverts and genuine requests, so that no script or
// language reads as junk (or as genuine) by itself.
func TestWorldHoldsEveryClassPerLanguage(t *testing.T) {
	t.Chdir("../../../..")
	rows, err := readWorld(world)
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]map[string]bool{}
	for _, r := range rows {
		lang := strings.TrimPrefix(r.source, "world-")
		if classes[lang] == nil {
			classes[lang] = map[string]bool{}
		}
		classes[lang][classOf(r)] = true
	}
	if len(classes) < 80 {
		t.Errorf("%d languages, want at least 80", len(classes))
	}
	for lang, has := range classes {
		for class := range worldClasses {
			if !has[class] {
				t.Errorf("%s: no %s message", lang, class)
			}
		}
	}
}

// classOf names the world class a row was read from.
func classOf(r row) string {
	for class, c := range worldClasses {
		if c.label == r.label && c.category == r.category {
			return class
		}
	}
	return ""
}

// TestReadWorldRejectsMalformedLines: a line that is not class, language
// and text separated by tabs, or names an unknown class, is an error
// rather than a message silently left out or mislabelled.
func TestReadWorldRejectsMalformedLines(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		ok         bool
	}{
		{"well formed", "abuse\ten\tGo away, crooks\ngenuine\ten\tA quote, please\n# a comment\n", true},
		{"unknown class", "spam\ten\tCheap pills\n", false},
		{"no language", "abuse\tGo away, crooks\n", false},
		{"spaces for tabs", "abuse en Go away, crooks\n", false},
		{"empty text", "advert\tfr\t \n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "world.txt")
			if err := os.WriteFile(name, []byte(tc.text), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := readWorldFile(name)
			if (err == nil) != tc.ok {
				t.Errorf("readWorldFile: error %v, want ok %v", err, tc.ok)
			}
		})
	}
}

// TestScriptOf: the cross-validation's report per script names the
// script most letters are in, whatever else the message holds.
func TestScriptOf(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"Please send a quote", "Latin"},
		{"Пришлите цену, please", "Cyrillic"},
		{"তোমাদের দাম জানাও", "Bengali"},
		{"ಬೆಲೆ ತಿಳಿಸಿ", "Kannada"},
		{"見積もりをお願いします", "Han+Kana"},
		{"ዋጋ ይላኩ", "Ethiopic"},
		{"1234 !!!", "other"},
	} {
		if got := scriptOf(tc.msg); got != tc.want {
			t.Errorf("scriptOf(%q) = %s, want %s", tc.msg, got, tc.want)
		}
	}
}

// TestWorldFarFromHeldOut: no message written for the models comes close
// to a message of a held-out round or of the outsider set, which measure
// the models on writing they never saw. A near copy, however innocent,
// would let that measure see its own answer. Close means sharing most of
// its three-letter pieces (Jaccard similarity of the lower-cased,
// space-folded trigram sets at nearCopy or more).
func TestWorldFarFromHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the labelled sets")
	}
	t.Chdir("../../../..")
	var held []string
	for _, name := range sets {
		for _, r := range readRows(t, name) {
			if heldOut[r.source] {
				held = append(held, r.msg)
			}
		}
	}
	outsider, err := filepath.Glob("testdata/outsider/*.jsonl")
	if err != nil || len(outsider) == 0 {
		t.Fatalf("no outsider set: %v", err)
	}
	for _, name := range outsider {
		for _, r := range readRows(t, name) {
			held = append(held, r.msg)
		}
	}
	near := newNearIndex(held)
	rows, err := readWorld(world)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if sim, other := near.closest(r.msg); sim >= nearCopy {
			t.Errorf("world message %q is a near copy (%.2f) of the measured message %q: rewrite it", r.msg, sim, other)
		}
	}
}

// nearCopy is the trigram similarity from which two messages count as
// one written from the other. Unrelated messages of one language and
// topic ("send a quote for 20 users") stay under 0.5.
const nearCopy = 0.6

// TestNearIndex: the similarity finds a reworded copy and not a message
// on the same topic in other words.
func TestNearIndex(t *testing.T) {
	n := newNearIndex([]string{"Potency pills without prescription, discreet delivery, order now.", "Send us a quote for 20 users"})
	for _, tc := range []struct {
		msg  string
		near bool
	}{
		{"Potency pills without prescription, discreet delivery, order today", true},
		{"POTENCY PILLS   without prescription, discreet delivery. Order now!", true},
		{"Cheap loans in ten minutes, no documents", false},
		{"Could you send pricing for 35 seats?", false},
	} {
		if sim, _ := n.closest(tc.msg); (sim >= nearCopy) != tc.near {
			t.Errorf("%q: similarity %.2f, want near copy %v", tc.msg, sim, tc.near)
		}
	}
}

// nearIndex finds, for a message, the most similar of a fixed set.
type nearIndex struct {
	msgs  []string
	grams []map[string]bool
	by    map[string][]int
}

func newNearIndex(msgs []string) *nearIndex {
	n := &nearIndex{msgs: msgs, by: map[string][]int{}}
	for i, m := range msgs {
		g := trigrams(m)
		n.grams = append(n.grams, g)
		for k := range g {
			n.by[k] = append(n.by[k], i)
		}
	}
	return n
}

// closest returns the highest similarity to msg and the message with it.
func (n *nearIndex) closest(msg string) (float64, string) {
	g := trigrams(msg)
	shared := map[int]int{}
	for k := range g {
		for _, i := range n.by[k] {
			shared[i]++
		}
	}
	best, at := 0.0, ""
	for i, s := range shared {
		if sim := float64(s) / float64(len(g)+len(n.grams[i])-s); sim > best {
			best, at = sim, n.msgs[i]
		}
	}
	return best, at
}

// trigrams are the three-letter pieces of a message, lower-cased with
// runs of space folded to one.
func trigrams(msg string) map[string]bool {
	r := []rune(strings.Join(strings.Fields(strings.ToLower(msg)), " "))
	g := map[string]bool{}
	for i := 0; i+3 <= len(r); i++ {
		g[string(r[i:i+3])] = true
	}
	return g
}

package qualify

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestNormalizeWordsMatchesReference holds the one-pass normalizeWords and
// matchWords Evaluate uses to normalize and the reference scan, with the
// message matchers of two configurations, on the corpus messages, the
// money texts and random texts mixing phrase words with case, accents,
// punctuation and other scripts.
func TestNormalizeWordsMatchesReference(t *testing.T) {
	texts := moneyTexts(t)
	var models []*Model
	for _, c := range []Config{testConfig(), equivConfig()} {
		m, err := Compile(c)
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, m)
	}
	// Random texts from the phrases' own words.
	var vocab []string
	for _, list := range models[0].msg.byFirst {
		for _, e := range list {
			vocab = append(vocab, strings.Fields(e.text)...)
		}
	}
	slices.Sort(vocab)
	vocab = slices.Compact(vocab)
	seps := []string{" ", " ", " ", ", ", ".", "  ", "-", "\t", "!", " — ", "/", "\u00a0"}
	extra := []string{"Demo", "PRICING", "héllo", "Über", "日本", "ß", "x", "", "42", "asap", "ASAP", "Quote?"}
	r := rand.New(rand.NewPCG(71, 72))
	for range 6000 {
		var b strings.Builder
		if r.IntN(4) == 0 {
			b.WriteString(seps[r.IntN(len(seps))])
		}
		for k := range 1 + r.IntN(14) {
			if k > 0 {
				b.WriteString(seps[r.IntN(len(seps))])
			}
			w := vocab[r.IntN(len(vocab))]
			switch r.IntN(8) {
			case 0:
				w = extra[r.IntN(len(extra))]
			case 1:
				w = strings.ToUpper(w)
			}
			b.WriteString(w)
		}
		if r.IntN(4) == 0 {
			b.WriteString(seps[r.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, "", " ", "...", "a", strings.Repeat("demo ", 200), strings.Repeat("x", 600)+" demo")

	hits := 0
	for _, m := range models {
		for _, s := range texts {
			for _, size := range []int{[]int{0, 16, msgBufSize}[len(s)%3]} {
				buf := make([]byte, 0, size)
				var recBuf [4]wordRec
				var spans [maxSpans]wordSpan
				got, ascii, recs := m.msg.normalizeWords(buf, s, recBuf[:0], &spans)
				want := normalize(s)
				if got != want {
					t.Fatalf("normalizeWords(%q) = %q, want %q", s, got, want)
				}
				if ascii && strings.ContainsFunc(got, func(r rune) bool { return r >= 0x80 }) {
					t.Fatalf("normalizeWords(%q) = %q reported as ASCII", s, got)
				}
				if wantRecs := m.msg.wordsOf(want, nil); !slices.Equal(recs, wantRecs) {
					t.Fatalf("normalizeWords(%q) words %v, want %v", s, recs, wantRecs)
				}
				gotHits := m.msg.matchWords(got, ascii, recs, nil)
				wantHits := m.msg.scanRef(want, nil)
				if !slices.Equal(gotHits, wantHits) {
					t.Fatalf("hits in %q: %v, want %v", want, gotHits, wantHits)
				}
				hits += len(wantHits)
			}
		}
	}
	if hits < 10000 {
		t.Errorf("only %d hits: the comparison proves little", hits)
	}
}

// TestWordDict checks word numbering: every added word is found under its
// number, words differing past the eighth byte or in length are told
// apart, and words never added are not found.
func TestWordDict(t *testing.T) {
	var d wordDict
	if d.find("x") != -1 {
		t.Error("empty dictionary found a word")
	}
	words := []string{"a", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefgx", "implement", "implementation", "é", "日本"}
	for i := range 300 {
		words = append(words, "w"+strings.Repeat("z", i%20)+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	ids := map[string]int32{}
	for _, w := range words {
		id := d.add(w)
		if old, ok := ids[w]; ok && old != id {
			t.Fatalf("add(%q) = %d, then %d", w, old, id)
		}
		ids[w] = id
	}
	for w, id := range ids {
		if got := d.find(w); got != id {
			t.Errorf("find(%q) = %d, want %d", w, got, id)
		}
		b := append([]byte(w), "padding!"...)
		if got := d.findSpan(b, wordSpan{pre: prefixOf(w), end: int32(len(w))}); got != id {
			t.Errorf("findSpan(%q) = %d, want %d", w, got, id)
		}

	}
	for _, w := range []string{"abcd", "abcdefg", "abcdefghk", "abcdefghijk", "implemen", "implements", "b", "wzzzz"} {
		if got := d.find(w); got != -1 {
			t.Errorf("find(%q) = %d for a word never added", w, got)
		}
		b := append([]byte(w), "abcdefgh"...)
		if got := d.findSpan(b, wordSpan{pre: prefixOf(w), end: int32(len(w))}); got != -1 {
			t.Errorf("findSpan(%q) = %d for a word never added", w, got)
		}

	}
}

// TestAlnumRunMatchesTable holds the eight-lane alnumRun to asciiNorm: every
// byte value in every lane, among letters, digits and separators.
func TestAlnumRunMatchesTable(t *testing.T) {
	r := rand.New(rand.NewPCG(81, 82))
	fill := []byte("aZ9 .-\xc3é")
	for lane := range 8 {
		for v := range 256 {
			var x [8]byte
			for j := range x {
				x[j] = fill[r.IntN(len(fill))]
			}
			x[lane] = byte(v)
			wantK := 0
			for wantK < 8 && x[wantK] < 0x80 && asciiNorm[x[wantK]] != 0 {
				wantK++
			}
			y, k, keep := alnumRun(binary.LittleEndian.Uint64(x[:]))
			if k != wantK {
				t.Fatalf("alnumRun(%q): k = %d, want %d", x, k, wantK)
			}
			if want := prefixMasks[k]; keep != want {
				t.Fatalf("alnumRun(%q): keep = %#x, want %#x", x, keep, want)
			}
			for j := range k {
				if got := byte(y >> (8 * j)); got != asciiNorm[x[j]] {
					t.Fatalf("alnumRun(%q): byte %d = %q, want %q", x, j, got, asciiNorm[x[j]])
				}
			}
		}
	}
}

// TestToLowerMatchesStrings holds toLower to strings.ToLower, and checks
// that it returns lower-case ASCII text itself.
func TestToLowerMatchesStrings(t *testing.T) {
	for _, s := range []string{"", "acme.com", "ACME.com", "Gmail.COM", "müller.de", "MÜLLER.DE", "xn--mller-kva.de", "a@b", "İstanbul.tr", "\xff.com"} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
	s := "already.lower.example"
	if got := toLower(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Errorf("toLower(%q) copied the text", s)
	}
}

// TestIsBlankMatchesTrimSpace holds isBlank to strings.TrimSpace.
func TestIsBlankMatchesTrimSpace(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n\v\f\r ", "a", " a ", "\u00a0", " \u00a0 ", "\u0085", "\u2003x", "\u3000", "é", " \xff", "\u200b"} {
		if got, want := isBlank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("isBlank(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasCJKMatchesRunes holds hasCJK, which decodes only the lead bytes
// of characters from U+2000 on, to testing every character with isCJK.
func TestHasCJKMatchesRunes(t *testing.T) {
	want := func(s string) bool {
		for _, r := range s {
			if isCJK(r) {
				return true
			}
		}
		return false
	}
	texts := []string{"", "abc", "привет мир", "ελληνικά", "– — …", "\u2e7f", "\u2e80", "日本", "한국어", "カタカナー", "ー", "abc 中", "\xe2\x80", "\xff\xfe", "𠀀", "🙂"}
	r := rand.New(rand.NewPCG(91, 92))
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			switch r.IntN(4) {
			case 0:
				b.WriteRune(rune(0x2000 + r.IntN(0xA000)))
			case 1:
				b.WriteRune(rune(0x80 + r.IntN(0x800)))
			case 2:
				b.WriteByte(byte(r.IntN(256)))
			default:
				b.WriteString("ab ")
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got := hasCJK(s); got != want(s) {
			t.Errorf("hasCJK(%q) = %v, want %v", s, got, want(s))
		}
	}
}

package screen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// asciiMsgAlphabet is the ASCII part of msgAlphabet, with more capitals,
// so that random messages take scanMessage's ASCII path.
var asciiMsgAlphabet = []string{
	"a", "Z", "q", "0", "7", ".", ",", "@", ":", "/", "-", "'", "*", "<", ">", "[", " ", " ", "\t", "\n", "\r", "\v", "\f", "\x00", "\x7f",
	"Hello", "WORLD", "We", "sell12", "SEO", "Backlinks", "http://x.example/a?b", "www.seo.xyz", "a@b.co", "t.me/x", "the", "and",
}

// TestMsgScanASCIIMatchesReference holds scanMessage's ASCII path to the
// reference scan on random ASCII messages, with and without capitals.
func TestMsgScanASCIIMatchesReference(t *testing.T) {
	e := msgEngine(t)
	v := &e.phrases.vocab
	r := rand.New(rand.NewPCG(11, 12))
	msgs := []string{"", "a", "A", "abcdefgh", "ABCDEFGH", "abcdefg\x80", "abcdefgh\x80", "\x80abcdefgh", "Hello, world. 42!"}
	for range scaled(20000) {
		var b strings.Builder
		for range r.IntN(25) {
			b.WriteString(asciiMsgAlphabet[r.IntN(len(asciiMsgAlphabet))])
		}
		msgs = append(msgs, b.String())
	}
	for _, msg := range msgs {
		// Buffers with no room, and with room for short messages.
		for _, c := range []int{0, 16} {
			gotSt, gotLower, gotSpans, gotIDs, ascii := scanMessage(msg, v, make([]byte, 0, 4*c), make([][2]int32, 0, c), make([]int32, 0, c))
			wantSt, wantLower, wantSpans, wantIDs, wantASCII := refScanMessage(msg, v, nil, nil, nil)
			if gotSt != wantSt || gotLower != wantLower || ascii != wantASCII ||
				!slices.Equal(gotSpans, wantSpans) || !slices.Equal(gotIDs, wantIDs) {
				t.Fatalf("scanMessage(%q) = %+v %q %v %v %v,\nwant %+v %q %v %v %v",
					msg, gotSt, gotLower, gotSpans, gotIDs, ascii, wantSt, wantLower, wantSpans, wantIDs, wantASCII)
			}
		}
	}
}
